//! `opencode serve` as a supervised child process.

use std::ffi::{OsStr, OsString};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http::{Method, StatusCode};
use tokio::sync::{oneshot, watch};

use crate::binary::find_binary;
use crate::error::{ExitInfo, StartError, StopError};
use crate::http::{basic_auth, request};
use crate::spawn::{self, Output, lock};
use crate::sys::{self, Signal};

/// The username the server expects when `OPENCODE_SERVER_USERNAME` is not set.
pub const DEFAULT_USERNAME: &str = "opencode";

/// The prefix of the stdout line that reports readiness (the same in every release).
const LISTENING: &str = "opencode server listening on ";

/// How long one health request may take before the next attempt.
const HEALTH_ATTEMPT: Duration = Duration::from_secs(1);

/// How many times an automatically chosen port is replaced after a clash.
const PORT_ATTEMPTS: usize = 3;

/// The server's `--log-level`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LogLevel {
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
}

impl LogLevel {
    fn as_arg(self) -> &'static str {
        match self {
            LogLevel::Debug => "DEBUG",
            LogLevel::Info => "INFO",
            LogLevel::Warn => "WARN",
            LogLevel::Error => "ERROR",
        }
    }
}

#[derive(Clone)]
enum Password {
    Random,
    Fixed(String),
    Insecure,
}

/// Configures and starts an `opencode serve` child process. Created by [`Server::builder`].
#[derive(Clone)]
pub struct ServerBuilder {
    binary: Option<PathBuf>,
    hostname: String,
    port: Option<u16>,
    cwd: Option<PathBuf>,
    env: Vec<(OsString, Option<OsString>)>,
    config: Option<String>,
    password: Password,
    username: Option<String>,
    log_level: Option<LogLevel>,
    print_logs: bool,
    args: Vec<OsString>,
    startup_timeout: Duration,
    grace: Duration,
    dispose_timeout: Duration,
    verify_config: Option<bool>,
}

impl std::fmt::Debug for ServerBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The password and the environment may hold secrets: only their presence is shown.
        f.debug_struct("ServerBuilder")
            .field("binary", &self.binary)
            .field("hostname", &self.hostname)
            .field("port", &self.port)
            .field("cwd", &self.cwd)
            .field("env_vars", &self.env.len())
            .field("config", &self.config.is_some())
            .field("log_level", &self.log_level)
            .field("startup_timeout", &self.startup_timeout)
            .field("grace", &self.grace)
            .finish_non_exhaustive()
    }
}

impl Default for ServerBuilder {
    fn default() -> Self {
        ServerBuilder {
            binary: None,
            hostname: "127.0.0.1".to_owned(),
            port: None,
            cwd: None,
            env: Vec::new(),
            config: None,
            password: Password::Random,
            username: None,
            log_level: None,
            print_logs: false,
            args: Vec::new(),
            startup_timeout: Duration::from_secs(30),
            grace: Duration::from_secs(3),
            dispose_timeout: Duration::from_secs(2),
            verify_config: None,
        }
    }
}

impl ServerBuilder {
    /// The binary to run. Without it: `$OPENCODE_BIN`, `opencode` on `PATH`,
    /// `~/.opencode/bin/opencode`, then the pinned release in the SDK's cache (see
    /// [`find_binary`]).
    pub fn binary(mut self, path: impl Into<PathBuf>) -> Self {
        self.binary = Some(path.into());
        self
    }

    /// The address to listen on (default `127.0.0.1`).
    pub fn hostname(mut self, hostname: impl Into<String>) -> Self {
        self.hostname = hostname.into();
        self
    }

    /// A fixed port. By default a free port is chosen (and replaced if another process
    /// takes it first); the server's own `--port 0` is never used because it takes 4096
    /// whenever that port is free.
    pub fn port(mut self, port: u16) -> Self {
        self.port = Some(port);
        self
    }

