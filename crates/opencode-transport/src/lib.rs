//! HTTP transport for the OpenCode server: hyper client, tower layers, directory routing, auth, retries, timeouts.
//!
//! This crate is being built; see the workspace README.
