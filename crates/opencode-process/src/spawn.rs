//! Spawning and reaping: one long-lived spawner thread, pipe readers feeding bounded tails,
//! a waiter thread per child, and (on Linux) the process-tree sweep used to kill tool
//! processes the server started in their own sessions.

use std::collections::VecDeque;
use std::io::{self, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use tokio::sync::{oneshot, watch};

use crate::sys::{self, Signal};

/// Bytes kept from the end of each of stdout and stderr.
pub(crate) const TAIL_BYTES: usize = 64 * 1024;

/// Locks a mutex, recovering the data if a panic poisoned it.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A ring buffer of the last [`TAIL_BYTES`] bytes of a stream.
#[derive(Debug, Default)]
pub(crate) struct Tail {
    bytes: VecDeque<u8>,
}

impl Tail {
    fn push(&mut self, data: &[u8]) {
        let data = &data[data.len().saturating_sub(TAIL_BYTES)..];
        let overflow = (self.bytes.len() + data.len()).saturating_sub(TAIL_BYTES);
        self.bytes.drain(..overflow);
        self.bytes.extend(data);
    }

    pub(crate) fn text(&self) -> String {
        let (a, b) = self.bytes.as_slices();
        let mut v = Vec::with_capacity(a.len() + b.len());
        v.extend_from_slice(a);
        v.extend_from_slice(b);
        String::from_utf8_lossy(&v).into_owned()
    }
}

/// The stdout and stderr tails of one child.
#[derive(Debug, Default)]
pub(crate) struct Output {
    pub(crate) stdout: Mutex<Tail>,
    pub(crate) stderr: Mutex<Tail>,
}

impl Output {
    pub(crate) fn tails(&self) -> (String, String) {
        (lock(&self.stdout).text(), lock(&self.stderr).text())
    }
}

struct SpawnRequest {
    command: Command,
    reply: oneshot::Sender<io::Result<Child>>,
}

/// Spawns `command` from a dedicated thread that never exits.
///
/// `PR_SET_PDEATHSIG` fires when the *thread* that forked the child exits, not the process.
/// Forking from a Tokio worker or a blocking-pool thread (which exits after idling) would
/// kill the server at a random moment, so every fork happens on this one thread.
pub(crate) async fn spawn(command: Command) -> io::Result<Child> {
    static SPAWNER: OnceLock<Mutex<mpsc::Sender<SpawnRequest>>> = OnceLock::new();
    let sender = SPAWNER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<SpawnRequest>();
        let started = std::thread::Builder::new()
            .name("opencode-spawner".to_owned())
            .spawn(move || {
                for mut request in rx {
                    let _ = request.reply.send(request.command.spawn());
                }
            });
        if let Err(err) = started {
            tracing::error!(%err, "cannot start the opencode spawner thread");
        }
        Mutex::new(tx)
    });
    let (reply, rx) = oneshot::channel();
    lock(sender)
        .send(SpawnRequest { command, reply })
        .map_err(|_| io::Error::other("the opencode spawner thread is gone"))?;
    rx.await
        .map_err(|_| io::Error::other("the opencode spawner thread dropped the request"))?
}

