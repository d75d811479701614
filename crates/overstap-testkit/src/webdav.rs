//! A WebDAV server on loopback (WsgiDAV, PyPI) over TLS with a test CA,
//! laid out like a Nextcloud: the user's files at
//! `/remote.php/dav/files/<user>/` behind basic auth (real WebDAV, RFC 4331
//! quota against a per-user quota as Nextcloud has it), the OCS user, capabilities and share list documents behind the same
//! auth, and the public `status.php`, all from `tests/fixtures/nextcloud/`
//! (documented responses: Nextcloud itself cannot run here), and Login Flow
//! v2 as documented (`tests/servers/nextcloud_like.py` wraps WsgiDAV with it).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::ca::TestCa;
use crate::process::{spawn_server, stop};
use crate::synapse::{free_port, read_logs, venv, wait_until_listening};

pub struct NextcloudLike {
    pub port: u16,
    pub base_url: String,
    pub ca_pem_path: PathBuf,
    dir: tempfile::TempDir,
    child: Child,
}

/// The password the person types on the Login Flow v2 page (the app
/// password the flow then grants is the one given to `start`).
pub const WEB_PASSWORD: &str = "web-password";

/// The token of the public upload share (Nextcloud's are 15 letters and digits).
pub const PUBLIC_SHARE_TOKEN: &str = "FleetDrop2026xy";

/// The person's quota on the server until a test changes it (10 GiB, a
/// common Nextcloud default), so the check does not depend on how full the
/// test machine's disk is.
pub const DEFAULT_QUOTA_BYTES: u64 = 10 * 1024 * 1024 * 1024;

/// The repository's root folder (for `tests/`).
pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    repo_root().join("tests/fixtures/nextcloud")
}

impl NextcloudLike {
    /// Serves user `user` with app password `password`; the Login Flow v2
    /// page takes `user` with [`WEB_PASSWORD`] and grants `password`.
    pub fn start(ca: &TestCa, user: &str, password: &str) -> NextcloudLike {
        NextcloudLike::start_on(ca, free_port(), user, password)
    }

    /// Starts on a chosen loopback `port` (the demo servers' fixed ports).
    pub fn start_on(ca: &TestCa, port: u16, user: &str, password: &str) -> NextcloudLike {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path().to_path_buf();
        let d = d.as_path();
        ca.write_server_files(d);
        std::fs::create_dir_all(d.join("public")).unwrap();
        std::fs::create_dir_all(d.join("ocs")).unwrap();
        std::fs::create_dir_all(d.join("ocs2")).unwrap();
        std::fs::create_dir_all(d.join("sharing")).unwrap();
        std::fs::create_dir_all(d.join("files")).unwrap();
        std::fs::create_dir_all(d.join("drop")).unwrap();
        std::fs::write(d.join("files/Welkom.odt"), b"not really a document").unwrap();
        // The recorded user document is alice's; the id must be the user's
        // own, since clients build the WebDAV address from it.
        let user_document = std::fs::read_to_string(fixtures().join("cloud-user.json")).expect("user fixture");
        std::fs::write(d.join("ocs/user"), user_document.replace("alice", user)).unwrap();
        std::fs::copy(fixtures().join("capabilities.json"), d.join("ocs2/capabilities")).unwrap();
        std::fs::copy(fixtures().join("shares-none.json"), d.join("sharing/shares")).unwrap();
        std::fs::copy(fixtures().join("status.json"), d.join("public/status.php")).expect("status fixture");
        let config = format!(
            r#"host: 127.0.0.1
port: {port}
server: cheroot
ssl_certificate: "{d}/tls.crt"
ssl_private_key: "{d}/tls.key"
verbose: 1
logging:
  enable: false
provider_mapping:
  "/": "{d}/public"
  "/ocs/v1.php/cloud": "{d}/ocs"
  "/ocs/v2.php/cloud": "{d}/ocs2"
  "/ocs/v2.php/apps/files_sharing/api/v1": "{d}/sharing"
  "/remote.php/dav/files/{user}": "{d}/files"
  "/public.php/webdav": "{d}/drop"
http_authenticator:
  accept_basic: true
  accept_digest: false
  default_to_digest: false
simple_dc:
  user_mapping:
    "/": true
    "/ocs/v1.php/cloud":
      "{user}": {{ password: "{password}" }}
    "/ocs/v2.php/cloud":
      "{user}": {{ password: "{password}" }}
    "/ocs/v2.php/apps/files_sharing/api/v1":
      "{user}": {{ password: "{password}" }}
    "/remote.php/dav/files/{user}":
      "{user}": {{ password: "{password}" }}
    "/public.php/webdav":
      "{PUBLIC_SHARE_TOKEN}": {{ password: "" }}
dir_browser:
  enable: false
login_flow:
  user: "{user}"
  web_password: "{WEB_PASSWORD}"
  app_password: "{password}"
  log_dir: "{d}"
user_quota:
  files: "{d}/files"
  quota_file: "{d}/quota"
"#,
            d = d.display()
        );
        std::fs::write(d.join("wsgidav.yaml"), config).unwrap();
        std::fs::write(d.join("quota"), DEFAULT_QUOTA_BYTES.to_string()).unwrap();
        let child = spawn_server(
            Command::new(venv().join("bin/python"))
                .arg(repo_root().join("tests/servers/nextcloud_like.py"))
                .arg(d.join("wsgidav.yaml"))
                .current_dir(d)
                .stdout(std::fs::File::create(d.join("stdout.log")).unwrap())
                .stderr(std::fs::File::create(d.join("stderr.log")).unwrap())
                .stdin(Stdio::null()),
            "wsgidav",
        );
        let mut server = NextcloudLike {
            port,
            base_url: format!("https://localhost:{port}"),
            ca_pem_path: d.join("ca.pem"),
            dir,
            child,
        };
        let logs = server.dir.path().to_path_buf();
        wait_until_listening(&mut server.child, port, Duration::from_secs(60), || read_logs(&logs));
        server
    }

