//! `Server` against the real binary (skipped when it is not installed) and against stand-in
//! scripts for the failure paths.

mod common;

use std::io::BufRead;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{Isolated, TempDir, alive, eventually, group_alive};
use opencode_process::{Server, StartError};

fn script(dir: &Path, name: &str, body: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

#[tokio::test]
async fn missing_binary_is_typed() {
    let err = Server::builder()
        .binary("/nonexistent/opencode")
        .spawn()
        .await
        .expect_err("must fail");
    match err {
        StartError::BinaryNotFound { tried } => {
            assert!(
                tried.iter().any(|t| t.contains("/nonexistent/opencode")),
                "{tried:?}"
            )
        }
        other => panic!("unexpected {other}"),
    }
}

#[tokio::test]
async fn a_missing_directory_is_named_as_such() {
    let err = Server::builder()
        .binary("/bin/true")
        .current_dir("/nonexistent/project/dir")
        .spawn()
        .await
        .expect_err("must fail");
    assert!(
        matches!(&err, StartError::DirectoryNotFound { path } if path.ends_with("dir")),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("/nonexistent/project/dir does not exist"),
        "{err}"
    );
}

#[tokio::test]
async fn immediate_exit_reports_status_and_output() {
    let dir = TempDir::new("exit");
    let bin = script(
        dir.path(),
        "fails",
        "echo out-line; echo err-line >&2; exit 3",
    );
    let err = Server::builder()
        .binary(&bin)
        .spawn()
        .await
        .expect_err("must fail");
    match &err {
        StartError::Exited {
            status,
            stdout_tail,
            stderr_tail,
        } => {
            assert_eq!(status.and_then(|s| s.code()), Some(3));
            assert_eq!(stdout_tail.trim(), "out-line");
            assert_eq!(stderr_tail.trim(), "err-line");
        }
        other => panic!("unexpected {other}"),
    }
    assert!(err.to_string().contains("err-line"));

    let err = Server::builder()
        .binary("/bin/false")
        .spawn()
        .await
        .expect_err("must fail");
    assert!(
        matches!(err, StartError::Exited { status: Some(s), .. } if s.code() == Some(1)),
        "{err}"
    );
}

#[tokio::test]
async fn startup_timeout_kills_the_child() {
    let dir = TempDir::new("timeout");
    let pidfile = dir.path().join("pid");
    let bin = script(
        dir.path(),
        "hangs",
        &format!(
            "echo $$ > {}; echo booting; sleep 30 & wait",
            pidfile.display()
        ),
    );
    let started = Instant::now();
    let err = Server::builder()
        .binary(&bin)
        .startup_timeout(Duration::from_millis(800))
        .spawn()
        .await
        .expect_err("must time out");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    match &err {
        StartError::StartupTimeout {
            after, stdout_tail, ..
        } => {
            assert_eq!(*after, Duration::from_millis(800));
            assert_eq!(stdout_tail.trim(), "booting");
        }
        other => panic!("unexpected {other}"),
    }
    let pid: u32 = std::fs::read_to_string(&pidfile)
        .expect("pid")
        .trim()
        .parse()
        .expect("pid");
    assert!(
        eventually(Duration::from_secs(2), || group_alive(pid).is_empty()),
        "script group survived"
    );
}

#[tokio::test]
async fn listening_line_without_health_is_a_health_error() {
    // Prints the line but nothing listens on that port.
    let dir = TempDir::new("health");
    let bin = script(
        dir.path(),
        "liar",
        "echo 'opencode server listening on http://127.0.0.1:9'; sleep 30 & wait",
    );
    let err = Server::builder()
        .binary(&bin)
        .startup_timeout(Duration::from_millis(1500))
        .spawn()
        .await
        .expect_err("must fail");
    assert!(matches!(err, StartError::Health { .. }), "{err}");
}

#[tokio::test]
async fn live_start_stop_and_auth() {
    let Some(bin) = common::binary() else { return };
    let env = Isolated::new("start");
    let server = env
        .server(&bin)
        .spawn()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let timing = server.startup_timing();
    println!(
        "startup: listening {:?}, ready {:?}",
        timing.listening, timing.ready
    );
    assert!(server.url().starts_with("http://127.0.0.1:"));
    assert!(!server.url().ends_with(":4096"));
    assert_eq!(server.url(), format!("http://127.0.0.1:{}", server.port()));
    assert_eq!(server.username(), "opencode");
    assert_eq!(server.password().map(str::len), Some(32));
    let pid = server.pid();
    assert!(alive(pid));
    // Without credentials the server refuses.
    let url = server.url().to_owned();
    let raw = tokio::process::Command::new("curl")
        .args([
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            &format!("{url}/global/health"),
        ])
        .output()
        .await;
    if let Ok(out) = raw {
        assert_eq!(String::from_utf8_lossy(&out.stdout), "401");
    }
    let exit = server.stop().await;
    assert!(exit.status.is_some());
    assert!(eventually(Duration::from_secs(2), || group_alive(pid).is_empty()));
}

#[tokio::test]
async fn live_unexpected_exit_is_observable() {
    let Some(bin) = common::binary() else { return };
    let env = Isolated::new("exited");
    let server = env
        .server(&bin)
        .spawn()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let exited = server.exited();
    assert!(server.try_exit().is_none());
    let _ = std::process::Command::new("kill")
        .args(["-KILL", &server.pid().to_string()])
        .status();
    let info = tokio::time::timeout(Duration::from_secs(5), exited)
        .await
        .expect("exit seen");
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(info.status.and_then(|s| s.signal()), Some(9));
    assert!(info.stdout_tail.contains("opencode server listening on"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_two_servers_in_parallel() {
    let Some(bin) = common::binary() else { return };
    let (a, b) = (Isolated::new("par-a"), Isolated::new("par-b"));
    let (sa, sb) = tokio::join!(a.server(&bin).spawn(), b.server(&bin).spawn());
    let (sa, sb) = (
        sa.unwrap_or_else(|e| panic!("{e}")),
        sb.unwrap_or_else(|e| panic!("{e}")),
    );
    assert_ne!(sa.url(), sb.url());
    tokio::join!(sa.stop(), sb.stop());
}

#[tokio::test]
async fn live_drop_kills_the_group() {
    let Some(bin) = common::binary() else { return };
    let env = Isolated::new("drop");
    let server = env
        .server(&bin)
        .spawn()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let pid = server.pid();
    drop(server);
    assert!(group_alive(pid).is_empty(), "left: {:?}", group_alive(pid));
}

#[test]
fn live_panic_in_owner_kills_the_group() {
    let Some(bin) = common::binary() else { return };
    let env = Isolated::new("panic");
    let (tx, rx) = std::sync::mpsc::channel();
    let builder = env.server(&bin);
    let owner = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("rt");
        rt.block_on(async move {
            let server = builder.spawn().await.unwrap_or_else(|e| panic!("{e}"));
            tx.send(server.pid()).expect("send pid");
            panic!("owner panics while holding the server");
        })
    });
    assert!(owner.join().is_err(), "the owner thread must have panicked");
    let pid = rx.recv().expect("pid");
    assert!(
        eventually(Duration::from_secs(2), || group_alive(pid).is_empty()),
        "left: {:?}",
        group_alive(pid)
    );
}

#[test]
fn live_sigkill_of_the_parent_kills_the_server() {
    let Some(bin) = common::binary() else { return };
    let env = Isolated::new("parent");
    let example = std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.join("examples/supervised_server")))
        .filter(|p| p.is_file());
    let Some(example) = example else {
        panic!("examples/supervised_server not built (cargo test builds examples)");
    };
    let r = env.root.path();
    let mut parent = std::process::Command::new(example)
        .current_dir(env.project())
        .env("OPENCODE_BIN", &bin)
        .env("HOME", r.join("home"))
        .env("XDG_CONFIG_HOME", r.join("config"))
        .env("XDG_DATA_HOME", r.join("data"))
        .env("XDG_CACHE_HOME", r.join("cache"))
        .env("npm_config_registry", "http://127.0.0.1:9")
        .env("NPM_CONFIG_REGISTRY", "http://127.0.0.1:9")
        .env("BUN_CONFIG_REGISTRY", "http://127.0.0.1:9")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn helper");
    let stdout = parent.stdout.take().expect("stdout");
    let mut line = String::new();
    std::io::BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read line");
    let pid: u32 = line
        .split_whitespace()
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| {
            let _ = parent.kill();
            panic!("helper printed {line:?}")
        });
    assert!(alive(pid));
    parent.kill().expect("SIGKILL helper");
    let _ = parent.wait();
    assert!(
        eventually(Duration::from_secs(3), || group_alive(pid).is_empty()),
        "left: {:?}",
        group_alive(pid)
    );
}

