//! `https://` base URLs: accepted with the `rustls` feature, a clear build error without it.

mod common;

use opencode_transport::{ApiRequest, Client, Error, RetryPolicy};

#[cfg(not(feature = "rustls"))]
#[test]
fn https_needs_the_rustls_feature() {
    let error = Client::new("https://127.0.0.1:4096").expect_err("no TLS support compiled in");
    assert!(matches!(error, Error::Build { .. }), "{error:?}");
    assert!(error.to_string().contains("rustls"), "{error}");
}

#[cfg(feature = "rustls")]
#[tokio::test]
async fn https_to_a_plain_http_server_is_a_connect_error() {
    let stub = common::Stub::start(|_, _| common::json(200, "{}")).await;
    let client = Client::builder()
        .base_url(format!("https://{}", stub.addr))
        .retry(RetryPolicy::none())
        .build()
        .expect("https is supported");
    let error = client
        .send(ApiRequest::get("/global/health"))
        .await
        .expect_err("no TLS on the stub");
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
    assert_eq!(stub.count(), 0, "no HTTP request reached the server");
}

#[tokio::test]
async fn plain_http_still_works() {
    let stub = common::Stub::start(|_, _| common::json(200, "{}")).await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    client
        .send(ApiRequest::get("/global/health"))
        .await
        .expect("http");
}
