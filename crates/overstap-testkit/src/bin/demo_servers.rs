//! `overstap-demo-servers`: the real local test servers on fixed loopback
//! ports, for people trying Overstap (not for tests). Prints one line per
//! server and then `ready`; stops every server on Ctrl+C or SIGTERM.
//!
//! ```text
//! overstap-demo-servers [--dir DIR] [--base-port N]
//! ```
//!
//! `--dir` (default `/tmp/overstap-demo`) receives `ca.pem`, `preset.toml`
//! and `credentials.txt`. Ports: Matrix 8448, Mastodon 8443, Nextcloud
//! 8444; `--base-port N` uses N, N+1, N+2 instead.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::ExitCode;

use overstap_testkit::demo::{DemoPorts, DemoServers, NEXTCLOUD_USER};
use tokio::signal::unix::{signal, SignalKind};

const USAGE: &str = "usage: overstap-demo-servers [--dir DIR] [--base-port N]\n\
    Starts Synapse (Matrix, port 8448), mastodon_mock (Mastodon, 8443) and a Nextcloud-like\n\
    WebDAV server (8444) on localhost with a demo CA, until Ctrl+C.\n\
    --dir DIR      where ca.pem, preset.toml and credentials.txt go [default: /tmp/overstap-demo]\n\
    --base-port N  Matrix on N, Mastodon on N+1, Nextcloud on N+2";

struct Options {
    dir: PathBuf,
    ports: DemoPorts,
}

fn parse(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options { dir: PathBuf::from("/tmp/overstap-demo"), ports: DemoPorts::DEFAULT };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--dir" => options.dir = PathBuf::from(value("--dir")?),
            "--base-port" => {
                let given = value("--base-port")?;
                options.ports = given
                    .parse::<u16>()
                    .ok()
                    .filter(|p| *p >= 1024)
                    .and_then(DemoPorts::from_base)
                    .ok_or_else(|| format!("--base-port {given}: not a port from 1024 to 65533"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(options)
}

/// A port someone else listens on would answer our readiness check and
/// fool it: refuse clearly instead.
fn check_ports_free(ports: DemoPorts) -> Result<(), String> {
    for port in ports.all() {
        TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
            format!("port {port} on localhost is taken ({e}): is a demo already running? Stop it, or use --base-port")
        })?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("overstap-demo-servers: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if message.is_empty() { 0 } else { 2 });
        }
    };
    if let Err(message) = check_ports_free(options.ports) {
        eprintln!("overstap-demo-servers: {message}");
        return ExitCode::from(1);
    }
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    // Listen for the signals before starting anything: one that arrives
    // while the servers start is then acted on as soon as they are up,
    // and every server is still stopped by its drop.
    let _context = runtime.enter();
    let (mut interrupt, mut terminate) =
        (signal(SignalKind::interrupt()).expect("SIGINT"), signal(SignalKind::terminate()).expect("SIGTERM"));

    eprintln!("overstap-demo-servers: starting (Synapse takes a few seconds)…");
    let demo = match DemoServers::start(&options.dir, options.ports) {
        Ok(demo) => demo,
        Err(e) => {
            eprintln!("overstap-demo-servers: cannot write to {}: {e}", options.dir.display());
            return ExitCode::from(1);
        }
    };
    let c = &demo.credentials;
    println!("matrix     {}  server name {}, user demo", demo.synapse.base_url, c.matrix_server_name);
    println!("mastodon   {}  account {}", demo.mastodon.base_url, c.mastodon_account);
    println!("nextcloud  {}  login {NEXTCLOUD_USER}", demo.nextcloud.base_url);
    println!("ca         {}", demo.ca_file.display());
    println!("preset     {}", demo.preset_file.display());
    println!("accounts   {}", demo.credentials_file.display());
    println!("ready");

    runtime.block_on(async {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
    });
    eprintln!("overstap-demo-servers: stopping");
    drop(demo);
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>().into_iter()
    }

    #[test]
    fn options() {
        let o = parse(args(&[])).unwrap();
        assert_eq!((o.dir, o.ports), (PathBuf::from("/tmp/overstap-demo"), DemoPorts::DEFAULT));
        let o = parse(args(&["--base-port", "20000", "--dir", "/x"])).unwrap();
        assert_eq!((o.dir, o.ports.all()), (PathBuf::from("/x"), [20000, 20001, 20002]));
        assert!(parse(args(&["--base-port", "80"])).is_err());
        assert!(parse(args(&["--base-port", "65535"])).is_err());
        assert!(parse(args(&["--dir"])).is_err());
        assert!(parse(args(&["--frobnicate"])).is_err());
    }
}
