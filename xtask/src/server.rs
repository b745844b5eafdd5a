//! A throwaway, isolated `opencode serve` for xtask commands (spec fetch, corpus capture).
//!
//! Isolation follows the observed server behaviour: its own HOME and XDG directories, a git
//! repository as working directory, and every npm registry variable pointed at a dead loopback
//! port so the server never installs plugins (an install swallows SIGTERM).

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context, Result, bail};

/// A running server; killed (whole process group) on drop.
pub struct IsolatedServer {
    child: Child,
    /// `http://127.0.0.1:PORT` from the listening line.
    pub url: String,
    /// The temporary root holding HOME, XDG dirs and the project.
    pub root: tempfile::TempDir,
}

impl IsolatedServer {
    /// The git project the server runs in.
    pub fn project(&self) -> PathBuf {
        self.root.path().join("project")
    }

    /// Starts `bin serve` with `config` as `OPENCODE_CONFIG_CONTENT`.
    pub fn start(bin: &Path, config: Option<&str>) -> Result<Self> {
        let root = tempfile::tempdir()?;
        let project = root.path().join("project");
        for d in ["home", "config", "data", "cache", "project"] {
            std::fs::create_dir_all(root.path().join(d))?;
        }
        init_git(&project)?;
        link_ripgrep(&root.path().join("data"));
        let dead = "http://127.0.0.1:9";
        let mut cmd = Command::new(bin);
        cmd.args(["serve", "--hostname", "127.0.0.1", "--port"])
            .arg(free_port()?.to_string())
            .current_dir(&project)
            .env("HOME", root.path().join("home"))
            .env("XDG_CONFIG_HOME", root.path().join("config"))
            .env("XDG_DATA_HOME", root.path().join("data"))
            .env("XDG_CACHE_HOME", root.path().join("cache"))
            .env("npm_config_registry", dead)
            .env("NPM_CONFIG_REGISTRY", dead)
            .env("BUN_CONFIG_REGISTRY", dead)
            .env_remove("OPENCODE_SERVER_PASSWORD")
            .env_remove("OPENCODE_CONFIG_CONTENT")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0);
        if let Some(config) = config {
            cmd.env("OPENCODE_CONFIG_CONTENT", config);
        }
        let mut child = cmd
            .spawn()
            .with_context(|| format!("spawning {}", bin.display()))?;
        let stdout = child.stdout.take().context("no stdout")?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(url) = line.strip_prefix("opencode server listening on ") {
                    let _ = tx.send(url.trim().to_owned());
                }
            }
        });
        let mut server = IsolatedServer {
            child,
            url: String::new(),
            root,
        };
        match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(url) => server.url = url,
            Err(_) => bail!("the server printed no listening line within 60 s"),
        }
        Ok(server)
    }

    /// `GET path` and the body as text (fails on a non-2xx status).
    pub fn get(&self, path: &str) -> Result<String> {
        let url = format!("{}{}", self.url, path);
        let mut res = ureq::get(&url)
            .call()
            .with_context(|| format!("GET {url}"))?;
        Ok(res
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_string()?)
    }
}

impl Drop for IsolatedServer {
    fn drop(&mut self) {
        // The process group holds the server and anything it spawned in its own group.
        let pgid = self.child.id();
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pgid}")])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn init_git(dir: &Path) -> Result<()> {
    for args in [
        &["init", "-q"][..],
        &[
            "-c",
            "user.name=xtask",
            "-c",
            "user.email=xtask@localhost",
            "commit",
            "-q",
            "--allow-empty",
            "-m",
            "init",
        ][..],
    ] {
        let ok = Command::new("git")
            .args(args)
            .current_dir(dir)
            .status()
            .context("running git")?
            .success();
        if !ok {
            bail!("git {args:?} failed in {}", dir.display());
        }
    }
    Ok(())
}

/// The server cannot download ripgrep offline; link the system one where it looks.
fn link_ripgrep(data: &Path) {
    let Ok(out) = Command::new("sh").args(["-c", "command -v rg"]).output() else {
        return;
    };
    let rg = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if rg.is_empty() {
        return;
    }
    let bin = data.join("opencode").join("bin");
    if std::fs::create_dir_all(&bin).is_ok() {
        let _ = std::os::unix::fs::symlink(rg, bin.join("rg"));
    }
}

/// A loopback port that is free now (the server's own `--port 0` prefers 4096).
pub fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}
