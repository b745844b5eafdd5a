//! The SDK transport as a [`Connect`]or, and the stream constructors built on it.
//!
//! [`TransportConnector`] opens each connection with
//! [`opencode_transport::Client::send_streaming`], so event streams get the same base URL,
//! directory routing, authentication and TLS as every other call of the client.
//! [`Endpoint`] names the server's four event streams; the functions [`events`],
//! [`global_events`], [`v2_events`], [`v2_session_events`] (and their `raw_*` twins) are the
//! short way to open one.

use std::fmt;

use http::StatusCode;
use opencode_transport::{ApiRequest, Client, ResponseFormat};
use opencode_types::{Event, GlobalEvent, V2Event};

use crate::connect::{Connect, ConnectError, ConnectFuture};
use crate::event::{RawEvent, StreamEvent};
use crate::router::Router;
use crate::stream::{EventStream, StreamConfig};

/// Opens event-stream connections through the SDK's HTTP [`Client`].
///
/// Each connection sends `request` (a `GET` of an event route) with
/// [`Client::send_streaming`]: no per-attempt or total timeout (a stream may stay open for
/// hours, and the v2 session stream sends no headers until its first event), while the
/// client's connect timeout and its retries of failed connects still apply.
///
/// Transport errors become [`ConnectError`]s: 401, 403 and 404 answers, the server's HTML
/// page for an unknown route (`UnsupportedByServer`), other non-event-stream answers and
/// requests that cannot be built are fatal; connection failures, timeouts and other
/// statuses (5xx, 429) are retried by the stream.
#[derive(Clone)]
pub struct TransportConnector {
    client: Client,
    request: ApiRequest,
}

impl fmt::Debug for TransportConnector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportConnector")
            .field("client", &self.client)
            .field("route", &self.request.route())
            .finish()
    }
}

impl TransportConnector {
    /// A connector sending `request` through `client`.
    ///
    /// The request is set to expect `text/event-stream` and to be tried once per
    /// connection attempt (the stream's [`Backoff`](crate::Backoff) does the retrying, so
    /// the client's retry policy must not multiply it); everything else about it (path,
    /// query, directory) is kept.
    pub fn new(client: Client, request: ApiRequest) -> Self {
        let request = request
            .format(ResponseFormat::EventStream)
            .per_attempt_timeout(None)
            .total_timeout(None)
            .max_attempts(1);
        Self { client, request }
    }

    /// The client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The request sent for each connection.
    pub fn request(&self) -> &ApiRequest {
        &self.request
    }
}

impl Connect for TransportConnector {
    fn connect(&self) -> ConnectFuture {
        let client = self.client.clone();
        let request = self.request.clone();
        Box::pin(async move {
            // The transport's streaming body is the same boxed body type as ours.
            client.send_streaming(request).await.map_err(connect_error)
        })
    }
}

/// Maps a transport error to a [`ConnectError`], deciding what is worth retrying.
pub(crate) fn connect_error(error: opencode_transport::Error) -> ConnectError {
    use opencode_transport::Error as E;
    let message = error.to_string();
    match error {
        E::Api { status, .. } => ConnectError::from_status(status, None)
            .with_message(message)
            .with_source(error),
        E::UnsupportedByServer { evidence, .. } => {
            let page = (evidence == opencode_transport::UnsupportedEvidence::WebPage)
                .then(|| "text/html".to_owned());
            ConnectError::from_status(StatusCode::OK, page)
                .with_message(message)
                .with_source(error)
                .fatal()
        }
        E::UnexpectedContentType {
            status,
            ref content_type,
            ..
        } => ConnectError::from_status(status, content_type.clone())
            .with_message(message)
            .with_source(error)
            .fatal(),
        // A request that cannot be built never will be.
        E::Build { .. } => ConnectError::new(error).fatal(),
        // Connect failures, broken connections, timeouts and the rest: try again later.
        _ => ConnectError::new(error),
    }
}

