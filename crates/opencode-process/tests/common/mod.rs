//! Shared helpers for the live tests: binary lookup, isolated directories, /proc checks.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use opencode_process::ServerBuilder;

/// The opencode binary, or `None` (and a printed skip notice) when it is not installed.
pub fn binary() -> Option<PathBuf> {
    let found = opencode_process::pinned_binary();
    if found.is_none() {
        println!("skipped: opencode binary not installed (run cargo xtask install-opencode)");
    }
    found
}

/// A directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "opencode-process-{tag}-{}-{:x}",
            std::process::id(),
            fastrand::u64(..)
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An isolated environment: HOME/XDG dirs and a git project, dead npm registry.
pub struct Isolated {
    pub root: TempDir,
}

impl Isolated {
    pub fn new(tag: &str) -> Isolated {
        let root = TempDir::new(tag);
        for d in ["home", "config", "data/opencode/bin", "cache", "project"] {
            std::fs::create_dir_all(root.path().join(d)).expect("mkdir");
        }
        if Path::new("/usr/bin/rg").exists() {
            let _ =
                std::os::unix::fs::symlink("/usr/bin/rg", root.path().join("data/opencode/bin/rg"));
        }
        let project = root.path().join("project");
        let git = |args: &[&str]| {
            let ok = std::process::Command::new("git")
                .args(args)
                .current_dir(&project)
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_AUTHOR_NAME", "t")
                .env("GIT_AUTHOR_EMAIL", "t@example.com")
                .env("GIT_COMMITTER_NAME", "t")
                .env("GIT_COMMITTER_EMAIL", "t@example.com")
                .output()
                .is_ok_and(|o| o.status.success());
            assert!(ok, "git {args:?}");
        };
        git(&["init", "-q"]);
        git(&["commit", "-q", "--allow-empty", "-m", "init"]);
        Isolated { root }
    }

    pub fn project(&self) -> PathBuf {
        self.root.path().join("project")
    }

    /// A server builder with this environment applied.
    pub fn server(&self, binary: &Path) -> ServerBuilder {
        let r = self.root.path();
        opencode_process::Server::builder()
            .binary(binary)
            .current_dir(self.project())
            .env("HOME", r.join("home"))
            .env("XDG_CONFIG_HOME", r.join("config"))
            .env("XDG_DATA_HOME", r.join("data"))
            .env("XDG_CACHE_HOME", r.join("cache"))
            .env("npm_config_registry", "http://127.0.0.1:9")
            .env("NPM_CONFIG_REGISTRY", "http://127.0.0.1:9")
            .env("BUN_CONFIG_REGISTRY", "http://127.0.0.1:9")
    }
}

/// `(pid, pgid, state)` of every process, from /proc.
pub fn processes() -> Vec<(u32, u32, u32, char)> {
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in dir.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let Some(close) = stat.rfind(')') else {
            continue;
        };
        let fields: Vec<&str> = stat[close + 2..].split_whitespace().collect();
        let (Some(state), Some(ppid), Some(pgid)) = (
            fields.first().and_then(|s| s.chars().next()),
            fields.get(1).and_then(|s| s.parse().ok()),
            fields.get(2).and_then(|s| s.parse().ok()),
        ) else {
            continue;
        };
        out.push((pid, ppid, pgid, state));
    }
    out
}

/// Live (non-zombie) processes in group `pgid`.
pub fn group_alive(pgid: u32) -> Vec<u32> {
    processes()
        .into_iter()
        .filter(|&(_, _, g, s)| g == pgid && s != 'Z')
        .map(|(p, ..)| p)
        .collect()
}

/// Whether `pid` is alive (and not a zombie).
pub fn alive(pid: u32) -> bool {
    processes().iter().any(|&(p, _, _, s)| p == pid && s != 'Z')
}

/// Waits up to `timeout` for `f` to hold.
pub fn eventually(timeout: Duration, mut f: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        if f() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
