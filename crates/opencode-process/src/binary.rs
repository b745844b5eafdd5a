//! Finding the `opencode` binary.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The server release this SDK is generated from and tested against (the one
/// `cargo xtask install-opencode` and [`install`](fn@crate::install) install by default).
pub const PINNED_VERSION: &str = "1.18.33";

/// Where the binary was looked for, in order, when none was found.
pub(crate) type Tried = Vec<String>;

/// Resolves the binary, in this order:
///
/// 1. the explicit path (a bare name is looked up on `PATH`);
/// 2. `$OPENCODE_BIN`;
/// 3. `opencode` on `PATH`;
/// 4. `~/.opencode/bin/opencode`, where the official installer puts it;
/// 5. the [`PINNED_VERSION`] installed by [`install`](fn@crate::install) in the SDK's cache
///    ([`cache_dir`](crate::install::cache_dir)).
///
/// On failure the error lists every place tried.
pub fn find_binary(explicit: Option<&Path>) -> Result<PathBuf, Vec<String>> {
    let mut tried: Tried = Vec::new();
    if let Some(path) = explicit {
        if path.is_file() {
            return Ok(path.to_owned());
        }
        // An explicit bare name is looked up on PATH.
        if path.components().count() == 1
            && let Some(found) = on_path(path.as_os_str())
        {
            return Ok(found);
        }
        tried.push(format!("explicit path {}", path.display()));
        return Err(tried);
    }
    if let Some(found) = from_env(&mut tried) {
        return Ok(found);
    }
    if let Some(found) = on_path("opencode".as_ref()) {
        return Ok(found);
    }
    tried.push("`opencode` on PATH".to_owned());
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        let official = PathBuf::from(home).join(".opencode/bin/opencode");
        if is_executable(&official) {
            return Ok(official);
        }
        tried.push(official.display().to_string());
    }
    if let Some(found) = pinned(&mut tried) {
        return Ok(found);
    }
    Err(tried)
}

/// The binary tests should use: `$OPENCODE_BIN`, else the [`PINNED_VERSION`] from the SDK's
/// cache (the release the SDK is tested against); `None` when neither is there.
pub fn pinned_binary() -> Option<PathBuf> {
    let mut tried = Vec::new();
    from_env(&mut tried).or_else(|| pinned(&mut tried))
}

fn from_env(tried: &mut Tried) -> Option<PathBuf> {
    let env = std::env::var_os("OPENCODE_BIN").filter(|v| !v.is_empty())?;
    let path = PathBuf::from(&env);
    if path.is_file() {
        return Some(path);
    }
    tried.push(format!("$OPENCODE_BIN={}", path.display()));
    None
}

fn pinned(tried: &mut Tried) -> Option<PathBuf> {
    if let Some(found) = crate::install::installed(PINNED_VERSION) {
        return Some(found);
    }
    match crate::install::cache_dir() {
        Some(dir) => tried.push(format!(
            "{} (opencode_process::install)",
            dir.join(PINNED_VERSION).display()
        )),
        None => tried.push("the SDK cache (no HOME)".to_owned()),
    }
    None
}

fn on_path(name: &std::ffi::OsStr) -> Option<PathBuf> {
    let path: OsString = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}
