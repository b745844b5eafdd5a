//! Typed, reconnecting event streams of the OpenCode server.
//!
//! This crate is being built; see `docs/streaming.md` once it exists.

mod connect;

pub use connect::{
    BoxBody, BoxError, Connect, ConnectError, ConnectFn, ConnectFuture, HyperConnector,
    connect_fn,
};
#[allow(dead_code)] // Used by the stream, next.
mod frame;
mod stats;

pub use stats::{Stats, StatsHandle};
mod event;

pub use event::{DecodeFailure, RawEvent, StreamEvent};
