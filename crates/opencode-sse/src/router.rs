//! [`Router`]: one upstream connection, many per-session subscribers.
//!
//! # Design
//!
//! The upstream [`EventStream`] is owned by a [`RouterDriver`], a future that polls it and
//! copies each item into the buffers of the subscribers it concerns. The driver never
//! waits for a subscriber: every [`Subscription`] has a bounded buffer, and when it is
//! full the item is dropped for that subscriber only and counted; the subscriber then
//! reads a [`StreamItem::Lagged`] at the place of the gap. Memory is therefore bounded by
//! the sum of the buffer capacities, and one slow consumer can neither stall the others
//! nor grow memory.
//!
//! A driver is needed because subscribers are polled independently (often from different
//! tasks); letting whichever subscriber happens to poll drive the shared connection would
//! leave the others without progress whenever that one stops polling. The driver is a
//! plain future: [`Router::spawn`] spawns it on the current Tokio runtime, or
//! [`Router::new`] hands it to the caller to run anywhere. It finishes, dropping the
//! upstream stream and so closing the connection, as soon as the [`Router`] handles and all
//! [`Subscription`]s are gone, or when the upstream stream ends.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};

use futures_core::Stream;
use opencode_transport::rt;

use crate::error::Error;
use crate::event::StreamEvent;
use crate::stats::{Counters, Stats, StatsHandle};
use crate::stream::{EventStream, StreamItem};

/// Default number of items a subscriber may have waiting.
pub const DEFAULT_CAPACITY: usize = 1024;

/// Items the driver handles before yielding to the executor.
const DRIVER_BUDGET: usize = 128;

type Item<T> = Result<StreamItem<T>, Error>;

enum Entry<T> {
    Item(Item<T>),
    Gap(u64),
}

struct Slot<T> {
    queue: VecDeque<Entry<T>>,
    capacity: usize,
    waker: Option<Waker>,
    session: Option<Arc<str>>,
}

struct RouterState<T> {
    next_id: u64,
    slots: HashMap<u64, Slot<T>>,
    sessions: HashMap<Arc<str>, Vec<u64>>,
    all: Vec<u64>,
    connected: bool,
    ended: bool,
    driver: Option<Waker>,
    /// A subscriber arrived while the connection was down: try again now rather than at
    /// the end of the backoff (a prompt waits for the connection before it is sent).
    retry_now: bool,
}

struct Shared<T> {
    state: Mutex<RouterState<T>>,
    /// Live [`Router`] handles plus live [`Subscription`]s.
    handles: AtomicUsize,
    counters: Arc<Counters>,
    stream_counters: Arc<Counters>,
    capacity: usize,
}

impl<T> Shared<T> {
    fn lock(&self) -> MutexGuard<'_, RouterState<T>> {
        // A panic while holding the lock cannot leave the queues inconsistent in a way
        // that matters more than losing the router, so keep going.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn release(&self) {
        if self.handles.fetch_sub(1, Ordering::AcqRel) == 1
            && let Some(waker) = self.lock().driver.take()
        {
            waker.wake();
        }
    }
}

impl<T> RouterState<T> {
    /// Queues `item` for subscriber `id`; `force` ignores the capacity (for the final
    /// error, which must not be lost).
    fn push(&mut self, id: u64, item: Item<T>, force: bool, counters: &Counters) {
        let Some(slot) = self.slots.get_mut(&id) else {
            return;
        };
        if !force && slot.queue.len() >= slot.capacity {
            match slot.queue.back_mut() {
                Some(Entry::Gap(missed)) => *missed += 1,
                _ => slot.queue.push_back(Entry::Gap(1)),
            }
            Counters::add(&counters.lagged, 1);
        } else {
            if matches!(item, Ok(StreamItem::Event(_))) {
                Counters::add(&counters.delivered, 1);
            }
            slot.queue.push_back(Entry::Item(item));
        }
        if let Some(waker) = slot.waker.take() {
            waker.wake();
        }
    }

