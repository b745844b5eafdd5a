//! `opencode run --format json` as a stream of typed events.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::pin::Pin;
use std::process::Command;
use std::task::{Context, Poll};

use serde::Deserialize;
use serde_json::Value;
use tokio::sync::mpsc;

use crate::binary::find_binary;
use crate::error::{ExitInfo, StartError};
use crate::server::Child;

/// How many decoded events may wait for the consumer before the reader pauses (and with it
/// the child, once its pipe is full). Dropping the stream lets the reader drain freely.
const EVENT_BUFFER: usize = 256;

/// A part-carrying event (`step_start`, `step_finish`, `text`, `reasoning`, `tool_use`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct PartEvent {
    /// Milliseconds since the epoch.
    #[serde(default)]
    pub timestamp: Option<i64>,
    /// The session the event belongs to.
    #[serde(rename = "sessionID", default)]
    pub session_id: Option<String>,
    /// The message part (the server's `Part` object, e.g. `{"type":"text","text":…}`).
    pub part: Value,
}

impl PartEvent {
    /// The part's `text`, for text and reasoning parts.
    pub fn text(&self) -> Option<&str> {
        self.part["text"].as_str()
    }

    /// The part's `tool` name, for tool parts.
    pub fn tool(&self) -> Option<&str> {
        self.part["tool"].as_str()
    }
}

/// An `error` event: the session failed (`error` is the server's error object, e.g.
/// `{"name":"APIError","data":{"message":…}}`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct ErrorEvent {
    /// Milliseconds since the epoch.
    #[serde(default)]
    pub timestamp: Option<i64>,
    /// The session the event belongs to.
    #[serde(rename = "sessionID", default)]
    pub session_id: Option<String>,
    /// The error object.
    pub error: Value,
}

impl ErrorEvent {
    /// `error.data.message`, else `error.name`.
    pub fn message(&self) -> Option<&str> {
        self.error["data"]["message"]
            .as_str()
            .or_else(|| self.error["name"].as_str())
    }
}

/// One line of `opencode run --format json` output.
///
/// Release 1.18.33 prints `step_start`, `text` (once the text part is complete),
/// `reasoning` (with `--thinking`), `tool_use`, `step_finish` and `error`. Other kinds
/// decode as [`RunEvent::Unknown`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RunEvent {
    /// A model step began.
    StepStart(PartEvent),
    /// A model step finished (`part.reason`, `part.tokens`, `part.cost`).
    StepFinish(PartEvent),
    /// A completed text part.
    Text(PartEvent),
    /// A completed reasoning part.
    Reasoning(PartEvent),
    /// A tool call reached a final state (`part.state.status` is `completed` or `error`).
    ToolUse(PartEvent),
    /// The session reported an error.
    Error(ErrorEvent),
    /// An event kind this version does not know, kept whole.
    Unknown(Value),
}

impl RunEvent {
    /// Decodes one JSON line. A known `type` must decode; an unknown one becomes
    /// [`RunEvent::Unknown`].
    pub fn from_json(line: &str) -> Result<RunEvent, serde_json::Error> {
        let value: Value = serde_json::from_str(line)?;
        let kind = value["type"].as_str().unwrap_or_default().to_owned();
        let part = |v: Value| serde_json::from_value::<PartEvent>(v);
        Ok(match kind.as_str() {
            "step_start" => RunEvent::StepStart(part(value)?),
            "step_finish" => RunEvent::StepFinish(part(value)?),
            "text" => RunEvent::Text(part(value)?),
            "reasoning" => RunEvent::Reasoning(part(value)?),
            "tool_use" => RunEvent::ToolUse(part(value)?),
            "error" => RunEvent::Error(serde_json::from_value(value)?),
            _ => RunEvent::Unknown(value),
        })
    }
}

/// A stdout line that is not a decodable event.
#[derive(Debug, thiserror::Error)]
#[error("cannot decode `opencode run` output line {line:?}: {source}")]
#[non_exhaustive]
pub struct RunError {
    /// The line as printed (cut to 64 KiB).
    pub line: String,
    /// The decoding error.
    #[source]
    pub source: serde_json::Error,
}

/// Configures `opencode run --format json`, with the prompt written to its stdin (exactly
/// as given; a positional prompt would be re-quoted by the CLI).
///
/// ```no_run
/// # async fn demo() -> Result<(), opencode_process::StartError> {
/// use futures_util::StreamExt;
/// use opencode_process::{RunEvent, Runner};
///
/// let mut run = Runner::new("Say hello").model("fake/fake-model").spawn().await?;
/// while let Some(event) = run.next().await {
///     if let Ok(RunEvent::Text(text)) = event {
///         println!("{}", text.text().unwrap_or_default());
///     }
/// }
/// let exit = run.wait().await;
/// assert!(exit.status.is_some_and(|s| s.success()));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Runner {
    prompt: String,
    binary: Option<PathBuf>,
    cwd: Option<PathBuf>,
    env: Vec<(OsString, Option<OsString>)>,
    config: Option<String>,
    model: Option<String>,
    agent: Option<String>,
    session: Option<String>,
    args: Vec<OsString>,
}

impl Runner {
    /// A run of `prompt`.
    pub fn new(prompt: impl Into<String>) -> Self {
        Runner {
            prompt: prompt.into(),
            binary: None,
            cwd: None,
            env: Vec::new(),
            config: None,
            model: None,
            agent: None,
            session: None,
            args: Vec::new(),
        }
    }

    /// The binary (default lookup as for [`Server`](crate::Server), see
    /// [`find_binary`](crate::find_binary)).
    pub fn binary(mut self, path: impl Into<PathBuf>) -> Self {
        self.binary = Some(path.into());
        self
    }