/// One of the server's event streams.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Endpoint {
    /// `GET /event`: the events of one instance (the client's default directory, or the
    /// server's working directory). Heartbeat every 10 s.
    Instance,
    /// `GET /global/event`: the events of every instance, wrapped as
    /// `{directory, project, payload}`. Heartbeat every 10 s. No directory is sent.
    Global,
    /// `GET /api/event`: v2-shaped events (`data` instead of `properties`) of the client's
    /// default directory. `: heartbeat` comment every 15 s.
    V2,
    /// `GET /api/session/{id}/event`: the v2 events of one session. No heartbeat, and no
    /// response headers until the session's first v2 event.
    V2Session(String),
}

impl Endpoint {
    /// The request that opens this stream.
    pub fn request(&self) -> ApiRequest {
        match self {
            Endpoint::Instance => ApiRequest::get("/event"),
            Endpoint::Global => ApiRequest::get("/global/event")
                .clear_directory()
                .clear_workspace(),
            Endpoint::V2 => ApiRequest::get("/api/event"),
            Endpoint::V2Session(id) => {
                ApiRequest::get("/api/session/{sessionID}/event").path_param("sessionID", id)
            }
        }
    }

    /// The settings that fit this stream: the default heartbeat watchdog, or none for
    /// [`V2Session`](Self::V2Session) (see [`StreamConfig::without_heartbeat`]).
    pub fn config(&self) -> StreamConfig {
        match self {
            Endpoint::V2Session(_) => StreamConfig::without_heartbeat(),
            _ => StreamConfig::default(),
        }
    }

    /// A connector for this stream through `client`.
    pub fn connector(&self, client: &Client) -> TransportConnector {
        TransportConnector::new(client.clone(), self.request())
    }

    /// Opens this stream through `client` with [`config`](Self::config), decoding events
    /// as `T` (a generated event type, [`RawEvent`] or [`serde_json::Value`]).
    pub fn stream<T: StreamEvent>(&self, client: &Client) -> EventStream<T> {
        self.stream_with_config(client, self.config())
    }

    /// Like [`stream`](Self::stream) with other settings.
    pub fn stream_with_config<T: StreamEvent>(
        &self,
        client: &Client,
        config: StreamConfig,
    ) -> EventStream<T> {
        EventStream::with_config(self.connector(client), config)
    }
}

/// The typed events of the client's instance (`GET /event`).
///
/// The instance is the client's default directory ([`Client::with_directory`]), or the
/// server's working directory. Nothing is sent until the stream is polled; wait for
/// [`StreamItem::Connected`](crate::StreamItem::Connected) before sending the request whose
/// events you want.
pub fn events(client: &Client) -> EventStream<Event> {
    Endpoint::Instance.stream(client)
}

/// The events of the client's instance as raw JSON ([`RawEvent`]).
pub fn raw_events(client: &Client) -> EventStream<RawEvent> {
    Endpoint::Instance.stream(client)
}

/// The typed events of every instance of the server (`GET /global/event`).
///
/// Each item says which directory it came from ([`GlobalEvent::directory`]). The durable
/// duplicates (`sync` frames) are dropped unless
/// [`with_sync_frames(true)`](EventStream::with_sync_frames).
pub fn global_events(client: &Client) -> EventStream<GlobalEvent> {
    Endpoint::Global.stream(client)
}

/// The events of every instance as raw JSON ([`RawEvent`]).
pub fn raw_global_events(client: &Client) -> EventStream<RawEvent> {
    Endpoint::Global.stream(client)
}

/// The typed v2 events of the client's instance (`GET /api/event`).
///
/// The server (1.17–1.18) ends this stream on some events (for example as soon as a v1
/// prompt starts); the stream reconnects and reports the gap.
pub fn v2_events(client: &Client) -> EventStream<V2Event> {
    Endpoint::V2.stream(client)
}

/// The v2 events of the client's instance as raw JSON ([`RawEvent`]).
pub fn raw_v2_events(client: &Client) -> EventStream<RawEvent> {
    Endpoint::V2.stream(client)
}

