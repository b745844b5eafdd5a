//! Rust SDK for the OpenCode server: attach to or spawn a server, drive sessions, follow events.
//!
//! This crate is being built; see the workspace README.
