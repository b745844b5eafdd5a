//! Against the real OpenCode server, when `OPENCODE_BIN` names its binary
//! (`cargo xtask install-opencode` prints the path). Skipped otherwise.
//!
//! Checks what stubs cannot: real frame shapes and heartbeats, session routing of real
//! events, and the clean end of `/event` on `POST /instance/dispose` turning into
//! `Retrying` + `Reconnected`.

mod common;

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use bytes::Bytes;
use common::{connector, within};
use futures_util::StreamExt;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use opencode_sse::{Error, EventStream, Router, StreamEvent, StreamItem};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader};

struct Server {
    child: tokio::process::Child,
    dirs: PathBuf,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
        let _ = std::fs::remove_dir_all(&self.dirs);
    }
}

async fn start(bin: PathBuf) -> Server {
    let dirs = std::env::temp_dir().join(format!("opencode-sse-test-{}", std::process::id()));
    let repo = dirs.join("repo");
    for d in ["home", "config", "data", "cache", "repo"] {
        std::fs::create_dir_all(dirs.join(d)).unwrap();
    }
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(&repo)
            .output()
            .expect("git")
    };
    git(&["init", "-q"]);
    git(&[
        "-c",
        "user.email=t@t",
        "-c",
        "user.name=t",
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        "init",
    ]);
    let mut child = tokio::process::Command::new(bin)
        .args(["serve", "--port", "0", "--hostname", "127.0.0.1"])
        .current_dir(&repo)
        .env("HOME", dirs.join("home"))
        .env("XDG_CONFIG_HOME", dirs.join("config"))
        .env("XDG_DATA_HOME", dirs.join("data"))
        .env("XDG_CACHE_HOME", dirs.join("cache"))
        .env("OPENCODE_CONFIG_CONTENT", r#"{"model":"fake/fake-model","provider":{"fake":{"npm":"@ai-sdk/openai-compatible","name":"Fake","options":{"baseURL":"http://127.0.0.1:9/v1","apiKey":"x"},"models":{"fake-model":{"name":"Fake Model"}}}}}"#)
        .env_remove("OPENCODE_SERVER_PASSWORD")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn opencode");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let base = tokio::time::timeout(Duration::from_secs(60), async {
        while let Some(line) = lines.next_line().await.unwrap() {
            if let Some(url) = line.split("listening on ").nth(1) {
                return url.trim().to_owned();
            }
        }
        panic!("server exited before listening");
    })
    .await
    .expect("server did not start");
    Server { child, dirs, base }
}

async fn call(method: &str, url: &str, body: &str) -> Value {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let request = http::Request::builder()
        .method(method)
        .uri(url)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_owned())))
        .unwrap();
    let response = client.request(request).await.unwrap();
    assert!(
        response.status().is_success(),
        "{method} {url}: {}",
        response.status()
    );
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    serde_json::from_slice(&bytes).unwrap_or(Value::Null)
}

type Sub = opencode_sse::Subscription<Value>;

/// The next event of `sub` (skipping connection items) whose type is `kind`.
async fn wait_for(sub: &mut Sub, kind: &str) -> Value {
    within(async {
        while let Some(item) = sub.next().await {
            if let Ok(StreamItem::Event(event)) = item
                && event["type"] == kind
            {
                return event;
            }
        }
        panic!("subscription ended before {kind}");
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_server_routing_heartbeat_and_dispose() {
    let Some(bin) = std::env::var_os("OPENCODE_BIN").map(PathBuf::from) else {
        eprintln!("OPENCODE_BIN is not set; skipping the real-server test");
        return;
    };
    let server = start(bin).await;
    let base = server.base.clone();
    let stream: EventStream<Value> = EventStream::new(connector(&format!("{base}/event")));
    let router = Router::spawn(stream);
    let mut all = router.subscribe_all();
    assert!(matches!(
        within(all.next()).await,
        Some(Ok(StreamItem::Connected))
    ));
    wait_for(&mut all, "server.connected").await;

    let session = call("POST", &format!("{base}/session"), "{}").await;
    let id = session["id"].as_str().expect("session id").to_owned();
    let created = wait_for(&mut all, "session.created").await;
    assert_eq!(created.session_id(), Some(id.as_str()));

    let mut mine = router.subscribe(id.as_str());
    let mut other = router.subscribe("ses_someone_else");
    assert!(matches!(
        within(mine.next()).await,
        Some(Ok(StreamItem::Connected))
    ));
    assert!(matches!(
        within(other.next()).await,
        Some(Ok(StreamItem::Connected))
    ));
    call(
        "PATCH",
        &format!("{base}/session/{id}"),
        r#"{"title":"routed"}"#,
    )
    .await;
    let updated = wait_for(&mut mine, "session.updated").await;
    assert_eq!(updated.session_id(), Some(id.as_str()));

    // Disposing the instance ends /event cleanly; the stream reconnects and says so.
    call("POST", &format!("{base}/instance/dispose"), "").await;
    within(async {
        let mut saw_end = false;
        while let Some(item) = all.next().await {
            match item {
                Ok(StreamItem::Retrying {
                    error: Error::EndOfStream,
                    ..
                }) => saw_end = true,
                Ok(StreamItem::Reconnected { attempt, .. }) => {
                    assert!(saw_end);
                    assert_eq!(attempt, 1);
                    return;
                }
                _ => {}
            }
        }
        panic!("no reconnection");
    })
    .await;
    // The session subscriber never got another session's events, and nothing failed.
    while let Some(Some(item)) = futures_util::FutureExt::now_or_never(other.next()) {
        assert!(!matches!(item, Ok(StreamItem::Event(_))), "{item:?}");
    }
    // A server.heartbeat arrives within 10 s of connecting; it is counted, not yielded.
    tokio::time::timeout(Duration::from_secs(15), async {
        while router.stats().heartbeats == 0 {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
    .await
    .expect("no heartbeat within 15 s");
    let stats = router.stats();
    assert_eq!(stats.parse_errors, 0);
    assert_eq!(stats.reconnects, 1);
}
