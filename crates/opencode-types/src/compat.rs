//! Frames of older server releases, brought to the envelope this crate is generated from.
//!
//! Servers before 1.4 (1.3.2 observed) leave `properties.sessionID` out of the events whose
//! payload already names the session: `session.*` carry the session as `info` (its `id`),
//! `message.updated` the message as `info` (its `sessionID`), `message.part.updated` the
//! part (its `sessionID`). [`upgrade_event`] copies that id up, so the event decodes into
//! the current type with the same data. Nothing is invented: a frame that does not name
//! its session stays as it is (and fails to decode, with its raw bytes).

use serde_json::Value;

/// Rewrites an `/event` frame of an older server in place; `true` when it changed it.
pub fn upgrade_event(frame: &mut Value) -> bool {
    let Some(kind) = frame.get("type").and_then(Value::as_str) else {
        return false;
    };
    let source: &[&str] = match kind {
        "session.created" | "session.updated" | "session.deleted" => &["info", "id"],
        "message.updated" => &["info", "sessionID"],
        "message.part.updated" => &["part", "sessionID"],
        _ => return false,
    };
    let Some(props) = frame.get_mut("properties").and_then(Value::as_object_mut) else {
        return false;
    };
    if props.contains_key("sessionID") {
        return false;
    }
    let id = props
        .get(source[0])
        .and_then(|v| v.get(source[1]))
        .and_then(Value::as_str)
        .map(str::to_owned);
    match id {
        Some(id) => {
            props.insert("sessionID".to_owned(), Value::String(id));
            true
        }
        None => false,
    }
}

/// Decodes an `/event` frame, upgrading it first when it is in an older release's shape.
/// The error is the one the frame itself gave, so it describes what the server sent.
pub fn event_from_json(json: &str) -> Result<crate::Event, serde_json::Error> {
    match crate::Event::from_json(json) {
        Ok(event) => Ok(event),
        Err(error) => {
            let Ok(mut value) = serde_json::from_str::<Value>(json) else {
                return Err(error);
            };
            if !upgrade_event(&mut value) {
                return Err(error);
            }
            crate::Event::from_json(&value.to_string()).map_err(|_| error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_frames_decode_with_the_session_they_name() {
        // Frames as server 1.3.2 sends them: no `id`, no `properties.sessionID`.
        let created = r#"{"type":"session.created","properties":{"info":{"id":"ses_1","slug":"s","projectID":"p","directory":"/d","title":"t","version":"1.3.2","time":{"created":1,"updated":1}}}}"#;
        let event = event_from_json(created).unwrap();
        assert_eq!(event.kind(), "session.created");
        assert_eq!(event.session_id(), Some("ses_1"));
        assert_eq!(event.id(), None);

        let part = r#"{"type":"message.part.updated","properties":{"part":{"id":"prt_1","sessionID":"ses_2","messageID":"msg_1","type":"text","text":"hi"}}}"#;
        let event = event_from_json(part).unwrap();
        assert_eq!(event.session_id(), Some("ses_2"));
    }

    #[test]
    fn a_frame_that_names_no_session_keeps_its_own_error() {
        let frame = r#"{"type":"message.updated","properties":{"info":{"role":"user"}}}"#;
        let direct = crate::Event::from_json(frame).unwrap_err().to_string();
        assert_eq!(event_from_json(frame).unwrap_err().to_string(), direct);
        let mut value: Value = serde_json::from_str(frame).unwrap();
        assert!(!upgrade_event(&mut value));
    }
}
