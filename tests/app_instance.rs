//! One app per data folder (src-tauri/instance.rs), with the real app
//! binary under Xvfb and a private D-Bus session bus:
//! - a second start with the bus hands over to the first window, and one
//!   without a bus is refused with the message in the person's language and
//!   a non-zero exit; neither opens the database (`strace` sees every file
//!   they open);
//! - a start right after the last app closed (issue 5's reopen race) is
//!   neither refused nor handed to nobody: it waits a moment for the app
//!   lock, and for the single-instance name, which the bus frees a moment
//!   after the process is gone.

// strace, Xvfb, dbus-daemon: Linux only.
#![cfg(target_os = "linux")]

mod window;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use overstap_core::{i18n, Lang};
use window::{app_binary, skip_first_run, Display};

/// How long any one start may take on a loaded two-core machine.
const START: Duration = Duration::from_secs(90);

/// A private session bus (`dbus-daemon`), stopped on drop.
struct Bus {
    child: Child,
    address: String,
    _dir: tempfile::TempDir,
}

impl Bus {
    fn start() -> Bus {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("bus");
        let address = format!("unix:path={}", socket.display());
        let child = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile"])
            .arg(format!("--address={address}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (Debian package dbus)");
        let deadline = Instant::now() + Duration::from_secs(30);
        while !socket.exists() {
            assert!(Instant::now() < deadline, "dbus-daemon made no socket within 30 s");
            std::thread::sleep(Duration::from_millis(20));
        }
        Bus { child, address, _dir: dir }
    }

    fn connect(&self) -> zbus::blocking::Connection {
        zbus::blocking::connection::Builder::address(self.address.as_str()).unwrap().build().unwrap()
    }

    fn name_has_owner(&self, name: &str) -> bool {
        let conn = self.connect();
        let dbus = zbus::blocking::fdo::DBusProxy::new(&conn).unwrap();
        dbus.name_has_owner(name.try_into().unwrap()).unwrap()
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The single-instance plugin's name: the identifier in tauri.conf.json + `.SingleInstance`.
fn single_instance_name() -> String {
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tauri.conf.json")).unwrap(),
    )
    .unwrap();
    format!("{}.SingleInstance", conf["identifier"].as_str().unwrap())
}

/// An app process, killed on drop; its output in files (nobody reads a pipe while we wait).
struct Running {
    child: Child,
    out: PathBuf,
    err: PathBuf,
}

impl Running {
    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.err).unwrap_or_default()
    }

    fn stdout(&self) -> String {
        std::fs::read_to_string(&self.out).unwrap_or_default()
    }

    fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().unwrap()
    }

    /// Waits at most [`START`] for the process to end.
    fn wait(&mut self, what: &str) -> ExitStatus {
        let deadline = Instant::now() + START;
        loop {
            if let Some(status) = self.exited() {
                return status;
            }
            assert!(Instant::now() < deadline, "{what}: still running after {START:?}\nstderr: {}", self.stderr());
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the app on `data`, with the session bus `bus` or none, optionally
/// under `strace` recording every file opened into `trace`; with
/// `exit_when_ready` it exits once its overview is drawn
/// (`OVERSTAP_EXIT_WHEN_READY`, as in tests/app_window.rs).
fn start(display: &Display, data: &Path, bus: Option<&Bus>, trace: Option<&Path>, exit_when_ready: bool) -> Running {
    let name = trace.and_then(|t| t.file_stem()).map_or("app".into(), |s| s.to_string_lossy().into_owned());
    let out = data.parent().unwrap().join(format!("{name}.out"));
    let err = data.parent().unwrap().join(format!("{name}.err"));
    let mut command = match trace {
        Some(trace) => {
            let mut c = Command::new("strace");
            c.args(["-f", "-qq", "-e", "trace=open,openat,openat2,creat", "-o"]).arg(trace).arg(app_binary());
            c
        }
        None => Command::new(app_binary()),
    };
    command
        .env("DISPLAY", display.name())
        .env("OVERSTAP_DATA_DIR", data)
        .env("OVERSTAP_LANG", "nl")
        .env("OVERSTAP_EXIT_WHEN_READY", if exit_when_ready { "1" } else { "0" })
        .env_remove("OVERSTAP_SYSTEM_PRESET_DIR")
        // "No bus" is a dead address: without the variable, D-Bus clients
        // fall back to the login session's bus.
        .env("DBUS_SESSION_BUS_ADDRESS", window::NO_BUS)
        .env("OVERSTAP_LOG", "info")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap());
    if let Some(bus) = bus {
        command.env("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    }
    Running { child: command.spawn().expect("the app starts"), out, err }
}

fn logs(data: &Path) -> String {
    let Ok(entries) = std::fs::read_dir(data.join("logs")) else { return String::new() };
    entries.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect()
}

/// Waits until `ready` holds, while `app` must keep running.
fn wait_while_running(app: &mut Running, what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + START;
    while !ready() {
        if let Some(status) = app.exited() {
            panic!("the app exited ({status}) before {what}\nstderr: {}", app.stderr());
        }
        assert!(Instant::now() < deadline, "no {what} within {START:?}\nstderr: {}", app.stderr());
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn opened_the_database(trace: &Path) -> Vec<String> {
    std::fs::read_to_string(trace)
        .unwrap_or_else(|e| panic!("{}: {e}", trace.display()))
        .lines()
        .filter(|l| l.contains("progress.db"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_second_app_hands_over_or_is_refused_before_it_opens_the_database() {
    let display = Display::get();
    let bus = Bus::start();
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    skip_first_run(&data);

    let mut first = start(&display, &data, Some(&bus), None, false);
    let name = single_instance_name();
    wait_while_running(&mut first, "the first app's single-instance name", || bus.name_has_owner(&name));
    wait_while_running(&mut first, "the first app's core", || logs(&data).contains("opened"));

    // Without a session bus the plugin cannot find the first app: the lock refuses.
    let trace = work.path().join("without-bus.strace");
    let mut second = start(&display, &data, None, Some(&trace), false);
    let status = second.wait("a second app without a session bus (it ran beside the first)");
    let expected = i18n::tr(Lang::Nl, "error-app-already-open", &[("path", data.display().to_string().into())]);
    assert!(!status.success(), "refused, so not exit 0: {status}");
    assert!(second.stderr().contains(&expected), "the Dutch message on stderr, got: {}", second.stderr());
    assert_eq!(opened_the_database(&trace), Vec::<String>::new(), "the refused app opened the database");

    // With the bus it hands over to the first window and exits 0.
    let trace = work.path().join("with-bus.strace");
    let mut third = start(&display, &data, Some(&bus), Some(&trace), false);
    let status = third.wait("a second app with the session bus");
    assert!(status.success(), "handed over: {status}\nstderr: {}", third.stderr());
    assert_eq!(opened_the_database(&trace), Vec::<String>::new(), "the app that handed over opened the database");

    assert!(first.exited().is_none(), "the first app still runs: {}", first.stderr());
}

#[test]
fn a_start_that_finds_a_leaving_apps_name_waits_for_it_instead_of_handing_over() {
    let display = Display::get();
    let bus = Bus::start();
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    skip_first_run(&data);

    // An app that is leaving: its process (and app lock) gone, its name not
    // yet freed by the bus, and nothing there to answer a handover.
    let name = single_instance_name();
    let leaving = zbus::blocking::connection::Builder::address(bus.address.as_str())
        .unwrap()
        .name(name.as_str())
        .unwrap()
        .build()
        .expect("the name taken");
    // Answer calls with an error (no such object), as the bus does once it
    // notices the leaving app is gone, rather than never.
    let _ = leaving.object_server();
    assert!(bus.name_has_owner(&name));

    let mut app = start(&display, &data, Some(&bus), None, true);
    wait_while_running(&mut app, "the app waiting for the leaving app's name", || {
        logs(&data).contains("waiting for the app that is leaving")
    });
    drop(leaving);

    let status = app.wait("the app after the name was freed");
    assert!(status.success(), "exit {status}\nstderr: {}", app.stderr());
    assert!(app.stdout().contains("overview-ready"), "the window opened: {}", app.stdout());
}

#[test]
fn a_start_while_the_last_app_is_leaving_waits_for_its_lock_instead_of_being_refused() {
    let display = Display::get();
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    skip_first_run(&data);

    // No session bus: only the lock tells the two apart.
    let mut first = start(&display, &data, None, None, false);
    wait_while_running(&mut first, "the first app's core", || logs(&data).contains("opened"));
    let mut second = start(&display, &data, None, None, true);
    wait_while_running(&mut second, "the second app waiting for the lock", || {
        logs(&data).contains("app lock held: waiting in case that app is leaving")
    });
    // Now the first one leaves (a person closed it a moment ago).
    let _ = first.child.kill();
    let _ = first.child.wait();

    let status = second.wait("the app started while the other was leaving");
    assert!(status.success(), "exit {status}\nstderr: {}", second.stderr());
    assert!(second.stdout().contains("overview-ready"), "the window opened: {}", second.stdout());
}
