//! Start a managed `opencode serve` for the current directory, prompt it, stop it.
//!
//! ```sh
//! cargo run -p examples --example spawn_server -- "What is in this directory?"
//! ```
//!
//! The binary is `$OPENCODE_BIN`, the release `cargo xtask install-opencode` installed, or
//! `opencode` on `PATH`. The server uses your OpenCode configuration and credentials, so the
//! prompt goes to your default model. It listens on a free loopback port with a random
//! password and is stopped (and everything it started killed) when `stop` returns or the
//! `Opencode` value is dropped.

use opencode::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let prompt = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "Say hello in one sentence.".to_owned());

    let opencode = match Opencode::spawn().await {
        Ok(opencode) => opencode,
        Err(Error::Start(opencode::process::StartError::BinaryNotFound { tried, .. })) => {
            println!(
                "the opencode binary was not found (looked at: {tried:?}); install it with `cargo xtask install-opencode` or `npm i -g opencode-ai`"
            );
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    println!(
        "server {} (pid {}) ready in {:?}",
        opencode.server().url(),
        opencode.server().pid(),
        opencode.server().startup_timing().ready
    );

    // `Opencode` dereferences to a `Client`.
    let session = opencode.create_session().title("spawn_server").await?;
    match session.prompt(prompt).await {
        Ok(answer) => println!("{}", answer.text()),
        // No provider configured, no key, …: the server reports it on the turn.
        Err(e) => println!("the turn failed: {e}"),
    }

    let exit = opencode.stop().await;
    println!("server stopped: {:?}", exit.status);
    Ok(())
}
