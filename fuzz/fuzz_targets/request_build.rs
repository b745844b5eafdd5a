//! Requests built from arbitrary ids, query values and directories: building never panics,
//! and an id stays one path segment whatever it contains.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use opencode_transport::{ApiRequest, Client};

static CLIENT: OnceLock<Client> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(4, '\u{0}');
    let session = parts.next().unwrap_or_default().to_owned();
    let message = parts.next().unwrap_or_default().to_owned();
    let query = parts.next().unwrap_or_default().to_owned();
    let directory = parts.next().unwrap_or_default().to_owned();
    let client = CLIENT.get_or_init(|| Client::new("http://127.0.0.1:4096/base").expect("client"));
    let request = ApiRequest::get("/session/{sessionID}/message/{messageID}")
        .path_param("sessionID", session.clone())
        .path_param("messageID", message.clone())
        .query("q", query)
        .directory(directory);
    if let Ok(http) = request.into_http(client.config()) {
        let path = http.uri().path();
        assert!(path.starts_with("/base/session/"), "{path}");
        assert_eq!(
            path.split('/').count(),
            6,
            "each id is one segment: {session:?} {message:?} -> {path}"
        );
    }
});
