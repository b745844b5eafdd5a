//! Emits `opencode-api`: one request builder per operation, grouped by operation id.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use anyhow::{Result, bail};

use super::model::Ty;
use super::names::{lit, pascal};
use super::ops::{Operation, Param, Response};
use super::types::{Paths, rust_ty};

/// Type paths as seen from `opencode-api`.
const PATHS: Paths = Paths {
    private: "opencode_types::__private",
    js_number: "opencode_types::JsNumber",
    timestamp: "opencode_types::Timestamp",
    named: "opencode_types::",
};

/// A namespace node: `session`, `v2`, `v2.session`, …
#[derive(Default)]
struct Group {
    children: BTreeSet<String>,
    ops: Vec<usize>,
}

fn group_type(path: &[String]) -> String {
    if path.is_empty() {
        "crate::Api".into()
    } else {
        format!("{}Api", path.iter().map(|s| pascal(s)).collect::<String>())
    }
}

/// What [`render`] produces: source files (name, content), the operations table for
/// `docs/operations.md`, and the request-building test.
pub struct Rendered {
    /// `(file name, content)` under `crates/opencode-api/src/generated/`.
    pub files: Vec<(String, String)>,
    /// The Markdown table of operations.
    pub doc: String,
    /// The generated request test module.
    pub tests: String,
    /// The generated table of the every-operation live test.
    pub live: String,
}

/// Generated files of `opencode-api` (path relative to the crate's `src/generated`) and
/// the body of `docs/operations.md`.
pub fn render(ops: &[Operation]) -> Result<Rendered> {
    let mut groups: BTreeMap<Vec<String>, Group> = BTreeMap::new();
    groups.entry(vec![]).or_default();
    for (i, op) in ops.iter().enumerate() {
        for depth in 0..op.groups.len() {
            let parent = op.groups[..depth].to_vec();
            groups
                .entry(parent)
                .or_default()
                .children
                .insert(op.groups[depth].clone());
            groups.entry(op.groups[..=depth].to_vec()).or_default();
        }
        groups.entry(op.groups.clone()).or_default().ops.push(i);
    }
    for (path, g) in &groups {
        for &i in &g.ops {
            if g.children.contains(&ops[i].name) {
                bail!(
                    "operation {} has the same name as the group {}.{}",
                    ops[i].id,
                    path.join("."),
                    ops[i].name
                );
            }
        }
    }

    if !groups[&Vec::new()].ops.is_empty() {
        bail!("operations outside every group: give them a group in the spec patch");
    }
    // One file per top-level group. The group types are exported from the crate root;
    // the builders from `ops`, so no builder shares a name with a type of
    // `opencode-types` when both are glob-imported.
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    let mut exports: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for (path, group) in &groups {
        let file = path.first().cloned().unwrap_or_else(|| "mod".into());
        let out = files.entry(file.clone()).or_default();
        let ty = group_type(path);
        if !path.is_empty() {
            let names = exports.entry(file).or_default();
            names.0.push(ty.clone());
            names
                .1
                .extend(group.ops.iter().map(|&i| ops[i].pascal.clone()));
            let _ = writeln!(
                out,
                "/// Operations under `{}`.\n#[derive(Debug, Clone, Copy)]\npub struct {ty}<'a> {{ pub(crate) client: &'a opencode_transport::Client }}",
                path.join(".")
            );
        }
        let lifetime = if path.is_empty() { "" } else { "<'_>" };
        let _ = writeln!(out, "impl {ty}{lifetime} {{");
        for child in &group.children {
            let mut child_path = path.clone();
            child_path.push(child.clone());
            let _ = writeln!(
                out,
                "/// Operations under `{}`.\npub fn {child}(&self) -> {}<'_> {{ {} {{ client: {} }} }}",
                child_path.join("."),
                group_type(&child_path),
                group_type(&child_path),
                if path.is_empty() {
                    "&self.client"
                } else {
                    "self.client"
                }
            );
        }
        for &i in &group.ops {
            render_method(out, &ops[i]);
        }
        let _ = writeln!(out, "}}");
        for &i in &group.ops {
            render_builder(out, &ops[i]);
        }
    }

    let mut out = Vec::new();
    let modules: Vec<String> = files.keys().filter(|k| *k != "mod").cloned().collect();
    for (file, body) in files {
        let mut content = String::new();
        if file == "mod" {
            content.push_str(
                "//! Generated operations: a group type per namespace, a builder per operation.\n",
            );
            for m in &modules {
                let _ = writeln!(
                    content,
                    "#[rustfmt::skip]\nmod {m};\npub use self::{m}::{{{}}};",
                    exports[m].0.join(", ")
                );
            }
            content.push_str(
                "/// One request builder per operation, named after its operation id\n/// (`session.status` is [`SessionStatus`](crate::ops::SessionStatus)). Group methods such as\n/// `api.session().status()` return them; they are listed here so that their names\n/// never clash with the types of `opencode-types`.\npub mod ops {\n",
            );
            for m in &modules {
                let _ = writeln!(
                    content,
                    "pub use super::{m}::{{{}}};",
                    exports[m].1.join(", ")
                );
            }
            content.push_str("}\n");
            let _ = writeln!(
                content,
                "/// Number of operations generated from the spec.\npub const OPERATIONS: usize = {};",
                ops.len()
            );
        } else {
            let _ = writeln!(
                content,
                "//! Operations under `{file}`.\n#![allow(clippy::too_many_arguments)]"
            );
        }
        content.push_str(&body);
        out.push((format!("{file}.rs"), content));
    }
    Ok(Rendered {
        files: out,
        doc: operations_doc(ops, &test_sources(), &live_answers()),
        tests: request_tests(ops),
        live: live_table(ops),
    })
}

