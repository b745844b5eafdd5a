//! Typed, reconnecting event streams of the OpenCode server.
//!
//! - [`EventStream<T>`] turns a server-sent-events response into
//!   `Result<StreamItem<T>, Error>` items: it reconnects with backoff, watches heartbeats,
//!   caps frame sizes, hides heartbeats and sync duplicates, and reports every gap.
//! - [`Router`] shares one upstream stream among per-session subscribers with bounded
//!   buffers; a subscriber that falls behind gets [`StreamItem::Lagged`].
//! - The stream opens connections through a [`Connect`] implementation:
//!   [`TransportConnector`] (the SDK's transport, its auth, TLS and layers) or any other.
//! - Event types plug in by implementing [`StreamEvent`]; it is implemented for the
//!   generated [`opencode_types::Event`], [`opencode_types::GlobalEvent`] and
//!   [`opencode_types::V2Event`], for [`serde_json::Value`] and for [`RawEvent`].
//! - [`events`], [`global_events`], [`v2_events`] and [`v2_session_events`] open the
//!   server's streams through the SDK's [`opencode_transport::Client`]
//!   ([`TransportConnector`]); [`event_router`] shares one `/event` connection among
//!   per-session subscribers.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use futures_util::StreamExt;
//! use opencode_sse::StreamItem;
//! use opencode_types::Event;
//!
//! let client = opencode_transport::Client::new("http://127.0.0.1:4096")?;
//! let mut stream = opencode_sse::events(&client);
//! while let Some(item) = stream.next().await {
//!     if let StreamItem::Event(Event::MessagePartDelta(delta)) = item? {
//!         print!("{}", delta.properties.delta);
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! See `docs/streaming.md` in the repository for the model.

mod connect;
mod error;
mod event;
mod frame;
mod router;
mod stats;
mod stream;
mod transport;
mod typed;

pub use connect::{BoxBody, BoxError, Connect, ConnectError, ConnectFn, ConnectFuture, connect_fn};
pub use error::Error;
pub use event::{DecodeFailure, RawEvent, StreamEvent};
pub use router::{DEFAULT_CAPACITY, Router, RouterDriver, Subscription, WeakRouter};
pub use stats::{Stats, StatsHandle};
pub use stream::{Backoff, EventStream, RawEventStream, StreamConfig, StreamItem};
pub use transport::{
    Endpoint, TransportConnector, event_router, events, global_event_router, global_events,
    raw_events, raw_global_events, raw_v2_events, raw_v2_session_events, v2_events,
    v2_session_events,
};

/// The stream, router and subscriptions can move between threads; routers and
/// subscriptions can also be shared.
#[allow(dead_code)]
fn _thread_safety() {
    fn send<T: Send>() {}
    fn send_sync<T: Send + Sync>() {}
    send::<EventStream<serde_json::Value>>();
    send::<RouterDriver<serde_json::Value>>();
    send::<EventStream<opencode_types::Event>>();
    send_sync::<Router<opencode_types::GlobalEvent>>();
    send_sync::<TransportConnector>();
    send_sync::<Router<serde_json::Value>>();
    send_sync::<Subscription<RawEvent>>();
    send_sync::<Error>();
}

/// Entry points for fuzzing; not part of the supported API.
#[doc(hidden)]
pub mod __fuzz {
    use std::collections::VecDeque;
    use std::pin::pin;
    use std::sync::Arc;
    use std::task::{Context, Poll, Waker};

    use bytes::Bytes;
    use eventsource_stream::{EventStreamError, Eventsource};
    use futures_core::Stream;

    use crate::StreamEvent;
    use crate::frame::{FrameSplitter, MemorySource, Signal};

    /// Feeds `chunks` through the frame splitter (cap `cap`), the SSE parser and the
    /// `serde_json::Value` decoder; returns how many events decoded. Must never panic.
    pub fn bytes_to_values(chunks: Vec<Bytes>, cap: usize) -> usize {
        let splitter = FrameSplitter::new(
            MemorySource(VecDeque::from(chunks)),
            cap.max(1),
            Arc::default(),
        );
        let mut frames = pin!(splitter.eventsource());
        let mut cx = Context::from_waker(Waker::noop());
        let mut decoded = 0;
        while let Poll::Ready(Some(item)) = frames.as_mut().poll_next(&mut cx) {
            match item {
                Ok(event) => {
                    if let Ok(value) = serde_json::Value::decode(event.data) {
                        let _ = (value.is_heartbeat(), value.session_id(), value.is_sync());
                        decoded += 1;
                    }
                }
                Err(EventStreamError::Transport(Signal::InvalidUtf8(raw))) => {
                    let _ = raw.len();
                }
                Err(EventStreamError::Transport(_)) => {}
                // The parser is in an unknown state; the stream would reconnect.
                Err(_) => break,
            }
        }
        decoded
    }

    /// Feeds `chunks` through the frame splitter (cap `cap`) and the SSE parser, and
    /// decodes each frame's data as the generated `Event`, `GlobalEvent` and `V2Event`,
    /// reading what the stream reads of each (heartbeat, session, sync) and serializing
    /// what decoded. Returns how many decodes succeeded. Must never panic.
    pub fn bytes_to_typed(chunks: Vec<Bytes>, cap: usize) -> usize {
        let splitter = FrameSplitter::new(
            MemorySource(VecDeque::from(chunks)),
            cap.max(1),
            Arc::default(),
        );
        let mut frames = pin!(splitter.eventsource());
        let mut cx = Context::from_waker(Waker::noop());
        let mut decoded = 0;
        while let Poll::Ready(Some(item)) = frames.as_mut().poll_next(&mut cx) {
            match item {
                Ok(event) => decoded += typed(&event.data),
                Err(EventStreamError::Transport(_)) => {}
                Err(_) => break,
            }
        }
        decoded
    }

    /// Decodes one frame's data as each typed event; returns how many succeeded.
    pub fn typed(data: &str) -> usize {
        fn one<T: StreamEvent + serde::Serialize>(data: &str) -> usize {
            match T::decode(data.to_owned()) {
                Ok(event) => {
                    let _ = (event.is_heartbeat(), event.session_id(), event.is_sync());
                    // What decoded must serialize again.
                    let _ = serde_json::to_string(&event);
                    1
                }
                Err(failure) => {
                    let _ = crate::event::peek_session_id(&failure.data);
                    0
                }
            }
        }
        one::<opencode_types::Event>(data)
            + one::<opencode_types::GlobalEvent>(data)
            + one::<opencode_types::V2Event>(data)
    }

    /// Decodes one frame's data as a `RawEvent`, exercising the lenient peek.
    pub fn raw_event(data: &[u8]) -> bool {
        match std::str::from_utf8(data) {
            Ok(text) => crate::RawEvent::decode(text.to_owned()).is_ok(),
            Err(_) => false,
        }
    }
}
