//! One typed method per OpenCode server operation, generated from its OpenAPI spec.
//!
//! This crate is being built; see the workspace README.
