//! [`EventStream`]: a typed, reconnecting event stream built by polling.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use opencode_transport::rt::{self, Instant, Sleep};

use crate::connect::{Connect, ConnectFuture, check_response};
use crate::error::Error;
use crate::event::{DecodeFailure, StreamEvent, peek_session_id};
use crate::frame::{FrameSplitter, Signal};
use crate::parse::{FrameParser, Parsed};
use crate::stats::{Counters, Stats, StatsHandle};

/// One item of an event stream.
///
/// Besides events, the stream reports its connection state in band, so a consumer can
/// tell when it may have missed something: the server does not replay events after a
/// reconnection (`Last-Event-ID` is ignored), so after [`Reconnected`](Self::Reconnected)
/// or [`Lagged`](Self::Lagged) state should be re-fetched over HTTP.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum StreamItem<T> {
    /// The first connection is open (response headers received). Events published by the
    /// server from now on will be seen: subscribe, wait for this, then send requests.
    Connected,
    /// An event.
    Event(T),
    /// A heartbeat; only yielded when asked for with
    /// [`StreamConfig::heartbeats`].
    Heartbeat,
    /// The connection is down (it was lost or an attempt failed); the next attempt starts
    /// after `delay`. Events published meanwhile are lost.
    Retrying {
        /// Why.
        error: Error,
        /// Failed attempts since the connection was lost (0 when it was just lost).
        attempt: u32,
        /// Time until the next attempt.
        delay: Duration,
    },
    /// A connection is open again after a loss.
    Reconnected {
        /// Connection attempts it took (1 when the first attempt succeeded).
        attempt: u32,
        /// Time between losing the previous connection and this one opening.
        downtime: Duration,
    },
    /// A [`Router`](crate::Router) subscriber fell behind and `missed` events (or other
    /// items) meant for it were dropped at this point.
    Lagged {
        /// How many.
        missed: u64,
    },
}

impl<T> StreamItem<T> {
    /// The event, if this item is one.
    pub fn into_event(self) -> Option<T> {
        match self {
            StreamItem::Event(event) => Some(event),
            _ => None,
        }
    }
}

/// Reconnection policy: exponential backoff with full jitter.
///
/// The `n`-th consecutive failed attempt waits a random time in
/// `[0, min(max, initial × 2^(n-1))]`. The count resets once a connection has stayed up for
/// `healthy_after`, so a stream that connects and is closed at once (the server's
/// `/api/event` does this on some events) keeps backing off instead of spinning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backoff {
    initial: Duration,
    max: Duration,
    healthy_after: Duration,
    max_attempts: Option<u32>,
}

impl Default for Backoff {
    /// 500 ms doubling up to 30 s, reset after 30 s connected, retrying forever.
    fn default() -> Self {
        Self {
            initial: Duration::from_millis(500),
            max: Duration::from_secs(30),
            healthy_after: Duration::from_secs(30),
            max_attempts: None,
        }
    }
}

impl Backoff {
    /// Upper bound of the first delay.
    pub fn initial(mut self, initial: Duration) -> Self {
        self.initial = initial;
        self
    }

    /// Upper bound of any delay.
    pub fn max(mut self, max: Duration) -> Self {
        self.max = max;
        self
    }

    /// How long a connection must stay up before the attempt count resets.
    pub fn healthy_after(mut self, healthy_after: Duration) -> Self {
        self.healthy_after = healthy_after;
        self
    }

    /// Gives up (with [`Error::RetriesExhausted`]) after this many consecutive attempts
    /// without a healthy connection; `None` retries forever.
    pub fn max_attempts(mut self, max_attempts: Option<u32>) -> Self {
        self.max_attempts = max_attempts;
        self
    }

    /// The delay before attempt number `failures + 1`, given `failures` failures so far:
    /// the transport's back-off (one computation for requests and streams).
    fn delay(&self, failures: u32) -> Duration {
        opencode_transport::RetryPolicy::default()
            .with_backoff(self.initial, self.max)
            .with_jitter(true)
            .backoff(failures)
    }
}

/// Settings of an [`EventStream`].
#[derive(Debug, Clone)]
pub struct StreamConfig {
    pub(crate) heartbeats: bool,
    pub(crate) sync_frames: bool,
    pub(crate) idle_timeout: Option<Duration>,
    pub(crate) header_timeout: Option<Duration>,
    pub(crate) max_frame_size: usize,
    pub(crate) backoff: Backoff,
}

impl Default for StreamConfig {
    /// Settings for the heartbeat streams `/event`, `/global/event` and `/api/event`.
    fn default() -> Self {
        Self {
            heartbeats: false,
            sync_frames: false,
            idle_timeout: Some(Duration::from_secs(30)),
            header_timeout: None,
            max_frame_size: 16 * 1024 * 1024,
            backoff: Backoff::default(),
        }
    }
}

