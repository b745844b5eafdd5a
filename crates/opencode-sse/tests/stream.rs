//! EventStream against loopback stubs: reconnection, faults, fatal answers, filtering.

mod common;

use std::time::{Duration, Instant};

use common::*;
use futures_util::StreamExt;
use opencode_sse::{
    Backoff, Error, EventStream, RawEventStream, StreamConfig, StreamEvent, StreamItem,
};
use serde_json::Value;
use tokio::io::AsyncWriteExt;

type Item = Result<StreamItem<Value>, Error>;

fn fast() -> StreamConfig {
    StreamConfig::default().backoff(
        Backoff::default()
            .initial(Duration::from_millis(20))
            .max(Duration::from_millis(100)),
    )
}

fn open(stub: &Stub, config: StreamConfig) -> EventStream<Value> {
    EventStream::with_config(connector(&stub.url("/event")), config)
}

async fn next(s: &mut EventStream<Value>) -> Item {
    within(s.next()).await.expect("stream ended")
}

async fn reconnected_then_event(s: &mut EventStream<Value>, n: u64) {
    match next(s).await {
        Ok(StreamItem::Reconnected { .. }) => {}
        other => panic!("expected Reconnected, got {other:?}"),
    }
    assert_eq!(event_n(next(s).await), n);
}

fn event_n(item: Item) -> u64 {
    match item {
        Ok(StreamItem::Event(v)) => v["properties"]["n"].as_u64().unwrap(),
        other => panic!("expected an event, got {other:?}"),
    }
}

