//! Shared by the umbrella crate's live tests: a real server with the fake model, and a
//! loopback proxy in front of it for the faults the real server does not produce.

#![allow(dead_code)]

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use opencode::Client;
use opencode_testing::{TestServer, TestServerBuilder, live_binary};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::task::AbortHandle;

/// A started test server and an umbrella client for it, or `None` (with a printed reason)
/// when the server binary is not installed.
pub async fn server(builder: TestServerBuilder) -> Option<(TestServer, Client)> {
    if live_binary().is_none() {
        println!("skipped: opencode binary not installed (run cargo xtask install-opencode)");
        return None;
    }
    let server = builder.start().await.expect("test server starts");
    let client = Client::from_transport(server.client().expect("client"));
    Some((server, client))
}

/// A client for `server` that goes through another URL (a proxy).
pub fn client_for(server: &TestServer, url: &str) -> Client {
    let mut b = Client::builder()
        .base_url(url)
        .directory(server.project_dir().display().to_string());
    if let Some(pw) = server.password() {
        b = b.basic_auth(server.username(), pw);
    }
    b.build().expect("client")
}

/// What the proxy does to the traffic.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// Answer every `GET /event` with `503` instead of forwarding it.
    pub events_503: bool,
    /// When the first prompt (`POST …/prompt_async`) passes, cut every open `/event`
    /// connection, and hold new `/event` requests back for this long.
    pub cut_events_on_prompt: Option<Duration>,
    /// Cut the first `/event` connection this long after it opened.
    pub cut_first_event_after: Option<Duration>,
    /// In `/event` responses, replace these bytes with others of the same length.
    pub replace_in_events: Option<(Vec<u8>, Vec<u8>)>,
}

/// A loopback proxy in front of a server; every request line that passed is recorded.
pub struct Proxy {
    pub url: String,
    requests: Arc<Mutex<Vec<String>>>,
    /// Prompts forwarded.
    pub prompts: Arc<AtomicUsize>,
}

impl Proxy {
    /// Request lines seen (`GET /event?directory=… HTTP/1.1`), in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }

    /// How many requests started with `prefix` (`"GET /event"`).
    pub fn count(&self, prefix: &str) -> usize {
        self.requests()
            .iter()
            .filter(|l| l.starts_with(prefix))
            .count()
    }
}

struct Shared {
    rules: Rules,
    requests: Arc<Mutex<Vec<String>>>,
    prompts: Arc<AtomicUsize>,
    event_conns: Mutex<Vec<Conn>>,
    cut_done: AtomicBool,
    first_event_seen: AtomicBool,
    hold_until: Mutex<Option<tokio::time::Instant>>,
}

type Writer = Arc<tokio::sync::Mutex<tokio::net::tcp::OwnedWriteHalf>>;

/// An open `/event` connection: its downstream copy and the client-side writer.
struct Conn(AbortHandle, Writer);

impl Conn {
    /// Cuts the response mid-body: the client sees its event stream break.
    fn cut(self) {
        self.0.abort();
        tokio::spawn(async move {
            let _ = self.1.lock().await.shutdown().await;
        });
    }
}

fn replace_same_len(buf: &mut [u8], from: &[u8], to: &[u8]) {
    if from.is_empty() || from.len() != to.len() {
        return;
    }
    let mut i = 0;
    while i + from.len() <= buf.len() {
        if &buf[i..i + from.len()] == from {
            buf[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
}

/// Starts a proxy to `upstream` (`http://host:port`) with `rules`. It serves a bounded
/// number of connections and stops with the test's runtime.
pub async fn proxy(upstream: &str, rules: Rules) -> Proxy {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let target = upstream.trim_start_matches("http://").to_owned();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let prompts = Arc::new(AtomicUsize::new(0));
    let shared = Arc::new(Shared {
        rules,
        requests: requests.clone(),
        prompts: prompts.clone(),
        event_conns: Mutex::new(Vec::new()),
        cut_done: AtomicBool::new(false),
        first_event_seen: AtomicBool::new(false),
        hold_until: Mutex::new(None),
    });
    tokio::spawn(async move {
        for _ in 0..2000 {
            let Ok((inbound, _)) = listener.accept().await else {
                return;
            };
            let shared = shared.clone();
            let target = target.clone();
            tokio::spawn(async move {
                let Ok(outbound) = tokio::net::TcpStream::connect(&target).await else {
                    return;
                };
                connection(inbound, outbound, shared).await;
            });
        }
    });
    Proxy {
        url: format!("http://{addr}"),
        requests,
        prompts,
    }
}

async fn connection(
    inbound: tokio::net::TcpStream,
    outbound: tokio::net::TcpStream,
    shared: Arc<Shared>,
) {
    let (mut ri, wi) = inbound.into_split();
    let (mut ro, mut wo) = outbound.into_split();
    let is_event = Arc::new(AtomicBool::new(false));
    let wi = Arc::new(tokio::sync::Mutex::new(wi));
    let down = {
        let is_event = is_event.clone();
        let shared = shared.clone();
        let wi = wi.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 65536];
            loop {
                let n = match ro.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                if is_event.load(Ordering::SeqCst)
                    && let Some((from, to)) = &shared.rules.replace_in_events
                {
                    replace_same_len(&mut buf[..n], from, to);
                }
                if wi.lock().await.write_all(&buf[..n]).await.is_err() {
                    break;
                }
            }
            let _ = wi.lock().await.shutdown().await;
        })
    };
    let mut buf = vec![0u8; 65536];
    loop {
        let n = match ri.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let chunk = &buf[..n];
        let line = chunk
            .split(|&b| b == b'\r')
            .next()
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .unwrap_or_default();
        let is_request = ["GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD "]
            .iter()
            .any(|m| line.starts_with(m));
        if is_request {
            shared.requests.lock().unwrap().push(line.clone());
            if line.starts_with("GET /event") {
                if shared.rules.events_503 {
                    let mut w = wi.lock().await;
                    let _ = w
                        .write_all(
                            b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                        )
                        .await;
                    let _ = w.shutdown().await;
                    break;
                }
                is_event.store(true, Ordering::SeqCst);
                let hold = *shared.hold_until.lock().unwrap();
                if let Some(until) = hold {
                    tokio::time::sleep_until(until).await;
                }
                shared
                    .event_conns
                    .lock()
                    .unwrap()
                    .push(Conn(down.abort_handle(), wi.clone()));
                if let Some(after) = shared.rules.cut_first_event_after
                    && !shared.first_event_seen.swap(true, Ordering::SeqCst)
                {
                    let conn = Conn(down.abort_handle(), wi.clone());
                    tokio::spawn(async move {
                        tokio::time::sleep(after).await;
                        conn.cut();
                    });
                }
            }
            if line.starts_with("POST ") && line.contains("/prompt_async") {
                shared.prompts.fetch_add(1, Ordering::SeqCst);
                if let Some(hold) = shared.rules.cut_events_on_prompt
                    && !shared.cut_done.swap(true, Ordering::SeqCst)
                {
                    *shared.hold_until.lock().unwrap() = Some(tokio::time::Instant::now() + hold);
                    let conns: Vec<Conn> = shared.event_conns.lock().unwrap().drain(..).collect();
                    for conn in conns {
                        conn.cut();
                    }
                }
            }
        }
        if wo.write_all(chunk).await.is_err() {
            break;
        }
        if down.is_finished() {
            break;
        }
    }
    down.abort();
}