fn arg_ty(p: &Param) -> String {
    match p.ty {
        Ty::String => "impl Into<String>".into(),
        _ => rust_ty(&p.ty, &PATHS),
    }
}

fn arg_value(p: &Param) -> String {
    match p.ty {
        Ty::String => format!("{}.into()", p.rust),
        _ => p.rust.clone(),
    }
}

fn doc_lines(out: &mut String, text: &str) {
    for line in text.lines() {
        let line = line.trim_end().replace('[', "\\[").replace(']', "\\]");
        if line.is_empty() {
            out.push_str("///\n");
        } else {
            let _ = writeln!(out, "/// {line}");
        }
    }
}

fn op_doc(out: &mut String, op: &Operation) {
    let title = op.summary.clone().unwrap_or_else(|| op.id.clone());
    doc_lines(out, &title);
    if let Some(d) = &op.description
        && Some(d) != op.summary.as_ref()
    {
        out.push_str("///\n");
        doc_lines(out, d);
    }
    let _ = writeln!(
        out,
        "///\n/// Operation `{}`: `{} {}`.",
        op.id, op.method, op.path
    );
}

fn required_args(op: &Operation) -> Vec<&Param> {
    op.path_params
        .iter()
        .chain(op.query.iter().filter(|q| q.required))
        .collect()
}

fn render_method(out: &mut String, op: &Operation) {
    op_doc(out, op);
    let mut params: Vec<String> = required_args(op)
        .iter()
        .map(|p| format!("{}: {}", p.rust, arg_ty(p)))
        .collect();
    let mut values: Vec<String> = required_args(op).iter().map(|p| arg_value(p)).collect();
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        params.push(format!("body: {}", rust_ty(&body.ty, &PATHS)));
        values.push("body".into());
    }
    let client = "self.client.clone()";
    let _ = writeln!(
        out,
        "pub fn {}(&self{}) -> {} {{ {}::new({client}{}) }}",
        op.name,
        params.iter().map(|p| format!(", {p}")).collect::<String>(),
        op.pascal,
        op.pascal,
        values.iter().map(|v| format!(", {v}")).collect::<String>(),
    );
}

fn response_ty(op: &Operation) -> String {
    match &op.response {
        Response::Json(ty) => rust_ty(ty, &PATHS),
        Response::Empty => "()".into(),
        Response::Text => "String".into(),
        Response::Binary => "bytes::Bytes".into(),
        Response::EventStream => "http::Response<opencode_transport::ResponseBody>".into(),
    }
}

