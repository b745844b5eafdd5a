//! Runs a [`FakeProvider`] until stdin closes, then prints every request it received as
//! JSON lines. Handy for pointing a hand-started `opencode serve` at it:
//!
//! ```text
//! cargo run -p opencode-testing --example fake_provider > requests.ndjson
//! ```
//!
//! The first stderr line is the OpenCode config to pass as `OPENCODE_CONFIG_CONTENT`.

use std::io::Read;

use opencode_testing::{DEFAULT_MODEL, FakeProvider};

fn main() -> std::io::Result<()> {
    let provider = FakeProvider::start()?;
    eprintln!("{}", provider.opencode_config(DEFAULT_MODEL));
    let mut sink = Vec::new();
    std::io::stdin().read_to_end(&mut sink)?;
    for request in provider.requests() {
        let line = serde_json::json!({
            "method": request.method(),
            "path": request.path(),
            "kind": format!("{:?}", request.kind()),
            "body": request.body(),
        });
        println!("{line}");
    }
    Ok(())
}
