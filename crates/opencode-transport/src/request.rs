//! The description of one API call and its pure translation into an `http::Request`.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderName, USER_AGENT};
use http::uri::PathAndQuery;
use http::{HeaderMap, HeaderValue, Method, Request, Uri};
use http_body_util::Full;

use crate::config::RoutingValue;
use crate::encode::{encode_component, encode_path_segment, encode_query_key, header_component};
use crate::{ClientConfig, Error};

/// The body type of every request: a JSON document in memory, so it can be replayed.
pub type RequestBody = Full<Bytes>;

/// The header that selects the server instance (project directory).
pub const DIRECTORY_HEADER: HeaderName = HeaderName::from_static("x-opencode-directory");

/// The header that names the workspace.
pub const WORKSPACE_HEADER: HeaderName = HeaderName::from_static("x-opencode-workspace");

const SDK_USER_AGENT: &str = concat!("opencode-rust-sdk/", env!("CARGO_PKG_VERSION"));

/// What a request does to the server, which decides when it may be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestKind {
    /// Reads state (`GET`, `HEAD`): retried after any transient failure.
    Read,
    /// Changes state, but repeating it has the same effect (`PUT`, `DELETE`): retried after
    /// any transient failure.
    IdempotentWrite,
    /// Creates something or starts work (`POST`, `PATCH`: a prompt, a command, a shell):
    /// retried only when it provably never reached the server (a connect failure).
    NonIdempotent,
}

impl RequestKind {
    /// The kind HTTP semantics give a method.
    pub fn for_method(method: &Method) -> Self {
        match *method {
            Method::GET | Method::HEAD | Method::OPTIONS => RequestKind::Read,
            Method::PUT | Method::DELETE => RequestKind::IdempotentWrite,
            _ => RequestKind::NonIdempotent,
        }
    }

    /// `true` for [`RequestKind::Read`] and [`RequestKind::IdempotentWrite`].
    pub fn is_idempotent(self) -> bool {
        !matches!(self, RequestKind::NonIdempotent)
    }
}

/// What the caller expects in a success response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponseFormat {
    /// `application/json` (a `204` or an empty body is accepted too). A `200 text/html`
    /// answer is [`Error::UnsupportedByServer`].
    Json,
    /// `text/event-stream`, for [`crate::Client::send_streaming`]. A `200 text/html`
    /// answer is [`Error::UnsupportedByServer`].
    EventStream,
    /// Any content type (file contents, diffs): the body is returned as is, except the
    /// server's own web page (its answer for a route it does not have), which is
    /// [`Error::UnsupportedByServer`] — a file that is HTML is returned.
    Any,
}

impl ResponseFormat {
    fn accept(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            ResponseFormat::Json => "application/json",
            ResponseFormat::EventStream => "text/event-stream",
            ResponseFormat::Any => "*/*",
        })
    }
}

/// Facts about a request that layers may read from its extensions
/// (`request.extensions().get::<RequestInfo>()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestInfo {
    /// The route template, e.g. `/session/{sessionID}`.
    pub route: &'static str,
    /// What the request does, which decides retries.
    pub kind: RequestKind,
    /// What a success response must look like.
    pub format: ResponseFormat,
    /// This request's own limit on attempts, overriding the client's retry policy.
    pub max_attempts: Option<u32>,
}

/// A value that may replace the client default for one request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Scope {
    #[default]
    Inherit,
    Set(String),
    Clear,
}

impl Scope {
    fn resolve<'a>(&'a self, default: Option<&'a RoutingValue>) -> Resolved<'a> {
        match (self, default) {
            (Scope::Inherit, Some(value)) => Resolved::Default(value),
            (Scope::Inherit, None) | (Scope::Clear, _) => Resolved::None,
            (Scope::Set(value), _) => Resolved::Override(value),
        }
    }
}

/// A directory or workspace after applying the per-request override.
enum Resolved<'a> {
    None,
    Default(&'a RoutingValue),
    Override(&'a str),
}

impl Resolved<'_> {
    fn is_some(&self) -> bool {
        !matches!(self, Resolved::None)
    }

    /// The `encodeURIComponent` form.
    fn encoded(&self) -> Cow<'_, str> {
        match self {
            Resolved::None => Cow::Borrowed(""),
            Resolved::Default(value) => Cow::Borrowed(&value.encoded),
            Resolved::Override(raw) => encode_component(raw),
        }
    }

    fn header(&self) -> Result<Option<HeaderValue>, Error> {
        let invalid = |error: http::header::InvalidHeaderValue| Error::Build {
            message: "invalid routing header value".to_owned(),
            source: Some(Box::new(error)),
        };
        match self {
            Resolved::None => Ok(None),
            Resolved::Default(value) => match &value.header {
                Some(header) => Ok(Some(header.clone())),
                None => HeaderValue::try_from(&*value.encoded)
                    .map(Some)
                    .map_err(invalid),
            },
            Resolved::Override(raw) => HeaderValue::try_from(header_component(raw).as_ref())
                .map(Some)
                .map_err(invalid),
        }
    }
}

