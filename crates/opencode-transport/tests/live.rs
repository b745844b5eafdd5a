//! Checks against a real `opencode serve`, run only when `OPENCODE_BIN` names the binary
//! (`OPENCODE_BIN=$(cargo xtask install-opencode) cargo test -p opencode-transport --test live`).

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

mod common;

use http_body_util::BodyExt;
use opencode_transport::{ApiRequest, Client, Error, ResponseFormat, RetryPolicy};
use tokio::io::{AsyncBufReadExt, BufReader};

const PASSWORD: &str = "live-test-password";

struct Server {
    child: tokio::process::Child,
    url: String,
    root: PathBuf,
}

impl Server {
    async fn stop(mut self) {
        let _ = self.child.kill().await;
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

async fn start(bin: &str) -> Server {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let root = std::env::temp_dir().join(format!(
        "opencode-transport-live-{}-{nanos}",
        std::process::id()
    ));
    let project = root.join("project");
    for dir in ["home", "config", "data", "cache", "state"] {
        std::fs::create_dir_all(root.join(dir)).expect("temp dir");
    }
    std::fs::create_dir_all(&project).expect("project dir");
    let dead_registry = "http://127.0.0.1:9";
    let mut child = tokio::process::Command::new(bin)
        .args(["serve", "--port", "0", "--hostname", "127.0.0.1"])
        .current_dir(&project)
        .env("HOME", root.join("home"))
        .env("XDG_CONFIG_HOME", root.join("config"))
        .env("XDG_DATA_HOME", root.join("data"))
        .env("XDG_CACHE_HOME", root.join("cache"))
        .env("XDG_STATE_HOME", root.join("state"))
        .env("npm_config_registry", dead_registry)
        .env("NPM_CONFIG_REGISTRY", dead_registry)
        .env("BUN_CONFIG_REGISTRY", dead_registry)
        .env("OPENCODE_SERVER_PASSWORD", PASSWORD)
        .env_remove("OPENCODE_SERVER_USERNAME")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn opencode");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let url = tokio::time::timeout(Duration::from_secs(60), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(url) = line.trim().strip_prefix("opencode server listening on ") {
                return Some(url.to_owned());
            }
        }
        None
    })
    .await
    .ok()
    .flatten()
    .expect("the server printed its listening line within 60 s");
    // Keep draining stdout so the server never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Server { child, url, root }
}

#[tokio::test]
async fn against_the_real_server() {
    let Ok(bin) = std::env::var("OPENCODE_BIN") else {
        println!("skipped: OPENCODE_BIN not set");
        return;
    };
    let server = start(&bin).await;
    let result = tokio::time::timeout(Duration::from_secs(120), async {
        checks(&server).await;
        operation_checks(&server).await;
    })
    .await;
    server.stop().await;
    result.expect("live checks finished within 120 s");
}

