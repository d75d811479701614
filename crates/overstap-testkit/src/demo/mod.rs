//! The demo servers for people (not tests): the same real servers the
//! tests run, on fixed loopback ports, with a demo CA and demo accounts set
//! up as a person who has finished their checklists would have them, so
//! every server check Overstap makes has something true to find.
//! `overstap-demo-servers` (`src/bin/demo_servers.rs`) runs them;
//! `scripts/demo.sh` drives Overstap against them.

mod accounts;
mod files;

use std::path::{Path, PathBuf};

pub use accounts::{Credentials, MASTODON_USER, MATRIX_USER, NEXTCLOUD_USER};

use crate::ca::TestCa;
use crate::mastodon::{MastodonMock, SeedAccount};
use crate::synapse::Synapse;
use crate::webdav::NextcloudLike;

/// Where each server listens on loopback. The defaults need no root
/// (above 1024) and are the ones `assets/presets/local-demo.toml` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoPorts {
    pub matrix: u16,
    pub mastodon: u16,
    pub nextcloud: u16,
}

impl DemoPorts {
    /// 8448 is Matrix federation's own default port, so the server name
    /// `localhost:8448` works for both clients and other servers.
    pub const DEFAULT: DemoPorts = DemoPorts { matrix: 8448, mastodon: 8443, nextcloud: 8444 };

    /// Matrix on `base`, Mastodon on `base + 1`, Nextcloud on `base + 2`
    /// (a second demo, or a test, beside a developer's running one).
    pub fn from_base(base: u16) -> Option<DemoPorts> {
        Some(DemoPorts { matrix: base, mastodon: base.checked_add(1)?, nextcloud: base.checked_add(2)? })
    }

    pub fn all(&self) -> [u16; 3] {
        [self.matrix, self.mastodon, self.nextcloud]
    }
}

/// The running demo: dropping it stops every server.
pub struct DemoServers {
    pub synapse: Synapse,
    pub mastodon: MastodonMock,
    pub nextcloud: NextcloudLike,
    pub credentials: Credentials,
    /// `ca.pem`, `preset.toml` and `credentials.txt`.
    pub ca_file: PathBuf,
    pub preset_file: PathBuf,
    pub credentials_file: PathBuf,
}

/// The organisation website's page on the Nextcloud-like server: the
/// Mastodon profile links to it, and it links back with rel="me".
const WEBSITE_PAGE: &str = "organisation.html";

impl DemoServers {
    /// Makes a CA, starts the servers one after the other (each harness
    /// waits until its server listens), sets up the demo accounts and
    /// writes the files people and `scripts/demo.sh` need into `dir`.
    /// Panics, with the server's log, when a server cannot start.
    pub fn start(dir: &Path, ports: DemoPorts) -> std::io::Result<DemoServers> {
        std::fs::create_dir_all(dir)?;
        let ca = TestCa::new("Overstap Demo CA");
        let synapse = Synapse::start_on(&ca, ports.matrix);
        let credentials = Credentials::new(ports);
        let mastodon = MastodonMock::start_on(
            &ca,
            ports.mastodon,
            &[SeedAccount {
                username: MASTODON_USER,
                display_name: "Overstap Demo",
                note: "The demo organisation's account, on a server on this computer.",
                token: &credentials.mastodon_token,
            }],
        );
        let nextcloud =
            NextcloudLike::start_on(&ca, ports.nextcloud, NEXTCLOUD_USER, &credentials.nextcloud_app_password);
        let profile = format!("{}/@{MASTODON_USER}", mastodon.base_url);
        nextcloud.publish(WEBSITE_PAGE, &website_page(&profile));
        // The demo person shares a file by link, and has moved their OneDrive files over.
        nextcloud.set_shares("shares.json");
        for (name, content) in files::ONEDRIVE_FILES {
            nextcloud.put_file(&format!("OneDrive/{name}"), content);
        }
        let website = format!("{}/{WEBSITE_PAGE}", nextcloud.base_url);

        let mut credentials = credentials;
        credentials.source_folder = files::write_onedrive(dir)?.display().to_string();
        credentials.matrix_token = accounts::prepare_matrix(&synapse, &credentials.matrix_password);
        accounts::prepare_mastodon(&mastodon, &credentials.mastodon_token, &website);

        let ca_file = dir.join("ca.pem");
        std::fs::write(&ca_file, &ca.cert_pem)?;
        let preset_file = dir.join("preset.toml");
        std::fs::write(&preset_file, files::preset_for(ports))?;
        let credentials_file = dir.join("credentials.txt");
        files::write_private(&credentials_file, &credentials.to_env_file())?;
        Ok(DemoServers { synapse, mastodon, nextcloud, credentials, ca_file, preset_file, credentials_file })
    }
}

fn website_page(profile: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Overstap Demo</title></head>\n\
         <body><h1>Overstap Demo</h1><p>The demo organisation's intranet.</p>\n\
         <footer><a rel=\"me\" href=\"{profile}\">Follow us on Mastodon</a></footer></body></html>\n"
    )
}
