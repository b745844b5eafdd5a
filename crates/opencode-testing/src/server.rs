//! An isolated environment and a real OpenCode server running in it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use opencode_process::{ExitInfo, Runner, Server, ServerBuilder, StartError};
use serde_json::{Value, json};

use crate::fake::{DEFAULT_MODEL, FakeProvider, PROVIDER_ID, Turn};

/// Where the npm registry is pointed: a closed port, so the server never installs plugins
/// (an install in progress swallows SIGTERM) and never waits on the network.
const DEAD_REGISTRY: &str = "http://127.0.0.1:9";

/// The OpenCode binary for live tests: `$OPENCODE_BIN`, else the pinned release installed
/// by `cargo xtask install-opencode` or `opencode_process::install` in the SDK's cache. When neither exists it prints
/// `skipped: opencode binary not installed (run cargo xtask install-opencode)` and returns
/// `None`, so a test can `let Some(bin) = live_binary() else { return };`.
pub fn live_binary() -> Option<PathBuf> {
    let found = opencode_process::pinned_binary();
    if found.is_none() {
        println!("skipped: opencode binary not installed (run cargo xtask install-opencode)");
    }
    found
}

/// A directory tree removed on drop.
#[derive(Debug)]
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        for _ in 0..8 {
            let dir = std::env::temp_dir().join(format!(
                "opencode-test-{}-{:016x}",
                std::process::id(),
                fastrand::u64(..)
            ));
            match std::fs::create_dir(&dir) {
                Ok(()) => return Ok(TempDir(dir)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(std::io::Error::other(
            "cannot create a unique temp directory",
        ))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Why a [`TestEnv`] or [`TestServer`] could not be set up.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TestServerError {
    /// Creating the directories, the git project or the fake provider failed.
    #[error("setting up the test environment: {0}")]
    Io(#[from] std::io::Error),
    /// `git init` or `git commit` failed.
    #[error("setting up the git project: {0}")]
    Git(String),
    /// The server did not start.
    #[error(transparent)]
    Start(#[from] StartError),
}

/// Merges `patch` into `base`: objects recursively, anything else replaced.
fn merge(base: &mut Value, patch: Value) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                merge(base.entry(key).or_insert(Value::Null), value);
            }
        }
        (base, patch) => *base = patch,
    }
}

/// Configures a [`TestEnv`] or [`TestServer`].
#[derive(Debug)]
pub struct TestServerBuilder {
    provider: Option<FakeProvider>,
    turns: Vec<Turn>,
    model_id: String,
    permission: Option<Value>,
    config: Vec<Value>,
    binary: Option<PathBuf>,
    files: Vec<(PathBuf, Vec<u8>)>,
    env: Vec<(String, String)>,
    startup_timeout: Duration,
    cors: Vec<String>,
}

impl TestServerBuilder {
    /// Uses this provider instead of a fresh [`FakeProvider`].
    pub fn provider(mut self, provider: FakeProvider) -> Self {
        self.provider = Some(provider);
        self
    }

    /// Scripts a turn on the fake provider.
    pub fn turn(mut self, turn: Turn) -> Self {
        self.turns.push(turn);
        self
    }

    /// The fake model id (default `fake-model`, so the model is `fake/fake-model`).
    pub fn model_id(mut self, id: impl Into<String>) -> Self {
        self.model_id = id.into();
        self
    }

    /// The `permission` config, e.g. `json!({"bash": "ask", "edit": "ask"})`.
    pub fn permission(mut self, permission: Value) -> Self {
        self.permission = Some(permission);
        self
    }

    /// Extra config merged (recursively) over the generated one; may be called repeatedly.
    pub fn config(mut self, config: Value) -> Self {
        self.config.push(config);
        self
    }

    /// The binary (default: [`live_binary`]'s lookup, then `opencode` on `PATH`).
    pub fn binary(mut self, path: impl Into<PathBuf>) -> Self {
        self.binary = Some(path.into());
        self
    }

    /// A file to create in the project before the initial commit (`path` is relative).
    pub fn file(mut self, path: impl Into<PathBuf>, contents: impl Into<Vec<u8>>) -> Self {
        self.files.push((path.into(), contents.into()));
        self
    }

    /// An extra environment variable for the server.
    pub fn env(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Lets a web page from `origin` (`http://127.0.0.2:8000`) call the server from a
    /// browser (the server's `--cors`); call once per origin. The server already allows
    /// pages from `localhost` and `127.0.0.1`.
    pub fn cors(mut self, origin: impl Into<String>) -> Self {
        self.cors.push(origin.into());
        self
    }

    /// The server's startup timeout (default 60 s: a fresh HOME on a loaded 2-core machine
    /// takes several seconds).
    pub fn startup_timeout(mut self, timeout: Duration) -> Self {
        self.startup_timeout = timeout;
        self
    }

    /// Creates the environment without starting a server.
    pub fn build_env(self) -> Result<TestEnv, TestServerError> {
        let root = TempDir::new()?;
        let r = root.0.clone();
        for dir in ["home", "config", "data/opencode/bin", "cache", "project"] {
            std::fs::create_dir_all(r.join(dir))?;
        }
        link_ripgrep(&r.join("data/opencode/bin/rg"));
        let project = r.join("project");
        for (path, contents) in &self.files {
            let target = project.join(path);
            if !target.starts_with(&project) || path.is_absolute() {
                return Err(TestServerError::Io(std::io::Error::other(format!(
                    "project file {} must be a relative path inside the project",
                    path.display()
                ))));
            }
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(target, contents)?;
        }
        git(&project, &["init", "-q"])?;
        if !self.files.is_empty() {
            git(&project, &["add", "-A"])?;
        }
        git(
            &project,
            &["commit", "-q", "--allow-empty", "-m", "initial commit"],
        )?;

        let provider = match self.provider {
            Some(p) => p,
            None => FakeProvider::start()?,
        };
        provider.extend(self.turns);
        let mut config = json!({
            "$schema": "https://opencode.ai/config.json",
            "model": format!("{PROVIDER_ID}/{}", self.model_id),
            "provider": provider.config_json(&self.model_id),
        });
        if let Some(permission) = self.permission {
            config["permission"] = permission;
        }
        for extra in self.config {
            merge(&mut config, extra);
        }
        Ok(TestEnv {
            provider,
            config,
            root,
            binary: self.binary,
            env: self.env,
            startup_timeout: self.startup_timeout,
            cors: self.cors,
        })
    }

    /// Creates the environment and starts a server in it.
    pub async fn start(self) -> Result<TestServer, TestServerError> {
        let env = self.build_env()?;
        let server = env.server_builder().spawn().await?;
        Ok(TestServer {
            server: Some(server),
            env,
        })
    }
}

fn link_ripgrep(target: &Path) {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join("rg"))
            .find(|p| p.is_file())
    });
    if let Some(rg) = found {
        #[cfg(unix)]
        let _ = std::os::unix::fs::symlink(rg, target);
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<(), TestServerError> {
    let out = std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        // Independent of the user's git configuration.
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "opencode-testing")
        .env("GIT_AUTHOR_EMAIL", "opencode-testing@example.invalid")
        .env("GIT_COMMITTER_NAME", "opencode-testing")
        .env("GIT_COMMITTER_EMAIL", "opencode-testing@example.invalid")
        .output()
        .map_err(|e| TestServerError::Git(format!("git {args:?}: {e}")))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(TestServerError::Git(format!(
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )))
    }
}

