//! Attach to a server started with a password.
//!
//! ```sh
//! OPENCODE_SERVER_PASSWORD=s3cret opencode serve --port 4096 &
//! cargo run -p examples --example password -- http://127.0.0.1:4096 s3cret
//! ```
//!
//! The user name is `opencode` unless the server was started with
//! `OPENCODE_SERVER_USERNAME`; use `ClientBuilder::basic_auth` for another one.
//! `Client::from_env()` reads the same two variables the server does.

use opencode::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .unwrap_or_else(|| "http://127.0.0.1:4096".to_owned());
    let password = args
        .next()
        .or_else(|| std::env::var("OPENCODE_SERVER_PASSWORD").ok())
        .unwrap_or_default();

    let client = Client::builder()
        .base_url(&url)
        .password(password) // never printed: the secret is redacted in Debug output
        .build()?;

    match client.api().session().list().send().await {
        Ok(sessions) => println!("authenticated; {} sessions", sessions.len()),
        Err(e) if e.is_unauthorized() => println!("the server refused the password (401)"),
        Err(e @ opencode::transport::Error::Connect { .. }) => {
            println!("no OpenCode server is reachable at {url} ({e})");
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}
