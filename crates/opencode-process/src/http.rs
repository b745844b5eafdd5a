//! The requests the supervisor itself makes while a server starts and stops (`GET
//! /global/health`, `GET /config`, `POST /global/dispose`), each on a fresh connection with
//! its own timeout.
//!
//! This is the SDK's one minimal HTTP path outside the transport, on purpose: it talks only
//! to the child it just spawned, on loopback, in plain HTTP, before any user client exists,
//! and must never retry, pool or pass through user layers (a pooled connection kept by a
//! health check would outlive the server it checked). Credentials come from the transport's
//! encoder.

use std::time::Duration;

use bytes::Bytes;
use http::{Method, Request, StatusCode, header};
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::rt::TokioIo;

/// Responses bigger than this are not read (health and dispose answer a few bytes).
const MAX_BODY: usize = 1024 * 1024;

/// `Basic base64(user:password)`, encoded by the transport (the SDK's one encoder). A user
/// name the transport refuses (one with `:`) gives an empty value: the server answers 401.
pub(crate) fn basic_auth(user: &str, password: &str) -> String {
    opencode_transport::BasicAuth::new(user, password)
        .header_value()
        .ok()
        .and_then(|value| value.to_str().ok().map(str::to_owned))
        .unwrap_or_default()
}

/// `host:port` to connect to for a server URL such as `http://127.0.0.1:4096`. A wildcard
/// listen address is reached through loopback.
pub(crate) fn authority(url: &str) -> String {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .unwrap_or(url);
    let authority = rest.split('/').next().unwrap_or(rest);
    if let Some(port) = authority.strip_prefix("0.0.0.0:") {
        format!("127.0.0.1:{port}")
    } else if let Some(port) = authority.strip_prefix("[::]:") {
        format!("[::1]:{port}")
    } else {
        authority.to_owned()
    }
}

/// Sends one request with an empty body and reads the response, all within `timeout`.
pub(crate) async fn request(
    url: &str,
    auth: Option<&str>,
    method: Method,
    path: &str,
    timeout: Duration,
) -> Result<(StatusCode, Bytes), String> {
    let authority = authority(url);
    let fut = async {
        let stream = tokio::net::TcpStream::connect(&authority)
            .await
            .map_err(|e| format!("connect to {authority}: {e}"))?;
        let _ = stream.set_nodelay(true);
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| format!("HTTP handshake: {e}"))?;
        let conn = tokio::spawn(conn);
        let mut req = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, &authority);
        if let Some(auth) = auth {
            req = req.header(header::AUTHORIZATION, auth);
        }
        let req = req
            .body(Full::new(Bytes::new()))
            .map_err(|e| format!("building the request: {e}"))?;
        let result = async {
            let resp = sender
                .send_request(req)
                .await
                .map_err(|e| format!("sending {path}: {e}"))?;
            let status = resp.status();
            let body = Limited::new(resp.into_body(), MAX_BODY)
                .collect()
                .await
                .map_err(|e| format!("reading {path}: {e}"))?
                .to_bytes();
            Ok((status, body))
        }
        .await;
        conn.abort();
        result
    };
    tokio::time::timeout(timeout, fut)
        .await
        .map_err(|_| format!("no answer within {timeout:?}"))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_auth_matches_rfc_examples() {
        assert_eq!(
            basic_auth("Aladdin", "open sesame"),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        assert_eq!(basic_auth("a", "b"), "Basic YTpi");
        assert_eq!(basic_auth("ab", "c"), "Basic YWI6Yw==");
    }

    #[test]
    fn authority_of_urls() {
        assert_eq!(authority("http://127.0.0.1:4096"), "127.0.0.1:4096");
        assert_eq!(authority("http://0.0.0.0:5/x"), "127.0.0.1:5");
        assert_eq!(authority("http://[::]:7"), "[::1]:7");
    }
}
