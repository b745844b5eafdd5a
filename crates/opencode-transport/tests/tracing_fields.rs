//! The `opencode.request` span: its fields, and that no secret reaches tracing.

mod common;

use std::collections::HashMap;
use std::fmt::Debug;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{Stub, json};
use opencode_transport::{ApiRequest, Client, RetryPolicy};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// Field name → value, as text.
type FieldMap = HashMap<String, String>;

/// Spans (name and fields by id) and event fields.
#[derive(Default)]
struct Captured {
    spans: Mutex<HashMap<u64, (String, FieldMap)>>,
    events: Mutex<Vec<HashMap<String, String>>>,
    next: AtomicU64,
}

#[derive(Clone, Default)]
struct Capture(Arc<Captured>);

struct Fields<'a>(&'a mut HashMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, attributes: &Attributes<'_>) -> Id {
        let id = self.0.next.fetch_add(1, Ordering::SeqCst) + 1;
        let mut fields = HashMap::new();
        attributes.record(&mut Fields(&mut fields));
        self.0
            .spans
            .lock()
            .expect("lock")
            .insert(id, (attributes.metadata().name().to_owned(), fields));
        Id::from_u64(id)
    }

    fn record(&self, span: &Id, values: &Record<'_>) {
        if let Some((_, fields)) = self.0.spans.lock().expect("lock").get_mut(&span.into_u64()) {
            values.record(&mut Fields(fields));
        }
    }

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = HashMap::new();
        event.record(&mut Fields(&mut fields));
        self.0.events.lock().expect("lock").push(fields);
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

#[test]
fn request_span_has_route_status_attempts_and_no_secret() {
    const PASSWORD: &str = "tracing-secret-pw";
    let capture = Capture::default();
    let dispatch = tracing::Dispatch::new(capture.clone());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    tracing::dispatcher::with_default(&dispatch, || {
        runtime.block_on(async {
            let stub = Stub::start(|n, _| {
                if n == 0 {
                    json(503, "{}")
                } else {
                    json(200, "{}")
                }
            })
            .await;
            let client = Client::builder()
                .base_url(stub.url())
                .password(PASSWORD)
                .retry(
                    RetryPolicy::default()
                        .with_backoff(Duration::from_millis(1), Duration::from_millis(1)),
                )
                .build()
                .expect("client");
            client
                .send(ApiRequest::get("/session/{sessionID}").path_param("sessionID", "ses_1"))
                .await
                .expect("ok");
        })
    });

    let spans = capture.0.spans.lock().expect("lock");
    let (_, fields) = spans
        .values()
        .find(|(name, _)| name == "opencode.request")
        .expect("an opencode.request span");
    assert_eq!(fields.get("method").map(String::as_str), Some("GET"));
    assert_eq!(
        fields.get("route").map(String::as_str),
        Some("/session/{sessionID}")
    );
    assert_eq!(fields.get("status").map(String::as_str), Some("200"));
    assert_eq!(fields.get("attempts").map(String::as_str), Some("2"));
    assert!(fields.contains_key("latency_ms"), "{fields:?}");

    let events = capture.0.events.lock().expect("lock");
    assert!(
        events
            .iter()
            .any(|event| event.get("status").map(String::as_str) == Some("503")),
        "the retry is logged: {events:?}"
    );
    assert!(
        events
            .iter()
            .any(|event| event.get("message").map(String::as_str) == Some("request finished")),
        "a completion event: {events:?}"
    );
    // base64("opencode:tracing-secret-pw") starts with this.
    let token = "b3BlbmNvZGU6dHJhY2luZy1zZWNyZXQtcHc";
    let everything = format!("{spans:?} {events:?}");
    assert!(!everything.contains(PASSWORD), "{everything}");
    assert!(!everything.contains(token), "{everything}");
}
