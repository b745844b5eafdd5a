//! Decoding rules of the generated types, on frames the real server sends.

use opencode_types::{
    Event, GlobalEvent, GlobalPayload, LogLevel, Message, Part, SessionStatus, SyncEvent,
};
use serde_json::{Value, json};

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(json: &Value) -> T {
    let value: T = serde_json::from_value(json.clone()).expect("decodes");
    assert_eq!(&serde_json::to_value(&value).unwrap(), json, "round trip");
    value
}

#[test]
fn known_event_decodes_typed() {
    let frame = json!({"id":"evt_1","type":"message.part.delta","properties":{"sessionID":"ses_1","messageID":"msg_1","partID":"prt_1","field":"text","delta":"Hello"}});
    let event: Event = round_trip(&frame);
    let Event::MessagePartDelta(delta) = &event else {
        panic!("wrong variant: {event:?}")
    };
    assert_eq!(delta.properties.delta, "Hello");
    assert_eq!(delta.properties.session_id, "ses_1");
    assert_eq!(event.kind(), "message.part.delta");
    assert_eq!(event.session_id(), Some("ses_1"));
    assert_eq!(event.id(), Some("evt_1"));
}

#[test]
fn heartbeat_is_a_known_event() {
    let frame = json!({"id":"evt_2","type":"server.heartbeat","properties":{}});
    let event: Event = round_trip(&frame);
    assert!(matches!(event, Event::ServerHeartbeat(_)), "{event:?}");
    assert_eq!(event.session_id(), None);
}

#[test]
fn unknown_event_keeps_whole_json() {
    let frame = json!({"id":"evt_3","type":"brand.new.event","properties":{"x":[1,2,{"y":null}]}});
    let event: Event = round_trip(&frame);
    match &event {
        Event::Unknown { kind, raw } => {
            assert_eq!(kind, "brand.new.event");
            assert_eq!(raw, &frame);
        }
        other => panic!("expected Unknown, got {other:?}"),
    }
}

#[test]
fn malformed_known_event_is_an_error_not_unknown() {
    // `delta` is missing: a known tag decodes strictly.
    let frame = r#"{"id":"evt_4","type":"message.part.delta","properties":{"sessionID":"ses_1","messageID":"msg_1","partID":"prt_1","field":"text"}}"#;
    let err = serde_json::from_str::<Event>(frame)
        .unwrap_err()
        .to_string();
    assert!(err.contains("message.part.delta"), "{err}");
    assert!(err.contains("delta"), "{err}");
}