impl StreamConfig {
    /// Settings for a stream without heartbeats (the v2 `/api/session/{id}/event`): no
    /// watchdog, no header timeout.
    pub fn without_heartbeat() -> Self {
        Self::default().idle_timeout(None)
    }

    /// Yield [`StreamItem::Heartbeat`] items (default: hidden, only counted).
    pub fn heartbeats(mut self, yes: bool) -> Self {
        self.heartbeats = yes;
        self
    }

    /// Yield sync frames (`type: "sync"`, the durable duplicate of a bus event on
    /// `/global/event`). Default: dropped and counted.
    pub fn sync_frames(mut self, yes: bool) -> Self {
        self.sync_frames = yes;
        self
    }

    /// The heartbeat watchdog: once response headers have arrived, a connection on which
    /// no byte arrives for this long is dropped and reopened. Default 30 s (three of the
    /// server's 10 s heartbeats); `None` disables it, as needed for streams that have no
    /// heartbeat.
    pub fn idle_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.idle_timeout = timeout;
        self
    }

    /// A limit on waiting for response headers. Default `None`: the server's v2 session
    /// stream sends no headers until the session's first event, which may take forever,
    /// so a limit here would turn a healthy wait into a reconnection loop.
    pub fn header_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.header_timeout = timeout;
        self
    }

    /// The largest frame accepted, in bytes (default 16 MiB). Larger frames are skipped
    /// as they stream in, never buffered, and reported as [`Error::FrameTooLarge`].
    /// The default is generous because `session.diff` events carry whole file contents.
    pub fn max_frame_size(mut self, bytes: usize) -> Self {
        self.max_frame_size = bytes.max(1);
        self
    }

    /// The reconnection policy.
    pub fn backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }
}

type Frames = FrameParser;

enum State {
    /// Start a connection attempt.
    Connect,
    Connecting {
        future: ConnectFuture,
        deadline: Option<Pin<Box<Sleep>>>,
    },
    Open {
        frames: Box<Frames>,
        watchdog: Option<Watchdog>,
        since: Instant,
    },
    Backoff(Pin<Box<Sleep>>),
    Done,
}

struct Watchdog {
    sleep: Pin<Box<Sleep>>,
    timeout: Duration,
    last_activity: Instant,
}

/// A typed, reconnecting stream of server events.
///
/// Items are `Result<StreamItem<T>, Error>`. Errors that are not
/// [fatal](Error::is_fatal) (a frame that does not decode, an oversized frame) are yielded
/// and the stream goes on; connection losses are retried and reported as
/// [`StreamItem::Retrying`] / [`StreamItem::Reconnected`]; after a fatal error the stream
/// ends. Nothing runs in the background: the connection is driven by polling the stream,
/// and dropping the stream closes it.
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use futures_util::StreamExt;
/// use opencode_sse::{EventStream, StreamItem, TransportConnector};
/// use opencode_transport::{ApiRequest, Client};
///
/// let client = Client::new("http://127.0.0.1:4096")?;
/// let connector = TransportConnector::new(client, ApiRequest::get("/event"));
/// let mut events = EventStream::<serde_json::Value>::new(connector);
/// while let Some(item) = events.next().await {
///     match item? {
///         StreamItem::Event(event) => println!("{}", event["type"]),
///         StreamItem::Reconnected { .. } => { /* re-fetch state */ }
///         _ => {}
///     }
/// }
/// # Ok(()) }
/// ```
pub struct EventStream<T> {
    connector: Arc<dyn Connect>,
    config: StreamConfig,
    counters: Arc<Counters>,
    state: State,
    /// Consecutive attempts without a healthy connection (drives backoff and the limit).
    failures: u32,
    /// Attempts since the connection was lost (or since the start).
    attempt: u32,
    connected_once: bool,
    lost_at: Option<Instant>,
    _event: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Connect | State::Connecting { .. } => "connecting",
            State::Open { .. } => "open",
            State::Backoff(_) => "backoff",
            State::Done => "done",
        };
        f.debug_struct("EventStream")
            .field("state", &state)
            .field("config", &self.config)
            .field("stats", &self.stats())
            .finish()
    }
}

/// An [`EventStream`] whose events are the raw JSON text.
pub type RawEventStream = EventStream<crate::RawEvent>;

impl<T: StreamEvent> EventStream<T> {
    /// A stream with the default settings (for heartbeat streams such as `/event`).
    /// Nothing happens until it is polled.
    pub fn new(connector: impl Connect) -> Self {
        Self::with_config(connector, StreamConfig::default())
    }

    /// A stream with the given settings.
    pub fn with_config(connector: impl Connect, config: StreamConfig) -> Self {
        Self::from_shared(Arc::new(connector), config)
    }