    fn end(&mut self) {
        self.ended = true;
        for slot in self.slots.values_mut() {
            if let Some(waker) = slot.waker.take() {
                waker.wake();
            }
        }
    }
}

impl<T: Clone> RouterState<T> {
    fn route(&mut self, item: Item<T>, counters: &Counters, session: Option<&str>) {
        // Events go to their session's subscribers and the all-events subscribers; an
        // undecodable frame goes to its session when that could be read, else to everyone
        // (it may belong to anyone); connection state and other errors go to everyone.
        let targeted = match &item {
            Ok(StreamItem::Event(_)) => true,
            Err(Error::Decode { .. }) => session.is_some(),
            _ => false,
        };
        let mut targets: Vec<u64> = Vec::new();
        if targeted {
            if let Some(ids) = session.and_then(|s| self.sessions.get(s)) {
                targets.extend_from_slice(ids);
            }
            targets.extend_from_slice(&self.all);
        } else {
            targets.extend(self.slots.keys().copied());
        }
        if targets.is_empty() {
            if matches!(item, Ok(StreamItem::Event(_))) {
                Counters::add(&counters.unrouted, 1);
            }
            return;
        }
        let force = matches!(&item, Err(e) if e.is_fatal());
        let last = targets.len() - 1;
        let mut item = Some(item);
        for (i, id) in targets.into_iter().enumerate() {
            let this = if i == last { item.take() } else { item.clone() };
            if let Some(this) = this {
                self.push(id, this, force, counters);
            }
        }
    }
}

/// One upstream event stream shared by many subscribers; see the module docs.
///
/// Cloning a router makes another handle to the same router.
pub struct Router<T> {
    shared: Arc<Shared<T>>,
}

impl<T> fmt::Debug for Router<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Router")
            .field("subscribers", &self.subscriber_count())
            .field("stats", &self.stats())
            .finish()
    }
}

impl<T> Clone for Router<T> {
    fn clone(&self) -> Self {
        self.shared.handles.fetch_add(1, Ordering::AcqRel);
        Self {
            shared: self.shared.clone(),
        }
    }
}

impl<T> Drop for Router<T> {
    fn drop(&mut self) {
        self.shared.release();
    }
}

impl<T: StreamEvent + Clone> Router<T> {
    /// A router over `upstream` with the default buffer capacity per subscriber, and the
    /// driver future that must be run (spawned) for anything to flow.
    pub fn new(upstream: EventStream<T>) -> (Self, RouterDriver<T>) {
        Self::with_capacity(upstream, DEFAULT_CAPACITY)
    }

    /// Like [`new`](Self::new) with a default capacity of `capacity` items per subscriber.
    pub fn with_capacity(upstream: EventStream<T>, capacity: usize) -> (Self, RouterDriver<T>) {
        let shared = Arc::new(Shared {
            state: Mutex::new(RouterState {
                next_id: 0,
                slots: HashMap::new(),
                sessions: HashMap::new(),
                all: Vec::new(),
                connected: false,
                ended: false,
                driver: None,
                retry_now: false,
            }),
            handles: AtomicUsize::new(1),
            counters: Arc::default(),
            stream_counters: upstream.stats_handle().stream,
            capacity: capacity.max(1),
        });
        let driver = RouterDriver {
            upstream,
            shared: shared.clone(),
        };
        (Self { shared }, driver)
    }

    /// A router whose driver is spawned on the current Tokio runtime.
    ///
    /// # Panics
    ///
    /// When called outside a Tokio runtime (use [`new`](Self::new) and run the driver
    /// yourself there).
    pub fn spawn(upstream: EventStream<T>) -> Self {
        let (router, driver) = Self::new(upstream);
        rt::spawn(driver);
        router
    }
}

impl<T> Router<T> {
    /// A handle that does not keep the router alive: once every [`Router`] and
    /// [`Subscription`] is gone the driver stops (closing the connection) and
    /// [`WeakRouter::upgrade`] returns `None`.
    pub fn downgrade(&self) -> WeakRouter<T> {
        WeakRouter {
            shared: Arc::downgrade(&self.shared),
        }
    }

