//! Starting the Python test servers as child processes that cannot outlive
//! whoever started them: each harness kills its child on drop, and on Linux
//! the kernel also sends it SIGTERM when the starting thread dies (a test
//! binary or `overstap-demo-servers` killed with SIGKILL runs no drop).
//!
//! With that guarantee the servers get a process group of their own, so
//! Ctrl+C in a terminal reaches only the program that started them, which
//! then stops them in order (instead of each server dying on its own, in
//! the middle of starting, with a traceback in its log).

use std::process::{Child, Command};

/// Spawns `command`, panicking with `what` when it cannot start.
pub fn spawn_server(command: &mut Command, what: &str) -> Child {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
        let parent = std::process::id() as libc::pid_t;
        // SAFETY: prctl and getppid are async-signal-safe and touch no
        // memory of the parent; this runs between fork and exec.
        unsafe {
            command.pre_exec(move || {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                // The parent may have died before the line above: then no
                // signal will ever come, so do not start at all.
                if libc::getppid() != parent {
                    return Err(std::io::Error::other("the starting process is gone"));
                }
                Ok(())
            });
        }
    }
    command.spawn().unwrap_or_else(|e| panic!("{what} starts: {e}"))
}

/// Stops a server started by [`spawn_server`] and reaps it.
pub fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}
