//! Shared setup for the live contract tests: a real server, a typed API over it, timing.

#![allow(dead_code)]

use std::future::Future;
use std::time::{Duration, Instant};

use opencode_api::Api;
use opencode_testing::{TestServer, TestServerBuilder, live_binary};

/// Starts `builder`'s server, or returns `None` (after printing why) when the OpenCode binary
/// is not installed, so a test can `let Some((server, api)) = start(..).await else { return };`.
pub async fn start(builder: TestServerBuilder) -> Option<(TestServer, Api)> {
    // `live_binary` prints "skipped: opencode binary not installed (…)" when it is missing.
    live_binary()?;
    let server = builder.start().await.unwrap_or_else(|e| panic!("{e}"));
    let api = api_for(&server);
    Some((server, api))
}

/// A typed API over `server`, with its credentials and its project as the directory.
pub fn api_for(server: &TestServer) -> Api {
    let mut builder = opencode_transport::Client::builder()
        .base_url(server.url())
        .directory(server.project_dir().to_string_lossy().into_owned());
    if let Some(password) = server.password() {
        builder = builder.basic_auth(server.username(), password.to_owned());
    }
    Api::new(builder.build().expect("client for the test server"))
}

/// Polls `check` every 50 ms until it yields `Some`, or panics after `timeout`.
pub async fn wait_for<T, F, Fut>(what: &str, timeout: Duration, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Prints how long a test took, for the suite's time budget.
pub struct Timer(&'static str, Instant);

impl Timer {
    /// Starts timing the test `name`.
    pub fn start(name: &'static str) -> Timer {
        Timer(name, Instant::now())
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        println!("{}: {:?}", self.0, self.1.elapsed());
    }
}
