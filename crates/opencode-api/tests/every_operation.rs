//! Every operation against the real server (skipped when the binary is not installed):
//! each is called once with the generator's sample arguments, and each answer must be
//! typed. A success must decode into the generated type; a failure must be the server's
//! error (`Error::Api`) or `UnsupportedByServer`. A decode error, an unexpected content
//! type, a transport error or a call that does not finish fails the test. The outcome of
//! each call is snapshotted, so a server release that answers differently shows up.
//!
//! The samples are not real ids, so most calls on one session, file or pty are the
//! server's typed "not found" or "bad request". The other live tests call the operations
//! on real state; this one makes sure no operation can answer in a way the SDK cannot
//! type. The operations it leaves out, and why, are in the generated table and in
//! `docs/operations.md`.

mod live_support;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use live_support::{Timer, start};
use opencode_api::Operation;
use opencode_testing::TestServer;
use opencode_transport::Error;

#[rustfmt::skip]
#[path = "every_operation/table.rs"]
mod table;

/// One operation's call, not yet sent.
pub struct Call {
    id: &'static str,
    send: Pin<Box<dyn Future<Output = Result<(), Error>> + Send>>,
}

/// Wraps a builder as a [`Call`] that sends it and keeps only whether it succeeded.
pub fn call<O: Operation + 'static>(op: O) -> Call {
    Call {
        id: O::ID,
        send: Box::pin(async move { op.send().await.map(drop) }),
    }
}

/// A typed value from the generator's minimal example JSON.
pub fn sample<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("sample {json} does not decode: {e}"))
}

/// Far above any answer's time on a loaded machine; a call that takes longer is a hang.
const BOUND: Duration = Duration::from_secs(90);

#[tokio::test]
async fn every_operation_answers_typed() {
    let _timer = Timer::start("every_operation_answers_typed");
    let Some((_server, api)) = start(
        TestServer::builder()
            .file("README.md", "every operation\n")
            .file("src/lib.rs", "pub fn x() {}\n"),
    )
    .await
    else {
        return;
    };
    let calls = table::calls(&api);
    assert_eq!(
        calls.len() + table::NOT_CALLED.len(),
        opencode_api::OPERATIONS,
        "every operation is called or has a reason not to be"
    );
    let mut outcomes = String::new();
    let mut wrong = Vec::new();
    let (mut ok, mut api_errors, mut unsupported) = (0, 0, 0);
    for Call { id, send } in calls {
        let outcome = match tokio::time::timeout(BOUND, send).await {
            Err(_) => {
                wrong.push(format!("{id}: no answer within {BOUND:?}"));
                "hang".to_owned()
            }
            Ok(Ok(())) => {
                ok += 1;
                "ok".to_owned()
            }
            Ok(Err(Error::Api {
                status,
                kind,
                raw_body,
                ..
            })) => {
                api_errors += 1;
                if std::env::var_os("EVERY_OPERATION_DEBUG").is_some() {
                    println!("{id}: {}", String::from_utf8_lossy(&raw_body));
                }
                match kind.name() {
                    Some(name) => format!("{} {name}", status.as_u16()),
                    None => format!("{} {kind:?}", status.as_u16()),
                }
            }
            Ok(Err(Error::UnsupportedByServer { .. })) => {
                unsupported += 1;
                "unsupported".to_owned()
            }
            Ok(Err(e)) => {
                wrong.push(format!("{id}: {e} ({e:?})"));
                "untyped".to_owned()
            }
        };
        outcomes += &format!("{id}: {outcome}\n");
    }
    println!(
        "every operation: {ok} ok, {api_errors} typed server errors, {unsupported} unsupported, \
         {} wrong, {} not called",
        wrong.len(),
        table::NOT_CALLED.len()
    );
    assert!(
        wrong.is_empty(),
        "answers the SDK could not type:\n{}",
        wrong.join("\n")
    );
    insta::assert_snapshot!(outcomes);
}

/// `tui.control.next` is not in the table because it waits for a terminal UI that `serve`
/// does not have. Against the real server it is still typed: it does not answer, and a
/// per-attempt timeout ends it as `Error::Timeout`. (A loaded machine only makes an answer
/// later, so the bound cannot make this test fail falsely.)
#[tokio::test]
async fn the_tui_long_poll_ends_as_a_typed_timeout() {
    let _timer = Timer::start("the_tui_long_poll_ends_as_a_typed_timeout");
    let Some((server, _api)) = start(TestServer::builder()).await else {
        return;
    };
    let mut builder = opencode_transport::Client::builder()
        .base_url(server.url())
        .directory(server.project_dir().to_string_lossy().into_owned())
        .timeouts(opencode_transport::Timeouts {
            per_attempt: Some(Duration::from_secs(3)),
            ..Default::default()
        });
    if let Some(password) = server.password() {
        builder = builder.basic_auth(server.username(), password.to_owned());
    }
    let api = opencode_api::Api::new(builder.build().expect("client"));
    let result = api.tui().control().next().send().await;
    assert!(
        matches!(result, Err(Error::Timeout { .. })),
        "expected the long poll to time out, got {result:?}"
    );
}

/// `global.upgrade` is not called against the real server: it would install another
/// release over the one running. Its two documented failure answers, from a loopback stub,
/// decode typed: the `200 {"success":false,…}` result and the `400` error body.
#[tokio::test]
async fn upgrade_failures_are_typed() {
    use opencode_types::GlobalUpgradeResponse;
    let answers = [
        (200, r#"{"success":false,"error":"no such version: 0.0.0"}"#),
        (
            400,
            r#"{"_tag":"InvalidRequestError","message":"Missing key\n  at [\"target\"]","kind":"Payload"}"#,
        ),
    ];
    let url = one_shot_stub(&answers).await;
    let client = opencode_transport::Client::builder()
        .base_url(url)
        .build()
        .expect("client");
    let api = opencode_api::Api::new(client);
    let body = opencode_types::GlobalUpgradeBody::new("0.0.0");
    match api.global().upgrade().body(body.clone()).send().await {
        Ok(GlobalUpgradeResponse::Object1(failed)) => {
            assert!(!failed.success);
            assert_eq!(failed.error, "no such version: 0.0.0");
        }
        other => panic!("expected the typed failure result, got {other:?}"),
    }
    let error = api
        .global()
        .upgrade()
        .body(body)
        .send()
        .await
        .expect_err("400");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(error.server_error_name(), Some("InvalidRequestError"));
}

/// A loopback server that answers each request on one connection with the next of
/// `answers` (status, JSON body); returns its base URL.
async fn one_shot_stub(answers: &[(u16, &'static str)]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let answers = answers.to_vec();
    tokio::spawn(async move {
        let mut pending = answers.into_iter();
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut buffer = Vec::new();
            let mut chunk = [0u8; 4096];
            for (status, body) in pending.by_ref() {
                // Read one request: its head, then as many body bytes as it announces.
                loop {
                    if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&buffer[..end]).to_lowercase();
                        let length: usize = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse().ok())
                            .unwrap_or(0);
                        if buffer.len() >= end + 4 + length {
                            buffer.drain(..end + 4 + length);
                            break;
                        }
                    }
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                    }
                }
                let reply = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                );
                if stream.write_all(reply.as_bytes()).await.is_err() {
                    return;
                }
            }
        }
    });
    url
}
