//! Arbitrary frame data through the lenient `RawEvent` decoder.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    opencode_sse::__fuzz::raw_event(data);
});
