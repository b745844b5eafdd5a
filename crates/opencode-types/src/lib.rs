//! Serde types for every schema of the OpenCode server API.
//!
//! The types under [`generated`] are written by `cargo xtask codegen` from the server's own
//! OpenAPI document (pinned in `spec/`); the rest of this crate is written by hand: the
//! `/global/event` envelope the spec gets wrong ([`GlobalEvent`]), non-finite numbers
//! ([`JsNumber`]), timestamps ([`timestamp`]) and convenience accessors.
//!
//! Decoding is forward compatible and lossless:
//! - unknown object properties are kept in each struct's `additional` map and written back;
//! - unknown string enum values become `Unknown(String)`;
//! - unknown union variants (event types, part types) become `Unknown { kind, raw }` with the
//!   whole JSON, while a *known* variant that fails to decode is an error, never `Unknown`.
//!
//! ```
//! use opencode_types::Event;
//!
//! let frame = r#"{"id":"evt_1","type":"session.idle","properties":{"sessionID":"ses_1"}}"#;
//! let event: Event = serde_json::from_str(frame)?;
//! assert_eq!(event.kind(), "session.idle");
//! assert_eq!(event.session_id(), Some("ses_1"));
//! # Ok::<(), serde_json::Error>(())
//! ```

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
#[rustfmt::skip]
pub mod generated;
pub mod compat;
mod global;
mod number;
mod time_ext;
mod timestamp;

pub use generated::*;
pub use global::{GlobalEvent, GlobalPayload};
pub use number::JsNumber;
pub use time_ext::timestamp;
pub use timestamp::Timestamp;
