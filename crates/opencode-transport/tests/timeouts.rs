//! Per-attempt and whole-call timeouts, and their absence on streaming calls.

mod common;

use std::time::{Duration, Instant};

use common::{Reply, Stub};
use http_body_util::BodyExt;
use opencode_transport::{
    ApiRequest, Client, Error, ResponseFormat, RetryPolicy, TimeoutKind, Timeouts,
};

fn timeouts(per_attempt: Option<u64>, total: Option<u64>) -> Timeouts {
    Timeouts {
        connect: Some(Duration::from_secs(5)),
        per_attempt: per_attempt.map(Duration::from_millis),
        total: total.map(Duration::from_millis),
    }
}

#[tokio::test]
async fn per_attempt_timeout_fires_and_idempotent_requests_retry() {
    let stub = Stub::start(|_, _| Reply::Hang).await;
    let client = Client::builder()
        .base_url(stub.url())
        .timeouts(timeouts(Some(150), None))
        .retry(
            RetryPolicy::default()
                .with_max_attempts(2)
                .with_backoff(Duration::from_millis(1), Duration::from_millis(1)),
        )
        .build()
        .expect("client");
    let started = Instant::now();
    let error = client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("hangs");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::PerAttempt
            }
        ),
        "{error:?}"
    );
    assert!(
        started.elapsed() >= Duration::from_millis(280),
        "{:?}",
        started.elapsed()
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(stub.count(), 2);
}

#[tokio::test]
async fn per_attempt_timeout_does_not_repeat_a_post() {
    let stub = Stub::start(|_, _| Reply::Hang).await;
    let client = Client::builder()
        .base_url(stub.url())
        .timeouts(timeouts(Some(100), None))
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::post("/session/{id}/message").path_param("id", "ses_1"))
        .await
        .expect_err("hangs");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::PerAttempt
            }
        ),
        "{error:?}"
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(stub.count(), 1);
}

#[tokio::test]
async fn total_timeout_fires() {
    let stub = Stub::start(|_, _| Reply::Hang).await;
    let client = Client::builder()
        .base_url(stub.url())
        .timeouts(timeouts(None, Some(200)))
        .build()
        .expect("client");
    let started = Instant::now();
    let error = client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("hangs");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Total
            }
        ),
        "{error:?}"
    );
    assert!(started.elapsed() >= Duration::from_millis(190));
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(error.is_timeout());
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn total_timeout_bounds_retries() {
    let stub = Stub::start(|_, _| common::json(503, "{}")).await;
    let client = Client::builder()
        .base_url(stub.url())
        .timeouts(timeouts(None, Some(300)))
        .retry(
            RetryPolicy::default()
                .with_max_attempts(100)
                .with_backoff(Duration::from_millis(100), Duration::from_millis(100))
                .with_jitter(false),
        )
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("always 503");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Total
            }
        ),
        "{error:?}"
    );
    assert!(stub.count() >= 2 && stub.count() <= 4, "{}", stub.count());
}

#[tokio::test]
async fn per_request_override_beats_client_timeout() {
    let stub = Stub::start(|_, _| Reply::Hang).await;
    let client = Client::builder()
        .base_url(stub.url())
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::get("/session").total_timeout(Some(Duration::from_millis(100))))
        .await
        .expect_err("hangs");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Total
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn streaming_calls_have_no_timeout() {
    // The stub sends the headers at once and the first event 400 ms later, longer than
    // both client timeouts.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let server = tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let (mut stream, _) = listener.accept().await.expect("accept");
        let mut buffer = [0u8; 4096];
        let _ = stream.read(&mut buffer).await;
        let _ = stream
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n")
            .await;
        tokio::time::sleep(Duration::from_millis(400)).await;
        let event = b"data: {\"type\":\"server.connected\"}\n\n";
        let _ = stream
            .write_all(format!("{:x}\r\n", event.len()).as_bytes())
            .await;
        let _ = stream.write_all(event).await;
        let _ = stream.write_all(b"\r\n0\r\n\r\n").await;
        tokio::time::sleep(Duration::from_millis(100)).await;
    });
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .timeouts(timeouts(Some(100), Some(150)))
        .build()
        .expect("client");
    let response = client
        .send_streaming(ApiRequest::get("/event").format(ResponseFormat::EventStream))
        .await
        .expect("stream opens");
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    assert_eq!(body.as_ref(), b"data: {\"type\":\"server.connected\"}\n\n");
    server.abort();
}

#[tokio::test]
async fn connect_timeout_fires_when_the_accept_queue_is_full() {
    // A listener that never accepts, with its accept queue filled: Linux drops further SYNs,
    // so a new connection hangs in connect.
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket
        .bind("127.0.0.1:0".parse().expect("addr"))
        .expect("bind");
    let listener = socket.listen(1).expect("listen");
    let addr = listener.local_addr().expect("addr");
    let mut fillers = Vec::new();
    for _ in 0..8 {
        match tokio::time::timeout(
            Duration::from_millis(100),
            tokio::net::TcpStream::connect(addr),
        )
        .await
        {
            Ok(Ok(stream)) => fillers.push(stream),
            _ => break,
        }
    }
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .timeouts(Timeouts {
            connect: Some(Duration::from_millis(200)),
            per_attempt: None,
            total: Some(Duration::from_secs(10)),
        })
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let started = Instant::now();
    let error = client
        .send(ApiRequest::post("/session"))
        .await
        .expect_err("cannot connect");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Connect
            }
        ),
        "{error:?}"
    );
    assert!(error.is_retryable_for(opencode_transport::RequestKind::NonIdempotent));
    assert!(started.elapsed() < Duration::from_secs(5));
    drop(listener);
}
