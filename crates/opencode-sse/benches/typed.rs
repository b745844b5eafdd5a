//! Throughput of the typed `EventStream<opencode_types::Event>` against a raw hyper client
//! decoding into `serde_json::Value`, measured in the same run.
//!
//! A loopback stub streams 200,000 frames, each in its own HTTP chunk as the server writes
//! them: 90 % `message.part.delta`, 2.5 % each `message.part.updated`, `message.updated`,
//! `session.status` and `session.updated`. The templates are real frames recorded from the
//! server (`crates/opencode-types/tests/fixtures/wire/events.ndjson`, the median-sized frame
//! of each type), with a fresh event id per frame.
//!
//! - `raw_hyper_value`: hyper-util client, split on `\n\n`, strip `data: `, decode each into
//!   `serde_json::Value` (the baseline);
//! - `raw_hyper_event`: the same client and splitter decoding into `Event` (the cost of the
//!   generated types alone);
//! - `sdk_events_typed`: `opencode_sse::events(&client)`, i.e. the SDK transport, the SSE
//!   layer and `Event` decoding;
//! - `sdk_events_value`: the same stream decoding into `Value`.
//!
//! A second group decodes each template in memory (`Value` vs `Event`) to show where the
//! typed decoder spends its time.
//!
//! Run with `cargo bench -p opencode-sse --bench typed`.
#![allow(missing_docs)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use futures_util::StreamExt;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::rt::TokioExecutor;
use opencode_sse::{EventStream, StreamEvent, StreamItem};
use opencode_types::Event;
use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const N: usize = 200_000;

const KINDS: [&str; 5] = [
    "message.part.delta",
    "message.part.updated",
    "message.updated",
    "session.status",
    "session.updated",
];

/// The median-sized recorded frame of each type in `KINDS`.
fn templates() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../opencode-types/tests/fixtures/wire/events.ndjson"
    );
    let corpus = std::fs::read_to_string(path).expect("wire corpus");
    KINDS
        .iter()
        .map(|kind| {
            let needle = format!(r#""type":"{kind}""#);
            let mut lines: Vec<&str> = corpus
                .lines()
                .filter(|l| l.contains(&needle))
                .filter(|l| serde_json::from_str::<Event>(l).is_ok())
                .collect();
            assert!(!lines.is_empty(), "no {kind} frame in the corpus");
            lines.sort_by_key(|l| l.len());
            lines[lines.len() / 2].to_owned()
        })
        .collect()
}

/// Frame `i`: 90 % deltas, the other four types in turn; the event id made unique.
fn frames(templates: &[String], n: usize) -> Vec<Bytes> {
    (0..n)
        .map(|i| {
            let template = match i % 40 {
                5 => &templates[1],
                15 => &templates[2],
                25 => &templates[3],
                35 => &templates[4],
                _ => &templates[0],
            };
            let mut value: Value = serde_json::from_str(template).expect("template");
            value["id"] = Value::String(format!("evt_{i:026}"));
            Bytes::from(format!("data: {value}\n\n"))
        })
        .collect()
}

/// The HTTP/1.1 response: each frame in its own chunk, then the connection closes.
fn response(frames: &[Bytes]) -> Bytes {
    let mut out = Vec::new();
    out.extend_from_slice(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache, no-transform\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n");
    for frame in frames {
        out.extend_from_slice(format!("{:x}\r\n", frame.len()).as_bytes());
        out.extend_from_slice(frame);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    Bytes::from(out)
}

async fn stub(response: Bytes) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let response = Arc::new(response);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let response = response.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                // One response per connection (`Connection: close`): the SDK client pools
                // connections, and this stub answers only the first request on each.
                let _ = socket.write_all(&response).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    addr
}

/// The baseline: a bare hyper-util client splitting frames by hand and decoding each as `T`.
async fn raw_hyper<T: DeserializeOwned>(addr: SocketAddr) -> usize {
    let client = HyperClient::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    let uri = format!("http://{addr}/event").parse().expect("uri");
    let response = client.get(uri).await.expect("response");
    let mut body = response.into_body();
    let mut buf = BytesMut::new();
    let mut n = 0;
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame.expect("frame").into_data() else {
            continue;
        };
        buf.extend_from_slice(&data);
        while let Some(end) = buf.windows(2).position(|w| w == b"\n\n") {
            let frame = buf.split_to(end + 2);
            if let Some(json) = frame[..end].strip_prefix(b"data: ") {
                let event: T = serde_json::from_slice(json).expect("decode");
                std::hint::black_box(&event);
                n += 1;
            }
        }
        if n == N {
            break;
        }
    }
    n
}

