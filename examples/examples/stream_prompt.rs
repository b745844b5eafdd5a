//! Print the answer while the model writes it, then the turn's token and cost totals.
//!
//! ```sh
//! cargo run -p examples --example stream_prompt -- "Explain src/main.rs"
//! ```
//!
//! Attaches to `OPENCODE_SERVER_URL` (default `http://127.0.0.1:4096`).

use std::io::Write;

use futures_util::StreamExt;
use opencode::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let prompt = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "Count from one to ten, in words.".to_owned());
    let client = Client::from_env()?;

    let session = match client.create_session().title("stream_prompt").await {
        Ok(session) => session,
        Err(opencode::Error::Http(e @ opencode::transport::Error::Connect { .. })) => {
            println!(
                "no OpenCode server is reachable ({e}); start one with `opencode serve --port 4096`"
            );
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };

    // A PromptRun is a Stream of Progress; nothing is sent until it is first polled.
    let mut run = session.prompt(prompt).stream();
    let mut stdout = std::io::stdout();
    while let Some(progress) = run.next().await {
        match progress? {
            Progress::TextDelta { delta, .. } => {
                print!("{delta}");
                stdout.flush()?;
            }
            Progress::ReasoningDelta { delta, .. } => eprint!("{delta}"),
            // A tool part is updated many times (pending, running, output); show the end.
            Progress::Tool(tool) if matches!(tool.state.kind(), "completed" | "error") => {
                eprintln!("\n[tool {} {}]", tool.tool, tool.state.kind());
            }
            Progress::Retry { message, .. } => eprintln!("\n[provider retry: {message}]"),
            Progress::Reconnected { downtime, .. } => {
                eprintln!("\n[event stream reconnected after {downtime:?}]");
            }
            _ => {}
        }
    }

    // The whole turn comes from the server's record, complete even if events were lost.
    let answer = run.finish().await?;
    let t = answer.tokens();
    println!(
        "\n\ntokens: {} in, {} out, {} reasoning, {} cache read; cost ${:.4} ({} steps)",
        t.input,
        t.output,
        t.reasoning,
        t.cache_read,
        answer.cost(),
        answer.messages().len()
    );
    Ok(())
}
