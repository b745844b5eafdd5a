//! The client: one value for every operation, event stream and session workflow.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use opencode_api::Api;
use opencode_sse::{EventStream, Router, WeakRouter};
use opencode_transport::{BoxError, HttpService, RequestBody, ResponseBody};
use opencode_types::{Event, GlobalEvent, V2Event};
use tower::{Layer, Service};

use crate::session::{CreateSession, SessionHandle};
use crate::{Error, RetryPolicy, Timeouts};

/// A connection to an OpenCode server. Cheap to clone; clones share one connection pool.
///
/// ```no_run
/// # async fn run() -> Result<(), opencode::Error> {
/// let client = opencode::Client::builder()
///     .base_url("http://127.0.0.1:4096")
///     .directory("/srv/my-project")
///     .password("secret")
///     .build()?;
/// let sessions = client.api().session().list().send().await?;
/// println!("{} sessions", sessions.len());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Client {
    api: Api,
    routers: Routers,
}

/// The shared `/event` connections of a client and its clones, one per directory, kept
/// only while someone uses them.
#[derive(Debug, Clone, Default)]
struct Routers(Arc<Mutex<HashMap<String, WeakRouter<Event>>>>);

impl Client {
    /// A builder: base URL, directory, auth, timeouts, retries, extra tower layers.
    pub fn builder() -> ClientBuilder {
        ClientBuilder {
            inner: opencode_transport::Client::builder(),
        }
    }

    /// A client for `base_url` with the defaults.
    pub fn new(base_url: impl AsRef<str>) -> Result<Self, Error> {
        Client::builder().base_url(base_url).build()
    }

    /// A client from `OPENCODE_SERVER_URL` (default `http://127.0.0.1:4096`),
    /// `OPENCODE_SERVER_PASSWORD` and `OPENCODE_SERVER_USERNAME`.
    pub fn from_env() -> Result<Self, Error> {
        Client::builder().from_env().build()
    }

    /// Wraps a transport client.
    pub fn from_transport(client: opencode_transport::Client) -> Self {
        Client {
            api: Api::new(client),
            routers: Routers::default(),
        }
    }

    /// A client for a [`TestServer`](opencode_testing::TestServer): its URL and password,
    /// and its git project as the directory.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use opencode::testing::{TestServer, Turn};
    ///
    /// let server = TestServer::builder().turn(Turn::text("hi")).start().await?;
    /// let client = opencode::Client::for_test_server(&server)?;
    /// let session = client.create_session().await?;
    /// assert_eq!(session.prompt("hello").await?.text(), "hi");
    /// # Ok(()) }
    /// ```
    #[cfg(all(feature = "testing", not(target_arch = "wasm32")))]
    #[cfg_attr(docsrs, doc(cfg(feature = "testing")))]
    pub fn for_test_server(server: &opencode_testing::TestServer) -> Result<Self, Error> {
        Ok(Client::from_transport(server.client()?))
    }

    /// Every operation of the server as a typed method (`client.api().session().list()`).
    pub fn api(&self) -> &Api {
        &self.api
    }

    /// The transport client underneath.
    pub fn transport(&self) -> &opencode_transport::Client {
        self.api.client()
    }

    /// The same server, for another project directory (a cheap clone).
    pub fn with_directory(&self, directory: impl AsRef<str>) -> Client {
        Client {
            api: self.api.with_directory(directory),
            routers: self.routers.clone(),
        }
    }

    /// The client's default project directory, if set.
    pub fn directory(&self) -> Option<&str> {
        self.transport().config().directory()
    }

    /// A handle on an existing session.
    pub fn session(&self, id: impl Into<String>) -> SessionHandle {
        SessionHandle::new(self.clone(), id.into(), None)
    }

