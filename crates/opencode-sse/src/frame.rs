//! Bytes → complete SSE frames, with a size cap, in front of `eventsource-stream`.
//!
//! `eventsource-stream` buffers an event until its terminating blank line with no limit,
//! keeps invalid UTF-8 in its buffer forever, and re-copies its buffer once per line. The
//! [`FrameSplitter`] here sits between the response body and that parser and only ever
//! hands it complete, valid UTF-8 frames of bounded size:
//!
//! - it finds frame boundaries (an empty line: `\n`, `\r\n` or `\r` line ends),
//! - a frame growing past the cap is dropped while it streams in (never buffered beyond
//!   the cap) and reported once as [`Signal::TooLarge`],
//! - a frame that is not UTF-8 is reported as [`Signal::InvalidUtf8`] with its bytes,
//! - a frame made only of comment lines (`: heartbeat`) is reported as
//!   [`Signal::Heartbeat`] instead of being parsed,
//! - a frame with many lines is handed over one line at a time, which keeps the parser's
//!   per-line buffer copying linear.
//!
//! Signals travel in the error channel of the parser's input stream; the parser passes
//! them through unchanged and in order, and since it only ever sees whole frames its
//! state is clean after each of them.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_core::Stream;
use http_body::Body;

use crate::connect::BoxBody;
use crate::stats::Counters;

/// Out-of-band news from the splitter, passed through the parser in order.
#[derive(Debug)]
pub(crate) enum Signal {
    /// A comment-only frame (the server's `: heartbeat`).
    Heartbeat,
    /// A frame exceeded the cap and is being skipped.
    TooLarge,
    /// A frame was not valid UTF-8.
    InvalidUtf8(Bytes),
    /// The body failed.
    Body(crate::connect::BoxError),
}

/// Frames with more lines than this are handed to the parser line by line.
const MAX_LINES_PER_PIECE: usize = 16;

/// A source of body chunks: an HTTP body in production, anything in tests and fuzzing.
pub(crate) trait ChunkSource: Unpin {
    fn poll_chunk(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, crate::connect::BoxError>>>;
}

impl ChunkSource for BoxBody {
    fn poll_chunk(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, crate::connect::BoxError>>> {
        loop {
            return match Pin::new(&mut *self).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => match frame.into_data() {
                    Ok(data) => Poll::Ready(Some(Ok(data))),
                    // Trailers carry nothing for us.
                    Err(_) => continue,
                },
                Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => Poll::Ready(None),
                Poll::Pending => Poll::Pending,
            };
        }
    }
}

/// The frame scanner: pure, no I/O, fed chunk by chunk.
#[derive(Debug)]
pub(crate) struct Scanner {
    cap: usize,
    /// Bytes of the current, incomplete frame (only while not skipping).
    pending: BytesMut,
    /// Length of the current frame so far (also while skipping).
    frame_len: usize,
    /// Line terminators seen in the current frame.
    frame_lines: usize,
    /// Length of the current line so far (excluding its terminator).
    line_len: usize,
    /// The previous byte was `\r`: a following `\n` belongs to the same line end.
    prev_cr: bool,
    /// The current frame exceeded the cap; drop bytes until its end.
    skipping: bool,
}

impl Scanner {
    pub(crate) fn new(cap: usize) -> Self {
        Self {
            cap,
            pending: BytesMut::new(),
            frame_len: 0,
            frame_lines: 0,
            line_len: 0,
            prev_cr: false,
            skipping: false,
        }
    }

