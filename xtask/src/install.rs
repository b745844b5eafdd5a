//! `cargo xtask install-opencode`: the pinned server release from the npm registry, through
//! the SDK's own installer (`opencode_process::install`), into `target/opencode/<version>`.

use std::path::PathBuf;

use anyhow::{Context, Result};

/// The server release this SDK is generated from and tested against.
pub const PINNED_VERSION: &str = opencode_process::PINNED_VERSION;

/// Installs `opencode-ai@version` under `target/opencode/<version>` (once) and returns the
/// path of the native binary from the platform package.
pub fn install(version: &str) -> Result<PathBuf> {
    let dir = crate::target_dir().join("opencode").join(version);
    opencode_process::install::install_into(version, &dir)
        .with_context(|| format!("installing opencode-ai@{version} into {}", dir.display()))
}
