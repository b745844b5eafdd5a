//! The transport error type and the decoding of OpenCode server error bodies.

use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};

use crate::RequestKind;

/// A boxed error, as returned by the inner HTTP service and by user layers.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Which timeout elapsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Opening the TCP (or TLS) connection took too long.
    Connect,
    /// One attempt (sending the request and reading the whole response) took too long.
    PerAttempt,
    /// The whole call, all attempts and back-off pauses included, took too long.
    Total,
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeoutKind::Connect => "connect",
            TimeoutKind::PerAttempt => "per-attempt",
            TimeoutKind::Total => "total",
        })
    }
}

/// How [`Error::UnsupportedByServer`] knows the server lacks an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum UnsupportedEvidence {
    /// The server answered with its web page.
    WebPage,
    /// The server's `/doc` does not list the operation; the request was not sent.
    NotInServerDoc,
}

impl fmt::Display for UnsupportedEvidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UnsupportedEvidence::WebPage => "it answered with its web page",
            UnsupportedEvidence::NotInServerDoc => "its /doc does not list it; nothing was sent",
        })
    }
}

/// The shape of an error body sent by the OpenCode server.
///
/// The server uses several shapes (see the crate docs): `{"name":…,"data":{"message":…}}`
/// for most v1 routes, `{"_tag":…,"message":…}` for `/api/*` routes and some v1 routes, an
/// empty body for a missing password on v1 routes, `text/plain` for a few failures, and HTML
/// from proxies.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiErrorKind {
    /// `{"name": "NotFoundError", "data": {"message": …}}`: the string is the `name`.
    Named(String),
    /// `{"_tag": "SessionNotFoundError", "message": …}`: the string is the `_tag`.
    Tagged(String),
    /// The body was empty (for example a `401` on a v1 route).
    Empty,
    /// A `text/plain` (or otherwise non-JSON, non-HTML) body; its text is the message.
    Text,
    /// An HTML page.
    Html,
    /// JSON of another shape, or a body that claims to be JSON but is not.
    Other,
}

impl ApiErrorKind {
    /// The server's error name (`name` or `_tag`), if the body had one.
    pub fn name(&self) -> Option<&str> {
        match self {
            ApiErrorKind::Named(name) | ApiErrorKind::Tagged(name) => Some(name),
            _ => None,
        }
    }
}

/// Everything that can go wrong when talking to the OpenCode server.
///
/// No variant ever holds the password or the `Authorization` header.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be built: invalid base URL, header value, path parameter…
    #[error("invalid request: {message}")]
    Build {
        /// What was wrong.
        message: String,
        /// The underlying error, if any.
        #[source]
        source: Option<BoxError>,
    },

    /// The connection to the server could not be opened; no byte of the request was sent.
    #[error("could not connect to the OpenCode server: {}", Chain(&**source))]
    Connect {
        /// The underlying error.
        #[source]
        source: BoxError,
    },

    /// The connection failed after it was opened (reset, closed mid-response, bad HTTP…).
    /// The server may have received and acted on the request.
    #[error("connection to the OpenCode server failed: {}", Chain(&**source))]
    Transport {
        /// The underlying error.
        #[source]
        source: BoxError,
    },

    /// A timeout elapsed.
    #[error("the {kind} timeout elapsed before the OpenCode server answered")]
    Timeout {
        /// Which timeout.
        kind: TimeoutKind,
    },

    /// The server answered with a non-success status.
    #[error("{}", DisplayApi { status: *status, kind, message: message.as_deref() })]
    Api {
        /// The HTTP status.
        status: StatusCode,
        /// The shape of the body and the server's error name.
        kind: ApiErrorKind,
        /// The server's message (`data.message`, `message`, or the text body).
        message: Option<String>,
        /// The body exactly as received.
        raw_body: Bytes,
    },

    /// The server does not have this operation: it answered `200 text/html` (its web UI
    /// page, its answer to routes it does not know), or its own `/doc` does not list it
    /// (with [`ClientBuilder::check_operations`](crate::ClientBuilder::check_operations);
    /// nothing was sent then). The server is probably older (or newer) than this SDK.
    #[error(
        "the OpenCode server does not support {method} {path} ({evidence}; is the server older than this SDK?)"
    )]
    UnsupportedByServer {
        /// The request method.
        method: Method,
        /// The request path (without the query), or the route template when nothing was
        /// sent.
        path: String,
        /// How it is known.
        evidence: UnsupportedEvidence,
    },

    /// A success response did not have the expected content type.
    #[error(
        "expected {expected} from the OpenCode server, got status {status} with content type {}",
        content_type.as_deref().unwrap_or("(none)")
    )]
    UnexpectedContentType {
        /// The expected media type.
        expected: &'static str,
        /// The HTTP status.
        status: StatusCode,
        /// The `Content-Type` header, if any.
        content_type: Option<String>,
        /// The body exactly as received (empty for streaming calls).
        raw_body: Bytes,
    },

    /// The response body is larger than [`crate::ClientBuilder::max_response_bytes`].
    #[error("the OpenCode server's response is larger than the {limit}-byte limit")]
    ResponseTooLarge {
        /// The limit in bytes.
        limit: usize,
    },

    /// A response body could not be decoded.
    #[error("could not decode the OpenCode server response at `{json_path}`: {source}")]
    Decode {
        /// The body exactly as received.
        raw_body: Bytes,
        /// Where in the JSON document decoding failed, e.g. `items[1].id`.
        json_path: String,
        /// The serde error.
        #[source]
        source: serde_json::Error,
    },
}