/// One API call, described without any I/O: method, route, path parameters, query, JSON
/// body, routing overrides and what kind of request it is.
///
/// ```
/// use opencode_transport::{ApiRequest, ClientConfig};
/// use http::Method;
///
/// let config = ClientConfig::new("http://127.0.0.1:4096")?.with_directory(Some("/srv/my app"));
/// let request = ApiRequest::new(Method::GET, "/session/{sessionID}")
///     .path_param("sessionID", "ses_1")
///     .into_http(&config)?;
/// assert_eq!(
///     request.uri(),
///     "http://127.0.0.1:4096/session/ses_1?directory=%2Fsrv%2Fmy%20app"
/// );
/// assert_eq!(request.headers()["x-opencode-directory"], "%2Fsrv%2Fmy%20app");
/// # Ok::<(), opencode_transport::Error>(())
/// ```
#[derive(Clone)]
pub struct ApiRequest {
    method: Method,
    route: &'static str,
    raw_path: Option<String>,
    path_params: Vec<(&'static str, String)>,
    query: Vec<(String, String)>,
    headers: HeaderMap,
    body: Option<Bytes>,
    kind: RequestKind,
    format: ResponseFormat,
    directory: Scope,
    workspace: Scope,
    per_attempt_timeout: Option<Option<Duration>>,
    total_timeout: Option<Option<Duration>>,
    max_attempts: Option<u32>,
}

impl fmt::Debug for ApiRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Bodies can hold provider API keys (`PUT /auth/{providerID}`): show only the size.
        f.debug_struct("ApiRequest")
            .field("method", &self.method)
            .field("route", &self.route)
            .field("raw_path", &self.raw_path)
            .field("path_params", &self.path_params)
            .field("query", &self.query)
            .field("headers", &self.headers)
            .field("body_len", &self.body.as_ref().map(Bytes::len))
            .field("kind", &self.kind)
            .field("format", &self.format)
            .field("directory", &self.directory)
            .field("workspace", &self.workspace)
            .field("per_attempt_timeout", &self.per_attempt_timeout)
            .field("total_timeout", &self.total_timeout)
            .finish()
    }
}

impl ApiRequest {
    /// A request for `route`, a path template such as `/session/{sessionID}/message`.
    ///
    /// Fill `{name}` placeholders with [`ApiRequest::path_param`]. The kind follows the
    /// method ([`RequestKind::for_method`]); the expected response is JSON.
    pub fn new(method: Method, route: &'static str) -> Self {
        let kind = RequestKind::for_method(&method);
        ApiRequest {
            method,
            route,
            raw_path: None,
            path_params: Vec::new(),
            query: Vec::new(),
            headers: HeaderMap::new(),
            body: None,
            kind,
            format: ResponseFormat::Json,
            directory: Scope::Inherit,
            workspace: Scope::Inherit,
            per_attempt_timeout: None,
            total_timeout: None,
            max_attempts: None,
        }
    }

    /// A `GET` request.
    pub fn get(route: &'static str) -> Self {
        ApiRequest::new(Method::GET, route)
    }

    /// A `POST` request.
    pub fn post(route: &'static str) -> Self {
        ApiRequest::new(Method::POST, route)
    }

    /// Fills the `{name}` placeholder of the route with `value`, percent-encoded as one path
    /// segment ([`encode_path_segment`]). Empty values, `.` and `..` are rejected by
    /// [`ApiRequest::into_http`].
    pub fn path_param(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.path_params.push((name, value.into()));
        self
    }

    /// Uses an already-encoded path (starting with `/`) instead of filling the route
    /// template. The route is still used for tracing and routing decisions.
    pub fn raw_path(mut self, path: impl Into<String>) -> Self {
        self.raw_path = Some(path.into());
        self
    }

    /// Adds a query pair (not yet encoded).
    pub fn query(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((key.into(), value.into()));
        self
    }

    /// Adds query pairs (not yet encoded).
    pub fn query_pairs<K, V>(mut self, pairs: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: Into<String>,
        V: Into<String>,
    {
        self.query.extend(
            pairs
                .into_iter()
                .map(|(key, value)| (key.into(), value.into())),
        );
        self
    }

    /// Adds a header.
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.append(name, value);
        self
    }

