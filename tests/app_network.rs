//! The app makes no network connection of its own (docs/rollout.md, "What
//! Overstap connects to"): the real app in a real window (tests/window),
//! run under `strace -f`, which records every address a process of the app
//! (WebKit's helpers too) connects or sends to.
//!
//! 1. No preset: the overview drawn and the background sender's first look
//!    taken (20 s after start: reporting is off). Only local sockets (X11,
//!    D-Bus: Unix sockets) may appear, and no address on the network at all
//!    (on loopback only WebKit's inspector, which WebDriver drives the page
//!    through: see [`inspector_port`]).
//! 2. The demo preset (a system preset, as IT installs it; root only) with
//!    the demo servers: the same first look (the report not seen yet, so
//!    nothing sent), still no network address; then "check now" in the
//!    Matrix, Mastodon and Nextcloud checklists and the report marked as
//!    read, which sends it: only the demo servers' ports on loopback.
//!
//! Run with `cargo test --test app_network` (about a minute; CI runs it as
//! part of `cargo test --workspace`).

// strace, Xvfb, tauri-driver over WebKitWebDriver: Linux only.
#![cfg(target_os = "linux")]

mod window;

use std::collections::BTreeSet;
use std::path::Path;

use overstap_testkit::demo::{DemoPorts, DemoServers};
use overstap_testkit::running_as_root;
use window::{skip_first_run, system_folder, App, AppOptions};

/// Where one traced process connected or sent to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Peer {
    /// A Unix socket (X11, D-Bus, the webview's own processes): never the network.
    Unix,
    /// Netlink (the kernel, e.g. the list of local addresses) or AF_UNSPEC
    /// (the way a socket is disconnected): no peer at all.
    Kernel,
    /// An IPv4 or IPv6 address and port.
    Ip { addr: std::net::IpAddr, port: u16, line: String },
    /// Any other family (packet, Bluetooth…): never expected.
    Other(String),
}

/// `strace` writes one line per call: `PID connect(FD, {sa_family=AF_INET,
/// sin_port=htons(8444), sin_addr=inet_addr("127.0.0.1")}, 16) = …`, or with
/// `inet_pton(AF_INET6, "::1", &sin6_addr)` for IPv6; `sendto`/`sendmsg`
/// give the same structure when they carry an address.
fn peers(trace: &str) -> Vec<Peer> {
    let mut out = Vec::new();
    for line in trace.lines() {
        let Some(at) = line.find("sa_family=") else { continue };
        let rest = &line[at + "sa_family=".len()..];
        let family: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        // The text after `name` up to `end`: `htons(8444)`, `inet_addr("127.0.0.1")`.
        let field = |name: &str, end: char| -> Option<&str> {
            let value = &rest[rest.find(name)? + name.len()..];
            Some(&value[..value.find(end)?])
        };
        let peer = match family.as_str() {
            "AF_UNIX" | "AF_LOCAL" => Peer::Unix,
            "AF_NETLINK" | "AF_UNSPEC" => Peer::Kernel,
            "AF_INET" | "AF_INET6" => {
                let port = field("_port=htons(", ')').and_then(|p| p.parse().ok());
                let addr = match family.as_str() {
                    "AF_INET" => field("sin_addr=inet_addr(\"", '"'),
                    _ => field("inet_pton(AF_INET6, \"", '"'),
                }
                .and_then(|a| a.parse().ok());
                match (addr, port) {
                    (Some(addr), Some(port)) => Peer::Ip { addr, port, line: line.to_owned() },
                    _ => Peer::Other(line.to_owned()),
                }
            }
            _ => Peer::Other(line.to_owned()),
        };
        out.push(peer);
    }
    out
}

/// Whether `addr` is this computer itself (127.0.0.0/8, ::1, or IPv4 loopback mapped into IPv6).
fn is_loopback(addr: &std::net::IpAddr) -> bool {
    match addr {
        std::net::IpAddr::V4(v4) => v4.is_loopback(),
        std::net::IpAddr::V6(v6) => v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback()),
    }
}

