//! Typed, reconnecting event streams of the OpenCode server.
//!
//! - [`EventStream<T>`] turns a server-sent-events response into
//!   `Result<StreamItem<T>, Error>` items: it reconnects with backoff, watches heartbeats,
//!   caps frame sizes, hides heartbeats and sync duplicates, and reports every gap.
//! - The stream opens connections through a [`Connect`] implementation, so any HTTP
//!   client fits; [`HyperConnector`] is a built-in one for plain `http://` URLs.
//! - Event types plug in by implementing [`StreamEvent`]; it is implemented for
//!   [`serde_json::Value`] and [`RawEvent`].
//!
//! See `docs/streaming.md` in the repository for the model.

mod connect;
mod error;
mod event;
mod frame;
mod stats;
mod stream;

pub use connect::{
    BoxBody, BoxError, Connect, ConnectError, ConnectFn, ConnectFuture, HyperConnector, connect_fn,
};
pub use error::Error;
pub use event::{DecodeFailure, RawEvent, StreamEvent};
pub use stats::{Stats, StatsHandle};
pub use stream::{Backoff, EventStream, RawEventStream, StreamConfig, StreamItem};