    /// Sets a JSON body (already serialized).
    pub fn json_body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = Some(body.into());
        self
    }

    /// Sets a body of another media type; `content_type` becomes the `Content-Type`.
    pub fn body(mut self, body: impl Into<Bytes>, content_type: HeaderValue) -> Self {
        self.headers.insert(CONTENT_TYPE, content_type);
        self.body = Some(body.into());
        self
    }

    /// Serializes `value` as the JSON body.
    pub fn json<T: serde::Serialize + ?Sized>(self, value: &T) -> Result<Self, Error> {
        let body = serde_json::to_vec(value).map_err(|error| Error::Build {
            message: "the request body could not be serialized".to_owned(),
            source: Some(Box::new(error)),
        })?;
        Ok(self.json_body(body))
    }

    /// Overrides the request kind (for example a `POST` that only reads:
    /// [`RequestKind::Read`]).
    pub fn kind(mut self, kind: RequestKind) -> Self {
        self.kind = kind;
        self
    }

    /// Sets the expected response format.
    pub fn format(mut self, format: ResponseFormat) -> Self {
        self.format = format;
        self
    }

    /// Uses this directory instead of the client default.
    pub fn directory(mut self, directory: impl Into<String>) -> Self {
        self.directory = Scope::Set(directory.into());
        self
    }

    /// Sends no directory, even if the client has a default.
    pub fn clear_directory(mut self) -> Self {
        self.directory = Scope::Clear;
        self
    }

    /// Uses this workspace instead of the client default.
    pub fn workspace(mut self, workspace: impl Into<String>) -> Self {
        self.workspace = Scope::Set(workspace.into());
        self
    }

    /// Sends no workspace, even if the client has a default.
    pub fn clear_workspace(mut self) -> Self {
        self.workspace = Scope::Clear;
        self
    }

    /// Overrides the client's per-attempt timeout (`None`: no timeout).
    pub fn per_attempt_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.per_attempt_timeout = Some(timeout);
        self
    }

    /// Overrides the client's whole-call timeout (`None`: no timeout).
    pub fn total_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.total_timeout = Some(timeout);
        self
    }

    /// Limits this request to `attempts` tries, whatever the client's [`RetryPolicy`]
    /// allows (`1`: no retry). Callers that retry on their own, such as the event streams'
    /// reconnection, set 1 so that retries never nest.
    ///
    /// [`RetryPolicy`]: crate::RetryPolicy
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts.max(1));
        self
    }

    /// The method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The route template.
    pub fn route(&self) -> &'static str {
        self.route
    }

    /// The request kind.
    pub fn request_kind(&self) -> RequestKind {
        self.kind
    }

    /// The expected response format.
    pub fn response_format(&self) -> ResponseFormat {
        self.format
    }

    /// The effective per-attempt and total timeouts for this request.
    pub(crate) fn effective_timeouts(
        &self,
        config: &ClientConfig,
    ) -> (Option<Duration>, Option<Duration>) {
        (
            self.per_attempt_timeout
                .unwrap_or(config.timeouts.per_attempt),
            self.total_timeout.unwrap_or(config.timeouts.total),
        )
    }

    /// Builds the HTTP request: URL, query, routing headers, auth, body. No I/O.
    ///
    /// Directory and workspace routing follows what the server reads:
    /// - `x-opencode-directory` (and `x-opencode-workspace`) on every request,
    ///   percent-encoded like `encodeURIComponent`;
    /// - for `GET`/`HEAD`, the same values in the query: `directory`/`workspace` on v1
    ///   routes, `location[directory]`/`location[workspace]` on `/api/*` routes (which
    ///   ignore `?directory=`). A query key the caller set already is left alone.
    pub fn into_http(self, config: &ClientConfig) -> Result<Request<RequestBody>, Error> {
        let relative = match self.raw_path {
            Some(path) => {
                check_raw_path(&path)?;
                path
            }
            None => fill_template(self.route, &self.path_params)?,
        };
        let is_api = relative == "/api" || relative.starts_with("/api/");

        let mut path_and_query =
            String::with_capacity(config.base_path.len() + relative.len() + 64);
        path_and_query.push_str(&config.base_path);
        path_and_query.push_str(&relative);

        let mut first = true;
        let mut push_encoded = |target: &mut String, key: &str, encoded_value: &str| {
            target.push(if first { '?' } else { '&' });
            first = false;
            target.push_str(&encode_query_key(key));
            target.push('=');
            target.push_str(encoded_value);
        };
        for (key, value) in &self.query {
            push_encoded(&mut path_and_query, key, &encode_component(value));
        }
        let directory = self.directory.resolve(config.directory.as_ref());
        let workspace = self.workspace.resolve(config.workspace.as_ref());
        if matches!(self.method, Method::GET | Method::HEAD) {
            let (directory_key, workspace_key) = if is_api {
                ("location[directory]", "location[workspace]")
            } else {
                ("directory", "workspace")
            };
            let has_key = |key: &str| self.query.iter().any(|(existing, _)| existing == key);
            if directory.is_some() && !has_key(directory_key) {
                push_encoded(&mut path_and_query, directory_key, &directory.encoded());
            }
            if workspace.is_some() && !has_key(workspace_key) {
                push_encoded(&mut path_and_query, workspace_key, &workspace.encoded());
            }
        }

        let path_and_query =
            PathAndQuery::try_from(path_and_query).map_err(|error| Error::Build {
                message: format!("invalid path for route {}", self.route),
                source: Some(Box::new(error)),
            })?;
        let mut parts = http::uri::Parts::default();
        parts.scheme = Some(config.scheme.clone());
        parts.authority = Some(config.authority.clone());
        parts.path_and_query = Some(path_and_query);
        let uri = Uri::from_parts(parts).map_err(|error| Error::Build {
            message: format!("invalid URI for route {}", self.route),
            source: Some(Box::new(error)),
        })?;

        let mut headers = self.headers;
        headers.insert(ACCEPT, self.format.accept());
        headers.insert(USER_AGENT, HeaderValue::from_static(SDK_USER_AGENT));
        if self.body.is_some() && !headers.contains_key(CONTENT_TYPE) {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        if let Some(auth) = config.auth_header() {
            headers.insert(AUTHORIZATION, auth.clone());
        }
        if let Some(value) = directory.header()? {
            headers.insert(DIRECTORY_HEADER, value);
        }
        if let Some(value) = workspace.header()? {
            headers.insert(WORKSPACE_HEADER, value);
        }

        let mut request = Request::new(Full::new(self.body.unwrap_or_default()));
        *request.method_mut() = self.method;
        *request.uri_mut() = uri;
        *request.headers_mut() = headers;
        request.extensions_mut().insert(RequestInfo {
            route: self.route,
            kind: self.kind,
            format: self.format,
            max_attempts: self.max_attempts,
        });
        Ok(request)
    }
}

