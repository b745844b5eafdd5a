//! Spawn and supervise `opencode serve` and `opencode run`.
//!
//! - [`Server`]: starts `opencode serve` on a free port with a random password, waits for
//!   the listening line and a healthy `/global/health`, and shuts the server down without
//!   leaving processes behind (see [`Server::stop`]).
//! - [`Runner`]: `opencode run --format json` as a stream of typed [`RunEvent`]s.
//! - [`find_binary`] finds the server (explicit path, `OPENCODE_BIN`, `PATH`, the official
//!   installer's `~/.opencode/bin`, the SDK's cache); [`install`](fn@install) puts a release from npm
//!   into that cache (opt-in).
//!
//! Unix only. The child runs in its own process group. On Linux a small `/bin/sh`
//! guardian in that group kills the server and every tool process it started when this
//! process dies, even by SIGKILL (fallback without `/bin/sh`: `PR_SET_PDEATHSIG`).

mod binary;
mod error;
mod http;
pub mod install;
mod runner;
mod server;
mod spawn;
mod sys;

pub use binary::{PINNED_VERSION, find_binary, pinned_binary};
pub use error::{ExitInfo, StartError, StopError};
pub use install::{InstallError, install};
pub use runner::{Run, RunError, RunEvent, Runner};
pub use server::{DEFAULT_USERNAME, LogLevel, Server, ServerBuilder, StartupTiming};
