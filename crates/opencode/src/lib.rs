//! Rust SDK for the [OpenCode](https://opencode.ai) server: attach to or spawn a server,
//! drive coding sessions, answer permission and question requests, follow every event.
//!
//! ```no_run
//! use futures_util::StreamExt;
//! use opencode::prelude::*;
//!
//! # async fn run() -> Result<(), opencode::Error> {
//! let client = Client::from_env()?;                      // OPENCODE_SERVER_URL, _PASSWORD
//! let session = client.create_session().title("hello").await?;
//! let mut run = session.prompt("Say hello").on_permission(|_| Some(Reply::Once)).stream();
//! while let Some(progress) = run.next().await {
//!     if let Progress::TextDelta { delta, .. } = progress? {
//!         print!("{delta}");
//!     }
//! }
//! let answer = run.finish().await?;
//! println!("\n{} output tokens", answer.tokens().output);
//! # Ok(()) }
//! ```
//!
//! The layers underneath are re-exported: [`types`] (every schema), [`api`] (one method per
//! operation, through [`Client::api`]), [`sse`] (typed reconnecting event streams),
//! [`transport`] (the HTTP client and its errors), and behind features `process`
//! (spawn and supervise `opencode serve`) and `testing` (a scripted fake model provider).
//! Items that need a feature say so in their documentation.
//!
//! Features: `process` (spawn a server: `Opencode::spawn`), `testing` (the fake provider
//! and an isolated test server), `rustls` (https servers), `pty` (terminals on the server
//! over a WebSocket: `opencode::pty`), `full` (all of them). The default is HTTP and
//! events.
//!
//! Typed answers: [`PromptBuilder::output`] and [`Client::ask`] (see `docs/turns.md`).

#![cfg_attr(docsrs, feature(doc_cfg))]

// The README's Rust examples, compiled by `cargo test -p opencode --doc`.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

// The turn rules' examples (`docs/turns.md`).
#[doc = include_str!("../../../docs/turns.md")]
#[cfg(doctest)]
pub struct TurnsDoctests;

mod ask;
mod client;
mod interact;
#[cfg(all(feature = "process", not(target_arch = "wasm32")))]
mod managed;
mod output;
mod prompt;
#[cfg(all(feature = "pty", not(target_arch = "wasm32")))]
#[cfg_attr(docsrs, doc(cfg(feature = "pty")))]
pub mod pty;
mod record;
mod session;
pub mod turn;

pub use opencode_api as api;
pub use opencode_sse as sse;
pub use opencode_transport as transport;
pub use opencode_types as types;
/// The `schemars` this SDK derives structured-output schemas with (`JsonSchema`).
pub use schemars;

#[cfg(all(feature = "process", not(target_arch = "wasm32")))]
#[cfg_attr(docsrs, doc(cfg(feature = "process")))]
pub use opencode_process as process;
#[cfg(all(feature = "testing", not(target_arch = "wasm32")))]
#[cfg_attr(docsrs, doc(cfg(feature = "testing")))]
pub use opencode_testing as testing;

pub use ask::{Ask, AskOutput};
pub use client::{Client, ClientBuilder, V2};
pub use interact::{PendingPermission, PendingQuestion, Reply};
#[cfg(all(feature = "process", not(target_arch = "wasm32")))]
#[cfg_attr(docsrs, doc(cfg(feature = "process")))]
pub use managed::{Opencode, OpencodeBuilder};
pub use output::{OutputError, OutputPrompt, schema_for};
pub use prompt::{PermissionPolicy, Progress, PromptBuilder, PromptRun, STREAM_OPEN_BOUND};
#[cfg(all(feature = "pty", not(target_arch = "wasm32")))]
#[cfg_attr(docsrs, doc(cfg(feature = "pty")))]
pub use pty::{PtyConnection, PtyHandle, PtyOptions};
pub use session::{CreateSession, SessionHandle};
pub use sse::{EventStream, StreamItem};
pub use transport::{RetryPolicy, Timeouts};
pub use turn::{TurnError, TurnFailure, TurnMessage, TurnOutput, TurnTokens};
pub use types::{Event, GlobalEvent, Part};

/// What most programs need: `use opencode::prelude::*;`.
pub mod prelude {
    #[cfg(all(feature = "process", not(target_arch = "wasm32")))]
    #[cfg_attr(docsrs, doc(cfg(feature = "process")))]
    pub use crate::Opencode;
    pub use crate::{
        Client, Error, Event, Part, PendingPermission, PendingQuestion, Progress, PromptBuilder,
        PromptRun, Reply, SessionHandle, StreamItem, TurnOutput,
    };
}

