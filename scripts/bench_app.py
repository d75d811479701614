#!/usr/bin/env python3
"""Desktop-app figures for scripts/bench-app.sh (stdlib only; prints, asserts nothing).

- start-up: process start to the overview drawn with data, as the app
  reports it (OVERSTAP_EXIT_WHEN_READY=1 prints `overview-ready checklists=N
  elapsed_ms=M`, M counted in Rust from the start of `run()`) and as the
  wall clock sees it from spawn to that line; fresh data folders and warm
  ones (the same folder again);
- memory: the proportional set size (PSS, shared pages split among their
  users) of the whole process tree (the app, WebKitWebProcess,
  WebKitNetworkProcess, …) after idling, for the app and for an empty
  Tauri app;
- size: the release binaries.

Everything runs under a private Xvfb and every process started here is
stopped at the end, also on Ctrl+C.
"""

import argparse
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

GOAL_RATIO = 1.25
MIB = 1024 * 1024


class Bench:
    def __init__(self, cli):
        self.cli = cli
        self.groups = []  # process groups to stop at the end
        self.tmp = tempfile.mkdtemp(prefix="overstap-bench-")
        self.display = None

    # --- processes -------------------------------------------------------

    def spawn(self, argv, env, stdout):
        with open(os.path.join(self.tmp, "stderr.log"), "ab") as stderr:
            p = subprocess.Popen(
                argv, env=env, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr,
                start_new_session=True,
            )
        self.groups.append(p)
        return p

    def stop(self, p, grace=3.0):
        """SIGTERM to the process group, SIGKILL after `grace` seconds."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(p.pid, sig)
            except ProcessLookupError:
                pass
            try:
                p.wait(timeout=grace)
                break
            except subprocess.TimeoutExpired:
                continue
        # Helpers that outlive their parent for a moment (WebKit's) share the group.
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if p in self.groups:
            self.groups.remove(p)

    def close(self):
        for p in list(self.groups):
            self.stop(p, grace=1.0)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def start_xvfb(self):
        r, w = os.pipe()
        p = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(w,), start_new_session=True,
        )
        self.groups.append(p)
        os.close(w)
        ready, _, _ = select.select([r], [], [], 30)
        number = os.read(r, 64).decode().strip() if ready else ""
        os.close(r)
        if not number:
            sys.exit("bench-app: Xvfb did not report a display within 30 s")
        self.display = ":" + number

    def env(self, data_dir, home_dirs, exit_when_ready):
        env = dict(os.environ)
        for key in ("OVERSTAP_EXIT_WHEN_READY", "OVERSTAP_SYSTEM_PRESET_DIR"):
            env.pop(key, None)
        env["DISPLAY"] = self.display
        env["OVERSTAP_LANG"] = "nl"
        env["OVERSTAP_DATA_DIR"] = data_dir
        # WebKit's own cache and storage: fresh with the data folder.
        env["XDG_CACHE_HOME"] = os.path.join(home_dirs, "cache")
        env["XDG_DATA_HOME"] = os.path.join(home_dirs, "share")
        if exit_when_ready:
            env["OVERSTAP_EXIT_WHEN_READY"] = "1"
        return env

    def fresh_dirs(self):
        d = tempfile.mkdtemp(dir=self.tmp)
        data = os.path.join(d, "data")
        os.mkdir(data)
        # As a rollout script would: no first-run questions, so the app
        # opens on the overview (this also creates the database).
        subprocess.run([self.cli, "--data-dir", data, "settings", "skip-first-run"],
                       check=True, stdout=subprocess.DEVNULL)
        return data, d

    # --- start-up --------------------------------------------------------

    def startup_once(self, app, data, home_dirs, timeout=120):
        """(elapsed_ms reported by the app, wall-clock ms from spawn to the line)."""
        t0 = time.monotonic()
        p = self.spawn([app], self.env(data, home_dirs, True), subprocess.PIPE)
        buf = b""
        line = None
        deadline = t0 + timeout
        while line is None:
            left = deadline - time.monotonic()
            if left <= 0:
                self.stop(p)
                sys.exit(f"bench-app: no overview-ready line within {timeout} s")
            ready, _, _ = select.select([p.stdout], [], [], left)
            if not ready:
                continue
            chunk = os.read(p.stdout.fileno(), 4096)
            if not chunk:
                self.stop(p)
                sys.exit(f"bench-app: the app exited ({p.wait()}) before its overview was ready; "
                         f"stderr in {self.tmp}/stderr.log")
            buf += chunk
            for raw in buf.split(b"\n")[:-1]:
                if raw.startswith(b"overview-ready "):
                    line = raw.decode()
                    break
        wall_ms = (time.monotonic() - t0) * 1000
        fields = dict(part.split("=", 1) for part in line.split()[1:])
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        self.stop(p)
        return int(fields["elapsed_ms"]), wall_ms, int(fields["checklists"])

    def startup(self, app, runs, warm):
        # One run first so the binary and libraries are in the page cache:
        # "fresh" below means a fresh data folder, not a cold disk.
        self.startup_once(app, *self.fresh_dirs())
        fresh = []
        for _ in range(runs):
            data, home = self.fresh_dirs()
            fresh.append(self.startup_once(app, data, home))
            shutil.rmtree(home, ignore_errors=True)
        data, home = self.fresh_dirs()
        self.startup_once(app, data, home)  # makes the database; not counted
        warm_runs = [self.startup_once(app, data, home) for _ in range(warm)]
        checklists = {r[2] for r in fresh + warm_runs}
        print(f"start-up to the overview drawn with data ({', '.join(map(str, sorted(checklists)))} checklists), ms:")
        for name, rows in (("fresh data folder", fresh), ("warm (same folder)", warm_runs)):
            for idx, label in ((0, "reported by the app"), (1, "wall clock from spawn")):
                values = [r[idx] for r in rows]
                print(f"  {name:<19} {label:<22} median {statistics.median(values):7.0f}"
                      f"  min {min(values):7.0f}  max {max(values):7.0f}  (n={len(values)})")

    # --- memory ----------------------------------------------------------

    @staticmethod
    def tree(root):
        """`root` and all its descendants, from /proc."""
        children = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    rest = f.read().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            children.setdefault(int(rest[1]), []).append(int(entry))
        found, todo = [], [root]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo.extend(children.get(pid, []))
        return found

    @staticmethod
    def pss_kib(pid):
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    @staticmethod
    def comm(pid):
        try:
            with open(f"/proc/{pid}/comm") as f:
                return f.read().strip()
        except OSError:
            return "?"

    def idle_pss(self, name, app, idle):
        data, home = self.fresh_dirs()
        p = self.spawn([app], self.env(data, home, False), subprocess.DEVNULL)
        time.sleep(idle)
        if p.poll() is not None:
            sys.exit(f"bench-app: {name} exited ({p.returncode}) while idling; stderr in {self.tmp}/stderr.log")
        per = [(pid, self.comm(pid), self.pss_kib(pid)) for pid in self.tree(p.pid)]
        drawn = None
        logs = os.path.join(data, "logs")
        if os.path.isdir(logs):
            drawn = any("overview shown" in open(os.path.join(logs, f), errors="replace").read()
                        for f in os.listdir(logs))
        self.stop(p)
        total = sum(k for _, _, k in per) * 1024
        parts = ", ".join(f"{c} {k / 1024:.1f}" for _, c, k in sorted(per, key=lambda x: -x[2]))
        note = "" if drawn is None else (" (overview drawn)" if drawn else " (overview NOT drawn)")
        print(f"  {name:<12} {total / MIB:7.1f} MiB in {len(per)} processes{note}: {parts}")
        return total

    def memory(self, app, empty, idle):
        print(f"whole-process-tree PSS after {idle:g} s idle (MiB):")
        a = self.idle_pss("overstap-app", app, idle)
        e = self.idle_pss("empty Tauri", empty, idle)
        ratio = a / e if e else float("inf")
        met = "met" if ratio <= GOAL_RATIO else "NOT met"
        print(f"  ratio overstap-app / empty Tauri: {ratio:.2f} (goal <= {GOAL_RATIO}: {met})")


def sizes(app, empty):
    print("release binary size (MiB):")
    for name, path in (("overstap-app", app), ("empty Tauri", empty)):
        print(f"  {name:<12} {os.path.getsize(path) / MIB:7.1f}  {path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", required=True)
    parser.add_argument("--empty", required=True)
    parser.add_argument("--cli", required=True, help="the overstap command (skips the first run in each data folder)")
    parser.add_argument("--runs", type=int, default=10, help="start-ups with a fresh data folder")
    parser.add_argument("--warm", type=int, default=10, help="start-ups on the same data folder")
    parser.add_argument("--idle", type=float, default=60, help="seconds idle before measuring memory")
    args = parser.parse_args()

    bench = Bench(args.cli)
    # Ctrl+C or SIGTERM: stop what runs, then leave.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        bench.start_xvfb()
        print(f"(under Xvfb {bench.display}; {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f})")
        bench.startup(args.app, args.runs, args.warm)
        bench.memory(args.app, args.empty, args.idle)
        sizes(args.app, args.empty)
    except KeyboardInterrupt:
        sys.exit(130)
    finally:
        bench.close()


if __name__ == "__main__":
    main()
