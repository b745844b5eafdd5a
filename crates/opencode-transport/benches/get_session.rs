//! `GET /session/{id}` on one keep-alive loopback connection: the SDK client (`send`, then
//! decode) against a raw hyper-util client doing the same work, measured in the same run.
//!
//! Run with `cargo bench -p opencode-transport`.

#![allow(missing_docs)] // criterion_group! generates undocumented items.

use std::convert::Infallible;
use std::hint::black_box;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use opencode_transport::{ApiRequest, Client, decode_json};

/// A realistic session object, about 1 KB.
const SESSION: &str = r#"{"id":"ses_1ffa081a7001lFMRT3xJRGT3cv","slug":"gentle-harbor","projectID":"4b0ea68d7af9a6031a7ffda7ad66e0cb83315750","directory":"/srv/projects/opencode-rust-sdk/crates/opencode-transport","parentID":null,"title":"Refactor the transport retry policy and document the tower layer stack","version":"1.18.33","time":{"created":1763750000000,"updated":1763750123456,"compacting":null},"summary":{"additions":128,"deletions":37,"files":6,"diffs":[{"file":"crates/opencode-transport/src/service.rs","before":"","after":"","additions":90,"deletions":12,"status":"modified"},{"file":"docs/transport.md","before":"","after":"","additions":38,"deletions":25,"status":"modified"}]},"share":{"url":"https://opncd.ai/s/abcdefgh"},"permission":[{"permission":"bash","pattern":"echo *","action":"allow"},{"permission":"edit","pattern":"*","action":"ask"}],"model":{"id":"fake-model","providerID":"fake","variant":"default"},"revert":null,"subagent_depth":0}"#;

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Session {
    id: String,
    title: String,
    directory: String,
    time: SessionTime,
}

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct SessionTime {
    created: u64,
    updated: u64,
}

