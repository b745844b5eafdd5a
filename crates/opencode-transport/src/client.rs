//! The client and its builder.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use bytes::Bytes;
use http::response::Parts;
use http::{Method, Request, Response, StatusCode, Uri};
use http_body_util::BodyExt;
use tower::retry::Retry;
use tower::util::BoxCloneSyncService;
use tower::{Layer, Service, ServiceExt};
use tracing::Instrument;
use tracing::field::Empty;

use crate::config::{DEFAULT_BASE_URL, DEFAULT_USERNAME};
use crate::error::{decode_api_error, is_json_media, media_type};
use crate::rt::Instant;
use crate::service::{
    AttemptBody, AttemptMeta, AttemptService, HttpService, ResponseBody, RetryState, box_body,
    read_body,
};
use crate::{
    ApiRequest, BasicAuth, BoxError, ClientConfig, Error, RequestBody, ResponseFormat, RetryPolicy,
    Secret, TimeoutKind, Timeouts, UnsupportedEvidence,
};

/// Default of [`ClientBuilder::max_response_bytes`].
const DEFAULT_MAX_RESPONSE_BYTES: usize = 256 << 20;

/// Error bodies of streaming calls are read up to this size.
const MAX_STREAMING_ERROR_BODY: usize = 1 << 20;

/// How long an idle pooled connection is kept by default. Shorter than the idle timeout
/// of common servers, so a request rarely meets a connection the server is closing.
const DEFAULT_POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(5);

type LayerFn = Box<dyn FnOnce(HttpService) -> HttpService + Send + Sync>;

