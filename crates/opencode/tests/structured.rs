//! Typed answers and the one-liners, against the real server with the scripted fake model.

use std::time::Duration;

use opencode::prelude::*;
use opencode_testing::{STRUCTURED_OUTPUT_TOOL, TestServer, Turn};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::json;

mod common;
use common::server;

#[derive(Debug, PartialEq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum Severity {
    Low,
    High,
}

#[derive(Debug, PartialEq, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Verdict {
    Approve,
    Reject { reason: String },
}

#[derive(Debug, PartialEq, Deserialize, JsonSchema)]
struct Finding {
    file: String,
    line: Option<u32>,
    severity: Severity,
}

#[derive(Debug, PartialEq, Deserialize, JsonSchema)]
struct Review {
    verdict: Verdict,
    score: u8,
    summary: Option<String>,
    findings: Vec<Finding>,
}

fn review_json() -> serde_json::Value {
    json!({
        "verdict": {"kind": "reject", "reason": "the test fails"},
        "score": 3,
        "findings": [
            {"file": "src/lib.rs", "line": 12, "severity": "high"},
            {"file": "README.md", "severity": "low"}
        ]
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_nested_struct_comes_back_typed_and_the_session_stays_readable() {
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    let provider = server.provider();
    provider.push(Turn::structured(review_json()));
    let session = client.create_session().title("typed").await.unwrap();
    let (review, turn) = session
        .prompt("review it")
        .output::<Review>()
        .send_with_turn()
        .await
        .unwrap();
    assert_eq!(
        review,
        Review {
            verdict: Verdict::Reject {
                reason: "the test fails".into()
            },
            score: 3,
            summary: None,
            findings: vec![
                Finding {
                    file: "src/lib.rs".into(),
                    line: Some(12),
                    severity: Severity::High
                },
                Finding {
                    file: "README.md".into(),
                    line: None,
                    severity: Severity::Low
                },
            ],
        }
    );
    assert_eq!(turn.structured(), Some(&review_json()));

    // The server was given the type's schema as the structured-output tool, and required
    // the model to call it.
    let request = provider.chat_requests().pop().expect("a model request");
    let tools = request.body()["tools"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let tool = tools
        .iter()
        .find(|t| t["function"]["name"] == STRUCTURED_OUTPUT_TOOL)
        .expect("the structured-output tool was offered");
    let params = &tool["function"]["parameters"];
    assert_eq!(params["type"], "object");
    assert_eq!(
        params["properties"]["findings"]["items"]["properties"]["severity"]["enum"],
        json!(["low", "high"])
    );
    let mut required: Vec<&str> = params["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    required.sort_unstable();
    assert_eq!(required, ["findings", "score", "verdict"]);
    assert_eq!(request.body()["tool_choice"], "required");

    // The server's message routes refuse a session holding a structured prompt (1.18.x);
    // the SDK still reads the record, so a plain prompt after it resolves to its answer.
    provider.push(Turn::text("a plain answer"));
    let plain = session.prompt("and now in words").await.unwrap();
    assert_eq!(plain.text(), "a plain answer");
    let messages = session.messages().await.unwrap();
    assert_eq!(messages.len(), 4, "two user and two assistant messages");
    assert_eq!(
        messages[0].info.id(),
        Some(turn.user_message_id()),
        "the structured prompt is in the list"
    );
    let again = session.wait_turn().await.unwrap().expect("a turn");
    assert_eq!(again.user_message_id(), plain.user_message_id());
    assert_eq!(again.text(), "a plain answer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_value_that_does_not_fit_is_a_typed_error_with_the_raw_json_and_path() {
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    let mut bad = review_json();
    bad["findings"][1]["severity"] = json!("urgent");
    server.provider().push(Turn::structured(bad.clone()));
    let session = client.create_session().await.unwrap();
    let err = session
        .prompt("review it")
        .output::<Review>()
        .await
        .unwrap_err();
    let out = err.as_output().expect("an output error");
    assert_eq!(out.raw(), Some(&bad));
    assert_eq!(out.path(), Some("findings[1].severity"));
    assert!(!out.is_missing());
    assert_eq!(out.turn().structured(), Some(&bad));
    assert!(err.to_string().contains("findings[1].severity"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_model_that_answers_in_words_gives_the_servers_structured_output_error() {
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    server
        .provider()
        .push(Turn::text("I would rather explain it in prose."));
    let err = client
        .ask("review it")
        .output::<Review>()
        .retries(0)
        .await
        .unwrap_err();
    let so = err
        .structured_output_error()
        .unwrap_or_else(|| panic!("a StructuredOutputError, got {err:?}"));
    assert_eq!(so.data.retries, 0);
    assert!(!so.data.message.is_empty());
    let turn = err.as_turn().unwrap();
    assert_eq!(turn.name(), "StructuredOutputError");
    assert_eq!(turn.partial_text(), "I would rather explain it in prose.");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn values_other_than_objects_are_wrapped_and_unwrapped() {
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    server
        .provider()
        .push(Turn::structured(json!({"value": ["low", "high", "high"]})));
    let levels: Vec<Severity> = client.ask("levels?").output().await.unwrap();
    assert_eq!(levels, [Severity::Low, Severity::High, Severity::High]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_liners_answer_and_their_timeouts_are_typed() {
    let Some((server, client)) = server(TestServer::builder()).await else {
        return;
    };
    let provider = server.provider();
    provider.push(Turn::text("Forty-two."));
    let answer = client
        .ask("What is the answer?")
        .title("one-liner")
        .timeout(Duration::from_secs(120))
        .await
        .unwrap();
    assert_eq!(answer.text(), "Forty-two.");

    // A model that never finishes: the bound fires as a typed error and the turn is
    // aborted on the server.
    provider.push(Turn::text("never").stall());
    let err = client
        .ask("stall")
        .timeout(Duration::from_secs(3))
        .await
        .unwrap_err();
    let Error::TurnTimeout { after, session_id } = &err else {
        panic!("a turn timeout, got {err:?}");
    };
    assert_eq!(*after, Duration::from_secs(3));
    assert!(err.is_timeout());
    let session = client.session(session_id.clone().expect("the session was created"));
    let aborted = session.wait_turn().await.unwrap_err();
    assert!(
        aborted.is_aborted(),
        "the timed-out turn was aborted: {aborted:?}"
    );

    // Waiting with a bound does not abort: the turn goes on.
    provider.push(Turn::text("still going").stall());
    let session = client.create_session().await.unwrap();
    let mut run = session.prompt("stall again").stream();
    // Follow the run until the model is working, then wait on the session with a bound.
    use futures_util::StreamExt;
    while let Some(p) = run.next().await {
        if matches!(p.unwrap(), Progress::TextDelta { .. }) {
            break;
        }
    }
    let err = session
        .wait_turn_timeout(Duration::from_secs(2))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::TurnTimeout { .. }), "{err:?}");
    assert!(session.is_busy().await.unwrap(), "the turn still runs");
    session.abort().await.unwrap();
}
