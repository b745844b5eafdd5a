//! What an event type must tell the stream: [`StreamEvent`], with implementations for
//! [`serde_json::Value`] and the zero-copy [`RawEvent`].

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use bytes::Bytes;
use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// An event type an [`EventStream`](crate::EventStream) can decode.
///
/// The generated `Event` enum of the types crate implements this (in a few lines: its
/// `type` tag says heartbeat or sync, its properties carry the session id). The stream uses
/// it to hide heartbeats, to drop the duplicate sync frames of `/global/event`, and the
/// [`Router`](crate::Router) uses it to route events by session.
pub trait StreamEvent: DeserializeOwned + Send + 'static {
    /// Decodes one frame's `data`. The default parses it as JSON with serde. On failure
    /// the data is handed back so the error item can carry it.
    fn decode(data: String) -> Result<Self, DecodeFailure> {
        match serde_json::from_str(&data) {
            Ok(event) => Ok(event),
            Err(error) => Err(DecodeFailure { data, error }),
        }
    }

    /// Whether this is a server heartbeat (`server.heartbeat`), hidden unless asked for.
    fn is_heartbeat(&self) -> bool;

    /// The session this event belongs to, if any.
    fn session_id(&self) -> Option<&str>;

    /// Whether this is a sync frame (`type: "sync"`: the durable copy that follows a bus
    /// event on `/global/event`), dropped unless asked for.
    fn is_sync(&self) -> bool {
        false
    }
}

/// A frame whose data did not decode, returned by [`StreamEvent::decode`].
#[derive(Debug)]
pub struct DecodeFailure {
    /// The frame's data, unchanged.
    pub data: String,
    /// Why it did not decode.
    pub error: serde_json::Error,
}

const HEARTBEAT: &str = "server.heartbeat";
const SYNC: &str = "sync";

/// Works on every stream shape the server sends: `/event` (`{type, properties}`),
/// `/global/event` (`{directory, payload: {type, properties}}`, including
/// `payload.syncEvent`) and `/api/event` (`{type, data, durable}`).
impl StreamEvent for Value {
    fn is_heartbeat(&self) -> bool {
        event_type(self) == Some(HEARTBEAT)
    }

    fn session_id(&self) -> Option<&str> {
        let inner = self.get("payload").unwrap_or(self);
        if let Some(sync) = inner.get("syncEvent") {
            return sync.get("aggregateID").and_then(Value::as_str);
        }
        let kind = inner.get("type").and_then(Value::as_str).unwrap_or("");
        for body in [inner.get("properties"), inner.get("data")]
            .into_iter()
            .flatten()
        {
            let found = str_at(body, "sessionID")
                .or_else(|| body.get("info").and_then(|i| str_at(i, "sessionID")))
                .or_else(|| body.get("part").and_then(|p| str_at(p, "sessionID")))
                .or_else(|| {
                    kind.starts_with("session.")
                        .then(|| body.get("info").and_then(|i| str_at(i, "id")))
                        .flatten()
                });
            if found.is_some() {
                return found;
            }
        }
        inner
            .get("durable")
            .and_then(|d| str_at(d, "aggregateID"))
            .filter(|id| id.starts_with("ses"))
    }

    fn is_sync(&self) -> bool {
        event_type(self) == Some(SYNC)
    }
}

fn event_type(v: &Value) -> Option<&str> {
    v.get("payload")
        .unwrap_or(v)
        .get("type")
        .and_then(Value::as_str)
}

fn str_at<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// One event as the raw JSON text the server sent, plus what a cheap look at it found.
///
/// Decoding a `RawEvent` checks that the data is JSON and reads only the `type` and
/// session fields; the text itself is kept without a copy.
#[derive(Clone, PartialEq, Eq)]
pub struct RawEvent {
    json: Bytes,
    kind: Option<Arc<str>>,
    session_id: Option<Arc<str>>,
    sync: bool,
}

impl RawEvent {
    /// The frame's data (one JSON document).
    pub fn json(&self) -> &Bytes {
        &self.json
    }

    /// The data as text.
    pub fn as_str(&self) -> &str {
        // Built only from `String`s, so always UTF-8; the fallback is never taken.
        std::str::from_utf8(&self.json).unwrap_or_default()
    }

    /// The event type (`payload.type` inside the `/global/event` envelope).
    pub fn kind(&self) -> Option<&str> {
        self.kind.as_deref()
    }

