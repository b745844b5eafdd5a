//! A 64 MiB frame is skipped while it streams, without being buffered.

mod common;

use std::time::Duration;

use common::*;
use futures_util::StreamExt;
use opencode_sse::{Error, EventStream, StreamConfig, StreamItem};
use serde_json::Value;

/// Peak resident memory of this process, in KiB (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::test]
async fn a_64_mib_frame_is_capped_and_the_stream_continues() {
    const TOTAL: usize = 64 * 1024 * 1024;
    const PIECE: usize = 64 * 1024;
    let stub = stub(|_, mut s| async move {
        write(&mut s, SSE_HEAD.as_bytes()).await;
        write(&mut s, &chunk(b"data: {\"type\":\"huge\",\"x\":\"")).await;
        let piece = chunk(&vec![b'x'; PIECE]);
        for _ in 0..TOTAL / PIECE {
            write(&mut s, &piece).await;
        }
        write(&mut s, &chunk(b"\"}\n\n")).await;
        write(&mut s, &frame(&event("after", "ses_a", 1))).await;
        hold(s).await;
    })
    .await;
    let before = peak_rss_kib();
    let config = StreamConfig::default().max_frame_size(1024 * 1024);
    let mut s: EventStream<Value> =
        EventStream::with_config(connector(&stub.url("/event")), config);
    let mut next = async || {
        tokio::time::timeout(Duration::from_secs(60), s.next())
            .await
            .expect("timed out")
            .expect("ended")
    };
    assert!(matches!(next().await, Ok(StreamItem::Connected)));
    match next().await {
        Err(Error::FrameTooLarge { limit }) => assert_eq!(limit, 1024 * 1024),
        other => panic!("{other:?}"),
    }
    match next().await {
        Ok(StreamItem::Event(v)) => assert_eq!(v["type"], "after"),
        other => panic!("{other:?}"),
    }
    let stats = s.stats();
    assert!(stats.bytes > TOTAL as u64);
    assert_eq!(stats.oversized, 1);
    if let (Some(before), Some(after)) = (before, peak_rss_kib()) {
        let grew_mib = (after.saturating_sub(before)) / 1024;
        assert!(grew_mib < 16, "peak memory grew by {grew_mib} MiB");
    }
}
