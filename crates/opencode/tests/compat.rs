//! The compatibility probe: the read surface, a prompt round trip and the event stream
//! against one server release, classified call by call.
//!
//! It runs against `OPENCODE_COMPAT_BIN` (a release installed by `cargo xtask compat`) or
//! the pinned release. With `OPENCODE_COMPAT_OUT` set it writes its results there as JSON;
//! `cargo xtask compat` collects them into the matrix in `docs/compatibility.md`.
//!
//! Each release's own `/doc` is the list of what it has (`check_operations`), so an
//! operation it lacks is `unsupported` without a request.
//!
//! The goals hold on every release: no call hangs, nothing panics, no answer decodes into a
//! wrong value silently (a decode failure is a typed error, counted), and a prompt gets
//! its answer.

use std::collections::BTreeMap;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::time::Duration;

use futures_util::StreamExt;
use opencode::prelude::*;
use opencode::sse::StreamItem;
use opencode_testing::{TestServer, Turn, live_binary};
use serde_json::json;

/// Longer than any read takes on a loaded machine; a call that takes longer is a hang.
const HANG_AFTER: Duration = Duration::from_secs(60);

/// How a call ended.
fn classify<T>(result: Result<Result<T, opencode::Error>, tokio::time::error::Elapsed>) -> String {
    match result {
        Err(_) => "hang".into(),
        Ok(Ok(_)) => "ok".into(),
        Ok(Err(e)) => match e.as_http() {
            Some(opencode::transport::Error::Decode { .. }) => "decode".into(),
            Some(h) if h.is_unsupported() => "unsupported".into(),
            Some(h) => match h.status() {
                Some(s) => s.as_u16().to_string(),
                None => format!("error: {h}"),
            },
            None => format!("error: {e}"),
        },
    }
}

type Read = for<'a> fn(
    &'a opencode_api::Api,
) -> Pin<Box<dyn Future<Output = Result<(), opencode::Error>> + Send + 'a>>;

/// A read as a [`Read`]: its answer is dropped once decoded.
macro_rules! read {
    ($name:literal, |$api:ident| $call:expr) => {
        (
            $name,
            (|$api: &opencode_api::Api| {
                Box::pin(async move { $call.await.map(drop).map_err(opencode::Error::from) })
                    as Pin<Box<dyn Future<Output = Result<(), opencode::Error>> + Send + '_>>
            }) as Read,
        )
    };
}

struct Probe {
    calls: BTreeMap<String, String>,
}

