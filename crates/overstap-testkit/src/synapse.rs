//! A real Synapse homeserver on loopback, over TLS with a test CA, with
//! SQLite, started from the project's Python environment (`.venv`, made by
//! `scripts/setup.sh`). Users are created with the registration shared
//! secret, as an administrator would.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::ca::TestCa;
use crate::process::{spawn_server, stop};

const SHARED_SECRET: &str = "overstap-test-registration-secret";
const START_TIMEOUT: Duration = Duration::from_secs(90);

pub struct Synapse {
    pub port: u16,
    /// `localhost:<port>`: the Matrix server name (discovery starts here).
    pub server_name: String,
    /// `https://localhost:<port>`.
    pub base_url: String,
    /// PEM of the CA that signed the server's certificate.
    pub ca_pem_path: PathBuf,
    dir: tempfile::TempDir,
    child: Child,
}

/// The Python environment with the test servers.
pub fn venv() -> PathBuf {
    let dir = std::env::var_os("OVERSTAP_TEST_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv"));
    assert!(
        dir.join("bin/python").exists(),
        "no Python environment with the test servers at {}: run scripts/setup.sh",
        dir.display()
    );
    dir
}

/// Waits until `port` on loopback accepts connections, failing the test with
/// the server's log when it exits first or takes longer than `timeout`.
pub fn wait_until_listening(child: &mut Child, port: u16, timeout: Duration, logs: impl Fn() -> String) {
    let deadline = Instant::now() + timeout;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the test server exited ({status}): {}", logs());
        }
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        assert!(Instant::now() < deadline, "the test server did not listen within {timeout:?}: {}", logs());
        std::thread::sleep(Duration::from_millis(150));
    }
}

/// A free TCP port on loopback (bound and released; good enough for tests).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("free port")
}

impl Synapse {
    /// Starts a fresh homeserver and waits until it accepts connections.
    pub fn start(ca: &TestCa) -> Synapse {
        Synapse::start_with(ca, "")
    }

    /// Single sign-on through a CAS server at `cas_url` (the organisation's
    /// sign-in page in tests), with loopback clients allowed to receive the
    /// login token without Synapse's confirmation page.
    pub fn start_with_cas(ca: &TestCa, cas_url: &str) -> Synapse {
        let extra = format!(
            "cas_config:\n  enabled: true\n  server_url: \"{cas_url}\"\nsso:\n  client_whitelist: [\"http://127.0.0.1:\"]\n"
        );
        Synapse::start_with(ca, &extra)
    }

    /// Starts a homeserver with `extra` appended to its configuration.
    pub fn start_with(ca: &TestCa, extra: &str) -> Synapse {
        Synapse::start_on_with(ca, free_port(), extra)
    }

    /// Starts a homeserver on a chosen loopback `port` (the demo servers
    /// use fixed ports people can type; tests use [`Synapse::start`]).
    pub fn start_on(ca: &TestCa, port: u16) -> Synapse {
        Synapse::start_on_with(ca, port, "")
    }

    fn start_on_with(ca: &TestCa, port: u16, extra: &str) -> Synapse {
        let venv = venv();
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        ca.write_server_files(d);
        std::fs::write(d.join("log.yaml"), LOG_CONFIG.replace("{dir}", &d.display().to_string())).unwrap();
        let config = CONFIG
            .replace("{dir}", &d.display().to_string())
            .replace("{port}", &port.to_string())
            .replace("{secret}", SHARED_SECRET)
            + extra;
        let config_path = d.join("homeserver.yaml");
        std::fs::write(&config_path, config).unwrap();

        let python = venv.join("bin/python");
        let keys = Command::new(&python)
            .args(["-m", "synapse.app.homeserver", "--generate-keys", "-c"])
            .arg(&config_path)
            .output()
            .expect("synapse generates its keys");
        assert!(keys.status.success(), "synapse --generate-keys: {}", String::from_utf8_lossy(&keys.stderr));
        let child = spawn_server(
            Command::new(&python)
                .args(["-m", "synapse.app.homeserver", "-c"])
                .arg(&config_path)
                .stdout(std::fs::File::create(d.join("stdout.log")).unwrap())
                .stderr(std::fs::File::create(d.join("stderr.log")).unwrap())
                .stdin(Stdio::null()),
            "synapse",
        );
        let mut synapse = Synapse {
            port,
            server_name: format!("localhost:{port}"),
            base_url: format!("https://localhost:{port}"),
            ca_pem_path: d.join("ca.pem"),
            dir,
            child,
        };
        let logs = synapse.dir.path().to_path_buf();
        wait_until_listening(&mut synapse.child, port, START_TIMEOUT, || read_logs(&logs));
        synapse
    }

    /// Creates a user (not an administrator) with a password.
    pub fn register(&self, user: &str, password: &str) {
        let out = Command::new(venv().join("bin/register_new_matrix_user"))
            .args(["-u", user, "-p", password, "--no-admin", "-k", SHARED_SECRET, &self.base_url])
            .env("REQUESTS_CA_BUNDLE", &self.ca_pem_path)
            .output()
            .expect("register_new_matrix_user runs");
        assert!(
            out.status.success(),
            "registering {user}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The end of the server's log, for failure messages.
    pub fn logs(&self) -> String {
        read_logs(self.dir.path())
    }
}

impl Drop for Synapse {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}

const CONFIG: &str = r#"
server_name: "localhost:{port}"
pid_file: "{dir}/homeserver.pid"
public_baseurl: "https://localhost:{port}/"
serve_client_wellknown: true
listeners:
  - port: {port}
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: true
    x_forwarded: false
    resources:
      - names: [client, federation]
        compress: false
tls_certificate_path: "{dir}/tls.crt"
tls_private_key_path: "{dir}/tls.key"
database:
  name: sqlite3
  args:
    database: "{dir}/homeserver.db"
media_store_path: "{dir}/media"
signing_key_path: "{dir}/signing.key"
log_config: "{dir}/log.yaml"
registration_shared_secret: "{secret}"
enable_registration: false
report_stats: false
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
rc_login:
  address: { per_second: 1000, burst_count: 1000 }
  account: { per_second: 1000, burst_count: 1000 }
  failed_attempts: { per_second: 1000, burst_count: 1000 }
rc_message: { per_second: 1000, burst_count: 1000 }
rc_registration: { per_second: 1000, burst_count: 1000 }
"#;

const LOG_CONFIG: &str = r#"
version: 1
formatters:
  precise:
    format: "%(asctime)s %(levelname)s %(name)s %(message)s"
handlers:
  file:
    class: logging.FileHandler
    filename: "{dir}/homeserver.log"
    formatter: precise
root:
  level: WARNING
  handlers: [file]
disable_existing_loggers: false
"#;

/// The end of a test server's logs (`stderr.log`, `stdout.log`, `homeserver.log` in `dir`).
pub fn read_logs(dir: &Path) -> String {
    let read = |n: &str| std::fs::read_to_string(dir.join(n)).unwrap_or_default();
    let all = format!("{}{}{}", read("stderr.log"), read("stdout.log"), read("homeserver.log"));
    all.chars().rev().take(4000).collect::<Vec<_>>().into_iter().rev().collect()
}
