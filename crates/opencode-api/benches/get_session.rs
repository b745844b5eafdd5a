//! `GET /session/{id}` on one keep-alive loopback connection, on both Tokio runtimes: the
//! SDK as its README uses it (`api.session().get(id).send().await`, decoded into the
//! generated `Session`) against a raw hyper-util client doing the same request, measured in
//! the same run.
//!
//! - `raw_hyper_value`: hyper-util client, the same headers, the body decoded into
//!   `serde_json::Value`;
//! - `raw_hyper_typed`: the same, decoded into `opencode_types::Session` (what the SDK
//!   decodes into; the difference to the SDK is then the SDK's own cost);
//! - `sdk`: `Api::session().get(id).send()`;
//! - `sdk_in_memory`: the same call against an in-memory tower service, without sockets.
//!
//! The body is a session recorded from the real server. Before the criterion groups, a
//! paired run alternates short batches of each client and prints the median per-round rate
//! ratio, which cancels a busy machine's drift better than separate runs.
//!
//! Run with `cargo bench -p opencode-api --bench get_session`.

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
use opencode_api::Api;
use opencode_types::Session;

const SESSION_ID: &str = "ses_db0d2fd71ffeW3yECwdzZYogGm";
const DIRECTORY: &str = "/srv/projects/opencode-rust-sdk";

/// The recorded `session.get` answer, compact, as the server sends it.
fn session_body() -> Bytes {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../opencode-types/tests/fixtures/wire/Session/session.get-240.json"
    );
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("JSON");
    Bytes::from(value.to_string())
}

/// The stub's answer: the session as JSON.
async fn answer(body: Bytes) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    Ok(hyper::Response::builder()
        .header("content-type", "application/json")
        .body(Full::new(body))
        .expect("response"))
}

/// Starts the stub server on its own thread and runtime; returns its address.
fn start_stub(body: Bytes) -> SocketAddr {
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
                let body = body.clone();
                tokio::spawn(async move {
                    let service =
                        service_fn(move |_request: hyper::Request<Incoming>| answer(body.clone()));
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
    });
    receiver.recv().expect("stub address")
}

type RawClient = HyperClient<HttpConnector, Full<Bytes>>;

/// The raw client and the URI it sends (the same request line and headers as the SDK).
struct Raw {
    client: RawClient,
    uri: hyper::Uri,
}

impl Raw {
    fn new(addr: SocketAddr) -> Raw {
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        let client = HyperClient::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .build::<_, Full<Bytes>>(connector);
        let uri = format!("http://{addr}/session/{SESSION_ID}")
            .parse()
            .expect("uri");
        Raw { client, uri }
    }

    async fn get<T: serde::de::DeserializeOwned>(&self) -> T {
        let request = hyper::Request::get(self.uri.clone())
            .header("accept", "application/json")
            .header("user-agent", "opencode-rust-sdk/0.1.0")
            .header("authorization", "Basic b3BlbmNvZGU6YmVuY2g=")
            .header("x-opencode-directory", DIRECTORY)
            .body(Full::new(Bytes::new()))
            .expect("request");
        let response = self.client.request(request).await.expect("raw response");
        let body = response
            .into_body()
            .collect()
            .await
            .expect("raw body")
            .to_bytes();
        serde_json::from_slice(&body).expect("decode")
    }
}

async fn sdk_get(api: &Api) -> Session {
    api.session()
        .get(SESSION_ID)
        .send()
        .await
        .expect("sdk response")
}

fn sdk(addr: SocketAddr) -> Api {
    Api::new(
        opencode_transport::Client::builder()
            .base_url(format!("http://{addr}"))
            .directory(DIRECTORY)
            .password("bench")
            .pool_idle_timeout(Duration::from_secs(60))
            .build()
            .expect("client"),
    )
}

