//! Examples of the OpenCode Rust SDK. The programs are in `examples/examples/`; run one with
//! `cargo run -p examples --example quickstart`.
//!
//! | example | shows |
//! |---|---|
//! | `quickstart` | attach with `Client::from_env`, list sessions, create one, prompt |
//! | `stream_prompt` | print the answer as it streams, then the token totals |
//! | `permissions` | answer permission requests on the terminal or with a policy |
//! | `spawn_server` | start and stop a managed `opencode serve` |
//! | `password` | attach to a password-protected server |
//! | `global_events` | follow every directory's events through `/global/event` |
//! | `cli_runner` | `opencode run --format json` as typed events |
//! | `tower_layer` | add a tower layer (a request counter and a header) to the client |
//! | `testing_with_fake_provider` | test an app function against a scripted fake model |
//! | `pty` | open a terminal on the server, run a command, read its output |
//!
//! The examples that attach read `OPENCODE_SERVER_URL` (default `http://127.0.0.1:4096`)
//! and `OPENCODE_SERVER_PASSWORD`; when no server answers they say so and exit with 0.
//!
//! The crate also holds the demo that `cargo xtask demo` runs ([`demo`], binary `demo`).

pub mod demo;