    /// The server's release (`1.18.33`): from `GET /global/health`, or from its `/doc` on
    /// a server without that route.
    pub async fn server_version(&self) -> Result<String, Error> {
        match self.api().global().health().send().await {
            Ok(health) => Ok(health.version),
            Err(e) if e.is_unsupported() || e.is_not_found() => {
                let doc = opencode_transport::ApiRequest::get("/doc").clear_directory();
                let doc: serde_json::Value = self.transport().send_json(doc).await?;
                doc["info"]["version"]
                    .as_str()
                    .map(str::to_owned)
                    .ok_or(Error::Http(e))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Asks `text` in a new session and waits for the answer: `.await` gives the turn
    /// ([`TurnOutput::text`](crate::TurnOutput::text)), `.output::<T>()` a typed answer,
    /// `.timeout(..)` bounds it all.
    pub fn ask(&self, text: impl Into<String>) -> crate::Ask {
        crate::Ask::new(self, text.into())
    }

    /// Creates a session (`.title(..)`, `.parent(..)`, then `.await`).
    pub fn create_session(&self) -> CreateSession {
        CreateSession::new(self.clone())
    }

    /// The events of this client's directory (`GET /event`), typed and reconnecting.
    pub fn events(&self) -> EventStream<Event> {
        opencode_sse::events(self.transport())
    }

    /// The shared event connection of this client's directory (`GET /event`), routed to
    /// per-session subscribers: every turn and wait of this client and its clones uses it,
    /// so a hundred running turns hold one connection. It is opened on first use and
    /// closed when the last [`Router`] handle and subscription are dropped.
    ///
    /// Needs a Tokio runtime (its driver is spawned on the current one).
    pub fn event_router(&self) -> Router<Event> {
        let key = self.directory().unwrap_or_default().to_owned();
        let mut map = self.routers.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(router) = map.get(&key).and_then(WeakRouter::upgrade) {
            return router;
        }
        map.retain(|_, weak| weak.upgrade().is_some());
        let router = Router::spawn(opencode_sse::events(self.transport()));
        map.insert(key, router.downgrade());
        router
    }

    /// The events of every directory of the server (`GET /global/event`).
    pub fn global_events(&self) -> EventStream<GlobalEvent> {
        opencode_sse::global_events(self.transport())
    }

    /// The v2 API's streams.
    pub fn v2(&self) -> V2<'_> {
        V2 { client: self }
    }
}

/// The v2 (`/api/*`) event streams.
#[derive(Debug, Clone, Copy)]
pub struct V2<'a> {
    client: &'a Client,
}

impl V2<'_> {
    /// `GET /api/event`. Note: server 1.18.33 ends this stream as soon as certain events are
    /// published (the stream reconnects and says so with `Reconnected`).
    pub fn events(&self) -> EventStream<V2Event> {
        opencode_sse::v2_events(self.client.transport())
    }

    /// `GET /api/session/{id}/event`: a v2 session's events (no heartbeats; the server
    /// sends no headers until the first event).
    pub fn session_events(&self, session_id: impl Into<String>) -> EventStream<V2Event> {
        opencode_sse::v2_session_events(self.client.transport(), session_id)
    }
}

/// Configures a [`Client`].
#[derive(Debug)]
#[must_use = "call .build() to get a client"]
pub struct ClientBuilder {
    inner: opencode_transport::ClientBuilder,
}

impl ClientBuilder {
    /// The server URL, e.g. `http://127.0.0.1:4096`.
    pub fn base_url(mut self, base_url: impl AsRef<str>) -> Self {
        self.inner = self.inner.base_url(base_url);
        self
    }

    /// The project directory requests and event streams are for (default: the server's).
    pub fn directory(mut self, directory: impl Into<String>) -> Self {
        self.inner = self.inner.directory(directory);
        self
    }

    /// The workspace requests are for.
    pub fn workspace(mut self, workspace: impl Into<String>) -> Self {
        self.inner = self.inner.workspace(workspace);
        self
    }

    /// Basic auth with the user `opencode` (as `OPENCODE_SERVER_PASSWORD` sets it).
    pub fn password(mut self, password: impl Into<String>) -> Self {
        self.inner = self.inner.password(password.into());
        self
    }

    /// Basic auth with another user name.
    pub fn basic_auth(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
        self.inner = self.inner.basic_auth(username, password.into());
        self
    }

    /// Reads `OPENCODE_SERVER_URL`, `OPENCODE_SERVER_PASSWORD`, `OPENCODE_SERVER_USERNAME`.
    pub fn from_env(mut self) -> Self {
        self.inner = self.inner.from_env();
        self
    }

    /// Retry policy for transient failures (GET/PUT/DELETE; POSTs only before they reach
    /// the server).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }

    /// Checks each operation against the server's own `/doc` (fetched once) before sending
    /// it: one the server lacks fails with `UnsupportedByServer` and nothing is sent (see
    /// [`opencode_transport::ClientBuilder::check_operations`]). Default: off.
    pub fn check_operations(mut self, yes: bool) -> Self {
        self.inner = self.inner.check_operations(yes);
        self
    }

    /// Connect, per-attempt and whole-call timeouts (event streams have none).
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.inner = self.inner.timeouts(timeouts);
        self
    }

    /// How long an idle pooled connection is kept.
    pub fn pool_idle_timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.pool_idle_timeout(timeout);
        self
    }

    /// Adds a tower layer around every HTTP attempt (the first added is outermost).
    pub fn layer<L>(mut self, layer: L) -> Self
    where
        L: Layer<HttpService> + Send + Sync + 'static,
        L::Service: Service<http::Request<RequestBody>, Response = http::Response<ResponseBody>>
            + Clone
            + Send
            + Sync
            + 'static,
        <L::Service as Service<http::Request<RequestBody>>>::Error: Into<BoxError>,
        <L::Service as Service<http::Request<RequestBody>>>::Future: Send + 'static,
    {
        self.inner = self.inner.layer(layer);
        self
    }

    /// Trusts `certificate` (DER, or PEM with `CERTIFICATE` blocks) for `https://` servers
    /// in addition to the webpki roots: a private CA or a self-signed server.
    #[cfg(feature = "rustls")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rustls")))]
    pub fn add_root_certificate(mut self, certificate: impl Into<Vec<u8>>) -> Self {
        self.inner = self.inner.add_root_certificate(certificate);
        self
    }

    /// The client.
    pub fn build(self) -> Result<Client, Error> {
        Ok(Client::from_transport(self.inner.build()?))
    }
}
