//! The connector seam: how an [`EventStream`](crate::EventStream) opens a connection.
//!
//! The stream never builds requests itself. It asks a [`Connect`] implementation for a
//! response whenever it needs a (new) connection. The SDK's own connector is
//! [`TransportConnector`](crate::TransportConnector): every byte goes through the transport's
//! tower stack (base URL, directory routing, auth, TLS, user layers, tracing). A test can
//! hand the stream any other [`Connect`], such as a closure ([`connect_fn`]).

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{Response, StatusCode};

pub use opencode_transport::BoxError;

/// The body type a connector hands back: any [`http_body::Body`] yielding [`Bytes`].
///
/// It is `Send` but not `Sync`, so any transport body fits.
pub type BoxBody = http_body_util::combinators::UnsyncBoxBody<Bytes, BoxError>;

/// The future returned by [`Connect::connect`].
pub type ConnectFuture =
    Pin<Box<dyn Future<Output = Result<Response<BoxBody>, ConnectError>> + Send + 'static>>;

/// Opens one event-stream connection.
///
/// Called once for the first connection and again for every reconnection. The returned
/// response is inspected by the stream: a non-2xx status or a non-`text/event-stream`
/// content type is turned into an error there, so a connector may simply return whatever
/// the server answered. A connector should not put a timeout on the response headers
/// (the server's v2 session stream sends none until its first event); the stream has its own
/// optional [`header_timeout`](crate::StreamConfig::header_timeout).
pub trait Connect: Send + Sync + 'static {
    /// Starts a request for the event stream.
    fn connect(&self) -> ConnectFuture;
}

impl<C: Connect + ?Sized> Connect for Arc<C> {
    fn connect(&self) -> ConnectFuture {
        (**self).connect()
    }
}

/// A [`Connect`] built from a closure; see [`connect_fn`].
#[derive(Clone)]
pub struct ConnectFn<F>(F);

impl<F> fmt::Debug for ConnectFn<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ConnectFn")
    }
}

/// Turns a closure returning a response future into a [`Connect`].
///
/// ```
/// use opencode_sse::{BoxBody, ConnectError, connect_fn};
/// let connector = connect_fn(|| async {
///     Err::<http::Response<BoxBody>, _>(ConnectError::new("no transport in this example"))
/// });
/// # let _ = connector;
/// ```
pub fn connect_fn<F, Fut>(f: F) -> ConnectFn<F>
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Response<BoxBody>, ConnectError>> + Send + 'static,
{
    ConnectFn(f)
}

impl<F, Fut> Connect for ConnectFn<F>
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Response<BoxBody>, ConnectError>> + Send + 'static,
{
    fn connect(&self) -> ConnectFuture {
        Box::pin((self.0)())
    }
}

/// Why a connection could not be opened.
///
/// Carries the HTTP status and content type when the server answered, and the underlying
/// error when there is one. [`is_fatal`](Self::is_fatal) decides whether the stream gives up
/// (401, 403, 404, an HTML answer, or an error the connector marked fatal) or retries.
#[derive(Clone)]
pub struct ConnectError {
    status: Option<StatusCode>,
    content_type: Option<String>,
    message: Option<String>,
    source: Option<Arc<dyn StdError + Send + Sync + 'static>>,
    fatal: bool,
}

impl ConnectError {
    /// A connection failure caused by `source` (I/O, DNS, TLS, …). Retried unless marked
    /// [`fatal`](Self::fatal).
    pub fn new(source: impl Into<BoxError>) -> Self {
        Self {
            status: None,
            content_type: None,
            message: None,
            source: Some(Arc::from(source.into())),
            fatal: false,
        }
    }

    /// The server answered with `status` (and `content_type`) instead of an event stream.
    pub fn from_status(status: StatusCode, content_type: Option<String>) -> Self {
        Self {
            status: Some(status),
            content_type,
            message: None,
            source: None,
            fatal: false,
        }
    }

    /// Adds a human-readable message (for example the start of an error body).
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// Attaches the underlying error (kept as [`source`](StdError::source)).
    pub fn with_source(mut self, source: impl Into<BoxError>) -> Self {
        self.source = Some(Arc::from(source.into()));
        self
    }

    /// Marks the error fatal: the stream ends instead of retrying (for example a request
    /// that can never be built).
    pub fn fatal(mut self) -> Self {
        self.fatal = true;
        self
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        self.status
    }

    /// The response content type, when the server answered with one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// Whether retrying cannot help: explicitly marked fatal, 401/403/404, or an HTML
    /// answer (the server answers unknown routes with its web UI page).
    pub fn is_fatal(&self) -> bool {
        self.fatal
            || matches!(
                self.status,
                Some(StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::NOT_FOUND)
            )
            || self.content_type.as_deref().is_some_and(is_html)
    }
}

pub(crate) fn is_html(content_type: &str) -> bool {
    media_type(content_type).eq_ignore_ascii_case("text/html")
}

pub(crate) fn media_type(content_type: &str) -> &str {
    content_type.split(';').next().unwrap_or("").trim()
}

impl fmt::Debug for ConnectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConnectError")
            .field("status", &self.status)
            .field("content_type", &self.content_type)
            .field("message", &self.message)
            .field("source", &self.source)
            .field("fatal", &self.is_fatal())
            .finish()
    }
}

impl fmt::Display for ConnectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.status, &self.source) {
            (Some(status), _) => write!(f, "server answered {status}")?,
            (None, Some(source)) => write!(f, "connection failed: {source}")?,
            (None, None) => f.write_str("connection failed")?,
        }
        if let Some(ct) = &self.content_type {
            write!(f, " ({ct})")?;
        }
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}

impl StdError for ConnectError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_ref()
            .map(|s| &**s as &(dyn StdError + 'static))
    }
}

/// Checks a response before streaming from it: a 2xx status and an event-stream (or
/// missing) content type.
pub(crate) fn check_response(response: &Response<BoxBody>) -> Result<(), ConnectError> {
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let status = response.status();
    if !status.is_success() {
        return Err(ConnectError::from_status(status, content_type));
    }
    match content_type.as_deref() {
        None => Ok(()),
        Some(ct) if media_type(ct).eq_ignore_ascii_case("text/event-stream") => Ok(()),
        Some(_) => Err(ConnectError::from_status(status, content_type)
            .with_message("expected text/event-stream")
            .fatal()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fatal_classification() {
        assert!(ConnectError::from_status(StatusCode::UNAUTHORIZED, None).is_fatal());
        assert!(ConnectError::from_status(StatusCode::NOT_FOUND, None).is_fatal());
        assert!(!ConnectError::from_status(StatusCode::SERVICE_UNAVAILABLE, None).is_fatal());
        assert!(
            ConnectError::from_status(StatusCode::OK, Some("text/html; charset=utf-8".into()))
                .is_fatal()
        );
        assert!(!ConnectError::new("refused").is_fatal());
        assert!(ConnectError::new("bad url").fatal().is_fatal());
    }
}
