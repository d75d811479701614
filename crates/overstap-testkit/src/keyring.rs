//! A real OS keyring for tests: a private D-Bus session bus with GNOME
//! Keyring's Secret Service on it (Debian `gnome-keyring`), its login
//! collection created and unlocked with a test password. Programs started
//! with [`SecretService::env`] store secrets there, as on a desktop.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct SecretService {
    dir: tempfile::TempDir,
    bus: Child,
    keyring: Child,
    /// `unix:path=…`: the session bus address.
    pub address: String,
}

impl SecretService {
    pub fn start() -> SecretService {
        let dir = tempfile::tempdir().expect("temp dir");
        let socket = dir.path().join("bus");
        let address = format!("unix:path={}", socket.display());
        let bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile"])
            .arg(format!("--address={address}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon starts (Debian package dbus)");
        wait_for(&socket, "the D-Bus socket");
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--components=secrets", "--unlock"])
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_RUNTIME_DIR", dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon starts (Debian package gnome-keyring)");
        // --unlock reads the login keyring's password from standard input.
        {
            use std::io::Write;
            let mut stdin = keyring.stdin.take().expect("stdin");
            stdin.write_all(b"overstap-test").expect("password written");
        }
        wait_for(&dir.path().join("data/keyrings/login.keyring"), "the login keyring");
        SecretService { dir, bus, keyring, address }
    }

    /// The environment a program needs to use this keyring.
    pub fn env(&self) -> [(&'static str, String); 1] {
        [("DBUS_SESSION_BUS_ADDRESS", self.address.clone())]
    }

    /// The keyring files: tests check a secret is stored there encrypted.
    pub fn keyring_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("data/keyrings")
    }
}

fn wait_for(path: &Path, what: &str) {
    let started = Instant::now();
    while !path.exists() {
        assert!(started.elapsed() < Duration::from_secs(20), "{what} did not appear at {}", path.display());
        std::thread::sleep(Duration::from_millis(20));
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        for child in [&mut self.keyring, &mut self.bus] {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
