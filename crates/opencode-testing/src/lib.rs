//! A scripted fake model provider and an isolated OpenCode test server.
//!
//! - [`FakeProvider`]: an OpenAI-compatible streaming endpoint on loopback whose replies are
//!   scripted as [`Turn`]s (text, reasoning, tool calls, HTTP errors, delays), and which
//!   records every request the OpenCode server sends it.
//! - [`TestServer`]: a real `opencode serve` in temporary HOME/XDG directories with a git
//!   project and the fake provider as its model; [`TestEnv`] is the same environment
//!   without the server (for [`opencode_process::Runner`] or custom servers).
//! - [`chaos::ChaosProxy`]: a fault-injecting proxy to put between an application and a
//!   server (connections reset before or after forwarding, `502`/`503`, delays, cut and
//!   stalled answers), with per-route rules, a seeded schedule and counters.
//! - [`live_binary`]: the binary lookup live tests use to skip when it is not installed.
//! - [`runtimes`]: both Tokio runtimes, for code that must hold (or be measured) on each.

mod background;
pub mod chaos;
mod fake;
mod server;

pub use fake::{
    ChunkSplit, DEFAULT_MODEL, DEFAULT_TEXT, DEFAULT_TITLE, FakeProvider, FakeProviderBuilder,
    PROVIDER_ID, RecordedRequest, RequestKind, STRUCTURED_OUTPUT_TOOL, Turn,
};
pub use server::{TestEnv, TestServer, TestServerBuilder, TestServerError, live_binary};

/// Both Tokio runtimes users run, named: `current_thread` (as
/// `#[tokio::main(flavor = "current_thread")]`) and `multi_thread` with two workers (as the
/// default `#[tokio::main]` on a 2-core machine). The benchmarks measure every client on
/// each.
///
/// # Panics
///
/// If the operating system refuses the runtime's threads or I/O driver.
///
/// ```
/// for (name, runtime) in opencode_testing::runtimes() {
///     assert_eq!(runtime.block_on(async { 1 + 1 }), 2, "{name}");
/// }
/// ```
pub fn runtimes() -> [(&'static str, tokio::runtime::Runtime); 2] {
    let current = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("current-thread runtime");
    let multi = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("multi-thread runtime");
    [("current_thread", current), ("multi_thread", multi)]
}