/// Twenty rounds of: start, query at once, kill. A request sent into the window before the
/// listening line would hang forever; the curl timeout turns that into a failure.
/// Also measures the supervision overhead (listening line -> ready).
#[tokio::test]
async fn live_start_then_query_twenty_times() {
    let Some(bin) = common::binary() else { return };
    let env = Isolated::new("twenty");
    let started = Instant::now();
    let mut listening = Vec::new();
    let mut overhead = Vec::new();
    for i in 0..20 {
        let server = env
            .server(&bin)
            .spawn()
            .await
            .unwrap_or_else(|e| panic!("start {i}: {e}"));
        let t = server.startup_timing();
        listening.push(t.listening);
        overhead.push(t.ready - t.listening);
        let out = tokio::process::Command::new("curl")
            .args(["-s", "-m", "5", "-u"])
            .arg(format!(
                "opencode:{}",
                server.password().unwrap_or_default()
            ))
            .arg(format!("{}/global/health", server.url()))
            .output()
            .await
            .expect("curl");
        let body = String::from_utf8_lossy(&out.stdout);
        assert!(body.contains("\"healthy\":true"), "round {i}: {body}");
        drop(server);
    }
    listening.sort();
    overhead.sort();
    println!(
        "20 rounds in {:?}; spawn->listening min {:?} median {:?} max {:?}; \
         listening->ready min {:?} median {:?} max {:?}",
        started.elapsed(),
        listening[0],
        listening[10],
        listening[19],
        overhead[0],
        overhead[10],
        overhead[19]
    );
}

#[tokio::test]
async fn live_invalid_config_json() {
    let Some(bin) = common::binary() else { return };
    let env = Isolated::new("badconfig");
    let err = env
        .server(&bin)
        .config_content("{not json")
        .spawn()
        .await
        .expect_err("a malformed config must fail the start");
    match &err {
        StartError::Config {
            message,
            stdout_tail,
            ..
        } => {
            assert!(message.contains("ConfigJsonError"), "{message}");
            assert!(
                stdout_tail.contains("opencode server listening on"),
                "{stdout_tail}"
            );
        }
        other => panic!("unexpected {other}"),
    }
}