/// Everything that can go wrong, by layer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An HTTP call failed: connect, timeout, an error answer, a decode failure.
    #[error(transparent)]
    Http(#[from] opencode_transport::Error),
    /// An event stream failed for good (unauthorized, not found, retries exhausted).
    #[error("event stream: {0}")]
    Stream(#[from] opencode_sse::Error),
    /// The turn ended in an error the server reported (LLM failure, abort, …), or without
    /// an answer.
    #[error("{0}")]
    Turn(Box<TurnError>),
    /// The event stream a prompt needs could not be opened within its bound; the prompt
    /// was not sent.
    #[error("the event stream did not open within {waited:?}, so the prompt was not sent{}", last_error.as_ref().map(|e| format!(": {e}")).unwrap_or_default())]
    EventsUnavailable {
        /// How long it was tried.
        waited: std::time::Duration,
        /// The last connection failure.
        last_error: Option<opencode_sse::Error>,
    },
    /// The turn completed, but its structured answer is missing or does not fit the type
    /// asked for ([`PromptBuilder::output`]).
    #[error(transparent)]
    Output(Box<OutputError>),
    /// The turn did not end within the bound set with [`PromptBuilder::timeout`] (it was
    /// aborted on the server) or [`SessionHandle::wait_turn_timeout`].
    #[error("the turn did not end within {after:?}{}", session_id.as_ref().map(|s| format!(" (session {s})")).unwrap_or_default())]
    TurnTimeout {
        /// The bound.
        after: std::time::Duration,
        /// The session, when it had been created.
        session_id: Option<String>,
    },
    /// A managed server could not be started.
    #[cfg(all(feature = "process", not(target_arch = "wasm32")))]
    #[cfg_attr(docsrs, doc(cfg(feature = "process")))]
    #[error(transparent)]
    Start(#[from] opencode_process::StartError),
    /// A terminal connection failed.
    #[cfg(all(feature = "pty", not(target_arch = "wasm32")))]
    #[cfg_attr(docsrs, doc(cfg(feature = "pty")))]
    #[error(transparent)]
    Pty(#[from] pty::Error),
}

impl From<OutputError> for Error {
    fn from(e: OutputError) -> Self {
        Error::Output(Box::new(e))
    }
}

impl Error {
    /// The HTTP error underneath, if this is one (an event stream's connection failure
    /// is reported by the stream, see [`Error::Stream`]).
    pub fn as_http(&self) -> Option<&opencode_transport::Error> {
        match self {
            Error::Http(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status of an error answer (from a request or an event stream's refusal).
    pub fn status(&self) -> Option<http::StatusCode> {
        match self {
            Error::Http(e) => e.status(),
            Error::Stream(e) => e.status(),
            Error::EventsUnavailable { last_error, .. } => {
                last_error.as_ref().and_then(opencode_sse::Error::status)
            }
            _ => None,
        }
    }

    /// `true` for a `404`: the session, message or request does not exist.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(http::StatusCode::NOT_FOUND)
    }

    /// `true` for a `401`: the server needs a password (set `OPENCODE_SERVER_PASSWORD` or
    /// [`ClientBuilder::password`]) or the one given is wrong.
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(http::StatusCode::UNAUTHORIZED)
    }

    /// `true` for a `400`: the server rejected the request's shape.
    pub fn is_validation(&self) -> bool {
        self.as_http()
            .is_some_and(opencode_transport::Error::is_validation)
    }

    /// `true` when the server could not be reached at all (nothing listens at the URL).
    pub fn is_connect(&self) -> bool {
        match self {
            Error::Http(e) => e.is_connect(),
            Error::Stream(opencode_sse::Error::Connect(e)) => e.status().is_none(),
            Error::EventsUnavailable {
                last_error: Some(opencode_sse::Error::Connect(e)),
                ..
            } => e.status().is_none(),
            _ => false,
        }
    }

    /// `true` for a timeout of a request, or an event stream that did not open in time.
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Http(e) => e.is_timeout(),
            Error::EventsUnavailable { .. } | Error::TurnTimeout { .. } => true,
            _ => false,
        }
    }

    /// `true` when the server does not have the operation (an older release).
    pub fn is_unsupported(&self) -> bool {
        self.as_http()
            .is_some_and(opencode_transport::Error::is_unsupported)
    }

    /// The turn's error, if this is one.
    pub fn as_turn(&self) -> Option<&TurnError> {
        match self {
            Error::Turn(t) => Some(t),
            _ => None,
        }
    }

    /// Whether the turn was aborted (`MessageAbortedError`).
    pub fn is_aborted(&self) -> bool {
        self.as_turn().is_some_and(TurnError::is_aborted)
    }

    /// The server's `StructuredOutputError`: the model did not produce the structured
    /// answer (its `data.retries` says how often the server asked again).
    pub fn structured_output_error(&self) -> Option<&types::StructuredOutputError> {
        self.as_turn().and_then(TurnError::structured_output_error)
    }

    /// The structured answer that was missing or did not fit the type asked for.
    pub fn as_output(&self) -> Option<&OutputError> {
        match self {
            Error::Output(e) => Some(e),
            _ => None,
        }
    }
}
