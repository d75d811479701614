//! The demo accounts: their names and secrets (demo values, made fresh
//! where the server makes them), and putting each account in the state of
//! a person who has finished (`tests/servers/demo_accounts.py`, through
//! the servers' own APIs).

use std::process::Command;

use super::DemoPorts;
use crate::mastodon::MastodonMock;
use crate::synapse::{venv, Synapse};
use crate::webdav::{repo_root, WEB_PASSWORD};

pub const MATRIX_USER: &str = "demo";
pub const MASTODON_USER: &str = "demo";
pub const NEXTCLOUD_USER: &str = "demo";

/// What a person (or `scripts/demo.sh`) signs in with. Every value is a
/// plain word, so `credentials.txt` can be read by a shell.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub matrix_server_name: String,
    pub matrix_password: String,
    /// From a password sign-in when the servers started.
    pub matrix_token: String,
    pub mastodon_server: String,
    /// `@demo@localhost:8443`.
    pub mastodon_account: String,
    pub mastodon_token: String,
    pub nextcloud_server: String,
    pub nextcloud_app_password: String,
    /// The demo person's OneDrive folder (a few sample files), to move from.
    pub source_folder: String,
}

impl Credentials {
    pub(super) fn new(ports: DemoPorts) -> Credentials {
        Credentials {
            matrix_server_name: format!("localhost:{}", ports.matrix),
            matrix_password: "overstap-demo-matrix".into(),
            matrix_token: String::new(),
            mastodon_server: format!("https://localhost:{}", ports.mastodon),
            mastodon_account: format!("@{MASTODON_USER}@localhost:{}", ports.mastodon),
            mastodon_token: "overstap-demo-mastodon-token".into(),
            nextcloud_server: format!("https://localhost:{}", ports.nextcloud),
            nextcloud_app_password: "overstap-demo-app-password".into(),
            source_folder: String::new(),
        }
    }

    /// `NAME=value` lines with comments: for people to read and for
    /// `scripts/demo.sh` to source (the `OVERSTAP_*` names are the ones
    /// `overstap check` reads).
    pub fn to_env_file(&self) -> String {
        format!(
            "# Overstap demo accounts: demo values for the servers on this computer only.\n\
             # Made fresh every time overstap-demo-servers starts.\n\
             \n\
             # Matrix (Synapse): sign in with the user name and password.\n\
             MATRIX_SERVER={}\nMATRIX_USER={MATRIX_USER}\nMATRIX_PASSWORD={}\nOVERSTAP_MATRIX_TOKEN={}\n\
             \n\
             # Mastodon (mastodon_mock): the account, and an access token for it.\n\
             MASTODON_SERVER={}\nMASTODON_ACCOUNT={}\nOVERSTAP_MASTODON_TOKEN={}\n\
             \n\
             # Nextcloud (WsgiDAV): the Login Flow page takes the user and the web password\n\
             # and grants the app password.\n\
             NEXTCLOUD_SERVER={}\nNEXTCLOUD_LOGIN={NEXTCLOUD_USER}\nNEXTCLOUD_WEB_PASSWORD={WEB_PASSWORD}\n\
             OVERSTAP_NEXTCLOUD_APP_PASSWORD={}\n\
             \n\
             # The folder the demo person moves files from (their \"OneDrive\").\n\
             SOURCE_FOLDER={}\n",
            self.matrix_server_name,
            self.matrix_password,
            self.matrix_token,
            self.mastodon_server,
            self.mastodon_account,
            self.mastodon_token,
            self.nextcloud_server,
            self.nextcloud_app_password,
            self.source_folder,
        )
    }
}

/// Registers the Matrix demo user and sets up encryption as Element would
/// (cross-signing, a key backup holding a key); returns an access token.
pub(super) fn prepare_matrix(synapse: &Synapse, password: &str) -> String {
    synapse.register(MATRIX_USER, password);
    let out = run_script(&synapse.ca_pem_path, &["matrix", &synapse.base_url, MATRIX_USER, password]);
    let token = out.trim();
    assert!(!token.is_empty() && !token.contains(char::is_whitespace), "demo_accounts.py matrix printed {out:?}");
    token.to_owned()
}

/// Puts the organisation's website on the Mastodon profile.
pub(super) fn prepare_mastodon(mastodon: &MastodonMock, token: &str, website: &str) {
    run_script(&mastodon.ca_pem_path, &["mastodon", &mastodon.base_url, token, website]);
}

fn run_script(ca_file: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(venv().join("bin/python"))
        .arg(repo_root().join("tests/servers/demo_accounts.py"))
        .args(args)
        .env("REQUESTS_CA_BUNDLE", ca_file)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "demo_accounts.py {}: {}{}",
        args[0],
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}
