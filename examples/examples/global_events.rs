//! Follow `/global/event`: the events of every project directory the server has open.
//! Prints the directory and the kind of each event, for a minute or `N` seconds.
//!
//! ```sh
//! cargo run -p examples --example global_events -- 30
//! ```
//!
//! The server does not replay events after a reconnect, so on `Reconnected` a real program
//! re-reads whatever state it shows (sessions, statuses) from the REST API.

use std::time::Duration;

use futures_util::StreamExt;
use opencode::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seconds = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let client = Client::from_env()?;
    if let Err(e @ opencode::transport::Error::Connect { .. }) =
        client.api().global().health().send().await
    {
        println!(
            "no OpenCode server is reachable ({e}); start one with `opencode serve --port 4096`"
        );
        return Ok(());
    }
    let mut events = client.global_events();

    let follow = async {
        while let Some(item) = events.next().await {
            match item {
                Ok(StreamItem::Connected) => println!("connected"),
                Ok(StreamItem::Event(event)) => {
                    let directory = event.directory.as_deref().unwrap_or("-");
                    println!("{directory:<40} {}", event.payload.kind());
                }
                Ok(StreamItem::Retrying { error, delay, .. }) => {
                    println!("connection lost ({error}); retrying in {delay:?}");
                }
                Ok(StreamItem::Reconnected { downtime, .. }) => {
                    // Events published during `downtime` are gone: re-fetch state here.
                    let sessions = client.api().session().list().send().await?;
                    println!(
                        "reconnected after {downtime:?}; {} sessions",
                        sessions.len()
                    );
                }
                Ok(_) => {}
                // A refused connection is not fatal: the stream keeps retrying.
                Err(e) if e.is_fatal() => return Err(Box::<dyn std::error::Error>::from(e)),
                Err(e) => println!("stream error: {e}"),
            }
        }
        Ok(())
    };
    match tokio::time::timeout(Duration::from_secs(seconds), follow).await {
        Ok(result) => result,
        Err(_) => {
            println!("done after {seconds} s");
            Ok(())
        }
    }
}
