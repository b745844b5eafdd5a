//! The generator's fixture output (see `xtask/fixtures/`) compiles and behaves as each mapping
//! rule promises.

#![allow(missing_docs, dead_code)]

#[rustfmt::skip]
#[path = "codegen_fixtures/body.rs"]
mod body;
#[rustfmt::skip]
#[path = "codegen_fixtures/keywords.rs"]
mod keywords;
#[rustfmt::skip]
#[path = "codegen_fixtures/merge.rs"]
mod merge;
#[rustfmt::skip]
#[path = "codegen_fixtures/map.rs"]
mod map;
#[rustfmt::skip]
#[path = "codegen_fixtures/nullable.rs"]
mod nullable;
#[rustfmt::skip]
#[path = "codegen_fixtures/recursive.rs"]
mod recursive;
#[rustfmt::skip]
#[path = "codegen_fixtures/string_enum.rs"]
mod string_enum;
#[rustfmt::skip]
#[path = "codegen_fixtures/tagged.rs"]
mod tagged;
#[rustfmt::skip]
#[path = "codegen_fixtures/untagged.rs"]
mod untagged;

use serde_json::{Value, json};

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(v: Value) -> T {
    let t: T = serde_json::from_value(v.clone()).expect("decodes");
    assert_eq!(serde_json::to_value(&t).unwrap(), v);
    t
}

#[test]
fn tagged_union_by_constant() {
    let s: tagged::Shape = round_trip(json!({"type":"square","side":2.5,"label":"box"}));
    let tagged::Shape::Square(sq) = &s else {
        panic!("{s:?}")
    };
    assert_eq!(sq.side, 2.5);
    assert_eq!(s.kind(), "square");
    // Constructors fill the constant.
    let c = tagged::Circle::new(1.0);
    assert_eq!(
        serde_json::to_value(tagged::Shape::from(c)).unwrap(),
        json!({"type":"circle","radius":1.0})
    );
    // Unknown tag keeps everything; a known tag with a bad body is an error.
    let u: tagged::Shape = round_trip(json!({"type":"hexagon","n":6}));
    assert!(u.is_unknown());
    assert!(serde_json::from_value::<tagged::Shape>(json!({"type":"circle"})).is_err());
    // Inline members get names from the tag; another property name can be the tag.
    let st: tagged::Status = round_trip(json!({"kind":"retry","attempt":3}));
    assert!(matches!(
        st,
        tagged::Status::Retry(tagged::StatusRetry { attempt: 3, .. })
    ));
}

#[test]
fn nested_discriminator_when_the_outer_one_repeats() {
    let e: tagged::Envelope = round_trip(json!({"type":"sync","inner":{"type":"b.1","s":"x"}}));
    assert_eq!(e.kind(), "b.1");
    assert_eq!(tagged::Envelope::KINDS, &["a.1", "b.1"]);
}

#[test]
fn untagged_union_first_match() {
    let t: untagged::Target = round_trip(json!("home"));
    assert!(matches!(t, untagged::Target::String(_)));
    let t: untagged::Target = round_trip(json!({"x":1.5,"y":2.5}));
    assert!(matches!(t, untagged::Target::Point(_)));
    let t: untagged::Target = round_trip(json!(["a", "b"]));
    assert!(matches!(t, untagged::Target::Array(_)));
    assert!(serde_json::from_value::<untagged::Target>(json!(null)).is_err());
    let limit: untagged::Limit = serde_json::from_value(json!("-Infinity")).unwrap();
    assert_eq!(limit.0, f64::NEG_INFINITY);
    let p: untagged::Plugin = round_trip(json!({"spec":["name",{"opt":true}]}));
    assert!(matches!(p.spec, untagged::PluginSpec::Array(_)));
}

#[test]
fn string_enums_are_open() {
    let l: string_enum::Level = round_trip(json!("dark-blue"));
    assert_eq!(l, string_enum::Level::DarkBlue);
    let l: string_enum::Level = round_trip(json!(""));
    assert_eq!(l, string_enum::Level::Empty);
    let l: string_enum::Level = round_trip(json!("TRACE"));
    assert_eq!(l.as_str(), "TRACE");
    let e: string_enum::Effort = round_trip(json!("high"));
    assert_eq!(e, string_enum::Effort::High);
    let h: string_enum::Holder = round_trip(json!({"mode":"subagent"}));
    assert_eq!(h.mode, string_enum::HolderMode::Subagent);
}

