//! Complete frames → event data, with a fast path for the frames the server writes.
//!
//! The server writes every event as one frame of one line, `data: {json}\n\n`. For such a
//! frame the data is the line after `data: `, and the [`FrameSplitter`] has already found
//! the frame's end and checked its UTF-8, so parsing it again costs only copies. A frame
//! of that exact shape is therefore read here; every other frame (several lines, `id:`,
//! `event:`, `retry:`, `data:` without a space, a frame cut in pieces because it has
//! many lines, `\r` line ends) goes through `eventsource-stream` as before. The two paths
//! give the same data for a frame of the fast shape; `sse_bytes` fuzzes that they agree.
//!
//! Order is kept: a slow frame is parsed to the end before the next frame is looked at,
//! and the splitter's signals come out where they were in the byte stream.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use eventsource_stream::{EventStream, EventStreamError, Eventsource};
use futures_core::Stream;

use crate::connect::BoxBody;
use crate::frame::{ChunkSource, FrameSplitter, Signal};

/// One item of the parsed stream.
#[derive(Debug)]
pub(crate) enum Parsed {
    /// An event's data.
    Data(String),
    /// A signal of the splitter, in stream order.
    Signal(Signal),
    /// The SSE parser failed; its state is unknown (the stream should reconnect).
    Protocol(String),
}

/// The data of a frame of the server's shape (`data: X\n\n`, `X` non-empty without line
/// ends), or `None` for any other frame.
fn fast_data(frame: &[u8]) -> Option<&[u8]> {
    let body = frame.strip_prefix(b"data: ")?.strip_suffix(b"\n\n")?;
    let one_line = !body.is_empty() && !body.iter().any(|&b| b == b'\n' || b == b'\r');
    one_line.then_some(body)
}

/// The frames the slow path has not parsed yet: the input of `eventsource-stream`.
#[derive(Debug, Default, Clone)]
struct Queue(Arc<Mutex<VecDeque<Result<Bytes, Signal>>>>);

impl Queue {
    fn push(&self, frame: Bytes) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_back(Ok(frame));
    }

    fn is_empty(&self) -> bool {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).is_empty()
    }
}

impl Stream for Queue {
    type Item = Result<Bytes, Signal>;

    /// `Pending` when empty, never the end: the parser is polled only right after a push,
    /// and its owner decides when the stream ends.
    fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match self.0.lock().unwrap_or_else(|e| e.into_inner()).pop_front() {
            Some(item) => Poll::Ready(Some(item)),
            None => Poll::Pending,
        }
    }
}

/// Event data (and signals) over a [`FrameSplitter`].
pub(crate) struct FrameParser<S = BoxBody> {
    splitter: FrameSplitter<S>,
    queue: Queue,
    slow: EventStream<Queue>,
}

impl<S: ChunkSource> FrameParser<S> {
    pub(crate) fn new(splitter: FrameSplitter<S>) -> Self {
        let queue = Queue::default();
        FrameParser {
            splitter,
            slow: queue.clone().eventsource(),
            queue,
        }
    }
}

impl<S: ChunkSource> Stream for FrameParser<S> {
    type Item = Parsed;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Parsed>> {
        let this = self.get_mut();
        loop {
            // Finish what the slow path holds before looking at the next frame.
            if !this.queue.is_empty() {
                match Pin::new(&mut this.slow).poll_next(cx) {
                    Poll::Ready(Some(Ok(event))) => {
                        return Poll::Ready(Some(Parsed::Data(event.data)));
                    }
                    Poll::Ready(Some(Err(EventStreamError::Transport(signal)))) => {
                        return Poll::Ready(Some(Parsed::Signal(signal)));
                    }
                    Poll::Ready(Some(Err(EventStreamError::Utf8(e)))) => {
                        return Poll::Ready(Some(Parsed::Protocol(e.to_string())));
                    }
                    Poll::Ready(Some(Err(EventStreamError::Parser(e)))) => {
                        return Poll::Ready(Some(Parsed::Protocol(e.to_string())));
                    }
                    // The queue never ends and is polled only with something in it, so
                    // `Pending` means the parser took it all without an event to give.
                    Poll::Ready(None) | Poll::Pending => {}
                }
                if !this.queue.is_empty() {
                    continue;
                }
            }
            match Pin::new(&mut this.splitter).poll_next(cx) {
                Poll::Ready(Some(Ok(frame))) => match fast_data(&frame) {
                    Some(data) => match std::str::from_utf8(data) {
                        Ok(text) => return Poll::Ready(Some(Parsed::Data(text.to_owned()))),
                        // The splitter checked the frame; this cannot fail, but if it did
                        // the slow path reports it.
                        Err(_) => this.queue.push(frame),
                    },
                    None => this.queue.push(frame),
                },
                Poll::Ready(Some(Err(signal))) => return Poll::Ready(Some(Parsed::Signal(signal))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::MemorySource;

    /// Data and signals as text, through the fast parser and through `eventsource-stream`
    /// alone (the previous path).
    fn both(chunks: &[&[u8]]) -> (Vec<String>, Vec<String>) {
        let source = || MemorySource(chunks.iter().map(|c| Bytes::copy_from_slice(c)).collect());
        let mut cx = Context::from_waker(std::task::Waker::noop());
        let mut fast = Vec::new();
        let mut parser = FrameParser::new(FrameSplitter::new(source(), 1000, Arc::default()));
        while let Poll::Ready(Some(item)) = Pin::new(&mut parser).poll_next(&mut cx) {
            fast.push(match item {
                Parsed::Data(d) => d,
                Parsed::Signal(s) => format!("<{s:?}>"),
                Parsed::Protocol(p) => format!("<protocol {p}>"),
            });
        }
        let mut slow = Vec::new();
        let mut old =
            std::pin::pin!(FrameSplitter::new(source(), 1000, Arc::default()).eventsource());
        while let Poll::Ready(Some(item)) = old.as_mut().poll_next(&mut cx) {
            slow.push(match item {
                Ok(e) => e.data,
                Err(EventStreamError::Transport(s)) => format!("<{s:?}>"),
                Err(EventStreamError::Utf8(e)) => format!("<protocol {e}>"),
                Err(EventStreamError::Parser(e)) => format!("<protocol {e}>"),
            });
        }
        (fast, slow)
    }

    #[test]
    fn the_fast_path_gives_what_the_parser_gives() {
        let cases: &[&[&[u8]]] = &[
            &[b"data: {\"a\":1}\n\ndata: {\"b\":2}\n\n"],
            &[b"data: {\"a\"", b":1}\n", b"\n: heartbeat\n\n"],
            // Not the fast shape: no space, two data lines, other fields, CR line ends.
            &[b"data:x\n\ndata: a\ndata: b\n\nid: 7\ndata: c\n\nevent: e\ndata: d\n\n"],
            &[b"data: a\r\n\r\ndata: b\r\rretry: 10\n\ndata: \n\ndata:\n\n"],
            &[b"data: \xff\n\ndata: after\n\n"],
            &[b"data: big ", &[b'x'; 1200], b"\n\ndata: small\n\n"],
        ];
        for chunks in cases {
            let (fast, slow) = both(chunks);
            assert_eq!(fast, slow, "{chunks:?}");
            assert!(!fast.is_empty());
        }
        // Many lines: the splitter hands the frame over in pieces, all through the parser.
        let frame = "data: a\n".repeat(40) + "\ndata: next\n\n";
        let (fast, slow) = both(&[frame.as_bytes()]);
        assert_eq!(fast, slow);
        assert_eq!(fast.len(), 2);
        assert_eq!(fast[1], "next");
    }
}
