//! Helpers for the generated request tests.

#![allow(dead_code)]

use opencode_api::Api;

/// An API over a client that never connects (requests are only built).
pub fn api() -> Api {
    let client = opencode_transport::Client::builder()
        .base_url("http://127.0.0.1:9")
        .directory("/srv/my app/ünï")
        .password("secret")
        .build()
        .expect("client");
    Api::new(client)
}

/// A typed value from the generator's minimal example JSON.
pub fn sample<T: serde::de::DeserializeOwned>(json: &str) -> T {
    let value: serde_json::Value = serde_json::from_str(json).expect("sample is JSON");
    serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("sample {value} does not decode: {e}"))
}

/// One request as text: id, method, URL, sorted headers (without the user agent), body.
/// Also checks that path values stayed inside their segment.
pub fn show(
    id: &str,
    template: &str,
    req: &http::Request<opencode_transport::RequestBody>,
) -> String {
    let path = req.uri().path();
    if !template.ends_with('*') {
        assert_eq!(
            path.split('/').count(),
            template.split('/').count(),
            "{id}: a path value escaped its segment: {path}"
        );
    }
    assert!(
        !path.contains("/../") && !path.ends_with("/.."),
        "{id}: dot segment in {path}"
    );
    let mut headers: Vec<String> = req
        .headers()
        .iter()
        .filter(|(k, _)| *k != http::header::USER_AGENT)
        .map(|(k, v)| format!("  {k}: {}", v.to_str().unwrap_or("<binary>")))
        .collect();
    headers.sort();
    let body = body_text(req.body());
    format!(
        "{id}\n{} {}\n{}\n  body: {body}\n\n",
        req.method(),
        req.uri(),
        headers.join("\n")
    )
}

fn body_text(body: &opencode_transport::RequestBody) -> String {
    use http_body::Body as _;
    let mut body = body.clone();
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    let mut out = Vec::new();
    while let std::task::Poll::Ready(Some(Ok(frame))) =
        std::pin::Pin::new(&mut body).poll_frame(&mut cx)
    {
        if let Ok(data) = frame.into_data() {
            out.extend_from_slice(&data);
        }
    }
    if out.is_empty() {
        "-".into()
    } else {
        String::from_utf8_lossy(&out).into_owned()
    }
}