fn render_builder(out: &mut String, op: &Operation) {
    let name = &op.pascal;
    op_doc(out, op);
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone)]\n#[must_use = \"nothing is sent until `.send().await`\"]\npub struct {name} {{\nclient: opencode_transport::Client,"
    );
    for p in required_args(op) {
        let _ = writeln!(out, "{}: {},", p.rust, rust_ty(&p.ty, &PATHS));
    }
    for q in op.query.iter().filter(|q| !q.required) {
        let _ = writeln!(out, "{}: Option<{}>,", q.rust, rust_ty(&q.ty, &PATHS));
    }
    if let Some(body) = &op.body {
        let ty = rust_ty(&body.ty, &PATHS);
        if body.required {
            let _ = writeln!(out, "body: {ty},");
        } else {
            let _ = writeln!(out, "body: Option<{ty}>,");
        }
    }
    let _ = writeln!(
        out,
        "directory: Option<String>,\nworkspace: Option<String>,\n}}"
    );

    // Constructor.
    let mut params: Vec<String> = required_args(op)
        .iter()
        .map(|p| format!("{}: {}", p.rust, rust_ty(&p.ty, &PATHS)))
        .collect();
    let mut fields: Vec<String> = required_args(op).iter().map(|p| p.rust.clone()).collect();
    for q in op.query.iter().filter(|q| !q.required) {
        fields.push(format!("{}: None", q.rust));
    }
    if let Some(body) = &op.body {
        if body.required {
            params.push(format!("body: {}", rust_ty(&body.ty, &PATHS)));
            fields.push("body".into());
        } else {
            fields.push("body: None".into());
        }
    }
    fields.push("directory: None".into());
    fields.push("workspace: None".into());
    let _ = writeln!(
        out,
        "impl {name} {{\npub(crate) fn new(client: opencode_transport::Client{}) -> Self {{ Self {{ client, {} }} }}",
        params.iter().map(|p| format!(", {p}")).collect::<String>(),
        fields.join(", ")
    );
    for q in op.query.iter().filter(|q| !q.required) {
        let doc = q
            .doc
            .clone()
            .unwrap_or_else(|| format!("Sets the `{}` query parameter.", q.wire));
        doc_lines(out, &doc);
        let (ty, value) = match q.ty {
            Ty::String => ("impl Into<String>".to_owned(), "value.into()".to_owned()),
            _ => (rust_ty(&q.ty, &PATHS), "value".to_owned()),
        };
        let _ = writeln!(
            out,
            "pub fn {}(mut self, value: {ty}) -> Self {{ self.{} = Some({value}); self }}",
            q.rust, q.rust
        );
    }
    if let Some(body) = op.body.as_ref().filter(|b| !b.required) {
        let _ = writeln!(
            out,
            "/// Sets the request body (optional for this operation).\npub fn body(mut self, body: {}) -> Self {{ self.body = Some(body); self }}",
            rust_ty(&body.ty, &PATHS)
        );
    }
    let _ = writeln!(
        out,
        "/// Sends this request for another project directory than the client's default.\npub fn directory(mut self, directory: impl Into<String>) -> Self {{ self.directory = Some(directory.into()); self }}"
    );
    let _ = writeln!(
        out,
        "/// Sends this request for a workspace other than the client's default.\npub fn workspace(mut self, workspace: impl Into<String>) -> Self {{ self.workspace = Some(workspace.into()); self }}"
    );

    // Request building, separate from I/O.
    let method = match op.method.as_str() {
        m @ ("GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS") => {
            format!("http::Method::{m}")
        }
        other => format!(
            "http::Method::from_bytes({}.as_bytes()).unwrap_or(http::Method::GET)",
            lit(other)
        ),
    };
    let _ = writeln!(
        out,
        "/// The request this builder describes, without sending it.\npub fn request(&self) -> Result<opencode_transport::ApiRequest, opencode_transport::Error> {{"
    );
    let _ = writeln!(
        out,
        "#[allow(unused_mut)]\nlet mut req = opencode_transport::ApiRequest::new({method}, {});",
        lit(&op.path)
    );
    for p in &op.path_params {
        if p.wire == "*" {
            let prefix = op.path.trim_end_matches('*');
            let _ = writeln!(
                out,
                "req = req.raw_path(crate::wildcard_path({}, &self.{}));",
                lit(prefix),
                p.rust
            );
        } else {
            let _ = writeln!(
                out,
                "req = req.path_param({}, self.{}.clone());",
                lit(&p.wire),
                p.rust
            );
        }
    }
    for q in &op.query {
        let value = match q.ty {
            Ty::String => "v.clone()".to_owned(),
            Ty::Bool | Ty::Integer | Ty::Number => "v.to_string()".to_owned(),
            _ => "crate::query_value(v)?".to_owned(),
        };
        if q.required {
            let _ = writeln!(
                out,
                "{{ let v = &self.{}; req = req.query({}, {value}); }}",
                q.rust,
                lit(&q.wire)
            );
        } else {
            let _ = writeln!(
                out,
                "if let Some(v) = &self.{} {{ req = req.query({}, {value}); }}",
                q.rust,
                lit(&q.wire)
            );
        }
    }
    match &op.body {
        Some(b) if b.required => {
            let _ = writeln!(out, "req = req.json(&self.body)?;");
        }
        // An optional object body that is not set is sent as `{}`: some routes reject a
        // missing body although the spec marks it optional (`experimental.projectCopy
        // .generateName`), and none treats `{}` differently from no body.
        Some(b) if b.sample.is_object() => {
            let _ = writeln!(
                out,
                "match &self.body {{ Some(body) => req = req.json(body)?, None => req = req.json_body(\"{{}}\"), }}"
            );
        }
        Some(_) => {
            let _ = writeln!(
                out,
                "if let Some(body) = &self.body {{ req = req.json(body)?; }}"
            );
        }
        None => {}
    }
    let format = match op.response {
        Response::Text | Response::Binary => Some("Any"),
        Response::EventStream => Some("EventStream"),
        _ => None,
    };
    if let Some(f) = format {
        let _ = writeln!(
            out,
            "req = req.format(opencode_transport::ResponseFormat::{f});"
        );
    }
    let _ = writeln!(
        out,
        "if let Some(d) = &self.directory {{ req = req.directory(d.clone()); }}\nif let Some(w) = &self.workspace {{ req = req.workspace(w.clone()); }}\nOk(req) }}"
    );
    let _ = writeln!(
        out,
        "/// The HTTP request as it would be sent (URL, headers, body), without a socket.\npub fn http_request(&self) -> Result<http::Request<opencode_transport::RequestBody>, opencode_transport::Error> {{ self.request()?.into_http(self.client.config()) }}"
    );

    let ret = response_ty(op);
    // Buffered answers are decoded by `BufferedOperation::decode`, the one decoder
    // `send` and `send_with_response` share.
    let body = match &op.response {
        Response::EventStream => "self.client.send_streaming(req).await".to_owned(),
        _ => "let res = self.client.send(req).await?; <Self as crate::BufferedOperation>::decode(&res)".to_owned(),
    };
    let what = match &op.response {
        Response::Json(_) => "decodes the JSON answer",
        Response::Empty => "expects an empty answer",
        Response::Text => "returns the text answer",
        Response::Binary => "returns the raw bytes",
        Response::EventStream => {
            "returns the open event stream response (typed streams live in `opencode-sse`)"
        }
    };
    let _ = writeln!(
        out,
        "/// Sends the request and {what}.\npub async fn send(self) -> Result<{ret}, opencode_transport::Error> {{ let req = self.request()?; {body} }}\n}}"
    );
    let _ = writeln!(
        out,
        "impl crate::Operation for {name} {{\ntype Output = {ret};\nconst ID: &'static str = {id};\nfn client(&self) -> &opencode_transport::Client {{ &self.client }}\nfn request(&self) -> Result<opencode_transport::ApiRequest, opencode_transport::Error> {{ {name}::request(self) }}\nfn send(self) -> impl std::future::Future<Output = Result<{ret}, opencode_transport::Error>> + Send {{ {name}::send(self) }}\n}}",
        id = lit(&op.id),
    );
    let decode = match &op.response {
        Response::Json(_) => Some("opencode_transport::decode_json(response)"),
        Response::Empty => Some("let _ = response; Ok(())"),
        Response::Text => Some("Ok(String::from_utf8_lossy(response.body()).into_owned())"),
        Response::Binary => Some("Ok(response.body().clone())"),
        Response::EventStream => None,
    };
    if let Some(decode) = decode {
        let _ = writeln!(
            out,
            "impl crate::BufferedOperation for {name} {{\nfn decode(response: &http::Response<bytes::Bytes>) -> Result<{ret}, opencode_transport::Error> {{ {decode} }}\n}}"
        );
    }
}

