//! Installing a server release from the npm registry into the user's cache (opt-in).
//!
//! The OpenCode server ships as the npm package `opencode-ai`, whose platform packages
//! (`opencode-linux-x64`, …) carry a native binary. [`install`] runs `npm install` for one
//! release into `<cache>/opencode-sdk/<version>` and returns that native binary — never the
//! node wrapper, whose death orphans the real server. [`find_binary`](crate::find_binary)
//! looks there for the [`PINNED_VERSION`](crate::PINNED_VERSION) after the other places.
//!
//! ```no_run
//! # fn run() -> Result<(), opencode_process::InstallError> {
//! let bin = opencode_process::install(opencode_process::PINNED_VERSION)?;
//! println!("the server is at {}", bin.display());
//! # Ok(()) }
//! ```
//!
//! It blocks while npm runs (seconds, once per release); from async code call it inside
//! `tokio::task::spawn_blocking`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Why a release could not be installed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InstallError {
    /// No cache directory: none of `OPENCODE_SDK_CACHE_DIR`, `XDG_CACHE_HOME`, `HOME` is set.
    #[error(
        "no cache directory to install into: set OPENCODE_SDK_CACHE_DIR, XDG_CACHE_HOME or HOME"
    )]
    NoCacheDir,
    /// npm is not installed.
    #[error(
        "`{npm}` was not found on PATH. The OpenCode server ships as the npm package \
         `opencode-ai`; install Node.js and npm (Debian: `apt-get install -y npm`)"
    )]
    NpmNotFound {
        /// The npm command that was tried (`$NPM` or `npm`).
        npm: String,
    },
    /// `npm install` failed.
    #[error("`npm install opencode-ai@{version}` failed ({status}): {stderr_tail}")]
    Npm {
        /// The release.
        version: String,
        /// npm's exit status.
        status: std::process::ExitStatus,
        /// The end of npm's error output.
        stderr_tail: String,
    },
    /// npm installed the package but this platform has no native binary in it.
    #[error(
        "opencode-ai@{version} was installed into {} but has no native binary for {platform}",
        dir.display()
    )]
    NoNativeBinary {
        /// The release.
        version: String,
        /// Where it was installed.
        dir: PathBuf,
        /// The platform package looked for (`opencode-linux-x64`, …).
        platform: String,
    },
    /// The installed binary reports another version.
    #[error("{} reports version {found:?}, expected {expected}", binary.display())]
    WrongVersion {
        /// The binary.
        binary: PathBuf,
        /// What `--version` printed, if it ran.
        found: Option<String>,
        /// The release asked for.
        expected: String,
    },
    /// Creating the directory or running a program failed.
    #[error("installing the OpenCode server: {0}")]
    Io(#[from] std::io::Error),
}

/// The SDK's cache root: `$OPENCODE_SDK_CACHE_DIR`, else `$XDG_CACHE_HOME/opencode-sdk`,
/// else `$HOME/.cache/opencode-sdk`.
pub fn cache_dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = var("OPENCODE_SDK_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = var("XDG_CACHE_HOME") {
        return Some(PathBuf::from(dir).join("opencode-sdk"));
    }
    var("HOME").map(|home| PathBuf::from(home).join(".cache").join("opencode-sdk"))
}

/// The binary of `version` if [`install`] put it in the cache.
pub fn installed(version: &str) -> Option<PathBuf> {
    native_binary(&cache_dir()?.join(version))
}

/// Installs `opencode-ai@version` into the cache (once; a second call checks the binary's
/// version and returns it) and returns the native binary.
pub fn install(version: &str) -> Result<PathBuf, InstallError> {
    let dir = cache_dir().ok_or(InstallError::NoCacheDir)?.join(version);
    install_into(version, &dir)
}

/// Like [`install`], into `dir` (an npm prefix of its own).
pub fn install_into(version: &str, dir: &Path) -> Result<PathBuf, InstallError> {
    if let Some(bin) = native_binary(dir)
        && binary_version(&bin).as_deref() == Some(version)
    {
        return Ok(bin);
    }
    std::fs::create_dir_all(dir)?;
    let npm = std::env::var("NPM").unwrap_or_else(|_| "npm".to_owned());
    let output = Command::new(&npm)
        .args([
            "install",
            "--no-save",
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
            "--loglevel=error",
        ])
        .arg("--prefix")
        .arg(dir)
        .arg(format!("opencode-ai@{version}"))
        .output();
    let output = match output {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(InstallError::NpmNotFound { npm });
        }
        Err(e) => return Err(e.into()),
    };
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: String = stderr.trim_end().chars().rev().take(2000).collect();
        return Err(InstallError::Npm {
            version: version.to_owned(),
            status: output.status,
            stderr_tail: tail.chars().rev().collect(),
        });
    }
    let bin = native_binary(dir).ok_or_else(|| InstallError::NoNativeBinary {
        version: version.to_owned(),
        dir: dir.to_owned(),
        platform: platform_package(),
    })?;
    match binary_version(&bin) {
        Some(v) if v == version => Ok(bin),
        found => Err(InstallError::WrongVersion {
            binary: bin,
            found,
            expected: version.to_owned(),
        }),
    }
}

/// `opencode-<os>-<arch>`, as the npm platform packages are named.
pub(crate) fn platform_package() -> String {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        other => other,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        other => other,
    };
    format!("opencode-{os}-{arch}")
}

/// The platform package's own binary under an npm prefix.
pub(crate) fn native_binary(prefix: &Path) -> Option<PathBuf> {
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

/// What `binary --version` prints.
pub fn binary_version(binary: &Path) -> Option<String> {
    let out = Command::new(binary).arg("--version").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_platform_package_is_named_as_npm_names_it() {
        let name = platform_package();
        assert!(name.starts_with("opencode-"), "{name}");
        if cfg!(all(target_os = "linux", target_arch = "x86_64")) {
            assert_eq!(name, "opencode-linux-x64");
        }
    }

    #[test]
    fn a_prefix_without_the_package_has_no_binary() {
        let dir = std::env::temp_dir().join(format!("opencode-sdk-empty-{}", std::process::id()));
        assert_eq!(native_binary(&dir), None);
    }
}
