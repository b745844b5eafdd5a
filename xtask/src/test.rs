//! `cargo xtask test`: everything CI checks, in the order that fails fastest.

use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

/// How many test threads run at once within one test binary. Live tests start a real
/// server each (about 1.5 s of CPU); more than this on a 2-core machine only adds timeouts.
const TEST_THREADS: &str = "3";

/// Opt-in features whose code the suite lints, documents and tests too (the one build
/// without `rustls` is [`without_tls`]).
pub(crate) const OPT_IN_FEATURES: &str =
    "opencode/pty,opencode/process,opencode/testing,opencode/rustls";

/// The `rust-version` of the workspace manifest: the oldest toolchain the libraries build on.
const MSRV: &str = "1.88";

/// Seconds each fuzz target runs in CI (short and bounded; run `fuzz/run.sh 600` for more).
const FUZZ_SECONDS: u32 = 15;

/// Runs the whole suite with the pinned server installed.
pub fn run(args: &[String]) -> Result<()> {
    let quick = args.iter().any(|a| a == "--no-lint");
    if let Some(unknown) = args
        .iter()
        .find(|a| !["--no-lint", "--no-fuzz"].contains(&a.as_str()))
    {
        bail!("unknown option `{unknown}` (cargo xtask test [--no-lint] [--no-fuzz])");
    }
    let started = Instant::now();
    let bin = crate::install::install(crate::install::PINNED_VERSION)?;
    println!("xtask test: server binary {}", bin.display());

    step("generated code is current", || crate::codegen::run(true))?;
    step(
        "opencode-types has no I/O dependencies",
        check_types_dependencies,
    )?;
    if !quick {
        cargo("formatting", &["fmt", "--all", "--", "--check"])?;
        cargo(
            "clippy",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--features",
                OPT_IN_FEATURES,
                "--",
                "-D",
                "warnings",
            ],
        )?;
        // The browser's code paths (`cfg(target_arch = "wasm32")`) exist only there.
        step("clippy for wasm32-unknown-unknown", || {
            crate::browser::ensure_target()?;
            let runs: [&[&str]; 2] = [
                &[
                    "-p",
                    "opencode",
                    "--lib",
                    "--test",
                    "browser",
                    "--features",
                    "full",
                ],
                &["-p", "browser-example"],
            ];
            for args in runs {
                let status = Command::new(cargo_bin())
                    .args(["clippy", "--target", "wasm32-unknown-unknown"])
                    .args(args)
                    .args(["--", "-D", "warnings"])
                    .status()?;
                if !status.success() {
                    bail!("clippy for wasm32 failed ({status})");
                }
            }
            Ok(())
        })?;
        // Docs without warnings with and without the opt-in features (a link to a gated
        // item breaks only in one of the two).
        step("docs build without warnings", || {
            let plain = ["doc", "--no-deps", "-p", "opencode"];
            let all = [
                "doc",
                "--no-deps",
                "--workspace",
                "--features",
                OPT_IN_FEATURES,
            ];
            for args in [&plain[..], &all[..]] {
                println!("xtask test: cargo {}", args.join(" "));
                let status = Command::new(cargo_bin())
                    .args(args)
                    .env("RUSTDOCFLAGS", "-D warnings")
                    .status()?;
                if !status.success() {
                    bail!("cargo doc failed ({status})");
                }
            }
            Ok(())
        })?;
    }
    step(
        "unit, doc and live tests, two CPU burners beside them",
        || {
            // Built first, so that the burners load the tests and not the compiler.
            let built = Command::new(cargo_bin())
                .args([
                    "test",
                    "--workspace",
                    "--no-run",
                    "--features",
                    OPT_IN_FEATURES,
                ])
                .status()
                .context("building the tests")?;
            if !built.success() {
                bail!("building the tests failed ({built})");
            }
            let _burners = Burners::start("the tests");
            let status = Command::new(cargo_bin())
                .args([
                    "test",
                    "--workspace",
                    "--no-fail-fast",
                    "--features",
                    OPT_IN_FEATURES,
                    "--",
                    // Its own step below, with its counts printed.
                    "--skip",
                    CHAOS_TEST,
                ])
                .env("OPENCODE_BIN", &bin)
                .env("RUST_TEST_THREADS", TEST_THREADS)
                .status()
                .context("running cargo test")?;
            if !status.success() {
                bail!("cargo test failed ({status})");
            }
            Ok(())
        },
    )?;
    step("server release matrix", || crate::compat::run(true))?;
    step(
        "chaos: over 1,000 faults against the real server, two CPU burners beside it",
        || chaos(&bin),
    )?;
    step("https without the rustls feature", without_tls)?;
    step("the libraries build for wasm32-unknown-unknown", wasm_build)?;
    step(
        "the SDK in headless Chromium against the real server (wasm32)",
        || crate::browser::run(&[]),
    )?;
    step(&format!("the libraries build on Rust {MSRV} (MSRV)"), msrv)?;
    step("a user's crate outside the workspace", user_crate)?;
    step("cargo xtask demo runs non-interactively", || {
        demo_smoke(&bin)
    })?;
    if !args.iter().any(|a| a == "--no-fuzz") {
        // The byte -> frame -> event path must not panic on anything a server can send.
        step("fuzzing", || {
            let status = Command::new("bash")
                .arg(crate::workspace_root().join("fuzz/run.sh"))
                .arg(FUZZ_SECONDS.to_string())
                .status()
                .context("running fuzz/run.sh")?;
            if !status.success() {
                bail!("fuzzing found a crash or could not run ({status}); see fuzz/artifacts/");
            }
            Ok(())
        })?;
    }
    println!(
        "xtask test: all checks passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn step(name: &str, f: impl FnOnce() -> Result<()>) -> Result<()> {
    println!("xtask test: {name}");
    let started = Instant::now();
    let result = f().with_context(|| format!("check failed: {name}"));
    println!(
        "xtask test: {name}: {:.0} s",
        started.elapsed().as_secs_f64()
    );
    result
}