/// Temporary HOME/XDG directories, a git project and a [`FakeProvider`], without a server.
/// Use it to start [`Server`]s or [`Runner`]s yourself. Everything is removed on drop.
#[derive(Debug)]
pub struct TestEnv {
    provider: FakeProvider,
    config: Value,
    binary: Option<PathBuf>,
    env: Vec<(String, String)>,
    startup_timeout: Duration,
    cors: Vec<String>,
    root: TempDir,
}

impl TestEnv {
    /// A builder; same as [`TestServer::builder`].
    pub fn builder() -> TestServerBuilder {
        TestServer::builder()
    }

    /// The git project (the server's working directory).
    pub fn project_dir(&self) -> PathBuf {
        self.root.0.join("project")
    }

    /// The temporary `HOME`.
    pub fn home_dir(&self) -> PathBuf {
        self.root.0.join("home")
    }

    /// `XDG_DATA_HOME`; the server's log is in `opencode/log/` below it.
    pub fn data_dir(&self) -> PathBuf {
        self.root.0.join("data")
    }

    /// The fake model provider.
    pub fn provider(&self) -> &FakeProvider {
        &self.provider
    }

    /// The OpenCode config passed in `OPENCODE_CONFIG_CONTENT`.
    pub fn config(&self) -> &Value {
        &self.config
    }

    /// The environment variables that isolate a server or run in this environment.
    pub fn env_vars(&self) -> Vec<(String, PathBuf)> {
        let r = &self.root.0;
        vec![
            ("HOME".to_owned(), r.join("home")),
            ("XDG_CONFIG_HOME".to_owned(), r.join("config")),
            ("XDG_DATA_HOME".to_owned(), r.join("data")),
            ("XDG_CACHE_HOME".to_owned(), r.join("cache")),
            ("XDG_STATE_HOME".to_owned(), r.join("state")),
            ("npm_config_registry".to_owned(), DEAD_REGISTRY.into()),
            ("NPM_CONFIG_REGISTRY".to_owned(), DEAD_REGISTRY.into()),
            ("BUN_CONFIG_REGISTRY".to_owned(), DEAD_REGISTRY.into()),
        ]
    }

    fn binary(&self) -> Option<PathBuf> {
        self.binary.clone().or_else(opencode_process::pinned_binary)
    }