/// Prepares the stdio and supervision of a command (stdin piped when `stdin` is true;
/// the kernel death signal when `death_signal` is true).
pub(crate) fn prepare(command: &mut Command, stdin: bool, death_signal: bool) {
    command
        .stdin(if stdin { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    sys::supervise(command, death_signal);
}

/// The guardian: a `/bin/sh` process in the server's process group that blocks reading a
/// pipe whose only writer is this process. When this process dies (even by SIGKILL) the
/// pipe reaches EOF and the guardian freezes the server with SIGSTOP, collects its
/// descendants from `/proc` (freezing each; the bash tools live in sessions of their own),
/// and SIGKILLs them and the group. The server itself then has no kernel death signal:
/// one would kill it at once, and its tool processes, reparented to init, could no longer
/// be traced back to it.
#[cfg(target_os = "linux")]
const GUARDIAN: &str = r#"P=$1
read _ x
kill -STOP "$P" 2>/dev/null || exit 0
found=" $P "
i=0
while [ "$i" -lt 16 ]; do
  i=$((i + 1))
  new=0
  for f in /proc/[0-9]*/stat; do
    pid=${f#/proc/}
    pid=${pid%/stat}
    [ "$pid" = "$$" ] && continue
    case "$found" in *" $pid "*) continue ;; esac
    read -r line < "$f" 2>/dev/null || continue
    set -- ${line##*) }
    case "$found" in
      *" $2 "*) ;;
      *) [ "$3" = "$P" ] || continue ;;
    esac
    kill -STOP "$pid" 2>/dev/null
    found="$found$pid "
    new=1
  done
  [ "$new" = 0 ] && break
done
kill -KILL $found 2>/dev/null
kill -KILL -- "-$P" 2>/dev/null
"#;

/// Whether the guardian can be used here.
pub(crate) fn guardian_available() -> bool {
    cfg!(target_os = "linux") && std::path::Path::new("/bin/sh").is_file()
}

/// Starts the guardian for process group `pgid`; keep the returned pipe open for as long
/// as the group should live (closing it makes the guardian kill the group).
#[cfg(target_os = "linux")]
pub(crate) fn start_guardian(pgid: u32) -> io::Result<std::process::ChildStdin> {
    use std::os::unix::process::CommandExt;
    let group = i32::try_from(pgid).map_err(io::Error::other)?;
    let mut child = Command::new("/bin/sh")
        .arg("-c")
        .arg(GUARDIAN)
        .arg("opencode-guardian")
        .arg(pgid.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(group)
        .spawn()?;
    let stdin = child
        .stdin
        .take()
        .ok_or_else(|| io::Error::other("guardian stdin missing"))?;
    std::thread::Builder::new()
        .name(format!("opencode-guardian-{pgid}"))
        .spawn(move || {
            let _ = child.wait();
        })?;
    Ok(stdin)
}

/// Without `/proc` there is no guardian; the caller falls back to the death signal.
#[cfg(not(target_os = "linux"))]
pub(crate) fn start_guardian(_pgid: u32) -> io::Result<std::process::ChildStdin> {
    Err(io::Error::other("no guardian on this platform"))
}

/// Starts a thread that copies `pipe` into `tail` and hands every complete line to
/// `on_line` (lines longer than 64 KiB are cut).
pub(crate) fn drain<R, F>(
    name: &str,
    mut pipe: R,
    output: Arc<Output>,
    stderr: bool,
    mut on_line: F,
    done: Option<Arc<std::sync::atomic::AtomicUsize>>,
) -> io::Result<()>
where
    R: Read + Send + 'static,
    F: FnMut(&str) + Send + 'static,
{
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            let mut buf = [0u8; 8192];
            let mut line: Vec<u8> = Vec::new();
            loop {
                let n = match pipe.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                };
                let data = &buf[..n];
                {
                    let target = if stderr {
                        &output.stderr
                    } else {
                        &output.stdout
                    };
                    lock(target).push(data);
                }
                for &b in data {
                    if b == b'\n' {
                        on_line(String::from_utf8_lossy(&line).trim_end_matches('\r'));
                        line.clear();
                    } else if line.len() < TAIL_BYTES {
                        line.push(b);
                    }
                }
            }
            if !line.is_empty() {
                on_line(String::from_utf8_lossy(&line).trim_end_matches('\r'));
            }
            if let Some(done) = done {
                done.fetch_add(1, std::sync::atomic::Ordering::Release);
            }
        })
        .map(|_| ())
}

/// Starts a thread that reaps `child` and publishes its exit status.
pub(crate) fn wait_in_thread(
    mut child: Child,
    name: &str,
) -> io::Result<watch::Receiver<Option<ExitStatus>>> {
    let (tx, rx) = watch::channel(None);
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            let status = loop {
                match child.wait() {
                    Ok(status) => break Some(status),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(err) => {
                        tracing::warn!(%err, "waiting for opencode failed");
                        break None;
                    }
                }
            };
            if let Some(status) = status {
                tx.send_replace(Some(status));
            }
        })?;
    Ok(rx)
}

