//! Client configuration: base URL, credentials, default directory and workspace, retry
//! and timeout settings.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderValue;
use http::uri::{Authority, Scheme};

use crate::Error;
use crate::encode::base64;

/// The server address used when none is configured: `opencode serve`'s default.
pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:4096";

/// The user name the server expects when `OPENCODE_SERVER_USERNAME` is not set.
pub const DEFAULT_USERNAME: &str = "opencode";

/// A secret string (a password). Its `Debug` prints `***`; it has no `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Arc<str>);

impl Secret {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        Secret(Arc::from(secret.into()))
    }

    /// The secret itself. Take care where it goes.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl From<String> for Secret {
    fn from(secret: String) -> Self {
        Secret::new(secret)
    }
}

impl From<&str> for Secret {
    fn from(secret: &str) -> Self {
        Secret::new(secret)
    }
}

/// HTTP basic credentials. `Debug` shows the user name and `***` for the password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasicAuth {
    username: String,
    password: Secret,
}

impl BasicAuth {
    /// Credentials for `username` with `password`.
    pub fn new(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        BasicAuth {
            username: username.into(),
            password: password.into(),
        }
    }

    /// The user name.
    pub fn username(&self) -> &str {
        &self.username
    }

    /// The password.
    pub fn password(&self) -> &Secret {
        &self.password
    }

    /// The `Authorization` header value, marked sensitive so `Debug` of a header map and
    /// HTTP/2 indexing never expose it.
    pub fn header_value(&self) -> Result<HeaderValue, Error> {
        if self.username.contains(':') {
            return Err(Error::build(
                "the basic-auth user name must not contain `:`",
            ));
        }
        let token = base64(format!("{}:{}", self.username, self.password.expose()).as_bytes());
        let mut value = HeaderValue::try_from(format!("Basic {token}"))
            .map_err(|_| Error::build("the basic-auth credentials are not a valid header"))?;
        value.set_sensitive(true);
        Ok(value)
    }
}

/// When and how often requests are retried.
///
/// Only transient failures are retried: connect failures, `429`, `502`, `503` and `504`
/// answers, and (for idempotent requests) broken connections and per-attempt timeouts. A
/// [`crate::RequestKind::NonIdempotent`] request is retried only after a connect failure,
/// when it provably never reached the server.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in total, the first one included; `1` disables retries. Default 3.
    pub max_attempts: u32,
    /// Back-off before the first retry; it doubles for each later one. Default 200 ms.
    pub base_backoff: Duration,
    /// Upper bound of the exponential back-off. Default 5 s.
    pub max_backoff: Duration,
    /// Full jitter: wait a random time between zero and the back-off. Default on.
    pub jitter: bool,
    /// Upper bound for a server's `Retry-After`. Default 30 s.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            jitter: true,
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries: every request is sent once.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets the number of attempts, the first one included (at least 1).
    pub fn with_max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts.max(1);
        self
    }

    /// Sets the base and maximum back-off.
    pub fn with_backoff(mut self, base: Duration, max: Duration) -> Self {
        self.base_backoff = base;
        self.max_backoff = max.max(base);
        self
    }

    /// Turns full jitter on or off.
    pub fn with_jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// Sets the upper bound for a server's `Retry-After`.
    pub fn with_max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// The pause before retry number `retry` (1 for the first retry): exponential back-off
    /// capped at [`RetryPolicy::max_backoff`], then full jitter if enabled.
    pub fn backoff(&self, retry: u32) -> Duration {
        let factor = 1u32
            .checked_shl(retry.saturating_sub(1))
            .unwrap_or(u32::MAX);
        let backoff = self
            .base_backoff
            .checked_mul(factor)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff);
        if self.jitter {
            let nanos = u64::try_from(backoff.as_nanos()).unwrap_or(u64::MAX);
            Duration::from_nanos(fastrand::u64(0..=nanos))
        } else {
            backoff
        }
    }
}

/// Timeouts. None of them applies to streaming calls except `connect`.
///
/// The defaults are generous: a synchronous prompt can take many minutes, so there is no
/// per-attempt or total timeout unless one is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// Opening a TCP connection. Default 10 s.
    pub connect: Option<Duration>,
    /// One attempt: sending the request and reading the whole response. Default none.
    pub per_attempt: Option<Duration>,
    /// The whole call, retries and back-off included. Default none.
    pub total: Option<Duration>,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Some(Duration::from_secs(10)),
            per_attempt: None,
            total: None,
        }
    }
}