/// An error and its sources, `outer: inner: innermost`, skipping repeated messages. Hyper's
/// outer errors ("client error (Connect)") say little without their causes.
struct Chain<'a>(&'a (dyn std::error::Error + 'static));

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut current = Some(self.0);
        let mut previous = String::new();
        // Error chains are short; the bound only guards against a cyclic `source()`.
        for index in 0..16 {
            let Some(error) = current else { break };
            let message = error.to_string();
            if message != previous {
                if index > 0 {
                    f.write_str(": ")?;
                }
                f.write_str(&message)?;
            }
            previous = message;
            current = error.source();
        }
        Ok(())
    }
}

struct DisplayApi<'a> {
    status: StatusCode,
    kind: &'a ApiErrorKind,
    message: Option<&'a str>,
}

impl fmt::Display for DisplayApi<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the OpenCode server answered {}", self.status)?;
        if let Some(name) = self.kind.name() {
            write!(f, " {name}")?;
        }
        if let Some(message) = self.message {
            write!(f, ": {message}")?;
        } else if matches!(self.kind, ApiErrorKind::Html) {
            f.write_str(" (an HTML page)")?;
        }
        if self.status == StatusCode::UNAUTHORIZED {
            f.write_str(
                " (the server needs its password: set OPENCODE_SERVER_PASSWORD, or \
                 `password(..)` on the client builder)",
            )?;
        }
        Ok(())
    }
}

impl Error {
    /// A [`Error::Build`] error with a message.
    pub fn build(message: impl Into<String>) -> Self {
        Error::Build {
            message: message.into(),
            source: None,
        }
    }

    /// A [`Error::Connect`] error. A custom inner service returns this (boxed) to say that
    /// the request never reached the server, which makes it safe to retry any request.
    pub fn connect(source: impl Into<BoxError>) -> Self {
        Error::Connect {
            source: source.into(),
        }
    }

    /// A [`Error::Transport`] error: the request may have reached the server.
    pub fn transport(source: impl Into<BoxError>) -> Self {
        Error::Transport {
            source: source.into(),
        }
    }

