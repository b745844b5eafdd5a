//! The wire corpus recorded from the real server (`cargo xtask capture`) decodes into the
//! generated types with no `Unknown` anywhere, and re-encodes to the JSON it came from.
//!
//! Layout: `fixtures/wire/<Component>/<case>.json` holds one value of that component schema;
//! `events.ndjson`, `global_events.ndjson` and `v2_events.ndjson` hold the data frames of
//! `/event`, `/global/event` and `/api/event`. `_errors/` holds error bodies the spec does not
//! document (decoded by the transport's error decoder, not by a schema type).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use opencode_types::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wire")
}

/// JSON equality where numbers compare by value (`1` and `1.0` are the same number, as in
/// JavaScript, which wrote them).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// Decodes, checks for `Unknown` and re-encodes one value; returns a problem description.
fn check<T: DeserializeOwned + Serialize + std::fmt::Debug>(raw: &Value) -> Result<T, String> {
    let typed: T = serde_json::from_value(raw.clone()).map_err(|e| format!("decode: {e}"))?;
    let debug = format!("{typed:?}");
    // Tagged unions print `Unknown { kind: .. }`, string enums `Unknown("..")`.
    if let Some(at) = debug.find("Unknown {").or_else(|| debug.find("Unknown(\"")) {
        let end = (at + 120).min(debug.len());
        return Err(format!(
            "decoded with an Unknown variant: {}",
            &debug[at..end]
        ));
    }
    let back = serde_json::to_value(&typed).map_err(|e| format!("encode: {e}"))?;
    if !same(&back, raw) {
        return Err(format!("round trip differs:\n  in:  {raw}\n  out: {back}"));
    }
    Ok(typed)
}

macro_rules! components {
    ($dir:expr, $raw:expr, { $($name:literal => $ty:ty),* $(,)? }) => {
        match $dir {
            $($name => check::<$ty>($raw).map(|_| ()),)*
            other => Err(format!("no decoder for component `{other}`: add it to this test")),
        }
    };
}

