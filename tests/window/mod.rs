//! Real-window test support: the desktop app in a real window, driven the
//! way a person would use it, over WebDriver.
//!
//! ```text
//!   test ──WebDriver──▶ tauri-driver ──▶ WebKitWebDriver ──▶ overstap-app (Xvfb)
//! ```
//!
//! - [`Display`]: the session's display, or a private Xvfb started here.
//! - [`App`]: `tauri-driver` (from `.tools/bin`, installed by
//!   `scripts/setup.sh`) on free ports over `/usr/bin/WebKitWebDriver`
//!   (Debian's `webkit2gtk-driver`), and a WebDriver session whose
//!   application is the `overstap-app` this test run built. The app gets
//!   its data folder, language and system preset folder through the
//!   environment of `tauri-driver`, which passes it on; a launcher
//!   ([`AppOptions::launcher`], e.g. `strace`) can run it.
//! - Helpers on [`App`], all by CSS selector and all synchronous: wait for
//!   an element ([`App::wait_for`], [`App::wait_for_count`],
//!   [`App::wait_for_text`], [`App::wait_until_gone`], [`App::wait_until`]),
//!   read ([`App::text`], [`App::texts`], [`App::attr`], [`App::count`]),
//!   act ([`App::click`], [`App::type_into`], [`App::fill`]), take a
//!   screenshot ([`App::screenshot`], [`screenshot_path`]), restart the app
//!   on the same data folder ([`App::restart`], [`App::restart_with`]).
//!
//! Everything is bounded: each WebDriver command by [`COMMAND_TIMEOUT`],
//! each wait by [`App::wait_timeout`] ([`DEFAULT_WAIT`] unless changed). A
//! wait that runs out panics with what it waited for, a screenshot of the
//! window at that moment (`target/screenshots/failed-<test>.png`), the page
//! source and the end of the driver's and app's stderr.
//!
//! Nothing outlives the test: dropping [`App`] (also while a test panics)
//! ends the session and stops `tauri-driver` with everything it started (the
//! app and WebKit's processes share its process group), then Xvfb; should
//! the test binary itself be killed, the kernel sends `tauri-driver` and
//! Xvfb SIGTERM (`overstap_testkit::process::spawn_server`).
//!
//! A test file uses it with `mod window;` and uses only part of it, hence
//! the `dead_code` allowance below.
#![allow(dead_code)]

use std::future::Future;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use overstap_testkit::process::spawn_server;
use overstap_testkit::synapse::{free_port, wait_until_listening};
use serde_json::{json, Value};

/// The longest one WebDriver command may take before the test fails.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);
/// How long the `wait_*` helpers wait unless [`App::set_wait_timeout`] says otherwise.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(30);
/// How long starting the app (a new WebDriver session) may take: a debug
/// build on a loaded two-core machine is slow to open its first window.
pub const START_TIMEOUT: Duration = Duration::from_secs(90);
/// How often the `wait_*` helpers look again.
const POLL: Duration = Duration::from_millis(100);

/// The app binary this test run built.
/// A session bus address nothing listens on: "no bus" for the app under
/// test, also on a computer whose login session has one.
pub const NO_BUS: &str = "unix:path=/nonexistent/overstap-test-no-bus";

pub fn app_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_overstap-app"))
}

/// `<target>/screenshots/<name>` (honours `CARGO_TARGET_DIR`); the folder
/// is made by [`App::screenshot`].
pub fn screenshot_path(name: &str) -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).join("screenshots").join(name)
}

/// `tauri-driver`: `$OVERSTAP_TAURI_DRIVER`, else the project's own
/// `.tools/bin` (where `scripts/setup.sh` installs it), else `~/.cargo/bin`,
/// else `PATH`.
pub fn tauri_driver_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("OVERSTAP_TAURI_DRIVER") {
        return PathBuf::from(path);
    }
    let mut candidates = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/bin/tauri-driver")];
    if let Some(home) = std::env::var_os("HOME") {
        candidates.push(Path::new(&home).join(".cargo/bin/tauri-driver"));
    }
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path).map(|dir| dir.join("tauri-driver")));
    }
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("tauri-driver not found (.tools/bin, ~/.cargo/bin, PATH): run scripts/setup.sh"))
}

