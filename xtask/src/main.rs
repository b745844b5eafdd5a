//! Project automation for the OpenCode Rust SDK. Run `cargo xtask help`.

use anyhow::{Result, bail};

use xtask::{browser, build_cost, capture, codegen, compat, demo, install, spec, test};

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  demo [PROMPT] [--model P/M]      start the server, stream one prompt's answer, tools, totals
  install-opencode [--version V]   install the pinned server from npm, print its binary path
  spec [--version V]               fetch GET /doc from that release into spec/, report drift
  codegen [--check]                generate crates/*/src/generated from spec/
  capture                          record the wire corpus from the real server
  compat [--check]                 the release matrix: probe each server release, write docs/compatibility.md
  build-cost [--against REV] [--peer CRATE@VERSION] [--rounds N]
                                   clean release build of a small program on the SDK: time, peak memory
  browser-test [--size]            the SDK on wasm32 in headless Chromium against the real server;
                                   --size: the release .wasm size of examples/browser
  test [--no-lint] [--no-fuzz]     the whole suite CI runs: codegen check, fmt, clippy, tests, demo, fuzz
";

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let cmd = args.next().unwrap_or_else(|| "help".to_owned());
    let rest: Vec<String> = args.collect();
    match cmd.as_str() {
        "install-opencode" => {
            let version = xtask::flag_value(&rest, "--version")?;
            let bin = install::install(version.as_deref().unwrap_or(install::PINNED_VERSION))?;
            println!("{}", bin.display());
            Ok(())
        }
        "spec" => {
            let version = xtask::flag_value(&rest, "--version")?;
            spec::run(version.as_deref().unwrap_or(install::PINNED_VERSION))
        }
        "codegen" => codegen::run(rest.iter().any(|a| a == "--check")),
        "capture" => capture::run(),
        "compat" => compat::run(rest.iter().any(|a| a == "--check")),
        "test" => test::run(&rest),
        "demo" => demo::run(&rest),
        "build-cost" => build_cost::run(&rest),
        "browser-test" => browser::run(&rest),
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown command `{other}`\n{USAGE}"),
    }
}
