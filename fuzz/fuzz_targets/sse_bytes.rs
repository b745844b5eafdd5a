//! Arbitrary bytes through the byte → frame → `serde_json::Value` event path.
//!
//! The first byte picks a frame-size cap and the second a chunk size, so frame boundaries,
//! CR/LF pairs and UTF-8 sequences get split across chunks and the cap gets hit.
#![no_main]

use bytes::Bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (cap, chunk, body) = match data {
        [a, b, rest @ ..] => (usize::from(*a) * 8 + 1, usize::from(*b % 64) + 1, rest),
        _ => return,
    };
    let chunks = body.chunks(chunk).map(Bytes::copy_from_slice).collect();
    opencode_sse::__fuzz::bytes_to_values(chunks, cap);
});
