//! Spawn and supervise `opencode serve` and `opencode run`.
//!
//! - [`Server`]: starts `opencode serve` on a free port with a random password, waits for
//!   the listening line and a healthy `/global/health`, and shuts the server down without
//!   leaving processes behind (see [`Server::stop`]).
//! - [`Runner`]: `opencode run --format json` as a stream of typed [`RunEvent`]s.
//!
//! Unix only. The child runs in its own process group. On Linux a small `/bin/sh`
//! guardian in that group kills the server and every tool process it started when this
//! process dies, even by SIGKILL (fallback without `/bin/sh`: `PR_SET_PDEATHSIG`).

mod binary;
mod error;
mod http;
mod runner;
mod server;
mod spawn;
mod sys;

pub use binary::{PINNED_VERSION, find_binary, xtask_binary};
pub use error::{ExitInfo, StartError, StopError};
pub use runner::{Run, RunError, RunEvent, Runner};
pub use server::{DEFAULT_USERNAME, LogLevel, Server, ServerBuilder, StartupTiming};
