//! Spawn and supervise `opencode serve` and `opencode run`.
//!
//! This crate is being built; see the workspace README.
