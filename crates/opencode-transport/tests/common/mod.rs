//! Loopback stub servers for the transport tests. They listen on 127.0.0.1 only, serve a
//! bounded number of connections, and stop when dropped.

#![allow(dead_code)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Method, Request, Response, StatusCode, Uri};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// Most connections one stub accepts.
const MAX_CONNECTIONS: usize = 256;
/// How long a "hanging" stub holds a request before giving up.
const HANG: Duration = Duration::from_secs(20);

/// One request as the stub saw it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: Method,
    pub uri: Uri,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// What the stub does with a request.
pub enum Reply {
    Response(Response<Full<Bytes>>),
    /// Never answer (for at most [`HANG`]).
    Hang,
}

pub fn reply(status: u16, content_type: Option<&str>, body: &str) -> Reply {
    let mut builder = Response::builder().status(StatusCode::from_u16(status).expect("status"));
    if let Some(content_type) = content_type {
        builder = builder.header("content-type", content_type);
    }
    Reply::Response(
        builder
            .body(Full::new(Bytes::from(body.to_owned())))
            .expect("response"),
    )
}

pub fn json(status: u16, body: &str) -> Reply {
    reply(status, Some("application/json"), body)
}

type Handler = Arc<dyn Fn(usize, &Recorded) -> Reply + Send + Sync>;

/// A stub server.
pub struct Stub {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: JoinHandle<()>,
}

impl Drop for Stub {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Stub {
    /// An HTTP/1 stub; `handler` gets the 0-based request number and the request.
    pub async fn start(
        handler: impl Fn(usize, &Recorded) -> Reply + Send + Sync + 'static,
    ) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().expect("addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Handler = Arc::new(handler);
        let recorded = requests.clone();
        let task = tokio::spawn(async move {
            for _ in 0..MAX_CONNECTIONS {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let handler = handler.clone();
                let recorded = recorded.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request: Request<Incoming>| {
                        let handler = handler.clone();
                        let recorded = recorded.clone();
                        async move {
                            let (parts, body) = request.into_parts();
                            let body = body
                                .collect()
                                .await
                                .map(|b| b.to_bytes())
                                .unwrap_or_default();
                            let request = Recorded {
                                method: parts.method,
                                uri: parts.uri,
                                headers: parts.headers,
                                body,
                            };
                            let index = {
                                let mut all = recorded.lock().expect("lock");
                                all.push(request.clone());
                                all.len() - 1
                            };
                            match handler(index, &request) {
                                Reply::Response(response) => Ok::<_, Infallible>(response),
                                Reply::Hang => {
                                    tokio::time::sleep(HANG).await;
                                    Ok(Response::new(Full::new(Bytes::new())))
                                }
                            }
                        }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Stub {
            addr,
            requests,
            task,
        }
    }

    /// A raw TCP stub: reads one request head (and a `Content-Length` body), writes
    /// `respond(n)` and closes the connection.
    pub async fn raw(respond: impl Fn(usize) -> Vec<u8> + Send + Sync + 'static) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().expect("addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = requests.clone();
        let respond = Arc::new(respond);
        let task = tokio::spawn(async move {
            for _ in 0..MAX_CONNECTIONS {
                let Ok((mut stream, _)) = listener.accept().await else {
                    return;
                };
                let recorded = recorded.clone();
                let respond = respond.clone();
                tokio::spawn(async move {
                    let Some(request) = read_request(&mut stream).await else {
                        return;
                    };
                    let index = {
                        let mut all = recorded.lock().expect("lock");
                        all.push(request);
                        all.len() - 1
                    };
                    let bytes = respond(index);
                    let _ = stream.write_all(&bytes).await;
                    let _ = stream.flush().await;
                    // Dropping the stream closes the connection mid-response.
                });
            }
        });
        Stub {
            addr,
            requests,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn count(&self) -> usize {
        self.requests.lock().expect("lock").len()
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("lock").clone()
    }

    pub fn last(&self) -> Recorded {
        self.requests().pop().expect("the stub saw no request")
    }
}

async fn read_request(stream: &mut tokio::net::TcpStream) -> Option<Recorded> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 || buffer.len() > 1 << 20 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
        if let Some(end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break end + 4;
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let request_line = lines.next()?;
    let mut parts = request_line.split(' ');
    let method = Method::from_bytes(parts.next()?.as_bytes()).ok()?;
    let uri: Uri = parts.next()?.parse().ok()?;
    let mut map = HeaderMap::new();
    let mut content_length = 0usize;
    for line in lines.filter(|line| !line.is_empty()) {
        let (name, value) = line.split_once(':')?;
        let name = http::HeaderName::from_bytes(name.trim().as_bytes()).ok()?;
        let value = http::HeaderValue::from_str(value.trim()).ok()?;
        if name == http::header::CONTENT_LENGTH {
            content_length = value.to_str().ok()?.parse().ok()?;
        }
        map.append(name, value);
    }
    while buffer.len() < head_end + content_length {
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            break;
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
    Some(Recorded {
        method,
        uri,
        headers: map,
        body: Bytes::copy_from_slice(&buffer[head_end..]),
    })
}

/// A loopback port with nothing listening on it.
pub async fn refused_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    addr
}

/// A user layer that counts the attempts reaching the inner service and adds a header.
#[derive(Clone)]
pub struct CountLayer(pub Arc<std::sync::atomic::AtomicUsize>);

impl<S> tower::Layer<S> for CountLayer {
    type Service = Counted<S>;

    fn layer(&self, inner: S) -> Counted<S> {
        Counted {
            inner,
            count: self.0.clone(),
        }
    }
}

/// The service of [`CountLayer`].
#[derive(Clone)]
pub struct Counted<S> {
    inner: S,
    count: Arc<std::sync::atomic::AtomicUsize>,
}

impl<S, B> tower::Service<Request<B>> for Counted<S>
where
    S: tower::Service<Request<B>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> S::Future {
        let n = self.count.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        request
            .headers_mut()
            .insert("x-test-attempt", http::HeaderValue::from(n));
        self.inner.call(request)
    }
}
