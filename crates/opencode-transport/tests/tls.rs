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

/// A loopback HTTPS server with a self-signed certificate for `127.0.0.1`, made at test
/// time: it answers every request with `{}` and closes.
#[cfg(feature = "rustls")]
async fn tls_stub() -> (std::net::SocketAddr, String, Vec<u8>) {
    use std::sync::Arc;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

    let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let der = certified.cert.der().to_vec();
    let pem = certified.cert.pem();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
        certified.signing_key.serialize_der(),
    ));
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(Arc::new(
        tokio_rustls::rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![der.clone().into()], key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                // A client that refuses the certificate ends the handshake here.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let answer = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\
                              content-length: 2\r\nconnection: close\r\n\r\n{}";
                let _ = tls.write_all(answer.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (addr, pem, der)
}

#[cfg(feature = "rustls")]
#[tokio::test]
async fn an_added_root_certificate_is_trusted_and_nothing_else_is() {
    let (addr, pem, der) = tls_stub().await;
    let url = format!("https://{addr}");
    // Not in the webpki roots: the handshake fails, typed as a connect error.
    let untrusted = Client::builder()
        .base_url(&url)
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let error = untrusted
        .send(ApiRequest::get("/global/health"))
        .await
        .expect_err("a self-signed certificate is not trusted by default");
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
    // Trusted once added, as PEM or as DER.
    for cert in [pem.into_bytes(), der] {
        let client = Client::builder()
            .base_url(&url)
            .retry(RetryPolicy::none())
            .add_root_certificate(cert)
            .build()
            .expect("client");
        let response = client
            .send(ApiRequest::get("/global/health"))
            .await
            .expect("https with the added root");
        assert_eq!(response.status(), 200);
    }
}

#[cfg(feature = "rustls")]
#[test]
fn a_root_certificate_that_does_not_parse_fails_the_build() {
    for bad in [
        &b"-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n"[..],
        &b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"[..],
        &b"\x30\x03\x02\x01\x01"[..],
    ] {
        let error = Client::builder()
            .base_url("https://127.0.0.1:4096")
            .add_root_certificate(bad)
            .build()
            .expect_err("not a certificate");
        assert!(matches!(error, Error::Build { .. }), "{error:?}");
        assert!(error.to_string().contains("root certificate #0"), "{error}");
    }
}