    /// Consumes the event, returning the JSON bytes.
    pub fn into_json(self) -> Bytes {
        self.json
    }

    /// Parses the JSON into any type.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.json)
    }

    fn from_string(data: String) -> Result<Self, DecodeFailure> {
        let (kind, session_id, sync) = match serde_json::from_str::<Peek<'_>>(&data) {
            Ok(peek) => peek.summary(),
            Err(error) => return Err(DecodeFailure { data, error }),
        };
        let kind = kind.map(Arc::from);
        let session_id = session_id.map(Arc::from);
        Ok(Self {
            json: Bytes::from(data),
            kind,
            session_id,
            sync,
        })
    }
}

impl fmt::Debug for RawEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("RawEvent").field(&self.as_str()).finish()
    }
}

impl<'de> Deserialize<'de> for RawEvent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(d)?;
        RawEvent::from_string(raw.get().to_owned()).map_err(|f| de::Error::custom(f.error))
    }
}

impl StreamEvent for RawEvent {
    fn decode(data: String) -> Result<Self, DecodeFailure> {
        RawEvent::from_string(data)
    }

    fn is_heartbeat(&self) -> bool {
        self.kind.as_deref() == Some(HEARTBEAT)
    }

    fn session_id(&self) -> Option<&str> {
        self.session_id.as_deref()
    }

    fn is_sync(&self) -> bool {
        self.sync
    }
}

/// Reads the session id of a frame that failed to decode, if its JSON allows.
pub(crate) fn peek_session_id(data: &str) -> Option<Arc<str>> {
    let peek: Peek<'_> = serde_json::from_str(data).ok()?;
    peek.summary().1.map(Arc::from)
}

/// A lenient view of the fields used for routing; every other field is skipped.
#[derive(Deserialize, Default)]
struct Peek<'a> {
    #[serde(rename = "type", borrow, default)]
    kind: Lenient<Cow<'a, str>>,
    #[serde(borrow, default)]
    properties: Lenient<Body<'a>>,
    #[serde(borrow, default)]
    data: Lenient<Body<'a>>,
    #[serde(borrow, default)]
    durable: Lenient<Aggregate<'a>>,
    #[serde(rename = "syncEvent", borrow, default)]
    sync_event: Lenient<Aggregate<'a>>,
    #[serde(borrow, default)]
    payload: Lenient<Box<Peek<'a>>>,
}

#[derive(Deserialize, Default)]
struct Body<'a> {
    #[serde(rename = "sessionID", borrow, default)]
    session_id: Lenient<Cow<'a, str>>,
    #[serde(borrow, default)]
    info: Lenient<Info<'a>>,
    #[serde(borrow, default)]
    part: Lenient<Info<'a>>,
}

#[derive(Deserialize, Default)]
struct Info<'a> {
    #[serde(rename = "sessionID", borrow, default)]
    session_id: Lenient<Cow<'a, str>>,
    #[serde(borrow, default)]
    id: Lenient<Cow<'a, str>>,
}

#[derive(Deserialize, Default)]
struct Aggregate<'a> {
    #[serde(rename = "aggregateID", borrow, default)]
    aggregate_id: Lenient<Cow<'a, str>>,
}

impl<'a> Peek<'a> {
    /// (type, session id, is sync)
    fn summary(self) -> (Option<String>, Option<String>, bool) {
        if let Some(inner) = self.payload.0 {
            return inner.summary();
        }
        let kind = self.kind.0.map(Cow::into_owned);
        let sync = kind.as_deref() == Some(SYNC);
        if let Some(agg) = self.sync_event.0 {
            return (kind, agg.aggregate_id.0.map(Cow::into_owned), sync);
        }
        let is_session_kind = kind.as_deref().is_some_and(|k| k.starts_with("session."));
        let mut session = None;
        for body in [self.properties.0, self.data.0].into_iter().flatten() {
            session = body
                .session_id
                .0
                .or_else(|| body.info.0.as_ref().and_then(|i| i.session_id.0.clone()))
                .or_else(|| body.part.0.and_then(|p| p.session_id.0))
                .or_else(|| {
                    is_session_kind
                        .then(|| body.info.0.and_then(|i| i.id.0))
                        .flatten()
                });
            if session.is_some() {
                break;
            }
        }
        let session = session.or_else(|| {
            self.durable
                .0
                .and_then(|d| d.aggregate_id.0)
                .filter(|id| id.starts_with("ses"))
        });
        (kind, session.map(Cow::into_owned), sync)
    }
}

