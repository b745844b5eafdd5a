//! Errors and exit reports.

use std::path::PathBuf;
use std::process::ExitStatus;
use std::time::Duration;

/// How a child process ended, with the last 64 KiB of its stdout and stderr.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ExitInfo {
    /// The exit status; `None` if it could not be collected.
    pub status: Option<ExitStatus>,
    /// The end of stdout (lossy UTF-8).
    pub stdout_tail: String,
    /// The end of stderr (lossy UTF-8).
    pub stderr_tail: String,
}

/// The last `max` bytes of `text`, cut at a character boundary, for error messages.
fn short(text: &str, max: usize) -> &str {
    let text = text.trim_end();
    let mut start = text.len().saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

fn tails(stdout: &str, stderr: &str) -> String {
    format!(
        "\n--- stdout (end) ---\n{}\n--- stderr (end) ---\n{}",
        short(stdout, 2000),
        short(stderr, 2000)
    )
}

/// Why a server or run could not be started.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// No binary was found; `tried` lists where it was looked for.
    #[error("opencode binary not found (tried: {}); install it (`opencode_process::install`, or the official installer), set OPENCODE_BIN, or put `opencode` on PATH", tried.join(", "))]
    BinaryNotFound {
        /// The places that were tried, in order.
        tried: Vec<String>,
    },
    /// The working directory given to the server does not exist.
    #[error("the server's directory {} does not exist", path.display())]
    DirectoryNotFound {
        /// The directory.
        path: PathBuf,
    },
    /// The operating system refused to start the binary.
    #[error("cannot start {}: {source}", binary.display())]
    Spawn {
        /// The binary.
        binary: PathBuf,
        /// The error from the operating system.
        #[source]
        source: std::io::Error,
    },
    /// The process exited before it was ready.
    #[error("opencode exited during startup ({}){}", status.map_or_else(|| "unknown status".to_owned(), |s| s.to_string()), tails(stdout_tail, stderr_tail))]
    Exited {
        /// The exit status, if it was collected.
        status: Option<ExitStatus>,
        /// The end of stdout.
        stdout_tail: String,
        /// The end of stderr.
        stderr_tail: String,
    },
    /// No listening line within the startup timeout; the process was killed.
    #[error(
        "opencode did not print its listening line within {after:?}{}",
        tails(stdout_tail, stderr_tail)
    )]
    StartupTimeout {
        /// The startup timeout.
        after: Duration,
        /// The end of stdout.
        stdout_tail: String,
        /// The end of stderr.
        stderr_tail: String,
    },
    /// The listening line came but `GET /global/health` did not succeed before the
    /// deadline (or was refused); the process was killed.
    #[error(
        "opencode health check failed: {message}{}",
        tails(stdout_tail, stderr_tail)
    )]
    Health {
        /// What the last health check saw.
        message: String,
        /// The end of stdout.
        stdout_tail: String,
        /// The end of stderr.
        stderr_tail: String,
    },
    /// The server started but rejected its configuration (`GET /config` failed, e.g. with
    /// `ConfigJsonError` for malformed `OPENCODE_CONFIG_CONTENT`); the process was killed.
    /// The server itself only reports this on the first project request, so the check is
    /// part of startup when a config is given (see `ServerBuilder::verify_config`).
    #[error(
        "opencode rejected its configuration: {message}{}",
        tails(stdout_tail, stderr_tail)
    )]
    Config {
        /// The server's error body.
        message: String,
        /// The end of stdout.
        stdout_tail: String,
        /// The end of stderr.
        stderr_tail: String,
    },
    /// Another I/O failure while preparing the process (choosing a port, starting the
    /// output reader threads).
    #[error("I/O error while starting opencode: {0}")]
    Io(#[source] std::io::Error),
}

impl StartError {
    /// The stdout and stderr tails, for the variants that have them.
    pub fn output_tails(&self) -> Option<(&str, &str)> {
        match self {
            StartError::Exited {
                stdout_tail,
                stderr_tail,
                ..
            }
            | StartError::StartupTimeout {
                stdout_tail,
                stderr_tail,
                ..
            }
            | StartError::Health {
                stdout_tail,
                stderr_tail,
                ..
            }
            | StartError::Config {
                stdout_tail,
                stderr_tail,
                ..
            } => Some((stdout_tail, stderr_tail)),
            _ => None,
        }
    }

    /// A failed bind: the server prints `ServeError` and exits when its port is taken.
    pub(crate) fn is_port_clash(&self) -> bool {
        matches!(self, StartError::Exited { stderr_tail, .. }
            if stderr_tail.contains("ServeError") || stderr_tail.contains("EADDRINUSE"))
    }
}

/// Why [`Server::try_stop`](crate::Server::try_stop) reports a failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StopError {
    /// The server had exited before it was asked to stop.
    #[error("opencode had already exited ({}){}", .0.status.map_or_else(|| "unknown status".to_owned(), |s| s.to_string()), tails(&.0.stdout_tail, &.0.stderr_tail))]
    AlreadyExited(ExitInfo),
}
