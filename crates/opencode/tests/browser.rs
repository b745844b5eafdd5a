//! The SDK in a browser: `wasm-bindgen-test` in headless Chromium against a real
//! `opencode serve` with the scripted fake model, on another origin than the page's (the
//! server allows it with `--cors`), with a password (basic auth on every call, the event
//! stream's included, which a browser `EventSource` could not send).
//!
//! Run it with `cargo xtask browser-test`, which starts the server, the fake model and
//! Chromium, and passes the server's address to this build.

#![cfg(target_arch = "wasm32")]
// The suite must build without a server (for clippy, say) and fail only when it runs.
#![allow(clippy::option_env_unwrap)]

use futures_util::StreamExt;
use opencode::prelude::*;
use opencode::transport::ApiRequest;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// What `cargo xtask browser-test` passes to the build.
struct Target {
    url: &'static str,
    password: &'static str,
    directory: &'static str,
    reply: &'static str,
}

/// Fails (rather than passing without a server) when the build was not given a server.
fn target() -> Target {
    let missing = "built without OPENCODE_BROWSER_*: run `cargo xtask browser-test`";
    Target {
        url: option_env!("OPENCODE_BROWSER_URL").expect(missing),
        password: option_env!("OPENCODE_BROWSER_PASSWORD").expect(missing),
        directory: option_env!("OPENCODE_BROWSER_DIRECTORY").expect(missing),
        reply: option_env!("OPENCODE_BROWSER_REPLY").expect(missing),
    }
}

fn client(target: &Target) -> Client {
    Client::builder()
        .base_url(target.url)
        .password(target.password)
        .directory(target.directory)
        .build()
        .expect("a client for the test server")
}

#[wasm_bindgen_test]
async fn sessions_are_listed_and_created_through_fetch() {
    let target = target();
    let client = client(&target);
    let before = client.api().session().list().send().await.expect("list");
    let session = client
        .create_session()
        .title("from the browser")
        .await
        .expect("create a session");
    let after = client.api().session().list().send().await.expect("list");
    assert!(
        after.iter().any(|s| s.id == session.id()) && !before.iter().any(|s| s.id == session.id()),
        "the new session {} is not new in the list",
        session.id()
    );
}

#[wasm_bindgen_test]
async fn a_prompt_streams_its_deltas_and_ends_with_the_stored_message() {
    let target = target();
    let client = client(&target);
    let session = client.create_session().await.expect("create a session");
    let mut run = session.prompt("Say hello to the browser").stream();
    let mut streamed = String::new();
    let mut deltas = 0;
    while let Some(progress) = run.next().await {
        if let Progress::TextDelta { delta, .. } = progress.expect("progress") {
            streamed.push_str(&delta);
            deltas += 1;
        }
    }
    let turn = run.finish().await.expect("the turn's answer");
    assert!(
        deltas > 1,
        "the answer came in {deltas} delta(s), not streamed"
    );
    assert_eq!(streamed, target.reply);
    assert_eq!(turn.text(), target.reply);
    // The server's own record of the message agrees.
    let messages = client
        .api()
        .session()
        .messages(session.id())
        .send()
        .await
        .expect("messages");
    assert_eq!(messages.len(), 2, "one user and one assistant message");
}

#[wasm_bindgen_test]
async fn an_unknown_route_is_unsupported_by_the_server() {
    let target = target();
    let client = client(&target);
    let error = client
        .transport()
        .send(ApiRequest::get("/no/such/route"))
        .await
        .expect_err("the server has no such route");
    assert!(
        matches!(
            error,
            opencode::transport::Error::UnsupportedByServer { .. }
        ),
        "expected UnsupportedByServer, got {error:?}"
    );
}

#[wasm_bindgen_test]
async fn a_wrong_password_is_a_typed_401() {
    let target = target();
    let client = Client::builder()
        .base_url(target.url)
        .password("not the password")
        .build()
        .unwrap();
    let error = client
        .api()
        .session()
        .list()
        .send()
        .await
        .expect_err("a wrong password");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401), "{error:?}");
}

#[wasm_bindgen_test]
async fn the_event_stream_reconnects_after_the_server_ends_it() {
    let target = target();
    let client = client(&target);
    let mut events = client.events();
    loop {
        match events
            .next()
            .await
            .expect("the stream ended")
            .expect("a typed item")
        {
            StreamItem::Connected => break,
            StreamItem::Event(_) | StreamItem::Heartbeat => {}
            other => panic!("before connecting: {other:?}"),
        }
    }
    // Disposing the instance ends its event streams on the server's side.
    client
        .api()
        .instance()
        .dispose()
        .send()
        .await
        .expect("dispose the instance");
    let mut retried = false;
    loop {
        match events
            .next()
            .await
            .expect("the stream ended")
            .expect("a typed item")
        {
            StreamItem::Retrying { .. } => retried = true,
            StreamItem::Reconnected { attempt, .. } => {
                assert!(attempt >= 1);
                break;
            }
            StreamItem::Event(_) | StreamItem::Heartbeat => {}
            other => panic!("while reconnecting: {other:?}"),
        }
    }
    assert!(retried, "Reconnected without a Retrying signal first");
    // The new connection carries events again, typed.
    let session = client.create_session().await.expect("create a session");
    loop {
        match events
            .next()
            .await
            .expect("the stream ended")
            .expect("a typed item")
        {
            StreamItem::Event(Event::SessionCreated(created))
                if created.properties.info.id == session.id() =>
            {
                break;
            }
            StreamItem::Event(Event::Unknown { kind, .. }) => panic!("an untyped event: {kind}"),
            _ => {}
        }
    }
}
