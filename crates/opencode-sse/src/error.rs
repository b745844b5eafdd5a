//! Errors of event streams.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;

use crate::connect::ConnectError;

/// An error item of an event stream, or the reason a connection was dropped.
///
/// Errors are cheap to clone (sources are shared) so a router can hand the same error to
/// several subscribers. Whether the stream continues after an error item is told by
/// [`is_fatal`](Self::is_fatal): after a fatal error the stream ends.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A frame's `data` did not decode into the event type. The stream continues.
    #[error("event did not decode: {source} (frame of {} bytes)", raw.len())]
    Decode {
        /// The frame's data exactly as the server sent it.
        raw: Bytes,
        /// The session this frame seems to belong to, when a lenient look at the JSON
        /// could tell (used by the router to deliver the error to that session).
        session_id: Option<Arc<str>>,
        /// The decoder's error.
        #[source]
        source: Arc<serde_json::Error>,
    },
    /// A frame was larger than [`max_frame_size`](crate::StreamConfig::max_frame_size);
    /// it was skipped without being buffered. The stream continues.
    #[error("event frame larger than the {limit} byte limit was skipped")]
    FrameTooLarge {
        /// The configured limit in bytes.
        limit: usize,
    },
    /// A frame was not valid UTF-8; it was skipped. The stream continues.
    #[error("event frame of {} bytes is not valid UTF-8", raw.len())]
    InvalidUtf8 {
        /// The frame's bytes.
        raw: Bytes,
    },
    /// Opening the connection failed or the server answered with something other than an
    /// event stream. Fatal when [`ConnectError::is_fatal`] says so.
    #[error(transparent)]
    Connect(ConnectError),
    /// The response body failed mid-stream (connection reset, truncated chunk).
    #[error("event stream broke: {0}")]
    Body(Arc<dyn std::error::Error + Send + Sync + 'static>),
    /// The server ended the stream cleanly (it does so when its instance is disposed).
    #[error("the server ended the event stream")]
    EndOfStream,
    /// Nothing arrived for longer than the heartbeat watchdog allows.
    #[error("no data for {0:?}; the connection is presumed dead")]
    Idle(Duration),
    /// No response headers arrived within the configured header timeout.
    #[error("no response headers within {0:?}")]
    HeaderTimeout(Duration),
    /// The bytes could not be parsed as server-sent events.
    #[error("malformed event stream: {0}")]
    Protocol(String),
    /// Reconnection gave up after the configured number of attempts. Fatal.
    #[error("gave up after {attempts} connection attempts: {last}")]
    RetriesExhausted {
        /// Attempts made since the last healthy connection.
        attempts: u32,
        /// The last failure.
        last: Box<Error>,
    },
}

impl Error {
    /// Whether the stream ends after this error.
    pub fn is_fatal(&self) -> bool {
        match self {
            Error::Connect(e) => e.is_fatal(),
            Error::RetriesExhausted { .. } => true,
            _ => false,
        }
    }

    /// The raw frame bytes, for [`Decode`](Self::Decode) and
    /// [`InvalidUtf8`](Self::InvalidUtf8).
    pub fn raw_frame(&self) -> Option<&Bytes> {
        match self {
            Error::Decode { raw, .. } | Error::InvalidUtf8 { raw } => Some(raw),
            _ => None,
        }
    }

    /// The HTTP status when the server refused the stream.
    pub fn status(&self) -> Option<http::StatusCode> {
        match self {
            Error::Connect(e) => e.status(),
            Error::RetriesExhausted { last, .. } => last.status(),
            _ => None,
        }
    }
}
