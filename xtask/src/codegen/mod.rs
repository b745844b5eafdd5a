//! `cargo xtask codegen [--check]`: Rust code from the pinned OpenAPI spec.

pub mod model;
pub mod names;
pub mod types;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use model::{Builder, Kind, Ty, TypeDef};

/// Components written by hand in `opencode-types` instead of generated (the spec gets them
/// wrong for the real server; see `crates/opencode-types/src/global.rs`).
pub const HAND_WRITTEN: &[&str] = &["GlobalEvent"];

/// Helper paths used by the generated types inside `opencode-types`.
const TYPES_PATHS: types::Paths = types::Paths {
    private: "crate::__private",
    js_number: "crate::JsNumber",
};

/// One generated file: path relative to the workspace root and its content.
pub struct Output {
    /// Relative path.
    pub path: PathBuf,
    /// Full file content.
    pub content: String,
}

/// Runs the generator; with `check`, compares instead of writing.
pub fn run(check: bool) -> Result<()> {
    let root = crate::workspace_root();
    let spec_text = std::fs::read_to_string(root.join("spec/openapi.json"))
        .context("reading spec/openapi.json (run `cargo xtask spec` first)")?;
    let version = std::fs::read_to_string(root.join("spec/SERVER_VERSION"))
        .unwrap_or_default()
        .trim()
        .to_owned();
    let spec: Value = serde_json::from_str(&spec_text)?;
    let outputs = generate(&spec, &version)?;
    let generated_dirs = [PathBuf::from("crates/opencode-types/src/generated")];
    if check {
        let mut stale = Vec::new();
        let expected: BTreeSet<PathBuf> = outputs.iter().map(|o| o.path.clone()).collect();
        for o in &outputs {
            let current = std::fs::read_to_string(root.join(&o.path)).unwrap_or_default();
            if current != o.content {
                let changed = diff_lines(&current, &o.content);
                stale.push(format!("{} ({changed} lines differ)", o.path.display()));
            }
        }
        for dir in &generated_dirs {
            for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
                let rel = dir.join(entry.file_name());
                if !expected.contains(&rel) {
                    stale.push(format!("{} (should not exist)", rel.display()));
                }
            }
        }
        if !stale.is_empty() {
            bail!(
                "generated code is stale:\n  {}\nrun `cargo xtask codegen` and commit the result",
                stale.join("\n  ")
            );
        }
        println!("generated code is up to date ({} files)", outputs.len());
        return Ok(());
    }
    for dir in &generated_dirs {
        let _ = std::fs::remove_dir_all(root.join(dir));
    }
    for o in &outputs {
        let path = root.join(&o.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &o.content)?;
    }
    println!("wrote {} files", outputs.len());
    Ok(())
}

/// Number of lines present in one text and not the other (a rough diff size).
fn diff_lines(a: &str, b: &str) -> usize {
    let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
    for l in a.lines() {
        *counts.entry(l).or_default() += 1;
    }
    for l in b.lines() {
        *counts.entry(l).or_default() -= 1;
    }
    counts.values().map(|c| c.unsigned_abs() as usize).sum()
}

/// Applies what the real server does and the spec does not say (server-facts §1, §5).
pub fn patch_spec(spec: &mut Value) {
    let schemas = &mut spec["components"]["schemas"];
    // `server.heartbeat` is sent every 10 s on `/event` but missing from the `Event` union.
    if schemas.get("EventServerHeartbeat").is_none() {
        let mut heartbeat = schemas["EventServerConnected"].clone();
        if heartbeat.is_object() {
            heartbeat["properties"]["type"]["enum"] = json!(["server.heartbeat"]);
            heartbeat["description"] = json!("Sent by the server every 10 seconds on `/event` and `/global/event` (not in the spec).");
            schemas["EventServerHeartbeat"] = heartbeat;
            if let Some(members) = schemas["Event"]["anyOf"].as_array_mut() {
                members.push(json!({"$ref": "#/components/schemas/EventServerHeartbeat"}));
            }
        }
    }
    // The `sync` frames of `/global/event` as one union, told apart by `syncEvent.type`.
    if schemas.get("SyncEvent").is_none() {
        let refs: Vec<Value> = schemas["GlobalEvent"]["properties"]["payload"]["anyOf"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|m| m["$ref"].as_str().is_some_and(|r| model::ref_name(r).starts_with("SyncEvent")))
            .cloned()
            .collect();
        schemas["SyncEvent"] = json!({
            "anyOf": refs,
            "description": "A durable event as `/global/event` repeats it in a `sync` frame, with its per-session sequence number.",
        });
    }
}

/// Everything the generator writes, from a spec.
pub fn generate(spec: &Value, version: &str) -> Result<Vec<Output>> {
    let mut spec = spec.clone();
    patch_spec(&mut spec);
    let schemas = spec["components"]["schemas"]
        .as_object()
        .context("spec has no components.schemas")?;
    let types = Builder::new(schemas, HAND_WRITTEN).build_components()?;
    let header = format!(
        "// @generated by `cargo xtask codegen` from spec/openapi.json (server {version}). Do not edit.\n"
    );
    let mut outputs = Vec::new();
    let modules: BTreeSet<&str> = types.values().map(|t| t.module.as_str()).collect();
    for module in &modules {
        let mut body = types::render_module(&types, module, &TYPES_PATHS);
        body += &accessors(&types, module);
        let content = format!(
            "{header}//! Types of the `{module}` domain.\n#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]\n#[allow(unused_imports)]\nuse super::*;\n{body}"
        );
        outputs.push(Output {
            path: PathBuf::from(format!("crates/opencode-types/src/generated/{module}.rs")),
            content: pretty(&content).with_context(|| format!("formatting module {module}"))?,
        });
    }
    let mut index = format!("{header}//! Generated types, one module per domain.\n");
    for module in &modules {
        let _ = writeln!(index, "mod {module};\npub use self::{module}::*;");
    }
    let _ = writeln!(
        index,
        "/// Number of types generated from the spec.\npub const GENERATED_TYPES: usize = {};",
        types.len()
    );
    outputs.push(Output {
        path: PathBuf::from("crates/opencode-types/src/generated/mod.rs"),
        content: pretty(&index)?,
    });
    Ok(outputs)
}