/// Every address in `trace` that is not a Unix socket or the kernel and not
/// one of `allowed_ports` on loopback. Port 0 on loopback is how the C
/// library picks a source address for a name it resolved (no packet leaves).
fn unexpected(trace: &str, allowed_ports: &BTreeSet<u16>) -> Vec<String> {
    peers(trace)
        .into_iter()
        .filter_map(|peer| match peer {
            Peer::Unix | Peer::Kernel => None,
            Peer::Ip { addr, port, .. } if is_loopback(&addr) && (port == 0 || allowed_ports.contains(&port)) => None,
            Peer::Ip { line, .. } | Peer::Other(line) => Some(line),
        })
        .collect()
}

/// The IP ports on loopback the app reached (port 0 aside).
fn loopback_ports(trace: &str) -> BTreeSet<u16> {
    peers(trace)
        .into_iter()
        .filter_map(|peer| match peer {
            Peer::Ip { addr, port, .. } if is_loopback(&addr) && port != 0 => Some(port),
            _ => None,
        })
        .collect()
}

/// The app's options: started by `strace`, writing to `trace`, with the
/// background sender's debug line in the log (see [`wait_for_first_look`]).
fn traced(trace: &Path, data: &Path) -> AppOptions {
    let trace = trace.display().to_string();
    AppOptions::new()
        .lang("en")
        .data_dir(data)
        .env("OVERSTAP_LOG", "info,overstap_app::fleet_sender=debug")
        // Nothing is opened in a browser here; should anything try, it runs `true`.
        .env("BROWSER", "true")
        .launcher(
            "strace",
            // Every process (-f); connect and the sends that can carry an
            // address; no strings (-s 0 keeps the file small).
            &["-f", "-qq", "-s", "0", "-e", "trace=connect,sendto,sendmsg,sendmmsg", "-o", &trace],
        )
}

/// The port of WebKit's remote inspector in the app, which WebKitWebDriver
/// asks for (`WEBKIT_INSPECTOR_SERVER=127.0.0.1:<port>` in the app's
/// environment) and drives the page through; the app's own processes
/// connect to it too. It exists only under WebDriver, never for a person.
fn inspector_port(app: &App) -> u16 {
    let pid = app.app_pid().expect("the app runs");
    let environ = std::fs::read(format!("/proc/{pid}/environ")).expect("the app's environment");
    environ
        .split(|b| *b == 0)
        .filter_map(|v| std::str::from_utf8(v).ok()?.strip_prefix("WEBKIT_INSPECTOR_SERVER="))
        .find_map(|address| address.rsplit_once(':')?.1.parse().ok())
        .expect("WEBKIT_INSPECTOR_SERVER in the app's environment")
}

/// Waits until the background sender has looked whether a progress report
/// is due (20 s after start): until then the app has had no chance to show
/// whether it would reach out by itself.
fn wait_for_first_look(app: &App) {
    app.wait_until("the progress report sender's first look", || {
        app.logs().contains("fleet report: nothing due").then_some(())
    });
}

fn read(trace: &Path) -> String {
    std::fs::read_to_string(trace).unwrap_or_else(|e| panic!("{}: {e}", trace.display()))
}

fn free_base_port() -> u16 {
    let free = |p: u16| std::net::TcpListener::bind(("127.0.0.1", p)).is_ok();
    let start = 40000 + (std::process::id() % 2000) as u16 * 10;
    (start..60000).step_by(3).find(|&b| free(b) && free(b + 1) && free(b + 2)).expect("three free ports")
}

/// Opens checklist `id`, runs "check now" for `service` and waits until the
/// run has ended (results in the page, the button idle again).
fn check(app: &App, id: &str, service: &str) {
    app.click(&format!("li[data-checklist='{id}'] h2 button"));
    app.click(&format!("#check-all-{service}"));
    app.wait_for(&format!(".check-results[data-probe^='{service}.'] .check-result"));
    app.wait_for(&format!("#check-all-{service}:not(.busy)"));
    app.click("button.back");
    app.wait_for("li.checklist");
}

