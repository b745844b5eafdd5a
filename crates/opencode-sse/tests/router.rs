//! Router: per-session routing, lag accounting, shutdown.

mod common;

use std::time::{Duration, Instant};

use common::*;
use futures_util::StreamExt;
use opencode_sse::{
    Backoff, Error, EventStream, Router, StreamConfig, StreamEvent, StreamItem, Subscription,
};
use serde::Deserialize;
use tokio::sync::mpsc;

/// A typed event, as the types crate's `Event` will plug in.
#[derive(Debug, Clone, Deserialize)]
struct Ev {
    #[serde(rename = "type")]
    kind: String,
    properties: Props,
}

#[derive(Debug, Clone, Deserialize)]
struct Props {
    #[serde(rename = "sessionID")]
    session_id: Option<String>,
    #[serde(default)]
    n: u64,
}

impl StreamEvent for Ev {
    fn is_heartbeat(&self) -> bool {
        self.kind == "server.heartbeat"
    }
    fn session_id(&self) -> Option<&str> {
        self.properties.session_id.as_deref()
    }
}

fn config() -> StreamConfig {
    StreamConfig::default().backoff(Backoff::default().initial(Duration::from_millis(20)))
}

/// A stub that sends whatever frames the test pushes through the returned channel.
async fn scripted() -> (Stub, mpsc::UnboundedSender<Vec<u8>>) {
    let (tx, rx) = mpsc::unbounded_channel::<Vec<u8>>();
    let rx = std::sync::Arc::new(tokio::sync::Mutex::new(rx));
    let stub = stub(move |_, mut s| {
        let rx = rx.clone();
        async move {
            write(&mut s, SSE_HEAD.as_bytes()).await;
            let mut rx = rx.lock().await;
            while let Some(bytes) = rx.recv().await {
                write(&mut s, &bytes).await;
            }
        }
    })
    .await;
    (stub, tx)
}

async fn next(sub: &mut Subscription<Ev>) -> Result<StreamItem<Ev>, Error> {
    within(sub.next()).await.expect("subscription ended")
}

fn n_of(item: Result<StreamItem<Ev>, Error>) -> (String, u64) {
    match item {
        Ok(StreamItem::Event(e)) => (e.properties.session_id.unwrap_or_default(), e.properties.n),
        other => panic!("expected an event, got {other:?}"),
    }
}

fn open(stub: &Stub) -> EventStream<Ev> {
    EventStream::with_config(connector(&stub.url("/event")), config())
}

#[tokio::test]
async fn events_go_only_to_their_sessions_subscribers() {
    let (stub, tx) = scripted().await;
    let router = Router::spawn(open(&stub));
    let mut a = router.subscribe("ses_a");
    let mut b = router.subscribe("ses_b");
    let mut all = router.subscribe_all();
    for sub in [&mut a, &mut b, &mut all] {
        assert!(matches!(next(sub).await, Ok(StreamItem::Connected)));
    }
    tx.send(frame(&event("x", "ses_a", 1))).unwrap();
    tx.send(frame(&event("x", "ses_b", 2))).unwrap();
    tx.send(frame(
        r#"{"type":"server.instance.disposed","properties":{"n":3}}"#,
    ))
    .unwrap();
    tx.send(frame(&event("x", "ses_a", 4))).unwrap();

    assert_eq!(n_of(next(&mut a).await), ("ses_a".into(), 1));
    assert_eq!(n_of(next(&mut a).await), ("ses_a".into(), 4));
    assert_eq!(n_of(next(&mut b).await), ("ses_b".into(), 2));
    let got: Vec<u64> = [
        next(&mut all).await,
        next(&mut all).await,
        next(&mut all).await,
        next(&mut all).await,
    ]
    .into_iter()
    .map(|i| n_of(i).1)
    .collect();
    assert_eq!(got, [1, 2, 3, 4]);
    // Nothing else is waiting for the session subscribers.
    assert_eq!((Subscription::queued(&a), Subscription::queued(&b)), (0, 0));
    let stats = router.stats();
    assert_eq!(stats.delivered, 7); // 2 (a) + 1 (b) + 4 (all)
    assert_eq!(stats.frames, 4);
    assert_eq!(stats.lagged, 0);
    assert_eq!(stub.requests(), 1);
}