/// Formats Rust source deterministically (independent of the local rustfmt).
pub fn pretty(src: &str) -> Result<String> {
    let file = syn::parse_file(src).map_err(|e| {
        let line = e.span().start().line;
        let context: String = src.lines().skip(line.saturating_sub(3)).take(5).collect::<Vec<_>>().join("\n");
        anyhow::anyhow!("generated code does not parse: {e} at line {line}:\n{context}")
    })?;
    Ok(prettyplease::unparse(&file))
}

/// Accessors over union variants: fields every variant has (`Part::session_id()`), and the
/// nested session id of events (`Event::session_id()`).
fn accessors(types: &BTreeMap<String, TypeDef>, module: &str) -> String {
    let mut out = String::new();
    for def in types.values().filter(|d| d.module == module) {
        let Kind::Tagged(t) = &def.kind else { continue };
        let mut methods: Vec<(String, String, Vec<Option<String>>)> = Vec::new();
        // Required string fields shared by every variant.
        let structs: Vec<Option<&model::Struct>> = t.variants.iter().map(|v| match types.get(&v.ty).map(|d| &d.kind) {
            Some(Kind::Struct(s)) => Some(s),
            _ => None,
        }).collect();
        if let Some(Some(first)) = structs.first() {
            for f in &first.fields {
                if f.constant.is_some() || f.ty != Ty::String || !f.required || ["kind", "is_unknown"].contains(&f.rust.as_str()) {
                    continue;
                }
                let all = structs.iter().all(|s| s.is_some_and(|s| s.fields.iter().any(|g| g.wire == f.wire && g.ty == Ty::String && g.required && g.constant.is_none())));
                if all {
                    let arms = structs.iter().map(|s| {
                        let g = s.and_then(|s| s.fields.iter().find(|g| g.wire == f.wire)).map(|g| g.rust.clone()).unwrap_or_default();
                        Some(format!("Some(&v.{g})"))
                    }).collect();
                    methods.push((f.rust.clone(), format!("The `{}` every variant carries (`None` for an unknown variant).", f.wire), arms));
                }
            }
        }
        // The session an event belongs to, wherever the variant keeps it.
        if ["Event", "V2Event", "SyncEvent"].contains(&def.name.as_str()) && !methods.iter().any(|m| m.0 == "session_id") {
            let arms = t.variants.iter().map(|v| session_path(types, &v.ty)).collect();
            methods.push(("session_id".into(), "The session this event is about, if any.".into(), arms));
        }
        if methods.is_empty() {
            continue;
        }
        let _ = writeln!(out, "impl {} {{", def.name);
        for (name, doc, arms) in methods {
            let _ = writeln!(out, "/// {doc}\npub fn {name}(&self) -> Option<&str> {{ match self {{");
            for (v, arm) in t.variants.iter().zip(arms) {
                match arm {
                    Some(expr) => { let _ = writeln!(out, "Self::{}(v) => {expr},", v.rust); }
                    None => { let _ = writeln!(out, "Self::{}(_) => None,", v.rust); }
                }
            }
            let _ = writeln!(out, "Self::Unknown {{ .. }} => None, }} }}");
        }
        let _ = writeln!(out, "}}");
    }
    out
}

/// An expression reading `sessionID` from a variant `v` of type `ty`, looking in the variant,
/// then in its `properties`, `data` or `syncEvent.data` object.
fn session_path(types: &BTreeMap<String, TypeDef>, ty: &str) -> Option<String> {
    let field_of = |ty: &str, wire: &str| -> Option<model::Field> {
        match &types.get(ty)?.kind {
            Kind::Struct(s) => s.fields.iter().find(|f| f.wire == wire).cloned(),
            _ => None,
        }
    };
    let read = |prefix: &str, f: &model::Field| -> Option<String> {
        match (&f.ty, f.required) {
            (Ty::String, true) => Some(format!("Some(&{prefix}.{})", f.rust)),
            (Ty::String, false) => Some(format!("{prefix}.{}.as_deref()", f.rust)),
            _ => None,
        }
    };
    if let Some(f) = field_of(ty, "sessionID") {
        return read("v", &f);
    }
    for container in [&["properties"][..], &["data"][..], &["syncEvent", "data"][..]] {
        let mut cur = ty.to_owned();
        let mut prefix = "v".to_owned();
        let mut ok = true;
        for key in container {
            match field_of(&cur, key) {
                Some(f) if f.required => match &f.ty {
                    Ty::Named(n) => {
                        prefix = format!("{prefix}.{}", f.rust);
                        cur = n.clone();
                    }
                    _ => { ok = false; break; }
                },
                _ => { ok = false; break; }
            }
        }
        if ok {
            if let Some(f) = field_of(&cur, "sessionID") {
                return read(&prefix, &f);
            }
        }
    }
    None
}
