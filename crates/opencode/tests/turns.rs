//! The turn lifecycle against the real server, through the umbrella API only: a turn's
//! result is always the server's own record of that turn, or a typed error.
//!
//! Each test names the way an earlier heuristic lied or hung. Waits are on conditions with
//! generous bounds; the only sleeps place an abort at a chosen moment.

mod common;

use std::time::Duration;

use common::{Rules, client_for, proxy, server};
use futures_util::StreamExt;
use opencode::prelude::*;
use opencode::{TurnFailure, types};
use opencode_testing::{TestServer, Turn};
use serde_json::json;

/// A bound that only a hang reaches.
const NO_HANG: Duration = Duration::from_secs(120);

/// The stored assistant messages answering `user_id`, read straight from the server.
async fn stored_turn(
    session: &SessionHandle,
    user_id: &str,
) -> Vec<(types::AssistantMessage, String)> {
    session
        .messages()
        .await
        .unwrap()
        .into_iter()
        .filter_map(|m| match m.info {
            types::Message::Assistant(a) if a.parent_id == user_id => {
                let text = m
                    .parts
                    .iter()
                    .filter_map(|p| match p {
                        Part::Text(t) => Some(t.text.clone()),
                        _ => None,
                    })
                    .collect::<String>();
                Some((a, text))
            }
            _ => None,
        })
        .collect()
}

/// Finding 1: a turn that fails without an assistant message while the event stream is
/// down used to resolve to the previous turn's answer, or hang while another session of the
/// directory kept the stream busy.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_turn_during_a_reconnect_is_an_error_not_the_previous_answer() {
    let Some((server, direct)) = server(TestServer::builder()).await else {
        return;
    };
    server.provider().push(Turn::text("the previous answer"));
    let session_direct = direct.create_session().title("stale").await.unwrap();
    let previous = session_direct.prompt("first").await.unwrap();
    assert_eq!(previous.text(), "the previous answer");

    // Another session of the same directory keeps the event stream busy meanwhile.
    server.provider().push(
        Turn::text("a b c d e f g h i j k l m n o p").chunk_delay(Duration::from_millis(200)),
    );
    let busy = direct.create_session().title("busy").await.unwrap();
    let busy_run = tokio::spawn(busy.prompt("keep busy").send());

    // The prompt cuts the event stream and holds it down past the turn's end.
    let rules = Rules {
        cut_events_on_prompt: Some(Duration::from_secs(1)),
        ..Default::default()
    };
    let proxy = proxy(server.url(), rules).await;
    let client = client_for(&server, &proxy.url);
    let session = client.session(session_direct.id());
    let mut run = session
        .prompt("second")
        .model("nope-provider", "nope-model")
        .stream();
    let mut reconnected = false;
    let result = tokio::time::timeout(NO_HANG, async {
        while let Some(p) = run.next().await {
            if matches!(p.unwrap(), Progress::Reconnected { .. }) {
                reconnected = true;
            }
        }
        run.finish().await
    })
    .await
    .expect("the turn resolves");
    assert!(reconnected, "the proxy cut the stream during the turn");
    let err = match result {
        Ok(out) => panic!("a failed turn resolved to Ok: {:?}", out.text()),
        Err(e) => e,
    };
    let turn = err
        .as_turn()
        .unwrap_or_else(|| panic!("a turn error, got {err:?}"));
    assert!(turn.partial().messages().is_empty(), "{turn:?}");
    assert_ne!(turn.partial_text(), "the previous answer");
    assert!(busy_run.await.unwrap().is_ok());
}

