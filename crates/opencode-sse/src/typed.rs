//! [`StreamEvent`] for the generated event types of `opencode-types`.

use opencode_types::{Event, GlobalEvent, GlobalPayload, V2Event};

use crate::event::{DecodeFailure, StreamEvent};

/// Decodes with a union's `from_json`: the tag is read first (a short scan), then only the
/// named variant is decoded, with no intermediate copy of the frame.
fn decode_with<T>(
    data: String,
    from_json: fn(&str) -> Result<T, serde_json::Error>,
) -> Result<T, DecodeFailure> {
    match from_json(&data) {
        Ok(event) => Ok(event),
        Err(error) => Err(DecodeFailure { data, error }),
    }
}

/// The events of `/event`. Heartbeats are [`Event::ServerHeartbeat`]; unknown event types
/// decode as [`Event::Unknown`] (never an error), a known type whose fields do not match
/// is an [`Error::Decode`](crate::Error::Decode) item carrying the raw frame.
impl StreamEvent for Event {
    fn decode(data: String) -> Result<Self, DecodeFailure> {
        // Frames of releases before 1.4 are upgraded (only when the direct decode fails).
        decode_with(data, opencode_types::compat::event_from_json)
    }

    fn is_heartbeat(&self) -> bool {
        matches!(self, Event::ServerHeartbeat(_))
    }

    fn session_id(&self) -> Option<&str> {
        Event::session_id(self)
    }
}

/// The frames of `/global/event`: heartbeats and sync frames are read from the payload, as
/// is the session.
impl StreamEvent for GlobalEvent {
    fn is_heartbeat(&self) -> bool {
        matches!(
            self.payload,
            GlobalPayload::Event(Event::ServerHeartbeat(_))
        )
    }

    fn session_id(&self) -> Option<&str> {
        self.payload.session_id()
    }

    fn is_sync(&self) -> bool {
        matches!(self.payload, GlobalPayload::Sync(_))
    }
}

/// The events of `/api/event` and `/api/session/{id}/event`. Their heartbeat is an SSE
/// comment, handled below the decoder, so no decoded event is a heartbeat.
impl StreamEvent for V2Event {
    fn decode(data: String) -> Result<Self, DecodeFailure> {
        decode_with(data, V2Event::from_json)
    }

    fn is_heartbeat(&self) -> bool {
        false
    }

    fn session_id(&self) -> Option<&str> {
        V2Event::session_id(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode<T: StreamEvent>(json: &str) -> T {
        match T::decode(json.to_owned()) {
            Ok(event) => event,
            Err(failure) => panic!("{json}: {}", failure.error),
        }
    }

    #[test]
    fn instance_events() {
        let hb: Event = decode(r#"{"id":"evt_1","type":"server.heartbeat","properties":{}}"#);
        assert!(hb.is_heartbeat());
        assert!(!hb.is_sync());
        assert_eq!(StreamEvent::session_id(&hb), None);
        let delta: Event = decode(
            r#"{"id":"evt_2","type":"message.part.delta","properties":{"sessionID":"ses_a","messageID":"msg_1","partID":"prt_1","field":"text","delta":"Hi"}}"#,
        );
        assert!(!delta.is_heartbeat());
        assert_eq!(StreamEvent::session_id(&delta), Some("ses_a"));
        let unknown: Event = decode(r#"{"id":"evt_3","type":"brand.new","properties":{}}"#);
        assert!(!unknown.is_heartbeat());
        assert_eq!(unknown.kind(), "brand.new");
        // A known type with the wrong fields is an error, not `Unknown`.
        assert!(Event::decode(r#"{"type":"session.idle","properties":{}}"#.into()).is_err());
    }

    #[test]
    fn global_events() {
        let hb: GlobalEvent =
            decode(r#"{"payload":{"id":"evt_1","type":"server.heartbeat","properties":{}}}"#);
        assert!(hb.is_heartbeat());
        let idle: GlobalEvent = decode(
            r#"{"directory":"/d","project":"p","payload":{"id":"evt_2","type":"session.idle","properties":{"sessionID":"ses_b"}}}"#,
        );
        assert!(!idle.is_heartbeat() && !idle.is_sync());
        assert_eq!(StreamEvent::session_id(&idle), Some("ses_b"));
        assert_eq!(idle.directory.as_deref(), Some("/d"));
        let line = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../opencode-types/tests/fixtures/wire/global_events.ndjson"
        ))
        .expect("wire corpus");
        let sync = line
            .lines()
            .find(|l| l.contains(r#""type":"sync""#))
            .expect("a sync frame in the corpus");
        let sync: GlobalEvent = decode(sync);
        assert!(sync.is_sync());
        assert!(StreamEvent::session_id(&sync).is_some_and(|s| s.starts_with("ses")));
    }

    #[test]
    fn v2_events() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../opencode-types/tests/fixtures/wire/v2_events.ndjson"
        ))
        .expect("wire corpus");
        let mut sessions = 0;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let event: V2Event = decode(line);
            assert!(!event.is_heartbeat());
            sessions += usize::from(StreamEvent::session_id(&event).is_some());
        }
        assert!(sessions > 0, "no v2 event with a session in the corpus");
    }
}
