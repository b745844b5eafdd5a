//! Add your own tower layer to every HTTP request the client makes: here one that counts
//! requests and adds a header (a request id a proxy could log).
//!
//! ```sh
//! cargo run -p examples --example tower_layer
//! ```
//!
//! Layers wrap each attempt (retries go through them again), inside the client's own auth,
//! directory and timeout handling. The first layer added is the outermost.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use opencode::prelude::*;
use opencode::transport::RequestBody;
use opencode::transport::http::{HeaderValue, Request};
use tower::util::MapRequestLayer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let count = Arc::new(AtomicU64::new(0));
    let counter = count.clone();
    let tag = MapRequestLayer::new(move |mut req: Request<RequestBody>| {
        let n = counter.fetch_add(1, Ordering::Relaxed) + 1;
        if let Ok(value) = HeaderValue::from_str(&format!("example-{n}")) {
            req.headers_mut().insert("x-request-id", value);
        }
        req
    });

    let client = Client::builder()
        .from_env() // OPENCODE_SERVER_URL, OPENCODE_SERVER_PASSWORD
        .layer(tag)
        .build()?;

    match client.api().session().list().send().await {
        Ok(sessions) => println!("{} sessions", sessions.len()),
        Err(e @ opencode::transport::Error::Connect { .. }) => {
            println!(
                "no OpenCode server is reachable ({e}); start one with `opencode serve --port 4096`"
            );
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    }
    let health = client.api().global().health().send().await?;
    println!("server version {}", health.version);
    println!(
        "{} requests went through the layer",
        count.load(Ordering::Relaxed)
    );
    Ok(())
}
