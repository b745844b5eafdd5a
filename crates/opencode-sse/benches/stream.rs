//! Throughput of `EventStream<serde_json::Value>` against a raw hyper baseline, same run.
//!
//! A loopback stub streams N realistic frames (90 % `message.part.delta`, the rest
//! `message.part.updated`, `message.updated`, `session.status`), each in its own HTTP
//! chunk as the server writes them. The baseline is a bare hyper-util client that splits
//! frames on `\n\n`, strips `data: ` and decodes each into `serde_json::Value`.
#![allow(missing_docs)]

use std::net::SocketAddr;
use std::sync::Arc;

use bytes::{Buf, Bytes, BytesMut};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use futures_util::StreamExt;
use http_body::Frame;
use http_body_util::{BodyExt, Empty, StreamBody};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use opencode_sse::{
    Connect, EventStream, RawEventStream, StreamEvent, StreamItem, TransportConnector, connect_fn,
};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const N: usize = 10_000;

fn frames(n: usize) -> Vec<Bytes> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let json = match i % 10 {
            0 => format!(
                r#"{{"id":"evt_{i:026}","type":"message.part.updated","properties":{{"part":{{"id":"prt_01JZ8Q3","sessionID":"ses_01JZ8Q0","messageID":"msg_01JZ8Q1","type":"text","text":"Hello from the fake model.","time":{{"start":1750000000000}}}},"time":1750000000000}}}}"#
            ),
            _ if i % 40 == 5 => format!(
                r#"{{"id":"evt_{i:026}","type":"session.status","properties":{{"sessionID":"ses_01JZ8Q0","status":{{"type":"busy"}}}}}}"#
            ),
            _ if i % 40 == 15 => format!(
                r#"{{"id":"evt_{i:026}","type":"message.updated","properties":{{"info":{{"id":"msg_01JZ8Q1","sessionID":"ses_01JZ8Q0","role":"assistant","time":{{"created":1750000000000}},"modelID":"fake-model","providerID":"fake","cost":0,"tokens":{{"input":10,"output":5,"reasoning":0,"cache":{{"read":0,"write":0}}}}}}}}}}"#
            ),
            _ => format!(
                r#"{{"id":"evt_{i:026}","type":"message.part.delta","properties":{{"sessionID":"ses_01JZ8Q0","messageID":"msg_01JZ8Q1","partID":"prt_01JZ8Q3","field":"text","delta":"Hello"}}}}"#
            ),
        };
        out.push(Bytes::from(format!("data: {json}\n\n")));
    }
    out
}

/// The HTTP/1.1 response: each frame in its own chunk, as the server writes them.
fn body(frames: &[Bytes]) -> Bytes {
    let mut out = Vec::new();
    out.extend_from_slice(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache, no-transform\r\nTransfer-Encoding: chunked\r\n\r\n");
    for frame in frames {
        out.extend_from_slice(format!("{:x}\r\n", frame.len()).as_bytes());
        out.extend_from_slice(frame);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    Bytes::from(out)
}

/// A connector serving the frames from memory, one body chunk per frame: measures the
/// SSE layer without sockets (and shows a non-hyper connector plugging in).
fn memory_connector(frames: Arc<Vec<Bytes>>) -> impl Connect {
    connect_fn(move || {
        let frames = frames.clone();
        async move {
            let chunks = (0..frames.len()).map(move |i| Ok(Frame::data(frames[i].clone())));
            let body = StreamBody::new(futures_util::stream::iter(chunks)).boxed_unsync();
            Ok(http::Response::builder()
                .header("content-type", "text/event-stream")
                .body(body)
                .unwrap())
        }
    })
}

/// Reads events until `N` arrived.
async fn consume<T: StreamEvent>(mut stream: EventStream<T>) -> usize {
    let mut n = 0;
    while let Some(item) = stream.next().await {
        if let StreamItem::Event(event) = item.unwrap() {
            std::hint::black_box(&event);
            n += 1;
            if n == N {
                break;
            }
        }
    }
    n
}

fn memory_baseline(frames: &[Bytes]) -> usize {
    let mut buf = BytesMut::new();
    let mut n = 0;
    for chunk in frames {
        buf.extend_from_slice(chunk);
        while let Some(end) = buf.windows(2).position(|w| w == b"\n\n") {
            let frame = buf.split_to(end + 2);
            if let Some(json) = frame[..end].strip_prefix(b"data: ") {
                let v: Value = serde_json::from_slice(json).unwrap();
                std::hint::black_box(&v);
                n += 1;
            }
        }
    }
    n
}

async fn stub(response: Bytes) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
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
                let _ = socket.write_all(&response).await;
                let mut sink = [0u8; 64];
                while matches!(socket.read(&mut sink).await, Ok(n) if n > 0) {}
            });
        }
    });
    addr
}

/// The SDK's own connector: the transport's tower stack, as the umbrella crate connects.
fn loopback(addr: SocketAddr) -> TransportConnector {
    let client = opencode_transport::Client::new(format!("http://{addr}")).unwrap();
    TransportConnector::new(client, opencode_transport::ApiRequest::get("/event"))
}

async fn baseline(addr: SocketAddr) -> usize {
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    let uri = format!("http://{addr}/event").parse().unwrap();
    let response = client.get(uri).await.unwrap();
    let mut body = response.into_body();
    let mut buf = BytesMut::new();
    let mut n = 0;
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame.unwrap().into_data() else {
            continue;
        };
        buf.extend_from_slice(&data);
        while let Some(end) = buf.windows(2).position(|w| w == b"\n\n") {
            let frame = buf.split_to(end + 2);
            let line = &frame[..end];
            if let Some(json) = line.strip_prefix(b"data: ") {
                let v: Value = serde_json::from_slice(json).unwrap();
                std::hint::black_box(&v);
                n += 1;
            }
        }
        if n == N {
            break;
        }
    }
    buf.advance(buf.len());
    n
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let frames = Arc::new(frames(N));
    let addr = rt.block_on(stub(body(&frames)));

    let mut group = c.benchmark_group("sse_10k_frames_in_memory");
    group.throughput(Throughput::Elements(N as u64));
    group.sample_size(20);
    group.bench_function("split_and_decode_value", |b| {
        b.iter(|| assert_eq!(memory_baseline(&frames), N))
    });
    group.bench_function("event_stream_value", |b| {
        b.iter(|| {
            assert_eq!(
                rt.block_on(consume::<Value>(EventStream::new(memory_connector(
                    frames.clone()
                )))),
                N
            )
        })
    });
    group.finish();

    let mut group = c.benchmark_group("sse_10k_frames_loopback");
    group.throughput(Throughput::Elements(N as u64));
    group.sample_size(20);
    group.bench_function("raw_hyper_split_and_decode_value", |b| {
        b.iter(|| assert_eq!(rt.block_on(baseline(addr)), N))
    });
    group.bench_function("event_stream_value", |b| {
        b.iter(|| {
            assert_eq!(
                rt.block_on(consume::<Value>(EventStream::new(loopback(addr)))),
                N
            )
        })
    });
    group.bench_function("raw_event_stream", |b| {
        b.iter(|| assert_eq!(rt.block_on(consume(RawEventStream::new(loopback(addr)))), N))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
