//! The demo (`cargo xtask demo`) against the real server with the scripted fake model: the output a
//! user sees must show the streamed answer, the tool call, the permission answer and the
//! totals.

use std::time::{Duration, Instant};

use examples::demo::{self, DemoOptions, FAKE_ANSWER, FAKE_COMMAND, FAKE_INTRO};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_streams_the_fake_answer_tool_call_and_totals() {
    // CI installs the server before the tests; elsewhere this test skips.
    let Some(binary) = opencode_testing::live_binary() else {
        return;
    };
    let options = DemoOptions {
        prompt: "hi".to_owned(),
        model: None,
        binary,
        interactive: false,
        animate: false,
    };
    let started = Instant::now();
    let mut out = Vec::new();
    let totals = tokio::time::timeout(Duration::from_secs(180), demo::run_with(options, &mut out))
        .await
        .expect("the demo finishes")
        .unwrap_or_else(|e| panic!("demo failed: {e:#}\n{}", String::from_utf8_lossy(&out)));
    let text = String::from_utf8(out).expect("utf-8 output");
    println!("{text}\n(demo took {:?})", started.elapsed());

    let expect_in_order = [
        "model: fake/fake-model (scripted, offline)",
        "starting server… ready in ",
        "> hi",
        FAKE_INTRO,
        "[tool bash] running {\"command\":\"date\"",
        "? permission bash `date`: answering once (stdin is not a terminal)",
        "[tool bash] completed: ",
        FAKE_ANSWER,
        "totals: ",
    ];
    let mut from = 0;
    for needle in expect_in_order {
        match text[from..].find(needle) {
            Some(i) => from += i + needle.len(),
            None => panic!("{needle:?} missing (or out of order) in the demo output:\n{text}"),
        }
    }
    assert!(!text.contains("[tool bash] error"), "{text}");
    assert!(text.contains(FAKE_COMMAND));

    // Two model calls (the tool call, then the answer); the fake provider reports 10 input
    // tokens per call and one output token per streamed chunk.
    assert_eq!(totals.steps, 2, "{text}");
    assert_eq!(totals.input, 20, "{text}");
    assert!(totals.output > 0, "{text}");
    let line = format!(
        "totals: {} input, {} output, 0 reasoning, 0 cache-read tokens; cost $0.0000 (2 model calls)",
        totals.input, totals.output
    );
    assert!(text.contains(&line), "{line:?} missing:\n{text}");
}