/// Findings 2 and 3: an abort 0-500 ms after the prompt, or after the first delta, gives
/// exactly what the server stored: the full answer when the server ignored the abort, or
/// the aborted error with the stored partial text. Never an empty `Ok`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_abort_at_any_moment_gives_what_the_server_stored() {
    let text = "one two three four five six";
    let slow = Turn::text(text).chunk_delay(Duration::from_millis(60));
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    server.provider().set_default_turn(slow);
    let (mut completed, mut aborted, mut unanswered) = (0, 0, 0);
    for (i, delay) in [Some(0u64), Some(50), Some(100), Some(500), None]
        .into_iter()
        .flat_map(|d| std::iter::repeat_n(d, 10))
        .enumerate()
    {
        let session = client.create_session().title("abort").await.unwrap();
        let mut run = session.prompt("go").stream();
        let result = match delay {
            Some(ms) => {
                let task = tokio::spawn(run.finish());
                tokio::time::sleep(Duration::from_millis(ms)).await;
                session.abort().await.unwrap();
                tokio::time::timeout(NO_HANG, task).await.unwrap().unwrap()
            }
            None => {
                let mut sent_abort = false;
                while let Some(p) = tokio::time::timeout(NO_HANG, run.next()).await.unwrap() {
                    if matches!(p.unwrap(), Progress::TextDelta { .. }) && !sent_abort {
                        sent_abort = session.abort().await.unwrap();
                    }
                }
                run.finish().await
            }
        };
        session.wait_idle().await.unwrap();
        match result {
            Ok(out) => {
                let stored = stored_turn(&session, out.user_message_id()).await;
                let (last, stored_text) = stored.last().expect("a stored answer");
                assert!(last.error.is_none(), "run {i}: Ok for a failed turn");
                assert!(
                    last.time.completed.is_some(),
                    "run {i}: Ok before completion"
                );
                assert_eq!(out.text(), *stored_text, "run {i} ({delay:?})");
                assert_eq!(out.text(), text, "run {i} ({delay:?})");
                completed += 1;
            }
            Err(e) => {
                let turn = e.as_turn().unwrap_or_else(|| panic!("run {i}: {e:?}"));
                let stored = stored_turn(&session, turn.partial().user_message_id()).await;
                let stored_text: String = stored.iter().map(|(_, t)| t.as_str()).collect();
                assert_eq!(turn.partial_text(), stored_text, "run {i} ({delay:?})");
                if turn.is_aborted() {
                    if delay.is_none() {
                        assert!(
                            !stored_text.is_empty(),
                            "run {i}: the partial answer was kept"
                        );
                    }
                    aborted += 1;
                } else {
                    // An abort between storing the prompt and starting the answer leaves the
                    // prompt unanswered, with no error recorded.
                    assert!(
                        matches!(turn.failure(), TurnFailure::NoAnswer { .. }) && stored.is_empty(),
                        "run {i}: {turn:?}"
                    );
                    unanswered += 1;
                }
            }
        }
    }
    println!(
        "abort matrix: {completed} completed, {aborted} aborted, {unanswered} unanswered, each as stored"
    );
    assert!(
        aborted >= 10,
        "the after-first-delta aborts all took effect"
    );
}

/// Finding 4: when `/event` never opens the prompt is not sent, and the run fails typed
/// within its bound instead of yielding nothing for ever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_stream_that_never_opens_fails_typed_and_sends_nothing() {
    let Some((server, _)) = server(TestServer::builder()).await else {
        return;
    };
    let rules = Rules {
        events_503: true,
        ..Default::default()
    };
    let proxy = proxy(server.url(), rules).await;
    let client = client_for(&server, &proxy.url);
    let session = client.create_session().title("no events").await.unwrap();
    let mut run = session
        .prompt("hi")
        .stream_open_bound(Duration::from_secs(3))
        .stream();
    let mut reconnecting = 0;
    let mut failure = None;
    while let Some(p) = tokio::time::timeout(NO_HANG, run.next()).await.unwrap() {
        match p {
            Ok(Progress::Reconnecting { error, .. }) => {
                assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "{error}");
                reconnecting += 1;
            }
            Ok(other) => panic!("unexpected progress {other:?}"),
            Err(e) => failure = Some(e),
        }
    }
    let err = failure.expect("the run failed");
    assert!(
        matches!(
            err,
            opencode::Error::EventsUnavailable {
                last_error: Some(_),
                ..
            }
        ),
        "{err:?}"
    );
    assert!(reconnecting >= 1, "the failed attempts were visible");
    assert_eq!(proxy.prompts.load(std::sync::atomic::Ordering::SeqCst), 0);

    // The client's total timeout bounds it too.
    let timeouts = opencode::Timeouts {
        total: Some(Duration::from_secs(2)),
        ..Default::default()
    };
    let mut b = opencode::Client::builder()
        .base_url(&proxy.url)
        .directory(server.project_dir().display().to_string())
        .timeouts(timeouts);
    if let Some(pw) = server.password() {
        b = b.basic_auth(server.username(), pw);
    }
    let bounded = b.build().unwrap().session(session.id());
    let err = tokio::time::timeout(NO_HANG, bounded.prompt("hi"))
        .await
        .unwrap()
        .unwrap_err();
    assert!(
        matches!(err, opencode::Error::EventsUnavailable { .. }),
        "{err:?}"
    );
    assert_eq!(proxy.prompts.load(std::sync::atomic::Ordering::SeqCst), 0);
}