impl Probe {
    async fn call<T, E: Into<opencode::Error>>(
        &mut self,
        name: &str,
        fut: impl Future<Output = Result<T, E>>,
    ) -> Option<T> {
        let result = tokio::time::timeout(HANG_AFTER, fut).await;
        let result = result.map(|r| r.map_err(Into::into));
        let (class, value) = match result {
            Ok(Ok(v)) => ("ok".to_owned(), Some(v)),
            Ok(Err(e)) => {
                println!("{name} failed: {e}");
                (classify::<T>(Ok(Err(e))), None)
            }
            Err(elapsed) => (classify::<T>(Err(elapsed)), None),
        };
        println!("{name}: {class}");
        self.calls.insert(name.to_owned(), class);
        value
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compatibility_probe() {
    // The probe's future holds every call's state: on the heap, not the test thread's stack.
    Box::pin(probe()).await;
}

async fn probe() {
    let binary = std::env::var_os("OPENCODE_COMPAT_BIN")
        .map(PathBuf::from)
        .or_else(live_binary);
    let Some(binary) = binary else {
        println!("skipped: opencode binary not installed (run cargo xtask install-opencode)");
        return;
    };
    let server = TestServer::builder()
        .binary(&binary)
        .file("README.md", "compat\n")
        .turn(Turn::text("compat answer"))
        .start()
        .await
        .expect("the server starts");
    // Operations are checked against the release's own `/doc`: what it lacks is refused
    // as unsupported before anything is sent.
    let mut builder = Client::builder()
        .base_url(server.url())
        .directory(server.project_dir().display().to_string())
        .check_operations(true);
    if let Some(password) = server.password() {
        builder = builder.basic_auth(server.username(), password);
    }
    let client = builder.build().expect("client");
    let api = client.api();
    let mut p = Probe {
        calls: BTreeMap::new(),
    };

    // Events for the whole run: every frame either decodes or is counted.
    let mut events = client.events();
    let connected = tokio::time::timeout(HANG_AFTER, async {
        while let Some(item) = events.next().await {
            if matches!(item, Ok(StreamItem::Connected)) {
                return true;
            }
        }
        false
    })
    .await;
    assert_eq!(connected, Ok(true), "the event stream opens");
    let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
    let collector = tokio::spawn(async move {
        let mut kinds: BTreeMap<String, u64> = BTreeMap::new();
        let mut undecodable = 0u64;
        let mut unknown = 0u64;
        loop {
            let item = tokio::select! {
                item = events.next() => item,
                _ = &mut stopped => break,
            };
            let Some(item) = item else { break };
            match item {
                Ok(StreamItem::Event(e)) => {
                    if e.is_unknown() {
                        unknown += 1;
                    }
                    *kinds.entry(e.kind().to_owned()).or_default() += 1;
                }
                Ok(_) => {}
                Err(e) => {
                    undecodable += 1;
                    let raw = e
                        .raw_frame()
                        .map(|b| String::from_utf8_lossy(b).into_owned())
                        .unwrap_or_default();
                    println!("event not decoded: {e}\n  frame: {raw}");
                }
            }
        }
        (kinds, undecodable, unknown)
    });

    p.call("global.health", api.global().health().send()).await;
    let version = p
        .call("server_version()", client.server_version())
        .await
        .unwrap_or_else(|| "unknown".into());
    // One call site for the plain reads: each future is built and boxed in its own closure,
    // so no function's stack frame holds all of them (debug builds do not share the slots).
    let reads: Vec<(&str, Read)> = vec![
        read!("config.get", |api| api.config().get().send()),
        read!("config.providers", |api| api.config().providers().send()),
        read!("global.config.get", |api| api
            .global()
            .config()
            .get()
            .send()),
        read!("app.agents", |api| api.app().agents().send()),
        read!("app.skills", |api| api.app().skills().send()),
        read!("command.list", |api| api.command().list().send()),
        read!("project.list", |api| api.project().list().send()),
        read!("project.current", |api| api.project().current().send()),
        read!("path.get", |api| api.path().get().send()),
        read!("vcs.get", |api| api.vcs().get().send()),
        read!("file.list", |api| api.file().list(".").send()),
        read!("file.read", |api| api.file().read("README.md").send()),
        read!("file.status", |api| api.file().status().send()),
        read!("find.files", |api| api.find().files("README").send()),
        read!("find.text", |api| api.find().text("compat").send()),
        read!("formatter.status", |api| api.formatter().status().send()),
        read!("lsp.status", |api| api.lsp().status().send()),
        read!("mcp.status", |api| api.mcp().status().send()),
        read!("provider.list", |api| api.provider().list().send()),
        read!("provider.auth", |api| api.provider().auth().send()),
        read!("permission.list", |api| api.permission().list().send()),
        read!("question.list", |api| api.question().list().send()),
        read!("pty.list", |api| api.pty().list().send()),
        read!("tool.ids", |api| api.tool().ids().send()),
        read!("session.list", |api| api.session().list().send()),
        read!("session.status", |api| api.session().status().send()),
        read!("worktree.list", |api| api.worktree().list().send()),
        read!("v2.health.get", |api| api.v2().health().get().send()),
        read!("v2.session.list", |api| api.v2().session().list().send()),
        read!("v2.fs.read", |api| api.v2().fs().read("README.md").send()),
    ];
    for (name, read) in reads {
        p.call(name, read(api)).await;
    }

    // A session through the umbrella API: create, prompt, read back, delete.
    let session = p
        .call(
            "session.create",
            client.create_session().title("compat").send(),
        )
        .await;
    let mut prompt_ok = false;
    if let Some(session) = session {
        p.call("session.get", session.info()).await;
        let answer = p
            .call(
                "session.prompt (turn)",
                session.prompt("hello").timeout(HANG_AFTER).send(),
            )
            .await;
        prompt_ok = answer.as_ref().is_some_and(|a| a.text() == "compat answer");
        p.call("session.messages", session.messages()).await;
        p.call("session.todo", session.todo()).await;
        p.call("session.diff", session.diff()).await;
        p.call("session.delete", session.delete()).await;
    }

    let declared = declared_events(&client).await;
    // Let the last events arrive (the turn's were all seen before it resolved), then stop.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let _ = stop.send(());
    let (kinds, undecodable, unknown) = collector.await.expect("the collector did not panic");
    server.stop().await;

    let hangs = p.calls.values().filter(|c| *c == "hang").count();
    let decode = p.calls.values().filter(|c| *c == "decode").count();
    let ok = p.calls.values().filter(|c| *c == "ok").count();
    println!(
        "release {version}: {ok} ok / {} other of {} calls, {decode} decode failures, {hangs} hangs; \
         events: {} decoded ({unknown} of unknown kinds), {undecodable} not decoded; prompt {}",
        p.calls.len() - ok - decode - hangs,
        p.calls.len(),
        kinds.values().sum::<u64>(),
        if prompt_ok { "answered" } else { "FAILED" },
    );
    if let Some(out) = std::env::var_os("OPENCODE_COMPAT_OUT") {
        let report = json!({
            "version": version,
            "calls": p.calls,
            "events": kinds,
            "declared_events": declared,
            "undecodable_events": undecodable,
            "unknown_events": unknown,
            "prompt": prompt_ok,
        });
        std::fs::write(out, serde_json::to_vec_pretty(&report).unwrap()).expect("report written");
    }
    assert_eq!(hangs, 0, "no call hangs");
    assert!(prompt_ok, "a prompt gets its answer on {version}");
}

/// The event types the release's own `/doc` declares (the members of its `Event` union).
async fn declared_events(client: &Client) -> Vec<String> {
    let doc = client
        .transport()
        .send(opencode::transport::ApiRequest::get("/doc"))
        .await
        .expect("/doc answers");
    let doc: serde_json::Value = serde_json::from_slice(doc.body()).expect("/doc is JSON");
    let schemas = &doc["components"]["schemas"];
    let mut kinds: Vec<String> = schemas["Event"]["anyOf"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["$ref"].as_str()?.rsplit('/').next())
        .filter_map(|name| {
            // `enum: [kind]`, or `const: kind` in 1.3.2.
            let tag = &schemas[name]["properties"]["type"];
            tag["enum"][0].as_str().or(tag["const"].as_str())
        })
        .map(str::to_owned)
        .collect();
    kinds.sort();
    kinds.dedup();
    assert!(!kinds.is_empty(), "the release's /doc declares its events");
    kinds
}
