//! One typed method per operation of the OpenCode server, generated from its OpenAPI spec.
//!
//! Operation ids map mechanically to methods: `session.list` is `api.session().list()`,
//! `v2.session.prompt` is `api.v2().session().prompt(..)`. Required path values, required
//! query values and required bodies are arguments; optional query values and bodies are
//! setters; `.send().await` returns the typed answer (`()` for `204`, `String` for text,
//! `Bytes` for binary bodies; the four event-stream operations return the open response —
//! `opencode-sse` types them). Every builder can also produce its request without I/O
//! (`.request()`, `.http_request()`), which is how every operation is tested.
//!
//! Every builder implements [`Operation`] (its id, request and `send`), and all but the
//! event streams [`BufferedOperation`], whose `send_with_response` also returns the
//! response's status and headers ([`ApiResponse`]).
//!
//! The crate root holds [`Api`] and the group types (`SessionApi`, …); the builders are in
//! [`ops`], so `use opencode_api::*` next to `use opencode_types::*` leaves every name
//! unambiguous (`SessionStatus` is the status type, `ops::SessionStatus` its request).
//!
//! ```no_run
//! # async fn run() -> Result<(), opencode_transport::Error> {
//! use opencode_api::Api;
//!
//! let api = Api::new(opencode_transport::Client::new("http://127.0.0.1:4096")?);
//! let sessions = api.session().list().roots(true).send().await?;
//! for s in &sessions {
//!     println!("{} {}", s.id, s.title);
//! }
//! # Ok(()) }
//! ```
//!
//! A table of every operation, its method and route is in `docs/operations.md`.

#[rustfmt::skip]
mod generated;
mod operation;

pub use generated::*;
use opencode_transport::{Client, Error};
pub use operation::{ApiResponse, BufferedOperation, Operation};

/// The entry point: every operation group of the server, over one transport client.
#[derive(Debug, Clone)]
pub struct Api {
    pub(crate) client: Client,
}

impl Api {
    /// Operations sent through `client` (its base URL, auth, directory and retry policy).
    pub fn new(client: Client) -> Self {
        Api { client }
    }

    /// The transport client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The same operations for another project directory (a cheap clone).
    pub fn with_directory(&self, directory: impl AsRef<str>) -> Api {
        Api {
            client: self.client.with_directory(directory),
        }
    }
}

impl From<Client> for Api {
    fn from(client: Client) -> Self {
        Api::new(client)
    }
}

/// `/api/fs/read/*`-style paths: the value keeps its slashes, each segment is
/// percent-encoded (a `..` segment is encoded and then refused by the transport).
pub(crate) fn wildcard_path(prefix: &str, value: &str) -> String {
    let mut path = prefix.to_owned();
    let segments: Vec<String> = value
        .trim_start_matches('/')
        .split('/')
        .map(opencode_transport::encode_path_segment)
        .collect();
    path.push_str(&segments.join("/"));
    path
}

/// A query value from a typed parameter: strings as they are, other JSON as its text.
pub(crate) fn query_value<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Ok(s),
        Ok(other) => Ok(other.to_string()),
        Err(e) => Err(Error::build(format!(
            "a query value could not be encoded: {e}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_paths_keep_slashes_and_encode_segments() {
        assert_eq!(
            wildcard_path("/api/fs/read/", "docs/read me.md"),
            "/api/fs/read/docs/read%20me.md"
        );
        assert_eq!(
            wildcard_path("/api/fs/read/", "/a/../b"),
            "/api/fs/read/a/%2E%2E/b"
        );
    }

    #[test]
    fn query_values() {
        assert_eq!(query_value(&"x").unwrap(), "x");
        assert_eq!(query_value(&3).unwrap(), "3");
        assert_eq!(
            query_value(&opencode_types::LogLevel::Warn).unwrap(),
            "WARN"
        );
    }
}
