//! Retries: what is repeated, what never is, and how long the client waits.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{CountLayer, Stub, json, reply};
use opencode_transport::{ApiRequest, Client, Error, RetryPolicy, TimeoutKind};

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5))
}

#[tokio::test]
async fn get_503_then_200_is_retried() {
    let stub = Stub::start(|n, _| {
        if n == 0 {
            json(503, "{}")
        } else {
            json(200, r#"{"id":"ses_1"}"#)
        }
    })
    .await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(fast_retry())
        .build()
        .expect("client");
    let response = client
        .send(ApiRequest::get("/session/{id}").path_param("id", "ses_1"))
        .await
        .expect("retried");
    assert_eq!(response.status(), 200);
    assert_eq!(response.body().as_ref(), br#"{"id":"ses_1"}"#);
    assert_eq!(stub.count(), 2);
}

#[tokio::test]
async fn get_gives_up_after_max_attempts() {
    let stub = Stub::start(|_, _| {
        json(
            502,
            r#"{"name":"UnknownError","data":{"message":"bad gateway"}}"#,
        )
    })
    .await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(fast_retry().with_max_attempts(4))
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("always 502");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert!(error.is_retryable());
    assert_eq!(stub.count(), 4);
}

#[tokio::test]
async fn post_503_is_not_retried() {
    let stub = Stub::start(|_, _| json(503, "{}")).await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(fast_retry())
        .build()
        .expect("client");
    let error = client
        .send(
            ApiRequest::post("/session/{id}/message")
                .path_param("id", "ses_1")
                .json_body("{}"),
        )
        .await
        .expect_err("503");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(stub.count(), 1, "a prompt must never be sent twice");
}

#[tokio::test]
async fn post_cut_mid_body_is_not_resent() {
    let stub = Stub::raw(|_| {
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"info\":".to_vec()
    })
    .await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(fast_retry())
        .build()
        .expect("client");
    let error = client
        .send(
            ApiRequest::post("/session/{id}/message")
                .path_param("id", "ses_1")
                .json_body(r#"{"parts":[]}"#),
        )
        .await
        .expect_err("the body was cut");
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    // Give a (wrong) retry time to arrive before counting.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        stub.count(),
        1,
        "the prompt reached the server and must not be sent again"
    );
}

#[tokio::test]
async fn get_cut_mid_body_is_retried() {
    let stub = Stub::raw(|n| {
        if n == 0 {
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"a\"".to_vec()
        } else {
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}"
                .to_vec()
        }
    })
    .await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(fast_retry())
        .build()
        .expect("client");
    let response = client
        .send(ApiRequest::get("/session"))
        .await
        .expect("second attempt succeeds");
    assert_eq!(response.body().as_ref(), b"{}");
    assert_eq!(stub.count(), 2);
}

#[tokio::test]
async fn post_to_refused_port_is_retried() {
    let addr = common::refused_port().await;
    let attempts = Arc::new(AtomicUsize::new(0));
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .retry(fast_retry().with_max_attempts(3))
        .layer(CountLayer(attempts.clone()))
        .build()
        .expect("client");
    let error = client
        .send(
            ApiRequest::post("/session/{id}/message")
                .path_param("id", "ses_1")
                .json_body("{}"),
        )
        .await
        .expect_err("nothing listens");
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
    assert!(error.is_retryable());
    assert_eq!(
        attempts.load(Ordering::SeqCst),
        3,
        "connect failures are retried even for POST"
    );
}

#[tokio::test]
async fn post_is_retried_when_the_listener_starts_late() {
    let addr = common::refused_port().await;
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .retry(
            RetryPolicy::default()
                .with_backoff(Duration::from_millis(150), Duration::from_millis(150))
                .with_jitter(false)
                .with_max_attempts(5),
        )
        .build()
        .expect("client");
    let count = Arc::new(AtomicUsize::new(0));
    let server_count = count.clone();
    let server = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let listener = tokio::net::TcpListener::bind(addr).await.expect("rebind");
        let (stream, _) = listener.accept().await.expect("accept");
        let service =
            hyper::service::service_fn(move |_request: hyper::Request<hyper::body::Incoming>| {
                server_count.fetch_add(1, Ordering::SeqCst);
                async {
                    Ok::<_, std::convert::Infallible>(
                        hyper::Response::builder()
                            .header("content-type", "application/json")
                            .body(http_body_util::Full::new(bytes::Bytes::from_static(
                                b"true",
                            )))
                            .expect("response"),
                    )
                }
            });
        let _ = hyper::server::conn::http1::Builder::new()
            .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
            .await;
    });
    let response = client
        .send(ApiRequest::post("/session/{id}/abort").path_param("id", "ses_1"))
        .await
        .expect("a later attempt connects");
    assert_eq!(response.body().as_ref(), b"true");
    assert_eq!(count.load(Ordering::SeqCst), 1);
    server.abort();
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let stub = Stub::start(|n, _| {
        if n == 0 {
            let mut reply = reply(429, Some("application/json"), "{}");
            if let common::Reply::Response(response) = &mut reply {
                response
                    .headers_mut()
                    .insert("retry-after", "1".parse().expect("header"));
            }
            reply
        } else {
            json(200, "[]")
        }
    })
    .await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(fast_retry())
        .build()
        .expect("client");
    let started = Instant::now();
    client
        .send(ApiRequest::get("/session"))
        .await
        .expect("retried");
    let elapsed = started.elapsed();
    assert_eq!(stub.count(), 2);
    assert!(
        elapsed >= Duration::from_millis(900),
        "waited only {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(5), "waited {elapsed:?}");
}