/// WebKitGTK's WebDriver: `$OVERSTAP_WEBKIT_WEBDRIVER`, else Debian's.
pub fn webkit_webdriver_binary() -> PathBuf {
    let path = std::env::var_os("OVERSTAP_WEBKIT_WEBDRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/WebKitWebDriver"));
    assert!(path.is_file(), "{} is missing: install webkit2gtk-driver (scripts/setup.sh does)", path.display());
    path
}

/// A display to draw on: the session's own (`DISPLAY`), or a private Xvfb
/// started here and stopped on drop.
pub struct Display {
    name: String,
    xvfb: Option<Child>,
}

impl Display {
    /// The session's display when `DISPLAY` is set, else a new Xvfb
    /// (1280×900, 24 bit), ready when this returns. Xvfb picks a free
    /// display number itself (`-displayfd`), so tests may run side by side.
    pub fn get() -> Display {
        if let Ok(name) = std::env::var("DISPLAY") {
            if !name.is_empty() {
                return Display { name, xvfb: None };
            }
        }
        Display::xvfb()
    }

    /// Always a private Xvfb, even when `DISPLAY` is set.
    pub fn xvfb() -> Display {
        let mut command = Command::new("Xvfb");
        // With -displayfd, Xvfb writes the display number it took to that fd
        // once it accepts clients: stdout here, read below.
        command
            .args(["-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut xvfb = spawn_server(&mut command, "Xvfb (install the xvfb package: scripts/setup.sh does)");
        let stdout = xvfb.stdout.take().expect("Xvfb's stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if !line.trim().is_empty() => Display { name: format!(":{}", line.trim()), xvfb: Some(xvfb) },
            other => {
                let _ = xvfb.kill();
                let status = xvfb.wait();
                panic!("Xvfb did not report a display within 30 s ({other:?}, {status:?})");
            }
        }
    }

    /// The display's name, for `DISPLAY` (`:99`).
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(x) = &mut self.xvfb {
            let _ = x.kill();
            let _ = x.wait();
        }
    }
}

/// How the app is started: language, data folder, system preset folder and
/// any other environment. Build with [`AppOptions::new`] and the setters,
/// then [`App::start`].
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    lang: Option<String>,
    data_dir: Option<PathBuf>,
    system_preset_dir: Option<PathBuf>,
    env: Vec<(String, String)>,
    launcher: Option<(PathBuf, Vec<String>)>,
}

impl AppOptions {
    /// A fresh, empty data folder (removed when the [`App`] is dropped),
    /// the language the app would pick itself, no system preset folder.
    pub fn new() -> AppOptions {
        AppOptions::default()
    }

    /// `OVERSTAP_LANG`: `nl`, `de` or `en`.
    pub fn lang(mut self, lang: &str) -> AppOptions {
        self.lang = Some(lang.to_owned());
        self
    }

    /// `OVERSTAP_DATA_DIR`: this folder instead of a fresh one (kept after the test).
    pub fn data_dir(mut self, dir: impl Into<PathBuf>) -> AppOptions {
        self.data_dir = Some(dir.into());
        self
    }

    /// `OVERSTAP_SYSTEM_PRESET_DIR`: where the app reads the system preset.
    pub fn system_preset_dir(mut self, dir: impl Into<PathBuf>) -> AppOptions {
        self.system_preset_dir = Some(dir.into());
        self
    }

    /// Any other variable for the app's environment (`HOME`, `DBUS_SESSION_BUS_ADDRESS`…).
    pub fn env(mut self, key: &str, value: impl Into<String>) -> AppOptions {
        self.env.push((key.to_owned(), value.into()));
        self
    }

    /// Starts the app through `program` (e.g. `strace`): WebDriver runs
    /// `program args… <overstap-app>`, and the program must run the app in
    /// the same process or a child ([`App::app_pid`] finds it there).
    pub fn launcher(mut self, program: impl Into<PathBuf>, args: &[&str]) -> AppOptions {
        self.launcher = Some((program.into(), args.iter().map(|a| (*a).to_owned()).collect()));
        self
    }
}