/// A client for one OpenCode server. Cheap to clone; clones share the connection pool.
///
/// ```no_run
/// use opencode_transport::{ApiRequest, Client};
///
/// # async fn run() -> Result<(), opencode_transport::Error> {
/// let client = Client::builder()
///     .base_url("http://127.0.0.1:4096")
///     .password("secret")
///     .directory("/srv/project")
///     .build()?;
/// let response = client.send(ApiRequest::get("/session")).await?;
/// let sessions: serde_json::Value = opencode_transport::decode_json(&response)?;
/// # let _ = sessions;
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Client {
    config: Arc<ClientConfig>,
    stack: Retry<RetryState, AttemptService>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder with the defaults (`http://127.0.0.1:4096`, no password, 3 attempts,
    /// 10 s connect timeout, no other timeout).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client for `base_url` with the defaults.
    pub fn new(base_url: impl AsRef<str>) -> Result<Self, Error> {
        Client::builder().base_url(base_url).build()
    }

    /// A client configured from `OPENCODE_SERVER_URL`, `OPENCODE_SERVER_PASSWORD` and
    /// `OPENCODE_SERVER_USERNAME` (see [`ClientBuilder::from_env`]).
    pub fn from_env() -> Result<Self, Error> {
        Client::builder().from_env().build()
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// A clone whose requests default to `directory`.
    pub fn with_directory(&self, directory: impl AsRef<str>) -> Client {
        let config = (*self.config)
            .clone()
            .with_directory(Some(directory.as_ref()));
        self.with_config(config)
    }

    /// A clone whose requests carry no default directory (the server's working directory).
    pub fn without_directory(&self) -> Client {
        let config = (*self.config).clone().with_directory(None);
        self.with_config(config)
    }

    /// A clone whose requests default to workspace `workspace`.
    pub fn with_workspace(&self, workspace: impl AsRef<str>) -> Client {
        let config = (*self.config)
            .clone()
            .with_workspace(Some(workspace.as_ref()));
        self.with_config(config)
    }

    /// A clone whose requests carry no default workspace.
    pub fn without_workspace(&self) -> Client {
        let config = (*self.config).clone().with_workspace(None);
        self.with_config(config)
    }

    fn with_config(&self, config: ClientConfig) -> Client {
        Client {
            config: Arc::new(config),
            stack: self.stack.clone(),
        }
    }

    /// Sends a request, reads the whole response and checks it.
    ///
    /// Retries transient failures as the [`RetryPolicy`] and the request kind allow, and
    /// applies the per-attempt and total timeouts. Returns [`Error::Api`] for a non-success
    /// status, [`Error::UnsupportedByServer`] for the server's web page, and
    /// [`Error::UnexpectedContentType`] when a JSON answer is not `application/json`.
    pub async fn send(&self, request: ApiRequest) -> Result<Response<Bytes>, Error> {
        self.check_operation(&request).await?;
        self.send_checked(request).await
    }

    /// [`send`](Self::send) without the operation check.
    pub(crate) async fn send_checked(&self, request: ApiRequest) -> Result<Response<Bytes>, Error> {
        let (per_attempt, total) = request.effective_timeouts(&self.config);
        let span = request_span(&request);
        let attempts = Arc::new(AtomicU32::new(0));
        let meta = AttemptMeta {
            buffer: true,
            max_body: self.config.max_response_bytes,
            per_attempt_timeout: per_attempt,
            attempts: attempts.clone(),
        };
        let started = Instant::now();
        let call = self.send_buffered(request, meta);
        let result = match total {
            Some(total) => crate::rt::timeout(total, call)
                .instrument(span.clone())
                .await
                .unwrap_or(Err(Error::Timeout {
                    kind: TimeoutKind::Total,
                })),
            None => call.instrument(span.clone()).await,
        };
        record(
            &span,
            result.as_ref().map(Response::status),
            &attempts,
            started,
        );
        result
    }

    /// Sends a request and decodes its JSON answer (see [`Client::send`] and
    /// [`decode_json`]).
    pub async fn send_json<T: serde::de::DeserializeOwned>(
        &self,
        request: ApiRequest,
    ) -> Result<T, Error> {
        let response = self.send(request).await?;
        decode_json(&response)
    }

    /// Sends a request and returns the response with its body unread, for event streams.
    ///
    /// The status and content type are checked (an error body is read and decoded). No
    /// per-attempt or total timeout applies: an event stream may stay open for hours. The
    /// connect timeout and retries before the response starts still apply.
    pub async fn send_streaming(
        &self,
        request: ApiRequest,
    ) -> Result<Response<ResponseBody>, Error> {
        self.traced_unbuffered(
            request,
            |request, meta| self.send_unbuffered(request, meta),
            Response::status,
        )
        .await
    }

    /// Sends an HTTP/1.1 upgrade request (a WebSocket handshake, say) through the same stack
    /// as every other call (base URL, auth, directory routing, TLS, user layers, retries of
    /// failed connects, tracing) and returns the switched connection.
    ///
    /// The caller sets the protocol headers (`Connection: upgrade`, `Upgrade: …` and the
    /// protocol's own); the answer must be `101 Switching Protocols`. An error status becomes
    /// [`Error::Api`] as for any call, the server's web page [`Error::UnsupportedByServer`],
    /// and any other answer (or an inner service that cannot upgrade) [`Error::Transport`].
    /// No per-attempt or total timeout applies: bound the call yourself.
    ///
    /// Not in the browser, where a page cannot take over a connection.
    #[cfg(not(target_arch = "wasm32"))]
    pub async fn send_upgrade(&self, request: ApiRequest) -> Result<Upgraded, Error> {
        self.traced_unbuffered(
            request,
            |request, meta| self.upgrade(request, meta),
            |upgraded| upgraded.parts.status,
        )
        .await
    }

    /// Runs one call whose body is not read by the attempt (no per-attempt timeout, no body
    /// cap) inside its tracing span, and records status, attempts and latency.
    async fn traced_unbuffered<R, Fut>(
        &self,
        request: ApiRequest,
        run: impl FnOnce(ApiRequest, AttemptMeta) -> Fut,
        status: impl FnOnce(&R) -> StatusCode,
    ) -> Result<R, Error>
    where
        Fut: Future<Output = Result<R, Error>>,
    {
        self.check_operation(&request).await?;
        let span = request_span(&request);
        let attempts = Arc::new(AtomicU32::new(0));
        let meta = AttemptMeta {
            buffer: false,
            max_body: None,
            per_attempt_timeout: None,
            attempts: attempts.clone(),
        };
        let started = Instant::now();
        let result = run(request, meta).instrument(span.clone()).await;
        record(&span, result.as_ref().map(status), &attempts, started);
        result
    }

    /// With [`ClientBuilder::check_operations`]: refuses an operation the server's `/doc`
    /// does not list (fetched on first use).
    async fn check_operation(&self, request: &ApiRequest) -> Result<(), Error> {
        let Some(operations) = &self.config.operations else {
            return Ok(());
        };
        // The list itself is not in the list.
        if request.route() == "/doc" {
            return Ok(());
        }
        // Boxed: the fetch runs once, and inline it would double every `send` future.
        let fetch = Box::pin(async {
            let doc = ApiRequest::get("/doc").clear_directory();
            match Box::pin(self.send_checked(doc)).await {
                Ok(response) => Some(response.into_body()),
                Err(error) => {
                    tracing::debug!(%error, "no usable /doc: operations are not checked");
                    None
                }
            }
        });
        let Some(known) = operations.get(fetch).await else {
            return Ok(());
        };
        let key = (
            request.method().clone(),
            crate::operations::blank_params(request.route()),
        );
        if known.contains(&key) {
            Ok(())
        } else {
            Err(Error::UnsupportedByServer {
                method: request.method().clone(),
                path: request.route().to_owned(),
                evidence: UnsupportedEvidence::NotInServerDoc,
            })
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    async fn upgrade(&self, request: ApiRequest, meta: AttemptMeta) -> Result<Upgraded, Error> {
        let (method, uri, format, response) = self.dispatch(request, meta).await?;
        let (parts, body) = response.into_parts();
        if parts.status != StatusCode::SWITCHING_PROTOCOLS {
            let body = match body {
                AttemptBody::Buffered(bytes) => bytes,
                AttemptBody::Streaming(body) => read_capped(body, MAX_STREAMING_ERROR_BODY).await?,
            };
            if !parts.status.is_success() {
                return Err(decode_api_error(parts.status, &parts.headers, body));
            }
            check_success(&method, &uri, format, &parts, &body)?;
            return Err(Error::Transport {
                source: format!(
                    "the server answered {} instead of switching protocols",
                    parts.status
                )
                .into(),
            });
        }
        let mut response = Response::from_parts(parts, ());
        let io = hyper::upgrade::on(&mut response)
            .await
            .map_err(|source| Error::Transport {
                source: Box::new(source),
            })?;
        let (parts, ()) = response.into_parts();
        Ok(Upgraded {
            parts,
            io: hyper_util::rt::TokioIo::new(io),
        })
    }

    async fn dispatch(
        &self,
        request: ApiRequest,
        meta: AttemptMeta,
    ) -> Result<(Method, Uri, ResponseFormat, Response<AttemptBody>), Error> {
        let format = request.response_format();
        let mut http_request = request.into_http(&self.config)?;
        let method = http_request.method().clone();
        let uri = http_request.uri().clone();
        http_request.extensions_mut().insert(meta);
        let response = self.stack.clone().oneshot(http_request).await?;
        Ok((method, uri, format, response))
    }

    async fn send_buffered(
        &self,
        request: ApiRequest,
        meta: AttemptMeta,
    ) -> Result<Response<Bytes>, Error> {
        let (method, uri, format, response) = self.dispatch(request, meta).await?;
        let (parts, body) = response.into_parts();
        let body = match body {
            AttemptBody::Buffered(bytes) => bytes,
            AttemptBody::Streaming(body) => {
                read_body(body, &parts.headers, self.config.max_response_bytes).await?
            }
        };
        if !parts.status.is_success() {
            return Err(decode_api_error(parts.status, &parts.headers, body));
        }
        check_success(&method, &uri, format, &parts, &body)?;
        Ok(Response::from_parts(parts, body))
    }

    async fn send_unbuffered(
        &self,
        request: ApiRequest,
        meta: AttemptMeta,
    ) -> Result<Response<ResponseBody>, Error> {
        let (method, uri, format, response) = self.dispatch(request, meta).await?;
        let (parts, body) = response.into_parts();
        let body = match body {
            AttemptBody::Buffered(bytes) => box_body(http_body_util::Full::new(bytes)),
            AttemptBody::Streaming(body) => body,
        };
        if !parts.status.is_success() {
            let bytes = read_capped(body, MAX_STREAMING_ERROR_BODY).await?;
            return Err(decode_api_error(parts.status, &parts.headers, bytes));
        }
        check_success(&method, &uri, format, &parts, &Bytes::new())?;
        Ok(Response::from_parts(parts, body))
    }
}

/// A connection switched to another protocol by [`Client::send_upgrade`]: the `101`
/// answer's head and the connection as Tokio [`AsyncRead`](tokio::io::AsyncRead) +
/// [`AsyncWrite`](tokio::io::AsyncWrite) (TLS included when the base URL is `https`).
#[cfg(not(target_arch = "wasm32"))]
pub struct Upgraded {
    /// The head of the `101 Switching Protocols` answer (its headers carry the protocol's
    /// handshake answer).
    pub parts: Parts,
    /// The connection.
    pub io: UpgradedIo,
}

/// The byte stream of an upgraded connection, as Tokio `AsyncRead + AsyncWrite`.
#[cfg(not(target_arch = "wasm32"))]
pub type UpgradedIo = hyper_util::rt::TokioIo<hyper::upgrade::Upgraded>;

#[cfg(not(target_arch = "wasm32"))]
impl fmt::Debug for Upgraded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Upgraded")
            .field("status", &self.parts.status)
            .finish_non_exhaustive()
    }
}

/// Reads at most `cap` bytes of a body (the rest is dropped with the connection).
async fn read_capped(mut body: ResponseBody, cap: usize) -> Result<Bytes, Error> {
    let mut collected = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|source| Error::Transport { source })?;
        if let Ok(data) = frame.into_data() {
            let room = cap.saturating_sub(collected.len());
            collected.extend_from_slice(&data[..data.len().min(room)]);
            if collected.len() >= cap {
                break;
            }
        }
    }
    Ok(Bytes::from(collected))
}