    /// A stream over an already shared connector.
    pub fn from_shared(connector: Arc<dyn Connect>, config: StreamConfig) -> Self {
        Self {
            connector,
            config,
            counters: Arc::default(),
            state: State::Connect,
            failures: 0,
            attempt: 0,
            connected_once: false,
            lost_at: None,
            _event: PhantomData,
        }
    }

    /// Yield heartbeats as items (see [`StreamConfig::heartbeats`]).
    pub fn with_heartbeats(mut self, yes: bool) -> Self {
        self.config.heartbeats = yes;
        self
    }

    /// Yield sync frames (see [`StreamConfig::sync_frames`]).
    pub fn with_sync_frames(mut self, yes: bool) -> Self {
        self.config.sync_frames = yes;
        self
    }

    /// The settings.
    pub fn config(&self) -> &StreamConfig {
        &self.config
    }
}

impl<T> EventStream<T> {
    /// The counters now.
    pub fn stats(&self) -> Stats {
        self.counters.snapshot()
    }

    /// A handle to read the counters after the stream has been moved away.
    pub fn stats_handle(&self) -> StatsHandle {
        StatsHandle {
            stream: self.counters.clone(),
            router: None,
        }
    }

    /// Ends a reconnect backoff early: when the stream is waiting to reconnect, the next
    /// poll tries at once (the attempt counts as usual). Does nothing otherwise. The
    /// [`Router`](crate::Router) calls it when a subscriber arrives while the connection is
    /// down, so a prompt waiting for the connection does not wait out a long backoff.
    pub fn retry_now(&mut self) {
        if matches!(self.state, State::Backoff(_)) {
            self.state = State::Connect;
        }
    }

    /// Whether a connection is open right now.
    pub fn is_connected(&self) -> bool {
        matches!(self.state, State::Open { .. })
    }

    /// Records a failed attempt or a lost connection and decides what comes next.
    fn fail(&mut self, error: Error) -> Poll<Option<Result<StreamItem<T>, Error>>> {
        if error.is_fatal() {
            return self.fatal(error);
        }
        self.failures = self.failures.saturating_add(1);
        if let Some(max) = self.config.backoff.max_attempts
            && self.failures >= max
        {
            let attempts = self.failures;
            return self.fatal(Error::RetriesExhausted {
                attempts,
                last: Box::new(error),
            });
        }
        let delay = self.config.backoff.delay(self.failures);
        tracing::debug!(%error, attempt = self.attempt, ?delay, "event stream retrying");
        self.state = State::Backoff(Box::pin(rt::sleep(delay)));
        Poll::Ready(Some(Ok(StreamItem::Retrying {
            error,
            attempt: self.attempt,
            delay,
        })))
    }

    /// Drops the open connection and schedules a new one.
    fn lose_connection(
        &mut self,
        since: Instant,
        error: Error,
    ) -> Poll<Option<Result<StreamItem<T>, Error>>> {
        // Dropping the parser drops the body, which closes the connection.
        self.state = State::Connect;
        let now = Instant::now();
        if now.duration_since(since) >= self.config.backoff.healthy_after {
            self.failures = 0;
        }
        self.lost_at = Some(now);
        self.attempt = 0;
        tracing::debug!(%error, "event stream connection lost");
        self.fail(error)
    }

    fn fatal(&mut self, error: Error) -> Poll<Option<Result<StreamItem<T>, Error>>> {
        tracing::debug!(%error, "event stream ended");
        self.state = State::Done;
        Poll::Ready(Some(Err(error)))
    }
}

impl<T: StreamEvent> EventStream<T> {
    fn on_frame(&mut self, data: String) -> Option<Result<StreamItem<T>, Error>> {
        let c = &self.counters;
        Counters::add(&c.frames, 1);
        match T::decode(data) {
            Ok(event) => {
                if event.is_heartbeat() {
                    Counters::add(&c.heartbeats, 1);
                    return self.config.heartbeats.then_some(Ok(StreamItem::Heartbeat));
                }
                if event.is_sync() && !self.config.sync_frames {
                    Counters::add(&c.sync_filtered, 1);
                    return None;
                }
                Counters::add(&c.delivered, 1);
                Some(Ok(StreamItem::Event(event)))
            }
            Err(DecodeFailure { data, error }) => {
                Counters::add(&c.parse_errors, 1);
                Some(Err(Error::Decode {
                    session_id: peek_session_id(&data),
                    raw: Bytes::from(data),
                    source: Arc::new(error),
                }))
            }
        }
    }
}

