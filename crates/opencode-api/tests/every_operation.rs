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