    /// Feeds one chunk; pushes what it completes to `out`.
    pub(crate) fn feed(&mut self, chunk: Bytes, out: &mut VecDeque<Result<Bytes, Signal>>) {
        let mut start = 0;
        let mut i = 0;
        let len = chunk.len();
        while i < len {
            let b = chunk[i];
            i += 1;
            if self.prev_cr {
                self.prev_cr = false;
                if b == b'\n' {
                    continue;
                }
            }
            if b != b'\n' && b != b'\r' {
                // Fast path: skip to the next line end.
                let rest = &chunk[i..];
                let skip = rest
                    .iter()
                    .position(|&c| c == b'\n' || c == b'\r')
                    .unwrap_or(rest.len());
                self.line_len += 1 + skip;
                i += skip;
                continue;
            }
            self.prev_cr = b == b'\r';
            self.frame_lines += 1;
            if self.line_len > 0 {
                self.line_len = 0;
                continue;
            }
            // An empty line: the frame ends after this byte, or after the `\n` of a final
            // `\r\n`. (When that `\n` is in the next chunk it is skipped at the start of
            // the next frame, as the parser does.)
            if b == b'\r' && chunk.get(i) == Some(&b'\n') {
                i += 1;
                self.prev_cr = false;
            }
            let part = &chunk[start..i];
            let complete_len = self.frame_len + part.len();
            if self.skipping || complete_len > self.cap {
                if !self.skipping {
                    out.push_back(Err(Signal::TooLarge));
                }
                self.pending.clear();
            } else {
                let frame = if self.pending.is_empty() {
                    chunk.slice(start..i)
                } else {
                    self.pending.extend_from_slice(part);
                    self.pending.split().freeze()
                };
                emit(frame, self.frame_lines, out);
            }
            start = i;
            self.frame_len = 0;
            self.frame_lines = 0;
            self.skipping = false;
        }
        // The rest belongs to an incomplete frame.
        let rest = &chunk[start..];
        self.frame_len += rest.len();
        if self.skipping {
            return;
        }
        if self.frame_len > self.cap {
            self.skipping = true;
            self.pending = BytesMut::new();
            out.push_back(Err(Signal::TooLarge));
        } else if !rest.is_empty() {
            self.pending.extend_from_slice(rest);
        }
    }
}

/// Classifies one complete frame (ending with its blank line).
fn emit(frame: Bytes, lines: usize, out: &mut VecDeque<Result<Bytes, Signal>>) {
    // A frame ending in `\r` leaves the parser waiting for a possible `\n`, holding the
    // event back until more bytes arrive. Appending the `\n` makes that last line end a
    // `\r\n`, which means the same; if a `\n` does follow in the next chunk it reads as
    // an empty line before the next frame, which dispatches nothing.
    let frame = if frame.last() == Some(&b'\r') {
        let mut owned = BytesMut::with_capacity(frame.len() + 1);
        owned.extend_from_slice(&frame);
        owned.extend_from_slice(b"\n");
        owned.freeze()
    } else {
        frame
    };
    if std::str::from_utf8(&frame).is_err() {
        out.push_back(Err(Signal::InvalidUtf8(frame)));
        return;
    }
    if is_comment_only(&frame) {
        if frame.first() == Some(&b':') {
            out.push_back(Err(Signal::Heartbeat));
        }
        // A bare blank line carries nothing.
        return;
    }
    if lines <= MAX_LINES_PER_PIECE {
        out.push_back(Ok(frame));
        return;
    }
    let mut start = 0;
    let bytes = &frame[..];
    for (i, &b) in bytes.iter().enumerate() {
        let line_end = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        if line_end {
            out.push_back(Ok(frame.slice(start..=i)));
            start = i + 1;
        }
    }
    if start < frame.len() {
        out.push_back(Ok(frame.slice(start..)));
    }
}

/// Whether every non-empty line of the frame is a comment (or there are none).
fn is_comment_only(frame: &[u8]) -> bool {
    match frame.first() {
        Some(b':' | b'\n' | b'\r') => frame
            .split(|&b| b == b'\n' || b == b'\r')
            .all(|line| line.is_empty() || line[0] == b':'),
        _ => false,
    }
}

/// A stream of complete frames (or signals) over a chunk source.
pub(crate) struct FrameSplitter<S = BoxBody> {
    source: S,
    scanner: Scanner,
    out: VecDeque<Result<Bytes, Signal>>,
    done: bool,
    counters: Arc<Counters>,
}

impl<S: ChunkSource> FrameSplitter<S> {
    pub(crate) fn new(source: S, cap: usize, counters: Arc<Counters>) -> Self {
        Self {
            source,
            scanner: Scanner::new(cap),
            out: VecDeque::new(),
            done: false,
            counters,
        }
    }
}

impl<S: ChunkSource> Stream for FrameSplitter<S> {
    type Item = Result<Bytes, Signal>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.out.pop_front() {
                return Poll::Ready(Some(item));
            }
            if this.done {
                return Poll::Ready(None);
            }
            match this.source.poll_chunk(cx) {
                Poll::Ready(Some(Ok(chunk))) => {
                    Counters::add(&this.counters.bytes, chunk.len() as u64);
                    this.scanner.feed(chunk, &mut this.out);
                }
                Poll::Ready(Some(Err(e))) => {
                    this.done = true;
                    this.out.push_back(Err(Signal::Body(e)));
                }
                // An incomplete last frame (a truncated stream) is dropped.
                Poll::Ready(None) => this.done = true,
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// A chunk source over in-memory chunks (tests and fuzzing).
#[derive(Debug)]
pub(crate) struct MemorySource(pub(crate) VecDeque<Bytes>);

impl ChunkSource for MemorySource {
    fn poll_chunk(
        &mut self,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, crate::connect::BoxError>>> {
        Poll::Ready(self.0.pop_front().map(Ok))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(cap: usize, chunks: &[&[u8]]) -> Vec<String> {
        let mut scanner = Scanner::new(cap);
        let mut out = VecDeque::new();
        for c in chunks {
            scanner.feed(Bytes::copy_from_slice(c), &mut out);
        }
        out.into_iter()
            .map(|r| match r {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(Signal::Heartbeat) => "<hb>".into(),
                Err(Signal::TooLarge) => "<too large>".into(),
                Err(Signal::InvalidUtf8(_)) => "<utf8>".into(),
                Err(Signal::Body(_)) => "<body>".into(),
            })
            .collect()
    }

    #[test]
    fn splits_frames_across_chunks() {
        assert_eq!(
            run(100, &[b"data: a\n\nda", b"ta: b\n", b"\n: heartbeat\n\n"]),
            ["data: a\n\n", "data: b\n\n", "<hb>"]
        );
    }

    #[test]
    fn handles_crlf_and_cr() {
        assert_eq!(
            run(100, &[b"data: a\r\n\r", b"\ndata: b\r\rdata: c\n\n"]),
            ["data: a\r\n\r\n", "\ndata: b\r\r\n", "data: c\n\n"]
        );
        assert_eq!(
            run(100, &[b"data: a\r\n\r\ndata: b\r\n\r\n"]),
            ["data: a\r\n\r\n", "data: b\r\n\r\n"]
        );
    }

    /// Every complete frame reaches the parser whole, so its event comes out at once,
    /// whatever the line ends (a frame cut after `\r` of `\r\n` would wait for more).
    #[test]
    fn events_come_out_without_waiting_for_the_next_frame() {
        use eventsource_stream::Eventsource;
        use futures_core::Stream;
        for body in [&b"data: a\n\n"[..], b"data: a\r\n\r\n", b"data: a\r\r"] {
            let source = MemorySource(VecDeque::from([Bytes::from_static(body)]));
            let splitter = FrameSplitter::new(source, 100, Arc::default());
            let mut events = std::pin::pin!(splitter.eventsource());
            let mut cx = Context::from_waker(std::task::Waker::noop());
            match events.as_mut().poll_next(&mut cx) {
                Poll::Ready(Some(Ok(event))) => assert_eq!(event.data, "a"),
                other => panic!("{body:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn caps_frames_while_streaming() {
        let big = vec![b'x'; 50];
        assert_eq!(
            run(20, &[b"data: ", &big, &big, b"\n\ndata: ok\n\n"]),
            ["<too large>", "data: ok\n\n"]
        );
        // A complete oversized frame in one chunk is rejected too.
        assert_eq!(
            run(10, &[b"data: 0123456789\n\ndata: a\n\n"]),
            ["<too large>", "data: a\n\n"]
        );
    }

    #[test]
    fn rejects_invalid_utf8_and_keeps_going() {
        assert_eq!(
            run(100, &[b"data: \xff\n\ndata: a\n\n"]),
            ["<utf8>", "data: a\n\n"]
        );
    }

    #[test]
    fn splits_many_line_frames() {
        let frame = "data: a\n".repeat(40) + "\n";
        let out = run(10_000, &[frame.as_bytes()]);
        assert_eq!(out.len(), 41);
        assert_eq!(out.concat(), frame);
    }
}
