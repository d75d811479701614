//! `overstap settings`: the person's own settings (language, work address,
//! servers) are kept, checked before they are saved, used by checks and
//! sign-ins where no flag names a server, and locked ones are refused.

mod common;

use common::{json, overstap, result};

use overstap_testkit::ca::TestCa;
use overstap_testkit::webdav::NextcloudLike;
use serde_json::Value;

fn setting<'a>(v: &'a Value, key: &str) -> &'a Value {
    v["settings"]["settings"].as_array().unwrap().iter().find(|s| s["key"] == key).unwrap()
}

#[test]
fn settings_are_checked_kept_and_shown_with_their_source() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let fresh = json(&overstap(d, &["settings", "--json"]));
    assert_eq!(setting(&fresh, "email")["source"], "unset", "{fresh}");
    assert_eq!(fresh["settings"]["first_run_done"], false);

    // Refused with the reason, and nothing is saved.
    let bad = overstap(d, &["settings", "set", "email", "not-an-address", "--json"]);
    assert_eq!(bad.status.code(), Some(2), "{}", String::from_utf8_lossy(&bad.stdout));
    let err = json(&bad);
    assert_eq!(err["error"]["code"], "invalid_input", "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("not-an-address"), "{err}");
    let plain_http = overstap(d, &["settings", "set", "nextcloud", "http://cloud.example.nl", "--json"]);
    assert_eq!(json(&plain_http)["error"]["code"], "invalid_input", "only https servers");
    assert_eq!(setting(&json(&overstap(d, &["settings", "--json"])), "email")["value"], Value::Null);

    let set = json(&overstap(d, &["settings", "set", "email", " j.jansen@example.nl ", "--json"]));
    assert_eq!(setting(&set, "email")["value"], "j.jansen@example.nl", "trimmed: {set}");
    assert_eq!(setting(&set, "email")["source"], "person");

    // The language applies to every later command without --lang.
    overstap(d, &["settings", "set", "language", "de"]);
    let list = String::from_utf8(overstap(d, &["checklists"]).stdout).unwrap();
    assert!(list.contains("Nächster Schritt") || list.contains("Schritt"), "German: {list}");
    let unset = json(&overstap(d, &["settings", "unset", "language", "--json"]));
    assert_eq!(setting(&unset, "language")["source"], "unset");

    let skipped = json(&overstap(d, &["settings", "skip-first-run", "--json"]));
    assert_eq!(skipped["settings"]["first_run_done"], true);
}

#[test]
fn a_check_uses_the_server_the_person_set() {
    let ca = TestCa::new("Overstap Test CA");
    let server = NextcloudLike::start(&ca, "alice", "app-pass-Xy7Q");
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let ca_file = server.ca_pem_path.to_str().unwrap();
    // No server at all: the check says it needs one.
    let none = json(&overstap(d, &["check", "nextcloud", "--ca-file", ca_file, "--json"]));
    assert_eq!(result(&none, "nextcloud.status")["status"], "skipped", "{none}");

    overstap(d, &["settings", "set", "nextcloud", &server.base_url]);
    let v = json(&overstap(d, &["check", "nextcloud", "--ca-file", ca_file, "--json"]));
    let status = result(&v, "nextcloud.status");
    assert_eq!(status["status"], "pass", "{status}");
    assert!(status["evidence"]["requests"][0]["url"].as_str().unwrap().starts_with(&server.base_url), "{status}");
}
