//! Typed, reconnecting event streams of the OpenCode server.
//!
//! This crate is being built; see the workspace README.
