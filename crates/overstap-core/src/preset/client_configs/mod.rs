//! What IT pushes to the other programs, written from the preset
//! (`overstap preset client-configs --out DIR`): Element's `config.json`,
//! the Nextcloud desktop client's settings and mass-deployment commands,
//! and a LibreOffice `.xcd` (plus its Windows registry twin) that makes a
//! default save format the only one, and a README that says where each
//! file goes and what it cannot do.
//!
//! - `element.rs`: `config.json` by Element's documented rules.
//! - `nextcloud.rs`: `nextcloud.cfg` lines and the `--userid …` command per OS.
//! - `libreoffice.rs`: the finalized `.xcd` and the policy `.reg`.
//! - `readme.rs`: `README.txt`, for the people who deploy the files.
//!
//! Every file is made by a pure function first (for tests and a preview in
//! the interface); only [`write_client_configs`] touches the disk, after all
//! of them were made, so a value that cannot go into a file writes nothing.
//! The files and the README are in English: they are read by IT staff next
//! to the upstream documentation they refer to.

mod element;
mod libreoffice;
mod nextcloud;
mod readme;

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::model::{DefaultFormats, Preset};
use crate::error::{Error, ErrorCode, Result};
use crate::probe::Message;

pub use element::{element_config, MatrixServer};
pub use libreoffice::{libreoffice_reg, libreoffice_xcd, SaveFormats};
pub use nextcloud::{nextcloud_cfg, nextcloud_deploy_cmd, nextcloud_deploy_sh};
pub use readme::readme;

pub const ELEMENT_CONFIG: &str = "element-config.json";
pub const NEXTCLOUD_CFG: &str = "nextcloud.cfg";
pub const NEXTCLOUD_SH: &str = "nextcloud-add-account.sh";
pub const NEXTCLOUD_CMD: &str = "nextcloud-add-account.cmd";
pub const LIBREOFFICE_XCD: &str = "overstap-default-formats.xcd";
pub const LIBREOFFICE_REG: &str = "libreoffice-default-formats.reg";
pub const README: &str = "README.txt";

/// One file written, and what it is for (rendered in the reader's language).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WrittenFile {
    pub path: PathBuf,
    pub about: Message,
}

/// What Overstap may know beyond the preset, found by a check: with the
/// homeserver address next to a Matrix server name, Element needs no
/// lookup at start.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    /// `https://matrix.example.nl`, from the server name's well-known.
    pub matrix_homeserver: Option<String>,
}

/// Writes every file the preset has values for into `out` (created if
/// missing; files of the same name are replaced, each atomically).
pub fn write_client_configs(preset: &Preset, out: &Path) -> Result<Vec<WrittenFile>> {
    write_client_configs_with(preset, &Known::default(), out)
}

/// [`write_client_configs`] with what a check found out.
pub fn write_client_configs_with(preset: &Preset, known: &Known, out: &Path) -> Result<Vec<WrittenFile>> {
    let files = make_files(preset, known)?;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, &e))?;
    let mut written = Vec::new();
    for (name, contents, about) in files {
        let path = out.join(name);
        crate::report::write_atomically(&path, contents.as_bytes())?;
        written.push(WrittenFile { path, about });
    }
    tracing::info!(out = %out.display(), files = written.len(), "client configurations written");
    Ok(written)
}

/// Every file's name, contents and description, the README last.
fn make_files(preset: &Preset, known: &Known) -> Result<Vec<(&'static str, String, Message)>> {
    let mut files = Vec::new();
    let matrix = element::matrix_server(preset, known)?;
    if let Some(server) = &matrix {
        let json = element::config_json(preset, server);
        files.push((ELEMENT_CONFIG, json, Message::new("client-config-element").arg("server", server.shown())));
    }
    let nextcloud = nextcloud::server_url(preset)?;
    if let Some(url) = &nextcloud {
        let about = |id: &str| Message::new(id).arg("server", url);
        files.push((NEXTCLOUD_CFG, nextcloud::cfg(url), about("client-config-nextcloud-cfg")));
        files.push((NEXTCLOUD_SH, nextcloud::deploy_sh(url), about("client-config-nextcloud-sh")));
        files.push((NEXTCLOUD_CMD, nextcloud::deploy_cmd(url), about("client-config-nextcloud-cmd")));
    }
    let formats = SaveFormats::from_preset(preset);
    let format_name = formats.name();
    files.push((
        LIBREOFFICE_XCD,
        libreoffice::xcd(formats),
        Message::new("client-config-libreoffice-xcd").arg("formats", format_name),
    ));
    files.push((
        LIBREOFFICE_REG,
        libreoffice::reg(formats),
        Message::new("client-config-libreoffice-reg").arg("formats", format_name),
    ));
    let readme = readme::text(preset, matrix.as_ref(), nextcloud.as_deref(), formats);
    files.push((README, readme, Message::new("client-config-readme")));
    Ok(files)
}

/// Whether the preset locks `key` itself or a table above it (`servers`
/// locks `servers.matrix`), as the merge of presets reads `locked`.
pub(crate) fn is_locked(preset: &Preset, key: &str) -> bool {
    preset
        .locked
        .iter()
        .flatten()
        .any(|lock| key == lock.as_str() || key.strip_prefix(lock.as_str()).is_some_and(|rest| rest.starts_with('.')))
}

