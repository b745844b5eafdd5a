//! PTYs against the real server: create, connect over the WebSocket, type, read, resize,
//! remove.
#![cfg(feature = "pty")]

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use opencode::Client;
use opencode::pty::{PtyConnection, PtyOptions};
use opencode_testing::{TestServer, live_binary};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn server() -> Option<(TestServer, Client)> {
    if live_binary().is_none() {
        println!("skipped: opencode binary not installed (run cargo xtask install-opencode)");
        return None;
    }
    let server = TestServer::builder()
        .start()
        .await
        .expect("test server starts");
    let client = client_for(&server, server.password().unwrap_or(""));
    Some((server, client))
}

fn client_for(server: &TestServer, password: &str) -> Client {
    builder_for(server, server.url(), password)
        .build()
        .expect("client")
}

/// A client builder for `server` reached at `url`, with `password` and its project.
fn builder_for(server: &TestServer, url: &str, password: &str) -> opencode::ClientBuilder {
    Client::builder()
        .base_url(url)
        .basic_auth(server.username(), password)
        .directory(server.project_dir().display().to_string())
}

/// Reads output until it contains `needle`; everything read so far on timeout or end.
async fn read_until(conn: &mut PtyConnection, needle: &str, limit: Duration) -> (bool, String) {
    let deadline = Instant::now() + limit;
    let mut seen = String::new();
    loop {
        if seen.contains(needle) {
            return (true, seen);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, conn.next()).await {
            Ok(Some(Ok(chunk))) => seen.push_str(&String::from_utf8_lossy(&chunk)),
            Ok(Some(Err(error))) => panic!("PTY stream failed: {error}; output so far: {seen:?}"),
            Ok(None) | Err(_) => return (false, seen),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn echo_resize_and_remove() {
    let Some((_server, client)) = server().await else {
        return;
    };
    let started = Instant::now();
    let pty = client
        .create_pty(PtyOptions::new().command("/bin/sh").title("sdk test"))
        .await
        .unwrap();
    assert!(pty.id().starts_with("pty_"), "id {}", pty.id());
    assert_eq!(pty.info().title, "sdk test");
    assert_eq!(pty.info().command, "/bin/sh");
    assert!(pty.info().pid > 0);

    let mut conn = pty.connect().await.unwrap();
    // Only the shell can turn this into `pty-42`: the echoed keystrokes show `$((40+2))`.
    conn.send("echo pty-$((40+2))\n").await.unwrap();
    let (found, output) = read_until(&mut conn, "pty-42", Duration::from_secs(30)).await;
    assert!(found, "no `pty-42` in {output:?}");
    assert!(
        conn.cursor().is_some(),
        "the server's cursor frame was read"
    );
    println!("echo round trip: {:?}", started.elapsed());

    // The server does not report the size in `types::Pty`; the terminal itself does.
    conn.resize(33, 101).await.unwrap();
    conn.send("stty size\n").await.unwrap();
    let (found, output) = read_until(&mut conn, "33 101", Duration::from_secs(30)).await;
    assert!(found, "no `33 101` after resize in {output:?}");

    let id = pty.id().to_owned();
    pty.remove().await.unwrap();
    let gone = client.api().pty().get(&id).send().await.unwrap_err();
    assert!(gone.is_not_found(), "after remove: {gone}");
    // The server closes the open connection.
    let end = tokio::time::timeout(Duration::from_secs(10), async {
        while let Some(item) = conn.next().await {
            if item.is_err() {
                break;
            }
        }
    })
    .await;
    assert!(end.is_ok(), "the connection ended after remove");
    println!("whole test: {:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn output_before_connect_is_replayed_and_exit_ends_the_stream() {
    let Some((_server, client)) = server().await else {
        return;
    };
    let pty = client
        .create_pty(PtyOptions::new().command("/bin/sh").size(30, 90))
        .await
        .unwrap();
    // Printed while nobody is connected: the next connection gets it replayed.
    let mut first = pty.connect().await.unwrap();
    first.send("sleep 1; echo late-$((3+4))\n").await.unwrap();
    first.close().await.unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut conn = pty.connect().await.unwrap();
    let (found, output) = read_until(&mut conn, "late-7", Duration::from_secs(30)).await;
    assert!(found, "no replayed `late-7` in {output:?}");
    // Resuming from the position read so far replays nothing old, non-ASCII output included.
    conn.send("echo 'é€ 𝄞'-$((2*4))\n").await.unwrap();
    let (found, output) = read_until(&mut conn, "é€ 𝄞-8", Duration::from_secs(30)).await;
    assert!(found, "no `é€ 𝄞-8` in {output:?}");
    // Let the prompt after it arrive too, so that nothing is in flight.
    read_until(&mut conn, "never printed", Duration::from_millis(500)).await;
    let position = conn.position().expect("cursor frame read");
    assert!(
        position > conn.cursor().unwrap(),
        "live output moves the position"
    );
    conn.close().await.unwrap();
    // The position is counted in the server's unit: a live-only connection starts there.
    let mut live = pty.connect_from(-1).await.unwrap();
    read_until(&mut live, "never printed", Duration::from_millis(500)).await;
    assert_eq!(live.cursor(), Some(position), "the server's end of output");
    live.close().await.unwrap();
    let mut conn = pty.connect_from(position).await.unwrap();
    conn.send("echo next-$((1+1))\n").await.unwrap();
    let (found, output) = read_until(&mut conn, "next-2", Duration::from_secs(30)).await;
    assert!(found, "no `next-2` in {output:?}");
    // Exactly nothing before the position comes back: not even the end of the last prompt.
    assert!(
        output.starts_with("echo next"),
        "output from before {position} replayed again: {output:?}"
    );
    // The initial size applies: the shell sees it.
    conn.write_all(b"stty size; exit\n").await.unwrap();
    conn.flush().await.unwrap();
    let mut transcript = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), conn.read_to_end(&mut transcript))
        .await
        .expect("the stream ends when the shell exits")
        .unwrap();
    let transcript = String::from_utf8_lossy(&transcript);
    assert!(transcript.contains("30 90"), "no `30 90` in {transcript:?}");
    // The process is gone, and so is the PTY.
    let gone = client.pty(pty.id()).await.unwrap_err();
    assert!(gone.is_not_found(), "after exit: {gone}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_credentials_and_unknown_ptys_fail_typed() {
    let Some((server, client)) = server().await else {
        return;
    };
    let pty = client.create_pty(PtyOptions::new()).await.unwrap();
    let bad = client_for(&server, "wrong password");
    let quick = Duration::from_secs(10);

    let error = tokio::time::timeout(quick, bad.pty(pty.id()))
        .await
        .expect("no hang")
        .unwrap_err();
    assert!(error.is_unauthorized(), "open: {error}");
    let error = tokio::time::timeout(quick, bad.create_pty(PtyOptions::new()))
        .await
        .expect("no hang")
        .unwrap_err();
    assert!(error.is_unauthorized(), "create: {error}");

    // A handle whose PTY was removed behind its back cannot connect.
    let stale = pty.clone();
    pty.remove().await.unwrap();
    let error = tokio::time::timeout(quick, stale.connect())
        .await
        .expect("no hang")
        .unwrap_err();
    assert!(error.is_not_found(), "connect to a removed PTY: {error}");
}

/// A stand-in for a server without the ticket route (unknown routes answer HTML, as the real
/// server does): the SDK must fall back to basic auth on the upgrade, and odd frames must not
/// break the stream.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
// The handshake callback's signature (with its large error response) is tungstenite's.
#[allow(clippy::result_large_err)]
async fn without_ticket_route_basic_auth_is_used_and_odd_frames_are_survived() {
    use futures_util::SinkExt;
    use tokio_tungstenite::tungstenite::Message;
    use tokio_tungstenite::tungstenite::protocol::CloseFrame;
    use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let mut upgrade_headers = None;
        while upgrade_headers.is_none() {
            let (mut stream, _) = listener.accept().await.unwrap();
            let head = loop {
                let mut buf = [0u8; 4096];
                let n = stream.peek(&mut buf).await.unwrap();
                let text = String::from_utf8_lossy(&buf[..n]).into_owned();
                if text.contains("\r\n\r\n") {
                    break text;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            };
            if head.to_ascii_lowercase().contains("upgrade: websocket") {
                let mut seen = None;
                let mut ws = tokio_tungstenite::accept_hdr_async(
                    stream,
                    |request: &tokio_tungstenite::tungstenite::handshake::server::Request,
                     response| {
                        seen = Some((request.uri().to_string(), request.headers().clone()));
                        Ok(response)
                    },
                )
                .await
                .unwrap();
                upgrade_headers = seen;
                for message in [
                    Message::binary(b"\0{not json".to_vec()),
                    Message::text("hello "),
                    Message::binary(b"world".to_vec()),
                    Message::binary(b"\0{\"cursor\":5}".to_vec()),
                    Message::binary(Vec::new()),
                    Message::Ping(b"x".to_vec().into()),
                    Message::text("!"),
                    Message::Close(Some(CloseFrame {
                        code: CloseCode::from(4404),
                        reason: "session not found".into(),
                    })),
                ] {
                    ws.send(message).await.unwrap();
                }
                // Answer the client's close handshake, if any.
                while let Some(Ok(_)) = ws.next().await {}
            } else {
                let mut discard = vec![0u8; head.find("\r\n\r\n").unwrap() + 4];
                stream.read_exact(&mut discard).await.unwrap();
                let (content_type, body) = if head.starts_with("GET /pty/pty_fake") {
                    (
                        "application/json",
                        r#"{"id":"pty_fake","title":"t","command":"/bin/sh","args":["-l"],"cwd":"/srv","status":"running","pid":1}"#,
                    )
                } else {
                    ("text/html", "<html>the web app</html>")
                };
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                stream.write_all(response.as_bytes()).await.unwrap();
                let _ = stream.shutdown().await;
            }
        }
        upgrade_headers.unwrap()
    });

    let client = Client::builder()
        .base_url(&url)
        .basic_auth("opencode", "secret")
        .directory("/srv/project")
        .build()
        .unwrap();
    let pty = client.pty("pty_fake").await.unwrap();
    let mut conn = pty.connect().await.unwrap();
    let mut output = String::new();
    let mut failure = None;
    while let Some(item) = tokio::time::timeout(Duration::from_secs(10), conn.next())
        .await
        .expect("no hang")
    {
        match item {
            Ok(chunk) => output.push_str(&String::from_utf8_lossy(&chunk)),
            Err(error) => failure = Some(error),
        }
    }
    assert_eq!(output, "hello world!");
    assert_eq!(
        conn.cursor(),
        Some(5),
        "the malformed cursor frame was skipped"
    );
    assert_eq!(
        conn.position(),
        Some(6),
        "only live text after the cursor counts"
    );
    let failure = failure.expect("close 4404 is reported");
    assert!(failure.is_not_found(), "{failure}");
    assert_eq!(conn.close_reason(), Some((4404, "session not found")));

    let (uri, headers) = server.await.unwrap();
    assert!(uri.starts_with("/pty/pty_fake/connect?"), "{uri}");
    assert!(uri.contains("directory=%2Fsrv%2Fproject"), "{uri}");
    assert!(!uri.contains("ticket="), "{uri}");
    assert_eq!(
        headers.get("authorization").and_then(|v| v.to_str().ok()),
        Some("Basic b3BlbmNvZGU6c2VjcmV0"),
        "base64(opencode:secret)"
    );
    assert!(headers.contains_key("x-opencode-directory"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_upgrade_goes_through_the_users_layers() {
    let Some((server, _client)) = server().await else {
        return;
    };
    // A user's own tower layer: it sees every request, the WebSocket upgrade included.
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let record = seen.clone();
    let client = builder_for(&server, server.url(), server.password().unwrap_or(""))
        .layer(tower::util::MapRequestLayer::new(
            move |request: http::Request<opencode::transport::RequestBody>| {
                let upgrade = request
                    .headers()
                    .get(http::header::UPGRADE)
                    .map(|v| v.to_str().unwrap_or("?").to_owned());
                record.lock().unwrap().push(format!(
                    "{} {} upgrade={upgrade:?}",
                    request.method(),
                    request.uri().path()
                ));
                request
            },
        ))
        .build()
        .expect("client");
    let pty = client
        .create_pty(PtyOptions::new().command("/bin/sh"))
        .await
        .unwrap();
    let mut conn = pty.connect().await.unwrap();
    conn.send("echo layered-$((5*5))\n").await.unwrap();
    let (found, output) = read_until(&mut conn, "layered-25", Duration::from_secs(30)).await;
    assert!(found, "no `layered-25` in {output:?}");
    conn.close().await.unwrap();
    let id = pty.id().to_owned();
    pty.remove().await.unwrap();
    let seen = seen.lock().unwrap().clone();
    let upgrade = format!("GET /pty/{id}/connect upgrade=Some(\"websocket\")");
    assert!(seen.contains(&upgrade), "no {upgrade:?} in {seen:#?}");
    let ticket = format!("POST /pty/{id}/connect-token upgrade=None");
    assert!(seen.contains(&ticket), "no {ticket:?} in {seen:#?}");
}

/// A loopback TLS front for `upstream` with a certificate for `127.0.0.1` made at test time:
/// decrypts and forwards bytes both ways. Returns its address and the certificate (PEM).
#[cfg(feature = "rustls")]
async fn tls_proxy(upstream: std::net::SocketAddr) -> (std::net::SocketAddr, String) {
    use std::sync::Arc;
    use tokio_rustls::rustls;
    use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

    let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
        certified.signing_key.serialize_der(),
    ));
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![certified.cert.der().clone()], key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let Ok(mut plain) = tokio::net::TcpStream::connect(upstream).await else {
                    return;
                };
                let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
            });
        }
    });
    (addr, certified.cert.pem())
}

#[cfg(feature = "rustls")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_https_the_terminal_works_through_tls() {
    let Some((server, _client)) = server().await else {
        return;
    };
    let upstream = server
        .url()
        .trim_start_matches("http://")
        .parse()
        .expect("the test server listens on ip:port");
    let (addr, pem) = tls_proxy(upstream).await;
    let url = format!("https://{addr}");
    let client = builder_for(&server, &url, server.password().unwrap_or(""))
        .add_root_certificate(pem)
        .build()
        .expect("client");
    let pty = client
        .create_pty(PtyOptions::new().command("/bin/sh"))
        .await
        .unwrap();
    let mut conn = pty.connect().await.unwrap();
    conn.send("echo tls-$((6*7))\n").await.unwrap();
    let (found, output) = read_until(&mut conn, "tls-42", Duration::from_secs(30)).await;
    assert!(found, "no `tls-42` over wss in {output:?}");
    conn.close().await.unwrap();
    pty.remove().await.unwrap();
}
