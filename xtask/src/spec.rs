//! `cargo xtask spec`: fetch the OpenAPI document of a server release into `spec/`.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::server::IsolatedServer;

/// Fetches `GET /doc` from `version`, writes it normalised and reports drift.
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
    std::fs::write(&path, normalise(&doc)?)?;
    std::fs::write(spec_dir.join("SERVER_VERSION"), format!("{version}\n"))?;

    let new = Summary::of(&doc);
    println!(
        "spec/openapi.json: server {version}, {} operations, {} schemas, {} event types",
        new.operations.len(),
        new.schemas.len(),
        new.events.len()
    );
    match old {
        Some(old) => print!("{}", drift(&Summary::of(&old), &new)),
        None => println!("no previous spec: nothing to compare"),
    }
    Ok(())
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

/// A report of what was added, removed or changed between two summaries.
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
            .filter(|(k, v)| a.get(*k).is_some_and(|old| old != *v))
            .map(|(k, _)| k)
            .collect();
        out += &format!(
            "{what}: {} added, {} removed, {} changed\n",
            added.len(),
            removed.len(),
            changed.len()
        );
        for (sign, list) in [("+", added), ("-", removed), ("~", changed)] {
            for k in list {
                out += &format!("  {sign} {k}\n");
            }
        }
    }
    out
}