/// The test files that call operations (crate short name and file stem, and the text
/// without whitespace), for the coverage column of `docs/operations.md`. The generated
/// request-building test is left out: it calls every operation without a server.
fn test_sources() -> Vec<(String, String)> {
    let root = crate::workspace_root();
    let mut out = Vec::new();
    let Ok(crates) = std::fs::read_dir(root.join("crates")) else {
        return out;
    };
    let mut dirs: Vec<_> = crates.flatten().map(|e| e.path()).collect();
    dirs.sort();
    for dir in dirs {
        let short = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .trim_start_matches("opencode-")
            .to_owned();
        let Ok(files) = std::fs::read_dir(dir.join("tests")) else {
            continue;
        };
        let mut files: Vec<_> = files
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        files.sort();
        for file in files {
            let stem = file
                .file_stem()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            // Built without a server (it and its generated `requests/table.rs`).
            if short == "api" && stem == "requests" {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(&file) {
                let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                out.push((format!("{short}/{stem}"), text));
            }
        }
    }
    out
}

/// What the every-operation live test recorded for each operation (its insta snapshot):
/// `id → "404 NotFoundError"`.
fn live_answers() -> std::collections::BTreeMap<String, String> {
    let path = crate::workspace_root().join(
        "crates/opencode-api/tests/snapshots/every_operation__every_operation_answers_typed.snap",
    );
    let text = std::fs::read_to_string(path).unwrap_or_default();
    // The body follows the second `---` line of the snapshot's header.
    text.splitn(3, "---\n")
        .nth(2)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split_once(": "))
        .map(|(id, answer)| (id.to_owned(), answer.to_owned()))
        .collect()
}