/// Part 1: no preset.
fn without_a_preset(work: &Path) {
    let data = work.join("data-plain");
    skip_first_run(&data);
    let trace = work.join("strace-plain.txt");
    let mut app = App::start(traced(&trace, &data));
    app.set_wait_timeout(std::time::Duration::from_secs(60));
    app.wait_for("li.checklist");
    wait_for_first_look(&app);
    let webdriver = BTreeSet::from([inspector_port(&app)]);
    drop(app);
    let seen = read(&trace);
    assert!(seen.contains("AF_UNIX"), "strace recorded nothing: is it tracing the app?\n{seen}");
    assert_eq!(unexpected(&seen, &webdriver), Vec::<String>::new(), "no preset: the app reached out on its own");
}

#[test]
fn the_app_connects_to_nothing_but_the_presets_servers() {
    let work = tempfile::tempdir().unwrap();
    // Part 1 runs in a thread of its own while the demo servers start here
    // (Synapse takes a while). Not the other way round: the servers stop
    // when the thread that started them ends (testkit's process.rs).
    let plain = {
        let work = work.path().to_owned();
        std::thread::spawn(move || without_a_preset(&work))
    };
    let ports = DemoPorts::from_base(free_base_port()).unwrap();
    let demo = running_as_root().then(|| DemoServers::start(&work.path().join("demo"), ports).expect("demo servers"));
    if let Err(panic) = plain.join() {
        std::panic::resume_unwind(panic);
    }

    // 2. The demo preset, before and after a check.
    let Some(demo) = demo else {
        eprintln!("skipped the demo part: only root can make an admin-only system preset folder (CI runs as root)");
        return;
    };
    let system = system_folder(&demo);
    let data = work.path().join("data-demo");
    let trace = work.path().join("strace-demo.txt");
    let mut app = App::start(traced(&trace, &data).system_preset_dir(system.path()));
    app.set_wait_timeout(std::time::Duration::from_secs(60));
    app.click("#welcome-ok");
    app.wait_for("li.checklist");
    wait_for_first_look(&app);
    let webdriver = BTreeSet::from([inspector_port(&app)]);
    let before = read(&trace);
    assert_eq!(unexpected(&before, &webdriver), Vec::<String>::new(), "demo preset, before any check");

    check(&app, "matrix", "matrix");
    check(&app, "mastodon", "mastodon");
    check(&app, "nextcloud", "nextcloud");
    // The report, marked as read, goes to the preset's report_upload share.
    app.click(".app-nav a[data-screen='report']");
    app.click("#fleet-show");
    app.click("#fleet-seen");
    app.wait_until("the report on the organisation's server", || demo.nextcloud.dropped_files().into_iter().next());
    drop(app);

    let after = read(&trace);
    let servers: BTreeSet<u16> = ports.all().into_iter().collect();
    let allowed: BTreeSet<u16> = servers.union(&webdriver).copied().collect();
    assert_eq!(unexpected(&after, &allowed), Vec::<String>::new(), "demo preset: only its servers");
    // And the checks did reach every one of them (the trace sees connections).
    assert_eq!(loopback_ports(&after), allowed, "the checks reached each demo server");
}

#[test]
fn strace_lines_are_read_as_a_person_would() {
    let trace = "\
101 connect(3, {sa_family=AF_UNIX, sun_path=@\"/tmp/.X11-unix/X5\"}, 20) = 0
102 connect(7, {sa_family=AF_INET, sin_port=htons(8444), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = -1 EINPROGRESS
102 connect(8, {sa_family=AF_INET6, sin6_port=htons(8448), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0
103 connect(9, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.255.255.53\")}, 16) = 0
103 sendto(9, \"\"..., 40, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"93.184.215.14\")}, 16) = 40
104 connect(4, {sa_family=AF_UNSPEC, sa_data=\"\\0\\0\"}, 16) = 0
104 connect(5, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0
105 connect(6, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ALL)}, 20) = 0
";
    let allowed = BTreeSet::from([8444, 8448]);
    let found = unexpected(trace, &allowed);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].contains("10.255.255.53") && found[1].contains("93.184.215.14") && found[2].contains("AF_PACKET"));
    assert_eq!(loopback_ports(trace), allowed);
    assert_eq!(unexpected(trace, &BTreeSet::new()).len(), 5, "without the servers, both loopback ports count");
}
