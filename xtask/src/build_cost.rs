//! `cargo xtask build-cost`: what a user pays to build a program on this SDK.
//!
//! Builds one small program (`Client::builder()…`, `session().list()`) from scratch in
//! release mode, with default features, against each subject in turn: this checkout, an
//! earlier commit (`--against REV`, checked out in a temporary worktree) and, with
//! `--peer CRATE@VERSION`, a published crate. Dependencies are fetched before the clock
//! starts, so the network is not timed. Reports wall time and the peak memory of the
//! largest compiler process (`/usr/bin/time -v`'s maximum resident set size), per round;
//! rounds alternate the subjects so a slow moment of the machine hits all of them.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

/// One thing to build the program against.
struct Subject {
    label: String,
    /// The `[dependencies]` line of the program.
    dependency: String,
    /// The program's `main.rs`.
    main: &'static str,
}

const SDK_MAIN: &str = r#"#[tokio::main]
async fn main() -> Result<(), opencode::Error> {
    let client = opencode::Client::builder().base_url("http://127.0.0.1:4096").build()?;
    let sessions = client.api().session().list().send().await?;
    println!("{}", sessions.len());
    Ok(())
}
"#;

const PEER_MAIN: &str = r#"// The crate is built and linked; the program does not use the peer's own API.
use opencode_sdk as _;

fn main() {}
"#;

/// Runs the benchmark; `args` are the command line after `build-cost`.
pub fn run(args: &[String]) -> Result<()> {
    let root = crate::workspace_root();
    let against = crate::flag_value(args, "--against")?;
    let peer = crate::flag_value(args, "--peer")?;
    let rounds: usize = crate::flag_value(args, "--rounds")?
        .map(|r| r.parse())
        .transpose()
        .context("--rounds takes a number")?
        .unwrap_or(1);
    let work = tempfile::tempdir()?;
    let mut subjects = vec![Subject {
        label: "this checkout".into(),
        dependency: sdk_dependency(&root),
        main: SDK_MAIN,
    }];
    if let Some(rev) = &against {
        let tree = work.path().join("against");
        git(
            &root,
            &["worktree", "add", "--detach", path_str(&tree)?, rev],
        )?;
        subjects.push(Subject {
            label: format!("commit {rev}"),
            dependency: sdk_dependency(&tree),
            main: SDK_MAIN,
        });
    }
    if let Some(peer) = &peer {
        let (name, version) = peer.split_once('@').context("--peer takes CRATE@VERSION")?;
        subjects.push(Subject {
            label: format!("crate {name} {version}"),
            dependency: format!("{name} = \"={version}\""),
            main: PEER_MAIN,
        });
    }
    let result = measure(work.path(), &subjects, rounds);
    if against.is_some() {
        let tree = work.path().join("against");
        let _ = git(&root, &["worktree", "remove", "--force", path_str(&tree)?]);
    }
    result
}

fn measure(work: &Path, subjects: &[Subject], rounds: usize) -> Result<()> {
    let mut programs = Vec::new();
    for (i, s) in subjects.iter().enumerate() {
        let dir = work.join(format!("program{i}"));
        std::fs::create_dir_all(dir.join("src"))?;
        std::fs::write(
            dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"build-cost-{i}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
                 [dependencies]\n{}\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n\n\
                 [workspace]\n",
                s.dependency
            ),
        )?;
        std::fs::write(dir.join("src/main.rs"), s.main)?;
        let status = Command::new("cargo")
            .arg("fetch")
            .current_dir(&dir)
            .status()?;
        if !status.success() {
            bail!("cargo fetch failed for {}", s.label);
        }
        programs.push(dir);
    }
    println!("| round | subject | wall time | peak memory (largest process) |");
    println!("|---|---|---|---|");
    for round in 1..=rounds {
        for (s, dir) in subjects.iter().zip(&programs) {
            let target = dir.join("target");
            let _ = std::fs::remove_dir_all(&target);
            let out = Command::new("/usr/bin/time")
                .args(["-v", "cargo", "build", "--release", "--offline", "--quiet"])
                .current_dir(dir)
                .env("CARGO_TARGET_DIR", &target)
                .output()
                .context("running /usr/bin/time (Debian package `time`)")?;
            let report = String::from_utf8_lossy(&out.stderr);
            if !out.status.success() {
                bail!("building against {} failed:\n{report}", s.label);
            }
            let wall = field(&report, "Elapsed (wall clock) time (h:mm:ss or m:ss): ")
                .context("no wall time in the report")?;
            let rss_kb: u64 = field(&report, "Maximum resident set size (kbytes): ")
                .and_then(|v| v.parse().ok())
                .context("no peak memory in the report")?;
            println!("| {round} | {} | {wall} | {} MB |", s.label, rss_kb / 1024);
        }
    }
    Ok(())
}

fn sdk_dependency(tree: &Path) -> String {
    format!(
        "opencode = {{ path = \"{}\" }}",
        tree.join("crates/opencode").display()
    )
}

fn field<'a>(report: &'a str, name: &str) -> Option<&'a str> {
    report
        .lines()
        .find_map(|l| l.trim().strip_prefix(name))
        .map(str::trim)
}

fn git(dir: &Path, args: &[&str]) -> Result<()> {
    let status = Command::new("git").args(args).current_dir(dir).status()?;
    if !status.success() {
        bail!("git {} failed", args.join(" "));
    }
    Ok(())
}

fn path_str(p: &Path) -> Result<&str> {
    p.to_str().context("temporary path is not UTF-8")
}
