//! The `/global/event` envelope, written by hand because the spec gets it wrong for the real
//! server: `server.connected` and `server.heartbeat` frames carry no `directory`, and durable
//! events are repeated as `sync` frames whose own tag sits at `syncEvent.type`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Event, SyncEvent};

/// One frame of `/global/event`: an event of some instance (directory), or of the server.
///
/// ```
/// use opencode_types::{GlobalEvent, GlobalPayload};
/// let frame = r#"{"payload":{"id":"evt_1","type":"server.heartbeat","properties":{}}}"#;
/// let event: GlobalEvent = serde_json::from_str(frame)?;
/// assert_eq!(event.directory, None);
/// assert!(matches!(event.payload, GlobalPayload::Event(_)));
/// assert_eq!(event.payload.kind(), "server.heartbeat");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GlobalEvent {
    /// The instance directory; `"global"` for server-wide events; absent on
    /// `server.connected` and `server.heartbeat`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory: Option<String>,
    /// The project id of the instance, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// The workspace id, when the event belongs to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<String>,
    /// The event itself.
    pub payload: GlobalPayload,
    /// Properties this version of the SDK does not know, kept as sent.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}

impl GlobalEvent {
    /// A frame for `payload` in `directory`.
    pub fn new(directory: Option<String>, payload: GlobalPayload) -> Self {
        GlobalEvent {
            directory,
            project: None,
            workspace: None,
            payload,
            additional: Default::default(),
        }
    }
}

/// What a `/global/event` frame carries.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GlobalPayload {
    /// A bus event, as `/event` sends it (unknown kinds become [`Event::Unknown`]).
    Event(Event),
    /// The durable copy of the previous event (`"type":"sync"`), with its sequence number.
    Sync(SyncEvent),
}

impl GlobalPayload {
    /// The event type (`"sync"` for sync frames).
    pub fn kind(&self) -> &str {
        match self {
            GlobalPayload::Event(e) => e.kind(),
            GlobalPayload::Sync(_) => "sync",
        }
    }

    /// The bus event, if this is not a sync frame.
    pub fn as_event(&self) -> Option<&Event> {
        match self {
            GlobalPayload::Event(e) => Some(e),
            GlobalPayload::Sync(_) => None,
        }
    }

    /// The session the event is about, if any.
    pub fn session_id(&self) -> Option<&str> {
        match self {
            GlobalPayload::Event(e) => e.session_id(),
            GlobalPayload::Sync(s) => s.session_id(),
        }
    }
}

impl GlobalPayload {
    /// Decodes JSON text: `"type":"sync"` is a [`SyncEvent`] (told apart by
    /// `syncEvent.type`), anything else an [`Event`].
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        let kind = crate::__private::tag::<serde_json::Error>(json, &["type"], "GlobalPayload")?;
        if kind == "sync" {
            SyncEvent::from_json(json).map(GlobalPayload::Sync)
        } else {
            Event::from_json(json).map(GlobalPayload::Event)
        }
    }
}

impl<'de> Deserialize<'de> for GlobalPayload {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        GlobalPayload::from_json(raw.get()).map_err(serde::de::Error::custom)
    }
}

impl Serialize for GlobalPayload {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            GlobalPayload::Event(e) => e.serialize(s),
            GlobalPayload::Sync(e) => e.serialize(s),
        }
    }
}
