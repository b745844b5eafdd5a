//! Request building: directory and workspace routing, auth, path encoding, layers.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{CountLayer, Stub, json};
use http_body_util::BodyExt;
use opencode_transport::http::{Method, Request, Response};
use opencode_transport::{
    ApiRequest, Client, ClientConfig, Error, RequestBody, RequestInfo, RequestKind, ResponseFormat,
    RetryPolicy,
};

const DIR: &str = "/srv/dirs/with space/ünï";
const DIR_ENCODED: &str = "%2Fsrv%2Fdirs%2Fwith%20space%2F%C3%BCn%C3%AF";

fn config() -> ClientConfig {
    ClientConfig::new("http://127.0.0.1:4096").expect("config")
}

#[test]
fn directory_header_is_percent_encoded_on_every_method() {
    let config = config().with_directory(Some(DIR));
    for method in [Method::GET, Method::POST, Method::PATCH, Method::DELETE] {
        let request = ApiRequest::new(method.clone(), "/session")
            .into_http(&config)
            .expect("request");
        assert_eq!(
            request.headers()["x-opencode-directory"],
            DIR_ENCODED,
            "{method}"
        );
    }
}

#[test]
fn get_on_v1_routes_adds_directory_query() {
    let config = config()
        .with_directory(Some(DIR))
        .with_workspace(Some("wrk_1"));
    let request = ApiRequest::get("/session")
        .query("limit", "5")
        .into_http(&config)
        .expect("request");
    assert_eq!(
        request.uri().to_string(),
        format!("http://127.0.0.1:4096/session?limit=5&directory={DIR_ENCODED}&workspace=wrk_1")
    );
    assert_eq!(request.headers()["x-opencode-workspace"], "wrk_1");
    let head = ApiRequest::new(Method::HEAD, "/session")
        .into_http(&config)
        .expect("request");
    assert!(head.uri().query().is_some_and(|q| q.contains("directory=")));
}

#[test]
fn post_uses_the_header_only() {
    let config = config().with_directory(Some(DIR));
    let request = ApiRequest::post("/session")
        .json_body("{}")
        .into_http(&config)
        .expect("request");
    assert_eq!(request.uri().query(), None);
    assert_eq!(request.headers()["content-type"], "application/json");
}

#[test]
fn api_routes_use_location_keys() {
    let config = config()
        .with_directory(Some(DIR))
        .with_workspace(Some("wrk_1"));
    let request = ApiRequest::get("/api/session")
        .into_http(&config)
        .expect("request");
    assert_eq!(
        request.uri().query(),
        Some(format!("location[directory]={DIR_ENCODED}&location[workspace]=wrk_1").as_str())
    );
    assert!(!request.uri().query().unwrap_or("").contains("&directory="));
}

#[test]
fn explicit_query_key_is_not_duplicated() {
    let config = config().with_directory(Some("/a"));
    let request = ApiRequest::get("/session")
        .query("directory", "/b")
        .into_http(&config)
        .expect("request");
    assert_eq!(request.uri().query(), Some("directory=%2Fb"));
    // The header still names the client default: the server lets the query win.
    assert_eq!(request.headers()["x-opencode-directory"], "/a");
}

#[test]
fn per_request_directory_beats_default() {
    let config = config().with_directory(Some("/default"));
    let request = ApiRequest::get("/path")
        .directory("/override")
        .into_http(&config)
        .expect("request");
    assert_eq!(request.uri().query(), Some("directory=%2Foverride"));
    assert_eq!(request.headers()["x-opencode-directory"], "/override");
    let request = ApiRequest::get("/path")
        .clear_directory()
        .into_http(&config)
        .expect("request");
    assert_eq!(request.uri().query(), None);
    assert!(!request.headers().contains_key("x-opencode-directory"));
}