/// An https:// server address fit to go, as written, into an INI file, a
/// shell script and a Windows batch file: no user name, query or fragment,
/// and only characters none of them treats specially. Without a trailing
/// slash. `None`: not such an address.
pub(crate) fn plain_https_url(given: &str) -> Option<String> {
    let url = url::Url::parse(given.trim()).ok()?;
    let plain = url.scheme() == "https"
        && url.host_str().is_some_and(|h| !h.is_empty())
        && url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none()
        && url.fragment().is_none();
    let text = url.as_str().trim_end_matches('/');
    // The url crate has already turned anything unusual into %-escapes,
    // which batch files would expand: refuse those too.
    let safe = text.chars().all(|c| c.is_ascii_alphanumeric() || ".-_~:/[]".contains(c));
    (plain && safe).then(|| text.to_owned())
}

fn invalid_server(message_id: &'static str, given: &str) -> Error {
    Error::new(ErrorCode::InvalidInput, message_id).arg("given", given)
}

impl SaveFormats {
    /// The formats the preset asks for; OpenDocument when it says nothing,
    /// since moving to open formats is what Overstap is for.
    pub fn from_preset(preset: &Preset) -> SaveFormats {
        match preset.libreoffice.as_ref().and_then(|l| l.default_formats) {
            Some(DefaultFormats::Ooxml) => SaveFormats::Ooxml,
            Some(DefaultFormats::Odf) | None => SaveFormats::Odf,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has_message;
    use crate::lang::Lang;
    use crate::preset::model::{Organisation, Servers};

    pub(super) fn preset(matrix: Option<&str>, nextcloud: Option<&str>, locked: &[&str]) -> Preset {
        Preset {
            organisation: Some(Organisation { name: Some("Ministerie van Voorbeelden".into()), ..Default::default() }),
            servers: Some(Servers {
                matrix: matrix.map(Into::into),
                nextcloud: nextcloud.map(Into::into),
                ..Default::default()
            }),
            locked: (!locked.is_empty()).then(|| locked.iter().map(|s| s.to_string()).collect()),
            ..Default::default()
        }
    }

    #[test]
    fn locks_cover_the_key_and_the_tables_above_it() {
        assert!(is_locked(&preset(None, None, &["servers.matrix"]), "servers.matrix"));
        assert!(is_locked(&preset(None, None, &["servers"]), "servers.matrix"));
        assert!(!is_locked(&preset(None, None, &["servers.mastodon"]), "servers.matrix"));
        assert!(!is_locked(&preset(None, None, &["server"]), "servers.matrix"), "a prefix is not a table");
        assert!(!is_locked(&preset(None, None, &[]), "servers.matrix"));
    }

    #[test]
    fn only_plain_https_addresses_go_into_scripts() {
        assert_eq!(plain_https_url("https://cloud.example.nl/").as_deref(), Some("https://cloud.example.nl"));
        assert_eq!(plain_https_url(" https://Cloud.Example.nl/nc ").as_deref(), Some("https://cloud.example.nl/nc"));
        assert_eq!(plain_https_url("https://cloud.example.nl:8443").as_deref(), Some("https://cloud.example.nl:8443"));
        for bad in [
            "http://cloud.example.nl",
            "https://user:pw@cloud.example.nl",
            "https://cloud.example.nl/?x=1",
            "https://cloud.example.nl/#top",
            "https://cloud.example.nl/a%20b",
            "https://cloud.example.nl/a\"&calc",
            "https://cloud.example.nl/$(reboot)",
            "cloud.example.nl",
            "",
        ] {
            assert_eq!(plain_https_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn writes_each_file_with_its_description_and_replaces_older_ones() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new/folder");
        let p = preset(Some("example.nl"), Some("https://cloud.example.nl"), &["servers"]);
        let written = write_client_configs(&p, &out).unwrap();
        let names: Vec<String> =
            written.iter().map(|w| w.path.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(
            names,
            [ELEMENT_CONFIG, NEXTCLOUD_CFG, NEXTCLOUD_SH, NEXTCLOUD_CMD, LIBREOFFICE_XCD, LIBREOFFICE_REG, README]
        );
        for file in &written {
            assert!(file.path.is_file());
            for lang in Lang::ALL {
                assert!(has_message(lang, &file.about.id), "{} in {lang:?}", file.about.id);
                assert!(!file.about.render(lang).contains('{'), "{}", file.about.render(lang));
            }
        }
        // Again, now without Nextcloud: written over, and the README no longer mentions it.
        let p = preset(Some("example.nl"), None, &[]);
        let written = write_client_configs(&p, &out).unwrap();
        assert_eq!(written.len(), 4);
        let readme = std::fs::read_to_string(out.join(README)).unwrap();
        assert!(!readme.contains("--apppassword"), "{readme}");
        let leftovers: Vec<_> = std::fs::read_dir(&out).unwrap().filter_map(|e| e.ok()).collect();
        assert!(leftovers.iter().all(|e| !e.file_name().to_string_lossy().ends_with(".tmp")));
    }

    #[test]
    fn a_value_that_cannot_be_written_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let p = preset(Some("example.nl"), Some("https://cloud.example.nl/$(reboot)"), &[]);
        let err = write_client_configs(&p, &out).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert!(err.message(Lang::En).contains("$(reboot)"), "{}", err.message(Lang::En));
        assert!(!out.exists());
        let p = preset(Some("http://matrix.example.nl"), None, &[]);
        assert_eq!(write_client_configs(&p, &out).unwrap_err().code(), ErrorCode::InvalidInput);
    }

    #[test]
    fn an_out_path_that_is_a_file_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        let err = write_client_configs(&Preset::default(), &file).unwrap_err();
        assert_eq!(err.code(), ErrorCode::IoError);
    }
}
