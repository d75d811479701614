//! `overstap check nextcloud` against a real WebDAV server (WsgiDAV, with
//! real RFC 4331 quota) laid out like a Nextcloud, whose `status.php` and
//! OCS user document are Nextcloud's documented responses.

mod common;

use common::{overstap, result};

use std::path::Path;

use overstap_testkit::ca::TestCa;
use overstap_testkit::webdav::NextcloudLike;
use serde_json::Value;

#[test]
fn nextcloud_checks_against_webdav_and_documented_responses() {
    let ca = TestCa::new("Overstap Test CA");
    let server = NextcloudLike::start(&ca, "alice", "app-pass-Xy7Q");
    let ca_file = server.ca_pem_path.to_str().unwrap().to_owned();
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let check = |password: &str| {
        let out = overstap(
            d,
            &[
                "check",
                "nextcloud",
                "--nextcloud",
                &server.base_url,
                "--nextcloud-login",
                "alice",
                "--nextcloud-app-password",
                password,
                "--ca-file",
                &ca_file,
                "--json",
            ],
        );
        let v: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
        (out.status.code(), v)
    };

    let (code, v) = check("app-pass-Xy7Q");
    assert_eq!(code, Some(0), "{v}\n{}", server.logs());
    let status = result(&v, "nextcloud.status");
    assert_eq!(status["status"], "pass");
    assert!(status["summary"].as_str().unwrap().contains("30.0.4"));
    assert_eq!(result(&v, "nextcloud.signed-in")["evidence"]["facts"]["user_id"], "alice");
    let quota = result(&v, "nextcloud.quota");
    assert!(matches!(quota["status"].as_str(), Some("pass" | "warn")), "{quota}");
    assert!(quota["evidence"]["facts"]["quota_available_bytes"].as_i64().unwrap() > 0, "{quota}");
    assert!(quota["evidence"]["requests"][0]["url"].as_str().unwrap().ends_with("/remote.php/dav/files/alice/"));
    let show: Value = serde_json::from_slice(&overstap(d, &["show", "nextcloud", "--json"]).stdout).unwrap();
    let state = |id: &str| {
        show["checklist"]["steps"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap()["state"].clone()
    };
    assert_eq!(state("server-ok"), "done");
    assert_eq!(state("check-quota"), "done");

    // A revoked app password: the sign-in says so, and quota waits for a sign-in.
    let (code, v) = check("revoked");
    assert_eq!(code, Some(1));
    let signed_in = result(&v, "nextcloud.signed-in");
    assert_eq!(signed_in["status"], "fail", "{signed_in}");
    assert!(signed_in["summary"].as_str().unwrap().contains("no longer valid"), "{signed_in}");
    assert_eq!(result(&v, "nextcloud.quota")["status"], "skipped");

    // Maintenance and an unfinished upgrade, from the documented status document.
    server.set_status("status-maintenance.json");
    let (code, v) = check("app-pass-Xy7Q");
    assert_eq!(code, Some(1));
    assert!(result(&v, "nextcloud.status")["summary"].as_str().unwrap().contains("maintenance"));
    assert_eq!(result(&v, "nextcloud.quota")["status"], "skipped");
    server.set_status("status-upgrade.json");
    let (_, v) = check("app-pass-Xy7Q");
    assert!(result(&v, "nextcloud.status")["summary"].as_str().unwrap().contains("being upgraded"));

    // The app password never reaches the database or the logs.
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out)
            } else {
                out.push(p)
            }
        }
    }
    let mut files = Vec::new();
    walk(d, &mut files);
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        assert!(!bytes.windows(12).any(|w| w == b"app-pass-Xy7"), "app password in {}", f.display());
    }
}
