//! Finding the `opencode` binary.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The server release this SDK is tested against (the one `cargo xtask install-opencode`
/// installs).
pub const PINNED_VERSION: &str = "1.18.33";

/// Where the binary was looked for, in order, when none was found.
pub(crate) type Tried = Vec<String>;

/// Resolves the binary: the explicit path, else `$OPENCODE_BIN`, else the release installed
/// by `cargo xtask install-opencode` in this workspace's target directory, else `opencode`
/// on `PATH`.
///
/// The xtask location is `<target>/opencode/<PINNED_VERSION>/node_modules/opencode-*/bin/opencode`
/// where `<target>` is `$CARGO_TARGET_DIR` or the `target` directory of the workspace this
/// crate was built in. The native binary of the platform package is used rather than the
/// `opencode-ai` node wrapper, because killing the wrapper orphans the real server.
pub fn find_binary(explicit: Option<&Path>) -> Result<PathBuf, Vec<String>> {
    let mut tried: Tried = Vec::new();
    if let Some(path) = explicit {
        if path.is_file() {
            return Ok(path.to_owned());
        }
        // An explicit bare name is looked up on PATH.
        if path.components().count() == 1 {
            if let Some(found) = on_path(path.as_os_str()) {
                return Ok(found);
            }
        }
        tried.push(format!("explicit path {}", path.display()));
        return Err(tried);
    }
    if let Some(env) = std::env::var_os("OPENCODE_BIN").filter(|v| !v.is_empty()) {
        let path = PathBuf::from(&env);
        if path.is_file() {
            return Ok(path);
        }
        tried.push(format!("$OPENCODE_BIN={}", path.display()));
    }
    if let Some(found) = xtask_install(&mut tried) {
        return Ok(found);
    }
    if let Some(found) = on_path("opencode".as_ref()) {
        return Ok(found);
    }
    tried.push("`opencode` on PATH".to_owned());
    Err(tried)
}

/// The binary installed by `cargo xtask install-opencode`, if present.
pub fn xtask_binary() -> Option<PathBuf> {
    xtask_install(&mut Vec::new())
}

fn xtask_install(tried: &mut Tried) -> Option<PathBuf> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let modules = target
        .join("opencode")
        .join(PINNED_VERSION)
        .join("node_modules");
    if let Ok(entries) = std::fs::read_dir(&modules) {
        let mut candidates: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with("opencode-"))
            .map(|e| e.path().join("bin").join("opencode"))
            .filter(|p| p.is_file())
            .collect();
        candidates.sort();
        if let Some(found) = candidates.into_iter().next() {
            return Some(found);
        }
    }
    tried.push(format!(
        "{}/opencode-*/bin/opencode (cargo xtask install-opencode)",
        modules.display()
    ));
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