/// `tauri-driver` (and through it WebKitWebDriver) in a process group of
/// its own, logging to `log`.
struct Driver {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Driver {
    fn start(display: &str, data_dir: &Path, options: &AppOptions, log: PathBuf) -> Driver {
        let port = free_port();
        let native_port = loop {
            let p = free_port();
            if p != port {
                break p;
            }
        };
        let log_file = std::fs::File::create(&log).expect("driver log");
        let mut command = Command::new(tauri_driver_binary());
        command
            .arg("--port")
            .arg(port.to_string())
            .arg("--native-port")
            .arg(native_port.to_string())
            .arg("--native-driver")
            .arg(webkit_webdriver_binary())
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("driver log"))
            .stderr(log_file)
            .env("DISPLAY", display)
            .env("OVERSTAP_DATA_DIR", data_dir);
        // Only what this test says reaches the app, not the developer's own
        // settings or proxy; and no session bus unless the test gives one
        // (its app would find another test's app there as "already
        // running"). A dead address, not none: without the variable, D-Bus
        // clients fall back to the login session's bus.
        for key in [
            "OVERSTAP_LANG",
            "OVERSTAP_SYSTEM_PRESET_DIR",
            "OVERSTAP_EXIT_WHEN_READY",
            "OVERSTAP_LOG",
            "http_proxy",
            "https_proxy",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "ALL_PROXY",
            "all_proxy",
        ] {
            command.env_remove(key);
        }
        command.env("DBUS_SESSION_BUS_ADDRESS", NO_BUS);
        if let Some(lang) = &options.lang {
            command.env("OVERSTAP_LANG", lang);
        }
        if let Some(dir) = &options.system_preset_dir {
            command.env("OVERSTAP_SYSTEM_PRESET_DIR", dir);
        }
        for (key, value) in &options.env {
            command.env(key, value);
        }
        let mut child = spawn_server(&mut command, "tauri-driver");
        let read_log = || tail(&log, 4000);
        wait_until_listening(&mut child, port, Duration::from_secs(30), read_log);
        wait_until_listening(&mut child, native_port, Duration::from_secs(30), read_log);
        Driver { child, port, log }
    }

    /// SIGTERM to the whole group (tauri-driver then stops WebKitWebDriver,
    /// which closes the app), SIGKILL to what is left after 5 s.
    fn stop(&mut self) {
        let group = self.child.id() as i32;
        signal_group(group, Signal::Term);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline && matches!(self.child.try_wait(), Ok(None)) {
            std::thread::sleep(Duration::from_millis(50));
        }
        // Whatever is left of the group (the app, WebKit's helpers): gone now.
        signal_group(group, Signal::Kill);
        let _ = self.child.kill();
        let _ = self.child.wait();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline && !group_members(group).is_empty() {
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn group(&self) -> i32 {
        self.child.id() as i32
    }
}

enum Signal {
    Term,
    Kill,
}

#[cfg(target_os = "linux")]
fn signal_group(group: i32, signal: Signal) {
    let signal = match signal {
        Signal::Term => libc::SIGTERM,
        Signal::Kill => libc::SIGKILL,
    };
    // SAFETY: kill(2) with a negative pid signals that process group; it
    // touches no memory. The group is tauri-driver's own (process_group(0)).
    unsafe {
        libc::kill(-group, signal);
    }
}

/// Process ids whose process group is `group` (from `/proc`).
fn group_members(group: i32) -> Vec<i32> {
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            // /proc/<pid>/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces.
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|s| s.rsplit_once(')').map(|(_, rest)| rest.to_owned()))
                .and_then(|rest| rest.split_whitespace().nth(2).and_then(|g| g.parse::<i32>().ok()))
                == Some(group)
        })
        .collect()
}

/// The last `max` bytes of a text file (lossy), or a note that it is unreadable.
fn tail(path: &Path, max: usize) -> String {
    match std::fs::read(path) {
        Ok(bytes) => {
            let start = bytes.len().saturating_sub(max);
            String::from_utf8_lossy(&bytes[start..]).into_owned()
        }
        Err(e) => format!("({} unreadable: {e})", path.display()),
    }
}

/// The data folder: fresh (removed on drop) or the test's own.
enum DataDir {
    Fresh(tempfile::TempDir),
    Given(PathBuf),
}

impl DataDir {
    fn path(&self) -> &Path {
        match self {
            DataDir::Fresh(dir) => dir.path(),
            DataDir::Given(path) => path,
        }
    }
}