fn operations_doc(
    ops: &[Operation],
    tests: &[(String, String)],
    answers: &std::collections::BTreeMap<String, String>,
) -> String {
    // A test calls an operation when it has `api.<groups>.<name>(` or `api().<groups>...`.
    let callers: Vec<Vec<&str>> = ops
        .iter()
        .map(|op| {
            let mut chain = String::new();
            for g in &op.groups {
                let _ = write!(chain, ".{g}()");
            }
            let _ = write!(chain, ".{}(", op.name);
            let (a, b) = (format!("api{chain}"), format!("api(){chain}"));
            tests
                .iter()
                .filter(|(_, text)| text.contains(&a) || text.contains(&b))
                .map(|(name, _)| name.as_str())
                .collect()
        })
        .collect();
    let covered = callers.iter().filter(|c| !c.is_empty()).count();
    let answered = ops.iter().filter(|op| answers.contains_key(&op.id)).count();
    let mut out = format!(
        "# Operations\n\nGenerated by `cargo xtask codegen` from `spec/openapi.json`; do not edit.\n\n\
         Every operation of the server, its method in `opencode-api`, and its route. Required path and\n\
         query values (and required bodies) are arguments; optional ones are builder setters; every\n\
         builder has `.directory()`, `.workspace()`, `.request()`, `.http_request()` and `.send().await`,\n\
         and implements `opencode_api::Operation`; all but the event streams also implement\n\
         `BufferedOperation`, whose `.send_with_response()` returns the status and headers too.\n\n\
         ## Coverage\n\n\
         - **Request**: every operation's request is built and checked without a server by\n  \
         `opencode-api/tests/requests` (method, URL, headers, body).\n\
         - **Typed answer**: {answered} of {total} are called against the real server (pinned release) by\n  \
         `opencode-api/tests/every_operation`, once each, with the generator's sample arguments: ids\n  \
         of the right shape that the server does not have (`ses_…`, `msg_…`) and the sample bodies.\n  \
         Each answer must be typed: a success decodes into the generated type, a failure is\n  \
         the server's error (`Error::Api`, with its name) or `UnsupportedByServer`. A decode\n  \
         error, a transport error or a hang fails the test. The \"sample call\" column is the\n  \
         answer it recorded (its insta snapshot). The others, and why, are listed after the table.\n\
         - **Real state**: {covered} are also called on real state (sessions, prompts, files) by the\n  \
         test files in the last column (`crate/file` under `crates/opencode-<crate>/tests/`),\n  \
         found by the generator as `api.<groups>.<name>(` in their text. Calls through a variable\n  \
         bound to a group (`let v2 = api.v2();`) or through the SDK's wrappers (`SessionHandle`,\n  \
         `PromptBuilder`, `PtyHandle`) are not seen by this scan.\n\n\
         | operation id | method | route | answers | sample call | also called by |\n|---|---|---|---|---|---|\n",
        total = ops.len()
    );
    for (op, callers) in ops.iter().zip(&callers) {
        let mut call = String::from("api");
        for g in &op.groups {
            let _ = write!(call, ".{g}()");
        }
        let args: Vec<&str> = required_args(op)
            .iter()
            .map(|p| p.rust.as_str())
            .chain(op.body.iter().filter(|b| b.required).map(|_| "body"))
            .collect();
        let _ = write!(call, ".{}({})", op.name, args.join(", "));
        let answer = response_ty(op)
            .replace("opencode_types::", "")
            .replace('|', "\\|");
        let live = if callers.is_empty() {
            "—".to_owned()
        } else {
            callers.join(", ")
        };
        let sample = match answers.get(&op.id) {
            Some(a) => format!("`{a}`"),
            None => "not called (below)".to_owned(),
        };
        let _ = writeln!(
            out,
            "| `{}` | `{call}` | `{} {}` | `{answer}` | {sample} | {live} |",
            op.id, op.method, op.path
        );
    }
    out.push_str(
        "\n## Not called against the server\n\n\
         Each is still built and checked by the request test, and has a typed-answer test of its\n\
         own in `opencode-api/tests/every_operation`.\n\n",
    );
    for (id, why) in NOT_CALLED_LIVE {
        let _ = writeln!(out, "- `{id}`: {why}.");
    }
    out
}

