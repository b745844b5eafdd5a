//! The chaos proxy itself, in front of the fake provider (an HTTP server that records what
//! reaches it): each fault does what its docs say, rules match as documented, the schedule
//! follows the seed, and the counters add up.

mod common;

use std::time::Duration;

use http::{Method, StatusCode};
use opencode_testing::FakeProvider;
use opencode_testing::chaos::{ChaosProxy, Fault, Rule};

const BOUND: Duration = Duration::from_secs(60);

async fn get(proxy: &ChaosProxy, path: &str) -> Result<(StatusCode, bytes::Bytes), String> {
    common::raw(&proxy.url(), None, Method::GET, path, None, BOUND).await
}

fn provider() -> FakeProvider {
    FakeProvider::builder().start().expect("fake provider")
}

#[tokio::test]
async fn faults_act_before_or_after_the_server_sees_the_request() {
    let upstream = provider();
    let base = format!("http://{}", upstream.addr());
    let direct = common::raw(&base, None, Method::GET, "/v1/models", None, BOUND)
        .await
        .expect("direct");
    assert_eq!(direct.0, StatusCode::OK);
    upstream.clear_requests();
    let seen = || upstream.requests().len();

    // A status answer and a reset never reach the server.
    let proxy = ChaosProxy::builder(&base)
        .rule(Rule::path("/v1/models").faults([Fault::Status(StatusCode::BAD_GATEWAY)]))
        .start()
        .expect("proxy");
    assert_eq!(
        get(&proxy, "/v1/models").await.expect("answer").0,
        StatusCode::BAD_GATEWAY
    );
    assert_eq!(seen(), 0);
    drop(proxy);
    let proxy = ChaosProxy::builder(&base)
        .rule(Rule::any().faults([Fault::Reset]))
        .start()
        .expect("proxy");
    assert!(
        get(&proxy, "/v1/models").await.is_err(),
        "closed without an answer"
    );
    assert_eq!(seen(), 0);
    drop(proxy);

    // Dropped after forwarding: the server saw it, the client got nothing.
    let proxy = ChaosProxy::builder(&base)
        .rule(Rule::any().faults([Fault::DropAfterForward]))
        .start()
        .expect("proxy");
    let err = get(&proxy, "/v1/models").await.expect_err("no answer");
    assert_eq!(seen(), 1, "the server saw the request ({err})");
    drop(proxy);

    // Truncated: the answer stops part-way (at its first byte, the status may not arrive
    // either); the server saw the request.
    let proxy = ChaosProxy::builder(&base)
        .seed(3)
        .rule(Rule::any().faults([Fault::Truncate]))
        .start()
        .expect("proxy");
    let mut cut_bodies = 0;
    for _ in 0..10 {
        let err = get(&proxy, "/v1/models").await.expect_err("cut answer");
        assert!(err.starts_with("body") || err.starts_with("send"), "{err}");
        cut_bodies += usize::from(err.starts_with("body"));
    }
    assert!(cut_bodies > 0, "some cuts come after the status");
    assert_eq!(seen(), 11);
    drop(proxy);

    // Delays and stalls answer in full, exactly as the server does.
    let proxy = ChaosProxy::builder(&base)
        .rule(Rule::path("/v1/").faults([
            Fault::Delay(Duration::from_millis(5)),
            Fault::Stall(Duration::from_millis(5)),
        ]))
        .start()
        .expect("proxy");
    for _ in 0..6 {
        assert_eq!(get(&proxy, "/v1/models").await.expect("answer"), direct);
    }
    let stats = proxy.stats();
    assert_eq!(stats.requests, 6);
    assert_eq!(stats.injected(), 6);
    assert_eq!(stats.passed, 0);
    assert_eq!(seen(), 17);
}

#[tokio::test]
async fn rules_match_in_order_and_the_seed_decides() {
    let upstream = provider();
    let base = format!("http://{}", upstream.addr());
    let schedule = |seed: u64| {
        let base = base.clone();
        async move {
            let proxy = ChaosProxy::builder(&base)
                .seed(seed)
                // POSTs pass; GETs of /v1/models fail half of the time.
                .rule(Rule::any().method(Method::POST))
                .rule(Rule::path("/v1/models").probability(0.5).faults([
                    Fault::Status(StatusCode::SERVICE_UNAVAILABLE),
                    Fault::Status(StatusCode::BAD_GATEWAY),
                ]))
                .start()
                .expect("proxy");
            let mut statuses = Vec::new();
            for _ in 0..40 {
                statuses.push(get(&proxy, "/v1/models").await.expect("answer").0.as_u16());
            }
            let post = common::raw(
                &proxy.url(),
                None,
                Method::POST,
                "/v1/models",
                Some(&serde_json::json!({})),
                BOUND,
            )
            .await
            .expect("post");
            assert_ne!(
                post.0,
                StatusCode::SERVICE_UNAVAILABLE,
                "the first rule lets POSTs pass"
            );
            assert_ne!(post.0, StatusCode::BAD_GATEWAY);
            let stats = proxy.stats();
            assert_eq!(stats.requests, 41);
            assert_eq!(stats.passed + stats.injected(), 41);
            (statuses, stats)
        }
    };
    let (a, stats) = schedule(1).await;
    let (b, _) = schedule(1).await;
    let (c, _) = schedule(2).await;
    assert_eq!(a, b, "the same seed gives the same faults");
    assert_ne!(a, c, "another seed gives others");
    let failed = a.iter().filter(|s| **s != 200).count();
    assert!(
        (5..=35).contains(&failed),
        "about half fail: {failed} of 40"
    );
    assert_eq!(
        stats.faults.get("status").copied().unwrap_or(0),
        failed as u64
    );
}

#[tokio::test]
async fn disabled_proxy_passes_everything() {
    let upstream = provider();
    let proxy = ChaosProxy::builder(format!("http://{}", upstream.addr()))
        .rule(Rule::any().faults([Fault::Reset]))
        .start()
        .expect("proxy");
    proxy.set_enabled(false);
    assert_eq!(
        get(&proxy, "/v1/models").await.expect("answer").0,
        StatusCode::OK
    );
    assert_eq!(proxy.stats().passed, 1);
    assert!(
        ChaosProxy::builder("https://example.invalid")
            .start()
            .is_err(),
        "only http upstreams"
    );
}
