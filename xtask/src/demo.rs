//! `cargo xtask demo ["prompt"] [--model provider/model]`: installs the pinned server when
//! missing, then runs the `demo` binary of the `examples` crate with it.
//!
//! The demo itself lives in `examples/src/demo.rs`, so that xtask (which generates the SDK's
//! code) never depends on the generated crates it writes.

use std::process::Command;

use anyhow::{Context, Result, bail};

/// Runs the demo with `args` (the prompt and `--model`).
pub fn run(args: &[String]) -> Result<()> {
    let bin = match std::env::var_os("OPENCODE_BIN").filter(|p| std::path::Path::new(p).is_file()) {
        Some(bin) => std::path::PathBuf::from(bin),
        None => {
            println!(
                "checking the pinned OpenCode server {}…",
                crate::install::PINNED_VERSION
            );
            crate::install::install(crate::install::PINNED_VERSION)?
        }
    };
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args(["run", "-q", "-p", "examples", "--bin", "demo", "--"])
        .args(args)
        .env("OPENCODE_BIN", &bin)
        .status()
        .context("running the demo")?;
    if !status.success() {
        bail!("the demo failed ({status})");
    }
    Ok(())
}
