//! Open a terminal on the server, run a command in it and read the output back.
//!
//! ```sh
//! opencode serve --port 4096 &
//! cargo run -p examples --example pty -- "ls -la"
//! ```

use futures_util::StreamExt;
use opencode::pty::PtyOptions;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let command = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "echo hello from the pty".to_owned());
    let client = opencode::Client::from_env()?;

    // A shell on the server, 30 rows by 100 columns.
    let pty = match client
        .create_pty(PtyOptions::new().command("/bin/sh").size(30, 100))
        .await
    {
        Ok(pty) => pty,
        Err(e) => {
            println!("could not open a terminal on the server ({e}); is `opencode serve` running?");
            return Ok(());
        }
    };
    let mut conn = pty.connect().await?;

    // Type the command, then a marker to know when its output is complete.
    conn.send(format!("{command}; echo __done__\n")).await?;
    let mut seen = String::new();
    while let Some(chunk) = conn.next().await {
        let text = String::from_utf8_lossy(&chunk?).into_owned();
        print!("{text}");
        seen.push_str(&text);
        // The marker appears twice: in the echoed input, then on its own line.
        if seen.matches("__done__").count() >= 2 {
            break;
        }
    }

    conn.close().await?;
    pty.remove().await?;
    Ok(())
}