fn request_span(request: &ApiRequest) -> tracing::Span {
    tracing::debug_span!(
        "opencode.request",
        method = %request.method(),
        route = request.route(),
        status = Empty,
        attempts = Empty,
        latency_ms = Empty,
    )
}

fn record(
    span: &tracing::Span,
    result: Result<StatusCode, &Error>,
    attempts: &AtomicU32,
    started: Instant,
) {
    if span.is_disabled() {
        return;
    }
    let status = match result {
        Ok(status) => Some(status),
        Err(error) => error.status(),
    };
    if let Some(status) = status {
        span.record("status", status.as_u16());
    }
    span.record("attempts", attempts.load(Ordering::Relaxed));
    span.record("latency_ms", started.elapsed().as_millis() as u64);
    // One event per call, so log formatters that print span fields on events show it.
    span.in_scope(|| match result {
        Ok(_) => tracing::debug!("request finished"),
        Err(error) => tracing::debug!(error = %error, "request failed"),
    });
}

/// Checks the content type of a success response against the expected format.
fn check_success(
    method: &Method,
    uri: &Uri,
    format: ResponseFormat,
    parts: &Parts,
    body: &Bytes,
) -> Result<(), Error> {
    let media = media_type(&parts.headers);
    let media = media.as_deref();
    let expected = match format {
        // File contents may be HTML themselves: only the server's own web page (its
        // answer to a route it does not have) is refused.
        ResponseFormat::Any if media == Some("text/html") && is_web_ui(parts, body) => {
            return Err(Error::UnsupportedByServer {
                method: method.clone(),
                path: uri.path().to_owned(),
                evidence: UnsupportedEvidence::WebPage,
            });
        }
        ResponseFormat::Any => return Ok(()),
        ResponseFormat::Json => {
            if media.is_some_and(is_json_media) {
                return Ok(());
            }
            if media.is_none() && (parts.status == StatusCode::NO_CONTENT || body.is_empty()) {
                return Ok(());
            }
            "application/json"
        }
        ResponseFormat::EventStream => {
            if media == Some("text/event-stream") {
                return Ok(());
            }
            "text/event-stream"
        }
    };
    if media == Some("text/html") {
        return Err(Error::UnsupportedByServer {
            method: method.clone(),
            path: uri.path().to_owned(),
            evidence: UnsupportedEvidence::WebPage,
        });
    }
    Err(Error::UnexpectedContentType {
        expected,
        status: parts.status,
        content_type: parts
            .headers
            .get(http::header::CONTENT_TYPE)
            .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned()),
        raw_body: body.clone(),
    })
}

