//! The operations a server has, from its own OpenAPI document (`GET /doc`).
//!
//! With [`ClientBuilder::check_operations`](crate::ClientBuilder::check_operations) the
//! client fetches `/doc` once (shared by its clones) and refuses, before anything is sent,
//! a request whose method and route template the server does not list. Older releases name
//! path parameters differently (`{id}` for `{sessionID}`), so templates are compared with
//! the names blanked. A server without a usable `/doc` is not checked: missing knowledge
//! never refuses a request.

use std::collections::HashSet;

use bytes::Bytes;
use http::Method;
use tokio::sync::OnceCell;

/// The shared, lazily fetched operation set of one server.
#[derive(Debug, Default)]
pub(crate) struct ServerOperations {
    known: OnceCell<Option<HashSet<(Method, String)>>>,
}

impl ServerOperations {
    /// The set, fetched with `fetch` on first use; `None` when the server's `/doc` was not
    /// usable.
    pub(crate) async fn get<F>(&self, fetch: F) -> Option<&HashSet<(Method, String)>>
    where
        F: Future<Output = Option<Bytes>>,
    {
        self.known
            .get_or_init(|| async { fetch.await.as_deref().and_then(parse_doc) })
            .await
            .as_ref()
    }
}

/// `/session/{sessionID}/message` → `/session/{}/message`.
pub(crate) fn blank_params(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut in_param = false;
    for c in template.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push('{');
            }
            '}' => {
                in_param = false;
                out.push('}');
            }
            _ if in_param => {}
            _ => out.push(c),
        }
    }
    out
}

/// Every `(method, blanked template)` of an OpenAPI document, or `None` when it is not one.
pub(crate) fn parse_doc(body: &[u8]) -> Option<HashSet<(Method, String)>> {
    let doc: serde_json::Value = serde_json::from_slice(body).ok()?;
    let paths = doc.get("paths")?.as_object()?;
    let mut set = HashSet::new();
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for key in item.keys() {
            // Path items also hold `parameters`, `summary`, …: only HTTP methods count.
            let method = match key.as_str() {
                "get" => Method::GET,
                "post" => Method::POST,
                "put" => Method::PUT,
                "patch" => Method::PATCH,
                "delete" => Method::DELETE,
                "head" => Method::HEAD,
                _ => continue,
            };
            set.insert((method, blank_params(path)));
        }
    }
    (!set.is_empty()).then_some(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_whatever_the_parameters_are_called() {
        assert_eq!(
            blank_params("/session/{sessionID}/message/{messageID}"),
            "/session/{}/message/{}"
        );
        assert_eq!(blank_params("/api/fs/read/*"), "/api/fs/read/*");
        let doc = br#"{"paths":{"/session/{id}":{"get":{},"delete":{},"parameters":[]}}}"#;
        let set = parse_doc(doc).unwrap();
        assert!(set.contains(&(Method::GET, blank_params("/session/{sessionID}"))));
        assert!(set.contains(&(Method::DELETE, "/session/{}".to_owned())));
        assert!(!set.contains(&(Method::POST, "/session/{}".to_owned())));
        assert_eq!(set.len(), 2, "`parameters` is not a method");
    }

    #[test]
    fn a_document_that_is_not_openapi_checks_nothing() {
        assert!(parse_doc(b"<html>").is_none());
        assert!(parse_doc(br#"{"paths":{}}"#).is_none());
    }
}

#[cfg(test)]
mod size {
    #[test]
    fn the_check_adds_little_to_a_send_future() {
        let client = crate::Client::new("http://127.0.0.1:9").unwrap();
        let send = std::mem::size_of_val(&client.send(crate::ApiRequest::get("/x")));
        let req = crate::ApiRequest::get("/x");
        let checked = std::mem::size_of_val(&client.send_checked(req));
        println!("send {send} B, without the check {checked} B");
        assert!(send < checked + 1024, "send {send} B vs {checked} B");
    }
}
