//! Whether this computer reports, and where to: read from the preset's
//! `[reporting]` and `servers.report_upload`. Reporting is off unless
//! `enabled = true`; when it is on but cannot work (no upload share, no
//! salt for the pseudonym), it stays off and says why, rather than sending
//! something other than what IT asked for.

use std::collections::BTreeSet;

use url::Url;

use crate::preset::model::{Preset, ReportField};
use crate::probe::Message;

/// How reporting stands under the preset in force.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportingState {
    /// The preset does not turn reporting on (the default).
    Off,
    /// The preset turns it on, but it cannot work: why.
    Misconfigured(Message),
    On(ReportingConfig),
}

/// Reporting as the preset configures it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportingConfig {
    pub share: PublicShare,
    pub include: BTreeSet<ReportField>,
    /// The key of the pseudonymous laptop id.
    pub salt: String,
}

/// A Nextcloud public upload-only share ("File drop"): anyone with the link
/// may put files in, nobody without an account can read them back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicShare {
    /// The link IT configured (`https://cloud.example.nl/s/AbC123`).
    pub link: Url,
    /// The share's token, which is also the WebDAV user name.
    pub token: String,
    /// Nextcloud's address, up to where `/s/` started (it may live in a subfolder).
    base: Url,
}

impl PublicShare {
    /// Reads a share link: `https://host[/prefix][/index.php]/s/<token>`.
    pub fn parse(link: &str) -> Option<PublicShare> {
        let url = Url::parse(link.trim()).ok()?;
        if url.scheme() != "https" || url.host_str().is_none() || url.query().is_some() {
            return None;
        }
        let segments: Vec<&str> = url.path_segments()?.filter(|s| !s.is_empty()).collect();
        let [prefix @ .., s, token] = segments.as_slice() else { return None };
        let token_ok = (1..=64).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_alphanumeric());
        if *s != "s" || !token_ok {
            return None;
        }
        let prefix = match prefix {
            [rest @ .., "index.php"] => rest,
            all => all,
        };
        let base_path = format!("/{}", prefix.iter().map(|p| format!("{p}/")).collect::<String>());
        let token = (*token).to_owned();
        let mut base = url.clone();
        base.set_path(&base_path);
        base.set_fragment(None);
        Some(PublicShare { link: url, token, base })
    }

    /// Where a file named `name` is uploaded: `…/public.php/webdav/<name>`.
    pub fn upload_url(&self, name: &str) -> Url {
        let mut url = self.base.join("public.php/webdav/").expect("a relative path joins");
        url.path_segments_mut().expect("https URLs have paths").pop_if_empty().push(name);
        url
    }

    /// The share's server, to name it to people (`cloud.example.nl`).
    pub fn host(&self) -> &str {
        self.link.host_str().unwrap_or_default()
    }
}

/// Reporting under `preset`.
pub fn reporting(preset: &Preset) -> ReportingState {
    let Some(reporting) = preset.reporting.as_ref().filter(|r| r.enabled == Some(true)) else {
        return ReportingState::Off;
    };
    let Some(link) = preset.servers.as_ref().and_then(|s| s.report_upload.as_deref()) else {
        return ReportingState::Misconfigured(Message::new("fleet-no-upload"));
    };
    let Some(share) = PublicShare::parse(link) else {
        return ReportingState::Misconfigured(Message::new("fleet-bad-share").arg("link", link));
    };
    // Even when names are sent, the laptop id stays a keyed hash: without
    // a salt there is no key.
    let Some(salt) = reporting.salt.clone() else {
        return ReportingState::Misconfigured(Message::new("fleet-no-salt"));
    };
    let include = reporting.include.iter().flatten().copied().collect();
    ReportingState::On(ReportingConfig { share, include, salt })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::model::{Reporting, Servers};

    #[test]
    fn share_links_give_the_public_webdav_address() {
        let share = PublicShare::parse("https://cloud.example.nl/s/AbC123xyz").unwrap();
        assert_eq!(share.token, "AbC123xyz");
        assert_eq!(
            share.upload_url("overstap-x.json").as_str(),
            "https://cloud.example.nl/public.php/webdav/overstap-x.json"
        );
        // Nextcloud in a subfolder, with and without index.php.
        for link in ["https://example.nl/nextcloud/s/Tok1", "https://example.nl/nextcloud/index.php/s/Tok1/"] {
            let share = PublicShare::parse(link).unwrap();
            assert_eq!(share.upload_url("a.json").as_str(), "https://example.nl/nextcloud/public.php/webdav/a.json");
            assert_eq!(share.host(), "example.nl");
        }
    }

    #[test]
    fn file_names_cannot_climb_out_of_the_share() {
        let share = PublicShare::parse("https://cloud.example.nl/s/Tok").unwrap();
        let url = share.upload_url("../../remote.php/x");
        assert!(url.path().starts_with("/public.php/webdav/"), "{url}");
    }

    #[test]
    fn other_links_are_not_shares() {
        for link in [
            "http://cloud.example.nl/s/Tok",
            "https://cloud.example.nl/remote.php/dav/files/it/",
            "https://cloud.example.nl/s/",
            "https://cloud.example.nl/s/To-k",
            "https://cloud.example.nl/s/Tok?dir=/",
            "not a link",
        ] {
            assert_eq!(PublicShare::parse(link), None, "{link}");
        }
    }

    fn preset(enabled: Option<bool>, upload: Option<&str>, salt: Option<&str>) -> Preset {
        Preset {
            reporting: Some(Reporting {
                enabled,
                include: Some(vec![ReportField::Department]),
                salt: salt.map(str::to_owned),
            }),
            servers: Some(Servers { report_upload: upload.map(str::to_owned), ..Servers::default() }),
            ..Preset::default()
        }
    }

    #[test]
    fn reporting_is_off_unless_enabled() {
        assert_eq!(reporting(&Preset::default()), ReportingState::Off);
        let link = Some("https://cloud.example.nl/s/Tok");
        assert_eq!(reporting(&preset(None, link, Some("s"))), ReportingState::Off);
        assert_eq!(reporting(&preset(Some(false), link, Some("s"))), ReportingState::Off);
        let ReportingState::On(config) = reporting(&preset(Some(true), link, Some("salt"))) else { panic!() };
        assert_eq!(config.include, BTreeSet::from([ReportField::Department]));
    }

    #[test]
    fn enabled_but_unusable_says_why() {
        let cases = [
            (preset(Some(true), None, Some("salt")), "fleet-no-upload"),
            (preset(Some(true), Some("https://cloud.example.nl/files"), Some("salt")), "fleet-bad-share"),
            (preset(Some(true), Some("https://cloud.example.nl/s/Tok"), None), "fleet-no-salt"),
        ];
        for (preset, id) in cases {
            match reporting(&preset) {
                ReportingState::Misconfigured(m) => assert_eq!(m.id, id),
                other => panic!("{id}: {other:?}"),
            }
        }
    }
}
