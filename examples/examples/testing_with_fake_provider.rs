//! Test your own code against a real OpenCode server and a scripted fake model: no API key,
//! no network, the same answer every run.
//!
//! ```sh
//! cargo run -p examples --example testing_with_fake_provider
//! ```
//!
//! In your crate the body of `main` would be a `#[tokio::test]`; it is an example program
//! here so it can be run and read on its own. `TestServer` starts `opencode serve` in
//! temporary HOME/XDG directories with a fresh git project, and `FakeProvider` answers the
//! server's model requests from a script of `Turn`s and records every request.

use opencode::prelude::*;
use opencode::testing::{TestServer, Turn, live_binary};

/// The application code under test: asks the model for a one-line commit message.
async fn commit_message(client: &Client, diff: &str) -> Result<String, Error> {
    let session = client.create_session().title("commit message").await?;
    let answer = session
        .prompt(format!(
            "Write a one-line commit message for this diff:\n{diff}"
        ))
        .await?;
    Ok(answer.text().trim().to_owned())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Skips (and says so) when the server binary is not installed.
    if live_binary().is_none() {
        return Ok(());
    }
    let server = TestServer::builder()
        .turn(Turn::text("Fix off-by-one in the page counter"))
        .start()
        .await?;
    // The server's URL, password and project directory.
    let client = Client::for_test_server(&server)?;

    let message = commit_message(&client, "- pages = n / size\n+ pages = n.div_ceil(size)").await?;

    // What the app returned…
    assert_eq!(message, "Fix off-by-one in the page counter");
    // …and what the model was asked: the provider records every chat request.
    let chats = server.provider().chat_requests();
    assert_eq!(chats.len(), 1, "one model call");
    let asked = chats[0].last_user_text().unwrap_or_default();
    assert!(
        asked.contains("div_ceil"),
        "the diff reached the model: {asked}"
    );

    server.stop().await;
    println!("ok: commit_message returned {message:?}");
    Ok(())
}
