//! Installs the pinned server with the SDK's installer, starts it (found on its own: no
//! `OPENCODE_BIN`), streams one prompt answered by the scripted fake model and checks the
//! answer, then spawns a plain managed server and lists its sessions.

use futures_util::StreamExt;
use opencode::prelude::*;
use opencode::testing::{TestServer, Turn};

const ANSWER: &str = "Hello from a user's crate";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Some(bin) = std::env::var_os("OPENCODE_BIN") {
        return Err(
            format!("OPENCODE_BIN is set ({bin:?}): the SDK must find the server itself").into(),
        );
    }
    let version = opencode::process::PINNED_VERSION;
    let bin = tokio::task::spawn_blocking(move || opencode::process::install(version)).await??;
    println!(
        "user-crate: installed opencode {version} at {}",
        bin.display()
    );
    // What the server builders will start: the release just installed, found in the cache.
    let found = opencode::process::find_binary(None).map_err(|tried| tried.join("; "))?;
    if found != bin {
        return Err(format!("the lookup found {} instead", found.display()).into());
    }

    let server = TestServer::builder()
        .turn(Turn::text(ANSWER))
        .start()
        .await?;
    let client = Client::for_test_server(&server)?;
    let session = client.create_session().title("user crate").await?;
    let mut run = session.prompt("Say hello").stream();
    let mut streamed = String::new();
    while let Some(progress) = run.next().await {
        if let Progress::TextDelta { delta, .. } = progress? {
            streamed.push_str(&delta);
        }
    }
    let answer = run.finish().await?;
    if answer.text() != ANSWER || streamed != ANSWER {
        return Err(format!(
            "answer {:?}, streamed {streamed:?}, expected {ANSWER:?}",
            answer.text()
        )
        .into());
    }
    let stored = session.messages().await?;
    if stored.len() != 2 {
        return Err(format!("the server stores {} messages, expected 2", stored.len()).into());
    }
    server.stop().await;
    println!("user-crate: prompt answered {ANSWER:?}");

    let managed = Opencode::builder()
        .directory(std::env::temp_dir().display().to_string())
        .spawn()
        .await?;
    let sessions = managed.client().api().session().list().send().await?;
    println!(
        "user-crate: managed server at {} lists {} sessions",
        managed.server().url(),
        sessions.len()
    );
    managed.stop().await;
    Ok(())
}