    /// The working directory (the project).
    pub fn current_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// Sets an environment variable.
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

    /// The configuration JSON (`OPENCODE_CONFIG_CONTENT`).
    pub fn config(mut self, config: &Value) -> Self {
        self.config = Some(config.to_string());
        self
    }

    /// `--model provider/model`.
    pub fn model(mut self, model: impl Into<String>) -> Self {
        self.model = Some(model.into());
        self
    }

    /// `--agent`.
    pub fn agent(mut self, agent: impl Into<String>) -> Self {
        self.agent = Some(agent.into());
        self
    }

    /// `--session`: continue an existing session.
    pub fn session(mut self, id: impl Into<String>) -> Self {
        self.session = Some(id.into());
        self
    }

    /// An extra argument before the prompt.
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// Starts the run. Events arrive through the returned [`Run`] (a `Stream`).
    pub async fn spawn(self) -> Result<Run, StartError> {
        if let Some(dir) = &self.cwd
            && !dir.is_dir()
        {
            return Err(StartError::DirectoryNotFound { path: dir.clone() });
        }
        let binary = find_binary(self.binary.as_deref())
            .map_err(|tried| StartError::BinaryNotFound { tried })?;
        let mut cmd = Command::new(&binary);
        cmd.arg("run").arg("--format").arg("json");
        if let Some(model) = &self.model {
            cmd.arg("--model").arg(model);
        }
        if let Some(agent) = &self.agent {
            cmd.arg("--agent").arg(agent);
        }
        if let Some(session) = &self.session {
            cmd.arg("--session").arg(session);
        }
        cmd.args(&self.args);
        // The prompt goes through stdin, which `opencode run` reads when it is not a
        // terminal: positional words are re-joined with quotes around any word containing
        // a space, so `"hello world"` would reach the model as `"\"hello world\""`.
        if let Some(dir) = &self.cwd {
            cmd.current_dir(dir);
        }
        for (key, value) in &self.env {
            match value {
                Some(v) => cmd.env(key, v),
                None => cmd.env_remove(key),
            };
        }
        if let Some(config) = &self.config {
            cmd.env("OPENCODE_CONFIG_CONTENT", config);
        }
        let child = Child::spawn(
            cmd,
            &binary,
            "opencode-run",
            Some(self.prompt.clone().into_bytes()),
        )
        .await?;
        let (tx, rx) = mpsc::channel(EVENT_BUFFER);
        let mut tx = Some(tx);
        let child = child.drain(move |line: &str| {
            if line.trim().is_empty() {
                return;
            }
            let item = RunEvent::from_json(line).map_err(|source| RunError {
                line: line.to_owned(),
                source,
            });
            // Blocks this reader thread while the consumer is behind; once the stream is
            // dropped the sender is discarded and the output is only kept in the tail.
            if let Some(sender) = &tx
                && sender.blocking_send(item).is_err()
            {
                tx = None;
            }
        })?;
        Ok(Run {
            child,
            events: Some(rx),
            finished: false,
        })
    }
}

/// A running `opencode run`: a `Stream` of decoded stdout lines, then [`wait`](Self::wait)
/// for the exit status and the stderr tail. Dropping it kills the process and everything
/// it started.
pub struct Run {
    child: Child,
    events: Option<mpsc::Receiver<Result<RunEvent, RunError>>>,
    finished: bool,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Run")
            .field("pid", &self.child.pid)
            .finish_non_exhaustive()
    }
}

impl Run {
    /// The process id (also its process-group id).
    pub fn pid(&self) -> u32 {
        self.child.pid
    }

    /// Waits for the process to exit. Events not yet consumed are discarded.
    pub async fn wait(mut self) -> ExitInfo {
        self.events = None;
        let info = self.child.exited().await;
        // The run is over; sweep anything it left running (its own server's tool processes).
        crate::spawn::kill_family(self.child.pid);
        self.finished = true;
        info
    }

    /// Kills the process and everything it started, and returns its exit report.
    pub async fn kill(mut self) -> ExitInfo {
        self.events = None;
        crate::spawn::kill_family(self.child.pid);
        self.child.settle().await;
        self.finished = true;
        self.child.exit_info()
    }
}

impl futures_core::Stream for Run {
    type Item = Result<RunEvent, RunError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match self.events.as_mut() {
            Some(rx) => rx.poll_recv(cx),
            None => Poll::Ready(None),
        }
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        if !self.finished {
            self.child.kill_now();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_known_and_unknown_events() {
        let text = r#"{"type":"text","timestamp":1,"sessionID":"ses_1","part":{"type":"text","text":"Hi."}}"#;
        match RunEvent::from_json(text) {
            Ok(RunEvent::Text(e)) => {
                assert_eq!(e.text(), Some("Hi."));
                assert_eq!(e.session_id.as_deref(), Some("ses_1"));
            }
            other => panic!("unexpected {other:?}"),
        }
        let unknown = r#"{"type":"brand_new","x":1}"#;
        assert!(matches!(
            RunEvent::from_json(unknown),
            Ok(RunEvent::Unknown(_))
        ));
        // A known type with a missing required field is an error, not Unknown.
        assert!(RunEvent::from_json(r#"{"type":"text"}"#).is_err());
        assert!(RunEvent::from_json("not json").is_err());
        let err = r#"{"type":"error","sessionID":"s","error":{"name":"APIError","data":{"message":"boom"}}}"#;
        match RunEvent::from_json(err) {
            Ok(RunEvent::Error(e)) => assert_eq!(e.message(), Some("boom")),
            other => panic!("unexpected {other:?}"),
        }
    }
}