#[test]
fn nullable_fields_keep_null_apart_from_absent() {
    let c: nullable::Cursor = round_trip(json!({"previous":null}));
    assert_eq!(c.previous, None);
    assert_eq!(c.next, None);
    let c: nullable::Cursor = round_trip(json!({"previous":"p","next":null,"parent":{"id":"r"}}));
    assert_eq!(c.next, Some(None));
    assert_eq!(c.parent.unwrap().unwrap().id, "r");
    assert!(
        serde_json::from_value::<nullable::Cursor>(json!({})).is_ok(),
        "required nullable may be absent as null"
    );
}

#[test]
fn maps_and_free_objects() {
    let b: map::Bag =
        round_trip(json!({"scores":{"a":1.5},"meta":{"any":[1]},"headers":{"h":"v"}}));
    assert_eq!(b.scores["a"], 1.5);
    let p: map::Permissions = round_trip(json!({"bash":"ask","webfetch":"deny","x":"later"}));
    assert_eq!(p.bash, Some(map::Rule::Ask));
    assert_eq!(p.additional["webfetch"], map::Rule::Deny);
    assert_eq!(p.additional["x"], map::Rule::Unknown("later".into()));
}

#[test]
fn recursive_types_are_boxed() {
    let t: recursive::Tree = round_trip(
        json!({"value":"root","children":[{"value":"leaf","children":[]}],"parent":{"value":"up","children":[]}}),
    );
    assert_eq!(t.children[0].value, "leaf");
    assert_eq!(t.parent.unwrap().value, "up");
    let p: recursive::Ping = round_trip(json!({"pong":{"ping":{}}}));
    assert!(p.pong.unwrap().ping.is_some());
}

#[test]
fn keyword_and_wire_names() {
    let k: keywords::Keywords = round_trip(
        json!({"type":"t","ref":"r","self":true,"$schema":"s","sessionID":"ses","match":3,"2fa":false,"session_id":"other"}),
    );
    assert_eq!(k.type_, "t");
    assert_eq!(k.ref_.as_deref(), Some("r"));
    assert_eq!(k.self_, Some(true));
    assert_eq!(k.schema.as_deref(), Some("s"));
    assert_eq!(k.session_id, "ses");
    assert_eq!(k.session_id_2.as_deref(), Some("other"));
    assert_eq!(k.match_, Some(3));
    assert_eq!(k.n2fa, Some(false));
    let _: keywords::ModelsDevRefreshed = round_trip(json!({"at":1.0}));
}

#[test]
fn request_bodies_take_same_typed_required_values_by_name() {
    // `from` and `to` are both strings: `MoveBody::new` takes them by name, so they cannot
    // be swapped by position; optional properties have setters.
    let b = body::MoveBody::new(body::MoveBodyRequired {
        from: "a".into(),
        to: "b".into(),
    })
    .note("why")
    .size(body::Size::new(body::SizeRequired { rows: 24, cols: 80 }).label("tty"))
    .force(true);
    assert_eq!(
        serde_json::to_value(&b).unwrap(),
        json!({"from":"a","to":"b","note":"why","size":{"rows":24,"cols":80,"label":"tty"},"force":true})
    );
    let b: body::MoveBody = round_trip(json!({"from":"x","to":"y"}));
    assert_eq!((b.from.as_str(), b.to.as_str()), ("x", "y"));
    // A type no request body reaches keeps the positional constructor.
    let a = body::Answer::new("1", "2");
    assert_eq!((a.first.as_str(), a.second.as_str()), ("1", "2"));
}

#[test]
fn twins_are_one_type() {
    // `RightPoint` and the inline `PlaceBody.near` have `LeftPoint`'s shape: one type, so
    // a value of one is a value of the others, with no conversion.
    fn same(p: merge::LeftPoint) -> (merge::RightPoint, merge::PlaceBodyNear) {
        (p.clone(), p)
    }
    // A body reaches it, so it takes its two integers by name, under every name.
    let p = merge::RightPoint::new(merge::RightPointRequired { x: 1, y: 2 });
    let (right, near) = same(p);
    let body = merge::PlaceBody::new(right).near(near);
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"at":{"x":1,"y":2},"near":{"x":1,"y":2}})
    );
    let back: merge::PlaceBody = round_trip(json!({"at":{"x":3,"y":4,"z":5}}));
    assert_eq!((back.at.x, back.at.y), (3, 4));
    assert_eq!(back.at.additional["z"], json!(5));
    // Recursive twins merge too; a different shape does not.
    let tree: merge::Forest = round_trip(json!({"name":"a","children":[{"name":"b"}]}));
    let tree: merge::Tree = tree;
    assert_eq!(tree.children.unwrap()[0].name, "b");
    let other = merge::Other::new(1, "y");
    assert_eq!(other.y, "y");
}
