//! `cargo xtask browser-test`: the SDK compiled to `wasm32-unknown-unknown`, run by
//! `wasm-bindgen-test` in headless Chromium against a real `opencode serve`.
//!
//! The page is served from `127.0.0.2` and the server listens on `127.0.0.1`: another
//! origin, which the server allows only because it is started with `--cors` for it (it
//! allows `localhost` and `127.0.0.1` pages by itself). The server has a password and the
//! scripted fake model; its address, password, project and the model's reply reach the
//! test build through `OPENCODE_BROWSER_*` variables.
//!
//! Needs the `wasm32-unknown-unknown` target (added with rustup when missing),
//! `wasm-bindgen-test-runner` at the version of the `wasm-bindgen` crate in `Cargo.lock`
//! (installed with `cargo install` when missing or different), and Chromium with
//! ChromeDriver (Debian's `chromium` and `chromium-driver`; `.ci/run` installs them).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use opencode_testing::{ChunkSplit, TestServer, Turn};

/// What the fake model answers to the browser's prompt (several word-sized deltas).
const REPLY: &str = "Hello from the browser: this answer was streamed over fetch.";

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Runs the browser suite; with `--size`, then builds `examples/browser` in release and
/// prints the size of its `.wasm` (a release build of the whole SDK for wasm32: minutes
/// on two cores, so not part of `cargo xtask test`).
pub fn run(args: &[String]) -> Result<()> {
    if let Some(unknown) = args.iter().find(|a| a.as_str() != "--size") {
        bail!("unknown option `{unknown}` (cargo xtask browser-test [--size])");
    }
    let bin = crate::install::install(crate::install::PINNED_VERSION)?;
    ensure_target()?;
    let runner = ensure_runner()?;
    for path in [CHROMIUM, CHROMEDRIVER] {
        if !Path::new(path).exists() {
            bail!("{path} is missing: apt-get install chromium chromium-driver");
        }
    }

    // The page's origin: a free port on 127.0.0.2, which the server does not allow by
    // itself.
    let page = TcpListener::bind("127.0.0.2:0")
        .context("binding 127.0.0.2 (the test page's address)")?
        .local_addr()?;
    let origin = format!("http://{page}");

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let server = rt
        .block_on(
            TestServer::builder()
                .binary(&bin)
                .turn(Turn::text(REPLY).split(ChunkSplit::Words(2)))
                .cors(&origin)
                .start(),
        )
        .context("starting the test server")?;
    let password = server
        .password()
        .context("the test server has no password")?
        .to_owned();
    println!(
        "xtask browser-test: server {} (password set), page origin {origin} allowed with --cors",
        server.url()
    );

    let work = crate::target_dir().join("browser-test");
    std::fs::create_dir_all(&work)?;
    let profile = tempfile::tempdir()?;
    let webdriver = work.join("webdriver.json");
    std::fs::write(&webdriver, webdriver_json(profile.path()))?;

    let started = Instant::now();
    let status = Command::new(crate::test::cargo_bin())
        .args([
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "opencode",
            "--test",
            "browser",
        ])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", &runner)
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver)
        .env("WASM_BINDGEN_TEST_ADDRESS", page.to_string())
        // The runner's cross-origin isolation headers would keep the page from reading
        // the server's answers; a page of a real front end does not send them either.
        .env("WASM_BINDGEN_TEST_NO_ORIGIN_ISOLATION", "1")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "300")
        .env("OPENCODE_BROWSER_URL", server.url())
        .env("OPENCODE_BROWSER_PASSWORD", &password)
        .env(
            "OPENCODE_BROWSER_DIRECTORY",
            server.project_dir().to_string_lossy().as_ref(),
        )
        .env("OPENCODE_BROWSER_REPLY", REPLY)
        .status()
        .context("running cargo test for wasm32")?;
    println!(
        "xtask browser-test: the browser suite ran in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    rt.block_on(server.stop());
    if !status.success() {
        bail!("the browser tests failed ({status})");
    }
    if args.iter().any(|a| a == "--size") {
        example_size(&runner)?;
    }
    Ok(())
}