/// Whether an HTML answer is the server's embedded web UI (what it sends for a route it
/// does not have) rather than a file: the UI page comes with a `Content-Security-Policy`
/// header and its `<title>OpenCode` (older releases send the page without the header).
fn is_web_ui(parts: &Parts, body: &Bytes) -> bool {
    if parts
        .headers
        .contains_key(http::header::CONTENT_SECURITY_POLICY)
    {
        return true;
    }
    let head = &body[..body.len().min(4096)];
    head.windows(b"<title>OpenCode".len())
        .any(|w| w.eq_ignore_ascii_case(b"<title>OpenCode"))
}

/// Decodes a JSON response body into `T`.
///
/// An empty body decodes as `null` (so `()` and `Option<T>` accept a `204`). On failure the
/// error carries the JSON path of the failure (e.g. `items[1].id`) and the raw body.
pub fn decode_json<T: serde::de::DeserializeOwned>(response: &Response<Bytes>) -> Result<T, Error> {
    decode_json_bytes(response.body())
}

/// Decodes a JSON body into `T`; see [`decode_json`].
pub fn decode_json_bytes<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, Error> {
    let input: &[u8] = if body.trim_ascii().is_empty() {
        b"null"
    } else {
        body
    };
    // Fast path: plain serde_json. Only a failure pays for path tracking, by decoding again
    // (deserialization is deterministic, so the second run fails at the same place).
    let first_error = match serde_json::from_slice(input) {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    let mut deserializer = serde_json::Deserializer::from_slice(input);
    let tracked: Result<T, _> = serde_path_to_error::deserialize(&mut deserializer);
    let (json_path, source) = match tracked {
        Err(error) => (error.path().to_string(), error.into_inner()),
        // Trailing characters after a valid document: reported at the root.
        Ok(_) => (".".to_owned(), first_error),
    };
    Err(Error::Decode {
        raw_body: body.clone(),
        json_path,
        source,
    })
}

/// Configures and builds a [`Client`].
pub struct ClientBuilder {
    base_url: Option<String>,
    auth: Option<BasicAuth>,
    directory: Option<String>,
    workspace: Option<String>,
    retry: RetryPolicy,
    timeouts: Timeouts,
    pool_idle_timeout: Duration,
    max_response_bytes: Option<usize>,
    check_operations: bool,
    layers: Vec<LayerFn>,
    service: Option<HttpService>,
    root_certificates: Vec<Vec<u8>>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: None,
            auth: None,
            directory: None,
            workspace: None,
            retry: RetryPolicy::default(),
            timeouts: Timeouts::default(),
            pool_idle_timeout: DEFAULT_POOL_IDLE_TIMEOUT,
            max_response_bytes: Some(DEFAULT_MAX_RESPONSE_BYTES),
            check_operations: false,
            layers: Vec::new(),
            service: None,
            root_certificates: Vec::new(),
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url.as_deref().map(redacted))
            .field("auth", &self.auth)
            .field("directory", &self.directory)
            .field("workspace", &self.workspace)
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .field("pool_idle_timeout", &self.pool_idle_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("layers", &self.layers.len())
            .field("custom_service", &self.service.is_some())
            .finish()
    }
}