    /// Subscribes to the events of one session (and to connection state items).
    ///
    /// If the upstream connection is already open, the first item is
    /// [`StreamItem::Connected`]; otherwise `Connected`/`Reconnected` arrives when it
    /// opens. Events published before the subscription are not delivered, so subscribe,
    /// wait for that item, and only then send the request that causes the events.
    pub fn subscribe(&self, session_id: impl Into<Arc<str>>) -> Subscription<T> {
        self.subscribe_with_capacity(Some(session_id.into()), self.shared.capacity)
    }

    /// Subscribes to every event, including those of no session.
    pub fn subscribe_all(&self) -> Subscription<T> {
        self.subscribe_with_capacity(None, self.shared.capacity)
    }

    /// Subscribes to one session (`Some`) or everything (`None`) with its own capacity.
    pub fn subscribe_with_capacity(
        &self,
        session_id: Option<Arc<str>>,
        capacity: usize,
    ) -> Subscription<T> {
        let mut state = self.shared.lock();
        let id = state.next_id;
        state.next_id += 1;
        let mut queue = VecDeque::new();
        if state.connected {
            queue.push_back(Entry::Item(Ok(StreamItem::Connected)));
        } else if !state.ended {
            state.retry_now = true;
            if let Some(driver) = &state.driver {
                driver.wake_by_ref();
            }
        }
        match &session_id {
            Some(session) => state.sessions.entry(session.clone()).or_default().push(id),
            None => state.all.push(id),
        }
        state.slots.insert(
            id,
            Slot {
                queue,
                capacity: capacity.max(1),
                waker: None,
                session: session_id,
            },
        );
        drop(state);
        self.shared.handles.fetch_add(1, Ordering::AcqRel);
        Subscription {
            shared: self.shared.clone(),
            id,
        }
    }

    /// Live subscriptions.
    pub fn subscriber_count(&self) -> usize {
        self.shared.lock().slots.len()
    }

    /// Whether the upstream connection is open right now.
    pub fn is_connected(&self) -> bool {
        self.shared.lock().connected
    }

    /// The counters now: the upstream stream's, with `delivered`, `lagged` and
    /// `unrouted` counted by the router.
    pub fn stats(&self) -> Stats {
        self.stats_handle().snapshot()
    }

    /// A handle to read the counters from anywhere.
    pub fn stats_handle(&self) -> StatsHandle {
        StatsHandle {
            stream: self.shared.stream_counters.clone(),
            router: Some(self.shared.counters.clone()),
        }
    }
}

/// A [`Router`] handle that does not keep the router alive; see [`Router::downgrade`].
pub struct WeakRouter<T> {
    shared: std::sync::Weak<Shared<T>>,
}

impl<T> Clone for WeakRouter<T> {
    fn clone(&self) -> Self {
        Self {
            shared: self.shared.clone(),
        }
    }
}

impl<T> fmt::Debug for WeakRouter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WeakRouter")
            .field("alive", &(self.shared.strong_count() > 0))
            .finish()
    }
}

impl<T> WeakRouter<T> {
    /// The router, while it still has a handle or a subscriber and its upstream has not
    /// ended.
    pub fn upgrade(&self) -> Option<Router<T>> {
        let shared = self.shared.upgrade()?;
        // Take a handle only while at least one is alive: at zero the driver is stopping.
        let mut handles = shared.handles.load(Ordering::Acquire);
        loop {
            if handles == 0 {
                return None;
            }
            match shared.handles.compare_exchange_weak(
                handles,
                handles + 1,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => break,
                Err(now) => handles = now,
            }
        }
        let router = Router { shared };
        if router.shared.lock().ended {
            return None; // dropping `router` gives the handle back
        }
        Some(router)
    }
}

/// The future that moves items from the upstream stream to the subscribers.
///
/// Finishes when the upstream stream ends or when every [`Router`] handle and
/// [`Subscription`] is dropped. Dropping it ends all subscriptions.
#[must_use = "the router does nothing unless its driver runs"]
pub struct RouterDriver<T> {
    upstream: EventStream<T>,
    shared: Arc<Shared<T>>,
}

