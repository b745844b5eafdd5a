//! HTTP transport for the OpenCode server (`opencode serve`).
//!
//! This crate knows nothing about individual operations: it sends an [`ApiRequest`] (a
//! method, a route template with path parameters, query pairs, a JSON body, and what kind of
//! request it is) to the server and hands back the checked response. The generated
//! `opencode-api` crate builds those requests; the umbrella `opencode` crate re-exports it.
//!
//! # What every request gets
//! - **Base URL** (`http://127.0.0.1:4096` by default, `OPENCODE_SERVER_URL` with
//!   [`ClientBuilder::from_env`]); `https` with the `rustls` feature.
//! - **Basic auth** ([`ClientBuilder::password`], [`ClientBuilder::basic_auth`] or
//!   `OPENCODE_SERVER_PASSWORD` / `OPENCODE_SERVER_USERNAME`, user `opencode` by default) on
//!   every request, streaming ones included. The password is a [`Secret`]: it never appears
//!   in `Debug`, errors or tracing fields.
//! - **Directory and workspace routing** as the server reads them: the
//!   `x-opencode-directory` header, as it is when it is plain ASCII (letters, digits,
//!   `/-_.~:`, which every release reads), percent-encoded otherwise (raw non-ASCII would
//!   reach the server as mojibake); for `GET`/`HEAD` also `?directory=` on v1 routes and `?location[directory]=`
//!   on `/api/*` routes. A client default ([`ClientBuilder::directory`],
//!   [`Client::with_directory`]) and a per-request override ([`ApiRequest::directory`]).
//! - **Retries** ([`RetryPolicy`], a `tower::retry::Policy`): connect failures and
//!   `429`/`502`/`503`/`504`, exponential back-off with full jitter, `Retry-After` honoured.
//!   A [`RequestKind::NonIdempotent`] request (a prompt, a command, a shell) is repeated
//!   only when it provably never reached the server.
//! - **Timeouts** ([`Timeouts`]): connect (10 s), per attempt and whole call (none by
//!   default: a synchronous prompt can run for many minutes). None applies to
//!   [`Client::send_streaming`].
//! - **Checks**: a non-success status becomes [`Error::Api`] with the server's error decoded
//!   (all of its body shapes); a `200 text/html` answer (the server's web page, its answer
//!   to routes it does not know) becomes [`Error::UnsupportedByServer`]; with
//!   [`ClientBuilder::check_operations`] an operation missing from the server's own `/doc`
//!   is refused the same way before anything is sent.
//! - A `tracing` span `opencode.request` with method, route template, status, attempts and
//!   latency.
//!
//! # Example
//! ```no_run
//! use opencode_transport::{ApiRequest, Client, decode_json};
//!
//! # async fn run() -> Result<(), opencode_transport::Error> {
//! let client = Client::from_env()?.with_directory("/srv/project");
//! let request = ApiRequest::get("/session/{sessionID}").path_param("sessionID", "ses_123");
//! match client.send(request).await {
//!     Ok(response) => {
//!         let session: serde_json::Value = decode_json(&response)?;
//!         println!("{}", session["title"]);
//!     }
//!     Err(error) if error.is_not_found() => println!("no such session"),
//!     Err(error) => return Err(error),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Runtime
//! The client runs on Tokio: call it inside a runtime with I/O and time enabled
//! (`#[tokio::main]` and `#[tokio::test]` do that). Building a [`Client`] needs no runtime.
//!
//! In the browser (`wasm32-unknown-unknown`) it needs none at all: requests go through the
//! page's `fetch` (aborted when dropped), response bodies are read as streams, and timers
//! are the browser's. `Client::send_upgrade` does not exist there. [`rt`] has the clock,
//! timers and `spawn` of both targets. See `docs/wasm.md`.
//!
//! # Layers
//! [`ClientBuilder::layer`] adds tower layers around the inner HTTP service; they see every
//! attempt. [`ClientBuilder::service`] replaces the hyper client (for tests, or another
//! connector). See `docs/transport.md` for the whole stack.
//!
//! # Features
//! - `rustls`: `https://` base URLs, with rustls and the webpki root certificates.

#![cfg_attr(docsrs, feature(doc_cfg))]

mod client;
mod config;
mod encode;
mod error;
#[cfg(target_arch = "wasm32")]
mod fetch;
mod request;
pub mod rt;
mod service;
#[cfg(all(feature = "rustls", not(target_arch = "wasm32")))]
mod tls;

pub use client::{Client, ClientBuilder, decode_json, decode_json_bytes};
#[cfg(not(target_arch = "wasm32"))]
pub use client::{Upgraded, UpgradedIo};
pub use config::{
    BasicAuth, ClientConfig, DEFAULT_BASE_URL, DEFAULT_USERNAME, RetryPolicy, Secret, Timeouts,
};
pub use encode::encode_path_segment;
mod operations;
pub use error::{ApiErrorKind, BoxError, Error, TimeoutKind, UnsupportedEvidence};
pub use request::{
    ApiRequest, DIRECTORY_HEADER, RequestBody, RequestInfo, RequestKind, ResponseFormat,
    WORKSPACE_HEADER,
};
pub use service::{HttpService, ResponseBody};

/// Re-exported so callers can name request and response types without their own `http`
/// dependency.
pub use http;