/// Finding 5: a permission request that does not decode is reported with its raw frame, so
/// it can be answered, instead of being swallowed while the turn waits for ever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undecodable_permission_request_is_reported() {
    let builder = TestServer::builder().permission(json!({"bash": "ask"}));
    let Some((server, _)) = server(builder).await else {
        return;
    };
    server.provider().push(Turn::tool_call(
        "bash",
        json!({"command": "echo undecodable", "description": "echo"}),
    ));
    server.provider().push(Turn::text("done"));
    // Same length, wrong type: the frame stays JSON (its session is readable) but is no
    // longer a `permission.asked` the SDK can decode.
    let rules = Rules {
        replace_in_events: Some((
            b"\"permission\":\"bash\"".to_vec(),
            b"\"permission\":123456".to_vec(),
        )),
        ..Default::default()
    };
    let proxy = proxy(server.url(), rules).await;
    let client = client_for(&server, &proxy.url);
    let session = client.create_session().title("undecodable").await.unwrap();
    let mut run = session.prompt("run it").stream();
    let mut reported = 0;
    while let Some(p) = tokio::time::timeout(NO_HANG, run.next()).await.unwrap() {
        if let Progress::Undecodable(e) = p.unwrap() {
            let raw: serde_json::Value = serde_json::from_slice(e.raw_frame().unwrap()).unwrap();
            if raw["type"] == "permission.asked" {
                reported += 1;
                let id = raw["properties"]["id"].as_str().unwrap();
                let body = types::PermissionReplyBody::new(types::PermissionReplyBodyReply::Once);
                let ok = client
                    .api()
                    .permission()
                    .reply(id)
                    .body(body)
                    .send()
                    .await
                    .unwrap();
                assert!(ok);
            }
        }
    }
    let out = run.finish().await.unwrap();
    assert_eq!(reported, 1);
    assert_eq!(out.tools().next().unwrap().state.kind(), "completed");
    assert_eq!(out.final_text(), "done");
}

/// Finding 6: a session in a directory that does not exist ends with a typed error, not an
/// empty answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_in_a_missing_directory_is_a_typed_error() {
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    server.provider().push(Turn::text("never seen"));
    let missing = server.project_dir().join("does/not/exist");
    let client = client.with_directory(missing.display().to_string());
    let session = client.create_session().title("missing dir").await.unwrap();
    let err = tokio::time::timeout(NO_HANG, session.prompt("hi"))
        .await
        .unwrap()
        .unwrap_err();
    let turn = err
        .as_turn()
        .unwrap_or_else(|| panic!("a turn error, got {err:?}"));
    assert!(turn.partial_text().is_empty());
    assert!(turn.message().is_some(), "{turn:?}");
}