/// A base URL for `Debug`, without user info.
fn redacted(url: &str) -> String {
    match ClientConfig::new(url) {
        Ok(config) => config.base_url().to_owned(),
        Err(_) => "(invalid)".to_owned(),
    }
}

impl ClientBuilder {
    /// The server's base URL, e.g. `http://127.0.0.1:4096` (default). User info in the URL
    /// becomes basic auth. `https` needs the `rustls` feature.
    pub fn base_url(mut self, base_url: impl AsRef<str>) -> Self {
        self.base_url = Some(base_url.as_ref().to_owned());
        self
    }

    /// The default directory of every request (the server instance it is routed to).
    pub fn directory(mut self, directory: impl Into<String>) -> Self {
        self.directory = Some(directory.into());
        self
    }

    /// The default workspace id of every request.
    pub fn workspace(mut self, workspace: impl Into<String>) -> Self {
        self.workspace = Some(workspace.into());
        self
    }

    /// Basic-auth credentials sent with every request, streaming ones included.
    pub fn basic_auth(mut self, username: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.auth = Some(BasicAuth::new(username, password));
        self
    }

    /// The server password, with the user name set so far (default `opencode`).
    pub fn password(mut self, password: impl Into<Secret>) -> Self {
        let username = self
            .auth
            .take()
            .map(|auth| auth.username().to_owned())
            .unwrap_or_else(|| DEFAULT_USERNAME.to_owned());
        self.auth = Some(BasicAuth::new(username, password));
        self
    }