/// The typed v2 events of one session (`GET /api/session/{id}/event`).
///
/// This stream has no heartbeat and sends no response headers until the session's first
/// v2 event, so it runs without watchdog and without header timeout.
pub fn v2_session_events(client: &Client, session_id: impl Into<String>) -> EventStream<V2Event> {
    Endpoint::V2Session(session_id.into()).stream(client)
}

/// The v2 events of one session as raw JSON ([`RawEvent`]).
pub fn raw_v2_session_events(
    client: &Client,
    session_id: impl Into<String>,
) -> EventStream<RawEvent> {
    Endpoint::V2Session(session_id.into()).stream(client)
}

/// A [`Router`] over one `/event` connection of the client's instance, its driver spawned
/// on the current Tokio runtime. Subscribe per session with [`Router::subscribe`].
///
/// # Panics
///
/// When called outside a Tokio runtime (use [`Router::new`] with [`events`] and run the
/// driver yourself there).
pub fn event_router(client: &Client) -> Router<Event> {
    Router::spawn(events(client))
}

/// A [`Router`] over one `/global/event` connection (every instance), its driver spawned
/// on the current Tokio runtime.
///
/// # Panics
///
/// When called outside a Tokio runtime.
pub fn global_event_router(client: &Client) -> Router<GlobalEvent> {
    Router::spawn(global_events(client))
}

#[cfg(test)]
mod tests {
    use super::*;
    use opencode_transport::Error as E;

    #[test]
    fn errors_that_retrying_cannot_fix_are_fatal() {
        let api = |status: u16| E::Api {
            status: StatusCode::from_u16(status).unwrap(),
            kind: opencode_transport::ApiErrorKind::Empty,
            message: None,
            raw_body: Default::default(),
        };
        for status in [401, 403, 404] {
            let e = connect_error(api(status));
            assert!(e.is_fatal(), "{status}");
            assert_eq!(e.status().map(|s| s.as_u16()), Some(status));
        }
        for status in [500, 502, 503, 429] {
            assert!(!connect_error(api(status)).is_fatal(), "{status}");
        }
        let html = connect_error(E::UnsupportedByServer {
            method: http::Method::GET,
            path: "/event".into(),
            evidence: opencode_transport::UnsupportedEvidence::WebPage,
        });
        assert!(html.is_fatal());
        assert_eq!(html.content_type(), Some("text/html"));
        let json = connect_error(E::UnexpectedContentType {
            expected: "text/event-stream",
            status: StatusCode::OK,
            content_type: Some("application/json".into()),
            raw_body: Default::default(),
        });
        assert!(json.is_fatal());
        let timeout = connect_error(E::Timeout {
            kind: opencode_transport::TimeoutKind::Connect,
        });
        assert!(!timeout.is_fatal());
        assert!(std::error::Error::source(&timeout).is_some());
    }

    #[test]
    fn endpoints_build_the_documented_requests() {
        let client = Client::builder()
            .base_url("http://127.0.0.1:4096")
            .directory("/srv/my app")
            .build()
            .unwrap();
        let uri = |e: Endpoint| {
            e.connector(&client)
                .request()
                .clone()
                .into_http(client.config())
                .unwrap()
                .uri()
                .to_string()
        };
        assert_eq!(
            uri(Endpoint::Instance),
            "http://127.0.0.1:4096/event?directory=%2Fsrv%2Fmy%20app"
        );
        assert_eq!(uri(Endpoint::Global), "http://127.0.0.1:4096/global/event");
        assert!(uri(Endpoint::V2).starts_with("http://127.0.0.1:4096/api/event?location"));
        assert!(
            uri(Endpoint::V2Session("ses_1".into()))
                .starts_with("http://127.0.0.1:4096/api/session/ses_1/event?")
        );
        let accept = Endpoint::Instance
            .connector(&client)
            .request()
            .clone()
            .into_http(client.config())
            .unwrap()
            .headers()[http::header::ACCEPT]
            .clone();
        assert_eq!(accept, "text/event-stream");
        assert_eq!(Endpoint::V2Session("s".into()).config().idle_timeout, None);
        assert!(Endpoint::Instance.config().idle_timeout.is_some());
    }
}
