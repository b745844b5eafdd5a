//! Typed streams against the real OpenCode server (`opencode_testing::live_binary()`:
//! `OPENCODE_BIN` or `cargo xtask install-opencode`). Each test prints `skipped: …` and
//! passes when no binary is installed.
//!
//! Every test subscribes first, waits for `Connected`, and only then sends the request whose
//! events it expects (the server replays nothing). Decode errors are collected and must be
//! zero: these tests are also the check that the generated types read what the server sends.

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::time::Duration;

use futures_core::Stream;
use futures_util::StreamExt;
use opencode_sse::{Error, StreamEvent, StreamItem};
use opencode_testing::{TestServer, Turn, live_binary};
use opencode_transport::{ApiRequest, Client, decode_json};
use opencode_types::{Event, GlobalPayload, Part, ToolState};
use serde_json::{Value, json};

const LIMIT: Duration = Duration::from_secs(90);

async fn within<F: Future>(what: &str, f: F) -> F::Output {
    match tokio::time::timeout(LIMIT, f).await {
        Ok(out) => out,
        Err(_) => panic!("timed out: {what}"),
    }
}

fn client_for(server: &TestServer) -> Client {
    let mut builder = Client::builder()
        .base_url(server.url())
        .directory(server.project_dir().to_string_lossy());
    if let Some(password) = server.password() {
        builder = builder.basic_auth(server.username(), password.to_owned());
    }
    builder.build().expect("client")
}

async fn post(client: &Client, route: &'static str, id: Option<&str>, body: Value) -> Value {
    let mut request = ApiRequest::post(route).json(&body).expect("json body");
    if let Some(id) = id {
        let name = if route.starts_with("/permission") {
            "requestID"
        } else {
            "sessionID"
        };
        request = request.path_param(name, id);
    }
    let response = client.send(request).await.expect(route);
    decode_json(&response).expect(route)
}

async fn create_session(client: &Client) -> String {
    let session = post(client, "/session", None, json!({})).await;
    session["id"].as_str().expect("session id").to_owned()
}

async fn prompt(client: &Client, session: &str, text: &str) {
    post(
        client,
        "/session/{sessionID}/prompt_async",
        Some(session),
        json!({"parts":[{"type":"text","text":text}]}),
    )
    .await;
}

/// Waits for `Connected`; any other item first is a failure.
async fn connected<T, S>(stream: &mut S)
where
    S: Stream<Item = Result<StreamItem<T>, Error>> + Unpin,
{
    match within("connect", stream.next()).await {
        Some(Ok(StreamItem::Connected)) => {}
        other => panic!("expected Connected, got {:?}", other.map(|r| r.map(|_| ()))),
    }
}

/// The next event; connection items are skipped, decode errors collected in `errors`.
async fn next_event<T, S>(stream: &mut S, errors: &mut Vec<String>) -> T
where
    S: Stream<Item = Result<StreamItem<T>, Error>> + Unpin,
{
    within("next event", async {
        loop {
            match stream.next().await {
                Some(Ok(StreamItem::Event(event))) => return event,
                Some(Ok(_)) => {}
                Some(Err(e)) if !e.is_fatal() => errors.push(format!(
                    "{e}: {}",
                    e.raw_frame()
                        .map(|raw| String::from_utf8_lossy(raw).into_owned())
                        .unwrap_or_default()
                )),
                Some(Err(e)) => panic!("fatal stream error: {e}"),
                None => panic!("stream ended"),
            }
        }
    })
    .await
}

