//! `opencode run --format json` as a stream of typed events: one prompt, no server to
//! manage. Useful for scripts and batch jobs.
//!
//! ```sh
//! cargo run -p examples --example cli_runner -- "List the files here" anthropic/claude-sonnet-4
//! ```
//!
//! The second argument (optional) is the model; without it your configured default is used.

use futures_util::StreamExt;
use opencode::process::{RunEvent, Runner, StartError};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let prompt = args
        .next()
        .unwrap_or_else(|| "Say hello in one sentence.".to_owned());

    let mut runner = Runner::new(prompt).current_dir(std::env::current_dir()?);
    if let Some(model) = args.next() {
        runner = runner.model(model);
    }
    let mut run = match runner.spawn().await {
        Ok(run) => run,
        Err(StartError::BinaryNotFound { tried, .. }) => {
            println!("the opencode binary was not found (looked at: {tried:?})");
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };

    // Each stdout line is decoded; kinds this SDK does not know arrive as `Unknown`.
    while let Some(event) = run.next().await {
        match event? {
            RunEvent::Text(e) => println!("{}", e.text().unwrap_or_default()),
            RunEvent::ToolUse(e) => println!(
                "[tool {} {}]",
                e.tool().unwrap_or("?"),
                e.part["state"]["status"].as_str().unwrap_or("?")
            ),
            RunEvent::StepFinish(e) => println!(
                "[step done: {} output tokens, ${}]",
                e.part["tokens"]["output"], e.part["cost"]
            ),
            RunEvent::Error(e) => println!("error: {}", e.message().unwrap_or("unknown")),
            _ => {}
        }
    }
    let exit = run.wait().await;
    println!("exit status: {:?}", exit.status);
    Ok(())
}