async fn consume<T: StreamEvent>(mut stream: EventStream<T>) -> usize {
    let mut n = 0;
    while let Some(item) = stream.next().await {
        if let StreamItem::Event(event) = item.expect("no stream errors") {
            std::hint::black_box(&event);
            n += 1;
            if n == N {
                break;
            }
        }
    }
    n
}

/// Starts the stub on its own thread and current-thread runtime, so the runtime under
/// test runs only the client.
fn start_stub(response: Bytes) -> SocketAddr {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("stub runtime");
        rt.block_on(async move {
            sender.send(stub(response).await).expect("send addr");
            std::future::pending::<()>().await
        });
    });
    receiver.recv().expect("stub address")
}

fn bench(c: &mut Criterion) {
    let templates = templates();
    let frames = frames(&templates, N);
    let bytes: usize = frames.iter().map(Bytes::len).sum();
    eprintln!(
        "{N} frames, {bytes} bytes (mean {} bytes); template sizes {:?}",
        bytes / N,
        templates.iter().map(String::len).collect::<Vec<_>>()
    );
    let addr = start_stub(response(&frames));
    // Both runtimes users run: `#[tokio::main(flavor = "current_thread")]` and the default
    // `#[tokio::main]` (multi-thread; here two workers, one per core of the CI machine).
    let runtimes = opencode_testing::runtimes();
    for (name, rt) in &runtimes {
        let client = rt.block_on(async {
            opencode_transport::Client::new(format!("http://{addr}")).expect("client")
        });
        let mut group = c.benchmark_group(format!("sse_200k_frames_loopback/{name}"));
        group.throughput(Throughput::Elements(N as u64));
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(20));
        group.bench_function("raw_hyper_value", |b| {
            b.iter(|| assert_eq!(rt.block_on(raw_hyper::<Value>(addr)), N))
        });
        group.bench_function("raw_hyper_event", |b| {
            b.iter(|| assert_eq!(rt.block_on(raw_hyper::<Event>(addr)), N))
        });
        group.bench_function("sdk_events_typed", |b| {
            b.iter(|| assert_eq!(rt.block_on(consume(opencode_sse::events(&client))), N))
        });
        group.bench_function("sdk_events_value", |b| {
            b.iter(|| {
                assert_eq!(
                    rt.block_on(consume(
                        opencode_sse::Endpoint::Instance.stream::<Value>(&client)
                    )),
                    N
                )
            })
        });
        group.finish();
    }

    let mut group = c.benchmark_group("decode_one_frame");
    group.sample_size(30);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    for (kind, template) in KINDS.iter().zip(&templates) {
        group.throughput(Throughput::Bytes(template.len() as u64));
        group.bench_function(format!("{kind}/value"), |b| {
            b.iter(|| serde_json::from_str::<Value>(std::hint::black_box(template)).is_ok())
        });
        group.bench_function(format!("{kind}/event"), |b| {
            b.iter(|| Event::from_json(std::hint::black_box(template)).is_ok())
        });
        group.bench_function(format!("{kind}/event_via_deserialize"), |b| {
            b.iter(|| serde_json::from_str::<Event>(std::hint::black_box(template)).is_ok())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