    /// The working directory, which is the server's default project directory.
    pub fn current_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// Sets an environment variable for the server.
    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.env
            .push((key.as_ref().to_owned(), Some(value.as_ref().to_owned())));
        self
    }

    /// Removes an inherited environment variable.
    pub fn env_remove(mut self, key: impl AsRef<OsStr>) -> Self {
        self.env.push((key.as_ref().to_owned(), None));
        self
    }

    /// The configuration as JSON text, passed in `OPENCODE_CONFIG_CONTENT` (merged by the
    /// server over its config files).
    pub fn config_content(mut self, json: impl Into<String>) -> Self {
        self.config = Some(json.into());
        self
    }

    /// The configuration as a JSON value; see [`config_content`](Self::config_content).
    pub fn config(self, config: &serde_json::Value) -> Self {
        self.config_content(config.to_string())
    }

    /// A fixed password (`OPENCODE_SERVER_PASSWORD`). By default a random one is generated.
    pub fn password(mut self, password: impl Into<String>) -> Self {
        self.password = Password::Fixed(password.into());
        self
    }

    /// Runs the server without authentication (removes `OPENCODE_SERVER_PASSWORD`).
    pub fn insecure(mut self) -> Self {
        self.password = Password::Insecure;
        self
    }

    /// The basic-auth username (`OPENCODE_SERVER_USERNAME`, default `opencode`).
    pub fn username(mut self, username: impl Into<String>) -> Self {
        self.username = Some(username.into());
        self
    }

    /// `--log-level`.
    pub fn log_level(mut self, level: LogLevel) -> Self {
        self.log_level = Some(level);
        self
    }

    /// `--print-logs`: the server logs to stderr (kept in the stderr tail) instead of its
    /// log file.
    pub fn print_logs(mut self, yes: bool) -> Self {
        self.print_logs = yes;
        self
    }

    /// Lets a web page from `origin` (`http://localhost:5173`) call the server from a
    /// browser (`--cors`); call once per origin.
    pub fn cors(mut self, origin: impl AsRef<OsStr>) -> Self {
        self.args.push("--cors".into());
        self.args.push(origin.as_ref().to_owned());
        self
    }

    /// An extra command-line argument after `serve …`.
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// How long to wait for the listening line plus a healthy `/global/health`
    /// (default 30 s).
    pub fn startup_timeout(mut self, timeout: Duration) -> Self {
        self.startup_timeout = timeout;
        self
    }

    /// How long [`Server::stop`] waits after SIGTERM before SIGKILL (default 3 s).
    pub fn grace_period(mut self, grace: Duration) -> Self {
        self.grace = grace;
        self
    }

    /// Whether startup also checks `GET /config` (default: only when a config was given).
    ///
    /// The server accepts a malformed `OPENCODE_CONFIG_CONTENT` at startup and answers
    /// every project request with `ConfigJsonError` afterwards; this turns that into
    /// [`StartError::Config`]. It costs the boot of the working directory's instance
    /// (a few hundred ms), which the first real request would pay anyway.
    pub fn verify_config(mut self, yes: bool) -> Self {
        self.verify_config = Some(yes);
        self
    }

    /// How long [`Server::stop`] waits for `POST /global/dispose` (default 2 s).
    pub fn dispose_timeout(mut self, timeout: Duration) -> Self {
        self.dispose_timeout = timeout;
        self
    }

    /// Starts the server and waits until it is ready: the stdout listening line, then a
    /// `200` from `GET /global/health` on a fresh connection. Needs a Tokio runtime with
    /// timers and I/O enabled.
    pub async fn spawn(self) -> Result<Server, StartError> {
        if let Some(dir) = &self.cwd
            && !dir.is_dir()
        {
            return Err(StartError::DirectoryNotFound { path: dir.clone() });
        }
        let binary = find_binary(self.binary.as_deref())
            .map_err(|tried| StartError::BinaryNotFound { tried })?;
        let password = match &self.password {
            Password::Random => Some(random_password()),
            Password::Fixed(p) => Some(p.clone()),
            Password::Insecure => None,
        };
        let attempts = if self.port.is_some() {
            1
        } else {
            PORT_ATTEMPTS
        };
        let mut attempt = 0;
        loop {
            attempt += 1;
            let port = match self.port {
                Some(port) => port,
                None => free_port(&self.hostname)?,
            };
            match self.start_once(&binary, port, password.clone()).await {
                Err(err) if attempt < attempts && err.is_port_clash() => {
                    tracing::debug!(port, "opencode port clash, retrying with another port");
                }
                other => return other,
            }
        }
    }

    async fn start_once(
        &self,
        binary: &Path,
        port: u16,
        password: Option<String>,
    ) -> Result<Server, StartError> {
        let mut cmd = Command::new(binary);
        cmd.arg("serve")
            .arg("--port")
            .arg(port.to_string())
            .arg("--hostname")
            .arg(&self.hostname);
        if let Some(level) = self.log_level {
            cmd.arg("--log-level").arg(level.as_arg());
        }
        if self.print_logs {
            cmd.arg("--print-logs");
        }
        cmd.args(&self.args);
        if let Some(dir) = &self.cwd {
            cmd.current_dir(dir);
        }
        for (key, value) in &self.env {
            match value {
                Some(v) => cmd.env(key, v),
                None => cmd.env_remove(key),
            };
        }
        match &password {
            Some(p) => cmd.env("OPENCODE_SERVER_PASSWORD", p),
            None => cmd.env_remove("OPENCODE_SERVER_PASSWORD"),
        };
        let username = self.username.clone().unwrap_or_else(|| {
            // An inherited username is honoured by the server, so report it too.
            self.env
                .iter()
                .rev()
                .find(|(k, _)| k == "OPENCODE_SERVER_USERNAME")
                .and_then(|(_, v)| v.as_ref().map(|v| v.to_string_lossy().into_owned()))
                .or_else(|| std::env::var("OPENCODE_SERVER_USERNAME").ok())
                .filter(|u| !u.is_empty())
                .unwrap_or_else(|| DEFAULT_USERNAME.to_owned())
        });
        cmd.env("OPENCODE_SERVER_USERNAME", &username);
        if let Some(config) = &self.config {
            cmd.env("OPENCODE_CONFIG_CONTENT", config);
        }

        let started = Instant::now();
        let child = Child::spawn(cmd, binary, "opencode-serve", None).await?;
        let (listen_tx, listen_rx) = oneshot::channel::<(String, Instant)>();
        let listen_tx = Mutex::new(Some(listen_tx));
        let child = child.drain(move |line: &str| {
            if let Some(url) = line.trim().strip_prefix(LISTENING)
                && let Some(tx) = lock(&listen_tx).take()
            {
                let _ = tx.send((url.trim().to_owned(), Instant::now()));
            }
        })?;
        let deadline = started + self.startup_timeout;
        let verify = self.verify_config.unwrap_or(self.config.is_some());
        let ready = wait_ready(&child, listen_rx, deadline, password.as_deref(), &username);
        let ready = match ready.await {
            Ok(ready) if verify => {
                check_config(&child, &ready.0, deadline, password.as_deref(), &username)
                    .await
                    .map(|()| ready)
            }
            other => other,
        };
        match ready {
            Ok((url, listening_at, healthy_at)) => Ok(Server {
                url,
                username,
                password,
                grace: self.grace,
                dispose_timeout: self.dispose_timeout,
                timing: StartupTiming {
                    listening: listening_at.duration_since(started),
                    healthy: healthy_at.duration_since(started),
                    ready: started.elapsed(),
                },
                child,
                stopped: false,
            }),
            Err(failure) => {
                spawn::kill_family(child.pid);
                child.settle().await;
                let (stdout_tail, stderr_tail) = child.output.tails();
                let status = *child.exit.borrow();
                Err(match failure {
                    Failure::Exited => StartError::Exited {
                        status,
                        stdout_tail,
                        stderr_tail,
                    },
                    Failure::Timeout => StartError::StartupTimeout {
                        after: self.startup_timeout,
                        stdout_tail,
                        stderr_tail,
                    },
                    Failure::Health(message) => StartError::Health {
                        message,
                        stdout_tail,
                        stderr_tail,
                    },
                    Failure::Config(message) => StartError::Config {
                        message,
                        stdout_tail,
                        stderr_tail,
                    },
                })
            }
        }
    }
}

