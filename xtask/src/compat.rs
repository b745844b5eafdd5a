//! `cargo xtask compat [--check]`: the server release matrix.
//!
//! Installs the pinned release and each of [`OLDER`] from npm, runs the compatibility probe
//! (`crates/opencode/tests/compat.rs`) against each (two at a time), prints the results and
//! writes the matrix into `docs/compatibility.md` between the markers. With `--check` the
//! document must already say what the run found.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use serde_json::Value;

/// Older releases the SDK is proven against (besides the pinned one).
pub const OLDER: &[&str] = &["1.17.19", "1.15.13", "1.3.2"];

const DOC: &str = "docs/compatibility.md";
const START: &str = "<!-- matrix:start (cargo xtask compat) -->";
const END: &str = "<!-- matrix:end -->";

/// The features the probe is built with: the same as the test suite's, so the build is
/// shared.
const FEATURES: &str = crate::test::OPT_IN_FEATURES;

/// Runs the matrix; with `check`, fails when `docs/compatibility.md` says otherwise.
pub fn run(check: bool) -> Result<()> {
    let root = crate::workspace_root();
    let releases: Vec<&str> = std::iter::once(crate::install::PINNED_VERSION)
        .chain(OLDER.iter().copied())
        .collect();
    let started = Instant::now();
    // npm installs in parallel (network-bound).
    let installs: Vec<_> = releases
        .iter()
        .map(|v| {
            let v = (*v).to_owned();
            std::thread::spawn(move || crate::install::install(&v).map(|bin| (v, bin)))
        })
        .collect();
    let mut bins: BTreeMap<String, PathBuf> = BTreeMap::new();
    for handle in installs {
        let (v, bin) = handle
            .join()
            .map_err(|_| anyhow::anyhow!("an install thread panicked"))??;
        bins.insert(v, bin);
    }
    println!(
        "xtask compat: {} releases installed in {:.0} s",
        bins.len(),
        started.elapsed().as_secs_f64()
    );
    let status = Command::new(crate::test::cargo_bin())
        .args([
            "test",
            "--workspace",
            "--features",
            FEATURES,
            "--test",
            "compat",
            "--no-run",
        ])
        .status()
        .context("building the probe")?;
    if !status.success() {
        bail!("building the probe failed ({status})");
    }
    let out_dir = root.join("target/compat");
    std::fs::create_dir_all(&out_dir)?;
    // Two probes at a time: each runs a server (about one core while it starts).
    let mut reports: BTreeMap<String, Value> = BTreeMap::new();
    for pair in releases.chunks(2) {
        let runs: Vec<_> = pair
            .iter()
            .map(|v| {
                let out = out_dir.join(format!("{v}.json"));
                let _ = std::fs::remove_file(&out);
                let child = Command::new(crate::test::cargo_bin())
                    .args(["test", "-q", "--workspace", "--features", FEATURES])
                    .args(["--test", "compat", "--", "--nocapture"])
                    .env("OPENCODE_COMPAT_BIN", &bins[*v])
                    .env("OPENCODE_COMPAT_OUT", &out)
                    .env("RUST_TEST_THREADS", "1")
                    .output();
                (v, out, child)
            })
            .collect();
        for (v, out, child) in runs {
            let child = child.with_context(|| format!("running the probe against {v}"))?;
            let log = String::from_utf8_lossy(&child.stdout);
            for line in log.lines().filter(|l| !l.ends_with(": ok")) {
                println!("xtask compat [{v}] {line}");
            }
            if !child.status.success() {
                eprintln!("{}", String::from_utf8_lossy(&child.stderr));
                bail!("the probe failed against {v} ({})", child.status);
            }
            let report: Value = serde_json::from_slice(
                &std::fs::read(&out).with_context(|| format!("no report from {v}"))?,
            )?;
            reports.insert((*v).to_owned(), report);
        }
    }
    let table = render(&releases, &reports);
    println!("{table}");
    let path = root.join(DOC);
    let doc = std::fs::read_to_string(&path)?;
    let (Some(a), Some(b)) = (doc.find(START), doc.find(END)) else {
        bail!("{DOC} has no matrix markers");
    };
    let updated = format!("{}{START}\n{table}{}", &doc[..a], &doc[b..]);
    if check {
        if updated != doc {
            bail!(
                "{DOC} does not say what the matrix found (above); run `cargo xtask compat` and commit"
            );
        }
    } else {
        std::fs::write(&path, updated)?;
    }
    println!(
        "xtask compat: {} releases in {:.0} s",
        releases.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The Markdown matrix: one row per call, one column per release, then the event stream
/// and the prompt.
fn render(releases: &[&str], reports: &BTreeMap<String, Value>) -> String {
    let mut rows: Vec<String> = Vec::new();
    if let Some(first) = reports.get(releases[0]) {
        rows.extend(
            first["calls"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, _)| k.clone()),
        );
    }
    for r in reports.values() {
        for k in r["calls"].as_object().into_iter().flatten().map(|(k, _)| k) {
            if !rows.contains(k) {
                rows.push(k.clone());
            }
        }
    }
    let mut out = String::new();
    out.push_str(&format!("| call | {} |\n", releases.join(" | ")));
    out.push_str(&format!("|---|{}\n", "---|".repeat(releases.len())));
    let cell =
        |v: &str, f: &dyn Fn(&Value) -> String| reports.get(v).map_or_else(|| "—".to_owned(), f);
    for row in &rows {
        let cells: Vec<String> = releases
            .iter()
            .map(|v| {
                cell(v, &|r| {
                    r["calls"][row.as_str()].as_str().unwrap_or("—").to_owned()
                })
            })
            .collect();
        out.push_str(&format!("| `{row}` | {} |\n", cells.join(" | ")));
    }
    let events: Vec<String> = releases
        .iter()
        .map(|v| {
            cell(v, &|r| match r["undecodable_events"].as_u64() {
                Some(0) => "all decoded".to_owned(),
                Some(n) => format!("{n} not decoded"),
                None => "—".to_owned(),
            })
        })
        .collect();
    out.push_str(&format!(
        "| `/event` during the run | {} |\n",
        events.join(" | ")
    ));
    let prompts: Vec<String> = releases
        .iter()
        .map(|v| {
            cell(v, &|r| {
                if r["prompt"] == true {
                    "answered"
                } else {
                    "FAILED"
                }
                .to_owned()
            })
        })
        .collect();
    out.push_str(&format!(
        "| prompt round trip | {} |\n",
        prompts.join(" | ")
    ));
    out.push_str(&render_events(releases, reports));
    out
}

/// The event types each release's `/doc` declares: a count of those every release has, and
/// a row for each one some release lacks. The SDK types every kind the pinned release
/// declares; another kind decodes as `Event::Unknown` with its raw JSON.
fn render_events(releases: &[&str], reports: &BTreeMap<String, Value>) -> String {
    let declared: BTreeMap<&str, Vec<&str>> = releases
        .iter()
        .map(|v| {
            let kinds = reports
                .get(*v)
                .and_then(|r| r["declared_events"].as_array())
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            (*v, kinds)
        })
        .collect();
    let mut all: Vec<&str> = declared.values().flatten().copied().collect();
    all.sort_unstable();
    all.dedup();
    let everywhere = all
        .iter()
        .filter(|k| declared.values().all(|d| d.contains(k)))
        .count();
    let pinned = &declared[releases[0]];
    let mut out = format!(
        "\nEvent types declared by each release's `/doc`: {everywhere} by all {} releases; \
         the {} that differ:\n\n| event type | {} | SDK |\n|---|{}---|\n",
        releases.len(),
        all.len() - everywhere,
        releases.join(" | "),
        "---|".repeat(releases.len()),
    );
    for kind in all
        .iter()
        .filter(|k| !declared.values().all(|d| d.contains(k)))
    {
        let cells: Vec<&str> = releases
            .iter()
            .map(|v| {
                if declared[v].contains(kind) {
                    "yes"
                } else {
                    "—"
                }
            })
            .collect();
        let sdk = if pinned.contains(kind) {
            "typed"
        } else {
            "`Unknown`"
        };
        out.push_str(&format!("| `{kind}` | {} | {sdk} |\n", cells.join(" | ")));
    }
    out
}
