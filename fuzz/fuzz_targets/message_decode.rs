//! Arbitrary bytes as a message list item, a message, a part and a server error body: a
//! decode never panics, and what decodes writes out as JSON that decodes again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opencode_types::{Message, Part, SessionMessagesResponseItem};

fn check<T: serde::Serialize + serde::de::DeserializeOwned>(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<T>(data) {
        let written = serde_json::to_vec(&value).expect("a decoded value serializes");
        serde_json::from_slice::<T>(&written).expect("what was written decodes again");
    }
}

fuzz_target!(|data: &[u8]| {
    check::<SessionMessagesResponseItem>(data);
    check::<Message>(data);
    check::<Part>(data);
    check::<opencode_types::BadRequestError>(data);
    check::<opencode_types::NotFoundError>(data);
});