/// Builds `examples/browser` for the page as a user would (release, `wasm-bindgen
/// --target web`) and prints the size of its `.wasm`, plain and gzipped (what
/// `docs/performance.md` records).
fn example_size(runner: &Path) -> Result<()> {
    let status = Command::new(crate::test::cargo_bin())
        .args([
            "build",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "browser-example",
        ])
        .status()?;
    if !status.success() {
        bail!("building examples/browser for wasm32 failed ({status})");
    }
    let built = crate::target_dir().join("wasm32-unknown-unknown/release/browser_example.wasm");
    let out = crate::target_dir().join("browser-test/example");
    let bindgen = runner.with_file_name("wasm-bindgen");
    let status = Command::new(&bindgen)
        .args(["--target", "web", "--out-dir"])
        .arg(&out)
        .arg(&built)
        .status()
        .with_context(|| format!("running {}", bindgen.display()))?;
    if !status.success() {
        bail!("wasm-bindgen failed ({status})");
    }
    let wasm = out.join("browser_example_bg.wasm");
    let bytes = std::fs::read(&wasm)?;
    let gzipped = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(&wasm)
        .output()
        .context("running gzip")?
        .stdout
        .len();
    println!(
        "xtask browser-test: examples/browser release .wasm after wasm-bindgen: {} bytes ({:.2} MB), {} bytes gzipped ({:.2} MB)",
        bytes.len(),
        bytes.len() as f64 / 1e6,
        gzipped,
        gzipped as f64 / 1e6
    );
    Ok(())
}

/// ChromeDriver's capabilities: Debian's Chromium, headless, as root, and without the
/// background connections that a closed network refuses.
fn webdriver_json(profile: &Path) -> String {
    let args = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        &format!("--user-data-dir={}", profile.display()),
    ];
    serde_json::json!({
        "goog:chromeOptions": { "binary": CHROMIUM, "args": args }
    })
    .to_string()
}

/// Adds the wasm target with rustup when it is missing.
pub fn ensure_target() -> Result<()> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .context("running rustup")?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    println!("xtask browser-test: adding the wasm32-unknown-unknown target");
    let status = Command::new("rustup")
        .args(["target", "add", "wasm32-unknown-unknown"])
        .status()?;
    if !status.success() {
        bail!("rustup target add wasm32-unknown-unknown failed ({status})");
    }
    Ok(())
}

/// The version of the `wasm-bindgen` crate in `Cargo.lock`.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(crate::workspace_root().join("Cargo.lock"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    bail!("Cargo.lock has no wasm-bindgen package")
}

/// `wasm-bindgen-test-runner` at the version of the `wasm-bindgen` crate: the one on
/// `PATH` (or in cargo's bin directory) when it matches, else installed with cargo.
pub fn ensure_runner() -> Result<PathBuf> {
    let version = wasm_bindgen_version()?;
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .context("no CARGO_HOME or HOME")?;
    let candidates = [
        PathBuf::from("wasm-bindgen-test-runner"),
        cargo_home.join("bin/wasm-bindgen-test-runner"),
    ];
    for runner in &candidates {
        let found = Command::new(runner)
            .arg("--version")
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).into_owned());
        if let Some(found) = found {
            if found.split_whitespace().any(|word| word == version) {
                return Ok(runner.clone());
            }
            println!(
                "xtask browser-test: {} is {}",
                runner.display(),
                found.trim()
            );
        }
    }
    println!("xtask browser-test: installing wasm-bindgen-cli {version}");
    let started = Instant::now();
    let status = Command::new(crate::test::cargo_bin())
        .args(["install", "wasm-bindgen-cli", "--version", &version])
        .status()
        .context("running cargo install")?;
    if !status.success() {
        bail!("cargo install wasm-bindgen-cli --version {version} failed ({status})");
    }
    println!(
        "xtask browser-test: wasm-bindgen-cli installed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(cargo_home.join("bin/wasm-bindgen-test-runner"))
}
