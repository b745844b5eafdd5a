//! Arbitrary bytes through bytes → frames → the generated `Event`, `GlobalEvent` and
//! `V2Event` decoders, and back to JSON for what decoded.
//!
//! The first byte picks a frame-size cap and the second a chunk size, as in `sse_bytes`.
//! The seed corpus (`fuzz/seeds/sse_typed`) holds real frames recorded from the server, so
//! the fuzzer starts from known event types and mutates their fields.
#![no_main]

use bytes::Bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (cap, chunk, body) = match data {
        [a, b, rest @ ..] => (usize::from(*a) * 64 + 1, usize::from(*b % 64) + 1, rest),
        _ => return,
    };
    let chunks = body.chunks(chunk).map(Bytes::copy_from_slice).collect();
    opencode_sse::__fuzz::bytes_to_typed(chunks, cap);
});