/// Blocks (briefly) until the waiter reports an exit, up to `timeout`.
pub(crate) fn block_until_exited(rx: &watch::Receiver<Option<ExitStatus>>, timeout: Duration) {
    let deadline = Instant::now() + timeout;
    while rx.borrow().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A process identity that survives pid reuse: pid plus its start time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct ProcId {
    pub(crate) pid: u32,
    start: u64,
}

#[cfg(target_os = "linux")]
mod tree {
    use super::ProcId;

    /// `(ppid, pgid, starttime)` from `/proc/<pid>/stat`.
    pub(super) fn stat(pid: u32) -> Option<(u32, u32, u64, char)> {
        let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The command name is in parentheses and may contain spaces: split after the last ')'.
        let rest = &text[text.rfind(')')? + 2..];
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let state = fields.first()?.chars().next()?;
        let ppid = fields.get(1)?.parse().ok()?;
        let pgid = fields.get(2)?.parse().ok()?;
        let start = fields.get(19)?.parse().ok()?;
        Some((ppid, pgid, start, state))
    }

    /// Every live process that descends from `root` or belongs to group `root`, root
    /// included. Zombies are skipped (they are already dead).
    pub(super) fn family(root: u32) -> Vec<ProcId> {
        let Ok(dir) = std::fs::read_dir("/proc") else {
            return Vec::new();
        };
        let procs: Vec<(u32, u32, u32, u64, char)> = dir
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .filter_map(|pid| {
                let (ppid, pgid, start, state) = stat(pid)?;
                Some((pid, ppid, pgid, start, state))
            })
            .collect();
        let mut members: Vec<u32> = vec![root];
        let mut changed = true;
        while changed {
            changed = false;
            for &(pid, ppid, pgid, _, _) in &procs {
                if !members.contains(&pid) && (members.contains(&ppid) || pgid == root) {
                    members.push(pid);
                    changed = true;
                }
            }
        }
        procs
            .iter()
            .filter(|(pid, _, _, _, state)| members.contains(pid) && *state != 'Z')
            .map(|&(pid, _, _, start, _)| ProcId { pid, start })
            .collect()
    }
}

/// Snapshot of the server's process family (its group and every descendant, including
/// tool processes that the server put in sessions of their own).
pub(crate) fn family(root: u32) -> Vec<ProcId> {
    #[cfg(target_os = "linux")]
    {
        tree::family(root)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = root;
        Vec::new()
    }
}

/// SIGKILLs the processes of `snapshot` that are still the same processes (same start time).
pub(crate) fn kill_snapshot(snapshot: &[ProcId]) {
    #[cfg(target_os = "linux")]
    for p in snapshot {
        if tree::stat(p.pid).is_some_and(|(_, _, start, state)| start == p.start && state != 'Z') {
            sys::kill(p.pid, Signal::Kill);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = snapshot;
}

/// Kills the group `pgid` and, on Linux, every descendant of its leader: the family is
/// frozen with SIGSTOP first so nobody can fork while it is being collected, then killed.
pub(crate) fn kill_family(pgid: u32) {
    sys::killpg(pgid, Signal::Stop);
    #[cfg(target_os = "linux")]
    {
        let mut seen: Vec<ProcId> = Vec::new();
        // Bounded: each round freezes what it finds; a frozen process cannot add more.
        for _ in 0..8 {
            let found = tree::family(pgid);
            let new: Vec<ProcId> = found.into_iter().filter(|p| !seen.contains(p)).collect();
            if new.is_empty() {
                break;
            }
            for p in &new {
                sys::kill(p.pid, Signal::Stop);
            }
            seen.extend(new);
        }
        kill_snapshot(&seen);
    }
    sys::killpg(pgid, Signal::Kill);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_keeps_the_end() {
        let mut t = Tail::default();
        t.push(&vec![b'a'; TAIL_BYTES]);
        t.push(b"xyz");
        let text = t.text();
        assert_eq!(text.len(), TAIL_BYTES);
        assert!(text.ends_with("axyz"));
        t.push(&vec![b'b'; TAIL_BYTES + 10]);
        assert_eq!(t.text(), "b".repeat(TAIL_BYTES));
    }
}