/// `Some(T)` when the value has the expected shape, `None` for any other JSON value
/// (which is skipped, never an error).
struct Lenient<T>(Option<T>);

impl<T> Default for Lenient<T> {
    fn default() -> Self {
        Self(None)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LenientVisitor(PhantomData))
    }
}

struct LenientVisitor<T>(PhantomData<T>);

macro_rules! lenient_scalar {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method<E: de::Error>(self, _: $ty) -> Result<Self::Value, E> {
            Ok(Lenient(None))
        })*
    };
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for LenientVisitor<T> {
    type Value = Lenient<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Lenient(
            T::deserialize(de::value::BorrowedStrDeserializer::<E>::new(v)).ok(),
        ))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Lenient(
            T::deserialize(de::value::StringDeserializer::<E>::new(v.to_owned())).ok(),
        ))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|t| Lenient(Some(t)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Lenient(None))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Lenient(None))
    }

    lenient_scalar!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SES: &str = "ses_1";

    fn shapes() -> Vec<(Value, Option<&'static str>, bool, bool)> {
        // (event, session, heartbeat, sync)
        vec![
            (
                json!({"id":"evt_1","type":"message.part.delta","properties":{"sessionID":SES,"delta":"Hi"}}),
                Some(SES),
                false,
                false,
            ),
            (
                json!({"type":"message.updated","properties":{"info":{"id":"msg_1","sessionID":SES}}}),
                Some(SES),
                false,
                false,
            ),
            (
                json!({"type":"message.part.updated","properties":{"part":{"sessionID":SES},"time":1}}),
                Some(SES),
                false,
                false,
            ),
            (
                json!({"type":"session.created","properties":{"info":{"id":SES}}}),
                Some(SES),
                false,
                false,
            ),
            (
                json!({"directory":"/d","payload":{"type":"session.idle","properties":{"sessionID":SES}}}),
                Some(SES),
                false,
                false,
            ),
            (
                json!({"directory":"/d","payload":{"type":"sync","syncEvent":{"aggregateID":SES,"seq":0},"id":"evt_1"}}),
                Some(SES),
                false,
                true,
            ),
            (
                json!({"payload":{"id":"evt_1","type":"server.heartbeat","properties":{}}}),
                None,
                true,
                false,
            ),
            (
                json!({"id":"evt_1","type":"server.heartbeat","properties":{}}),
                None,
                true,
                false,
            ),
            (
                json!({"id":"evt_1","type":"session.created","durable":{"aggregateID":SES,"seq":0},"data":{"title":"x"}}),
                Some(SES),
                false,
                false,
            ),
            (
                json!({"type":"catalog.updated","location":{"directory":"/d"},"data":"odd"}),
                None,
                false,
                false,
            ),
            (
                json!({"type":"project.updated","properties":{"info":{"id":"prj"}}}),
                None,
                false,
                false,
            ),
        ]
    }

    #[test]
    fn value_and_raw_agree_on_every_shape() {
        for (value, session, heartbeat, sync) in shapes() {
            assert_eq!(value.session_id(), session, "{value}");
            assert_eq!(value.is_heartbeat(), heartbeat, "{value}");
            assert_eq!(value.is_sync(), sync, "{value}");
            let raw = RawEvent::decode(value.to_string()).expect("raw decodes");
            assert_eq!(raw.session_id(), session, "{value}");
            assert_eq!(raw.is_heartbeat(), heartbeat, "{value}");
            assert_eq!(raw.is_sync(), sync, "{value}");
            assert_eq!(raw.as_str(), value.to_string());
        }
    }

    #[test]
    fn raw_rejects_invalid_json_and_peek_survives_odd_shapes() {
        assert!(RawEvent::decode("{not json".into()).is_err());
        assert_eq!(
            peek_session_id(r#"{"type":1,"properties":[1,{"a":2}],"payload":null}"#),
            None
        );
        assert_eq!(
            peek_session_id(r#"{"type":"x","properties":{"sessionID":"ses_9","n":"bad"}}"#)
                .as_deref(),
            Some("ses_9")
        );
    }
}