#[test]
fn path_parameters_stay_in_one_segment() {
    let config = config();
    for (value, expected) in [
        ("../config", "/session/..%2Fconfig/message"),
        ("a/b?x#y", "/session/a%2Fb%3Fx%23y/message"),
        ("100%", "/session/100%25/message"),
        ("ses 1", "/session/ses%201/message"),
    ] {
        let request = ApiRequest::get("/session/{sessionID}/message")
            .path_param("sessionID", value)
            .into_http(&config)
            .expect("request");
        assert_eq!(request.uri().path(), expected, "{value}");
        assert_eq!(request.uri().query(), None, "{value}");
    }
    for value in ["..", ".", ""] {
        let error = ApiRequest::get("/session/{sessionID}")
            .path_param("sessionID", value)
            .into_http(&config)
            .expect_err("dot segment");
        assert!(matches!(error, Error::Build { .. }), "{value:?}: {error:?}");
    }
}

#[test]
fn template_mistakes_are_build_errors() {
    let config = config();
    assert!(
        ApiRequest::get("/session/{sessionID}")
            .into_http(&config)
            .is_err()
    );
    assert!(
        ApiRequest::get("/session")
            .path_param("x", "1")
            .into_http(&config)
            .is_err()
    );
    assert!(
        ApiRequest::get("/session")
            .raw_path("/session/../config")
            .into_http(&config)
            .is_err()
    );
    assert!(
        ApiRequest::get("/session")
            .raw_path("/session/%2e%2E/config")
            .into_http(&config)
            .is_err()
    );
    assert!(
        ApiRequest::get("/session")
            .raw_path("/a?b")
            .into_http(&config)
            .is_err()
    );
    let ok = ApiRequest::get("/session/{id}")
        .raw_path("/session/ses%2F1")
        .into_http(&config)
        .expect("raw");
    assert_eq!(ok.uri().path(), "/session/ses%2F1");
}

#[test]
fn base_path_prefix_is_kept() {
    let config = ClientConfig::new("http://127.0.0.1:4096/opencode/").expect("config");
    let request = ApiRequest::get("/api/session")
        .into_http(&config)
        .expect("request");
    assert_eq!(request.uri().path(), "/opencode/api/session");
}

#[test]
fn request_info_and_kind() {
    let request = ApiRequest::post("/find")
        .kind(RequestKind::Read)
        .into_http(&config())
        .expect("request");
    let info = request.extensions().get::<RequestInfo>().expect("info");
    assert_eq!(info.route, "/find");
    assert_eq!(info.kind, RequestKind::Read);
    assert_eq!(info.format, ResponseFormat::Json);
    assert_eq!(
        RequestKind::for_method(&Method::PUT),
        RequestKind::IdempotentWrite
    );
    assert_eq!(
        RequestKind::for_method(&Method::PATCH),
        RequestKind::NonIdempotent
    );
}

