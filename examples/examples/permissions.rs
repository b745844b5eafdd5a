//! Answer the permission requests of a turn: on the terminal, or with a policy.
//!
//! ```sh
//! # a server whose config asks before running shell commands: {"permission":{"bash":"ask"}}
//! cargo run -p examples --example permissions -- "Run `ls` and summarise"
//! cargo run -p examples --example permissions -- --policy "Run `ls` and summarise"
//! ```
//!
//! With `--policy` shell commands starting with `ls` or `git status` are allowed once and
//! everything else is rejected with a message the model reads. Without it each request is
//! shown and answered from stdin.

use futures_util::StreamExt;
use opencode::prelude::*;
use tokio::io::{AsyncBufReadExt, BufReader};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let use_policy = args.iter().any(|a| a == "--policy");
    args.retain(|a| a != "--policy");
    let prompt = args
        .pop()
        .unwrap_or_else(|| "Run `ls` and tell me what you see.".to_owned());

    let client = Client::from_env()?;
    let session = match client.create_session().title("permissions").await {
        Ok(session) => session,
        Err(opencode::Error::Http(e @ opencode::transport::Error::Connect { .. })) => {
            println!(
                "no OpenCode server is reachable ({e}); start one with `opencode serve --port 4096`"
            );
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };

    let mut prompt = session.prompt(prompt);
    if use_policy {
        // The policy sees each request as it arrives; `None` would leave it to the loop below.
        prompt = prompt.on_permission(|request| {
            let allowed = request
                .patterns
                .iter()
                .all(|p| p.starts_with("ls") || p.starts_with("git status"));
            Some(if allowed {
                Reply::Once
            } else {
                Reply::reject_with("only `ls` and `git status` are allowed here")
            })
        });
    }

    let mut run = prompt.stream();
    let mut stdin = BufReader::new(tokio::io::stdin()).lines();
    while let Some(progress) = run.next().await {
        match progress? {
            Progress::TextDelta { delta, .. } => print!("{delta}"),
            Progress::Permission(request) if use_policy => {
                println!(
                    "\n[policy answered {} {:?}]",
                    request.permission, request.patterns
                );
            }
            Progress::Permission(request) => {
                println!(
                    "\n{} wants permission: {} {:?}",
                    session.id(),
                    request.permission,
                    request.patterns
                );
                println!("[o]nce, [a]lways, [r]eject?");
                let line = stdin.next_line().await?.unwrap_or_default();
                let reply = match line.trim() {
                    "o" | "once" => Reply::Once,
                    "a" | "always" => Reply::Always,
                    _ => Reply::reject_with("the user said no"),
                };
                request.reply(reply).await?;
            }
            // Tool parts are updated many times; show where each call ended.
            Progress::Tool(tool) if matches!(tool.state.kind(), "completed" | "error") => {
                println!("[tool {} {}]", tool.tool, tool.state.kind());
            }
            _ => {}
        }
    }
    // The whole turn (every model step), read from the server once it is over.
    let answer = run.finish().await?;
    println!("\n[done: {} output tokens]", answer.tokens().output);
    Ok(())
}
