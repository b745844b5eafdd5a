//! Serde types for every schema of the OpenCode server API.
