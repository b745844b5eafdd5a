//! Counters of a stream or router, readable at any time.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// A snapshot of a stream's or router's counters.
///
/// Counters only grow. For an [`EventStream`](crate::EventStream), `delivered` counts the
/// events handed to the consumer; for a [`Router`](crate::Router) it counts events placed
/// in subscriber buffers (one per subscriber) and `lagged` counts events a slow subscriber
/// missed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Stats {
    /// Body bytes received, over all connections.
    pub bytes: u64,
    /// Complete SSE frames with data received (comment-only frames are not counted).
    pub frames: u64,
    /// Events delivered (see the type docs).
    pub delivered: u64,
    /// Heartbeats seen (`server.heartbeat` events and `: heartbeat` comments).
    pub heartbeats: u64,
    /// Sync frames dropped because sync frames were not asked for.
    pub sync_filtered: u64,
    /// Frames that failed to decode (including invalid UTF-8).
    pub parse_errors: u64,
    /// Frames skipped because they exceeded the size cap.
    pub oversized: u64,
    /// Connection attempts, including the first.
    pub connect_attempts: u64,
    /// Successful reconnections (the first connection is not counted).
    pub reconnects: u64,
    /// Events a slow router subscriber missed.
    pub lagged: u64,
    /// Events the router had no subscriber for.
    pub unrouted: u64,
}

#[derive(Debug, Default)]
pub(crate) struct Counters {
    pub(crate) bytes: AtomicU64,
    pub(crate) frames: AtomicU64,
    pub(crate) delivered: AtomicU64,
    pub(crate) heartbeats: AtomicU64,
    pub(crate) sync_filtered: AtomicU64,
    pub(crate) parse_errors: AtomicU64,
    pub(crate) oversized: AtomicU64,
    pub(crate) connect_attempts: AtomicU64,
    pub(crate) reconnects: AtomicU64,
    pub(crate) lagged: AtomicU64,
    pub(crate) unrouted: AtomicU64,
}

impl Counters {
    pub(crate) fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Relaxed);
    }

    pub(crate) fn snapshot(&self) -> Stats {
        Stats {
            bytes: self.bytes.load(Relaxed),
            frames: self.frames.load(Relaxed),
            delivered: self.delivered.load(Relaxed),
            heartbeats: self.heartbeats.load(Relaxed),
            sync_filtered: self.sync_filtered.load(Relaxed),
            parse_errors: self.parse_errors.load(Relaxed),
            oversized: self.oversized.load(Relaxed),
            connect_attempts: self.connect_attempts.load(Relaxed),
            reconnects: self.reconnects.load(Relaxed),
            lagged: self.lagged.load(Relaxed),
            unrouted: self.unrouted.load(Relaxed),
        }
    }
}

/// A handle that reads a stream's or router's counters from anywhere (another task, a
/// metrics exporter) while the stream itself is being consumed.
#[derive(Debug, Clone)]
pub struct StatsHandle {
    pub(crate) stream: Arc<Counters>,
    /// Router-side counters (`delivered`, `lagged`, `unrouted`) when this handle belongs
    /// to a router.
    pub(crate) router: Option<Arc<Counters>>,
}

impl StatsHandle {
    /// Reads the counters now.
    pub fn snapshot(&self) -> Stats {
        let mut stats = self.stream.snapshot();
        if let Some(router) = &self.router {
            let r = router.snapshot();
            stats.delivered = r.delivered;
            stats.lagged = r.lagged;
            stats.unrouted = r.unrouted;
        }
        stats
    }
}
