//! Loopback stub servers speaking raw HTTP/1.1, for fault injection.
#![allow(dead_code, missing_docs)]

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub type Handler =
    Arc<dyn Fn(usize, TcpStream) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

pub struct Stub {
    pub addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    heads: Arc<Mutex<Vec<String>>>,
}

impl Stub {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Requests whose head was read completely.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    pub fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

/// Starts a stub; `handler(n, socket)` runs for the n-th request (from 0) after its head
/// has been read.
pub async fn stub<F, Fut>(handler: F) -> Stub
where
    F: Fn(usize, TcpStream) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let handler: Handler = Arc::new(move |n, s| Box::pin(handler(n, s)));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let requests = Arc::new(AtomicUsize::new(0));
    let heads = Arc::new(Mutex::new(Vec::new()));
    let (r, h) = (requests.clone(), heads.clone());
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let (r, h, handler) = (r.clone(), h.clone(), handler.clone());
            tokio::spawn(async move {
                let Some(head) = read_head(&mut socket).await else {
                    return;
                };
                h.lock().unwrap().push(head);
                let n = r.fetch_add(1, Ordering::SeqCst);
                handler(n, socket).await;
            });
        }
    });
    Stub {
        addr,
        requests,
        heads,
    }
}

async fn read_head(socket: &mut TcpStream) -> Option<String> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = socket.read(&mut byte).await.ok()?;
        if n == 0 || buf.len() > 64 * 1024 {
            return None;
        }
        buf.extend_from_slice(&byte[..n]);
    }
    Some(String::from_utf8_lossy(&buf).into_owned())
}

pub const SSE_HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache, no-transform\r\nTransfer-Encoding: chunked\r\n\r\n";

pub fn chunk(data: &[u8]) -> Vec<u8> {
    let mut out = format!("{:x}\r\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\r\n");
    out
}

pub fn frame(json: &str) -> Vec<u8> {
    chunk(format!("data: {json}\n\n").as_bytes())
}

pub const END: &[u8] = b"0\r\n\r\n";

pub async fn write(socket: &mut TcpStream, bytes: &[u8]) {
    let _ = socket.write_all(bytes).await;
    let _ = socket.flush().await;
}

/// Answers with a complete non-stream response and closes.
pub async fn respond(mut socket: TcpStream, status: &str, content_type: &str, body: &str) {
    let text = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    write(&mut socket, text.as_bytes()).await;
}

/// Keeps the socket open until the peer closes it.
pub async fn hold(mut socket: TcpStream) {
    let mut buf = [0u8; 64];
    while matches!(socket.read(&mut buf).await, Ok(n) if n > 0) {}
}

pub fn event(kind: &str, session: &str, n: usize) -> String {
    format!(
        r#"{{"id":"evt_{n:04}","type":"{kind}","properties":{{"sessionID":"{session}","n":{n}}}}}"#
    )
}

/// Awaits with a generous bound so a broken test fails instead of hanging.
pub async fn within<F: Future>(f: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(10), f)
        .await
        .expect("timed out")
}

/// A connector for a full URL (`http://127.0.0.1:PORT/event`) through the SDK's transport,
/// as the umbrella crate connects.
#[allow(dead_code)]
pub fn connector(url: &str) -> opencode_sse::TransportConnector {
    let (origin, path) = split_url(url);
    let client = opencode_transport::Client::new(origin).expect("transport client");
    opencode_sse::TransportConnector::new(
        client,
        opencode_transport::ApiRequest::get("/event").raw_path(path),
    )
}

/// `http://host:port/path` as (`http://host:port`, `/path`).
fn split_url(url: &str) -> (&str, &str) {
    let after_scheme = url.find("://").map(|i| i + 3).unwrap_or(0);
    match url[after_scheme..].find('/') {
        Some(i) => url.split_at(after_scheme + i),
        None => (url, "/"),
    }
}