impl<T> fmt::Debug for RouterDriver<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RouterDriver")
            .field("upstream", &self.upstream)
            .finish()
    }
}

impl<T: StreamEvent + Clone> Future for RouterDriver<T> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        {
            let mut state = this.shared.lock();
            if !state
                .driver
                .as_ref()
                .is_some_and(|w| w.will_wake(cx.waker()))
            {
                state.driver = Some(cx.waker().clone());
            }
            if std::mem::take(&mut state.retry_now) {
                this.upstream.retry_now();
            }
        }
        for _ in 0..DRIVER_BUDGET {
            if this.shared.handles.load(Ordering::Acquire) == 0 {
                return Poll::Ready(());
            }
            match Pin::new(&mut this.upstream).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => {
                    this.shared.lock().end();
                    return Poll::Ready(());
                }
                Poll::Ready(Some(item)) => {
                    let session: Option<Arc<str>> = match &item {
                        Ok(StreamItem::Event(event)) => event.session_id().map(Arc::from),
                        Err(Error::Decode { session_id, .. }) => session_id.clone(),
                        _ => None,
                    };
                    let mut state = this.shared.lock();
                    match &item {
                        Ok(StreamItem::Connected | StreamItem::Reconnected { .. }) => {
                            state.connected = true;
                        }
                        Ok(StreamItem::Retrying { .. }) => state.connected = false,
                        Err(e) if e.is_fatal() => state.connected = false,
                        _ => {}
                    }
                    state.route(item, &this.shared.counters, session.as_deref());
                }
            }
        }
        // Let other tasks run; come back at once.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

impl<T> Drop for RouterDriver<T> {
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.connected = false;
        state.end();
    }
}

/// A subscriber's stream of items from a [`Router`].
///
/// Items are the same as an [`EventStream`]'s, plus [`StreamItem::Lagged`] where this
/// subscriber's buffer overflowed. Ends when the upstream stream ends (after a fatal
/// error, which every subscriber receives) or the driver is dropped.
pub struct Subscription<T> {
    shared: Arc<Shared<T>>,
    id: u64,
}

impl<T> fmt::Debug for Subscription<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Subscription")
            .field("session_id", &self.session_id())
            .finish()
    }
}

impl<T> Subscription<T> {
    /// The session subscribed to, or `None` for an all-events subscription.
    pub fn session_id(&self) -> Option<Arc<str>> {
        let state = self.shared.lock();
        state.slots.get(&self.id).and_then(|s| s.session.clone())
    }

    /// Items waiting in this subscriber's buffer.
    pub fn queued(&self) -> usize {
        let state = self.shared.lock();
        state.slots.get(&self.id).map_or(0, |s| s.queue.len())
    }
}

impl<T> Stream for Subscription<T> {
    type Item = Item<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let mut state = self.shared.lock();
        let ended = state.ended;
        let Some(slot) = state.slots.get_mut(&self.id) else {
            return Poll::Ready(None);
        };
        match slot.queue.pop_front() {
            Some(Entry::Item(item)) => Poll::Ready(Some(item)),
            Some(Entry::Gap(missed)) => Poll::Ready(Some(Ok(StreamItem::Lagged { missed }))),
            None if ended => Poll::Ready(None),
            None => {
                if !slot.waker.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                    slot.waker = Some(cx.waker().clone());
                }
                Poll::Pending
            }
        }
    }
}

impl<T> Drop for Subscription<T> {
    fn drop(&mut self) {
        {
            let mut state = self.shared.lock();
            if let Some(slot) = state.slots.remove(&self.id) {
                match slot.session {
                    Some(session) => {
                        if let Some(ids) = state.sessions.get_mut(&session) {
                            ids.retain(|&id| id != self.id);
                            if ids.is_empty() {
                                state.sessions.remove(&session);
                            }
                        }
                    }
                    None => state.all.retain(|&id| id != self.id),
                }
            }
        }
        self.shared.release();
    }
}
