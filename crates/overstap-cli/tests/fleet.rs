//! `overstap fleet status | preview | send` end to end: a system preset
//! turns reporting on and names a public upload share on a real WebDAV
//! server (WsgiDAV laid out like Nextcloud's `/public.php/webdav/`, over TLS
//! with the organisation's CA). Nothing is sent before the person has seen
//! the report; what arrives is byte for byte what they saw; an unchanged
//! report is not sent again; a changed one replaces the day's file; offline,
//! reports wait and go out later (after back-off, or at once with --now).

mod common;

use std::path::Path;
use std::process::Output;

use common::{json, system_folder};
use overstap_testkit::ca::TestCa;
use overstap_testkit::running_as_root;
use overstap_testkit::webdav::NextcloudLike;
use serde_json::Value;

/// `overstap --data-dir DATA ARGS…` with the system preset folder `system`.
fn overstap(data: &Path, system: &Path, args: &[&str]) -> Output {
    common::overstap_with(data, args, &[("OVERSTAP_SYSTEM_PRESET_DIR", system)])
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn reporting_preset(share: &str, with_ca: bool) -> String {
    let trust = if with_ca { "[trust]\nca_files = [\"org-ca.pem\"]\n" } else { "" };
    format!(
        r#"
[organisation]
name = "Ministerie van Voorbeeldzaken"
departments = ["DG Digitale Overheid", "Directie Bedrijfsvoering"]

[servers]
report_upload = "{share}"

[reporting]
enabled = true
include = ["department", "blocked_reasons", "check_outcomes"]
salt = "a-salt-of-forty-characters-for-this-test!"

{trust}"#
    )
}

#[test]
fn without_a_preset_nothing_is_ever_sent() {
    let data = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let v = json(&overstap(data.path(), empty.path(), &["fleet", "status", "--json"]));
    assert_eq!(v["fleet"]["state"], "off", "{v}");
    for args in [["fleet", "send", "--json"], ["fleet", "preview", "--json"]] {
        let out = overstap(data.path(), empty.path(), &args);
        assert_eq!(code(&out), 11, "{args:?}: {}", String::from_utf8_lossy(&out.stdout));
        assert_eq!(json(&out)["error"]["code"], "reporting_off");
    }
    let text = String::from_utf8_lossy(&overstap(data.path(), empty.path(), &["fleet", "status"]).stdout).into_owned();
    assert!(text.contains("nothing is sent"), "{text}");
}

#[test]
fn reports_are_seen_first_then_sent_exactly_once_per_change_and_kept_while_offline() {
    let ca = TestCa::new("Overstap Test CA");
    let server = NextcloudLike::start(&ca, "alice", "app-pass");
    let system = system_folder(&reporting_preset(&server.public_share_link(), true), Some(&server.ca_pem_path));
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| overstap(data.path(), system.path(), args);
    if !running_as_root() {
        // Not admin-only, so not a system preset: reporting stays off.
        assert_eq!(json(&run(&["fleet", "status", "--json"]))["fleet"]["state"], "off");
        return;
    }

    // The department must be one the organisation lists.
    let refused = run(&["settings", "set", "department", "Marketing", "--json"]);
    assert_eq!((code(&refused), json(&refused)["error"]["code"].as_str()), (2, Some("invalid_input")));
    assert_eq!(code(&run(&["settings", "set", "department", "DG Digitale Overheid"])), 0);
    assert_eq!(code(&run(&["step", "libreoffice/sharing-formats", "done"])), 0);
    let reason = "<script>alert(1)</script> Fachverfahren VIS opens no .odt";
    assert_eq!(code(&run(&["step", "leave-big-tech/list-accounts", "block", "--reason", reason])), 0);

    let status = json(&run(&["fleet", "status", "--json"]));
    assert_eq!(status["fleet"]["state"], "on", "{status}");
    assert_eq!(status["fleet"]["destination"], "localhost");
    assert_eq!(status["fleet"]["seen"], false);

    // Not seen yet: refused, and nothing reaches the server.
    let out = run(&["fleet", "send", "--json"]);
    assert_eq!((code(&out), json(&out)["error"]["code"].as_str()), (12, Some("report_not_seen")));
    assert!(server.dropped_files().is_empty());

    // The preview is the report, and marks it seen.
    let preview = json(&run(&["fleet", "preview", "--mark-seen", "--json"]));
    let body = preview["preview"]["body"].as_str().unwrap().to_owned();
    let report: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["format"], "overstap-fleet-report");
    assert_eq!(report["department"], "DG Digitale Overheid");
    assert!(report.get("person").is_none(), "names are not asked for: {report}");
    let laptop = report["laptop_id"].as_str().unwrap();
    assert!(laptop.len() == 32 && laptop.chars().all(|c| c.is_ascii_hexdigit()), "{laptop}");
    if let Ok(machine) = std::fs::read_to_string("/etc/machine-id") {
        assert!(!body.contains(machine.trim()), "the machine id itself is never sent");
    }
    let step = |r: &Value, c: &str, s: &str| {
        let cl = r["checklists"].as_array().unwrap().iter().find(|x| x["id"] == c).unwrap().clone();
        cl["steps"].as_array().unwrap().iter().find(|x| x["id"] == s).unwrap().clone()
    };
    assert_eq!(step(&report, "leave-big-tech", "list-accounts")["reason"], reason);
    assert_eq!(step(&report, "libreoffice", "sharing-formats")["state"], "done");
    assert!(step(&report, "libreoffice", "sharing-formats").get("reason").is_none());
    assert!(report["checks"].is_array(), "check outcomes are included: {report}");
    let name = preview["preview"]["file_name"].as_str().unwrap().to_owned();
    assert_eq!(name, format!("overstap-{}.json", report["report_id"].as_str().unwrap()));

    // Sent: the server holds exactly the bytes the person saw.
    let out = run(&["fleet", "send", "--json"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(json(&out)["fleet_send"]["sent"][0], name.as_str());
    assert_eq!(server.dropped_files(), vec![(name.clone(), body.clone())]);

    // Unchanged: nothing sent again.
    let out = run(&["fleet", "send", "--json"]);
    assert_eq!(code(&out), 0);
    assert_eq!(json(&out)["fleet_send"]["sent"], serde_json::json!([]));

    // Changed: the same day's file is replaced, not added to.
    assert_eq!(code(&run(&["step", "leave-big-tech/list-accounts", "done"])), 0);
    let out = run(&["fleet", "send", "--json"]);
    assert_eq!(json(&out)["fleet_send"]["sent"][0], name.as_str());
    let files = server.dropped_files();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(step(&serde_json::from_str(&files[0].1).unwrap(), "leave-big-tech", "list-accounts")["state"], "done");

    // Offline: the report waits, with the reason and a later attempt.
    let port = server.port;
    drop(server);
    assert_eq!(code(&run(&["step", "leave-big-tech/list-accounts", "reset"])), 0);
    let out = run(&["fleet", "send", "--json"]);
    assert_eq!(code(&out), 1, "something stays queued: {}", String::from_utf8_lossy(&out.stdout));
    let waiting = json(&out)["fleet_send"]["waiting"][0].clone();
    assert_eq!((waiting["name"].as_str(), waiting["attempts"].as_u64()), (Some(name.as_str()), Some(1)));
    assert!(waiting["last_failure"].as_str().is_some_and(|f| !f.is_empty()), "{waiting}");
    let status = json(&run(&["fleet", "status", "--json"]));
    assert!(
        status["fleet"]["uploads"][0]["next_attempt_at"].as_str().unwrap()
            > status["fleet"]["seen_at"].as_str().unwrap()
    );

    // Back online: still waiting out the back-off, unless asked to go now.
    let server = NextcloudLike::start_on(&ca, port, "alice", "app-pass");
    let out = run(&["fleet", "send", "--json"]);
    assert_eq!(code(&out), 1);
    assert_eq!(json(&out)["fleet_send"]["waiting"][0]["attempts"], 1, "not tried during the back-off");
    assert!(server.dropped_files().is_empty());
    let out = run(&["fleet", "send", "--now", "--json"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stdout));
    let files = server.dropped_files();
    assert_eq!(files.len(), 1);
    assert_eq!(step(&serde_json::from_str(&files[0].1).unwrap(), "leave-big-tech", "list-accounts")["state"], "todo");
}

#[test]
fn a_server_with_a_certificate_nobody_vouches_for_gets_nothing() {
    if !running_as_root() {
        return; // needs an admin-only system preset; the test above covers the refusal
    }
    let ca = TestCa::new("Overstap Test CA");
    let server = NextcloudLike::start(&ca, "alice", "app-pass");
    // The preset does not name the organisation's CA.
    let system = system_folder(&reporting_preset(&server.public_share_link(), false), None);
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| overstap(data.path(), system.path(), args);
    assert_eq!(code(&run(&["fleet", "preview", "--mark-seen"])), 0);
    let out = run(&["fleet", "send", "--json"]);
    assert_eq!(code(&out), 1);
    let failure = json(&out)["fleet_send"]["waiting"][0]["last_failure"].as_str().unwrap().to_owned();
    assert!(failure.to_lowercase().contains("certificate"), "{failure}");
    assert!(server.dropped_files().is_empty());
}

#[test]
fn reporting_turned_on_without_a_salt_says_so_and_sends_nothing() {
    if !running_as_root() {
        return;
    }
    let preset = reporting_preset("https://cloud.example.nl/s/Tok123", false).replace("salt = ", "# salt = ");
    let system = system_folder(&preset, None);
    let data = tempfile::tempdir().unwrap();
    let v = json(&overstap(data.path(), system.path(), &["fleet", "status", "--json"]));
    assert_eq!(v["fleet"]["state"], "misconfigured");
    assert!(v["fleet"]["problem"].as_str().unwrap().contains("reporting.salt"), "{v}");
    let out = overstap(data.path(), system.path(), &["fleet", "send", "--json"]);
    assert_eq!(code(&out), 11);
    assert!(json(&out)["error"]["message"].as_str().unwrap().contains("salt"));
}
