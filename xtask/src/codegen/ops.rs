//! Operations of the spec in the intermediate model: one entry per `operationId`.

use anyhow::{Context, Result};
use serde_json::Value;

use super::model::{Builder, HTTP_METHODS, Ty, ref_name};
use super::names::{pascal, snake};

/// The module inline request and response types of operations are generated into.
pub const MODULE: &str = "operations";

/// Query parameters the transport sets from the client's directory and workspace.
const ROUTING_PARAMS: &[&str] = &[
    "directory",
    "workspace",
    "location",
    "location[directory]",
    "location[workspace]",
];

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId`, e.g. `v2.session.prompt`.
    pub id: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template, e.g. `/session/{sessionID}/message`.
    pub path: String,
    /// One-line summary.
    pub summary: Option<String>,
    /// Longer description.
    pub description: Option<String>,
    /// Namespace from the id (`["v2", "session"]`), snake case.
    pub groups: Vec<String>,
    /// Method name from the id's last segment, snake case.
    pub name: String,
    /// Rust type-name stem (`V2SessionPrompt`).
    pub pascal: String,
    /// Path parameters in template order; a trailing `*` is the parameter `path`.
    pub path_params: Vec<Param>,
    /// Query parameters other than directory/workspace routing.
    pub query: Vec<Param>,
    /// The JSON request body.
    pub body: Option<Body>,
    /// What a success answers with.
    pub response: Response,
}

/// A path or query parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// Wire name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
    /// Type.
    pub ty: Ty,
    /// Whether it must be given.
    pub required: bool,
    /// Description.
    pub doc: Option<String>,
    /// An example value, for generated tests.
    pub sample: Value,
}

/// A JSON request body.
#[derive(Debug, Clone)]
pub struct Body {
    /// Type.
    pub ty: Ty,
    /// Whether the operation requires it.
    pub required: bool,
    /// A minimal valid example (required properties only), for generated tests.
    pub sample: Value,
}

/// The success response.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// `application/json` decoded into a type.
    Json(Ty),
    /// `204` with no body.
    Empty,
    /// A text body (`text/*`).
    Text,
    /// A binary body.
    Binary,
    /// `text/event-stream`.
    EventStream,
}

/// Reads every operation, defining inline body and response types through `builder`.
pub fn operations(spec: &Value, builder: &mut Builder<'_>) -> Result<Vec<Operation>> {
    let mut out = Vec::new();
    let paths = spec["paths"].as_object().context("spec has no paths")?;
    for (path, item) in paths {
        for (method, op) in item.as_object().into_iter().flatten() {
            if !HTTP_METHODS.contains(&method.as_str()) {
                continue;
            }
            out.push(
                operation(spec, builder, path, method, op)
                    .with_context(|| format!("{method} {path}"))?,
            );
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    // `vcs.diff` next to `vcs.diff.raw`: the operation whose name is also a namespace
    // becomes that namespace's `get` (`vcs().diff().get()`, `vcs().diff().raw()`).
    let namespaces: std::collections::BTreeSet<Vec<String>> =
        out.iter().map(|o| o.groups.clone()).collect();
    for op in &mut out {
        let mut as_group = op.groups.clone();
        as_group.push(op.name.clone());
        if namespaces.iter().any(|g| g.starts_with(&as_group)) {
            op.groups = as_group;
            op.name = "get".into();
        }
    }
    Ok(out)
}

fn operation(
    spec: &Value,
    builder: &mut Builder<'_>,
    path: &str,
    method: &str,
    op: &Value,
) -> Result<Operation> {
    let id = op["operationId"]
        .as_str()
        .context("operation without operationId")?
        .to_owned();
    let mut segments: Vec<String> = id.split('.').map(snake).collect();
    let name = segments.pop().unwrap_or_else(|| "call".into());
    let pascal_name = id.split('.').map(pascal).collect::<String>();
    let origin = format!("operation {id}");
    let params: Vec<&Value> = op["parameters"].as_array().into_iter().flatten().collect();

    let mut path_params = Vec::new();
    for segment in path.split('/') {
        if let Some(wire) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            let doc = params
                .iter()
                .find(|p| p["name"] == wire)
                .and_then(|p| p["description"].as_str())
                .map(str::to_owned);
            path_params.push(Param {
                wire: wire.to_owned(),
                rust: snake(wire),
                ty: Ty::String,
                required: true,
                doc,
                sample: Value::String("a/b?x#y".into()),
            });
        } else if segment == "*" {
            path_params.push(Param {
                wire: "*".into(),
                rust: "path".into(),
                ty: Ty::String,
                required: true,
                doc: Some(
                    "The rest of the path (slashes kept, each segment percent-encoded).".into(),
                ),
                sample: Value::String("docs/read me.md".into()),
            });
        }
    }

    let mut query = Vec::new();
    for p in params.iter().filter(|p| p["in"] == "query") {
        let wire = p["name"].as_str().unwrap_or_default();
        if ROUTING_PARAMS.contains(&wire) {
            continue;
        }
        let ty = query_ty(
            builder,
            &format!("{pascal_name}{}", pascal(wire)),
            &origin,
            &p["schema"],
        )?;
        query.push(Param {
            wire: wire.to_owned(),
            rust: snake(wire),
            ty: ty.clone(),
            required: p["required"] == true,
            doc: p["description"].as_str().map(str::to_owned),
            sample: if ty == Ty::Bool {
                Value::Bool(true)
            } else {
                sample(spec, &p["schema"], 0)
            },
        });
    }

    let body = match op["requestBody"]["content"]["application/json"]["schema"].as_object() {
        Some(_) => {
            let schema = &op["requestBody"]["content"]["application/json"]["schema"];
            let ty = builder.ty(
                &format!("{pascal_name}Body"),
                &format!("{origin} body"),
                MODULE,
                schema,
            )?;
            Some(Body {
                ty,
                required: op["requestBody"]["required"] == true,
                sample: sample(spec, schema, 0),
            })
        }
        None => None,
    };

    let ok = op["responses"]
        .as_object()
        .and_then(|r| r.iter().find(|(code, _)| code.starts_with('2')))
        .map(|(code, r)| (code.clone(), r.clone()));
    let response = match ok {
        None => Response::Empty,
        Some((code, r)) => {
            let content = r["content"].as_object();
            match content.and_then(|c| c.iter().next()) {
                None => Response::Empty,
                Some((ct, _)) if code == "204" && ct.is_empty() => Response::Empty,
                Some((ct, media)) if ct.starts_with("application/json") => {
                    let ty = builder.ty(
                        &format!("{pascal_name}Response"),
                        &format!("{origin} response"),
                        MODULE,
                        &media["schema"],
                    )?;
                    Response::Json(ty)
                }
                Some((ct, _)) if ct.starts_with("text/event-stream") => Response::EventStream,
                Some((ct, _)) if ct.starts_with("text/") => Response::Text,
                Some(_) => Response::Binary,
            }
        }
    };

    Ok(Operation {
        id,
        method: method.to_ascii_uppercase(),
        path: path.to_owned(),
        summary: op["summary"].as_str().map(str::to_owned),
        description: op["description"].as_str().map(str::to_owned),
        groups: segments,
        name,
        pascal: pascal_name,
        path_params,
        query,
        body,
        response,
    })
}

/// Query values the server reads as booleans (`true`/`false`, or a boolean-or-string
/// union) become `bool`; everything else maps like a schema.
fn query_ty(builder: &mut Builder<'_>, hint: &str, origin: &str, schema: &Value) -> Result<Ty> {
    let is_bool_text = |s: &Value| {
        s["enum"]
            .as_array()
            .is_some_and(|e| e.iter().all(|v| v == "true" || v == "false"))
    };
    if is_bool_text(schema) {
        return Ok(Ty::Bool);
    }
    if let Some(members) = schema["anyOf"].as_array()
        && members.iter().any(|m| m["type"] == "boolean")
        && members
            .iter()
            .all(|m| m["type"] == "boolean" || is_bool_text(m))
    {
        return Ok(Ty::Bool);
    }
    builder.ty(hint, origin, MODULE, schema)
}

/// A minimal JSON value valid for `schema`: required properties only, first union member,
/// first enum value.
pub fn sample(spec: &Value, schema: &Value, depth: usize) -> Value {
    if depth > 12 {
        return Value::Null;
    }
    if let Some(r) = schema["$ref"].as_str() {
        return sample(spec, &spec["components"]["schemas"][ref_name(r)], depth + 1);
    }
    if let Some(c) = schema.get("const") {
        return c.clone();
    }
    if let Some(e) = schema["enum"].as_array().and_then(|e| e.first()) {
        return e.clone();
    }
    if let Some(members) = schema["anyOf"].as_array().or(schema["oneOf"].as_array()) {
        return members
            .iter()
            .find(|m| m["type"] != "null")
            .map(|m| sample(spec, m, depth + 1))
            .unwrap_or(Value::Null);
    }
    match schema["type"].as_str() {
        Some("object") => {
            let mut map = serde_json::Map::new();
            for key in schema["required"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                map.insert(
                    key.to_owned(),
                    sample(spec, &schema["properties"][key], depth + 1),
                );
            }
            Value::Object(map)
        }
        Some("array") => match schema["prefixItems"].as_array() {
            Some(items) => Value::Array(items.iter().map(|i| sample(spec, i, depth + 1)).collect()),
            None => {
                let min = schema["minItems"].as_u64().unwrap_or(0);
                Value::Array(
                    (0..min)
                        .map(|_| sample(spec, &schema["items"], depth + 1))
                        .collect(),
                )
            }
        },
        Some("string") => Value::String(match schema["pattern"].as_str() {
            Some(p) if p.starts_with('^') => {
                format!("{}_sample", p.trim_start_matches('^').trim_end_matches('_'))
            }
            _ => "sample".into(),
        }),
        Some("integer") | Some("number") => {
            Value::from(schema["minimum"].as_i64().unwrap_or(0).max(1))
        }
        Some("boolean") => Value::Bool(true),
        Some("null") => Value::Null,
        _ => Value::Object(Default::default()),
    }
}