    /// Reads the process environment: `OPENCODE_SERVER_URL` (the base URL),
    /// `OPENCODE_SERVER_PASSWORD` and `OPENCODE_SERVER_USERNAME` (default `opencode`).
    /// Unset or empty variables leave the builder as it is.
    pub fn from_env(self) -> Self {
        self.from_env_with(|name| std::env::var(name).ok())
    }

    /// Like [`ClientBuilder::from_env`], reading variables through `lookup`.
    pub fn from_env_with(mut self, lookup: impl Fn(&str) -> Option<String>) -> Self {
        let read = |name: &str| lookup(name).filter(|value| !value.is_empty());
        if let Some(url) = read("OPENCODE_SERVER_URL") {
            self.base_url = Some(url);
        }
        if let Some(password) = read("OPENCODE_SERVER_PASSWORD") {
            let username =
                read("OPENCODE_SERVER_USERNAME").unwrap_or_else(|| DEFAULT_USERNAME.to_owned());
            self.auth = Some(BasicAuth::new(username, password));
        }
        self
    }

    /// The retry policy (default: 3 attempts, 200 ms to 5 s back-off with full jitter).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The timeouts (default: connect 10 s, no per-attempt or total timeout).
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// How long an idle pooled connection is kept (default 5 s).
    pub fn pool_idle_timeout(mut self, timeout: Duration) -> Self {
        self.pool_idle_timeout = timeout;
        self
    }

    /// Checks every request against the server's own operation list before sending it:
    /// `GET /doc` is fetched once (the client and its clones share it), and an operation it
    /// does not list fails with [`Error::UnsupportedByServer`] without a request. Useful
    /// against older releases, which proxy unknown routes to the web app (a `500` offline)
    /// or answer with their page. A server without a usable `/doc` is not checked.
    /// Default: off (no extra request).
    pub fn check_operations(mut self, yes: bool) -> Self {
        self.check_operations = yes;
        self
    }

