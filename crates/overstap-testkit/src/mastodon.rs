//! A Mastodon API server on loopback: `mastodon_mock` (PyPI) over TLS with a
//! test CA, seeded with accounts and their access tokens.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::ca::TestCa;
use crate::process::{spawn_server, stop};
use crate::synapse::{free_port, read_logs, venv, wait_until_listening};

const START_TIMEOUT: Duration = Duration::from_secs(60);

/// A seeded account: user name, display name, bio, access token.
pub struct SeedAccount<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub note: &'a str,
    pub token: &'a str,
}

pub struct MastodonMock {
    pub port: u16,
    /// `localhost:<port>`: the server's domain (accounts are `user@localhost:<port>`).
    pub domain: String,
    /// `https://localhost:<port>`.
    pub base_url: String,
    pub ca_pem_path: PathBuf,
    dir: tempfile::TempDir,
    child: Child,
}

impl MastodonMock {
    pub fn start(ca: &TestCa, accounts: &[SeedAccount<'_>]) -> MastodonMock {
        MastodonMock::start_on(ca, free_port(), accounts)
    }

    /// Starts on a chosen loopback `port` (the demo servers' fixed ports).
    pub fn start_on(ca: &TestCa, port: u16, accounts: &[SeedAccount<'_>]) -> MastodonMock {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        ca.write_server_files(d);
        let mut config = format!(
            "domain = \"localhost:{port}\"\nurl_scheme = \"https\"\ntitle = \"Overstap Test Social\"\n\
             [server]\nhost = \"127.0.0.1\"\nport = {port}\n[database]\npath = \":memory:\"\n"
        );
        for a in accounts {
            config.push_str(&format!(
                "[[seed.accounts]]\nusername = {:?}\ndisplay_name = {:?}\nnote = {:?}\naccess_token = {:?}\n",
                a.username, a.display_name, a.note, a.token
            ));
        }
        let config_path = d.join("mastodon_mock.toml");
        std::fs::write(&config_path, config).unwrap();
        let child = spawn_server(
            Command::new(venv().join("bin/mastodon_mock"))
                .arg("serve")
                .arg("--config")
                .arg(&config_path)
                .args(["--host", "127.0.0.1", "--port", &port.to_string(), "--domain", &format!("localhost:{port}")])
                .arg("--ssl-keyfile")
                .arg(d.join("tls.key"))
                .arg("--ssl-certfile")
                .arg(d.join("tls.crt"))
                .args(["--log-level", "warning"])
                .current_dir(d)
                .stdout(std::fs::File::create(d.join("stdout.log")).unwrap())
                .stderr(std::fs::File::create(d.join("stderr.log")).unwrap())
                .stdin(Stdio::null()),
            "mastodon_mock",
        );
        let mut server = MastodonMock {
            port,
            domain: format!("localhost:{port}"),
            base_url: format!("https://localhost:{port}"),
            ca_pem_path: d.join("ca.pem"),
            dir,
            child,
        };
        let logs = server.dir.path().to_path_buf();
        wait_until_listening(&mut server.child, port, START_TIMEOUT, || read_logs(&logs));
        server
    }

    pub fn logs(&self) -> String {
        read_logs(self.dir.path())
    }
}

impl Drop for MastodonMock {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}
