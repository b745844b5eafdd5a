//! Status and body checks: server error shapes, the web-page answer, decode failures.

mod common;

use common::{Stub, json, reply};
use opencode_transport::{
    ApiErrorKind, ApiRequest, Client, Error, ResponseFormat, RetryPolicy, decode_json,
};

async fn answer(
    status: u16,
    content_type: Option<&'static str>,
    body: &'static str,
) -> (Stub, Error) {
    let stub = Stub::start(move |_, _| reply(status, content_type, body)).await;
    let client = Client::builder()
        .base_url(stub.url())
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::get("/session/{id}").path_param("id", "ses_x"))
        .await
        .expect_err("an error answer");
    (stub, error)
}

#[tokio::test]
async fn named_error_shape() {
    let (_stub, error) = answer(
        404,
        Some("application/json"),
        r#"{"name":"NotFoundError","data":{"message":"Session not found: ses_x"}}"#,
    )
    .await;
    assert!(error.is_not_found());
    assert_eq!(error.server_error_name(), Some("NotFoundError"));
    assert_eq!(error.server_message(), Some("Session not found: ses_x"));
    assert!(
        matches!(&error, Error::Api { kind: ApiErrorKind::Named(name), .. } if name == "NotFoundError")
    );
    assert_eq!(
        error.to_string(),
        "the OpenCode server answered 404 Not Found NotFoundError: Session not found: ses_x"
    );
}

#[tokio::test]
async fn tagged_error_shape() {
    let (_stub, error) = answer(
        404,
        Some("application/json"),
        r#"{"_tag":"PermissionNotFoundError","requestID":"per_1","message":"Permission request not found: per_1"}"#,
    )
    .await;
    assert!(
        matches!(&error, Error::Api { kind: ApiErrorKind::Tagged(tag), .. } if tag == "PermissionNotFoundError")
    );
    assert_eq!(
        error.server_message(),
        Some("Permission request not found: per_1")
    );
    assert!(
        error
            .raw_body()
            .is_some_and(|body| body.starts_with(b"{\"_tag\""))
    );
}

/// 1.18.33's answer for an MCP server it does not know: the tag names the error, and its
/// `name` field is the MCP server's name, not the error's.
#[tokio::test]
async fn tag_wins_over_a_name_field() {
    let (_stub, error) = answer(
        404,
        Some("application/json"),
        r#"{"_tag":"McpServerNotFoundError","name":"docs","message":"MCP server not found: docs"}"#,
    )
    .await;
    assert!(
        matches!(&error, Error::Api { kind: ApiErrorKind::Tagged(tag), .. } if tag == "McpServerNotFoundError"),
        "{error:?}"
    );
    assert_eq!(error.server_message(), Some("MCP server not found: docs"));
}