/// One criterion function: `iters` sequential `$call`s on `$runtime`, timed.
macro_rules! bench {
    ($group:expr, $runtime:expr, $id:expr, $call:expr) => {
        $group.bench_function($id, |b| {
            b.iter_custom(|iters| {
                $runtime.block_on(async {
                    let started = Instant::now();
                    for _ in 0..iters {
                        black_box($call);
                    }
                    started.elapsed()
                })
            })
        })
    };
}

fn get_session(c: &mut Criterion) {
    let body = session_body();
    let addr = start_stub(body.clone());
    let runtimes = opencode_testing::runtimes();
    for (name, runtime) in &runtimes {
        let (api, raw) = runtime.block_on(async { (sdk(addr), Raw::new(addr)) });
        paired_ratio(name, runtime, &api, &raw);

        let mut group = c.benchmark_group(format!("get_session/{name}"));
        group.throughput(Throughput::Elements(1));
        bench!(
            group,
            runtime,
            "raw_hyper_value",
            raw.get::<serde_json::Value>().await
        );
        bench!(
            group,
            runtime,
            "raw_hyper_typed",
            raw.get::<Session>().await
        );
        bench!(group, runtime, "sdk", sdk_get(&api).await);

        // The SDK's own cost, without sockets: the same call against an in-memory service.
        let in_memory = runtime.block_on(async {
            let body = body.clone();
            Api::new(
                opencode_transport::Client::builder()
                    .directory(DIRECTORY)
                    .password("bench")
                    .service(tower::service_fn(move |_request| answer(body.clone())))
                    .build()
                    .expect("client"),
            )
        });
        bench!(group, runtime, "sdk_in_memory", sdk_get(&in_memory).await);
        group.finish();
    }
}

/// Alternates short batches of each client (rotating which goes first) and prints the
/// median per-round rate of the SDK against each raw baseline. Printed, not asserted.
fn paired_ratio(name: &str, runtime: &tokio::runtime::Runtime, api: &Api, raw: &Raw) {
    const ROUNDS: usize = 60;
    const BATCH: u32 = 100;
    let mut times: [Vec<Duration>; 3] = Default::default();
    let (mut vs_value, mut vs_typed) = (Vec::new(), Vec::new());
    runtime.block_on(async {
        // Warm both connections.
        raw.get::<Session>().await;
        sdk_get(api).await;
        for round in 0..ROUNDS {
            let mut took = [Duration::ZERO; 3];
            for turn in 0..3 {
                let which = (round + turn) % 3;
                let started = Instant::now();
                for _ in 0..BATCH {
                    match which {
                        0 => drop(black_box(raw.get::<serde_json::Value>().await)),
                        1 => drop(black_box(raw.get::<Session>().await)),
                        _ => drop(black_box(sdk_get(api).await)),
                    }
                }
                took[which] = started.elapsed() / BATCH;
            }
            for (all, t) in times.iter_mut().zip(took) {
                all.push(t);
            }
            vs_value.push(took[0].as_secs_f64() / took[2].as_secs_f64());
            vs_typed.push(took[1].as_secs_f64() / took[2].as_secs_f64());
        }
    });
    for t in &mut times {
        t.sort();
    }
    vs_value.sort_by(f64::total_cmp);
    vs_typed.sort_by(f64::total_cmp);
    let median = |v: &[f64]| v[v.len() / 2];
    println!(
        "{name}: paired, {ROUNDS} rounds of {BATCH}: median per request raw+Value {:?}, \
         raw+Session {:?}, sdk {:?}; sdk rate = {:.2}x raw+Value (quartiles {:.2}..{:.2}), \
         {:.2}x raw+Session (quartiles {:.2}..{:.2})",
        times[0][ROUNDS / 2],
        times[1][ROUNDS / 2],
        times[2][ROUNDS / 2],
        median(&vs_value),
        vs_value[ROUNDS / 4],
        vs_value[3 * ROUNDS / 4],
        median(&vs_typed),
        vs_typed[ROUNDS / 4],
        vs_typed[3 * ROUNDS / 4],
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
