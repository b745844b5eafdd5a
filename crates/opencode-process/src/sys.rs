//! The only module with `unsafe`: thin wrappers over `kill(2)`, `killpg(2)` and, for the
//! child between `fork` and `exec`, `prctl(PR_SET_PDEATHSIG)`.
//!
//! Each `unsafe` block calls one libc function with plain integer arguments; none of them
//! touches memory owned by Rust.
#![allow(unsafe_code)]

use std::process::Command;

/// Signals this crate sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Signal {
    Term,
    Kill,
    Stop,
}

impl Signal {
    fn raw(self) -> libc::c_int {
        match self {
            Signal::Term => libc::SIGTERM,
            Signal::Kill => libc::SIGKILL,
            Signal::Stop => libc::SIGSTOP,
        }
    }
}

/// Sends `signal` to process `pid`. Returns false when the process does not exist
/// (or the signal could not be delivered). `pid` must be positive: 0 and negative values
/// would address groups, so they are refused here.
pub(crate) fn kill(pid: u32, signal: Signal) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 1 {
        return false;
    }
    // SAFETY: kill(2) takes two integers and has no memory effects.
    unsafe { libc::kill(pid, signal.raw()) == 0 }
}

/// Sends `signal` to every process of group `pgid`. Returns false when the group is empty.
pub(crate) fn killpg(pgid: u32, signal: Signal) -> bool {
    let Ok(pgid) = libc::pid_t::try_from(pgid) else {
        return false;
    };
    if pgid <= 1 {
        return false;
    }
    // SAFETY: killpg(2) takes two integers and has no memory effects.
    unsafe { libc::killpg(pgid, signal.raw()) == 0 }
}

/// Puts the child in its own process group and, with `death_signal` on Linux, asks the
/// kernel to SIGKILL it when the thread that forked it exits (see the spawner thread in
/// `spawn.rs`, which lives as long as the process, so this means: when this process dies,
/// even by SIGKILL).
pub(crate) fn supervise(cmd: &mut Command, death_signal: bool) {
    use std::os::unix::process::CommandExt;
    cmd.process_group(0);
    #[cfg(target_os = "linux")]
    if death_signal {
        let parent = std::process::id();
        // SAFETY: the closure runs in the forked child before exec and only calls the
        // async-signal-safe functions prctl(2) and getppid(2); it allocates nothing.
        unsafe {
            cmd.pre_exec(move || {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                // The parent may have died between fork and prctl: then nobody would ever
                // send the death signal, so give up now.
                if u32::try_from(libc::getppid()).ok() != Some(parent) {
                    return Err(std::io::Error::other("parent exited during spawn"));
                }
                Ok(())
            });
        }
    }
}