async fn checks(server: &Server) {
    let client = Client::builder()
        .base_url(&server.url)
        .password(PASSWORD)
        .retry(RetryPolicy::none())
        .build()
        .expect("client");

    // Auth.
    let health: serde_json::Value = client
        .send_json(ApiRequest::get("/global/health"))
        .await
        .expect("health");
    assert_eq!(health["healthy"], true, "{health}");
    let anonymous = Client::builder()
        .base_url(&server.url)
        .build()
        .expect("client");
    let error = anonymous
        .send(ApiRequest::get("/global/health"))
        .await
        .expect_err("401");
    assert!(error.is_unauthorized(), "{error:?}");
    assert!(!error.to_string().contains(PASSWORD));

    // Directory routing, v1: header + ?directory= on GET, header only on POST.
    let dir = server.root.join("dirs").join("with space ünï");
    std::fs::create_dir_all(&dir).expect("dir");
    let dir = dir.to_string_lossy().into_owned();
    let scoped = client.with_directory(&dir);
    let path: serde_json::Value = scoped
        .send_json(ApiRequest::get("/path"))
        .await
        .expect("path");
    assert_eq!(path["directory"], dir.as_str(), "{path}");
    let session: serde_json::Value = scoped
        .send_json(ApiRequest::post("/session").json_body("{}"))
        .await
        .expect("create session");
    assert_eq!(session["directory"], dir.as_str(), "{session}");
    let session_id = session["id"].as_str().expect("session id").to_owned();

    // Directory routing, /api/*: location[directory].
    let location: serde_json::Value = scoped
        .send_json(ApiRequest::get("/api/location"))
        .await
        .expect("location");
    assert!(
        location.to_string().contains(&dir.replace('\\', "\\\\")),
        "{location}"
    );

    // Errors.
    let error = client
        .send(ApiRequest::get("/session/{id}").path_param("id", "ses_doesnotexist"))
        .await
        .expect_err("404");
    assert!(error.is_not_found(), "{error:?}");
    assert_eq!(error.server_error_name(), Some("NotFoundError"));
    let error = client
        .send(ApiRequest::get("/doesnotexist"))
        .await
        .expect_err("web page");
    assert!(
        matches!(error, Error::UnsupportedByServer { .. }),
        "{error:?}"
    );
    // Byte answers: a file that is HTML is content, the web page for a missing route is not.
    std::fs::write(
        server.root.join("project").join("page.html"),
        "<html>mine</html>",
    )
    .expect("write page");
    let project = server.root.join("project").to_string_lossy().into_owned();
    let page = client
        .with_directory(&project)
        .send(
            ApiRequest::get("/api/fs/read/page.html")
                .raw_path("/api/fs/read/page.html")
                .format(ResponseFormat::Any),
        )
        .await
        .expect("an HTML file is content");
    assert_eq!(page.body().as_ref(), b"<html>mine</html>");
    let error = client
        .send(ApiRequest::get("/api/doesnotexist").format(ResponseFormat::Any))
        .await
        .expect_err("the web page is no answer");
    assert!(
        matches!(error, Error::UnsupportedByServer { .. }),
        "{error:?}"
    );
    // A path parameter can never reach another route.
    let error = client
        .send(ApiRequest::get("/session/{id}").path_param("id", "../config"))
        .await
        .expect_err("not the config");
    assert!(matches!(error, Error::Api { .. }), "{error:?}");
    let fetched: serde_json::Value = client
        .send_json(ApiRequest::get("/session/{id}").path_param("id", &session_id))
        .await
        .expect("the session by id");
    assert_eq!(fetched["id"], session_id.as_str());

    // Streaming, with auth.
    let response = scoped
        .send_streaming(ApiRequest::get("/event").format(ResponseFormat::EventStream))
        .await
        .expect("event stream");
    let mut body = response.into_body();
    let frame = tokio::time::timeout(Duration::from_secs(10), body.frame())
        .await
        .expect("first frame in time")
        .expect("a frame")
        .expect("frame ok");
    let data = frame.into_data().expect("data frame");
    assert!(
        String::from_utf8_lossy(&data).contains("server.connected"),
        "{}",
        String::from_utf8_lossy(&data)
    );
}

/// With `check_operations`, the server's `/doc` decides, once, before anything is sent.
async fn operation_checks(server: &Server) {
    let sent = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let client = Client::builder()
        .base_url(&server.url)
        .password(PASSWORD)
        .check_operations(true)
        .layer(common::CountLayer(sent.clone()))
        .build()
        .expect("client");
    let count = || sent.load(std::sync::atomic::Ordering::SeqCst);
    // Known, with the spec's parameter names or others: `/doc` and the call.
    let error = client
        .send(ApiRequest::get("/session/{id}").path_param("id", "ses_doesnotexist"))
        .await
        .expect_err("404");
    assert!(error.is_not_found(), "{error:?}");
    assert_eq!(count(), 2, "GET /doc, then the call");
    // Unknown: refused without a request, and /doc is not fetched again (clones share it).
    let error = client
        .with_directory("/tmp")
        .send(ApiRequest::get("/doesnotexist/{id}").path_param("id", "x"))
        .await
        .expect_err("not in /doc");
    match &error {
        Error::UnsupportedByServer { path, evidence, .. } => {
            assert_eq!(path, "/doesnotexist/{id}");
            assert_eq!(
                *evidence,
                opencode_transport::UnsupportedEvidence::NotInServerDoc
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(error.is_unsupported());
    assert_eq!(count(), 2, "nothing was sent");
    // Wrong method on a known route.
    let error = client
        .send(ApiRequest::post("/global/health"))
        .await
        .expect_err("no POST /global/health");
    assert!(error.is_unsupported(), "{error:?}");
    assert_eq!(count(), 2);
    // `/doc` itself is not in the list, and is always allowed.
    let doc = client.send(ApiRequest::get("/doc")).await.expect("/doc");
    assert!(doc.body().starts_with(b"{"), "the spec as JSON");
    assert_eq!(count(), 3);
}