    /// The HTTP status, for [`Error::Api`], [`Error::UnexpectedContentType`] and
    /// [`Error::UnsupportedByServer`] (`200`).
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. } | Error::UnexpectedContentType { status, .. } => {
                Some(*status)
            }
            Error::UnsupportedByServer { .. } => Some(StatusCode::OK),
            _ => None,
        }
    }

    /// `true` for a `404` answer.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::Api { status, .. } if *status == StatusCode::NOT_FOUND)
    }

    /// `true` for a `401` answer: the password is missing or wrong.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, Error::Api { status, .. } if *status == StatusCode::UNAUTHORIZED)
    }

    /// `true` for any timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. })
    }

    /// `true` when nothing reached the server: the connection could not be opened (nothing
    /// listens there, DNS, TLS, or the connect timeout).
    pub fn is_connect(&self) -> bool {
        matches!(
            self,
            Error::Connect { .. }
                | Error::Timeout {
                    kind: TimeoutKind::Connect
                }
        )
    }

    /// `true` for a `400` answer: the server rejected the request's shape (a missing or
    /// wrongly typed field); the message says which.
    pub fn is_validation(&self) -> bool {
        matches!(self, Error::Api { status, .. } if *status == StatusCode::BAD_REQUEST)
    }

    /// `true` when the server does not have the route (its web page answered).
    pub fn is_unsupported(&self) -> bool {
        matches!(self, Error::UnsupportedByServer { .. })
    }

    /// The server's error message, if it sent one.
    pub fn server_message(&self) -> Option<&str> {
        match self {
            Error::Api { message, .. } => message.as_deref(),
            _ => None,
        }
    }

    /// The server's error name (`name` or `_tag` of the body), e.g. `NotFoundError`.
    pub fn server_error_name(&self) -> Option<&str> {
        match self {
            Error::Api { kind, .. } => kind.name(),
            _ => None,
        }
    }

    /// The response body as received, for errors that carry one.
    pub fn raw_body(&self) -> Option<&Bytes> {
        match self {
            Error::Api { raw_body, .. }
            | Error::UnexpectedContentType { raw_body, .. }
            | Error::Decode { raw_body, .. } => Some(raw_body),
            _ => None,
        }
    }

    /// `true` when the failure is transient: connect failures, timeouts of one attempt,
    /// broken connections and `429`/`502`/`503`/`504` answers.
    ///
    /// Whether repeating the request is *safe* also depends on the request: see
    /// [`Error::is_retryable_for`].
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Connect { .. } | Error::Transport { .. } => true,
            Error::Timeout { kind } => *kind != TimeoutKind::Total,
            Error::Api { status, .. } => is_retryable_status(*status),
            _ => false,
        }
    }

    /// `true` when repeating a request of this kind after this failure is both useful and
    /// safe: a [`RequestKind::NonIdempotent`] request is only repeated when it never reached
    /// the server (a connect failure).
    pub fn is_retryable_for(&self, kind: RequestKind) -> bool {
        match self {
            Error::Connect { .. } => true,
            Error::Timeout {
                kind: TimeoutKind::Connect,
            } => true,
            _ => kind.is_idempotent() && self.is_retryable(),
        }
    }

    /// Turns an error of the inner HTTP service into a typed error.
    pub(crate) fn from_service(error: BoxError) -> Self {
        let error = match error.downcast::<Error>() {
            Ok(error) => return *error,
            Err(error) => error,
        };
        if error.is::<tower::timeout::error::Elapsed>() {
            return Error::Timeout {
                kind: TimeoutKind::PerAttempt,
            };
        }
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(client_error) = error.downcast_ref::<hyper_util::client::legacy::Error>()
            && client_error.is_connect()
        {
            if chain_has_io_kind(&*error, std::io::ErrorKind::TimedOut) {
                return Error::Timeout {
                    kind: TimeoutKind::Connect,
                };
            }
            return Error::Connect { source: error };
        }
        if let Some(io) = error.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::ConnectionRefused
        {
            return Error::Connect { source: error };
        }
        Error::Transport { source: error }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn chain_has_io_kind(error: &(dyn std::error::Error + 'static), kind: std::io::ErrorKind) -> bool {
    let mut current = Some(error);
    // Error chains are short; the bound only guards against a cyclic `source()`.
    for _ in 0..32 {
        let Some(error) = current else { return false };
        if let Some(io) = error.downcast_ref::<std::io::Error>()
            && io.kind() == kind
        {
            return true;
        }
        current = error.source();
    }
    false
}

/// `429`, `502`, `503` and `504`: statuses worth retrying.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// The media type of a `Content-Type` header, lowercased, without parameters.
pub(crate) fn media_type(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(http::header::CONTENT_TYPE)?.to_str().ok()?;
    let media = value.split(';').next().unwrap_or("").trim();
    Some(media.to_ascii_lowercase())
}

/// `true` for `application/json` and `application/*+json`.
pub(crate) fn is_json_media(media: &str) -> bool {
    media == "application/json" || (media.starts_with("application/") && media.ends_with("+json"))
}

/// Longest message kept from a text body, in bytes.
const MAX_TEXT_MESSAGE: usize = 2048;

/// Decodes an error answer of the server into [`Error::Api`].
pub(crate) fn decode_api_error(status: StatusCode, headers: &HeaderMap, body: Bytes) -> Error {
    let media = media_type(headers);
    let media = media.as_deref().unwrap_or("");
    let trimmed = body.trim_ascii();
    let (kind, message) = if trimmed.is_empty() {
        (ApiErrorKind::Empty, None)
    } else if is_json_media(media) || trimmed.starts_with(b"{") {
        decode_json_error(trimmed)
    } else if media == "text/html" || trimmed.starts_with(b"<") {
        (ApiErrorKind::Html, None)
    } else {
        (ApiErrorKind::Text, Some(text_message(trimmed)))
    };
    Error::Api {
        status,
        kind,
        message,
        raw_body: body,
    }
}

fn text_message(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    if text.len() <= MAX_TEXT_MESSAGE {
        return text.into_owned();
    }
    let mut end = MAX_TEXT_MESSAGE;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

fn decode_json_error(body: &[u8]) -> (ApiErrorKind, Option<String>) {
    use serde_json::Value;
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
        return (ApiErrorKind::Other, Some(text_message(body)));
    };
    let str_at = |value: Option<&Value>| value.and_then(Value::as_str).map(str::to_owned);
    let top_message = str_at(map.get("message"));
    // The tag first: a tagged error can carry a `name` field of its own
    // (`{"_tag":"McpServerNotFoundError","name":"<the server's name>",…}`).
    if let Some(tag) = map.get("_tag").and_then(Value::as_str) {
        return (ApiErrorKind::Tagged(tag.to_owned()), top_message);
    }
    if let Some(name) = map.get("name").and_then(Value::as_str) {
        let message = str_at(map.get("data").and_then(|data| data.get("message"))).or(top_message);
        return (ApiErrorKind::Named(name.to_owned()), message);
    }
    // Older servers (before 1.15) answered validation failures with
    // `{"data": …, "error": [{"message": …}, …]}`.
    let issue_message = map
        .get("error")
        .and_then(Value::as_array)
        .and_then(|issues| issues.first())
        .and_then(|issue| issue.get("message"));
    (ApiErrorKind::Other, top_message.or(str_at(issue_message)))
}
