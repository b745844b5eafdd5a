//! `cargo xtask spec`: fetch the OpenAPI document of a server release into `spec/`.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::server::IsolatedServer;

/// Fetches `GET /doc` from `version` and reports how it differs from the pinned spec. A
/// release newer than the pinned one (or the pinned one itself) replaces `spec/`; an older
/// one is only compared (the report then reads "pinned → older").
pub fn run(version: &str) -> Result<()> {
    let bin = crate::install::install(version)?;
    let server = IsolatedServer::start(&bin, None)?;
    let doc: Value = serde_json::from_str(&server.get("/doc")?).context("parsing /doc")?;
    drop(server);

    let spec_dir = crate::workspace_root().join("spec");
    std::fs::create_dir_all(&spec_dir)?;
    let path = spec_dir.join("openapi.json");
    let old: Option<Value> = std::fs::read_to_string(&path)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok());
    let pinned = std::fs::read_to_string(spec_dir.join("SERVER_VERSION"))
        .map(|s| s.trim().to_owned())
        .unwrap_or_default();
    let older = version_key(version) < version_key(&pinned);
    if older {
        println!("{version} is older than the pinned {pinned}: spec/ is kept, this is a report");
    } else {
        std::fs::write(&path, normalise(&doc)?)?;
        std::fs::write(spec_dir.join("SERVER_VERSION"), format!("{version}\n"))?;
    }

    let new = Summary::of(&doc);
    println!(
        "spec/openapi.json: server {version}, {} operations, {} schemas, {} event types",
        new.operations.len(),
        new.schemas.len(),
        new.events.len()
    );
    match old {
        Some(old) => {
            let from = if pinned.is_empty() {
                "previous"
            } else {
                pinned.as_str()
            };
            println!("what changes from {from} to {version}:");
            print!("{}", drift(&Summary::of(&old), &new));
        }
        None => println!("no previous spec: nothing to compare"),
    }
    Ok(())
}

/// `1.15.13` → `[1, 15, 13]` (non-numeric parts count as 0).
fn version_key(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// Pretty JSON with object keys sorted (serde_json's map is ordered by key).
pub fn normalise(doc: &Value) -> Result<String> {
    let sorted: Value = serde_json::from_value(doc.clone())?;
    Ok(serde_json::to_string_pretty(&sorted)? + "\n")
}

/// What a drift report compares: each item keyed by name with its JSON text.
pub struct Summary {
    operations: BTreeMap<String, String>,
    schemas: BTreeMap<String, String>,
    events: BTreeMap<String, String>,
}

impl Summary {
    /// Collects operations (`METHOD /path (operationId)`), schemas and event types.
    pub fn of(doc: &Value) -> Self {
        let mut operations = BTreeMap::new();
        if let Some(paths) = doc["paths"].as_object() {
            for (path, item) in paths {
                for (method, op) in item.as_object().into_iter().flatten() {
                    if !crate::codegen::model::HTTP_METHODS.contains(&method.as_str()) {
                        continue;
                    }
                    let id = op["operationId"].as_str().unwrap_or("?");
                    operations.insert(
                        format!("{} {path} ({id})", method.to_uppercase()),
                        op.to_string(),
                    );
                }
            }
        }
        let schemas: BTreeMap<String, String> = doc["components"]["schemas"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v.to_string()))
            .collect();
        let mut events = BTreeMap::new();
        for member in doc["components"]["schemas"]["Event"]["anyOf"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let schema = member["$ref"]
                .as_str()
                .and_then(|r| r.rsplit('/').next())
                .map(|name| &doc["components"]["schemas"][name])
                .unwrap_or(member);
            if let Some(tag) = schema["properties"]["type"]["enum"][0].as_str() {
                events.insert(tag.to_owned(), schema.to_string());
            }
        }
        Summary {
            operations,
            schemas,
            events,
        }
    }
}

/// A report of what was added, removed or changed between two summaries, with what
/// changed in each changed item (properties, required fields, parameters, responses).
pub fn drift(old: &Summary, new: &Summary) -> String {
    let mut out = String::new();
    for (what, a, b) in [
        ("operations", &old.operations, &new.operations),
        ("schemas", &old.schemas, &new.schemas),
        ("event types", &old.events, &new.events),
    ] {
        let added: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).collect();
        let removed: Vec<_> = a.keys().filter(|k| !b.contains_key(*k)).collect();
        let changed: Vec<_> = b
            .iter()
            .filter_map(|(k, v)| a.get(k).filter(|old| *old != v).map(|old| (k, old, v)))
            .collect();
        out += &format!(
            "{what}: {} added, {} removed, {} changed\n",
            added.len(),
            removed.len(),
            changed.len()
        );
        for k in added {
            out += &format!("  + {k}\n");
        }
        for k in removed {
            out += &format!("  - {k}\n");
        }
        for (k, old, new) in changed {
            let old: Value = serde_json::from_str(old).unwrap_or(Value::Null);
            let new: Value = serde_json::from_str(new).unwrap_or(Value::Null);
            let words = describe(&old, &new);
            out += &format!(
                "  ~ {k}: {}\n",
                if words.is_empty() {
                    "details changed (descriptions, formats or constraints)".to_owned()
                } else {
                    words.join("; ")
                }
            );
        }
    }
    out
}

