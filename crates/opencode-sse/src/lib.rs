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
mod parse;
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
    use std::pin::{Pin, pin};
    use std::sync::Arc;
    use std::task::{Context, Poll, Waker};

    use bytes::Bytes;
    use eventsource_stream::{EventStreamError, Eventsource};
    use futures_core::Stream;

    use crate::StreamEvent;
    use crate::frame::{FrameSplitter, MemorySource};
    use crate::parse::{FrameParser, Parsed};

    /// Feeds `chunks` through the frame splitter (cap `cap`), the stream's parser (its
    /// fast path and `eventsource-stream`) and the `serde_json::Value` decoder; returns how
    /// many events decoded. Must never panic, and must give the same data and signals as
    /// `eventsource-stream` alone over the same frames (panics if not).
    pub fn bytes_to_values(chunks: Vec<Bytes>, cap: usize) -> usize {
        let cap = cap.max(1);
        let mut cx = Context::from_waker(Waker::noop());
        let splitter = FrameSplitter::new(
            MemorySource(VecDeque::from(chunks.clone())),
            cap,
            Arc::default(),
        );
        let mut parser = FrameParser::new(splitter);
        let mut parsed = Vec::new();
        while let Poll::Ready(Some(item)) = Pin::new(&mut parser).poll_next(&mut cx) {
            let stop = matches!(item, Parsed::Protocol(_));
            parsed.push(item);
            // The parser is in an unknown state; the stream would reconnect.
            if stop {
                break;
            }
        }
        let splitter =
            FrameSplitter::new(MemorySource(VecDeque::from(chunks)), cap, Arc::default());
        let mut reference = pin!(splitter.eventsource());
        let mut expected = Vec::new();
        while let Poll::Ready(Some(item)) = reference.as_mut().poll_next(&mut cx) {
            match item {
                Ok(event) => expected.push(format!("data {:?}", event.data)),
                Err(EventStreamError::Transport(signal)) => expected.push(format!("{signal:?}")),
                Err(EventStreamError::Utf8(e)) => {
                    expected.push(format!("protocol {e}"));
                    break;
                }
                Err(EventStreamError::Parser(e)) => {
                    expected.push(format!("protocol {e}"));
                    break;
                }
            }
        }
        let got: Vec<String> = parsed
            .iter()
            .map(|item| match item {
                Parsed::Data(data) => format!("data {data:?}"),
                Parsed::Signal(signal) => format!("{signal:?}"),
                Parsed::Protocol(message) => format!("protocol {message}"),
            })
            .collect();
        assert_eq!(
            got, expected,
            "the fast path and eventsource-stream disagree"
        );
        let mut decoded = 0;
        for item in parsed {
            if let Parsed::Data(data) = item
                && let Ok(value) = serde_json::Value::decode(data)
            {
                let _ = (value.is_heartbeat(), value.session_id(), value.is_sync());
                decoded += 1;
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
        let mut parser = FrameParser::new(splitter);
        let mut cx = Context::from_waker(Waker::noop());
        let mut decoded = 0;
        while let Poll::Ready(Some(item)) = Pin::new(&mut parser).poll_next(&mut cx) {
            match item {
                Parsed::Data(data) => decoded += typed(&data),
                Parsed::Signal(_) => {}
                Parsed::Protocol(_) => break,
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
