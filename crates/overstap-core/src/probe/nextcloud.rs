//! Nextcloud: the server's health (`status.php`, with end-of-life majors
//! from `nextcloud_eol.rs`), being signed in, and the storage quota by
//! WebDAV (RFC 4331) against the folder the person moves from
//! (`source_folder.rs`). The sharing settings are in `nextcloud_capabilities.rs`,
//! the desktop app on this computer in `nextcloud_desktop.rs`. Facts:
//! `shared/reference/servers.md`, Nextcloud section.

use base64::Engine;
use overstap_net::{Method, NetClient, Request, Url};
use serde_json::Value;

use super::nextcloud_desktop::DesktopEnv;
use super::nextcloud_files::{self, FILES_ON_SERVER};
use super::nextcloud_shares::{self, LINK_SHARES};
use super::source_folder::{self, FolderSize, SourceFolder};
use super::{
    fetch_json, join, nextcloud_capabilities, nextcloud_eol, signed_in_json, Evidence, Message, ProbeOutcome,
    ProbeStatus, SignInTexts,
};

pub const STATUS: &str = "nextcloud.status";
pub const CAPABILITIES: &str = "nextcloud.capabilities";
pub const SIGNED_IN: &str = "nextcloud.signed-in";
pub const QUOTA: &str = "nextcloud.quota";

#[derive(Debug, Clone, Default)]
pub struct NextcloudTarget {
    pub server: Option<Url>,
    pub login: Option<String>,
    /// The app password: never logged and never part of evidence.
    pub app_password: Option<super::Secret>,
    /// The folder the person moves from, when they chose one (else found: `source_folder.rs`).
    pub source_folder: Option<std::path::PathBuf>,
}

pub async fn check(net: &NextcloudNet<'_>) -> Vec<ProbeOutcome> {
    let skipped = |probe, id| ProbeOutcome::new(probe, ProbeStatus::Skipped, Message::new(id));
    let Some(server) = &net.target.server else {
        return [STATUS, CAPABILITIES, SIGNED_IN, QUOTA, LINK_SHARES, FILES_ON_SERVER]
            .map(|p| skipped(p, "probe-nextcloud-no-target"))
            .into();
    };
    let status = status(net.client, server).await;
    if status.status == ProbeStatus::Fail {
        let mut outcomes = vec![status];
        outcomes.extend(
            [CAPABILITIES, SIGNED_IN, QUOTA, LINK_SHARES, FILES_ON_SERVER]
                .map(|p| skipped(p, "probe-skipped-server-not-found")),
        );
        return outcomes;
    }
    // Quota needs the user id (it can differ from the login name), which
    // the sign-in check reads; the sharing settings are only shown to a
    // signed-in user.
    let signed_in = signed_in(net, server).await;
    let user_id = signed_in.evidence.facts.get("user_id").and_then(|v| v.as_str()).map(str::to_owned);
    let env = DesktopEnv::current();
    let (capabilities, quota, shares, files) = match (signed_in.status, user_id) {
        (ProbeStatus::Pass, Some(user_id)) => tokio::join!(
            nextcloud_capabilities::capabilities(net, server),
            quota(net, server, &user_id),
            nextcloud_shares::link_shares(net, server),
            nextcloud_files::files_on_server(net.listing, server, &user_id, net.target, &env)
        ),
        (status, _) => {
            let why = if status == ProbeStatus::Skipped {
                "probe-nextcloud-signed-in-no-login"
            } else {
                "probe-skipped-not-signed-in"
            };
            (skipped(CAPABILITIES, why), skipped(QUOTA, why), skipped(LINK_SHARES, why), skipped(FILES_ON_SERVER, why))
        }
    };
    vec![status, capabilities, signed_in, quota, shares, files]
}

/// The client and what to check, together.
pub struct NextcloudNet<'a> {
    pub client: &'a NetClient,
    /// The same client with room for long folder listings (`nextcloud_files.rs`).
    pub listing: &'a NetClient,
    pub target: &'a NextcloudTarget,
}

