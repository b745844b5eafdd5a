//! A typed answer: the model's final answer is forced into a JSON schema derived from a Rust
//! type, and comes back as that type.
//!
//! ```sh
//! cargo run -p examples --example structured_output
//! ```
//!
//! It runs offline against a test server whose fake model gives a scripted answer. Against
//! your own server, build the client with `Client::from_env()?` and drop the script; the
//! code that asks is the same.

use opencode::prelude::*;
use opencode::testing::{TestServer, Turn, live_binary};
use schemars::JsonSchema;
use serde::Deserialize;

/// What the app wants back: plain Rust types, with serde's attributes as usual.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum Risk {
    Low,
    Medium,
    High,
}

#[derive(Debug, Deserialize, JsonSchema)]
struct Change {
    /// The file changed.
    file: String,
    /// Why it changed, in one sentence.
    why: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
struct ReleaseNote {
    headline: String,
    risk: Risk,
    changes: Vec<Change>,
    /// Set when users must do something after upgrading.
    migration: Option<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if live_binary().is_none() {
        println!("skipped: opencode binary not installed (cargo xtask install-opencode)");
        return Ok(());
    }
    // The fake model answers through the server's structured-output tool.
    let server = TestServer::builder()
        .turn(Turn::structured(serde_json::json!({
            "headline": "Faster startup",
            "risk": "low",
            "changes": [{"file": "src/main.rs", "why": "Config is read lazily."}]
        })))
        .start()
        .await?;
    let client = Client::for_test_server(&server)?;

    // One call: a new session, the question, the typed answer.
    let note: ReleaseNote = client
        .ask("Write the release note for the last commit")
        .output::<ReleaseNote>()
        .await?;
    println!("{} (risk: {:?})", note.headline, note.risk);
    for change in &note.changes {
        println!("- {}: {}", change.file, change.why);
    }
    if let Some(steps) = &note.migration {
        println!("migration: {steps}");
    }

    // In a session, with the whole turn as well, and the errors told apart.
    server
        .provider()
        .push(Turn::text("Prose instead of the tool call."));
    let session = client.create_session().await?;
    match session
        .prompt("Again, please")
        .output::<ReleaseNote>()
        .send_with_turn()
        .await
    {
        Ok((note, turn)) => println!("{} in {} steps", note.headline, turn.messages().len()),
        // The model did not produce the value (after the server's retries).
        Err(e) if e.structured_output_error().is_some() => println!("no structured answer: {e}"),
        // The value does not fit the type: the raw JSON and the path are in the error.
        Err(Error::Output(e)) => println!("{e}; raw: {:?}", e.raw()),
        Err(e) => return Err(e.into()),
    }

    server.stop().await;
    Ok(())
}