pub(crate) fn cargo_bin() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

fn cargo(name: &str, args: &[&str]) -> Result<()> {
    step(&format!("{name} (cargo {})", args.join(" ")), || {
        let status = Command::new(cargo_bin()).args(args).status()?;
        if !status.success() {
            bail!("{name} failed ({status})");
        }
        Ok(())
    })
}

/// `cargo build --target wasm32-unknown-unknown -p opencode`, with no features and with
/// every feature (those that need an operating system are absent there, not errors), and
/// `opencode-types` alone.
fn wasm_build() -> Result<()> {
    crate::browser::ensure_target()?;
    let builds: [&[&str]; 3] = [
        &["-p", "opencode"],
        &["-p", "opencode", "--features", "full"],
        &["-p", "opencode-types"],
    ];
    for args in builds {
        println!(
            "xtask test: cargo build --target wasm32-unknown-unknown {}",
            args.join(" ")
        );
        let status = Command::new(cargo_bin())
            .args(["build", "--target", "wasm32-unknown-unknown"])
            .args(args)
            .status()?;
        if !status.success() {
            bail!("the wasm32 build failed ({status})");
        }
    }
    Ok(())
}

/// The main run has `rustls` on; this checks the build without it refuses `https://`
/// with a clear error (`opencode-transport`'s TLS tests, built alone).
fn without_tls() -> Result<()> {
    let status = Command::new(cargo_bin())
        .args(["test", "-p", "opencode-transport", "--test", "tls"])
        .status()
        .context("running the TLS tests without rustls")?;
    if !status.success() {
        bail!("opencode-transport's TLS tests without rustls failed ({status})");
    }
    Ok(())
}

/// Checks every library crate (all of them are dependencies of `opencode`) with every
/// feature on the MSRV toolchain, installed with rustup when missing, in a target
/// directory of its own. Tests, benches and the xtask are not part of the promise.
fn msrv() -> Result<()> {
    let manifest = std::fs::read_to_string(crate::workspace_root().join("Cargo.toml"))?;
    if !manifest.contains(&format!("rust-version = \"{MSRV}\"")) {
        bail!("Cargo.toml's rust-version is not {MSRV}: update MSRV in xtask/src/test.rs");
    }
    let installed = Command::new("rustup")
        .args(["run", MSRV, "rustc", "--version"])
        .output()
        .is_ok_and(|out| out.status.success());
    if !installed {
        println!("xtask test: installing Rust {MSRV} with rustup");
        let status = Command::new("rustup")
            .args(["toolchain", "install", MSRV, "--profile", "minimal"])
            .status()
            .context("running rustup (needed for the MSRV check)")?;
        if !status.success() {
            bail!("rustup could not install Rust {MSRV} ({status})");
        }
    }
    let target = crate::workspace_root().join("target/msrv");
    let status = Command::new("rustup")
        .args([
            "run",
            MSRV,
            "cargo",
            "check",
            "-p",
            "opencode",
            "--lib",
            "--features",
        ])
        .arg("full")
        .arg("--target-dir")
        .arg(&target)
        // The outer cargo's variables would pin the current toolchain.
        .env_remove("CARGO")
        .env_remove("RUSTC")
        .env_remove("RUSTUP_TOOLCHAIN")
        .status()
        .context("running cargo check on the MSRV toolchain")?;
    if !status.success() {
        bail!("the libraries do not build on Rust {MSRV} ({status})");
    }
    Ok(())
}