/// A test that builds every operation's request without I/O and snapshots it.
fn request_tests(ops: &[Operation]) -> String {
    let mut out = String::from(
        "//! Every operation's request, built without I/O: method, URL, headers and body.\n\
         //! Path values are `a/b?x#y` so a snapshot shows they stay inside their segment.\n\
         use super::common;\n\n#[test]\nfn every_operation_builds_its_request() {\nlet api = common::api();\nlet mut out = String::new();\nlet mut n = 0;\n",
    );
    for op in ops {
        let mut call = String::from("api");
        for g in &op.groups {
            let _ = write!(call, ".{g}()");
        }
        let mut args: Vec<String> = Vec::new();
        for p in required_args(op) {
            args.push(sample_arg(p));
        }
        if let Some(b) = op.body.as_ref().filter(|b| b.required) {
            args.push(format!("common::sample({})", lit(&b.sample.to_string())));
        }
        let _ = write!(call, ".{}({})", op.name, args.join(", "));
        for q in op.query.iter().filter(|q| !q.required) {
            let _ = write!(call, ".{}({})", q.rust, sample_arg(q));
        }
        if let Some(b) = op.body.as_ref().filter(|b| !b.required) {
            let _ = write!(
                call,
                ".body(common::sample({}))",
                lit(&b.sample.to_string())
            );
        }
        let _ = writeln!(
            out,
            "out += &common::show({}, {}, &{call}.http_request().expect({}));\nn += 1;",
            lit(&op.id),
            lit(&op.path),
            lit(&op.id)
        );
    }
    let _ = writeln!(
        out,
        "assert_eq!(n, {}, \"every operation is covered\");\nassert_eq!(n, opencode_api::OPERATIONS);\ninsta::assert_snapshot!(out);\n}}",
        ops.len()
    );
    out
}

