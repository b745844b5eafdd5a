//! The connector seam: how an [`EventStream`](crate::EventStream) opens a connection.
//!
//! The stream never builds requests itself. It asks a [`Connect`] implementation for a
//! response whenever it needs a (new) connection. The transport crate of this SDK supplies
//! its own connector (base URL, directory routing, auth, TLS); [`HyperConnector`] is a small
//! built-in one for a plain `http://` URL, used by the tests and by programs that only need
//! an event stream.

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use bytes::Bytes;
use http::header::{ACCEPT, AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE};
use http::{HeaderMap, HeaderName, HeaderValue, Request, Response, StatusCode, Uri};
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

/// A boxed error, as produced by bodies and connectors.
pub type BoxError = Box<dyn StdError + Send + Sync + 'static>;

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

/// The TCP connect timeout of [`HyperConnector`].
const DEFAULT_TCP_CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// A built-in connector: `GET` one plain-HTTP URL with optional extra headers.
///
/// Uses a hyper-util client that keeps no idle connections (an event stream never returns
/// its connection to a pool). Sends `Accept: text/event-stream` and
/// `Cache-Control: no-cache`. The TCP connect times out after 10 s (a retryable error);
/// the response headers have no timeout. Header values added through
/// [`basic_auth`](Self::basic_auth) are marked sensitive and never printed by `Debug`.
#[derive(Clone)]
pub struct HyperConnector {
    client: Client<HttpConnector, Empty<Bytes>>,
    uri: Uri,
    headers: HeaderMap,
}

impl fmt::Debug for HyperConnector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HyperConnector")
            .field("uri", &self.uri)
            .field("headers", &self.headers)
            .finish()
    }
}

impl HyperConnector {
    /// A connector for `url` (for example `http://127.0.0.1:4096/event`).
    ///
    /// Fails (with a fatal [`ConnectError`]) when the URL does not parse or is not `http://`.
    pub fn new(url: &str) -> Result<Self, ConnectError> {
        let uri: Uri = url.parse().map_err(|e| ConnectError::new(e).fatal())?;
        if uri.scheme_str() != Some("http") || uri.host().is_none() {
            return Err(ConnectError::new(format!(
                "the built-in connector needs an http:// URL with a host, got {url:?}"
            ))
            .fatal());
        }
        let mut http = HttpConnector::new();
        // Bounds only the TCP connect (a black-holed address would otherwise wait for
        // the OS limit, minutes); the response headers get no timeout here.
        http.set_connect_timeout(Some(DEFAULT_TCP_CONNECT_TIMEOUT));
        http.set_nodelay(true);
        let client = Client::builder(TokioExecutor::new())
            .pool_max_idle_per_host(0)
            .build(http);
        Ok(Self {
            client,
            uri,
            headers: HeaderMap::new(),
        })
    }

    /// Adds a request header (sent on every connection).
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.append(name, value);
        self
    }

    /// Adds HTTP basic authentication (the server's `OPENCODE_SERVER_PASSWORD`; the
    /// username defaults to `opencode` on the server side).
    pub fn basic_auth(mut self, username: &str, password: &str) -> Self {
        let token = base64(format!("{username}:{password}").as_bytes());
        if let Ok(mut value) = HeaderValue::try_from(format!("Basic {token}")) {
            value.set_sensitive(true);
            self.headers.insert(AUTHORIZATION, value);
        }
        self
    }

    /// The URL this connector requests.
    pub fn uri(&self) -> &Uri {
        &self.uri
    }
}

impl Connect for HyperConnector {
    fn connect(&self) -> ConnectFuture {
        let mut builder = Request::get(self.uri.clone())
            .header(ACCEPT, "text/event-stream")
            .header(CACHE_CONTROL, "no-cache");
        if let Some(headers) = builder.headers_mut() {
            for (name, value) in &self.headers {
                headers.append(name, value.clone());
            }
        }
        let request = builder.body(Empty::new());
        let client = self.client.clone();
        Box::pin(async move {
            let request = request.map_err(|e| ConnectError::new(e).fatal())?;
            let response = client.request(request).await.map_err(ConnectError::new)?;
            Ok(response.map(|body| body.map_err(|e| Box::new(e) as BoxError).boxed_unsync()))
        })
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

/// Standard base64 with padding, for the basic-auth header.
fn base64(input: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("opencode:x", "b3BlbmNvZGU6eA=="),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

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

    #[test]
    fn rejects_non_http_urls() {
        assert!(HyperConnector::new("https://example.com/event").is_err());
        assert!(HyperConnector::new("not a url").is_err());
    }
}