/// Starts the stub server on its own thread and runtime; returns its address.
fn start_stub() -> SocketAddr {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("stub runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind loopback");
            sender
                .send(listener.local_addr().expect("addr"))
                .expect("send addr");
            // Bounded: each client keeps one connection; a few extra for reconnects.
            for _ in 0..64 {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let _ = stream.set_nodelay(true);
                tokio::spawn(async move {
                    let service = service_fn(|_request: hyper::Request<Incoming>| async {
                        Ok::<_, Infallible>(
                            hyper::Response::builder()
                                .header("content-type", "application/json")
                                .body(Full::new(Bytes::from_static(SESSION.as_bytes())))
                                .expect("response"),
                        )
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
    });
    receiver.recv().expect("stub address")
}

fn get_session(c: &mut Criterion) {
    let addr = start_stub();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");

    let sdk = runtime.block_on(async {
        Client::builder()
            .base_url(format!("http://{addr}"))
            .directory("/srv/projects/opencode-rust-sdk")
            .password("bench")
            .pool_idle_timeout(Duration::from_secs(60))
            .build()
            .expect("client")
    });
    let raw = {
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        HyperClient::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .build::<_, Full<Bytes>>(connector)
    };
    // The raw client sends the same request line and headers as the SDK.
    let raw_uri: hyper::Uri = format!(
        "http://{addr}/session/ses_1ffa081a7001lFMRT3xJRGT3cv?directory=%2Fsrv%2Fprojects%2Fopencode-rust-sdk"
    )
        .parse()
        .expect("uri");

    paired_ratio(&runtime, &sdk, &raw, &raw_uri);

    let mut group = c.benchmark_group("get_session");
    group.throughput(Throughput::Elements(1));

    group.bench_function("raw_hyper", |b| {
        b.iter_custom(|iters| {
            runtime.block_on(async {
                let started = Instant::now();
                for _ in 0..iters {
                    black_box(raw_get(&raw, &raw_uri).await);
                }
                started.elapsed()
            })
        })
    });

    group.bench_function("sdk", |b| {
        b.iter_custom(|iters| {
            runtime.block_on(async {
                let started = Instant::now();
                for _ in 0..iters {
                    black_box(sdk_get(&sdk).await);
                }
                started.elapsed()
            })
        })
    });

    // The SDK's own cost, without sockets: the same call against an in-memory service.
    let in_memory = Client::builder()
        .directory("/srv/projects/opencode-rust-sdk")
        .password("bench")
        .service(tower::service_fn(|_request| async {
            Ok::<_, Infallible>(
                hyper::Response::builder()
                    .header("content-type", "application/json")
                    .body(Full::new(Bytes::from_static(SESSION.as_bytes())))
                    .expect("response"),
            )
        }))
        .build()
        .expect("client");
    group.bench_function("sdk_in_memory", |b| {
        b.iter_custom(|iters| {
            runtime.block_on(async {
                let started = Instant::now();
                for _ in 0..iters {
                    black_box(sdk_get(&in_memory).await);
                }
                started.elapsed()
            })
        })
    });

    group.finish();
}

type RawClient = HyperClient<HttpConnector, Full<Bytes>>;

async fn raw_get(raw: &RawClient, uri: &hyper::Uri) -> Session {
    let request = hyper::Request::get(uri.clone())
        .header("accept", "application/json")
        .header("user-agent", "opencode-rust-sdk/0.1.0")
        .header("authorization", "Basic b3BlbmNvZGU6YmVuY2g=")
        .header(
            "x-opencode-directory",
            "%2Fsrv%2Fprojects%2Fopencode-rust-sdk",
        )
        .body(Full::new(Bytes::new()))
        .expect("request");
    let response = raw.request(request).await.expect("raw response");
    let body = response
        .into_body()
        .collect()
        .await
        .expect("raw body")
        .to_bytes();
    serde_json::from_slice(&body).expect("decode")
}

async fn sdk_get(sdk: &Client) -> Session {
    let request = ApiRequest::get("/session/{sessionID}")
        .path_param("sessionID", "ses_1ffa081a7001lFMRT3xJRGT3cv");
    let response = sdk.send(request).await.expect("sdk response");
    decode_json(&response).expect("decode")
}

/// Alternates short batches of raw and SDK requests (swapping which goes first) and reports
/// the median of the per-round rate ratios, which cancels the drift of a busy machine better
/// than two separate criterion runs. Printed, not asserted.
fn paired_ratio(
    runtime: &tokio::runtime::Runtime,
    sdk: &Client,
    raw: &RawClient,
    uri: &hyper::Uri,
) {
    const ROUNDS: usize = 60;
    const BATCH: u32 = 100;
    let (mut raw_times, mut sdk_times, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    runtime.block_on(async {
        // Warm both connections.
        raw_get(raw, uri).await;
        sdk_get(sdk).await;
        for round in 0..ROUNDS {
            let mut raw_time = Duration::ZERO;
            let mut sdk_time = Duration::ZERO;
            for turn in 0..2 {
                if (round + turn) % 2 == 0 {
                    let started = Instant::now();
                    for _ in 0..BATCH {
                        black_box(raw_get(raw, uri).await);
                    }
                    raw_time = started.elapsed() / BATCH;
                } else {
                    let started = Instant::now();
                    for _ in 0..BATCH {
                        black_box(sdk_get(sdk).await);
                    }
                    sdk_time = started.elapsed() / BATCH;
                }
            }
            raw_times.push(raw_time);
            sdk_times.push(sdk_time);
            ratios.push(raw_time.as_secs_f64() / sdk_time.as_secs_f64());
        }
    });
    raw_times.sort();
    sdk_times.sort();
    ratios.sort_by(f64::total_cmp);
    println!(
        "paired, {ROUNDS} rounds of {BATCH}: median raw hyper {:?}/req, median sdk {:?}/req, \
         median per-round sdk rate = {:.2}x raw (quartiles {:.2}..{:.2})",
        raw_times[ROUNDS / 2],
        sdk_times[ROUNDS / 2],
        ratios[ROUNDS / 2],
        ratios[ROUNDS / 4],
        ratios[3 * ROUNDS / 4],
    );
}
criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .sample_size(30);
    targets = get_session
}
criterion_main!(benches);
