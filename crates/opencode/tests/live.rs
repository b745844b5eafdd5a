//! Session workflows through the umbrella API only, against the real server with the
//! scripted fake model.

use std::time::Duration;

use futures_util::StreamExt;
use opencode::prelude::*;
use opencode::types;
use opencode_testing::{TestServer, Turn, live_binary};
use serde_json::json;

async fn server(builder: opencode_testing::TestServerBuilder) -> Option<(TestServer, Client)> {
    if live_binary().is_none() {
        println!("skipped: opencode binary not installed (run cargo xtask install-opencode)");
        return None;
    }
    let server = builder.start().await.expect("test server starts");
    let client = Client::from_transport(server.client().expect("client"));
    Some((server, client))
}

/// A client for `server` that goes through another URL (a proxy).
fn client_for(server: &TestServer, url: &str) -> Client {
    let mut b = Client::builder()
        .base_url(url)
        .directory(server.project_dir().display().to_string());
    if let Some(pw) = server.password() {
        b = b.basic_auth(server.username(), pw);
    }
    b.build().expect("client")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prompt_deltas_add_up_to_the_final_text() {
    let text = "Hello from the fake model, streamed word by word.";
    let Some((server, client)) = server(TestServer::builder().turn(Turn::text(text))).await else {
        return;
    };
    let session = client.create_session().title("deltas").await.unwrap();
    let mut run = session.prompt("hi");
    let mut streamed = String::new();
    let mut steps = 0;
    while let Some(p) = run.next().await {
        match p.unwrap() {
            Progress::TextDelta { delta, .. } => streamed.push_str(&delta),
            Progress::StepFinish(_) => steps += 1,
            _ => {}
        }
    }
    let out = run.finish().await.unwrap();
    assert_eq!(streamed, text);
    assert_eq!(out.text(), text);
    assert_eq!(out.info.finish.as_deref(), Some("stop"));
    assert!(steps >= 1, "a step-finish part was reported");
    // `.await` on a run works as well.
    server.provider().push(Turn::text("second answer"));
    assert_eq!(
        session.prompt("again").await.unwrap().text(),
        "second answer"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn permission_once_completes_and_reject_stops() {
    let Some((server, client)) =
        server(TestServer::builder().permission(json!({"bash": "ask"}))).await
    else {
        return;
    };
    let provider = server.provider();
    provider.push(Turn::tool_call(
        "bash",
        json!({"command": "echo approved-run", "description": "echo"}),
    ));
    provider.push(Turn::text("The command ran."));
    let session = client.create_session().title("perm").await.unwrap();
    let mut run = session.prompt("run it");
    let mut asked = 0;
    let mut completed = false;
    while let Some(p) = run.next().await {
        match p.unwrap() {
            Progress::Permission(req) => {
                asked += 1;
                assert_eq!(req.permission, "bash");
                assert!(req.reply(Reply::Once).await.unwrap());
            }
            Progress::Tool(t) if t.state.kind() == "completed" => completed = true,
            _ => {}
        }
    }
    let out = run.finish().await.unwrap();
    assert_eq!(asked, 1);
    assert!(completed, "the tool completed after `once`");
    assert_eq!(out.text(), "The command ran.");

    // Reject without a message: the tool errors and the turn stops (no second model call).
    provider.push(Turn::tool_call(
        "bash",
        json!({"command": "echo rejected-run", "description": "echo"}),
    ));
    let before = provider.chat_requests().len();
    let run = session
        .prompt("run again")
        .on_permission(|_| Some(Reply::Reject { message: None }));
    let out = run.await.unwrap();
    let tool = out.tools().next().expect("tool part");
    assert_eq!(tool.state.kind(), "error");
    assert_eq!(
        provider.chat_requests().len(),
        before + 1,
        "the loop stopped after the rejection"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn question_is_answered() {
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    let provider = server.provider();
    provider.push(Turn::tool_call(
        "question",
        json!({"questions": [{"question": "Pick a color?", "header": "Color", "options": [{"label": "red", "description": "Red"}, {"label": "blue", "description": "Blue"}]}]}),
    ));
    provider.push(Turn::text("Red it is."));
    let session = client.create_session().title("question").await.unwrap();
    let mut run = session.prompt("ask me");
    while let Some(p) = run.next().await {
        if let Progress::Question(q) = p.unwrap() {
            assert_eq!(q.questions[0].question, "Pick a color?");
            assert!(q.answer([["red"]]).await.unwrap());
        }
    }
    assert_eq!(run.finish().await.unwrap().text(), "Red it is.");
    let results: Vec<String> = provider
        .chat_requests()
        .iter()
        .flat_map(|r| r.messages().to_vec())
        .filter(|m| m["role"] == "tool")
        .filter_map(|m| m["content"].as_str().map(str::to_owned))
        .collect();
    assert!(
        results
            .iter()
            .any(|r| r.contains("\"Pick a color?\"=\"red\"")),
        "{results:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn abort_mid_stream_keeps_the_partial_text() {
    let slow = Turn::text("one two three four five six seven eight nine ten")
        .chunk_delay(Duration::from_millis(300));
    let Some((_server, client)) = server(TestServer::builder().turn(slow)).await else {
        return;
    };
    let session = client.create_session().title("abort").await.unwrap();
    let mut run = session.prompt("slow please");
    let mut streamed = String::new();
    let mut aborted = false;
    while let Some(p) = run.next().await {
        if let Progress::TextDelta { delta, .. } = p.unwrap() {
            streamed.push_str(&delta);
            if !aborted && streamed.split_whitespace().count() >= 3 {
                aborted = session.abort().await.unwrap();
            }
        }
    }
    let err = run.finish().await.unwrap_err();
    assert!(err.is_aborted(), "{err:?}");
    let partial = err.as_turn().unwrap().partial_text();
    assert!(
        partial.starts_with("one two three"),
        "partial text: {partial:?}"
    );
    assert!(!partial.contains("ten"), "the answer was cut: {partial:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_turn_is_a_typed_error_not_a_hang() {
    // An unknown model: prompt_async answers 204 and the turn fails on the server.
    let Some((_server, client)) = server(TestServer::builder()).await else {
        return;
    };
    let session = client.create_session().title("bad model").await.unwrap();
    let run = session
        .prompt("hi")
        .model("fake", "no-such-model")
        .quiet_check(Duration::from_secs(2));
    let err = tokio::time::timeout(Duration::from_secs(60), run)
        .await
        .expect("no hang")
        .unwrap_err();
    let turn = err
        .as_turn()
        .unwrap_or_else(|| panic!("typed turn error, got {err:?}"));
    assert!(!turn.name().is_empty());
}

/// A loopback proxy that cuts the first `/event` request's connection `after` it is sent.
/// Every request on every connection is inspected (the client reuses pooled connections).
async fn cutting_proxy(upstream: String, after: Duration) -> String {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let target = upstream.trim_start_matches("http://").to_owned();
    let cut = Arc::new(AtomicBool::new(false));
    tokio::spawn(async move {
        for _ in 0..200 {
            let Ok((inbound, _)) = listener.accept().await else {
                return;
            };
            let Ok(outbound) = tokio::net::TcpStream::connect(&target).await else {
                return;
            };
            let cut = cut.clone();
            tokio::spawn(async move {
                let (mut ri, mut wi) = inbound.into_split();
                let (mut ro, mut wo) = outbound.into_split();
                let down = tokio::spawn(async move { tokio::io::copy(&mut ro, &mut wi).await });
                let abort = down.abort_handle();
                let mut buf = vec![0u8; 16384];
                loop {
                    let n = match ri.read(&mut buf).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    if buf[..n].starts_with(b"GET /event") && !cut.swap(true, Ordering::SeqCst) {
                        let abort = abort.clone();
                        tokio::spawn(async move {
                            tokio::time::sleep(after).await;
                            abort.abort();
                        });
                    }
                    if wo.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                    if down.is_finished() {
                        break;
                    }
                }
            });
        }
    });
    format!("http://{addr}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnect_mid_prompt_still_resolves_to_the_whole_message() {
    let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
    let slow = Turn::text(text).chunk_delay(Duration::from_millis(250));
    let Some((server, _)) = server(TestServer::builder().turn(slow)).await else {
        return;
    };
    let url = cutting_proxy(server.url().to_owned(), Duration::from_millis(1500)).await;
    let client = client_for(&server, &url);
    let session = client.create_session().title("reconnect").await.unwrap();
    let mut run = session.prompt("slow please");
    let mut reconnected = false;
    while let Some(p) = run.next().await {
        if let Progress::Reconnected { .. } = p.unwrap() {
            reconnected = true;
        }
    }
    let out = run.finish().await.unwrap();
    assert!(reconnected, "the proxy cut the event stream once");
    assert_eq!(out.text(), text, "the final message is complete");
}

#[test]
fn turn_error_reads_name_and_message() {
    let e = opencode::TurnError {
        error: json!({"name": "MessageAbortedError", "data": {"message": "Aborted"}}),
        partial: None,
    };
    assert!(e.is_aborted());
    assert_eq!(e.message(), Some("Aborted"));
    assert_eq!(
        e.to_string(),
        "the turn failed: MessageAbortedError: Aborted"
    );
    let _: Option<types::Session> = None;
}
