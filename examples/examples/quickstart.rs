//! Attach to a running OpenCode server, list its sessions, create one, ask a question and
//! print the answer.
//!
//! ```sh
//! opencode serve --port 4096 &          # in your project
//! cargo run -p examples --example quickstart -- "What does this project do?"
//! ```
//!
//! The server is found through `OPENCODE_SERVER_URL` (default `http://127.0.0.1:4096`) and
//! `OPENCODE_SERVER_PASSWORD` (when the server was started with one).

use opencode::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let prompt = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "Say hello in one sentence.".to_owned());

    let client = Client::from_env()?;

    // Any call will do to find out whether a server is there; listing sessions is useful.
    let sessions = match client.api().session().list().send().await {
        Ok(sessions) => sessions,
        Err(e) if is_unreachable(&e) => {
            println!(
                "no OpenCode server is reachable ({e}); start one with `opencode serve --port 4096`"
            );
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    println!("{} existing sessions", sessions.len());
    for s in sessions.iter().take(5) {
        println!("  {}  {}", s.id, s.title);
    }

    // Create a session and prompt it. `.await` on a prompt waits for the whole answer.
    let session = client.create_session().title("quickstart").await?;
    println!("created {}", session.id());
    let answer = session.prompt(prompt).await?;
    println!("{}", answer.text());
    Ok(())
}

/// Whether the error means nothing listens at the server URL.
fn is_unreachable(e: &opencode::transport::Error) -> bool {
    matches!(e, opencode::transport::Error::Connect { .. })
}