/// The app in a real window with a WebDriver session on it. See the module
/// documentation for the whole picture.
///
/// ```ignore
/// let app = App::start(AppOptions::new().lang("de"));
/// app.wait_for_count("li.checklist", 6);
/// let title = app.text("li[data-checklist='matrix'] h2");
/// app.screenshot(&window::screenshot_path("overview-de.png"));
/// ```
pub struct App {
    // Field order is drop order: the session and processes are stopped in
    // Drop::drop first; then the data folder goes, then the work folder.
    runtime: tokio::runtime::Runtime,
    client: Option<Client>,
    driver: Driver,
    display: Display,
    options: AppOptions,
    data: DataDir,
    work: tempfile::TempDir,
    drivers_started: usize,
    wait_timeout: Duration,
}

impl App {
    /// Starts Xvfb (unless `DISPLAY` is set), `tauri-driver` and the app,
    /// and returns once the app's window is open (not yet drawn: wait for
    /// what the test needs). Panics with the driver's log when it cannot.
    pub fn start(options: AppOptions) -> App {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
        let display = Display::get();
        let work = tempfile::tempdir().expect("work folder");
        let data = match &options.data_dir {
            Some(dir) => {
                std::fs::create_dir_all(dir).expect("data folder");
                DataDir::Given(dir.clone())
            }
            None => DataDir::Fresh(tempfile::tempdir().expect("data folder")),
        };
        let driver = Driver::start(display.name(), data.path(), &options, work.path().join("driver-1.log"));
        let mut app = App {
            runtime,
            client: None,
            driver,
            display,
            options,
            data,
            work,
            drivers_started: 1,
            wait_timeout: DEFAULT_WAIT,
        };
        app.open_session();
        app
    }

    /// The app's data folder (`OVERSTAP_DATA_DIR`), the same across restarts.
    pub fn data_dir(&self) -> &Path {
        self.data.path()
    }

    /// The display the window is on.
    pub fn display(&self) -> &Display {
        &self.display
    }

    /// Everything the app logged into `<data>/logs/` so far.
    pub fn logs(&self) -> String {
        let Ok(entries) = std::fs::read_dir(self.data_dir().join("logs")) else { return String::new() };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        files.sort();
        files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect()
    }

    /// How long the `wait_*` helpers wait from now on.
    pub fn set_wait_timeout(&mut self, timeout: Duration) {
        self.wait_timeout = timeout;
    }

    /// How long the `wait_*` helpers wait.
    pub fn wait_timeout(&self) -> Duration {
        self.wait_timeout
    }

    /// Closes the app (ends the session) and opens it again on the same
    /// data folder with the same options, as a person quitting and
    /// starting it again would. Returns once the new window is open.
    pub fn restart(&mut self) {
        self.close_session();
        self.wait_for_app_exit();
        self.open_session();
    }

    /// Like [`App::restart`], with options changed by `change` (another
    /// language, preset folder, environment); `tauri-driver` is started
    /// again to give the app its new environment. The data folder stays
    /// this app's unless `change` sets another.
    pub fn restart_with(&mut self, change: impl FnOnce(AppOptions) -> AppOptions) {
        self.close_session();
        self.wait_for_app_exit();
        self.wait_for_single_instance_release();
        self.driver.stop();
        self.options = change(self.options.clone());
        if let Some(dir) = &self.options.data_dir {
            if dir != self.data.path() {
                std::fs::create_dir_all(dir).expect("data folder");
                self.data = DataDir::Given(dir.clone());
            }
        }
        self.drivers_started += 1;
        let log = self.work.path().join(format!("driver-{}.log", self.drivers_started));
        self.driver = Driver::start(self.display.name(), self.data.path(), &self.options, log);
        self.open_session();
    }