#[tokio::test]
async fn unauthorized_is_not_retried() {
    let stub = Stub::start(|_, _| {
        let mut reply = reply(401, None, "");
        if let common::Reply::Response(response) = &mut reply {
            response.headers_mut().insert(
                "www-authenticate",
                r#"Basic realm="Secure Area""#.parse().expect("header"),
            );
        }
        reply
    })
    .await;
    let client = Client::builder()
        .base_url(stub.url())
        .password("wrong")
        .retry(fast_retry())
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("401");
    assert!(error.is_unauthorized(), "{error:?}");
    assert!(!error.is_retryable());
    assert_eq!(stub.count(), 1);
}

#[tokio::test]
async fn no_retries_with_retry_policy_none() {
    let stub = Stub::start(|_, _| json(503, "{}")).await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("503");
    assert_eq!(stub.count(), 1);
}

#[tokio::test]
async fn custom_service_connect_errors_are_retried_for_post() {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let service = tower::service_fn(
        move |_request: opencode_transport::http::Request<opencode_transport::RequestBody>| {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            async move {
                if n < 2 {
                    Err(Box::new(Error::connect("refused")) as opencode_transport::BoxError)
                } else {
                    Ok(opencode_transport::http::Response::builder()
                        .header("content-type", "application/json")
                        .body(http_body_util::Full::new(bytes::Bytes::from_static(
                            b"{\"ok\":true}",
                        )))
                        .expect("response"))
                }
            }
        },
    );
    let client = Client::builder()
        .service(service)
        .retry(fast_retry())
        .build()
        .expect("client");
    let value: serde_json::Value = client
        .send_json(ApiRequest::post("/session").json_body("{}"))
        .await
        .expect("third attempt");
    assert_eq!(value["ok"], true);
    assert_eq!(calls.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn typed_errors_from_a_custom_service_pass_through() {
    // A real connect timeout needs an address that does not answer, which loopback cannot
    // give reliably; this checks that a custom service can report one.
    let service = tower::service_fn(
        |_request: opencode_transport::http::Request<opencode_transport::RequestBody>| async {
            Err::<opencode_transport::http::Response<http_body_util::Full<bytes::Bytes>>, _>(
                Box::new(Error::Timeout {
                    kind: TimeoutKind::Connect,
                }) as opencode_transport::BoxError,
            )
        },
    );
    let client = Client::builder()
        .service(service)
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::post("/session"))
        .await
        .expect_err("timeout");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Connect
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn refused_connection_message_names_the_cause() {
    let addr = common::refused_port().await;
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("refused");
    let message = error.to_string();
    assert!(
        message.starts_with("could not connect to the OpenCode server: "),
        "{message}"
    );
    assert!(message.to_lowercase().contains("refused"), "{message}");
}

#[tokio::test]
async fn retry_after_is_capped() {
    let stub = Stub::start(|n, _| {
        if n == 0 {
            let mut reply = reply(503, Some("application/json"), "{}");
            if let common::Reply::Response(response) = &mut reply {
                response
                    .headers_mut()
                    .insert("retry-after", "3600".parse().expect("header"));
            }
            reply
        } else {
            json(200, "[]")
        }
    })
    .await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(fast_retry().with_max_retry_after(Duration::from_millis(200)))
        .build()
        .expect("client");
    let started = Instant::now();
    client
        .send(ApiRequest::get("/session"))
        .await
        .expect("retried");
    let elapsed = started.elapsed();
    assert_eq!(stub.count(), 2);
    assert!(
        elapsed >= Duration::from_millis(180),
        "waited only {elapsed:?}"
    );
    assert!(
        elapsed < Duration::from_secs(3),
        "the cap was ignored: {elapsed:?}"
    );
}

#[tokio::test]
async fn idempotent_writes_and_marked_reads_are_retried() {
    let stub = Stub::start(|n, _| {
        if n % 2 == 0 {
            json(503, "{}")
        } else {
            json(200, "true")
        }
    })
    .await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(fast_retry())
        .build()
        .expect("client");
    client
        .send(
            ApiRequest::new(opencode_transport::http::Method::DELETE, "/session/{id}")
                .path_param("id", "ses_1"),
        )
        .await
        .expect("DELETE retried");
    assert_eq!(stub.count(), 2);
    client
        .send(
            ApiRequest::post("/find")
                .kind(opencode_transport::RequestKind::Read)
                .json_body("{}"),
        )
        .await
        .expect("a POST marked Read is retried");
    assert_eq!(stub.count(), 4);
    let requests = stub.requests();
    assert_eq!(
        requests[2].body, requests[3].body,
        "the replayed body is identical"
    );
    assert_eq!(requests[3].body.as_ref(), b"{}");
}