/// Operations the every-operation live test does not call, and why. Each is still built
/// and checked by the request test; `operations.md` lists the reason.
pub const NOT_CALLED_LIVE: &[(&str, &str)] = &[
    (
        "global.upgrade",
        "it installs another server release over the running one (it runs the package manager); \
         `upgrade_failures_are_typed` decodes its two failure answers from a loopback stub",
    ),
    (
        "tui.control.next",
        "it long-polls until a terminal UI posts a control request, and `serve` has none; \
         `the_tui_long_poll_ends_as_a_typed_timeout` calls it on the real server and gets \
         `Error::Timeout`",
    ),
];

/// The every-operation live test's table: each operation not in [`NOT_CALLED_LIVE`],
/// called with its required arguments only (the generator's samples).
fn live_table(ops: &[Operation]) -> String {
    let mut out = String::from(
        "//! Every operation but those in the generator's `NOT_CALLED_LIVE`, with its required\n\
         //! arguments (the generator's samples), for the every-operation live test.\n\
         use super::{Call, call, sample};\n\n\
         /// One call per operation, in the spec's order.\n\
         pub fn calls(api: &opencode_api::Api) -> Vec<Call> {\nvec![\n",
    );
    for op in ops {
        if NOT_CALLED_LIVE.iter().any(|(id, _)| *id == op.id) {
            continue;
        }
        let mut c = String::from("api");
        for g in &op.groups {
            let _ = write!(c, ".{g}()");
        }
        let mut args: Vec<String> = Vec::new();
        for p in required_args(op) {
            args.push(match live_id(op, p) {
                Some(id) => lit(&id),
                None => sample_arg(p).replace("common::sample(", "sample("),
            });
        }
        let body = op
            .body
            .as_ref()
            .map(|b| format!("sample({})", lit(&b.sample.to_string())));
        match (&op.body, body) {
            (Some(b), Some(body)) if b.required => args.push(body),
            (Some(_), Some(body)) => {
                let _ = write!(c, ".{}({})", op.name, args.join(", "));
                args.clear();
                let _ = writeln!(c, ".body({body}),");
            }
            _ => {}
        }
        if !c.ends_with(",\n") {
            let _ = writeln!(c, ".{}({}),", op.name, args.join(", "));
        }
        out.push_str("call(");
        out.push_str(c.trim_end().trim_end_matches(','));
        out.push_str("),\n");
    }
    out.push_str("]\n}\n\n/// The operations not called, and why.\npub const NOT_CALLED: &[(&str, &str)] = &[\n");
    for (id, why) in NOT_CALLED_LIVE {
        let _ = writeln!(out, "({}, {}),", lit(id), lit(why));
    }
    out.push_str("];\n");
    out
}

/// An id the server accepts the shape of but does not have (`ses_…` for a session), so
/// the live call reaches the route's own "not found" rather than its input check.
fn live_id(op: &Operation, p: &Param) -> Option<String> {
    let prefix = match p.wire.as_str() {
        "sessionID" => "ses",
        "messageID" => "msg",
        "partID" => "prt",
        "ptyID" => "pty",
        "requestID" if op.id.contains("question") => "que",
        "requestID" | "permissionID" => "per",
        "id" if op.id.contains("workspace") => "wrk",
        _ => return None,
    };
    Some(format!("{prefix}_0000000000000everyoperation"))
}

fn sample_arg(p: &Param) -> String {
    match (&p.ty, &p.sample) {
        (Ty::String, v) => lit(v.as_str().unwrap_or("sample")),
        (Ty::Bool, _) => "true".into(),
        (Ty::Integer, _) => "1".into(),
        (Ty::Number, _) => "1.0".into(),
        (_, v) => format!("common::sample({})", lit(&v.to_string())),
    }
}