    /// The process id of the running app (the `overstap-app` process under
    /// this test's `tauri-driver`), if it runs.
    pub fn app_pid(&self) -> Option<i32> {
        let binary = std::fs::canonicalize(app_binary()).ok()?;
        group_members(self.driver.group())
            .into_iter()
            .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).ok().as_deref() == Some(binary.as_path()))
    }

    /// Runs `script` in the page (WebDriver "execute script": `arguments[i]`
    /// are `args`, `return` gives the result).
    pub fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        self.command("execute script", |c| async move { c.execute(script, args).await })
    }

    /// Runs axe-core (the interface's own copy, `ui/node_modules/axe-core`)
    /// inside the real webview on the page as it is now, for WCAG 2.0/2.1 A
    /// and AA; returns each violation as "id: help (targets)". The script is
    /// given over WebDriver, which the page's CSP does not govern.
    pub fn axe_violations(&self) -> Vec<String> {
        let axe =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/axe-core/axe.min.js"))
                .expect("axe-core in ui/node_modules (scripts/setup.sh installs it)");
        let script = format!(
            "{axe}\nconst done = arguments[arguments.length - 1];\n\
             axe.run(document, {{ runOnly: {{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }} }})\n\
               .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))\n\
               .catch(e => done(['axe failed: ' + e]));"
        );
        let found = self.command("axe-core", |c| async move { c.execute_async(&script, vec![]).await });
        serde_json::from_value(found).expect("a list of violations")
    }

    /// The page's HTML as it is now.
    pub fn page_source(&self) -> String {
        self.command("page source", |c| async move { c.source().await })
    }

    /// Saves a PNG of the window's page to `path`, making its folders.
    pub fn screenshot(&self, path: &Path) {
        let png = self.command("screenshot", |c| async move { c.screenshot().await });
        assert!(png.starts_with(b"\x89PNG"), "the screenshot is not a PNG");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        }
        std::fs::write(path, png).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }

    /// Every element matching `css` now (none is not an error).
    pub fn find_all(&self, css: &str) -> Vec<El<'_>> {
        self.command(&format!("find {css}"), |c| async move { c.find_all(Locator::Css(css)).await })
            .into_iter()
            .map(|inner| El { app: self, inner, css: css.to_owned() })
            .collect()
    }

    /// How many elements match `css` now.
    pub fn count(&self, css: &str) -> usize {
        self.find_all(css).len()
    }

    /// Waits until an element matches `css` and returns the first.
    pub fn wait_for(&self, css: &str) -> El<'_> {
        self.wait_until(&format!("an element {css}"), || self.find_all(css).into_iter().next())
    }

    /// Waits until exactly `n` elements match `css` and returns them.
    pub fn wait_for_count(&self, css: &str, n: usize) -> Vec<El<'_>> {
        self.wait_until(&format!("{n} elements {css}"), || Some(self.find_all(css)).filter(|all| all.len() == n))
    }

    /// Waits until the first element matching `css` has text containing
    /// `text`, and returns its whole text.
    pub fn wait_for_text(&self, css: &str, text: &str) -> String {
        self.wait_until(&format!("{css} with text {text:?}"), || {
            let first = self.find_all(css).into_iter().next()?;
            first.try_text().filter(|t| t.contains(text))
        })
    }

    /// Waits until nothing matches `css`.
    pub fn wait_until_gone(&self, css: &str) {
        self.wait_until(&format!("no element {css}"), || (self.count(css) == 0).then_some(()))
    }

    /// Calls `probe` every 100 ms until it returns `Some`, for at most
    /// [`App::wait_timeout`]; then panics, saying it waited for `what`, with
    /// a screenshot, the page source and the driver's log. `probe` may use
    /// every other helper.
    pub fn wait_until<T>(&self, what: &str, mut probe: impl FnMut() -> Option<T>) -> T {
        let deadline = Instant::now() + self.wait_timeout;
        loop {
            if let Some(found) = probe() {
                return found;
            }
            if Instant::now() >= deadline {
                self.fail(&format!("waited {:?} for {what}", self.wait_timeout));
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits for `css` and clicks it.
    pub fn click(&self, css: &str) {
        self.wait_for(css).click();
    }

    /// Waits for `css` and types `text` into it, after what it holds.
    pub fn type_into(&self, css: &str, text: &str) {
        self.wait_for(css).type_text(text);
    }

    /// Waits for `css`, empties it and types `text`.
    pub fn fill(&self, css: &str, text: &str) {
        let field = self.wait_for(css);
        field.clear();
        field.type_text(text);
    }

    /// Waits for `css` and returns its visible text.
    pub fn text(&self, css: &str) -> String {
        self.wait_for(css).text()
    }

    /// The visible text of every element matching `css` now, in page order.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.find_all(css).iter().map(El::text).collect()
    }

    /// Waits for `css` and returns its attribute `name`.
    pub fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.wait_for(css).attr(name)
    }

    /// The WebDriver client, for what the helpers do not cover; run its
    /// futures with [`App::block_on`].
    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("the app is not running")
    }

    /// Runs `future` (a [`App::client`] call) to completion, bounded by
    /// [`COMMAND_TIMEOUT`].
    pub fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.runtime
            .block_on(async { tokio::time::timeout(COMMAND_TIMEOUT, future).await })
            .unwrap_or_else(|_| self.fail(&format!("a WebDriver call took longer than {COMMAND_TIMEOUT:?}")))
    }

    /// One WebDriver call on the client, bounded; panics saying `what` failed.
    fn command<'a, T, F, Fut>(&'a self, what: &str, call: F) -> T
    where
        F: FnOnce(&'a Client) -> Fut,
        Fut: Future<Output = Result<T, fantoccini::error::CmdError>>,
    {
        match self.block_on(call(self.client())) {
            Ok(value) => value,
            Err(e) => panic!("WebDriver {what} failed: {e}\n--- driver log ---\n{}", tail(&self.driver.log, 4000)),
        }
    }

    /// Panics with `why`, a screenshot, the page source and the driver's log.
    fn fail(&self, why: &str) -> ! {
        let shot = screenshot_path(&format!(
            "failed-{}.png",
            std::thread::current().name().unwrap_or("test").replace("::", "-")
        ));
        let shot_note = match self.try_screenshot(&shot) {
            Ok(()) => format!("screenshot: {}", shot.display()),
            Err(e) => format!("no screenshot: {e}"),
        };
        let source = self
            .client
            .as_ref()
            .and_then(|c| {
                self.runtime.block_on(async { tokio::time::timeout(Duration::from_secs(10), c.source()).await }).ok()
            })
            .map(|r| r.unwrap_or_else(|e| format!("(page source unavailable: {e})")))
            .unwrap_or_else(|| "(page source unavailable)".to_owned());
        panic!(
            "{why}\n{shot_note}\n--- page source ---\n{source}\n--- driver and app stderr (end) ---\n{}",
            tail(&self.driver.log, 4000)
        );
    }

    fn try_screenshot(&self, path: &Path) -> Result<(), String> {
        let client = self.client.as_ref().ok_or("the app is not running")?;
        let png = self
            .runtime
            .block_on(async { tokio::time::timeout(Duration::from_secs(10), client.screenshot()).await })
            .map_err(|_| "timed out".to_owned())?
            .map_err(|e| e.to_string())?;
        std::fs::create_dir_all(path.parent().ok_or("no folder")?).map_err(|e| e.to_string())?;
        std::fs::write(path, png).map_err(|e| e.to_string())
    }

    fn open_session(&mut self) {
        let mut capabilities = serde_json::Map::new();
        let options = match &self.options.launcher {
            None => json!({ "application": app_binary() }),
            Some((program, args)) => {
                let mut args = args.clone();
                args.push(app_binary().display().to_string());
                json!({ "application": program, "args": args })
            }
        };
        capabilities.insert("tauri:options".into(), options);
        let url = format!("http://127.0.0.1:{}", self.driver.port);
        let connect = async {
            let mut builder = ClientBuilder::rustls().expect("rustls for the WebDriver client");
            builder.capabilities(capabilities);
            tokio::time::timeout(START_TIMEOUT, builder.connect(&url)).await
        };
        match self.runtime.block_on(connect) {
            Ok(Ok(client)) => self.client = Some(client),
            Ok(Err(e)) => panic!(
                "the app did not start under tauri-driver: {e}\n--- driver and app stderr ---\n{}",
                tail(&self.driver.log, 8000)
            ),
            Err(_) => panic!(
                "the app did not open its window within {START_TIMEOUT:?}\n--- driver and app stderr ---\n{}",
                tail(&self.driver.log, 8000)
            ),
        }
    }

    /// Ends the session (WebKitWebDriver closes the app), bounded.
    fn close_session(&mut self) {
        if let Some(client) = self.client.take() {
            let _ =
                self.runtime.block_on(async { tokio::time::timeout(Duration::from_secs(15), client.close()).await });
        }
    }

    /// Waits (bounded) until the app process is gone, killing it after 15 s,
    /// so that a restart really starts a new process.
    /// The app holds its single-instance name on the session bus it was
    /// given (the keyring tests give one); the bus frees it a moment after
    /// the process is gone. A start before that would hand over to the
    /// instance that is leaving, so wait until the name has no owner.
    fn wait_for_single_instance_release(&self) {
        let Some((_, bus)) = self.options.env.iter().find(|(k, _)| k == "DBUS_SESSION_BUS_ADDRESS") else { return };
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let out = std::process::Command::new("dbus-send")
                .args([
                    &format!("--bus={bus}"),
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:nl.overstap.app.SingleInstance",
                ])
                .output()
                .expect("dbus-send (Debian's dbus-bin, installed with dbus)");
            if String::from_utf8_lossy(&out.stdout).contains("boolean false") {
                return;
            }
            assert!(Instant::now() < deadline, "the app's single-instance name stayed taken after it exited");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for_app_exit(&self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while let Some(pid) = self.app_pid() {
            if Instant::now() >= deadline {
                // SAFETY: kill(2) on a pid of this test's own process group.
                #[cfg(target_os = "linux")]
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                }
            }
            assert!(
                Instant::now() < deadline + Duration::from_secs(5),
                "the app (pid {pid}) did not exit after its session ended"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        // While a test panics, keep this quick and never panic again.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.close_session()));
        self.driver.stop();
    }
}

/// An element found by a helper, with the CSS selector it was found by
/// (for error messages). Its methods panic when the element is gone.
pub struct El<'a> {
    app: &'a App,
    inner: Element,
    css: String,
}

impl El<'_> {
    /// Its visible text.
    pub fn text(&self) -> String {
        self.app.command(&format!("text of {}", self.css), |_| self.inner.text())
    }

    /// Its visible text, or `None` when the page replaced the element
    /// meanwhile (screens are redrawn; waiting helpers then look again).
    pub fn try_text(&self) -> Option<String> {
        self.app.block_on(self.inner.text()).ok()
    }

    /// Clicks it (scrolled into view by the driver).
    pub fn click(&self) {
        self.app.command(&format!("click on {}", self.css), |_| self.inner.click())
    }

    /// Types `text` into it, after what it holds.
    pub fn type_text(&self, text: &str) {
        self.app.command(&format!("typing into {}", self.css), |_| self.inner.send_keys(text))
    }

    /// Empties an input or text area.
    pub fn clear(&self) {
        self.app.command(&format!("clearing {}", self.css), |_| self.inner.clear())
    }

    /// Its attribute `name` (`None` when absent).
    pub fn attr(&self, name: &str) -> Option<String> {
        self.app.command(&format!("attribute {name} of {}", self.css), |_| self.inner.attr(name))
    }

    /// Its DOM property `name` (`value`, `checked`…), as a string.
    pub fn prop(&self, name: &str) -> Option<String> {
        self.app.command(&format!("property {name} of {}", self.css), |_| self.inner.prop(name))
    }

    /// Whether it is displayed.
    pub fn is_displayed(&self) -> bool {
        self.app.command(&format!("is {} displayed", self.css), |_| self.inner.is_displayed())
    }

    /// Elements matching `css` inside it.
    pub fn find_all(&self, css: &str) -> Vec<El<'_>> {
        let what = format!("find {css} in {}", self.css);
        self.app
            .command(&what, |_| self.inner.find_all(Locator::Css(css)))
            .into_iter()
            .map(|inner| El { app: self.app, inner, css: format!("{} {css}", self.css) })
            .collect()
    }

    /// The fantoccini element, for what these methods do not cover.
    pub fn element(&self) -> &Element {
        &self.inner
    }
}

/// Answers the first-run questions in `data_dir` through the core, as
/// `overstap settings skip-first-run` does, so the app opens on the overview.
pub fn skip_first_run(data_dir: &Path) {
    use overstap_core::api::OpenOptions;
    use overstap_core::store::ChangeSource;
    let (core, _) =
        overstap_core::Overstap::open(OpenOptions { data_dir: Some(data_dir.to_owned()), source: ChangeSource::Cli })
            .expect("the core opens the data folder");
    core.finish_first_run().expect("first run skipped");
}

/// The demo preset and its CA in a folder only root can change, as IT
/// installs them (`/etc/overstap`). Only root can make one: for anyone else
/// the app must refuse it, which the preset tests already prove.
pub fn system_folder(demo: &overstap_testkit::demo::DemoServers) -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    for (from, name) in [(&demo.preset_file, "preset.toml"), (&demo.ca_file, "ca.pem")] {
        std::fs::copy(from, dir.path().join(name)).unwrap();
        std::fs::set_permissions(dir.path().join(name), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    dir
}