    /// The largest response body [`Client::send`] reads into memory (default 256 MiB;
    /// `None`: no limit). A larger answer fails with [`Error::ResponseTooLarge`]. Streaming
    /// calls are not limited.
    pub fn max_response_bytes(mut self, limit: Option<usize>) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Adds a tower layer around the inner HTTP service. It sees every attempt, after
    /// the URL, routing headers and auth are set. The first layer added is the outermost.
    pub fn layer<L>(mut self, layer: L) -> Self
    where
        L: Layer<HttpService> + Send + Sync + 'static,
        L::Service: Service<Request<RequestBody>, Response = Response<ResponseBody>>
            + Clone
            + Send
            + Sync
            + 'static,
        <L::Service as Service<Request<RequestBody>>>::Error: Into<BoxError>,
        <L::Service as Service<Request<RequestBody>>>::Future: Send + 'static,
    {
        self.layers.push(Box::new(move |service: HttpService| {
            BoxCloneSyncService::new(layer.layer(service).map_err(Into::into))
        }));
        self
    }

    /// Replaces the hyper-util client with another service (a mock, a different
    /// connector…). Its errors are classified like the default client's: return a boxed
    /// [`Error::connect`] to mark a failure before the request reached the server.
    pub fn service<S, B>(mut self, service: S) -> Self
    where
        S: Service<Request<RequestBody>, Response = Response<B>> + Clone + Send + Sync + 'static,
        S::Error: Into<BoxError>,
        S::Future: Send + 'static,
        B: http_body::Body<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        let service = service
            .map_response(|response: Response<B>| response.map(box_body))
            .map_err(Into::into);
        self.service = Some(BoxCloneSyncService::new(service));
        self
    }

    /// Trusts `certificate` for `https://` servers, in addition to the webpki (Mozilla)
    /// roots: a private CA or a self-signed server certificate. DER bytes, or PEM text with
    /// one or more `CERTIFICATE` blocks; a certificate that does not parse fails
    /// [`build`](Self::build) with [`Error::Build`]. Call it once per certificate.
    ///
    /// ```no_run
    /// # fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// let ca = std::fs::read("/etc/opencode/ca.pem")?;
    /// let client = opencode_transport::Client::builder()
    ///     .base_url("https://opencode.internal:4096")
    ///     .add_root_certificate(ca)
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    #[cfg(feature = "rustls")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rustls")))]
    pub fn add_root_certificate(mut self, certificate: impl Into<Vec<u8>>) -> Self {
        self.root_certificates.push(certificate.into());
        self
    }

    /// Builds the client. Fails on an invalid base URL or credentials.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL);
        let mut config = ClientConfig::new(base_url)?;
        if let Some(auth) = self.auth {
            config = config.with_basic_auth(auth)?;
        }
        config = config
            .with_directory(self.directory.as_deref())
            .with_workspace(self.workspace.as_deref());
        config.retry = self.retry.clone();
        config.timeouts = self.timeouts;
        config.max_response_bytes = self.max_response_bytes;
        if self.check_operations {
            config.operations = Some(Arc::default());
        }

        let inner = match self.service {
            Some(service) => service,
            #[cfg(not(target_arch = "wasm32"))]
            None => crate::service::hyper_service(
                self.timeouts.connect,
                self.pool_idle_timeout,
                &self.root_certificates,
            )?,
            // The browser keeps its own connections and knows no connect timeout.
            #[cfg(target_arch = "wasm32")]
            None => {
                let _ = (self.pool_idle_timeout, &self.root_certificates);
                crate::fetch::fetch_service()
            }
        };
        let inner = self
            .layers
            .into_iter()
            .rev()
            .fold(inner, |service, layer| layer(service));
        let stack = Retry::new(RetryState::new(self.retry), AttemptService { inner });
        Ok(Client {
            config: Arc::new(config),
            stack,
        })
    }
}