#[tokio::test]
async fn tag_without_message() {
    let (_stub, error) = answer(400, Some("application/json"), r#"{"_tag":"BadRequest"}"#).await;
    assert!(
        matches!(&error, Error::Api { kind: ApiErrorKind::Tagged(tag), message: None, .. } if tag == "BadRequest")
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
}

#[tokio::test]
async fn empty_401() {
    let (stub, error) = answer(401, None, "").await;
    assert!(error.is_unauthorized());
    assert!(matches!(
        &error,
        Error::Api {
            kind: ApiErrorKind::Empty,
            message: None,
            ..
        }
    ));
    assert_eq!(stub.count(), 1);
}

#[tokio::test]
async fn text_plain_error() {
    let (_stub, error) = answer(
        500,
        Some("text/plain; charset=utf-8"),
        "Workspace not found: wrk_x",
    )
    .await;
    assert!(matches!(
        &error,
        Error::Api {
            kind: ApiErrorKind::Text,
            ..
        }
    ));
    assert_eq!(error.server_message(), Some("Workspace not found: wrk_x"));
}

#[tokio::test]
async fn html_error() {
    let (_stub, error) = answer(500, Some("text/html"), "<!doctype html><html></html>").await;
    assert!(
        matches!(
            &error,
            Error::Api {
                kind: ApiErrorKind::Html,
                message: None,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("HTML"));
}

#[tokio::test]
async fn legacy_validation_error_shape() {
    let (_stub, error) = answer(
        400,
        Some("application/json"),
        r#"{"data":{},"error":[{"message":"Expected string starting with ses"}]}"#,
    )
    .await;
    assert!(matches!(
        &error,
        Error::Api {
            kind: ApiErrorKind::Other,
            ..
        }
    ));
    assert_eq!(
        error.server_message(),
        Some("Expected string starting with ses")
    );
}

#[tokio::test]
async fn web_page_answer_is_unsupported() {
    let stub = Stub::start(|_, _| {
        reply(
            200,
            Some("text/html; charset=utf-8"),
            "<!doctype html><title>OpenCode</title>",
        )
    })
    .await;
    let client = Client::new(stub.url()).expect("client");
    let error = client
        .send(ApiRequest::get("/experimental/new-thing"))
        .await
        .expect_err("web page");
    match &error {
        Error::UnsupportedByServer { method, path, .. } => {
            assert_eq!(method, "GET");
            assert_eq!(path, "/experimental/new-thing");
        }
        other => panic!("expected UnsupportedByServer, got {other:?}"),
    }
    let error = client
        .send_streaming(ApiRequest::get("/api/event").format(ResponseFormat::EventStream))
        .await
        .expect_err("web page");
    assert!(
        matches!(error, Error::UnsupportedByServer { .. }),
        "{error:?}"
    );
    // Byte and string answers too: the page is never a file's contents.
    let error = client
        .send(ApiRequest::get("/api/fs/read/x").format(ResponseFormat::Any))
        .await
        .expect_err("web page");
    assert!(
        matches!(error, Error::UnsupportedByServer { .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_html_file_is_content() {
    let stub =
        Stub::start(|_, _| reply(200, Some("text/html"), "<html><p>my page</p></html>")).await;
    let client = Client::new(stub.url()).expect("client");
    let response = client
        .send(ApiRequest::get("/api/fs/read/page.html").format(ResponseFormat::Any))
        .await
        .expect("an HTML file");
    assert_eq!(response.body().as_ref(), b"<html><p>my page</p></html>");
}

#[tokio::test]
async fn json_routes_require_json() {
    let stub = Stub::start(|_, _| reply(200, Some("text/plain"), "hello")).await;
    let client = Client::new(stub.url()).expect("client");
    let error = client
        .send(ApiRequest::get("/path"))
        .await
        .expect_err("not JSON");
    assert!(
        matches!(&error, Error::UnexpectedContentType { content_type: Some(ct), .. } if ct == "text/plain"),
        "{error:?}"
    );
    // The same answer is fine when the caller accepts anything (file contents).
    let response = client
        .send(ApiRequest::get("/file/content").format(ResponseFormat::Any))
        .await
        .expect("any format");
    assert_eq!(response.body().as_ref(), b"hello");
}

#[tokio::test]
async fn no_content_is_fine() {
    let stub = Stub::start(|_, _| reply(204, None, "")).await;
    let client = Client::new(stub.url()).expect("client");
    let response = client
        .send(ApiRequest::post("/session/{id}/prompt_async").path_param("id", "ses_1"))
        .await
        .expect("204");
    assert_eq!(response.status(), 204);
    let unit: () = decode_json(&response).expect("empty decodes as ()");
    let nothing: Option<u32> = decode_json(&response).expect("empty decodes as None");
    assert_eq!((unit, nothing), ((), None));
}

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Page {
    items: Vec<Item>,
}

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Item {
    id: String,
}

#[tokio::test]
async fn decode_error_has_path_and_raw_body() {
    const BODY: &str = r#"{"items":[{"id":"a"},{"id":5}]}"#;
    let stub = Stub::start(|_, _| json(200, BODY)).await;
    let client = Client::new(stub.url()).expect("client");
    let error = client
        .send_json::<Page>(ApiRequest::get("/items"))
        .await
        .expect_err("id is a number");
    match &error {
        Error::Decode {
            raw_body,
            json_path,
            ..
        } => {
            assert_eq!(json_path, "items[1].id");
            assert_eq!(raw_body.as_ref(), BODY.as_bytes());
        }
        other => panic!("expected Decode, got {other:?}"),
    }
    assert!(error.to_string().contains("items[1].id"), "{error}");
}

#[tokio::test]
async fn malformed_json_is_a_decode_error() {
    let stub = Stub::start(|_, _| json(200, r#"{"items":[{"id":"a"},"#)).await;
    let client = Client::new(stub.url()).expect("client");
    let error = client
        .send_json::<Page>(ApiRequest::get("/items"))
        .await
        .expect_err("truncated JSON");
    assert!(
        matches!(&error, Error::Decode { json_path, .. } if json_path.starts_with("items")),
        "{error:?}"
    );
    assert_eq!(error.raw_body().map(|b| b.len()), Some(21));
}

#[tokio::test]
async fn trailing_garbage_is_a_decode_error() {
    let stub = Stub::start(|_, _| json(200, "{} {}")).await;
    let client = Client::new(stub.url()).expect("client");
    let error = client
        .send_json::<serde_json::Value>(ApiRequest::get("/x"))
        .await
        .expect_err("two documents");
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
}

#[tokio::test]
async fn streaming_error_bodies_are_decoded() {
    let stub = Stub::start(|_, _| {
        json(
            401,
            r#"{"_tag":"UnauthorizedError","message":"Authentication required"}"#,
        )
    })
    .await;
    let client = Client::new(stub.url()).expect("client");
    let error = client
        .send_streaming(ApiRequest::get("/api/event").format(ResponseFormat::EventStream))
        .await
        .expect_err("401");
    assert!(error.is_unauthorized());
    assert_eq!(error.server_error_name(), Some("UnauthorizedError"));
    assert_eq!(error.server_message(), Some("Authentication required"));
    assert_eq!(stub.count(), 1);
}

#[tokio::test]
async fn oversized_responses_are_refused() {
    let big = "x".repeat(4096);
    let body = format!("[\"{big}\"]");
    let stub = Stub::start(move |_, _| json(200, &body)).await;
    let client = Client::builder()
        .base_url(stub.url())
        .max_response_bytes(Some(1024))
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("too large");
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 1024 }),
        "{error:?}"
    );
    assert_eq!(stub.count(), 1, "not retried");
    let unlimited = Client::builder()
        .base_url(stub.url())
        .max_response_bytes(None)
        .build()
        .expect("client");
    let response = unlimited
        .send(ApiRequest::get("/session"))
        .await
        .expect("no limit");
    assert_eq!(response.body().len(), 4100);
}

#[tokio::test]
async fn oversized_chunked_responses_are_refused() {
    // No Content-Length: the limit is enforced while reading.
    let stub = Stub::raw(|_| {
        let mut answer = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n".to_vec();
        for _ in 0..8 {
            answer.extend_from_slice(b"100\r\n");
            answer.extend_from_slice(&[b' '; 256]);
            answer.extend_from_slice(b"\r\n");
        }
        answer.extend_from_slice(b"0\r\n\r\n");
        answer
    })
    .await;
    let client = Client::builder()
        .base_url(stub.url())
        .max_response_bytes(Some(1000))
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let error = client
        .send(ApiRequest::get("/session"))
        .await
        .expect_err("too large");
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 1000 }),
        "{error:?}"
    );
    let client = Client::builder()
        .base_url(stub.url())
        .max_response_bytes(Some(4096))
        .build()
        .expect("client");
    let response = client
        .send(ApiRequest::get("/session").format(ResponseFormat::Any))
        .await
        .expect("within the limit");
    assert_eq!(response.body().len(), 2048, "chunks are joined");
}