#[tokio::test]
async fn slow_subscriber_gets_lagged_with_the_right_count() {
    let (stub, tx) = scripted().await;
    let (router, driver) = Router::with_capacity(open(&stub), 4);
    tokio::spawn(driver);
    let mut slow = router.subscribe("ses_a");
    let mut fast = router.subscribe_with_capacity(Some("ses_a".into()), 100);
    assert!(matches!(next(&mut slow).await, Ok(StreamItem::Connected)));
    assert!(matches!(next(&mut fast).await, Ok(StreamItem::Connected)));
    for n in 0..10 {
        tx.send(frame(&event("x", "ses_a", n))).unwrap();
    }
    // The fast one reads everything; meanwhile the slow one reads nothing.
    for n in 0..10 {
        assert_eq!(n_of(next(&mut fast).await).1, n);
    }
    for n in 0..4 {
        assert_eq!(n_of(next(&mut slow).await).1, n);
    }
    match next(&mut slow).await {
        Ok(StreamItem::Lagged { missed }) => assert_eq!(missed, 6),
        other => panic!("{other:?}"),
    }
    // After the gap, delivery resumes.
    tx.send(frame(&event("x", "ses_a", 10))).unwrap();
    assert_eq!(n_of(next(&mut slow).await).1, 10);
    assert_eq!(n_of(next(&mut fast).await).1, 10);
    let stats = router.stats();
    assert_eq!(stats.lagged, 6);
    assert_eq!(stats.delivered, 11 + 5);
}

#[tokio::test]
async fn router_closes_the_connection_when_everything_is_dropped() {
    let (closed_tx, mut closed_rx) = mpsc::unbounded_channel();
    let stub = stub(move |_, mut s| {
        let closed_tx = closed_tx.clone();
        async move {
            write(&mut s, SSE_HEAD.as_bytes()).await;
            hold(s).await;
            let _ = closed_tx.send(Instant::now());
        }
    })
    .await;
    let (router, driver) = Router::new(open(&stub));
    let task = tokio::spawn(driver);
    let mut sub = router.subscribe("ses_a");
    assert!(matches!(next(&mut sub).await, Ok(StreamItem::Connected)));
    drop(router);
    // A subscription alone keeps it alive.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(closed_rx.try_recv().is_err());
    let dropped = Instant::now();
    drop(sub);
    within(task).await.unwrap();
    let closed = within(closed_rx.recv()).await.unwrap();
    assert!(closed.duration_since(dropped) < Duration::from_millis(100));
}

#[tokio::test]
async fn a_weak_router_upgrades_only_while_someone_holds_it() {
    let (closed_tx, mut closed_rx) = mpsc::unbounded_channel();
    let stub = stub(move |_, mut s| {
        let closed_tx = closed_tx.clone();
        async move {
            write(&mut s, SSE_HEAD.as_bytes()).await;
            hold(s).await;
            let _ = closed_tx.send(());
        }
    })
    .await;
    let (router, driver) = Router::new(open(&stub));
    let task = tokio::spawn(driver);
    let weak = router.downgrade();
    let mut sub = router.subscribe("ses_a");
    assert!(matches!(next(&mut sub).await, Ok(StreamItem::Connected)));
    drop(router);
    // The subscription keeps it alive: a second user shares the open connection.
    let again = weak.upgrade().expect("alive while subscribed");
    let mut sub2 = again.subscribe("ses_b");
    assert!(matches!(next(&mut sub2).await, Ok(StreamItem::Connected)));
    assert_eq!(stub.requests(), 1, "one upstream connection for both");
    drop((again, sub, sub2));
    within(task).await.unwrap();
    within(closed_rx.recv()).await.unwrap();
    assert!(weak.upgrade().is_none(), "gone once every handle is");
}

#[tokio::test]
async fn fatal_errors_reach_every_subscriber_then_they_end() {
    let stub = stub(|_, s| respond(s, "401 Unauthorized", "text/plain", "")).await;
    let router = Router::spawn(open(&stub));
    let mut a = router.subscribe("ses_a");
    let mut all = router.subscribe_all();
    for sub in [&mut a, &mut all] {
        match next(sub).await {
            Err(e) => assert_eq!(e.status().map(|s| s.as_u16()), Some(401)),
            other => panic!("{other:?}"),
        }
        assert!(within(sub.next()).await.is_none());
    }
}