async fn status(net: &NetClient, server: &Url) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let json = match fetch_json(net, STATUS, Request::get(join(server, "status.php")), &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let flag = |k: &str| json.get(k).and_then(Value::as_bool);
    let version = json.get("versionstring").and_then(Value::as_str).unwrap_or("?").to_owned();
    let product = json.get("productname").and_then(Value::as_str).unwrap_or("Nextcloud").to_owned();
    evidence.fact("version", version.clone());
    evidence.fact("productname", product.clone());
    let (status, id) = match (flag("installed"), flag("maintenance"), flag("needsDbUpgrade")) {
        (None, _, _) => {
            let m = Message::new("probe-nextcloud-not-nextcloud").arg("url", join(server, "status.php"));
            return ProbeOutcome::new(STATUS, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
        }
        (Some(false), _, _) => (ProbeStatus::Fail, "probe-nextcloud-not-installed"),
        (_, Some(true), _) => (ProbeStatus::Fail, "probe-nextcloud-maintenance"),
        (_, _, Some(true)) => (ProbeStatus::Fail, "probe-nextcloud-upgrading"),
        _ => (ProbeStatus::Pass, "probe-nextcloud-status-pass"),
    };
    // A working server on a major that no longer gets security fixes still
    // works: a caveat for IT, not a failure for the person.
    let numeric = json.get("version").and_then(Value::as_str).unwrap_or(&version);
    let major = nextcloud_eol::major_of(numeric);
    let extended = flag("extendedSupport") == Some(true);
    evidence.fact("extended_support", extended);
    evidence.fact("eol_schedule_taken", nextcloud_eol::TAKEN);
    if let Some(eol) = major.and_then(nextcloud_eol::end_of_life) {
        evidence.fact("end_of_life", eol.to_string());
    }
    let ended = major.filter(|_| !extended).and_then(|m| nextcloud_eol::ended(m, today()));
    let (status, id) = match (status, ended) {
        (ProbeStatus::Pass, Some(_)) => (ProbeStatus::Warn, "probe-nextcloud-status-eol"),
        other => (other.0, id),
    };
    let mut m = Message::new(id).arg("version", &version).arg("product", &product).arg("server", server);
    if let (Some(major), Some(eol)) = (major, ended) {
        m = m.arg("major", major).arg("eol", eol);
    }
    let outcome = ProbeOutcome::new(STATUS, status, m.clone()).evidence(evidence);
    if status == ProbeStatus::Pass {
        outcome
    } else {
        outcome.remedy(m.remedy())
    }
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// Who the app password signs in as (`/ocs/v1.php/cloud/user`): the login
/// name can differ from the user id, which WebDAV paths need.
async fn signed_in(net: &NextcloudNet<'_>, server: &Url) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let mut url = join(server, "ocs/v1.php/cloud/user");
    url.query_pairs_mut().append_pair("format", "json");
    let request = ocs_request(net.target, url);
    let json = match signed_in_json(net.client, SIGNED_IN, request, OCS_SIGN_IN_TEXTS, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    // OCS answers 200 even for errors: only status code 100 with an id proves the sign-in.
    let ok = json.pointer("/ocs/meta/statuscode").and_then(Value::as_i64) == Some(100);
    let Some(user) = json.pointer("/ocs/data/id").and_then(Value::as_str).filter(|_| ok).map(str::to_owned) else {
        let m = Message::new("probe-nextcloud-signed-in-bad-password");
        return ProbeOutcome::new(SIGNED_IN, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    };
    evidence.fact("user_id", user.clone());
    ProbeOutcome::new(SIGNED_IN, ProbeStatus::Pass, Message::new("probe-nextcloud-signed-in-pass").arg("user", user))
        .evidence(evidence)
}

/// Free and used space of the person's files, by WebDAV PROPFIND (RFC 4331).
async fn quota(net: &NextcloudNet<'_>, server: &Url, user_id: &str) -> ProbeOutcome {
    let (Some(login), Some(password)) =
        (&net.target.login, net.target.app_password.as_ref().map(super::Secret::expose))
    else {
        return ProbeOutcome::new(QUOTA, ProbeStatus::Skipped, Message::new("probe-nextcloud-signed-in-no-login"));
    };
    let mut evidence = Evidence::default();
    let url = join(server, &format!("remote.php/dav/files/{}/", percent_encode_segment(user_id)));
    let mut request = Request::get(url)
        .header("authorization", &basic(login, password))
        .header("depth", "0")
        .header("content-type", "application/xml; charset=utf-8");
    request.method = Method::from_bytes(b"PROPFIND").expect("PROPFIND is a valid method");
    request.body = Some(PROPFIND_QUOTA.as_bytes().to_vec());
    let fetched = match net.client.fetch(request).await {
        Ok(f) => f,
        Err(failure) => return ProbeOutcome::from_failure(QUOTA, failure, evidence),
    };
    evidence.request(&fetched);
    if fetched.status == 401 {
        return ProbeOutcome::new(QUOTA, ProbeStatus::Fail, Message::new("probe-nextcloud-signed-in-bad-password"))
            .remedy(Message::new("probe-nextcloud-signed-in-bad-password-remedy"))
            .evidence(evidence);
    }
    let fetched = match fetched.ensure_success() {
        Ok(f) => f,
        Err(failure) => return ProbeOutcome::from_failure(QUOTA, failure, evidence),
    };
    let body = String::from_utf8_lossy(&fetched.body);
    let Some((available, used)) = parse_quota(&body) else {
        let m = Message::new("probe-nextcloud-quota-unreadable");
        return ProbeOutcome::new(QUOTA, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    };
    evidence.fact("quota_available_bytes", available);
    evidence.fact("quota_used_bytes", used);
    // The step compares the free space with what comes over: the person's
    // OneDrive or Google Drive folder, or the folder they chose.
    let source = source_folder::source_folder(net.target.source_folder.as_deref(), &DesktopEnv::current());
    let measured = match &source {
        Some(folder) => {
            let path = folder.path.clone();
            let size = tokio::task::spawn_blocking(move || source_folder::measure(&path))
                .await
                .unwrap_or_else(|e| Err(std::io::Error::other(e.to_string())));
            Some((folder, size))
        }
        None => None,
    };
    quota_verdict(available, used, measured.as_ref().map(|(f, s)| (*f, s.as_ref())), &mut evidence).evidence(evidence)
}

/// Free space against the folder to move (RFC 4331 / Nextcloud: -3
/// unlimited, -2 unknown, -1 not computed yet).
fn quota_verdict(
    available: i64,
    used: i64,
    source: Option<(&SourceFolder, Result<&FolderSize, &std::io::Error>)>,
    evidence: &mut Evidence,
) -> ProbeOutcome {
    let used_text = human_bytes(used.max(0));
    let source_name = |f: &SourceFolder| format!("msg:source-{}", f.kind.as_str());
    let size = match source {
        Some((folder, Ok(size))) => {
            evidence.fact("source_folder", folder.path.display().to_string());
            evidence.fact("source_kind", folder.kind.as_str());
            evidence.fact("source_files", size.files);
            evidence.fact("source_bytes", size.bytes);
            evidence.fact("source_incomplete", size.incomplete);
            Some((folder, *size))
        }
        Some((folder, Err(e))) => {
            let m = Message::new("probe-nextcloud-quota-source-unreadable")
                .arg("path", folder.path.display())
                .arg("detail", e);
            return ProbeOutcome::new(QUOTA, ProbeStatus::Warn, m.clone()).remedy(m.remedy());
        }
        None => None,
    };
    if available == -3 {
        return ProbeOutcome::new(
            QUOTA,
            ProbeStatus::Pass,
            Message::new("probe-nextcloud-quota-unlimited").arg("used", used_text),
        );
    }
    if available < 0 {
        // Not known yet: nothing to compare with, so nothing is proved.
        let m = Message::new("probe-nextcloud-quota-unknown").arg("used", used_text);
        return ProbeOutcome::new(QUOTA, ProbeStatus::Warn, m.clone()).remedy(m.remedy());
    }
    let free = human_bytes(available);
    match size {
        Some((folder, size)) => {
            let m = |id: &str| {
                Message::new(id)
                    .arg("source", source_name(folder))
                    .arg("size", human_bytes(i64::try_from(size.bytes).unwrap_or(i64::MAX)))
                    .arg("files", size.files)
                    .arg("free", &free)
            };
            if size.bytes <= u64::try_from(available).unwrap_or(0) {
                ProbeOutcome::new(QUOTA, ProbeStatus::Pass, m("probe-nextcloud-quota-fits"))
            } else {
                let m = m("probe-nextcloud-quota-too-small");
                ProbeOutcome::new(QUOTA, ProbeStatus::Fail, m.clone()).remedy(m.remedy())
            }
        }
        None if available == 0 => ProbeOutcome::new(
            QUOTA,
            ProbeStatus::Fail,
            Message::new("probe-nextcloud-quota-full").arg("used", used_text),
        )
        .remedy(Message::new("probe-nextcloud-quota-full-remedy")),
        None => {
            let m = Message::new("probe-nextcloud-quota-no-source").arg("free", free).arg("used", used_text);
            ProbeOutcome::new(QUOTA, ProbeStatus::Warn, m.clone()).remedy(m.remedy())
        }
    }
}

const PROPFIND_QUOTA: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:quota-available-bytes/><d:quota-used-bytes/></d:prop></d:propfind>"#;

/// Reads `quota-available-bytes` and `quota-used-bytes` from a 207 multistatus.
fn parse_quota(xml: &str) -> Option<(i64, i64)> {
    let doc = roxmltree::Document::parse(xml).ok()?;
    let value = |name: &str| {
        doc.descendants()
            .find(|n| n.tag_name().namespace() == Some("DAV:") && n.tag_name().name() == name)
            .and_then(|n| n.text())
            // PHP may write large numbers as floats (1.0E+15).
            .and_then(|t| t.trim().parse::<i64>().ok().or_else(|| t.trim().parse::<f64>().ok().map(|f| f as i64)))
    };
    Some((value("quota-available-bytes")?, value("quota-used-bytes").unwrap_or(0)))
}

/// A request to an OCS endpoint as the person (Basic with the app
/// password, `OCS-APIRequest`), or `None` without a login to make it with.
pub(super) fn ocs_request(target: &NextcloudTarget, url: Url) -> Option<Request> {
    let (login, password) = (target.login.as_ref()?, target.app_password.as_ref()?);
    Some(Request::get(url).header("authorization", &basic(login, password.expose())).header("ocs-apirequest", "true"))
}

/// What a signed-in OCS check says without a login, or when the app password is refused.
pub(super) const OCS_SIGN_IN_TEXTS: SignInTexts =
    SignInTexts { missing: "probe-nextcloud-signed-in-no-login", rejected: "probe-nextcloud-signed-in-bad-password" };

pub(super) fn basic(login: &str, password: &str) -> String {
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{login}:{password}")))
}

/// A login name as one URL path segment (it may contain `@` or spaces).
pub(super) fn percent_encode_segment(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// 1536 → "1.5 KB"; decimal units, as file managers show them.
fn human_bytes(bytes: i64) -> String {
    const UNITS: [&str; 5] = ["bytes", "KB", "MB", "GB", "TB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rfc4331_quota_from_a_multistatus() {
        let xml = r#"<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns"><d:response>
            <d:href>/remote.php/dav/files/alice/</d:href><d:propstat><d:prop>
            <d:quota-available-bytes>-3</d:quota-available-bytes><d:quota-used-bytes>1234</d:quota-used-bytes>
            </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"#;
        assert_eq!(parse_quota(xml), Some((-3, 1234)));
        assert_eq!(parse_quota("<not xml"), None);
        assert_eq!(parse_quota(r#"<d:multistatus xmlns:d="DAV:"/>"#), None);
    }

    #[test]
    fn sizes_read_like_a_file_manager() {
        assert_eq!(human_bytes(999), "999 bytes");
        assert_eq!(human_bytes(1_500_000), "1.5 MB");
        assert_eq!(human_bytes(50_000_000_000), "50.0 GB");
        assert_eq!(percent_encode_segment("j.jansen@minbzk.nl"), "j.jansen@minbzk.nl");
        assert_eq!(percent_encode_segment("a b/c"), "a%20b%2Fc");
    }
}