#[tokio::test]
async fn clean_close_reconnects_and_reports_it() {
    let stub = stub(|n, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        write(&mut s, &frame(&event("session.status", "ses_a", n * 10))).await;
        if n == 0 {
            write(&mut s, &frame(&event("session.status", "ses_a", 1))).await;
            write(&mut s, END).await;
        } else {
            hold(s).await;
        }
    })
    .await;
    let mut s = open(&stub, fast());
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    assert_eq!(event_n(next(&mut s).await), 0);
    assert_eq!(event_n(next(&mut s).await), 1);
    match next(&mut s).await {
        Ok(StreamItem::Retrying {
            error: Error::EndOfStream,
            attempt: 0,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    match next(&mut s).await {
        Ok(StreamItem::Reconnected {
            attempt: 1,
            downtime,
        }) => {
            assert!(downtime < Duration::from_secs(1));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(event_n(next(&mut s).await), 10);
    let stats = s.stats();
    assert_eq!(
        (stats.reconnects, stats.connect_attempts, stats.delivered),
        (1, 2, 3)
    );
    assert_eq!(stub.requests(), 2);
}

#[tokio::test]
async fn connection_reset_mid_frame_drops_the_partial_frame() {
    let stub = stub(|n, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        if n == 0 {
            write(&mut s, &frame(&event("a", "ses_a", 1))).await;
            write(&mut s, &chunk(br#"data: {"type":"half","propert"#)).await;
            #[allow(deprecated)] // SO_LINGER 0 does not block: it sends RST at once.
            s.set_linger(Some(Duration::ZERO)).unwrap();
            drop(s); // RST
        } else {
            write(&mut s, &frame(&event("a", "ses_a", 2))).await;
            hold(s).await;
        }
    })
    .await;
    let mut s = open(&stub, fast());
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    assert_eq!(event_n(next(&mut s).await), 1);
    match next(&mut s).await {
        Ok(StreamItem::Retrying {
            error: Error::Body(_),
            ..
        }) => {}
        other => panic!("expected a body error, got {other:?}"),
    }
    reconnected_then_event(&mut s, 2).await;
    assert_eq!(s.stats().parse_errors, 0);
}

#[tokio::test]
async fn truncated_chunk_is_a_body_error_not_an_event() {
    let stub = stub(|n, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        if n == 0 {
            // Announces 0x80 bytes, sends part of a frame, then closes: a truncated body.
            write(&mut s, b"80\r\ndata: {\"type\":\"cut\"}\n").await;
            let _ = s.shutdown().await;
        } else {
            write(&mut s, &frame(&event("a", "ses_a", 7))).await;
            hold(s).await;
        }
    })
    .await;
    let mut s = open(&stub, fast());
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    match next(&mut s).await {
        Ok(StreamItem::Retrying {
            error: Error::Body(_),
            ..
        }) => {}
        other => panic!("expected a body error, got {other:?}"),
    }
    reconnected_then_event(&mut s, 7).await;
    assert_eq!(s.stats().frames, 1);
}

#[tokio::test]
async fn incomplete_last_frame_before_clean_end_is_dropped() {
    let stub = stub(|n, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        if n == 0 {
            write(&mut s, &chunk(br#"data: {"type":"never-terminated"}"#)).await;
            write(&mut s, END).await;
        } else {
            hold(s).await;
        }
    })
    .await;
    let mut s = open(&stub, fast());
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    match next(&mut s).await {
        Ok(StreamItem::Retrying {
            error: Error::EndOfStream,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(s.stats().frames, 0);
}

#[tokio::test]
async fn watchdog_reconnects_a_silent_connection() {
    let stub = stub(|n, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        write(&mut s, &frame(&event("a", "ses_a", n))).await;
        hold(s).await; // then silence
    })
    .await;
    let timeout = Duration::from_millis(300);
    let mut s = open(&stub, fast().idle_timeout(Some(timeout)));
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    let started = Instant::now();
    assert_eq!(event_n(next(&mut s).await), 0);
    match next(&mut s).await {
        Ok(StreamItem::Retrying {
            error: Error::Idle(t),
            ..
        }) => assert_eq!(t, timeout),
        other => panic!("{other:?}"),
    }
    assert!(started.elapsed() >= timeout);
    reconnected_then_event(&mut s, 1).await;
}

#[tokio::test]
async fn heartbeats_keep_the_watchdog_quiet() {
    let stub = stub(|_, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        for _ in 0..8 {
            write(&mut s, &chunk(b": heartbeat\n\n")).await;
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        write(&mut s, &frame(&event("a", "ses_a", 5))).await;
        hold(s).await;
    })
    .await;
    let mut s = open(&stub, fast().idle_timeout(Some(Duration::from_millis(200))));
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    // 400 ms of heartbeats, longer than the 200 ms watchdog, and no reconnection.
    assert_eq!(event_n(next(&mut s).await), 5);
    assert_eq!(s.stats().heartbeats, 8);
    assert_eq!(stub.requests(), 1);
}

#[tokio::test]
async fn bursts_of_503_then_success() {
    let stub = stub(|n, mut s| async move {
        if n < 3 {
            respond(s, "503 Service Unavailable", "text/plain", "busy").await;
        } else {
            write(&mut s, SSE_HEAD.as_bytes()).await;
            write(&mut s, &frame(&event("a", "ses_a", 3))).await;
            hold(s).await;
        }
    })
    .await;
    let mut s = open(&stub, fast());
    for attempt in 1..=3 {
        match next(&mut s).await {
            Ok(StreamItem::Retrying {
                error, attempt: a, ..
            }) => {
                assert_eq!(a, attempt);
                assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    assert_eq!(event_n(next(&mut s).await), 3);
    assert_eq!(stub.requests(), 4);
}

#[tokio::test]
async fn unauthorized_is_fatal_after_one_request() {
    let stub = stub(|_, s| respond(s, "401 Unauthorized", "text/plain", "")).await;
    let mut s = open(&stub, fast());
    match next(&mut s).await {
        Err(e) => {
            assert!(e.is_fatal());
            assert_eq!(e.status().map(|s| s.as_u16()), Some(401));
        }
        other => panic!("{other:?}"),
    }
    assert!(within(s.next()).await.is_none());
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(stub.requests(), 1);
}

#[tokio::test]
async fn html_answer_is_fatal() {
    let stub = stub(|_, s| {
        respond(
            s,
            "200 OK",
            "text/html; charset=utf-8",
            "<!doctype html><html></html>",
        )
    })
    .await;
    let mut s = open(&stub, fast());
    match next(&mut s).await {
        Err(Error::Connect(e)) => {
            assert!(e.is_fatal());
            let media = e.content_type().and_then(|ct| ct.split(';').next());
            assert_eq!(media, Some("text/html"), "{e:?}");
        }
        other => panic!("{other:?}"),
    }
    assert!(within(s.next()).await.is_none());
    assert_eq!(stub.requests(), 1);
}

#[tokio::test]
async fn max_attempts_gives_up() {
    let stub = stub(|_, s| respond(s, "503 Service Unavailable", "text/plain", "")).await;
    let config = fast().backoff(
        Backoff::default()
            .initial(Duration::from_millis(10))
            .max_attempts(Some(3)),
    );
    let mut s = open(&stub, config);
    let items: Vec<Item> = within(s.by_ref().collect()).await;
    assert_eq!(items.len(), 3, "{items:?}"); // two Retrying, then the final error
    match items.last() {
        Some(Err(Error::RetriesExhausted { attempts: 3, last })) => {
            assert_eq!(last.status().map(|s| s.as_u16()), Some(503));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(stub.requests(), 3);
}

#[tokio::test]
async fn through_the_transport_each_attempt_is_one_request() {
    // The transport retries a 503 GET on its own; inside a reconnecting stream that would
    // multiply the stream's attempts.
    let stub = stub(|_, s| respond(s, "503 Service Unavailable", "text/plain", "")).await;
    let client = opencode_transport::Client::new(stub.url("")).unwrap();
    let config = fast().backoff(
        Backoff::default()
            .initial(Duration::from_millis(10))
            .max_attempts(Some(3)),
    );
    let mut s: EventStream<Value> =
        opencode_sse::Endpoint::Instance.stream_with_config(&client, config);
    let items: Vec<Item> = within(s.by_ref().collect()).await;
    assert!(
        matches!(
            items.last(),
            Some(Err(Error::RetriesExhausted { attempts: 3, .. }))
        ),
        "{items:?}"
    );
    assert_eq!(stub.requests(), 3, "one request per connection attempt");
}

#[tokio::test]
async fn refused_connections_are_retried() {
    // Bind then drop a listener to find a port nobody listens on.
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let connector = common::connector(&format!("http://{addr}/event"));
    let mut s: EventStream<Value> = EventStream::with_config(connector, fast());
    match next(&mut s).await {
        Ok(StreamItem::Retrying {
            error: Error::Connect(e),
            attempt: 1,
            ..
        }) => {
            assert!(!e.is_fatal())
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn always_503_makes_a_bounded_number_of_requests_with_default_backoff() {
    let stub = stub(|_, s| respond(s, "503 Service Unavailable", "text/plain", "")).await;
    let mut s = open(&stub, StreamConfig::default());
    let run = async {
        while let Some(item) = s.next().await {
            assert!(matches!(item, Ok(StreamItem::Retrying { .. })), "{item:?}");
        }
    };
    assert!(
        tokio::time::timeout(Duration::from_secs(10), run)
            .await
            .is_err()
    );
    let requests = stub.requests();
    assert!((2..=20).contains(&requests), "{requests} requests in 10 s");
}

#[tokio::test]
async fn dropping_the_stream_closes_the_socket_promptly() {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let stub = stub(move |_, mut s| {
        let tx = tx.clone();
        async move {
            write(&mut s, SSE_HEAD.as_bytes()).await;
            write(&mut s, &frame(&event("a", "ses_a", 1))).await;
            hold(s).await;
            let _ = tx.send(Instant::now());
        }
    })
    .await;
    let mut s = open(&stub, fast());
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    assert_eq!(event_n(next(&mut s).await), 1);
    let dropped = Instant::now();
    drop(s);
    let closed = within(rx.recv()).await.unwrap();
    let took = closed.duration_since(dropped);
    assert!(took < Duration::from_millis(100), "closed after {took:?}");
}

#[tokio::test]
async fn heartbeats_hidden_by_default_and_shown_when_asked() {
    let stub = stub(|_, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        write(&mut s, &chunk(b": heartbeat\n\n")).await;
        write(
            &mut s,
            &frame(r#"{"id":"evt_1","type":"server.heartbeat","properties":{}}"#),
        )
        .await;
        write(&mut s, &frame(&event("a", "ses_a", 1))).await;
        hold(s).await;
    })
    .await;
    let mut hidden = open(&stub, fast());
    assert!(matches!(next(&mut hidden).await, Ok(StreamItem::Connected)));
    assert_eq!(event_n(next(&mut hidden).await), 1);
    assert_eq!(hidden.stats().heartbeats, 2);

    let mut shown = open(&stub, fast()).with_heartbeats(true);
    assert!(matches!(next(&mut shown).await, Ok(StreamItem::Connected)));
    assert!(matches!(next(&mut shown).await, Ok(StreamItem::Heartbeat)));
    assert!(matches!(next(&mut shown).await, Ok(StreamItem::Heartbeat)));
    assert_eq!(event_n(next(&mut shown).await), 1);
}

#[tokio::test]
async fn decode_errors_carry_the_raw_frame_and_the_stream_continues() {
    let stub = stub(|_, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        write(
            &mut s,
            &frame(r#"{"type":"session.idle","properties":{"sessionID":"ses_x"},"#),
        )
        .await;
        write(&mut s, &chunk(b"data: \xff\xfe\n\n")).await;
        write(&mut s, &frame(&event("a", "ses_a", 2))).await;
        hold(s).await;
    })
    .await;
    let mut s = open(&stub, fast());
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    match next(&mut s).await {
        Err(e @ Error::Decode { .. }) => {
            assert!(!e.is_fatal());
            assert_eq!(
                e.raw_frame().unwrap().as_ref(),
                br#"{"type":"session.idle","properties":{"sessionID":"ses_x"},"#
            );
        }
        other => panic!("{other:?}"),
    }
    match next(&mut s).await {
        Err(Error::InvalidUtf8 { raw }) => assert_eq!(raw.as_ref(), b"data: \xff\xfe\n\n"),
        other => panic!("{other:?}"),
    }
    assert_eq!(event_n(next(&mut s).await), 2);
    assert_eq!(s.stats().parse_errors, 2);
    assert_eq!(stub.requests(), 1);
}

#[tokio::test]
async fn sync_frames_are_dropped_unless_asked_for() {
    let stub = stub(|_, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        write(&mut s, &frame(r#"{"directory":"/d","payload":{"id":"evt_1","type":"session.created","properties":{"info":{"id":"ses_a"}}}}"#)).await;
        write(&mut s, &frame(r#"{"directory":"/d","payload":{"type":"sync","syncEvent":{"type":"session.created.1","seq":0,"aggregateID":"ses_a","data":{}},"id":"evt_1"}}"#)).await;
        write(&mut s, &frame(&event("a", "ses_a", 9))).await;
        hold(s).await;
    })
    .await;
    let mut s = open(&stub, fast());
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    let first = next(&mut s).await.unwrap().into_event().unwrap();
    assert_eq!(first.session_id(), Some("ses_a"));
    assert_eq!(event_n(next(&mut s).await), 9);
    assert_eq!(s.stats().sync_filtered, 1);

    let mut with_sync = open(&stub, fast()).with_sync_frames(true);
    assert!(matches!(
        next(&mut with_sync).await,
        Ok(StreamItem::Connected)
    ));
    next(&mut with_sync).await.unwrap();
    let sync = next(&mut with_sync).await.unwrap().into_event().unwrap();
    assert!(sync.is_sync());
}

#[tokio::test]
async fn raw_stream_yields_the_json_text_and_sends_basic_auth() {
    let json = r#"{"id":"evt_1","type":"message.part.delta","properties":{"sessionID":"ses_r","delta":"Hi"}}"#;
    let stub = stub(move |_, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        write(&mut s, &frame(json)).await;
        hold(s).await;
    })
    .await;
    let client = opencode_transport::Client::builder()
        .base_url(stub.url(""))
        .basic_auth("opencode", "x")
        .build()
        .expect("client");
    let connector = opencode_sse::TransportConnector::new(
        client,
        opencode_transport::ApiRequest::get("/global/event"),
    );
    assert!(!format!("{connector:?}").contains("b3BlbmNvZGU6eA"));
    let mut s = RawEventStream::with_config(connector, fast());
    assert!(matches!(
        within(s.next()).await,
        Some(Ok(StreamItem::Connected))
    ));
    let raw = within(s.next())
        .await
        .unwrap()
        .unwrap()
        .into_event()
        .unwrap();
    assert_eq!(raw.as_str(), json);
    assert_eq!(raw.kind(), Some("message.part.delta"));
    assert_eq!(raw.session_id(), Some("ses_r"));
    let head = &stub.heads()[0];
    assert!(head.starts_with("GET /global/event HTTP/1.1"));
    assert!(
        head.contains("authorization: Basic b3BlbmNvZGU6eA=="),
        "{head}"
    );
    assert!(head.contains("accept: text/event-stream"), "{head}");
}

#[tokio::test]
async fn no_header_timeout_by_default_for_late_headers() {
    // Like the server's v2 session stream: no headers until the first event.
    let stub = stub(|_, mut s| async move {
        tokio::time::sleep(Duration::from_millis(600)).await;
        write(&mut s, SSE_HEAD.as_bytes()).await;
        write(&mut s, &frame(&event("session.next.prompted", "ses_v", 1))).await;
        hold(s).await;
    })
    .await;
    let mut s = open(&stub, StreamConfig::without_heartbeat());
    assert!(matches!(next(&mut s).await, Ok(StreamItem::Connected)));
    assert_eq!(event_n(next(&mut s).await), 1);
    assert_eq!(stub.requests(), 1);

    // With an explicit header timeout the same wait is a retry.
    let mut s = open(
        &stub,
        fast().header_timeout(Some(Duration::from_millis(100))),
    );
    match next(&mut s).await {
        Ok(StreamItem::Retrying {
            error: Error::HeaderTimeout(_),
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
}