fn check_raw_path(path: &str) -> Result<(), Error> {
    if !path.starts_with('/') {
        return Err(Error::build(format!(
            "the path `{path}` must start with `/`"
        )));
    }
    if path.contains(['?', '#']) {
        return Err(Error::build(format!(
            "the path `{path}` must not contain `?` or `#`; use ApiRequest::query"
        )));
    }
    if path.split('/').any(is_dot_segment) {
        return Err(Error::build(format!(
            "the path `{path}` has a `.` or `..` segment"
        )));
    }
    Ok(())
}

/// `.`, `..` and their percent-encoded forms, which URL parsers may resolve.
fn is_dot_segment(segment: &str) -> bool {
    let lowered = segment.to_ascii_lowercase();
    matches!(
        lowered.as_str(),
        "." | ".." | "%2e" | "%2e%2e" | ".%2e" | "%2e."
    )
}

fn fill_template(route: &'static str, params: &[(&'static str, String)]) -> Result<String, Error> {
    if !route.starts_with('/') {
        return Err(Error::build(format!(
            "the route `{route}` must start with `/`"
        )));
    }
    let mut path = String::with_capacity(route.len() + 32);
    let mut used = 0usize;
    let mut rest = route;
    while let Some(open) = rest.find('{') {
        path.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| Error::build(format!("unclosed `{{` in route `{route}`")))?;
        let name = &after[..close];
        let value = params
            .iter()
            .find(|(param, _)| *param == name)
            .map(|(_, value)| value)
            .ok_or_else(|| {
                Error::build(format!("missing path parameter `{name}` for `{route}`"))
            })?;
        if value.is_empty() || value == "." || value == ".." {
            return Err(Error::build(format!(
                "path parameter `{name}` must not be empty, `.` or `..`"
            )));
        }
        path.push_str(&encode_path_segment(value));
        used += 1;
        rest = &after[close + 1..];
    }
    path.push_str(rest);
    if used < params.len() {
        return Err(Error::build(format!(
            "route `{route}` has {used} placeholder(s) but {} path parameter(s) were given",
            params.len()
        )));
    }
    Ok(path)
}
