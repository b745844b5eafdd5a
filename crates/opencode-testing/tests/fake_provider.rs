//! The fake provider's wire format, exercised over HTTP without an OpenCode server.

mod common;

use std::time::{Duration, Instant};

use http::{Method, StatusCode};
use opencode_testing::{FakeProvider, RequestKind, Turn};
use serde_json::{Value, json};

fn chat_body(user: &str) -> Value {
    json!({"model": "fake-model", "stream": true, "messages": [
        {"role": "system", "content": "You are opencode"},
        {"role": "user", "content": user}]})
}

/// Posts a chat request and returns the decoded `data:` frames (without `[DONE]`) and
/// whether `[DONE]` ended the stream.
async fn chat(provider: &FakeProvider, body: &Value) -> (StatusCode, Vec<Value>, bool) {
    let base = format!("http://{}", provider.addr());
    let (status, bytes) = common::raw(
        &base,
        None,
        Method::POST,
        "/v1/chat/completions",
        Some(body),
        Duration::from_secs(10),
    )
    .await
    .expect("chat request");
    let text = String::from_utf8_lossy(&bytes);
    let mut frames = Vec::new();
    let mut done = false;
    for line in text.lines() {
        if let Some(data) = line.strip_prefix("data: ") {
            if data == "[DONE]" {
                done = true;
            } else if let Ok(v) = serde_json::from_str(data) {
                frames.push(v);
            }
        }
    }
    (status, frames, done)
}

fn collect(frames: &[Value], field: &str) -> String {
    frames
        .iter()
        .filter_map(|f| f["choices"][0]["delta"][field].as_str())
        .collect()
}

#[tokio::test]
async fn scripted_turns_then_default() {
    let provider = FakeProvider::builder()
        .turn(Turn::reasoning("Thinking hard.").then_text("Answer one."))
        .turn(Turn::text("Answer two.").usage(7, 3))
        .default_turn(Turn::text("Default."))
        .start()
        .expect("start");

    let (status, frames, done) = chat(&provider, &chat_body("q1")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(done);
    assert_eq!(collect(&frames, "reasoning_content"), "Thinking hard.");
    assert_eq!(collect(&frames, "content"), "Answer one.");
    assert_eq!(frames[0]["object"], "chat.completion.chunk");

    let (_, frames, _) = chat(&provider, &chat_body("q2")).await;
    assert_eq!(collect(&frames, "content"), "Answer two.");
    let last = frames.last().expect("frames");
    assert_eq!(last["choices"][0]["finish_reason"], "stop");
    assert_eq!(last["usage"]["prompt_tokens"], 7);
    assert_eq!(last["usage"]["completion_tokens"], 3);

    let (_, frames, _) = chat(&provider, &chat_body("q3")).await;
    assert_eq!(collect(&frames, "content"), "Default.");
    assert_eq!(provider.pending_turns(), 0);
    let users: Vec<_> = provider
        .chat_requests()
        .iter()
        .filter_map(|r| r.last_user_text())
        .collect();
    assert_eq!(users, ["q1", "q2", "q3"]);
}

#[tokio::test]
async fn title_requests_do_not_consume_turns() {
    let provider = FakeProvider::builder()
        .turn(Turn::text("Scripted."))
        .title("My title")
        .start()
        .expect("start");
    let title = json!({"model": "fake-model", "stream": true, "messages": [
        {"role": "system", "content": "You are a title generator. You output ONLY a thread title."},
        {"role": "user", "content": "Generate a title for this conversation:\n"},
        {"role": "user", "content": "hi"}]});
    let (_, frames, done) = chat(&provider, &title).await;
    assert!(done);
    assert_eq!(collect(&frames, "content"), "My title");
    assert_eq!(provider.pending_turns(), 1);
    let (_, frames, _) = chat(&provider, &chat_body("hi")).await;
    assert_eq!(collect(&frames, "content"), "Scripted.");
    let kinds: Vec<_> = provider.requests().iter().map(|r| r.kind()).collect();
    assert_eq!(kinds, [RequestKind::Title, RequestKind::Chat]);
}

#[tokio::test]
async fn error_turn_and_delay() {
    let provider = FakeProvider::builder()
        .turn(Turn::error(500, "fake upstream failure").delay(Duration::from_millis(300)))
        .start()
        .expect("start");
    let started = Instant::now();
    let base = format!("http://{}", provider.addr());
    let (status, body) = common::raw(
        &base,
        None,
        Method::POST,
        "/v1/chat/completions",
        Some(&chat_body("x")),
        Duration::from_secs(10),
    )
    .await
    .expect("request");
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    let body: Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(body["error"]["message"], "fake upstream failure");

    let (status, models) = common::raw(
        &base,
        None,
        Method::GET,
        "/v1/models",
        None,
        Duration::from_secs(10),
    )
    .await
    .expect("models");
    assert_eq!(status, StatusCode::OK);
    let models: Value = serde_json::from_slice(&models).expect("json");
    assert_eq!(models["data"][0]["id"], "fake-model");
}

#[tokio::test]
async fn tool_results_are_found() {
    let provider = FakeProvider::start().expect("start");
    let body = json!({"model": "fake-model", "stream": true, "messages": [
        {"role": "user", "content": "run"},
        {"role": "assistant", "content": "", "tool_calls": [{"id": "call_9", "type": "function",
            "function": {"name": "bash", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_9", "content": "done\n"}]});
    chat(&provider, &body).await;
    assert_eq!(
        provider.last_tool_result("call_9").as_deref(),
        Some("done\n")
    );
    assert_eq!(provider.last_tool_result("call_x"), None);
    assert!(
        provider
            .wait_for_chat_requests(1, Duration::from_secs(1))
            .await
    );
    assert!(
        !provider
            .wait_for_chat_requests(2, Duration::from_millis(50))
            .await
    );
}

#[tokio::test]
async fn stall_keeps_the_stream_open_and_chunk_delay_paces_it() {
    let provider = FakeProvider::builder()
        .turn(Turn::text("partial").stall())
        .turn(Turn::text("a b c").chunk_delay(Duration::from_millis(100)))
        .start()
        .expect("start");
    let base = format!("http://{}", provider.addr());
    let stalled = common::raw(
        &base,
        None,
        Method::POST,
        "/v1/chat/completions",
        Some(&chat_body("x")),
        Duration::from_millis(500),
    )
    .await;
    assert!(stalled.is_err_and(|e| e.contains("timed out")));
    let started = Instant::now();
    let (_, frames, done) = chat(&provider, &chat_body("y")).await;
    assert!(done);
    assert_eq!(collect(&frames, "content"), "a b c");
    // role chunk, 3 words, finish chunk: 4 gaps of 100 ms.
    assert!(
        started.elapsed() >= Duration::from_millis(400),
        "{:?}",
        started.elapsed()
    );
}