/// Where requests go and what every request carries. Cheap to clone.
///
/// [`crate::ApiRequest::into_http`] needs only this, so request building is testable without
/// a socket.
#[derive(Clone)]
pub struct ClientConfig {
    pub(crate) scheme: Scheme,
    pub(crate) authority: Authority,
    /// Path prefix of the base URL without a trailing slash (usually empty).
    pub(crate) base_path: Arc<str>,
    /// The base URL as given, without user info.
    pub(crate) base_url: Arc<str>,
    pub(crate) auth: Option<Arc<(BasicAuth, HeaderValue)>>,
    pub(crate) directory: Option<RoutingValue>,
    pub(crate) workspace: Option<RoutingValue>,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeouts: Timeouts,
    pub(crate) max_response_bytes: Option<usize>,
    /// The server's operations, when requests are checked against its `/doc`.
    pub(crate) operations: Option<Arc<crate::operations::ServerOperations>>,
}

impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientConfig")
            .field("base_url", &self.base_url)
            .field("auth", &self.auth.as_ref().map(|auth| &auth.0))
            .field("directory", &self.directory())
            .field("workspace", &self.workspace())
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("check_operations", &self.operations.is_some())
            .finish()
    }
}

impl ClientConfig {
    /// A configuration for the server at `base_url` (`http://host:port`, optionally with a
    /// path prefix). User info in the URL (`http://user:pass@host`) becomes basic auth.
    pub fn new(base_url: impl AsRef<str>) -> Result<Self, Error> {
        let text = base_url.as_ref().trim();
        let url = url::Url::parse(text).map_err(|error| Error::Build {
            message: format!("invalid base URL `{}`", redact_url(text)),
            source: Some(Box::new(error)),
        })?;
        let scheme = match url.scheme() {
            "http" => Scheme::HTTP,
            "https" if cfg!(feature = "rustls") => Scheme::HTTPS,
            "https" => {
                return Err(Error::build(
                    "https base URLs need the `rustls` feature of opencode-transport",
                ));
            }
            other => {
                return Err(Error::build(format!(
                    "unsupported base URL scheme `{other}` (expected http or https)"
                )));
            }
        };
        if url.query().is_some() || url.fragment().is_some() {
            return Err(Error::build(
                "the base URL must not have a query or fragment",
            ));
        }
        let host = url
            .host_str()
            .ok_or_else(|| Error::build("the base URL has no host"))?;
        let authority_text = match url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        };
        let authority =
            Authority::try_from(authority_text.as_str()).map_err(|error| Error::Build {
                message: format!("invalid host in base URL `{authority_text}`"),
                source: Some(Box::new(error)),
            })?;
        let base_path = url.path().trim_end_matches('/');
        let auth = if url.username().is_empty() && url.password().is_none() {
            None
        } else {
            let decode = |part: &str| {
                percent_encoding::percent_decode_str(part)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            let username = if url.username().is_empty() {
                DEFAULT_USERNAME.to_owned()
            } else {
                decode(url.username())
            };
            Some(BasicAuth::new(
                username,
                decode(url.password().unwrap_or("")),
            ))
        };
        let display = format!("{}://{}{}", url.scheme(), authority, base_path);
        let mut config = ClientConfig {
            scheme,
            authority,
            base_path: Arc::from(base_path),
            base_url: Arc::from(display),
            auth: None,
            directory: None,
            workspace: None,
            retry: RetryPolicy::default(),
            timeouts: Timeouts::default(),
            max_response_bytes: None,
            operations: None,
        };
        if let Some(auth) = auth {
            config = config.with_basic_auth(auth)?;
        }
        Ok(config)
    }

    /// Sets (or replaces) the basic-auth credentials.
    pub fn with_basic_auth(mut self, auth: BasicAuth) -> Result<Self, Error> {
        let header = auth.header_value()?;
        self.auth = Some(Arc::new((auth, header)));
        Ok(self)
    }

    /// Sets the default directory (`None` for the server's own working directory).
    pub fn with_directory(mut self, directory: Option<&str>) -> Self {
        self.directory = directory.map(RoutingValue::new);
        self
    }

    /// Sets the default workspace id.
    pub fn with_workspace(mut self, workspace: Option<&str>) -> Self {
        self.workspace = workspace.map(RoutingValue::new);
        self
    }

    /// The base URL, without user info.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The basic-auth credentials, if any.
    pub fn basic_auth(&self) -> Option<&BasicAuth> {
        self.auth.as_ref().map(|auth| &auth.0)
    }