    /// A [`ServerBuilder`] for this environment: isolated dirs, the project as working
    /// directory, the config, a random password. Adjust it and call `spawn()`.
    pub fn server_builder(&self) -> ServerBuilder {
        let mut builder = Server::builder()
            .current_dir(self.project_dir())
            .config(&self.config)
            .startup_timeout(self.startup_timeout)
            .env_remove("OPENCODE_SERVER_USERNAME");
        if let Some(bin) = self.binary() {
            builder = builder.binary(bin);
        }
        for (key, value) in self.env_vars() {
            builder = builder.env(key, value);
        }
        for (key, value) in &self.env {
            builder = builder.env(key, value);
        }
        for origin in &self.cors {
            builder = builder.cors(origin);
        }
        builder
    }

    /// A [`Runner`] for `prompt` in this environment, using the fake model.
    pub fn runner(&self, prompt: impl Into<String>) -> Runner {
        let model = self.config["model"]
            .as_str()
            .unwrap_or(DEFAULT_MODEL)
            .to_owned();
        let mut runner = Runner::new(prompt)
            .current_dir(self.project_dir())
            .config(&self.config)
            .model(model)
            .env_remove("OPENCODE_SERVER_PASSWORD");
        if let Some(bin) = self.binary() {
            runner = runner.binary(bin);
        }
        for (key, value) in self.env_vars() {
            runner = runner.env(key, value);
        }
        for (key, value) in &self.env {
            runner = runner.env(key, value);
        }
        runner
    }
}

/// A real OpenCode server in a [`TestEnv`]: temporary HOME/XDG directories, a git project,
/// ripgrep linked when available, npm pointed at a dead registry, and a [`FakeProvider`] as
/// the default model. The server and everything it started are killed and the directories
/// removed on drop.
///
/// ```no_run
/// # async fn demo() -> Result<(), opencode_testing::TestServerError> {
/// use opencode_testing::{TestServer, Turn};
/// use serde_json::json;
///
/// let server = TestServer::builder()
///     .permission(json!({"bash": "ask"}))
///     .turn(Turn::text("Hello!"))
///     .start()
///     .await?;
/// println!("{} as {}:{}", server.url(), server.username(), server.password().unwrap_or(""));
/// // … drive it with a client, then inspect server.provider().requests() …
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct TestServer {
    // Dropped first: the server must die before its directories and provider go.
    server: Option<Server>,
    env: TestEnv,
}

impl TestServer {
    /// A builder with a fresh fake provider, model `fake/fake-model` and no extra config.
    pub fn builder() -> TestServerBuilder {
        TestServerBuilder {
            provider: None,
            turns: Vec::new(),
            model_id: DEFAULT_MODEL.to_owned(),
            permission: None,
            config: Vec::new(),
            binary: None,
            files: Vec::new(),
            env: Vec::new(),
            startup_timeout: Duration::from_secs(60),
            cors: Vec::new(),
        }
    }

    /// Starts a server with the defaults.
    pub async fn start() -> Result<TestServer, TestServerError> {
        TestServer::builder().start().await
    }

    fn server(&self) -> &Server {
        // Only `stop` takes the server, and it consumes `self`.
        match &self.server {
            Some(server) => server,
            None => unreachable!("TestServer used after stop"),
        }
    }

    /// The base URL, e.g. `http://127.0.0.1:40123`.
    pub fn url(&self) -> &str {
        self.server().url()
    }

    /// The basic-auth username (`opencode`).
    pub fn username(&self) -> &str {
        self.server().username()
    }

    /// The basic-auth password (random per server).
    pub fn password(&self) -> Option<&str> {
        self.server().password()
    }

    /// The `Authorization` header value.
    pub fn authorization(&self) -> Option<String> {
        self.server().authorization()
    }

    /// The server process.
    pub fn process(&self) -> &Server {
        self.server()
    }

    /// The git project the server runs in.
    pub fn project_dir(&self) -> PathBuf {
        self.env.project_dir()
    }

    /// A ready transport client: this server's URL and password, and the project as its
    /// directory. Most tests want the umbrella client instead:
    /// `opencode::Client::for_test_server(&server)` (with the `opencode` crate's `testing`
    /// feature) wraps this one.
    pub fn client(&self) -> Result<opencode_transport::Client, opencode_transport::Error> {
        let mut builder = opencode_transport::Client::builder()
            .base_url(self.url())
            .directory(self.project_dir().display().to_string());
        if let Some(password) = self.password() {
            builder = builder.basic_auth(self.username(), password);
        }
        builder.build()
    }

    /// The fake model provider.
    pub fn provider(&self) -> &FakeProvider {
        self.env.provider()
    }

    /// The environment (directories, config).
    pub fn env(&self) -> &TestEnv {
        &self.env
    }

    /// Stops the server politely (see [`Server::stop`]) and removes the environment.
    pub async fn stop(mut self) -> ExitInfo {
        match self.server.take() {
            Some(server) => server.stop().await,
            None => unreachable!("TestServer stopped twice"),
        }
    }
}
