//! Project automation for the OpenCode Rust SDK, as a library so its generator can be tested.

use std::path::PathBuf;

pub mod browser;
pub mod build_cost;
pub mod capture;
pub mod codegen;
pub mod compat;
pub mod demo;
pub mod install;
pub mod server;
pub mod spec;
pub mod test;

/// The workspace root (the parent of `xtask/`).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Cargo's target directory, honouring `CARGO_TARGET_DIR`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// The value after `name` in `args`, if present.
pub fn flag_value(args: &[String], name: &str) -> anyhow::Result<Option<String>> {
    match args.iter().position(|a| a == name) {
        None => Ok(None),
        Some(i) => match args.get(i + 1) {
            Some(v) => Ok(Some(v.clone())),
            None => anyhow::bail!("{name} needs a value"),
        },
    }
}