enum Failure {
    Exited,
    Timeout,
    Health(String),
    Config(String),
}

/// `GET /config` for the working directory: a non-2xx answer means the configuration was
/// rejected.
async fn check_config(
    child: &Child,
    url: &str,
    deadline: Instant,
    password: Option<&str>,
    username: &str,
) -> Result<(), Failure> {
    let auth = password.map(|p| basic_auth(username, p));
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return Err(Failure::Timeout);
    }
    match request(url, auth.as_deref(), Method::GET, "/config", left).await {
        Ok((status, _)) if status.is_success() => Ok(()),
        Ok((status, body)) => Err(Failure::Config(format!(
            "GET /config answered {status}: {}",
            String::from_utf8_lossy(&body)
        ))),
        Err(_) if child.exit.borrow().is_some() => Err(Failure::Exited),
        Err(err) => Err(Failure::Health(format!("GET /config: {err}"))),
    }
}

/// Waits for the listening line, then for `GET /global/health` to answer 200.
async fn wait_ready(
    child: &Child,
    listen_rx: oneshot::Receiver<(String, Instant)>,
    deadline: Instant,
    password: Option<&str>,
    username: &str,
) -> Result<(String, Instant, Instant), Failure> {
    let deadline = tokio::time::Instant::from_std(deadline);
    let exit = child.exit.clone();
    let mut exit_watch = child.exit.clone();
    let line = tokio::select! {
        line = listen_rx => line.ok(),
        _ = exit_watch.wait_for(Option::is_some) => return Err(Failure::Exited),
        _ = tokio::time::sleep_until(deadline) => return Err(Failure::Timeout),
    };
    let Some((url, listening_at)) = line else {
        // stdout closed without the line: the process is exiting.
        let _ = tokio::time::timeout_at(deadline, exit_watch.wait_for(Option::is_some)).await;
        return Err(if exit.borrow().is_some() {
            Failure::Exited
        } else {
            Failure::Timeout
        });
    };
    let auth = password.map(|p| basic_auth(username, p));
    let mut last_error = String::from("no health check was made before the deadline");
    loop {
        if exit.borrow().is_some() {
            return Err(Failure::Exited);
        }
        let now = tokio::time::Instant::now();
        if now >= deadline {
            return Err(Failure::Health(last_error));
        }
        let attempt = HEALTH_ATTEMPT.min(deadline - now);
        match request(
            &url,
            auth.as_deref(),
            Method::GET,
            "/global/health",
            attempt,
        )
        .await
        {
            Ok((StatusCode::OK, _)) => return Ok((url, listening_at, Instant::now())),
            Ok((StatusCode::UNAUTHORIZED, _)) => {
                return Err(Failure::Health(
                    "GET /global/health answered 401: the server does not accept the password"
                        .to_owned(),
                ));
            }
            Ok((status, body)) => {
                last_error = format!(
                    "GET /global/health answered {status}: {}",
                    String::from_utf8_lossy(&body)
                );
            }
            Err(err) => last_error = format!("GET /global/health: {err}"),
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A spawned child with its output tails and exit watcher.
pub(crate) struct Child {
    pub(crate) pid: u32,
    pub(crate) exit: watch::Receiver<Option<ExitStatus>>,
    pub(crate) output: Arc<Output>,
    readers_done: Arc<AtomicUsize>,
    pipes: Option<(std::process::ChildStdout, std::process::ChildStderr)>,
    name: &'static str,
    /// The guardian's pipe (see `spawn::start_guardian`); dropped after the family is
    /// killed, since closing it makes the guardian kill the family.
    _guardian: Option<std::process::ChildStdin>,
}

impl Child {
    /// Spawns a prepared command (own process group, death signal, piped output).
    /// `stdin`, when given, is written to the child's stdin from a helper thread, which then
    /// closes it; otherwise stdin is `/dev/null`.
    pub(crate) async fn spawn(
        mut cmd: Command,
        binary: &Path,
        name: &'static str,
        stdin: Option<Vec<u8>>,
    ) -> Result<Child, StartError> {
        let guarded = spawn::guardian_available();
        spawn::prepare(&mut cmd, stdin.is_some(), !guarded);
        let mut child = spawn::spawn(cmd)
            .await
            .map_err(|source| StartError::Spawn {
                binary: binary.to_owned(),
                source,
            })?;
        let pid = child.id();
        let guardian = if guarded {
            match spawn::start_guardian(pid) {
                Ok(pipe) => Some(pipe),
                Err(source) => {
                    sys::killpg(pid, Signal::Kill);
                    let _ = spawn::wait_in_thread(child, &format!("{name}-wait-{pid}"));
                    return Err(StartError::Spawn {
                        binary: binary.to_owned(),
                        source,
                    });
                }
            }
        } else {
            None
        };
        if let (Some(mut pipe), Some(bytes)) = (child.stdin.take(), stdin) {
            let writer = std::thread::Builder::new()
                .name(format!("{name}-stdin-{pid}"))
                .spawn(move || {
                    use std::io::Write;
                    // A child that exits without reading gives EPIPE: nothing to report.
                    let _ = pipe.write_all(&bytes);
                });
            if let Err(source) = writer {
                sys::killpg(pid, Signal::Kill);
                return Err(StartError::Spawn {
                    binary: binary.to_owned(),
                    source,
                });
            }
        }
        let pipes = child.stdout.take().zip(child.stderr.take());
        let exit = match spawn::wait_in_thread(child, &format!("{name}-wait-{pid}")) {
            Ok(exit) => exit,
            Err(source) => {
                sys::killpg(pid, Signal::Kill);
                return Err(StartError::Spawn {
                    binary: binary.to_owned(),
                    source,
                });
            }
        };
        Ok(Child {
            pid,
            exit,
            output: Arc::new(Output::default()),
            readers_done: Arc::new(AtomicUsize::new(0)),
            pipes,
            name,
            _guardian: guardian,
        })
    }

    /// Starts the threads that keep reading stdout and stderr into the bounded tails.
    /// `on_stdout_line` sees every stdout line.
    pub(crate) fn drain(
        self,
        on_stdout_line: impl FnMut(&str) + Send + 'static,
    ) -> Result<Child, StartError> {
        self.drain_with(on_stdout_line, |_| {})
    }

    /// Like [`drain`](Self::drain) with a stderr line callback too.
    pub(crate) fn drain_with(
        mut self,
        mut on_stdout_line: impl FnMut(&str) + Send + 'static,
        mut on_stderr_line: impl FnMut(&str) + Send + 'static,
    ) -> Result<Child, StartError> {
        let Some((stdout, stderr)) = self.pipes.take() else {
            return Ok(self);
        };
        let pid = self.pid;
        let done = Arc::clone(&self.readers_done);
        let started = spawn::drain(
            &format!("{}-stdout-{pid}", self.name),
            stdout,
            Arc::clone(&self.output),
            false,
            move |line| {
                tracing::trace!(target: "opencode_process::stdout", pid, "{line}");
                on_stdout_line(line);
            },
            Some(Arc::clone(&done)),
        )
        .and_then(|()| {
            spawn::drain(
                &format!("{}-stderr-{pid}", self.name),
                stderr,
                Arc::clone(&self.output),
                true,
                move |line| {
                    tracing::trace!(target: "opencode_process::stderr", pid, "{line}");
                    on_stderr_line(line);
                },
                Some(done),
            )
        });
        if let Err(err) = started {
            spawn::kill_family(pid);
            return Err(StartError::Io(err));
        }
        Ok(self)
    }

    /// After the child was killed: waits (bounded) for the exit status and for the pipe
    /// readers to see the end of the output, so the tails are complete.
    pub(crate) async fn settle(&self) {
        let mut exit = self.exit.clone();
        let _ = tokio::time::timeout(Duration::from_secs(3), exit.wait_for(Option::is_some)).await;
        let done = Arc::clone(&self.readers_done);
        let _ = tokio::time::timeout(Duration::from_millis(500), async move {
            while done.load(Ordering::Acquire) < 2 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
        .await;
    }

    pub(crate) fn exit_info(&self) -> ExitInfo {
        let (stdout_tail, stderr_tail) = self.output.tails();
        ExitInfo {
            status: *self.exit.borrow(),
            stdout_tail,
            stderr_tail,
        }
    }

    /// A future resolving when the child exits, independent of `self`.
    pub(crate) fn exited(&self) -> impl Future<Output = ExitInfo> + Send + 'static {
        let mut exit = self.exit.clone();
        let output = Arc::clone(&self.output);
        let done = Arc::clone(&self.readers_done);
        async move {
            let status = exit.wait_for(Option::is_some).await.ok().and_then(|s| *s);
            let _ = tokio::time::timeout(Duration::from_millis(500), async {
                while done.load(Ordering::Acquire) < 2 {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            })
            .await;
            let (stdout_tail, stderr_tail) = output.tails();
            ExitInfo {
                status,
                stdout_tail,
                stderr_tail,
            }
        }
    }

    /// Kills the whole family synchronously and waits (at most 2 s) for the reaper.
    pub(crate) fn kill_now(&self) {
        spawn::kill_family(self.pid);
        spawn::block_until_exited(&self.exit, Duration::from_secs(2));
    }
}

/// How long startup took, measured from just before the spawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct StartupTiming {
    /// When the stdout listening line was read.
    pub listening: Duration,
    /// When `/global/health` first answered 200.
    pub healthy: Duration,
    /// When startup finished (after the optional `GET /config` check), i.e. when
    /// [`ServerBuilder::spawn`] returned.
    pub ready: Duration,
}

/// A running `opencode serve` child process.
///
/// The server runs in its own process group. [`stop`](Self::stop) shuts it down politely;
/// dropping it kills the group and every process the server started (SIGKILL). On Linux
/// the server and its tool processes are also killed when this process dies, even by
/// SIGKILL (see the crate docs).
///
/// ```no_run
/// # async fn demo() -> Result<(), opencode_process::StartError> {
/// use opencode_process::Server;
///
/// let server = Server::builder()
///     .current_dir("/path/to/project")
///     .config(&serde_json::json!({"model": "fake/fake-model"}))
///     .spawn()
///     .await?;
/// println!("{} (user {}, password {:?})", server.url(), server.username(), server.password());
/// let exit = server.stop().await;
/// println!("exited with {:?}", exit.status);
/// # Ok(()) }
/// ```
pub struct Server {
    url: String,
    username: String,
    password: Option<String>,
    grace: Duration,
    dispose_timeout: Duration,
    timing: StartupTiming,
    child: Child,
    stopped: bool,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("url", &self.url)
            .field("pid", &self.child.pid)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

impl Server {
    /// A builder with the defaults: `127.0.0.1`, a free port, a random password, 30 s
    /// startup timeout, 3 s grace period.
    pub fn builder() -> ServerBuilder {
        ServerBuilder::default()
    }

    /// The base URL from the listening line, e.g. `http://127.0.0.1:40123`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.url
            .rsplit_once(':')
            .and_then(|(_, port)| port.trim_end_matches('/').parse().ok())
            .unwrap_or_default()
    }

    /// The basic-auth username.
    pub fn username(&self) -> &str {
        &self.username
    }

    /// The basic-auth password; `None` only for [`ServerBuilder::insecure`] servers.
    pub fn password(&self) -> Option<&str> {
        self.password.as_deref()
    }

    /// The `Authorization` header value for this server, if it has a password.
    pub fn authorization(&self) -> Option<String> {
        self.password
            .as_deref()
            .map(|p| basic_auth(&self.username, p))
    }

    /// The server's process id (also its process-group id).
    pub fn pid(&self) -> u32 {
        self.child.pid
    }

    /// Startup timings: listening line, first healthy response, ready.
    pub fn startup_timing(&self) -> StartupTiming {
        self.timing
    }

    /// The exit status if the server has already exited.
    pub fn try_exit(&self) -> Option<ExitStatus> {
        *self.child.exit.borrow()
    }

    /// The current tails (last 64 KiB) of the server's stdout and stderr.
    pub fn output_tail(&self) -> (String, String) {
        self.child.output.tails()
    }

    /// Resolves when the server exits, for whatever reason, with its status and output
    /// tails. The future does not borrow the server, so it can be spawned to watch for an
    /// unexpected exit.
    pub fn exited(&self) -> impl Future<Output = ExitInfo> + Send + 'static {
        self.child.exited()
    }

    /// Stops the server: `POST /global/dispose` (which ends the tool processes it started;
    /// bounded by the dispose timeout), SIGTERM to the process group, SIGKILL after the
    /// grace period, and a final sweep that kills anything the server left behind.
    pub async fn stop(mut self) -> ExitInfo {
        self.shutdown().await;
        self.child.exit_info()
    }

    /// Like [`stop`](Self::stop) but reports a server that had already exited on its own as
    /// an error, with its status and output.
    pub async fn try_stop(mut self) -> Result<ExitInfo, StopError> {
        if self.try_exit().is_some() {
            self.shutdown().await;
            return Err(StopError::AlreadyExited(self.child.exit_info()));
        }
        self.shutdown().await;
        Ok(self.child.exit_info())
    }

    async fn shutdown(&mut self) {
        let pid = self.child.pid;
        if self.child.exit.borrow().is_none() {
            let auth = self.authorization();
            match request(
                &self.url,
                auth.as_deref(),
                Method::POST,
                "/global/dispose",
                self.dispose_timeout,
            )
            .await
            {
                Ok((status, _)) if status.is_success() => {}
                Ok((status, _)) => tracing::debug!(%status, "POST /global/dispose failed"),
                Err(err) => tracing::debug!(%err, "POST /global/dispose failed"),
            }
        }
        // Remember the family before SIGTERM: once the server is gone, the tool processes
        // it started are reparented and can no longer be traced back to it.
        let family = spawn::family(pid);
        sys::killpg(pid, Signal::Term);
        let mut exit = self.child.exit.clone();
        let _ = tokio::time::timeout(self.grace, exit.wait_for(Option::is_some)).await;
        spawn::kill_family(pid);
        spawn::kill_snapshot(&family);
        self.child.settle().await;
        self.stopped = true;
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if !self.stopped {
            self.child.kill_now();
        }
    }
}

/// A free TCP port on `hostname` (bound and released; the server binds it right after).
fn free_port(hostname: &str) -> Result<u16, StartError> {
    let host = match hostname {
        "localhost" => "127.0.0.1",
        other => other,
    };
    let listener = std::net::TcpListener::bind((host, 0)).map_err(StartError::Io)?;
    Ok(listener.local_addr().map_err(StartError::Io)?.port())
}

fn random_password() -> String {
    let mut rng = fastrand::Rng::new();
    (0..32)
        .map(|_| char::from(b"0123456789abcdef"[rng.usize(..16)]))
        .collect()
}
