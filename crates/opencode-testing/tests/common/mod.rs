//! Helpers shared by the integration tests: a tiny raw HTTP/1 client (the SDK client does
//! not exist yet) and the binary lookup for live tests.

#![allow(dead_code)]

use std::time::Duration;

use bytes::Bytes;
use http::{Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use serde_json::Value;

/// One request on a fresh connection, bounded by `timeout`.
pub async fn raw(
    base: &str,
    auth: Option<&str>,
    method: Method,
    path: &str,
    body: Option<&Value>,
    timeout: Duration,
) -> Result<(StatusCode, Bytes), String> {
    let fut = async {
        let authority = base
            .trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        let stream = tokio::net::TcpStream::connect(&authority)
            .await
            .map_err(|e| format!("connect {authority}: {e}"))?;
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| format!("handshake: {e}"))?;
        tokio::spawn(conn);
        let mut req = Request::builder()
            .method(method)
            .uri(path)
            .header(http::header::HOST, &authority);
        if let Some(auth) = auth {
            req = req.header(http::header::AUTHORIZATION, auth);
        }
        let bytes = match body {
            Some(v) => {
                req = req.header(http::header::CONTENT_TYPE, "application/json");
                Bytes::from(v.to_string())
            }
            None => Bytes::new(),
        };
        let req = req
            .body(Full::new(bytes))
            .map_err(|e| format!("build: {e}"))?;
        let resp = sender
            .send_request(req)
            .await
            .map_err(|e| format!("send: {e}"))?;
        let status = resp.status();
        let body = resp
            .into_body()
            .collect()
            .await
            .map_err(|e| format!("body: {e}"))?
            .to_bytes();
        Ok((status, body))
    };
    tokio::time::timeout(timeout, fut)
        .await
        .map_err(|_| format!("timed out after {timeout:?}"))?
}

/// `Basic base64(user:password)`.
pub fn basic_auth(user: &str, password: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let input = format!("{user}:{password}").into_bytes();
    let mut out = String::from("Basic ");
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A JSON client for one server: `base` like `http://127.0.0.1:PORT`.
#[derive(Clone)]
pub struct Client {
    pub base: String,
    pub auth: Option<String>,
}

impl Client {
    pub fn new(base: &str, user: &str, password: Option<&str>) -> Self {
        Client {
            base: base.trim_end_matches('/').to_owned(),
            auth: password.map(|p| basic_auth(user, p)),
        }
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        timeout: Duration,
    ) -> (StatusCode, Value) {
        let (status, bytes) = raw(
            &self.base,
            self.auth.as_deref(),
            method.clone(),
            path,
            body.as_ref(),
            timeout,
        )
        .await
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        (status, value)
    }

    pub async fn get(&self, path: &str) -> Value {
        let (status, v) = self
            .call(Method::GET, path, None, Duration::from_secs(30))
            .await;
        assert!(status.is_success(), "GET {path}: {status} {v}");
        v
    }

    pub async fn post(&self, path: &str, body: Value) -> Value {
        let (status, v) = self
            .call(Method::POST, path, Some(body), Duration::from_secs(60))
            .await;
        assert!(status.is_success(), "POST {path}: {status} {v}");
        v
    }
}

/// A client for a [`opencode_testing::TestServer`].
pub fn client(server: &opencode_testing::TestServer) -> Client {
    Client::new(server.url(), server.username(), server.password())
}

/// Pids of live (non-zombie) processes whose command line contains `needle`.
pub fn pids_with_cmdline(needle: &str) -> Vec<u32> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let zombie = std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|s| {
                    let rest = &s[s.rfind(')')? + 2..];
                    rest.chars().next()
                })
                .is_none_or(|state| state == 'Z');
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            !zombie && String::from_utf8_lossy(&cmdline).contains(needle)
        })
        .collect()
}

/// Waits up to `timeout` for `f` to hold, polling every 50 ms.
pub async fn eventually<F, Fut>(timeout: Duration, mut f: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        if f().await {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Creates a session (with a title, so no title request is made unless `title` is None).
pub async fn new_session(c: &Client, title: Option<&str>) -> String {
    let body = match title {
        Some(t) => serde_json::json!({"title": t}),
        None => serde_json::json!({}),
    };
    let s = c.post("/session", body).await;
    s["id"].as_str().expect("session id").to_owned()
}

/// The text of all `text` parts of a prompt response.
pub fn response_text(resp: &Value) -> String {
    resp["parts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["type"] == "text")
        .filter_map(|p| p["text"].as_str())
        .collect()
}