impl<T: StreamEvent> Stream for EventStream<T> {
    type Item = Result<StreamItem<T>, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            match &mut this.state {
                State::Done => return Poll::Ready(None),
                State::Connect => {
                    this.attempt = this.attempt.saturating_add(1);
                    Counters::add(&this.counters.connect_attempts, 1);
                    let deadline = this.config.header_timeout.map(|t| Box::pin(rt::sleep(t)));
                    this.state = State::Connecting {
                        future: this.connector.connect(),
                        deadline,
                    };
                }
                State::Connecting { future, deadline } => {
                    if let Some(deadline) = deadline
                        && deadline.as_mut().poll(cx).is_ready()
                    {
                        let limit = this.config.header_timeout.unwrap_or_default();
                        this.state = State::Connect;
                        return this.fail(Error::HeaderTimeout(limit));
                    }
                    let response = match future.as_mut().poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Err(e)) => {
                            this.state = State::Connect;
                            return this.fail(Error::Connect(e));
                        }
                        Poll::Ready(Ok(response)) => response,
                    };
                    if let Err(e) = check_response(&response) {
                        this.state = State::Connect;
                        return this.fail(Error::Connect(e));
                    }
                    let splitter = FrameSplitter::new(
                        response.into_body(),
                        this.config.max_frame_size,
                        this.counters.clone(),
                    );
                    let now = Instant::now();
                    let watchdog = this.config.idle_timeout.map(|timeout| Watchdog {
                        sleep: Box::pin(rt::sleep(timeout)),
                        timeout,
                        last_activity: now,
                    });
                    this.state = State::Open {
                        frames: Box::new(FrameParser::new(splitter)),
                        watchdog,
                        since: now,
                    };
                    let item = if this.connected_once {
                        Counters::add(&this.counters.reconnects, 1);
                        StreamItem::Reconnected {
                            attempt: this.attempt,
                            downtime: this
                                .lost_at
                                .map(|at| now.duration_since(at))
                                .unwrap_or_default(),
                        }
                    } else {
                        this.connected_once = true;
                        StreamItem::Connected
                    };
                    this.attempt = 0;
                    return Poll::Ready(Some(Ok(item)));
                }
                State::Open {
                    frames,
                    watchdog,
                    since,
                } => {
                    let since = *since;
                    let before = this.counters.bytes.load(Relaxed);
                    let polled = Pin::new(&mut **frames).poll_next(cx);
                    if let Some(w) = watchdog.as_mut()
                        && this.counters.bytes.load(Relaxed) != before
                    {
                        w.last_activity = Instant::now();
                    }
                    match polled {
                        Poll::Ready(Some(Parsed::Data(data))) => {
                            if let Some(item) = this.on_frame(data) {
                                return Poll::Ready(Some(item));
                            }
                        }
                        Poll::Ready(Some(Parsed::Signal(signal))) => match signal {
                            Signal::Heartbeat => {
                                Counters::add(&this.counters.heartbeats, 1);
                                if this.config.heartbeats {
                                    return Poll::Ready(Some(Ok(StreamItem::Heartbeat)));
                                }
                            }
                            Signal::TooLarge => {
                                Counters::add(&this.counters.oversized, 1);
                                let limit = this.config.max_frame_size;
                                return Poll::Ready(Some(Err(Error::FrameTooLarge { limit })));
                            }
                            Signal::InvalidUtf8(raw) => {
                                Counters::add(&this.counters.parse_errors, 1);
                                return Poll::Ready(Some(Err(Error::InvalidUtf8 { raw })));
                            }
                            Signal::Body(e) => {
                                return this.lose_connection(since, Error::Body(Arc::from(e)));
                            }
                        },
                        Poll::Ready(Some(Parsed::Protocol(message))) => {
                            // The splitter only passes whole UTF-8 frames, so the parser
                            // should never fail; if it does, its state is unknown: reconnect.
                            return this.lose_connection(since, Error::Protocol(message));
                        }
                        Poll::Ready(None) => {
                            return this.lose_connection(since, Error::EndOfStream);
                        }
                        Poll::Pending => {
                            let Some(w) = watchdog.as_mut() else {
                                return Poll::Pending;
                            };
                            let due = w.last_activity + w.timeout;
                            if due > Instant::now() {
                                if w.sleep.deadline() != due {
                                    w.sleep.as_mut().reset(due);
                                }
                                if w.sleep.as_mut().poll(cx).is_pending() {
                                    return Poll::Pending;
                                }
                                // The re-armed timer is already due; check again.
                                continue;
                            }
                            let timeout = w.timeout;
                            return this.lose_connection(since, Error::Idle(timeout));
                        }
                    }
                }
                State::Backoff(sleep) => {
                    if sleep.as_mut().poll(cx).is_pending() {
                        return Poll::Pending;
                    }
                    this.state = State::Connect;
                }
            }
        }
    }
}