/// Builds and runs `tests/user-crate` as a user's own project: its own manifest and
/// workspace, no `OPENCODE_BIN`, an empty SDK cache that the SDK's installer fills. It
/// shares the workspace's target directory and lock file so it only builds what differs.
fn user_crate() -> Result<()> {
    let root = crate::workspace_root();
    let dir = root.join("tests/user-crate");
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .context("copying Cargo.lock into tests/user-crate")?;
    let cache = root.join("target/user-crate-cache");
    if cache.exists() {
        std::fs::remove_dir_all(&cache).context("emptying the user crate's SDK cache")?;
    }
    let status = Command::new(cargo_bin())
        .args(["run", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env_remove("OPENCODE_BIN")
        .env("OPENCODE_SDK_CACHE_DIR", &cache)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .status()
        .context("running tests/user-crate")?;
    if !status.success() {
        bail!("tests/user-crate failed ({status})");
    }
    Ok(())
}

/// `opencode-types` must stay usable without an async runtime or HTTP stack.
fn check_types_dependencies() -> Result<()> {
    let out = Command::new(cargo_bin())
        .args([
            "tree",
            "-p",
            "opencode-types",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .output()
        .context("running cargo tree")?;
    if !out.status.success() {
        bail!(
            "cargo tree failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let tree = String::from_utf8_lossy(&out.stdout);
    let forbidden: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| ["tokio", "hyper", "hyper-util", "http", "tower", "reqwest"].contains(name))
        .collect();
    if !forbidden.is_empty() {
        bail!(
            "opencode-types depends on {forbidden:?}; it must need serde, serde_json and time only"
        );
    }
    Ok(())
}

/// Two `stress-ng` CPU workers while alive: the suites must hold on a loaded machine.
/// Without stress-ng (CI installs it) the run says so and goes on unloaded.
struct Burners(Option<std::process::Child>);

impl Burners {
    fn start(beside: &str) -> Burners {
        match Command::new("stress-ng")
            .args(["--cpu", "2", "--timeout", "3600", "--quiet"])
            .spawn()
        {
            Ok(child) => {
                println!("xtask test: stress-ng --cpu 2 is running beside {beside}");
                Burners(Some(child))
            }
            Err(e) => {
                println!(
                    "xtask test: {beside} run unloaded: stress-ng cannot start ({e}); CI installs it"
                );
                Burners(None)
            }
        }
    }
}

impl Drop for Burners {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            // SIGTERM, so that stress-ng stops its workers too.
            let _ = Command::new("kill").arg(child.id().to_string()).status();
            let _ = child.wait();
        }
    }
}

/// The chaos test (`crates/opencode/tests/chaos.rs`), run on its own so that its counts
/// are printed.
const CHAOS_TEST: &str = "nothing_lost_or_repeated_under_faults";

/// The chaos test with two `stress-ng` CPU workers beside it: the suite must hold on a
/// loaded machine.
fn chaos(bin: &std::path::Path) -> Result<()> {
    let test = |extra: &[&str]| {
        Command::new(cargo_bin())
            .args([
                "test",
                "-q",
                "-p",
                "opencode",
                "--features",
                OPT_IN_FEATURES,
            ])
            .args(["--test", "chaos"])
            .args(extra)
            .env("OPENCODE_BIN", bin)
            .status()
            .context("running the chaos test")
    };
    let built = test(&["--no-run"])?;
    if !built.success() {
        bail!("building the chaos test failed ({built})");
    }
    let burners = Burners::start("the chaos test");
    let status = test(&["--", CHAOS_TEST, "--nocapture", "--test-threads", "1"]);
    drop(burners);
    let status = status?;
    if !status.success() {
        bail!("the chaos test failed ({status})");
    }
    Ok(())
}

/// The README's main job, as CI runs it: no terminal, the scripted fake model. Its output
/// must show the model's answer and the totals.
fn demo_smoke(bin: &std::path::Path) -> Result<()> {
    let out = Command::new(cargo_bin())
        .args(["run", "-q", "-p", "examples", "--bin", "demo", "--", "hi"])
        .env("OPENCODE_BIN", bin)
        .stdin(std::process::Stdio::null())
        .output()
        .context("running the demo")?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    if !out.status.success() {
        bail!(
            "the demo failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The scripted answer of `examples::demo::FAKE_ANSWER`.
    for expected in [
        "Hello from the OpenCode Rust SDK!",
        "[tool bash] completed",
        "totals:",
    ] {
        if !stdout.contains(expected) {
            bail!("the demo output lacks {expected:?}");
        }
    }
    Ok(())
}