    /// Sets the person's quota in bytes (read by the server at every request).
    pub fn set_quota(&self, bytes: u64) {
        std::fs::write(self.dir.path().join("quota"), bytes.to_string()).expect("quota written");
    }

    /// Serves another recorded `status.php` (e.g. `status-maintenance.json`).
    pub fn set_status(&self, fixture: &str) {
        std::fs::copy(fixtures().join(fixture), self.dir.path().join("public/status.php")).expect("status fixture");
    }

    /// Serves `contents` at `/<name>` without sign-in, as a public web page
    /// on the same server (the demo's organisation website).
    pub fn publish(&self, name: &str, contents: &str) {
        std::fs::write(self.dir.path().join("public").join(name), contents).expect("public page written");
    }

    /// Puts a file among the person's files, as an upload would (`path` relative to their root).
    pub fn put_file(&self, path: &str, contents: &[u8]) {
        let target = self.dir.path().join("files").join(path);
        std::fs::create_dir_all(target.parent().expect("a file in a folder")).expect("folder made");
        std::fs::write(target, contents).expect("file written");
    }

    /// How many times an app password was revoked (`DELETE /ocs/v2.php/core/apppassword`).
    pub fn revocations(&self) -> usize {
        std::fs::read_to_string(self.dir.path().join("revoked.log")).map_or(0, |s| s.lines().count())
    }

    /// Serves another list of the person's shares (e.g. `shares.json`).
    pub fn set_shares(&self, fixture: &str) {
        std::fs::copy(fixtures().join(fixture), self.dir.path().join("sharing/shares")).expect("shares fixture");
    }

    /// Serves another capabilities document (e.g. `capabilities-no-file-drop.json`).
    pub fn set_capabilities(&self, fixture: &str) {
        std::fs::copy(fixtures().join(fixture), self.dir.path().join("ocs2/capabilities"))
            .expect("capabilities fixture");
    }

    /// The link of the public upload share ("File drop") IT would paste
    /// into a preset: `https://localhost:<port>/s/<token>`. Its WebDAV
    /// side is `/public.php/webdav/` with the token as user name.
    pub fn public_share_link(&self) -> String {
        format!("{}/s/{PUBLIC_SHARE_TOKEN}", self.base_url)
    }

    /// The files uploaded into the public share, by name.
    pub fn dropped_files(&self) -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = std::fs::read_dir(self.dir.path().join("drop"))
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        (name, std::fs::read_to_string(e.path()).unwrap_or_default())
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    }

    pub fn logs(&self) -> String {
        read_logs(self.dir.path())
    }
}

impl Drop for NextcloudLike {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}