/// Finding 7: the answer of a turn with tool calls is the text of every step.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_answer_of_a_tool_turn_is_every_steps_text() {
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    server.provider().push(
        Turn::text("Let me look around.")
            .then_tool_call("bash", json!({"command": "echo hi", "description": "echo"})),
    );
    server.provider().push(Turn::text("Here it is."));
    let session = client.create_session().title("steps").await.unwrap();
    let out = session.prompt("look").await.unwrap();
    assert_eq!(out.messages().len(), 2);
    assert_eq!(out.text(), "Let me look around.\n\nHere it is.");
    assert_eq!(out.final_text(), "Here it is.");
    assert_eq!(out.tools().count(), 1);
    assert_eq!(out.finish(), Some("stop"));
    let tokens = out.tokens();
    assert_eq!(
        tokens.input, 20,
        "10 input tokens per model call: {tokens:?}"
    );
}

/// Finding 8: waiting for a session's turn works for a turn another client sent and that
/// has not started yet.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_for_a_turn_returns_that_turn_once_it_ended() {
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    server
        .provider()
        .push(Turn::text("late answer").delay(Duration::from_millis(800)));
    let session = client.create_session().title("wait").await.unwrap();
    let body = types::SessionPromptBody::new(vec![types::SessionPromptBodyPartsItem::Text(
        types::TextPartInput::new("from elsewhere"),
    )]);
    client
        .api()
        .session()
        .prompt_async(session.id())
        .body(body)
        .send()
        .await
        .unwrap();
    // The server stores the prompt after it answered 204; wait until it is there (the
    // model answers only 800 ms later).
    let deadline = tokio::time::Instant::now() + NO_HANG;
    while session.messages().await.unwrap().is_empty() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the prompt was never stored"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let out = tokio::time::timeout(NO_HANG, session.wait_turn())
        .await
        .unwrap()
        .unwrap()
        .expect("the session has a turn");
    assert_eq!(out.text(), "late answer");
    assert!(out.last().unwrap().info.time.completed.is_some());
    session.wait_idle().await.unwrap();
    assert!(!session.is_busy().await.unwrap());
}

/// Finding 8: the turns of one client share one event connection.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_turns_of_one_client_share_one_event_connection() {
    let Some((server, _)) = server(TestServer::builder()).await else {
        return;
    };
    server
        .provider()
        .set_default_turn(Turn::text("shared answer").chunk_delay(Duration::from_millis(50)));
    let proxy = proxy(server.url(), Rules::default()).await;
    let client = client_for(&server, &proxy.url);
    let a = client.create_session().title("a").await.unwrap();
    let b = client.create_session().title("b").await.unwrap();
    let (ra, rb) = tokio::time::timeout(NO_HANG, async {
        tokio::join!(a.prompt("one").send(), b.prompt("two").send())
    })
    .await
    .unwrap();
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert_eq!(ra.text(), "shared answer");
    assert_eq!(rb.text(), "shared answer");
    assert_ne!(ra.user_message_id(), rb.user_message_id());
    assert_eq!(proxy.count("GET /event"), 1, "{:?}", proxy.requests());
}

/// Dropping a run made with `abort_on_drop(true)` aborts the turn on the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_a_run_with_abort_on_drop_aborts_the_turn() {
    let slow = Turn::text("a b c d e f g h i j").chunk_delay(Duration::from_millis(200));
    let Some((_server, client)) = server(TestServer::builder().turn(slow)).await else {
        return;
    };
    let session = client.create_session().title("drop").await.unwrap();
    let mut run = session.prompt("go").abort_on_drop(true).stream();
    while let Some(p) = tokio::time::timeout(NO_HANG, run.next()).await.unwrap() {
        if matches!(p.unwrap(), Progress::TextDelta { .. }) {
            break;
        }
    }
    drop(run);
    let err = tokio::time::timeout(NO_HANG, session.wait_turn())
        .await
        .unwrap()
        .unwrap_err();
    assert!(err.is_aborted(), "{err:?}");
    match err.as_turn().unwrap().failure() {
        TurnFailure::Server(e) => assert_eq!(e.kind(), "MessageAbortedError"),
        other => panic!("{other:?}"),
    }
}
