//! A scripted fake model provider and an isolated OpenCode test server.
//!
//! This crate is being built; see the workspace README.