#[test]
fn missing_discriminator_is_an_error() {
    let err = serde_json::from_str::<Event>(r#"{"id":"evt_5","properties":{}}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("missing discriminator `type`"), "{err}");
}

#[test]
fn unknown_fields_are_kept() {
    let frame = json!({"id":"evt_6","type":"session.idle","properties":{"sessionID":"ses_1","newField":{"a":1}},"topLevelNew":true});
    let event: Event = round_trip(&frame);
    let Event::SessionIdle(idle) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(idle.additional["topLevelNew"], json!(true));
    assert_eq!(idle.properties.additional["newField"], json!({"a":1}));
}

#[test]
fn string_enum_keeps_unknown_values() {
    let level: LogLevel = serde_json::from_str("\"WARN\"").unwrap();
    assert_eq!(level, LogLevel::Warn);
    let level: LogLevel = serde_json::from_str("\"TRACE\"").unwrap();
    assert_eq!(level, LogLevel::Unknown("TRACE".into()));
    assert_eq!(serde_json::to_string(&level).unwrap(), "\"TRACE\"");
}

#[test]
fn session_status_union() {
    let retry = json!({"type":"retry","attempt":1,"message":"fake upstream failure","next":1700000000000_i64});
    let status: SessionStatus = round_trip(&retry);
    assert_eq!(status.kind(), "retry");
    let busy: SessionStatus = round_trip(&json!({"type":"busy"}));
    assert_eq!(busy.kind(), "busy");
}

#[test]
fn global_envelope_with_and_without_directory() {
    let frame = json!({"payload":{"id":"evt_7","type":"server.connected","properties":{}}});
    let event: GlobalEvent = round_trip(&frame);
    assert_eq!(event.directory, None);
    assert_eq!(event.payload.kind(), "server.connected");

    let frame = json!({"directory":"/abs/dir","project":"p1","payload":{"id":"evt_8","type":"session.idle","properties":{"sessionID":"ses_9"}}});
    let event: GlobalEvent = round_trip(&frame);
    assert_eq!(event.directory.as_deref(), Some("/abs/dir"));
    assert_eq!(event.payload.session_id(), Some("ses_9"));
}

#[test]
fn global_sync_frame_is_typed_by_nested_tag() {
    let session = json!({"id":"ses_1","slug":"s","projectID":"p","directory":"/d","title":"t","version":"1","time":{"created":1,"updated":2}});
    let frame = json!({"directory":"/d","project":"p","payload":{"type":"sync","id":"evt_9","syncEvent":{"type":"session.created.1","id":"evt_9","seq":0,"aggregateID":"ses_1","data":{"sessionID":"ses_1","info":session}}}});
    let event: GlobalEvent = serde_json::from_value(frame).unwrap();
    let GlobalPayload::Sync(sync) = &event.payload else {
        panic!("{event:?}")
    };
    assert!(matches!(sync, SyncEvent::SessionCreated1(_)), "{sync:?}");
    assert_eq!(sync.session_id(), Some("ses_1"));
    assert_eq!(event.payload.kind(), "sync");
}

#[test]
fn message_and_part_accessors() {
    let part =
        json!({"id":"prt_1","sessionID":"ses_1","messageID":"msg_1","type":"text","text":"hi"});
    let part: Part = round_trip(&part);
    assert_eq!(part.id(), Some("prt_1"));
    assert_eq!(part.session_id(), Some("ses_1"));
    assert_eq!(part.message_id(), Some("msg_1"));
    let unknown: Part = round_trip(&json!({"id":"prt_2","type":"hologram"}));
    assert_eq!(unknown.id(), None);
    assert!(unknown.is_unknown());
    let err = serde_json::from_value::<Message>(json!({"role":"user","id":"msg_1"}));
    assert!(
        err.is_err(),
        "a user message without its required fields must not decode"
    );
}

#[test]
fn decode_errors_carry_the_json_path() {
    let body = r#"[{"id":"evt_1","type":"session.idle","properties":{"sessionID":"ses_1"}},{"id":"evt_2","type":"session.idle","properties":{"sessionID":5}}]"#;
    let de = &mut serde_json::Deserializer::from_str(body);
    let err = serde_path_to_error::deserialize::<_, Vec<Event>>(de).unwrap_err();
    assert_eq!(err.path().to_string(), "[1]");
    assert!(err.inner().to_string().contains("session.idle"), "{err}");
}

#[test]
fn a_non_string_discriminator_is_an_error() {
    for frame in [
        r#"{"type":5,"properties":{}}"#,
        r#"{"type":[1,"session.idle"],"properties":{}}"#,
        r#"{"type":{"nested":"session.idle"},"properties":{}}"#,
        r#"{"type":null,"properties":{}}"#,
    ] {
        let err = serde_json::from_str::<Event>(frame)
            .unwrap_err()
            .to_string();
        assert!(err.contains("missing discriminator"), "{frame}: {err}");
    }
    // A scalar where the union expects an object.
    assert!(serde_json::from_str::<Event>("42").is_err());
    assert!(serde_json::from_str::<Event>("[]").is_err());
}

/// 1.15.13's experimental v2 session list (`GET /api/session`), as that release sends it:
/// `items` where later releases say `data`, and `path` where they send `location`.
#[test]
fn older_v2_session_list_decodes() {
    let body = json!({"items":[{"id":"ses_dafbc4405ffeBxS39KUfHaXy3v","projectID":"global","path":"","cost":0,"tokens":{"input":0,"output":0,"reasoning":0,"cache":{"read":0,"write":0}},"time":{"created":1796642946042_u64,"updated":1796642946042_u64},"title":"New session"}],"cursor":{"previous":"eyJw","next":"eyJu"}});
    let list: opencode_types::SessionsResponse = serde_json::from_value(body).expect("decodes");
    assert_eq!(list.data.len(), 1);
    let session = &list.data[0];
    assert_eq!(session.id, "ses_dafbc4405ffeBxS39KUfHaXy3v");
    assert!(session.location.is_none());
    // Nothing is lost: the older property is kept and written back.
    assert_eq!(session.additional.get("path"), Some(&json!("")));
    // The current name is what is written.
    let written = serde_json::to_value(&list).unwrap();
    assert!(
        written.get("data").is_some() && written.get("items").is_none(),
        "{written}"
    );
}

/// A discriminator given twice with different values (found by fuzzing): the tag is read
/// from the first, and a kept value would carry the last, so such a frame is refused
/// rather than written back as something else.
#[test]
fn duplicate_discriminator_is_refused() {
    let text = r#"{"id":"prt_1","sessionID":"ses_1","type":"step-star3y","snapshot":"s","type":"step-start"}"#;
    let err = serde_json::from_str::<Part>(text).expect_err("refused");
    assert!(err.to_string().contains("more than once"), "{err}");
    // The same key twice with the same value is what a JSON object would say anyway.
    let same = r#"{"type":"brand-new","x":1,"type":"brand-new"}"#;
    let part: Part = serde_json::from_str(same).expect("decodes");
    assert!(part.is_unknown());
}

/// A known tag followed by a duplicate that names another kind.
#[test]
fn duplicate_discriminator_on_a_known_kind() {
    let text = r#"{"id":"prt_1","sessionID":"ses_1","messageID":"msg_1","type":"step-start","type":"text"}"#;
    match serde_json::from_str::<Part>(text) {
        Err(_) => {}
        Ok(part) => {
            let written = serde_json::to_string(&part).unwrap();
            let again: Part = serde_json::from_str(&written).expect("what was written decodes");
            assert_eq!(again, part, "written back as it was read: {written}");
        }
    }
}