#[test]
fn request_debug_hides_the_body() {
    let request = ApiRequest::new(Method::PUT, "/auth/{providerID}")
        .path_param("providerID", "openai")
        .json_body(r#"{"type":"api","key":"sk-very-secret"}"#);
    let debug = format!("{request:?}");
    assert!(!debug.contains("sk-very-secret"), "{debug}");
}

#[tokio::test]
async fn stub_sees_routing_and_auth() {
    let stub = Stub::start(|_, _| json(200, "{}")).await;
    let client = Client::builder()
        .base_url(stub.url())
        .basic_auth("bob", "hunter2")
        .directory(DIR)
        .build()
        .expect("client");
    client.send(ApiRequest::get("/session")).await.expect("ok");
    let seen = stub.last();
    assert_eq!(seen.headers["x-opencode-directory"], DIR_ENCODED);
    assert_eq!(
        seen.uri.query(),
        Some(format!("directory={DIR_ENCODED}").as_str())
    );
    // base64("bob:hunter2")
    assert_eq!(seen.headers["authorization"], "Basic Ym9iOmh1bnRlcjI=");

    let other = client.with_directory("/other");
    other
        .send(ApiRequest::post("/session").json_body("{}"))
        .await
        .expect("ok");
    let seen = stub.last();
    assert_eq!(seen.headers["x-opencode-directory"], "/other");
    assert_eq!(seen.uri.query(), None);
    assert_eq!(seen.body.as_ref(), b"{}");
    assert_eq!(other.config().directory(), Some("/other"));
    assert_eq!(
        client.config().directory(),
        Some(DIR),
        "the original keeps its default"
    );

    other
        .with_workspace("wrk_9")
        .send(ApiRequest::get("/api/session").directory("/per-request"))
        .await
        .expect("ok");
    let seen = stub.last();
    assert_eq!(
        seen.uri.query(),
        Some("location[directory]=%2Fper-request&location[workspace]=wrk_9")
    );
    assert_eq!(seen.headers["x-opencode-directory"], "/per-request");
}

#[tokio::test]
async fn auth_is_sent_on_streaming_calls() {
    let stub =
        Stub::start(|_, _| common::reply(200, Some("text/event-stream"), "data: {}\n\n")).await;
    let client = Client::builder()
        .base_url(stub.url())
        .password("x")
        .build()
        .expect("client");
    let response = client
        .send_streaming(ApiRequest::get("/event").format(ResponseFormat::EventStream))
        .await
        .expect("stream");
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    assert_eq!(body.as_ref(), b"data: {}\n\n");
    // base64("opencode:x")
    assert_eq!(
        stub.last().headers["authorization"],
        "Basic b3BlbmNvZGU6eA=="
    );
    assert_eq!(stub.last().headers["accept"], "text/event-stream");
}

#[tokio::test]
async fn the_password_never_shows() {
    const PASSWORD: &str = "correct-horse-battery";
    let stub = Stub::start(|_, _| common::reply(401, None, "")).await;
    let client = Client::builder()
        .base_url(stub.url())
        .password(PASSWORD)
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    assert!(!format!("{client:?}").contains(PASSWORD));
    assert!(!format!("{:?}", client.config()).contains(PASSWORD));
    let builder = Client::builder().password(PASSWORD);
    assert!(!format!("{builder:?}").contains(PASSWORD));
    let error = client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("401");
    assert!(!error.to_string().contains(PASSWORD));
    assert!(!format!("{error:?}").contains(PASSWORD));
    // The Authorization header is marked sensitive, so header-map Debug hides it too.
    let request = ApiRequest::get("/session")
        .into_http(client.config())
        .expect("request");
    assert!(request.headers()["authorization"].is_sensitive());
    assert!(!format!("{request:?}").contains("b3BlbmNvZGU6"));

    let url_client =
        Client::new(format!("http://opencode:{PASSWORD}@{}", stub.addr)).expect("client");
    assert!(!format!("{url_client:?}").contains(PASSWORD));
    let error = Client::new(format!("http://opencode:{PASSWORD}@/nohost")).expect_err("invalid");
    assert!(!error.to_string().contains(PASSWORD), "{error}");
}

/// Passwords from base64 alphabets and generators hold URL-reserved characters; whatever
/// the URL parser makes of them, neither half of the password may be printed.
#[test]
fn a_password_with_any_reserved_character_never_shows() {
    let (left, right) = ("LeftHalfOfTheSecret", "RightHalfOfTheSecret");
    for c in ":/?#[]@!$&'()*+,;=% \\".chars() {
        let url = format!("http://opencode:{left}{c}{right}@127.0.0.1:4096/prefix");
        let shown = |text: String| {
            assert!(
                !text.contains(left) && !text.contains(right),
                "{c:?} leaked the password: {text}"
            );
        };
        let builder = Client::builder().base_url(&url);
        shown(format!("{builder:?}"));
        match builder.build() {
            Ok(client) => {
                shown(format!("{client:?}"));
                shown(client.config().base_url().to_owned());
            }
            Err(error) => {
                shown(error.to_string());
                shown(format!("{error:?}"));
                let mut source = std::error::Error::source(&error);
                while let Some(s) = source {
                    shown(s.to_string());
                    source = s.source();
                }
            }
        }
        let from_env = Client::builder()
            .from_env_with(|name| (name == "OPENCODE_SERVER_URL").then(|| url.clone()))
            .build();
        if let Err(error) = from_env {
            shown(error.to_string());
            shown(format!("{error:?}"));
        }
    }
}

#[test]
fn from_env_reads_the_documented_variables() {
    let client = Client::builder()
        .from_env_with(|name| match name {
            "OPENCODE_SERVER_URL" => Some("http://127.0.0.1:5000".to_owned()),
            "OPENCODE_SERVER_PASSWORD" => Some("pw".to_owned()),
            _ => None,
        })
        .build()
        .expect("client");
    assert_eq!(client.config().base_url(), "http://127.0.0.1:5000");
    let auth = client.config().basic_auth().expect("auth");
    assert_eq!(
        (auth.username(), auth.password().expose()),
        ("opencode", "pw")
    );

    let client = Client::builder()
        .from_env_with(|name| match name {
            "OPENCODE_SERVER_PASSWORD" => Some("pw".to_owned()),
            "OPENCODE_SERVER_USERNAME" => Some("bob".to_owned()),
            _ => None,
        })
        .build()
        .expect("client");
    assert_eq!(client.config().base_url(), "http://127.0.0.1:4096");
    assert_eq!(
        client.config().basic_auth().map(|a| a.username()),
        Some("bob")
    );

    let client = Client::builder()
        .from_env_with(|name| (name == "OPENCODE_SERVER_PASSWORD").then(String::new))
        .build()
        .expect("client");
    assert!(
        client.config().basic_auth().is_none(),
        "an empty password means none"
    );
}

#[tokio::test]
async fn user_layer_sees_every_attempt() {
    let stub = Stub::start(|n, _| {
        if n == 0 {
            json(503, "{}")
        } else {
            json(200, "{}")
        }
    })
    .await;
    let count = Arc::new(AtomicUsize::new(0));
    let client = Client::builder()
        .base_url(stub.url())
        .retry(RetryPolicy::default().with_backoff(
            std::time::Duration::from_millis(1),
            std::time::Duration::from_millis(1),
        ))
        .layer(CountLayer(count.clone()))
        .build()
        .expect("client");
    client.send(ApiRequest::get("/session")).await.expect("ok");
    assert_eq!(count.load(Ordering::SeqCst), 2);
    let seen = stub.requests();
    assert_eq!(seen[0].headers["x-test-attempt"], "1");
    assert_eq!(seen[1].headers["x-test-attempt"], "2");
}

#[tokio::test]
async fn substituted_service_needs_no_socket() {
    let service = tower::service_fn(|request: Request<RequestBody>| async move {
        let info = request.extensions().get::<RequestInfo>().copied();
        let body = format!(
            r#"{{"uri":"{}","route":"{}","auth":{}}}"#,
            request.uri(),
            info.map(|i| i.route).unwrap_or("?"),
            request.headers().contains_key("authorization"),
        );
        Ok::<_, std::convert::Infallible>(
            Response::builder()
                .header("content-type", "application/json")
                .body(http_body_util::Full::new(bytes::Bytes::from(body)))
                .expect("response"),
        )
    });
    let client = Client::builder()
        .base_url("http://opencode.invalid:1")
        .password("pw")
        .service(service)
        .build()
        .expect("client");
    let value: serde_json::Value = client
        .send_json(ApiRequest::get("/session/{id}").path_param("id", "ses_1"))
        .await
        .expect("mocked");
    assert_eq!(value["uri"], "http://opencode.invalid:1/session/ses_1");
    assert_eq!(value["route"], "/session/{id}");
    assert_eq!(value["auth"], true);
}

#[test]
fn client_and_futures_are_send_and_sync() {
    fn send_sync<T: Send + Sync>(_: &T) {}
    fn send<T: Send>(_: &T) {}
    let client = Client::new("http://127.0.0.1:4096").expect("client");
    send_sync(&client);
    send(&client.send(ApiRequest::get("/session")));
    send(&client.send_streaming(ApiRequest::get("/event")));
    send(&client.send_json::<serde_json::Value>(ApiRequest::get("/session")));
}

#[test]
fn non_json_bodies_keep_their_content_type() {
    let request = ApiRequest::post("/upload")
        .body(
            "plain text",
            opencode_transport::http::HeaderValue::from_static("text/plain"),
        )
        .into_http(&config())
        .expect("request");
    assert_eq!(request.headers()["content-type"], "text/plain");
    assert_eq!(request.headers().get_all("content-type").iter().count(), 1);
}
