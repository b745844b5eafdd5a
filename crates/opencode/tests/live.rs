//! Session workflows through the umbrella API only, against the real server with the
//! scripted fake model.

use std::time::Duration;

use futures_util::StreamExt;
use opencode::prelude::*;
use opencode_testing::{TestServer, Turn};
use serde_json::json;

mod common;
use common::{client_for, server};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prompt_deltas_add_up_to_the_final_text() {
    let text = "Hello from the fake model, streamed word by word.";
    let Some((server, client)) = server(TestServer::builder().turn(Turn::text(text))).await else {
        return;
    };
    let session = client.create_session().title("deltas").await.unwrap();
    let mut run = session.prompt("hi").stream();
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
    assert_eq!(out.finish(), Some("stop"));
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
    let mut run = session.prompt("run it").stream();
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
    let mut run = session.prompt("ask me").stream();
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
    let mut run = session.prompt("slow please").stream();
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
    let run = session.prompt("hi").model("fake", "no-such-model");
    let err = tokio::time::timeout(Duration::from_secs(60), run)
        .await
        .expect("no hang")
        .unwrap_err();
    let turn = err
        .as_turn()
        .unwrap_or_else(|| panic!("typed turn error, got {err:?}"));
    assert!(!turn.name().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnect_mid_prompt_still_resolves_to_the_whole_message() {
    let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
    let slow = Turn::text(text).chunk_delay(Duration::from_millis(250));
    let Some((server, _)) = server(TestServer::builder().turn(slow)).await else {
        return;
    };
    let rules = common::Rules {
        cut_first_event_after: Some(Duration::from_millis(1500)),
        ..Default::default()
    };
    let proxy = common::proxy(server.url(), rules).await;
    let client = client_for(&server, &proxy.url);
    let session = client.create_session().title("reconnect").await.unwrap();
    let mut run = session.prompt("slow please").stream();
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_answer_the_common_questions_in_one_hop() {
    use opencode::transport::ApiRequest;
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    // Not found.
    let err = client.session("ses_doesnotexist").info().await.unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert!(!err.is_connect() && !err.is_unauthorized());
    // A body the server rejects.
    let session = client.create_session().title("errors").await.unwrap();
    let request = ApiRequest::post("/session/{id}/message")
        .path_param("id", session.id())
        .json_body("{}");
    let err: opencode::Error = client.transport().send(request).await.unwrap_err().into();
    assert!(err.is_validation(), "{err:?}");
    // A route the server does not have.
    let err: opencode::Error = client
        .transport()
        .send(ApiRequest::get("/no/such/route"))
        .await
        .unwrap_err()
        .into();
    assert!(err.is_unsupported(), "{err:?}");
    // The wrong password, with a hint in the message.
    let wrong = opencode::Client::builder()
        .base_url(server.url())
        .password("not-the-password")
        .build()
        .unwrap();
    let err = wrong.api().session().list().send().await.unwrap_err();
    let err = opencode::Error::from(err);
    assert!(
        server.password().is_some(),
        "test servers have a random password"
    );
    assert!(err.is_unauthorized(), "{err:?}");
    assert!(
        err.to_string().contains("OPENCODE_SERVER_PASSWORD"),
        "{err}"
    );
    // Nothing listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let down = opencode::Client::new(format!("http://127.0.0.1:{port}")).unwrap();
    let err = down.session("ses_x").info().await.unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    assert_eq!(err.status(), None);
}

/// A v2 session's prompt is reported as `session.next.*` events whose `timestamp` the
/// server sends as an ISO string (the spec says number): they must arrive typed on the
/// client's event stream, not as decode errors.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_v2_sessions_events_arrive_typed() {
    use opencode::types::{LocationRef, PromptInput, V2SessionCreateBody, V2SessionPromptBody};

    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    let mut events = client.events();
    while !matches!(next_item(&mut events).await, StreamItem::Connected) {}
    let mut body = V2SessionCreateBody::new();
    body.location = Some(LocationRef::new(server.project_dir().display().to_string()));
    let session = client
        .api()
        .v2()
        .session()
        .create(body)
        .send()
        .await
        .unwrap();
    let sid = session.data.id;
    client
        .api()
        .v2()
        .session()
        .prompt(&sid, V2SessionPromptBody::new(PromptInput::new("hello v2")))
        .send()
        .await
        .unwrap();
    let (mut admitted, mut prompted) = (None, None);
    while admitted.is_none() || prompted.is_none() {
        match next_item(&mut events).await {
            StreamItem::Event(Event::SessionNextPromptAdmitted(e))
                if e.properties.session_id == sid =>
            {
                admitted = Some(e.properties.timestamp);
            }
            StreamItem::Event(Event::SessionNextPrompted(e)) if e.properties.session_id == sid => {
                assert_eq!(e.properties.prompt.text, "hello v2");
                prompted = Some(e.properties.timestamp);
            }
            _ => {}
        }
    }
    for timestamp in [admitted.unwrap(), prompted.unwrap()] {
        let at = timestamp
            .to_offset_date_time()
            .unwrap_or_else(|| panic!("not a date-time: {timestamp:?}"));
        let age = time::OffsetDateTime::now_utc() - at;
        assert!(
            age.whole_hours().abs() < 1,
            "{timestamp:?} is not about now"
        );
    }
}

/// The next item of `events`, panicking on an error, the end, or 60 s of nothing.
async fn next_item(events: &mut opencode::EventStream<Event>) -> StreamItem<Event> {
    match tokio::time::timeout(Duration::from_secs(60), events.next()).await {
        Ok(Some(Ok(item))) => item,
        Ok(Some(Err(error))) => panic!("event stream error: {error}"),
        Ok(None) => panic!("the event stream ended"),
        Err(_) => panic!("no event within 60 s"),
    }
}
