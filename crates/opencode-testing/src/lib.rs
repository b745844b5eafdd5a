//! A scripted fake model provider and an isolated OpenCode test server.
//!
//! - [`FakeProvider`]: an OpenAI-compatible streaming endpoint on loopback whose replies are
//!   scripted as [`Turn`]s (text, reasoning, tool calls, HTTP errors, delays), and which
//!   records every request the OpenCode server sends it.

mod fake;

pub use fake::{
    ChunkSplit, DEFAULT_MODEL, DEFAULT_TEXT, DEFAULT_TITLE, FakeProvider, FakeProviderBuilder,
    PROVIDER_ID, RecordedRequest, RequestKind, Turn,
};
