//! Starts `opencode serve` in the current directory, prints `<server pid> <url>` and then
//! waits (at most two minutes). The environment (HOME, XDG dirs, `OPENCODE_BIN`, …) is
//! passed on to the server.
//!
//! The no-orphan test SIGKILLs this program and checks that the server died with it.

use std::io::Write;
use std::time::Duration;

use opencode_process::Server;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server = Server::builder().spawn().await?;
    println!("{} {}", server.pid(), server.url());
    std::io::stdout().flush()?;
    tokio::time::sleep(Duration::from_secs(120)).await;
    server.stop().await;
    Ok(())
}