    /// The default directory.
    pub fn directory(&self) -> Option<&str> {
        self.directory.as_ref().map(|value| &*value.raw)
    }

    /// The default workspace id.
    pub fn workspace(&self) -> Option<&str> {
        self.workspace.as_ref().map(|value| &*value.raw)
    }

    /// The retry policy.
    pub fn retry(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The timeouts.
    pub fn timeouts(&self) -> &Timeouts {
        &self.timeouts
    }

    /// The largest response body read into memory.
    pub fn max_response_bytes(&self) -> Option<usize> {
        self.max_response_bytes
    }

    pub(crate) fn auth_header(&self) -> Option<&HeaderValue> {
        self.auth.as_ref().map(|auth| &auth.1)
    }
}

/// A default directory or workspace, encoded once for the query and the header rather
/// than on every request.
#[derive(Clone, Debug)]
pub(crate) struct RoutingValue {
    pub(crate) raw: Arc<str>,
    /// `encodeURIComponent(raw)`.
    pub(crate) encoded: Arc<str>,
    /// The header value (always valid: plain safe ASCII or the encoded form).
    pub(crate) header: Option<HeaderValue>,
}

impl RoutingValue {
    fn new(raw: &str) -> Self {
        let encoded = crate::encode::encode_component(raw).into_owned();
        let header = HeaderValue::try_from(crate::encode::header_component(raw).as_ref()).ok();
        RoutingValue {
            raw: Arc::from(raw),
            encoded: Arc::from(encoded),
            header,
        }
    }
}

/// Removes user info from a URL-like string so it can appear in an error message.
fn redact_url(text: &str) -> String {
    let (scheme, rest) = match text.split_once("://") {
        Some((scheme, rest)) => (Some(scheme), rest),
        None => (None, text),
    };
    // A password may hold `/`, `?`, `#` or `@` itself, so the host cannot be found first:
    // everything up to the last `@` may be user info and is hidden (a path with an `@` is
    // hidden too, which only costs detail).
    let rest = match rest.rfind('@') {
        Some(at) => format!("***@{}", &rest[at + 1..]),
        None => rest.to_owned(),
    };
    match scheme {
        Some(scheme) => format!("{scheme}://{rest}"),
        None => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy = RetryPolicy::default()
            .with_jitter(false)
            .with_backoff(Duration::from_millis(100), Duration::from_millis(350));
        assert_eq!(policy.backoff(1), Duration::from_millis(100));
        assert_eq!(policy.backoff(2), Duration::from_millis(200));
        assert_eq!(policy.backoff(3), Duration::from_millis(350));
        assert_eq!(policy.backoff(80), Duration::from_millis(350));
        let jittered = policy.with_jitter(true);
        for retry in 1..10 {
            assert!(jittered.backoff(retry) <= Duration::from_millis(350));
        }
    }

    #[test]
    fn base_url_parsing() {
        let config = ClientConfig::new("http://127.0.0.1:4096/").expect("valid");
        assert_eq!(config.base_url(), "http://127.0.0.1:4096");
        assert_eq!(&*config.base_path, "");
        let config = ClientConfig::new("http://localhost/prefix/").expect("valid");
        assert_eq!(&*config.base_path, "/prefix");
        let config = ClientConfig::new("http://[::1]:9/").expect("valid");
        assert_eq!(config.authority.as_str(), "[::1]:9");
        assert!(ClientConfig::new("ftp://x").is_err());
        assert!(ClientConfig::new("not a url").is_err());
        assert!(ClientConfig::new("http://h:1/?q=1").is_err());
    }

    #[test]
    fn user_info_becomes_auth_and_is_not_shown() {
        let config = ClientConfig::new("http://bob:hunter2@127.0.0.1:1").expect("valid");
        assert_eq!(config.basic_auth().map(BasicAuth::username), Some("bob"));
        assert!(!config.base_url().contains("hunter2"));
        assert!(!format!("{config:?}").contains("hunter2"));
        let error = ClientConfig::new("http://bob:hunter2@/x").expect_err("no host");
        assert!(!error.to_string().contains("hunter2"), "{error}");
    }

    #[test]
    fn redaction() {
        assert_eq!(redact_url("http://a:b@h/p"), "http://***@h/p");
        assert_eq!(redact_url("http://h/p@x"), "http://***@x");
        assert_eq!(redact_url("http://u:a/b?c#d@h:1/p"), "http://***@h:1/p");
        assert_eq!(redact_url("u:p@h"), "***@h");
        assert_eq!(redact_url("http://h:1/p"), "http://h:1/p");
    }
}