/// Collects the events of `session` up to its `session.idle`; returns them and the text
/// reassembled from `message.part.delta` (per part, in order).
async fn follow_until_idle<S>(
    stream: &mut S,
    session: &str,
    errors: &mut Vec<String>,
) -> (Vec<Event>, String)
where
    S: Stream<Item = Result<StreamItem<Event>, Error>> + Unpin,
{
    let mut events = Vec::new();
    let mut parts: Vec<(String, String)> = Vec::new();
    loop {
        let event: Event = next_event(stream, errors).await;
        if StreamEvent::session_id(&event) != Some(session) {
            continue;
        }
        if let Event::MessagePartDelta(delta) = &event {
            let p = &delta.properties;
            if p.field == "text" {
                match parts.iter_mut().find(|(id, _)| *id == p.part_id) {
                    Some((_, text)) => text.push_str(&p.delta),
                    None => parts.push((p.part_id.clone(), p.delta.clone())),
                }
            }
        }
        let idle = matches!(event, Event::SessionIdle(_));
        events.push(event);
        if idle {
            let text = parts.into_iter().map(|(_, t)| t).collect();
            return (events, text);
        }
    }
}

/// The final text of every text part of assistant messages, from `message.part.updated`.
fn final_texts(events: &[Event]) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for event in events {
        if let Event::MessagePartUpdated(updated) = event
            && let Part::Text(text) = &updated.properties.part
        {
            texts.insert(text.id.clone(), text.text.clone());
        }
    }
    texts
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_prompt_arrives_as_typed_deltas() {
    let Some(_) = live_binary() else { return };
    const REPLY: &str = "Hello from the fake model.";
    let server = TestServer::builder()
        .turn(Turn::text(REPLY))
        .start()
        .await
        .expect("server");
    let client = client_for(&server);
    let session = create_session(&client).await;

    let mut stream = opencode_sse::events(&client);
    connected(&mut stream).await;
    prompt(&client, &session, "hi").await;

    let mut errors = Vec::new();
    let (events, text) = follow_until_idle(&mut stream, &session, &mut errors).await;
    assert_eq!(text, REPLY, "deltas reassembled");
    assert!(
        final_texts(&events).values().any(|t| t == REPLY),
        "the last message.part.updated carries the whole text"
    );
    let kinds: BTreeSet<&str> = events.iter().map(Event::kind).collect();
    for kind in ["message.updated", "message.part.updated", "session.status"] {
        assert!(kinds.contains(kind), "no {kind} in {kinds:?}");
    }
    assert!(
        events.iter().all(|e| !e.is_unknown()),
        "unknown kinds: {:?}",
        events
            .iter()
            .filter(|e| e.is_unknown())
            .map(Event::kind)
            .collect::<Vec<_>>()
    );
    assert_eq!(errors, Vec::<String>::new(), "frames that did not decode");
    let stats = stream.stats();
    assert_eq!(stats.parse_errors, 0);
    assert_eq!(stats.reconnects, 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tool_call_and_permission_arrive_typed() {
    let Some(_) = live_binary() else { return };
    let server = TestServer::builder()
        .permission(json!({"bash": "ask"}))
        .turn(Turn::tool_call(
            "bash",
            json!({"command": "echo hi", "description": "d"}),
        ))
        .turn(Turn::text("The command printed hi."))
        .start()
        .await
        .expect("server");
    let client = client_for(&server);
    let session = create_session(&client).await;

    let mut stream = opencode_sse::events(&client);
    connected(&mut stream).await;
    prompt(&client, &session, "run it").await;

    let mut errors = Vec::new();
    let mut states: Vec<&'static str> = Vec::new();
    let mut output = None;
    let mut asked = None;
    let mut replied = false;
    let mut text = String::new();
    loop {
        let event: Event = next_event(&mut stream, &mut errors).await;
        if StreamEvent::session_id(&event) != Some(session.as_str()) {
            continue;
        }
        match &event {
            Event::MessagePartUpdated(updated) => {
                if let Part::Tool(tool) = &updated.properties.part {
                    assert_eq!(tool.tool, "bash");
                    let state = match &tool.state {
                        ToolState::Pending(_) => "pending",
                        ToolState::Running(_) => "running",
                        ToolState::Completed(done) => {
                            output = Some(done.output.clone());
                            "completed"
                        }
                        ToolState::Error(_) => "error",
                        _ => "other",
                    };
                    if states.last() != Some(&state) {
                        states.push(state);
                    }
                }
            }
            Event::PermissionAsked(ask) => {
                let request = &ask.properties;
                assert_eq!(request.permission, "bash");
                assert!(
                    request.patterns.iter().any(|p| p.contains("echo hi")),
                    "{:?}",
                    request.patterns
                );
                asked = Some(request.id.clone());
                post(
                    &client,
                    "/permission/{requestID}/reply",
                    Some(&request.id),
                    json!({"reply": "once"}),
                )
                .await;
            }
            Event::PermissionReplied(reply) => {
                assert_eq!(Some(&reply.properties.request_id), asked.as_ref());
                replied = true;
            }
            Event::MessagePartDelta(delta) if delta.properties.field == "text" => {
                text.push_str(&delta.properties.delta);
            }
            Event::SessionIdle(_) => break,
            _ => {}
        }
    }
    assert!(asked.is_some(), "no permission.asked");
    assert!(replied, "no permission.replied");
    assert_eq!(states, ["pending", "running", "completed"], "tool states");
    assert_eq!(output.as_deref().map(str::trim), Some("hi"), "tool output");
    assert_eq!(text, "The command printed hi.");
    assert_eq!(errors, Vec::<String>::new(), "frames that did not decode");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn router_keeps_two_sessions_apart() {
    let Some(_) = live_binary() else { return };
    let replies = ["Alpha says one thing.", "Beta says another thing."];
    let server = TestServer::builder()
        .turn(Turn::text(replies[0]))
        .turn(Turn::text(replies[1]))
        .start()
        .await
        .expect("server");
    let client = client_for(&server);
    let a = create_session(&client).await;
    let b = create_session(&client).await;

    let router = opencode_sse::event_router(&client);
    let mut sub_a = router.subscribe(a.as_str());
    let mut sub_b = router.subscribe(b.as_str());
    let mut all = router.subscribe_all();
    connected(&mut sub_a).await;
    connected(&mut sub_b).await;
    connected(&mut all).await;

    let (ca, cb) = (client.clone(), client.clone());
    let (sa, sb) = (a.clone(), b.clone());
    let follow = |mut sub: opencode_sse::Subscription<Event>, session: String| async move {
        let mut errors = Vec::new();
        let mut foreign = Vec::new();
        let mut text = String::new();
        loop {
            let event: Event = next_event(&mut sub, &mut errors).await;
            match StreamEvent::session_id(&event) {
                Some(s) if s == session => {}
                other => foreign.push(format!("{} of {other:?}", event.kind())),
            }
            if let Event::MessagePartDelta(d) = &event {
                text.push_str(&d.properties.delta);
            }
            if matches!(event, Event::SessionIdle(_)) {
                return (text, foreign, errors);
            }
        }
    };
    let task_a = tokio::spawn(follow(sub_a, a.clone()));
    let task_b = tokio::spawn(follow(sub_b, b.clone()));
    // Both prompts in flight at once.
    tokio::join!(prompt(&ca, &sa, "first"), prompt(&cb, &sb, "second"));
    let (text_a, foreign_a, errors_a) = within("session a", task_a).await.unwrap();
    let (text_b, foreign_b, errors_b) = within("session b", task_b).await.unwrap();

    assert_eq!(foreign_a, Vec::<String>::new(), "foreign events for a");
    assert_eq!(foreign_b, Vec::<String>::new(), "foreign events for b");
    assert!(
        errors_a.is_empty() && errors_b.is_empty(),
        "{errors_a:?} {errors_b:?}"
    );
    // Which session got which scripted turn depends on timing; each got exactly one.
    let got: BTreeSet<&str> = [text_a.as_str(), text_b.as_str()].into();
    let want: BTreeSet<&str> = replies.into();
    assert_eq!(got, want);

    // The all-events subscriber saw both sessions.
    let mut seen = BTreeSet::new();
    let mut errors = Vec::new();
    while seen.len() < 2 {
        let event: Event = next_event(&mut all, &mut errors).await;
        if let Event::SessionIdle(idle) = event {
            seen.insert(idle.properties.session_id);
        }
    }
    assert_eq!(seen, BTreeSet::from([a, b]));
    let stats = router.stats();
    assert_eq!(stats.lagged, 0);
    drop(router);
    server.stop().await;
}

fn git_dir(root: &Path) -> PathBuf {
    let dir = root.join(format!("second-{:08x}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    for args in [
        &["init", "-q"][..],
        &[
            "-c",
            "user.email=t@example.com",
            "-c",
            "user.name=t",
            "commit",
            "-q",
            "--allow-empty",
            "-m",
            "second",
        ][..],
    ] {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(&dir)
            .output()
            .expect("git");
        assert!(out.status.success(), "git {args:?}");
    }
    dir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn global_stream_carries_two_directories() {
    let Some(_) = live_binary() else { return };
    let server = TestServer::start().await.expect("server");
    let client = client_for(&server);
    let first = server.project_dir();
    let second = git_dir(&server.env().home_dir());
    let other = client.with_directory(second.to_string_lossy());

    let mut stream = opencode_sse::global_events(&client);
    connected(&mut stream).await;
    // The server sends `/global/event` headers and `server.connected` before the stream is
    // attached to the instances: of five sessions created right after `Connected`, two or
    // three were missing (1.18.33). Wait for `server.connected` and let it settle.
    let mut errors = Vec::new();
    let hello: opencode_types::GlobalEvent = next_event(&mut stream, &mut errors).await;
    assert_eq!(hello.payload.kind(), "server.connected");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let s1 = create_session(&client).await;
    let s2 = create_session(&other).await;

    let mut created = BTreeMap::new();
    while created.len() < 2 {
        let event: opencode_types::GlobalEvent = next_event(&mut stream, &mut errors).await;
        assert!(!event.is_sync(), "sync frames are filtered by default");
        if let GlobalPayload::Event(Event::SessionCreated(c)) = &event.payload {
            created.insert(
                c.properties.session_id.clone(),
                event.directory.clone().unwrap_or_default(),
            );
        }
    }
    assert_eq!(created[&s1], first.to_string_lossy());
    assert_eq!(created[&s2], second.to_string_lossy());
    assert_eq!(errors, Vec::<String>::new(), "frames that did not decode");
    assert!(
        stream.stats().sync_filtered >= 1,
        "session.created is followed by its sync copy: {:?}",
        stream.stats()
    );
    server.stop().await;
}

/// `Connected` on `/event` means subscribed: a session created right after it is seen,
/// every time. (`/global/event` does not give this guarantee; see the test above.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instance_stream_is_live_at_connected() {
    let Some(_) = live_binary() else { return };
    let server = TestServer::start().await.expect("server");
    let client = client_for(&server);
    // Boot the instance first, so each round measures only the subscription.
    create_session(&client).await;
    let mut missed = Vec::new();
    for round in 0..5 {
        let mut stream = opencode_sse::raw_events(&client);
        connected(&mut stream).await;
        let id = create_session(&client).await;
        let mut errors = Vec::new();
        let seen = tokio::time::timeout(Duration::from_secs(5), async {
            loop {
                let e: opencode_sse::RawEvent = next_event(&mut stream, &mut errors).await;
                if e.kind() == Some("session.created") && e.session_id() == Some(id.as_str()) {
                    return;
                }
            }
        })
        .await
        .is_ok();
        if !seen {
            missed.push(round);
        }
    }
    assert_eq!(
        missed,
        Vec::<usize>::new(),
        "rounds whose session.created was missed"
    );
    server.stop().await;
}
