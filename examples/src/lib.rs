//! Examples of the OpenCode Rust SDK live in `examples/`.
