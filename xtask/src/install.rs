//! `cargo xtask install-opencode`: the pinned server release from the npm registry.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The server release this SDK is generated from and tested against.
pub const PINNED_VERSION: &str = "1.18.33";

/// Installs `opencode-ai@version` under `target/opencode/<version>` (once) and returns the
/// path of the native binary from the platform package.
pub fn install(version: &str) -> Result<PathBuf> {
    let dir = crate::target_dir().join("opencode").join(version);
    if let Some(bin) = find_native_binary(&dir) {
        if binary_version(&bin).as_deref() == Some(version) {
            return Ok(bin);
        }
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let npm = std::env::var("NPM").unwrap_or_else(|_| "npm".to_owned());
    let status = Command::new(&npm)
        .args([
            "install",
            "--no-save",
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
        ])
        .arg("--prefix")
        .arg(&dir)
        .arg(format!("opencode-ai@{version}"))
        .status();
    let status = match status {
        Ok(status) => status,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => bail!(
            "`{npm}` was not found on PATH. The OpenCode server ships as the npm package \
             `opencode-ai`; install Node.js and npm (Debian: `apt-get install -y npm`) and run \
             `cargo xtask install-opencode` again."
        ),
        Err(err) => return Err(err).context("running npm"),
    };
    if !status.success() {
        bail!("`npm install opencode-ai@{version}` failed with {status}");
    }
    let bin = find_native_binary(&dir).with_context(|| {
        format!(
            "npm installed opencode-ai@{version} into {} but no native binary for this \
             platform ({}) was found in its platform packages",
            dir.display(),
            platform_package()
        )
    })?;
    match binary_version(&bin) {
        Some(v) if v == version => Ok(bin),
        other => bail!(
            "{} reports version {:?}, expected {version}",
            bin.display(),
            other
        ),
    }
}

/// `opencode-<os>-<arch>` as the npm platform packages are named.
fn platform_package() -> String {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "windows",
        other => other,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        other => other,
    };
    format!("opencode-{os}-{arch}")
}

/// The platform package's own binary, never the node wrapper in `.bin` (killing a wrapper
/// orphans the real server).
fn find_native_binary(prefix: &Path) -> Option<PathBuf> {
    let base = platform_package();
    let exe = if cfg!(windows) {
        "opencode.exe"
    } else {
        "opencode"
    };
    ["", "-baseline", "-musl", "-baseline-musl"]
        .iter()
        .map(|suffix| {
            prefix
                .join("node_modules")
                .join(format!("{base}{suffix}"))
                .join("bin")
                .join(exe)
        })
        .find(|p| p.is_file())
}

fn binary_version(bin: &Path) -> Option<String> {
    let out = Command::new(bin).arg("--version").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}