fn decode_component(dir: &str, raw: &Value) -> Result<(), String> {
    components!(dir, raw, {
        "Agent" => Agent,
        "AgentV2Info" => AgentV2Info,
        "AssistantMessage" => AssistantMessage,
        "BadRequestError" => BadRequestError,
        "Command" => Command,
        "CommandV2Info" => CommandV2Info,
        "Config" => Config,
        "ExperimentalCapabilities" => ExperimentalCapabilities,
        "FileContent" => FileContent,
        "FileNode" => FileNode,
        "FileSystemEntry" => FileSystemEntry,
        "GlobalSession" => GlobalSession,
        "IntegrationInfo" => IntegrationInfo,
        "InvalidRequestError" => InvalidRequestError,
        "LocationInfo" => LocationInfo,
        "Message" => Message,
        "ModelV2Info" => ModelV2Info,
        "NotFoundError" => NotFoundError,
        "Part" => Part,
        "Path" => opencode_types::Path,
        "PermissionNotFoundError" => PermissionNotFoundError,
        "PermissionRequest" => PermissionRequest,
        "Project" => Project,
        "Provider" => Provider,
        "ProviderAuthMethod" => ProviderAuthMethod,
        "ProviderV2Info" => ProviderV2Info,
        "Pty" => Pty,
        "PtyNotFoundError" => PtyNotFoundError,
        "QuestionNotFoundError" => QuestionNotFoundError,
        "QuestionRequest" => QuestionRequest,
        "Session" => Session,
        "SessionHistory" => SessionHistory,
        "SessionInputAdmitted" => SessionInputAdmitted,
        "SessionMessage" => SessionMessage,
        "SessionMessagesResponse" => SessionMessagesResponse,
        "SessionNotFoundError" => SessionNotFoundError,
        "SessionStatus" => SessionStatus,
        "SessionV2Info" => SessionV2Info,
        "SessionsResponse" => SessionsResponse,
        "SkillV2Info" => SkillV2Info,
        "Todo" => Todo,
        "ToolIDs" => ToolIDs,
        "ToolList" => ToolList,
        "VcsFileStatus" => VcsFileStatus,
        "VcsInfo" => VcsInfo,
        "effect_HttpApiError_BadRequest" => EffectHttpApiErrorBadRequest,
    })
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_component_value_decodes_without_unknown_and_round_trips() {
    let mut problems = Vec::new();
    let mut values = 0;
    let mut parts = BTreeSet::new();
    for dir in std::fs::read_dir(corpus()).expect("corpus exists (cargo xtask capture)") {
        let dir = dir.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        if !dir.is_dir() || name == "_errors" {
            continue;
        }
        for file in std::fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            let raw = read_json(&file);
            values += 1;
            if name == "Part" {
                parts.insert(raw["type"].as_str().unwrap_or("?").to_owned());
            }
            if let Err(p) = decode_component(&name, &raw) {
                problems.push(format!(
                    "{}: {p}",
                    file.strip_prefix(corpus()).unwrap().display()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {values} values failed:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(values >= 200, "the corpus shrank to {values} values");
    // The flows in `cargo xtask capture` produce these part kinds; losing one means the
    // corpus no longer covers it.
    for kind in [
        "text",
        "reasoning",
        "file",
        "agent",
        "tool",
        "step-start",
        "step-finish",
        "patch",
    ] {
        assert!(
            parts.contains(kind),
            "no `{kind}` part in the corpus (have {parts:?})"
        );
    }
}

fn stream<T: DeserializeOwned + Serialize + std::fmt::Debug>(
    file: &str,
    kind: impl Fn(&T) -> String,
) -> BTreeSet<String> {
    let text = std::fs::read_to_string(corpus().join(file)).expect("stream recorded");
    let mut kinds = BTreeSet::new();
    let mut problems = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let raw: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{file}:{}: {e}", i + 1));
        match check::<T>(&raw) {
            Ok(ev) => {
                kinds.insert(kind(&ev));
            }
            Err(p) => problems.push(format!("{file}:{}: {p}", i + 1)),
        }
    }
    assert!(
        problems.is_empty(),
        "{} frames failed:\n{}",
        problems.len(),
        problems.join("\n")
    );
    kinds
}

#[test]
fn instance_event_stream_decodes() {
    let kinds = stream::<Event>("events.ndjson", |e| e.kind().to_owned());
    for kind in [
        "server.connected",
        "server.heartbeat",
        "session.created",
        "session.updated",
        "session.status",
        "session.idle",
        "session.error",
        "session.diff",
        "message.updated",
        "message.part.updated",
        "message.part.delta",
        "permission.asked",
        "permission.replied",
        "question.asked",
        "question.replied",
        "question.rejected",
        "todo.updated",
        "file.edited",
        "pty.created",
        "server.instance.disposed",
        // A v2 session's prompts, whose `timestamp` is an ISO string (the spec says number).
        "session.next.prompt.admitted",
        "session.next.prompted",
    ] {
        assert!(
            kinds.contains(kind),
            "no `{kind}` event in the corpus (have {kinds:?})"
        );
    }
}

#[test]
fn global_event_stream_decodes() {
    let kinds = stream::<GlobalEvent>("global_events.ndjson", |e| e.payload.kind().to_owned());
    for kind in [
        "server.connected",
        "server.heartbeat",
        "sync",
        "global.disposed",
        "message.part.delta",
        "session.next.prompt.admitted",
        "session.next.prompted",
    ] {
        assert!(
            kinds.contains(kind),
            "no `{kind}` frame on /global/event (have {kinds:?})"
        );
    }
}

#[test]
fn v2_event_stream_decodes() {
    let kinds = stream::<V2Event>("v2_events.ndjson", |e| e.kind().to_owned());
    assert!(kinds.contains("session.created"), "{kinds:?}");
}