/// What changed between two versions of one schema or operation, in words.
fn describe(old: &Value, new: &Value) -> Vec<String> {
    let mut words = Vec::new();
    let keys = |v: &Value, field: &str| -> Vec<String> {
        v[field]
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    };
    let list = |v: &Value, field: &str| -> Vec<String> {
        v[field]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut diff = |label: &str, a: Vec<String>, b: Vec<String>| {
        let plus: Vec<_> = b.iter().filter(|x| !a.contains(x)).cloned().collect();
        let minus: Vec<_> = a.iter().filter(|x| !b.contains(x)).cloned().collect();
        if !plus.is_empty() {
            words.push(format!("{label} added: {}", plus.join(", ")));
        }
        if !minus.is_empty() {
            words.push(format!("{label} removed: {}", minus.join(", ")));
        }
    };
    // Schemas (and event payloads, one level down).
    diff(
        "properties",
        keys(old, "properties"),
        keys(new, "properties"),
    );
    diff("required", list(old, "required"), list(new, "required"));
    for payload in ["properties", "data"] {
        let (a, b) = (&old["properties"][payload], &new["properties"][payload]);
        if a.is_object() || b.is_object() {
            diff(
                &format!("{payload} fields"),
                keys(a, "properties"),
                keys(b, "properties"),
            );
            diff(
                &format!("{payload} required"),
                list(a, "required"),
                list(b, "required"),
            );
        }
    }
    // Operations.
    let params = |v: &Value| -> Vec<String> {
        v["parameters"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|p| {
                        format!(
                            "{} ({})",
                            p["name"].as_str().unwrap_or("?"),
                            p["in"].as_str().unwrap_or("?")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    diff("parameters", params(old), params(new));
    diff("responses", keys(old, "responses"), keys(new, "responses"));
    for (code, answer) in new["responses"].as_object().into_iter().flatten() {
        let before = &old["responses"][code.as_str()];
        if !before.is_null() && before != answer {
            let schema = |v: &Value| {
                let s = &v["content"]["application/json"]["schema"];
                s["$ref"]
                    .as_str()
                    .map(|r| r.rsplit('/').next().unwrap_or(r).to_owned())
                    .unwrap_or_else(|| s["type"].as_str().unwrap_or("inline").to_owned())
            };
            words.push(format!(
                "the {code} answer changed ({} → {})",
                schema(before),
                schema(answer)
            ));
        }
    }
    if old["requestBody"] != new["requestBody"] {
        match (old["requestBody"].is_null(), new["requestBody"].is_null()) {
            (true, false) => words.push("a request body added".into()),
            (false, true) => words.push("the request body removed".into()),
            _ => words.push("the request body changed".into()),
        }
    }
    if words.is_empty() {
        // Members of a union.
        let refs = |v: &Value| -> Vec<String> {
            v["anyOf"]
                .as_array()
                .or(v["oneOf"].as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|m| {
                            m["$ref"]
                                .as_str()
                                .map(|r| r.rsplit('/').next().unwrap_or(r).to_owned())
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut union = Vec::new();
        let (a, b) = (refs(old), refs(new));
        for x in b.iter().filter(|x| !a.contains(x)) {
            union.push(format!("member added: {x}"));
        }
        for x in a.iter().filter(|x| !b.contains(x)) {
            union.push(format!("member removed: {x}"));
        }
        words.extend(union);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn changes_are_described_in_words() {
        let old = json!({"properties": {"a": {}, "b": {}}, "required": ["a", "b"]});
        let new = json!({"properties": {"a": {}, "c": {}}, "required": ["a"]});
        assert_eq!(
            describe(&old, &new),
            [
                "properties added: c",
                "properties removed: b",
                "required removed: b"
            ]
        );
        let old =
            json!({"parameters": [{"name": "directory", "in": "query"}], "responses": {"200": {}}});
        let new = json!({"parameters": [], "responses": {"200": {}, "400": {}}, "requestBody": {}});
        assert_eq!(
            describe(&old, &new),
            [
                "parameters removed: directory (query)",
                "responses added: 400",
                "a request body added"
            ]
        );
        let event_old = json!({"properties": {"properties": {"properties": {"sessionID": {}}, "required": ["sessionID"]}}});
        let event_new = json!({"properties": {"properties": {"properties": {"sessionID": {}, "time": {}}, "required": ["sessionID", "time"]}}});
        assert_eq!(
            describe(&event_old, &event_new),
            [
                "properties fields added: time",
                "properties required added: time"
            ]
        );
    }
}