#[tokio::test]
async fn decode_errors_are_routed_by_the_session_they_name() {
    let (stub, tx) = scripted().await;
    let router = Router::spawn(open(&stub));
    let mut a = router.subscribe("ses_a");
    let mut b = router.subscribe("ses_b");
    for sub in [&mut a, &mut b] {
        assert!(matches!(next(sub).await, Ok(StreamItem::Connected)));
    }
    // `n` is not a number: `Ev` rejects it, but the session id is still readable.
    tx.send(frame(
        r#"{"type":"x","properties":{"sessionID":"ses_a","n":"seven"}}"#,
    ))
    .unwrap();
    tx.send(frame(&event("x", "ses_b", 1))).unwrap();
    match next(&mut a).await {
        Err(Error::Decode {
            session_id, raw, ..
        }) => {
            assert_eq!(session_id.as_deref(), Some("ses_a"));
            assert!(raw.starts_with(b"{\"type\":\"x\""));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(n_of(next(&mut b).await), ("ses_b".into(), 1));
    assert_eq!(router.stats().parse_errors, 1);
}

#[tokio::test]
async fn reconnections_reach_session_subscribers() {
    let stub = stub(|n, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        write(&mut s, &frame(&event("x", "ses_a", n + 1))).await;
        if n == 0 {
            write(&mut s, END).await;
        } else {
            hold(s).await;
        }
    })
    .await;
    let (router, driver) = Router::new(open(&stub));
    let mut a = router.subscribe("ses_a");
    let mut other = router.subscribe("ses_other");
    tokio::spawn(driver);
    assert!(matches!(next(&mut a).await, Ok(StreamItem::Connected)));
    assert_eq!(n_of(next(&mut a).await).1, 1);
    assert!(matches!(
        next(&mut a).await,
        Ok(StreamItem::Retrying {
            error: Error::EndOfStream,
            ..
        })
    ));
    assert!(matches!(
        next(&mut a).await,
        Ok(StreamItem::Reconnected { attempt: 1, .. })
    ));
    assert_eq!(n_of(next(&mut a).await).1, 2);
    // The other session saw the connection items but none of ses_a's events.
    assert!(matches!(next(&mut other).await, Ok(StreamItem::Connected)));
    assert!(matches!(
        next(&mut other).await,
        Ok(StreamItem::Retrying { .. })
    ));
    assert!(matches!(
        next(&mut other).await,
        Ok(StreamItem::Reconnected { .. })
    ));
    assert_eq!(Subscription::queued(&other), 0);
    assert_eq!(router.stats().reconnects, 1);
}

/// A subscriber that arrives while the connection waits out its backoff makes the router
/// try again at once: a prompt waiting for the connection is not held for the backoff.
#[tokio::test]
async fn a_new_subscriber_ends_the_backoff() {
    let stub = stub(|n, mut s| async move {
        if n == 0 {
            respond(s, "503 Service Unavailable", "text/plain", "down").await;
        } else {
            write(&mut s, SSE_HEAD.as_bytes()).await;
            hold(s).await;
        }
    })
    .await;
    // A backoff far longer than the test's bounds.
    let config = StreamConfig::default().backoff(
        Backoff::default()
            .initial(Duration::from_secs(600))
            .max(Duration::from_secs(600)),
    );
    let router = Router::spawn(EventStream::<Ev>::with_config(
        connector(&stub.url("/event")),
        config,
    ));
    let mut first = router.subscribe_all();
    match next(&mut first).await {
        // (The delay is jittered below 600 s: under 10 s only rarely.)
        Ok(StreamItem::Retrying { .. }) => {}
        other => panic!("expected the first attempt to fail, got {other:?}"),
    }
    let mut second = router.subscribe("ses_1");
    // `next` is bounded at 10 s: long before the 600 s backoff would end.
    assert!(
        matches!(
            next(&mut second).await,
            Ok(StreamItem::Connected | StreamItem::Reconnected { .. })
        ),
        "the new subscriber sees the connection open"
    );
    assert_eq!(stub.requests(), 2);
}
