//! `cargo xtask capture`: records a wire corpus from the real server.
//!
//! A real `opencode serve` (isolated, with the scripted fake provider) is driven through
//! text, reasoning, tool, permission, question, error and abort flows while its event
//! streams are recorded. Every response value whose schema is a named component is stored
//! under `crates/opencode-types/tests/fixtures/wire/<Component>/<case>.json`, and the event
//! streams as NDJSON, so `opencode-types` can prove that each one decodes and re-encodes.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use opencode_testing::{TestServer, Turn};
use serde_json::{Value, json};

/// Where the corpus is written, relative to the workspace root.
pub const CORPUS_DIR: &str = "crates/opencode-types/tests/fixtures/wire";

/// At most this many samples of one component, except for [`UNCAPPED`].
const MAX_PER_COMPONENT: usize = 6;

/// Components kept in full: every message and part the flows produce.
const UNCAPPED: &[&str] = &[
    "Message",
    "Part",
    "AssistantMessage",
    "Session",
    "PermissionRequest",
    "QuestionRequest",
];

/// Records the corpus (replacing the previous one).
pub fn run() -> Result<()> {
    let bin = crate::install::install(crate::install::PINNED_VERSION)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let server = rt
        .block_on(
            TestServer::builder()
                .binary(bin)
                .permission(json!({"bash": "ask", "edit": "ask"}))
                .file("README.md", "# Corpus project\n\nhello corpus\n")
                .start(),
        )
        .context("starting the test server")?;
    let spec: Value = serde_json::from_str(&std::fs::read_to_string(
        crate::workspace_root().join("spec/openapi.json"),
    )?)?;
    let mut cap = Capture {
        api: Api::new(server.url(), server.authorization()),
        spec,
        records: Vec::new(),
        skipped: Vec::new(),
    };
    let events = cap.api.subscribe("/event");
    let global = cap.api.subscribe("/global/event");
    let v2 = cap.api.subscribe("/api/event");
    // Every stream's first frame (`server.connected`) before anything happens, so none
    // misses the first session's `session.created`.
    let deadline = Instant::now() + Duration::from_secs(30);
    while [&events, &global, &v2]
        .iter()
        .any(|stream| stream.lock().map(|l| l.is_empty()).unwrap_or(true))
    {
        if Instant::now() > deadline {
            bail!("the event streams did not all connect within 30 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let result = scenarios(&mut cap, &server);
    // Let the last events arrive, then end the streams by disposing and stopping.
    std::thread::sleep(Duration::from_millis(800));
    let _ = cap.api.call("POST", "/instance/dispose", None);
    let _ = cap.api.call("POST", "/global/dispose", None);
    std::thread::sleep(Duration::from_millis(800));
    rt.block_on(server.stop());
    result?;

    let dir = crate::workspace_root().join(CORPUS_DIR);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (ty, case, value) in &cap.records {
        let n = counts.entry(ty.clone()).or_default();
        // Catalogue listings repeat one shape hundreds of times; a few samples prove it.
        if *n >= MAX_PER_COMPONENT && !UNCAPPED.contains(&ty.as_str()) {
            continue;
        }
        *n += 1;
        let path = dir.join(ty).join(format!("{case}.json"));
        write_json(&path, value)?;
    }
    let mut kinds = BTreeMap::new();
    for (name, stream) in [
        ("events", &events),
        ("global_events", &global),
        ("v2_events", &v2),
    ] {
        let lines = stream.lock().map(|l| l.clone()).unwrap_or_default();
        for line in &lines {
            if let Ok(v) = serde_json::from_str::<Value>(line) {
                let kind = v["type"]
                    .as_str()
                    .or(v["payload"]["type"].as_str())
                    .unwrap_or("?");
                *kinds.entry(format!("{name}:{kind}")).or_insert(0) += 1;
            }
        }
        std::fs::write(dir.join(format!("{name}.ndjson")), lines.join("\n") + "\n")?;
    }
    println!(
        "corpus written to {CORPUS_DIR}: {} values of {} types",
        cap.records.len(),
        counts.len()
    );
    for (ty, n) in &counts {
        println!("  {ty}: {n}");
    }
    println!("event frames by stream and type:");
    for (k, n) in &kinds {
        println!("  {k}: {n}");
    }
    for s in &cap.skipped {
        println!("  not stored: {s}");
    }
    Ok(())
}

fn write_json(path: &Path, value: &Value) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, serde_json::to_string_pretty(value)? + "\n")?;
    Ok(())
}

/// The flows that produce the corpus.
fn scenarios(cap: &mut Capture, server: &TestServer) -> Result<()> {
    let provider = server.provider();
    let project = server.project_dir();
    let project_str = project.display().to_string();

    let session = cap.post("session.create", "/session", json!({"title": "corpus"}))?;
    let sid = session["id"].as_str().context("session id")?.to_owned();
    let prompt = format!("/session/{sid}/message");
    let prompt_async = format!("/session/{sid}/prompt_async");

    // Text, then reasoning followed by text.
    provider.push(Turn::text("Hello from the fake model."));
    cap.post(
        "session.prompt",
        &prompt,
        json!({"parts": [{"type": "text", "text": "hello"}]}),
    )?;
    provider.push(Turn::reasoning("Thinking it through.").then_text("Done thinking."));
    cap.post(
        "session.prompt",
        &prompt,
        json!({"parts": [{"type": "text", "text": "think"}]}),
    )?;

    // A user message with a file part and an agent part.
    provider.push(Turn::text("I read the file."));
    cap.post(
        "session.prompt",
        &prompt,
        json!({"parts": [
            {"type": "text", "text": "read this"},
            {"type": "file", "mime": "text/plain", "filename": "README.md", "url": format!("file://{project_str}/README.md")},
            {"type": "agent", "name": "general"}
        ]}),
    )?;

    // bash with `ask`: approve once; rejected with a message (the loop goes on); write with
    // `edit: ask`.
    let flows = [
        (
            Turn::tool_call(
                "bash",
                json!({"command": "echo hello-from-bash > out.txt; echo done", "description": "Write a file"}),
            ),
            "The command ran.",
            "run it",
            json!({"reply": "once"}),
        ),
        (
            Turn::tool_call(
                "bash",
                json!({"command": "rm -rf nothing", "description": "Remove"}),
            ),
            "Understood, not running it.",
            "remove",
            json!({"reply": "reject", "message": "no thanks"}),
        ),
        (
            Turn::tool_call(
                "write",
                json!({"filePath": format!("{project_str}/written.txt"), "content": "written by fake llm\n"}),
            ),
            "File written.",
            "write",
            json!({"reply": "once"}),
        ),
    ];
    for (tool_turn, answer, text, reply) in flows {
        provider.push(tool_turn);
        provider.push(Turn::text(answer));
        cap.post_no_content(
            "session.prompt_async",
            &prompt_async,
            json!({"parts": [{"type": "text", "text": text}]}),
        )?;
        let per = cap.wait_pending("/permission", "permission.list")?;
        cap.post(
            "permission.reply",
            &format!("/permission/{per}/reply"),
            reply,
        )?;
        cap.wait_idle(&sid)?;
    }

    // question: answered, then rejected.
    let question = json!({"questions": [{"question": "Pick a color?", "header": "Color", "options": [{"label": "red", "description": "Red"}, {"label": "blue", "description": "Blue"}]}]});
    provider.push(Turn::tool_call("question", question.clone()));
    provider.push(Turn::text("Red it is."));
    cap.post_no_content(
        "session.prompt_async",
        &prompt_async,
        json!({"parts": [{"type": "text", "text": "ask me"}]}),
    )?;
    let que = cap.wait_pending("/question", "question.list")?;
    cap.post(
        "question.reply",
        &format!("/question/{que}/reply"),
        json!({"answers": [["red"]]}),
    )?;
    cap.wait_idle(&sid)?;
    provider.push(Turn::tool_call("question", question));
    cap.post_no_content(
        "session.prompt_async",
        &prompt_async,
        json!({"parts": [{"type": "text", "text": "ask again"}]}),
    )?;
    let que = cap.wait_pending("/question", "question.list")?;
    cap.post(
        "question.reject",
        &format!("/question/{que}/reject"),
        json!({}),
    )?;
    cap.wait_idle(&sid)?;

    // todowrite.
    provider.push(Turn::tool_call("todowrite", json!({"todos": [{"content": "Write tests", "status": "pending", "priority": "high", "id": "1"}]})));
    provider.push(Turn::text("Planned."));
    cap.post(
        "session.prompt",
        &prompt,
        json!({"parts": [{"type": "text", "text": "plan"}]}),
    )?;

    // Abort in the middle of a slow answer.
    provider.push(
        Turn::text("Hello from the slow fake model that will be cut short")
            .chunk_delay(Duration::from_millis(300)),
    );
    cap.post_no_content(
        "session.prompt_async",
        &prompt_async,
        json!({"parts": [{"type": "text", "text": "slow"}]}),
    )?;
    std::thread::sleep(Duration::from_millis(1500));
    cap.post("session.abort", &format!("/session/{sid}/abort"), json!({}))?;
    cap.wait_idle(&sid)?;

    // A v2 session: its prompts are admitted and reported as `session.next.*` events on
    // every stream. (1.18.33 does not run the v2 agent loop yet: no model call is made and
    // `POST /api/session/{id}/wait` answers 503 "not available yet".)
    let v2_session = cap.post(
        "v2.session.create",
        "/api/session",
        json!({"location": {"directory": project_str}, "model": {"id": "fake-model", "providerID": "fake"}}),
    )?;
    let v2_sid = v2_session["data"]["id"]
        .as_str()
        .context("v2 session id")?
        .to_owned();
    for (text, extra) in [
        ("hello v2", json!({})),
        ("queued v2", json!({"delivery": "queue"})),
        ("resume v2", json!({"resume": true})),
    ] {
        let mut body = json!({"prompt": {"text": text}});
        if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            body.extend(extra.clone());
        }
        cap.post(
            "v2.session.prompt",
            &format!("/api/session/{v2_sid}/prompt"),
            body,
        )?;
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (_, messages) = cap
            .api
            .call("GET", &format!("/api/session/{v2_sid}/message"), None)?;
        if messages.to_string().contains("resume v2") {
            break;
        }
        if Instant::now() > deadline {
            bail!("the v2 prompts were not stored within 20 s: {messages}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_secs(3));
    for path in [
        format!("/api/session/{v2_sid}"),
        format!("/api/session/{v2_sid}/message"),
        format!("/api/session/{v2_sid}/context"),
        format!("/api/session/{v2_sid}/history"),
    ] {
        cap.get("v2", &path)?;
    }

    // An upstream error: the server retries five times, then records an APIError.
    let err_session = cap.post("session.create", "/session", json!({"title": "errors"}))?;
    let eid = err_session["id"].as_str().context("session id")?.to_owned();
    for _ in 0..6 {
        provider.push(Turn::error(500, "fake upstream failure"));
    }
    cap.post_no_content(
        "session.prompt_async",
        &format!("/session/{eid}/prompt_async"),
        json!({"parts": [{"type": "text", "text": "fail"}]}),
    )?;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (_, status) = cap.api.call("GET", "/session/status", None)?;
        if status[&eid]["type"] == "retry" {
            cap.store_response("session.status", "GET", "/session/status", &status);
            break;
        }
        if Instant::now() > deadline {
            bail!("no retry status within 20 s");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    cap.wait_idle_for(&eid, Duration::from_secs(120))?;
    cap.get("session.messages", &format!("/session/{eid}/message"))?;

    // Session management.
    cap.patch(
        "session.update",
        &format!("/session/{sid}"),
        json!({"title": "corpus renamed"}),
    )?;
    let child = cap.post("session.fork", &format!("/session/{sid}/fork"), json!({}))?;
    let messages = cap.get("session.messages", &format!("/session/{sid}/message"))?;
    if let Some(first) = messages.as_array().and_then(|m| m.first()) {
        let mid = first["info"]["id"].as_str().unwrap_or_default().to_owned();
        cap.get("session.message", &format!("/session/{sid}/message/{mid}"))?;
    }
    if let Some(mid) = last_user_message(&messages) {
        cap.post(
            "session.revert",
            &format!("/session/{sid}/revert"),
            json!({"messageID": mid}),
        )?;
        cap.post(
            "session.unrevert",
            &format!("/session/{sid}/unrevert"),
            json!({}),
        )?;
    }
    // Compaction, a slash command, a toast, part deletion, project rename, and a prompt
    // after a revert (which removes the reverted messages).
    provider.push(Turn::text("Summary of the session so far."));
    cap.post(
        "session.summarize",
        &format!("/session/{sid}/summarize"),
        json!({"providerID": "fake", "modelID": "fake-model"}),
    )?;
    cap.wait_idle(&sid)?;
    provider.push(Turn::text("Initialized the project."));
    cap.post(
        "session.command",
        &format!("/session/{sid}/command"),
        json!({"command": "init", "arguments": ""}),
    )?;
    cap.wait_idle(&sid)?;
    cap.post(
        "tui.showToast",
        "/tui/show-toast",
        json!({"message": "corpus toast", "variant": "info"}),
    )?;
    let messages = cap.get("session.messages", &format!("/session/{sid}/message"))?;
    if let Some((mid, pid)) = messages.as_array().into_iter().flatten().find_map(|m| {
        let part = m["parts"]
            .as_array()?
            .iter()
            .find(|p| p["type"] == "text")?;
        Some((
            m["info"]["id"].as_str()?.to_owned(),
            part["id"].as_str()?.to_owned(),
        ))
    }) {
        cap.delete(
            "part.delete",
            &format!("/session/{sid}/message/{mid}/part/{pid}"),
        )?;
    }
    if let Some(mid) = last_user_message(&messages) {
        cap.post(
            "session.revert",
            &format!("/session/{sid}/revert"),
            json!({"messageID": mid}),
        )?;
        provider.push(Turn::text("A fresh answer after the revert."));
        cap.post(
            "session.prompt",
            &prompt,
            json!({"parts": [{"type": "text", "text": "after revert"}]}),
        )?;
    }
    let (_, project) = cap.api.call("GET", "/project/current", None)?;
    if let Some(pid) = project["id"].as_str() {
        cap.patch(
            "project.update",
            &format!("/project/{pid}"),
            json!({"name": "corpus project"}),
        )?;
    }
    for path in [
        format!("/session/{sid}"),
        format!("/session/{sid}/children"),
        format!("/session/{sid}/todo"),
        format!("/session/{sid}/diff"),
        "/session".to_owned(),
    ] {
        cap.get("session", &path)?;
    }
    if let Some(cid) = child["id"].as_str() {
        cap.delete("session.delete", &format!("/session/{cid}"))?;
    }

    // Project, config, catalogue and files.
    let pty = cap.post(
        "pty.create",
        "/pty",
        json!({"command": "/bin/sh", "title": "corpus"}),
    )?;
    for path in [
        "/global/health",
        "/global/config",
        "/config",
        "/config/providers",
        "/provider",
        "/provider/auth",
        "/agent",
        "/command",
        "/skill",
        "/lsp",
        "/formatter",
        "/mcp",
        "/project",
        "/project/current",
        "/path",
        "/vcs",
        "/vcs/status",
        "/file?path=.",
        "/file/content?path=README.md",
        "/file/status",
        "/find?pattern=hello",
        "/find/file?query=README",
        "/find/symbol?query=x",
        "/pty",
        "/experimental/tool/ids",
        "/experimental/capabilities",
        "/experimental/worktree",
        "/experimental/session",
        "/experimental/resource",
        "/experimental/workspace",
        "/experimental/workspace/adapter",
        "/experimental/workspace/status",
        "/experimental/tool?provider=fake&model=fake-model",
        "/pty/shells",
        "/question",
        "/permission",
        "/api/health",
        "/api/location",
        "/api/agent",
        "/api/session",
        "/api/session/active",
        "/api/model",
        "/api/provider",
        "/api/integration",
        "/api/permission/request",
        "/api/permission/saved",
        "/api/command",
        "/api/skill",
        "/api/pty",
        "/api/question/request",
        "/api/reference",
        "/api/fs/list",
        "/api/fs/find?query=README",
    ] {
        cap.get("get", path)?;
    }
    if let Some(id) = pty["id"].as_str() {
        cap.get("pty.get", &format!("/pty/{id}"))?;
        cap.put(
            "pty.update",
            &format!("/pty/{id}"),
            json!({"title": "renamed", "size": {"rows": 30, "cols": 100}}),
        )?;
        cap.delete("pty.remove", &format!("/pty/{id}"))?;
    }
    for path in [
        format!("/api/session/{sid}"),
        format!("/api/session/{sid}/message"),
        format!("/api/session/{sid}/context"),
        format!("/api/session/{sid}/history"),
    ] {
        cap.get("v2", &path)?;
    }

    // Error bodies, stored by the component their status documents.
    for (method, path, body) in [
        ("GET", "/session/ses_doesnotexist".to_owned(), None),
        ("GET", "/session/notasessionid".to_owned(), None),
        ("POST", format!("/session/{sid}/message"), Some(json!({}))),
        ("POST", "/session".to_owned(), Some(json!({"title": 123}))),
        ("GET", "/file/content".to_owned(), None),
        ("GET", "/api/session/ses_doesnotexist".to_owned(), None),
        ("GET", "/api/session/bad".to_owned(), None),
        (
            "POST",
            "/permission/per_doesnotexist/reply".to_owned(),
            Some(json!({"reply": "once"})),
        ),
        (
            "POST",
            "/question/que_doesnotexist/reply".to_owned(),
            Some(json!({"answers": []})),
        ),
        ("GET", "/pty/pty_doesnotexist".to_owned(), None),
    ] {
        let (status, value) = cap.api.call(method, &path, body)?;
        cap.store_error(method, &path, status, value);
    }
    Ok(())
}

struct Capture {
    api: Api,
    spec: Value,
    records: Vec<(String, String, Value)>,
    skipped: Vec<String>,
}

impl Capture {
    fn get(&mut self, case: &str, path: &str) -> Result<Value> {
        self.expect("GET", case, path, None)
    }
    fn post(&mut self, case: &str, path: &str, body: Value) -> Result<Value> {
        self.expect("POST", case, path, Some(body))
    }
    fn patch(&mut self, case: &str, path: &str, body: Value) -> Result<Value> {
        self.expect("PATCH", case, path, Some(body))
    }
    fn put(&mut self, case: &str, path: &str, body: Value) -> Result<Value> {
        self.expect("PUT", case, path, Some(body))
    }
    fn delete(&mut self, case: &str, path: &str) -> Result<Value> {
        self.expect("DELETE", case, path, None)
    }
    fn post_no_content(&mut self, case: &str, path: &str, body: Value) -> Result<()> {
        let (status, value) = self.api.call("POST", path, Some(body))?;
        if status != 204 {
            bail!("{case}: POST {path} answered {status}, expected 204: {value}");
        }
        Ok(())
    }

    fn expect(
        &mut self,
        method: &str,
        case: &str,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value> {
        let (status, value) = self.api.call(method, path, body)?;
        if !(200..300).contains(&status) {
            bail!("{case}: {method} {path} answered {status}: {value}");
        }
        self.store_response(case, method, path, &value);
        Ok(value)
    }

    /// Stores the component-typed values of a 200 response, found by walking its schema.
    fn store_response(&mut self, case: &str, method: &str, path: &str, value: &Value) {
        let Some(op) = find_operation(&self.spec, method, path) else {
            self.skipped
                .push(format!("{method} {path}: no operation in the spec"));
            return;
        };
        let schema = op["responses"]["200"]["content"]["application/json"]["schema"].clone();
        let name = format!(
            "{}-{}",
            op["operationId"].as_str().unwrap_or(case),
            self.records.len()
        );
        let before = self.records.len();
        self.extract(&schema, value, &name);
        if self.records.len() == before {
            self.skipped
                .push(format!("{method} {path}: response has no named component"));
        }
    }

    fn store_error(&mut self, method: &str, path: &str, status: u16, value: Value) {
        let Some(op) = find_operation(&self.spec, method, path) else {
            return;
        };
        let schema =
            op["responses"][status.to_string()]["content"]["application/json"]["schema"].clone();
        let name = format!(
            "{}-{status}-{}",
            op["operationId"].as_str().unwrap_or("error"),
            self.records.len()
        );
        let before = self.records.len();
        if !schema.is_null() {
            self.extract(&schema, &value, &name);
        }
        if self.records.len() == before {
            // Undocumented status or shape (server-facts §3): kept for the transport's error decoder.
            self.records.push((
                "_errors".into(),
                name,
                json!({"method": method, "path": path, "status": status, "body": value}),
            ));
        }
    }

    fn extract(&mut self, schema: &Value, value: &Value, name: &str) {
        if let Some(r) = schema["$ref"].as_str() {
            let component = r.rsplit('/').next().unwrap_or(r).to_owned();
            // A union of error components: find the member whose discriminator matches.
            self.records
                .push((component, name.to_owned(), value.clone()));
            return;
        }
        if let Some(members) = schema["anyOf"].as_array() {
            if let Some(m) = members.iter().find(|m| self.member_matches(m, value)) {
                let m = m.clone();
                self.extract(&m, value, name);
            }
            return;
        }
        match (schema["type"].as_str(), value) {
            (Some("array"), Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    self.extract(&schema["items"], item, &format!("{name}-{i}"));
                }
            }
            (Some("object"), Value::Object(map)) => {
                if let Some(props) = schema["properties"].as_object() {
                    for (k, sub) in props {
                        if let Some(v) = map.get(k) {
                            self.extract(sub, v, &format!("{name}-{k}"));
                        }
                    }
                }
                if schema["additionalProperties"].is_object() {
                    for (k, v) in map {
                        if schema["properties"].get(k).is_none() {
                            let key: String = k
                                .chars()
                                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                                .collect();
                            self.extract(
                                &schema["additionalProperties"],
                                v,
                                &format!("{name}-{key}"),
                            );
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// Whether `value` carries the constant properties a union member (by reference) declares.
    fn member_matches(&self, member: &Value, value: &Value) -> bool {
        let Some(r) = member["$ref"].as_str() else {
            return false;
        };
        let schema = &self.spec["components"]["schemas"][r.rsplit('/').next().unwrap_or(r)];
        let Some(props) = schema["properties"].as_object() else {
            return false;
        };
        let consts: Vec<_> = props
            .iter()
            .filter_map(|(k, p)| {
                p["enum"]
                    .as_array()
                    .filter(|e| e.len() == 1)
                    .map(|e| (k, &e[0]))
            })
            .collect();
        !consts.is_empty() && consts.iter().all(|(k, v)| &value[k.as_str()] == *v)
    }

    fn wait_pending(&mut self, path: &str, case: &str) -> Result<String> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let (_, list) = self.api.call("GET", path, None)?;
            if let Some(id) = list
                .as_array()
                .and_then(|l| l.first())
                .and_then(|p| p["id"].as_str())
            {
                let id = id.to_owned();
                self.store_response(case, "GET", path, &list);
                return Ok(id);
            }
            if Instant::now() > deadline {
                bail!("nothing pending at {path} within 30 s");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn wait_idle(&mut self, sid: &str) -> Result<()> {
        self.wait_idle_for(sid, Duration::from_secs(30))
    }

    fn wait_idle_for(&mut self, sid: &str, limit: Duration) -> Result<()> {
        let deadline = Instant::now() + limit;
        // The status map is empty when idle; give the turn a moment to start first.
        std::thread::sleep(Duration::from_millis(300));
        loop {
            let (_, status) = self.api.call("GET", "/session/status", None)?;
            if status.get(sid).is_none() {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("session {sid} still busy after {limit:?}");
            }
            std::thread::sleep(Duration::from_millis(150));
        }
    }
}

/// The id of the last user message in a `GET /session/{id}/message` answer.
fn last_user_message(messages: &Value) -> Option<String> {
    messages
        .as_array()?
        .iter()
        .rev()
        .find(|m| m["info"]["role"] == "user")?["info"]["id"]
        .as_str()
        .map(str::to_owned)
}

/// The operation whose path template matches a concrete path (query string ignored).
fn find_operation<'a>(spec: &'a Value, method: &str, path: &str) -> Option<&'a Value> {
    let path = path.split('?').next().unwrap_or(path);
    let segments: Vec<&str> = path.split('/').collect();
    let paths = spec["paths"].as_object()?;
    let mut best: Option<(&'a Value, usize)> = None;
    for (template, item) in paths {
        let t: Vec<&str> = template.split('/').collect();
        if t.len() != segments.len() {
            continue;
        }
        let mut literal = 0;
        let ok = t.iter().zip(&segments).all(|(a, b)| {
            if a.starts_with('{') {
                true
            } else {
                literal += 1;
                a == b
            }
        });
        if ok
            && let Some(op) = item.get(method.to_ascii_lowercase())
            && best.is_none_or(|(_, l)| literal > l)
        {
            best = Some((op, literal));
        }
    }
    best.map(|(op, _)| op)
}

/// A small blocking HTTP client for the capture (basic auth, JSON bodies, SSE lines).
struct Api {
    base: String,
    auth: Option<String>,
    agent: ureq::Agent,
}

impl Api {
    fn new(base: &str, auth: Option<String>) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(180)))
            .build()
            .into();
        Api {
            base: base.to_owned(),
            auth,
            agent,
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<(u16, Value)> {
        let url = format!("{}{path}", self.base);
        let builder = http::Request::builder()
            .method(method)
            .uri(&url)
            .header("content-type", "application/json");
        let builder = match &self.auth {
            Some(a) => builder.header("authorization", a),
            None => builder,
        };
        let request = builder.body(body.map(|b| b.to_string()).unwrap_or_default())?;
        let mut res = self
            .agent
            .run(request)
            .with_context(|| format!("{method} {url}"))?;
        let status = res.status().as_u16();
        let text = res
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_string()?;
        let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        Ok((status, value))
    }

    /// Records the `data:` lines of an event stream on a thread until the stream ends.
    fn subscribe(&self, path: &str) -> Arc<Mutex<Vec<String>>> {
        let lines = Arc::new(Mutex::new(Vec::new()));
        let url = format!("{}{path}", self.base);
        let auth = self.auth.clone();
        let out = lines.clone();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        std::thread::spawn(move || {
            let mut req = agent.get(&url);
            if let Some(a) = &auth {
                req = req.header("authorization", a);
            }
            let Ok(res) = req.call() else { return };
            for line in BufReader::new(res.into_body().into_reader()).lines() {
                let Ok(line) = line else { break };
                if let Some(data) = line.strip_prefix("data: ")
                    && let Ok(mut l) = out.lock()
                {
                    l.push(data.to_owned());
                }
            }
        });
        lines
    }
}
