//! The one reader of a session's stored messages.
//!
//! `GET /session/{id}/message` is the record the SDK decides turns from. Servers 1.18.x
//! store a structured-output prompt's `format` in a form their own message routes then
//! refuse to send: once a session holds such a user message, listing its messages (and
//! reading that message alone) answers `400 "Expected OutputFormatJsonSchema"` for good.
//! The record is still there: the session's durable event log (`POST /sync/history`) names
//! every message, assistant messages read one by one, and the user message's stored info
//! and parts are in the log itself. This module hides that difference: callers get the
//! same list either way.

use std::collections::BTreeMap;

use opencode_types as types;
use serde_json::{Map, Value};

use crate::{Client, Error};

/// The session's messages in the server's order (oldest first): all of them, or the
/// newest `limit`.
pub(crate) async fn messages(
    client: &Client,
    session_id: &str,
    limit: Option<i64>,
) -> Result<Vec<types::SessionMessagesResponseItem>, Error> {
    let mut call = client.api().session().messages(session_id);
    if let Some(limit) = limit {
        call = call.limit(limit);
    }
    match call.send().await {
        Err(e) if is_stored_format_defect(&e) => from_history(client, session_id, limit).await,
        other => Ok(other?),
    }
}

/// The server refused to encode a stored structured-output `format` (see the module docs).
pub(crate) fn is_stored_format_defect(error: &opencode_transport::Error) -> bool {
    matches!(error, opencode_transport::Error::Api { status, message: Some(m), .. }
        if status.as_u16() == 400 && m.contains("Expected OutputFormat") && m.contains("[\"format\"]"))
}

/// What the durable log says about one message.
#[derive(Default)]
struct Logged {
    info: Option<Map<String, Value>>,
    parts: BTreeMap<String, Map<String, Value>>,
}

/// The message list rebuilt from the durable log: ids and order from the log, assistant
/// messages (and any user message the server can still send) read from the server, user
/// messages it cannot send decoded from the log's last update of them.
async fn from_history(
    client: &Client,
    session_id: &str,
    limit: Option<i64>,
) -> Result<Vec<types::SessionMessagesResponseItem>, Error> {
    let log = client
        .api()
        .sync()
        .history()
        .list()
        .body([(session_id.to_owned(), 0)].into_iter().collect())
        .send()
        .await?;
    let mut messages: BTreeMap<String, Logged> = BTreeMap::new();
    for item in log.into_iter().filter(|i| i.aggregate_id == session_id) {
        let kind = item
            .type_
            .rsplit_once('.')
            .map_or(item.type_.as_str(), |(k, _)| k);
        let data = item.data;
        let str_of = |v: Option<&Value>, key: &str| {
            v.and_then(|v| v.get(key))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        match kind {
            "message.updated" => {
                if let Some(Value::Object(info)) = data.get("info")
                    && let Some(id) = str_of(data.get("info"), "id")
                {
                    messages.entry(id).or_default().info = Some(info.clone());
                }
            }
            "message.removed" => {
                if let Some(id) = data.get("messageID").and_then(Value::as_str) {
                    messages.remove(id);
                }
            }
            "message.part.updated" => {
                if let Some(Value::Object(part)) = data.get("part")
                    && let (Some(mid), Some(pid)) = (
                        str_of(data.get("part"), "messageID"),
                        str_of(data.get("part"), "id"),
                    )
                {
                    messages
                        .entry(mid)
                        .or_default()
                        .parts
                        .insert(pid, part.clone());
                }
            }
            "message.part.removed" => {
                if let (Some(mid), Some(pid)) = (
                    data.get("messageID").and_then(Value::as_str),
                    data.get("partID").and_then(Value::as_str),
                ) && let Some(m) = messages.get_mut(mid)
                {
                    m.parts.remove(pid);
                }
            }
            _ => {}
        }
    }
    messages.retain(|_, m| m.info.is_some());
    let skip = match limit {
        Some(n) => messages
            .len()
            .saturating_sub(usize::try_from(n.max(0)).unwrap_or(0)),
        None => 0,
    };
    let mut out = Vec::with_capacity(messages.len() - skip);
    for (id, logged) in messages.into_iter().skip(skip) {
        match client.api().session().message(session_id, &id).send().await {
            Ok(m) => {
                let mut item = types::SessionMessagesResponseItem::new(m.info, m.parts);
                item.additional = m.additional;
                out.push(item);
            }
            Err(e) if is_stored_format_defect(&e) => out.push(decode_logged(logged)?),
            // Removed between the log and the read: it is no longer in the record.
            Err(e) if e.is_not_found() => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(out)
}

/// A message from the log's last update of its info and of each of its parts.
fn decode_logged(logged: Logged) -> Result<types::SessionMessagesResponseItem, Error> {
    let item = serde_json::json!({
        "info": logged.info.unwrap_or_default(),
        "parts": logged.parts.into_values().collect::<Vec<_>>(),
    });
    let bytes = bytes::Bytes::from(serde_json::to_vec(&item).unwrap_or_default());
    Ok(opencode_transport::decode_json_bytes(&bytes)?)
}
