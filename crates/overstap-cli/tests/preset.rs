//! `overstap preset …` end to end: a system preset in an admin-only folder
//! shapes the checklists, the language and the servers a check uses (a real
//! WebDAV server with the preset's CA); a folder others can write is
//! refused; `validate` places every problem; signed imports with the real
//! `minisign` tool: accepted, tampered, rolled back, and unable to change
//! what the organisation locked.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{json, result, system_folder};
use overstap_testkit::ca::TestCa;
use overstap_testkit::running_as_root;
use overstap_testkit::webdav::NextcloudLike;
use serde_json::Value;

/// `overstap --data-dir DATA ARGS…` with the system preset folder `system`.
fn overstap(data: &Path, system: &Path, args: &[&str]) -> Output {
    common::overstap_with(data, args, &[("OVERSTAP_SYSTEM_PRESET_DIR", system)])
}

const MINISTRY: &str = r#"
locked = ["servers", "checklists.mastodon"]

[preset]
format = 1
serial = 1

[organisation]
name = "Ministerie van Voorbeeldzaken"
domain = "minvz.example"

[checklists.mastodon]
enabled = false

[checklists.matrix.steps]
verify-session = "optional"

[[extra_steps]]
checklist = "matrix"
id = "join-help-room"
title = { nl = "Ga naar de hulpruimte", de = "Treten Sie dem Hilferaum bei", en = "Join the help room" }

[defaults]
language = "nl"
"#;

/// A reporting salt: a secret no view may show.
const SALT: &str = "pepper-0123456789-abcdef";

#[test]
fn a_system_preset_shapes_checklists_language_and_checks() {
    if !running_as_root() {
        // Ordinary users cannot make an admin-only folder: it must be refused.
        let system = system_folder(MINISTRY, None);
        let data = tempfile::tempdir().unwrap();
        let v = json(&overstap(data.path(), system.path(), &["preset", "show", "--json"]));
        assert_eq!(v["preset"]["managed"], false, "{v}");
        return;
    }
    let ca = TestCa::new("Overstap Test CA");
    let nextcloud = NextcloudLike::start(&ca, "alice", "app-pass");
    let preset = format!(
        "{MINISTRY}\n[servers]\nnextcloud = \"{}\"\n[trust]\nca_files = [\"org-ca.pem\"]\n[reporting]\nsalt = \"{SALT}\"\n",
        nextcloud.base_url
    );
    let system = system_folder(&preset, None);
    std::fs::copy(&nextcloud.ca_pem_path, system.path().join("org-ca.pem")).unwrap();
    let data = tempfile::tempdir().unwrap();

    let v = json(&overstap(data.path(), system.path(), &["preset", "show", "--json"]));
    let p = &v["preset"];
    assert_eq!(p["managed"], true, "{v}");
    assert_eq!(p["problems"], serde_json::json!([]), "{v}");
    let setting = |key: &str| p["settings"].as_array().unwrap().iter().find(|s| s["key"] == key).cloned().unwrap();
    assert_eq!(setting("servers.nextcloud")["locked"], true);
    assert_eq!(setting("servers.nextcloud")["origin"], system.path().join("preset.toml").display().to_string());
    assert_eq!(setting("organisation.name")["locked"], false);
    // The salt is set, and said to be; its value goes nowhere (JSON or text).
    assert_eq!(setting("reporting.salt")["secret"], true);
    assert_eq!(setting("reporting.salt")["value"], serde_json::Value::Null);
    assert_eq!(setting("organisation.name")["secret"], false);
    assert!(!v.to_string().contains(SALT));
    let text =
        String::from_utf8(overstap(data.path(), system.path(), &["preset", "show", "--lang", "en"]).stdout).unwrap();
    assert!(text.contains("reporting.salt = (set; a secret, not shown)") && !text.contains(SALT), "{text}");

    // The checklists as the organisation shaped them, in its language.
    let lists = json(&overstap(data.path(), system.path(), &["checklists", "--json"]));
    let ids: Vec<&str> = lists["checklists"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert!(!ids.contains(&"mastodon") && ids.contains(&"matrix"), "{ids:?}");
    let matrix = json(&overstap(data.path(), system.path(), &["show", "matrix", "--json"]));
    let step = |id: &str| matrix["checklist"]["steps"].as_array().unwrap().iter().find(|s| s["id"] == id).cloned();
    assert_eq!(step("join-help-room").unwrap()["title"], "Ga naar de hulpruimte");
    assert_eq!(step("verify-session").unwrap()["required"], false);
    let text = String::from_utf8(overstap(data.path(), system.path(), &["progress"]).stdout).unwrap();
    assert!(text.contains("stappen") || text.contains("stap"), "Dutch by default: {text}");

    // The check finds the organisation's server and trusts its CA, without flags.
    let out = overstap(data.path(), system.path(), &["check", "nextcloud", "--json"]);
    let v = json(&out);
    assert_eq!(result(&v, "nextcloud.status")["status"], "pass", "{v}");
}

#[test]
fn a_system_preset_others_can_change_is_refused_with_the_reason() {
    if !running_as_root() {
        return; // covered by the previous test's non-root branch
    }
    let system = system_folder("[servers]\nmatrix = \"minvz.example\"\n", None);
    std::fs::set_permissions(system.path().join("preset.toml"), std::fs::Permissions::from_mode(0o666)).unwrap();
    let data = tempfile::tempdir().unwrap();
    let v = json(&overstap(data.path(), system.path(), &["preset", "show", "--json"]));
    assert_eq!(v["preset"]["managed"], false);
    assert_eq!(v["preset"]["problems"][0]["code"], "preset-file-writable", "{v}");
    assert_eq!(v["preset"]["settings"], serde_json::json!([]));
}

/// Issue 11, item 6: a CA file anyone may write, in the organisation's
/// admin-only folder, was trusted by every check, sign-in and upload.
#[test]
fn a_ca_file_and_logo_others_can_change_are_left_out_with_the_reason() {
    if !running_as_root() {
        return; // an ordinary user cannot make the admin-only preset around them
    }
    let system = system_folder(
        &format!("{MINISTRY}\n[trust]\nca_files = [\"org-ca.pem\"]\n[branding]\nlogo = \"logo.svg\"\n"),
        None,
    );
    let ca = TestCa::new("Overstap Test CA");
    std::fs::write(system.path().join("org-ca.pem"), &ca.cert_pem).unwrap();
    std::fs::set_permissions(system.path().join("org-ca.pem"), std::fs::Permissions::from_mode(0o666)).unwrap();
    std::fs::write(system.path().join("logo.svg"), "<svg/>").unwrap();
    std::fs::set_permissions(system.path().join("logo.svg"), std::fs::Permissions::from_mode(0o646)).unwrap();
    let data = tempfile::tempdir().unwrap();
    let v = json(&overstap(data.path(), system.path(), &["preset", "show", "--json"]));
    let p = &v["preset"];
    assert_eq!(p["managed"], true, "the preset itself still applies: {v}");
    let problems: Vec<(&str, &str)> = p["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["key"].as_str().unwrap(), x["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        problems,
        [("trust.ca_files", "preset-named-file-writable"), ("branding.logo", "preset-named-file-writable")],
        "{v}"
    );
    let message = p["problems"][0]["message"].as_str().unwrap();
    assert!(message.contains("org-ca.pem"), "{message}");
}

#[test]
fn validate_places_every_problem_and_exits_4() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("preset.toml");
    std::fs::write(
        &file,
        "[servers]\nmatrix = \"minvz.example\"\nnextcloud = \"http://cloud.minvz.example\"\nmastodn = \"x\"\n\n[branding.colors]\nprimary = \"blue\"\n",
    )
    .unwrap();
    let out = overstap(dir.path(), dir.path(), &["preset", "validate", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(4));
    let v = json(&out);
    let problems: Vec<(u64, u64, String, String)> = v["validation"]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["line"].as_u64().unwrap(),
                p["column"].as_u64().unwrap(),
                p["key"].as_str().unwrap().to_owned(),
                p["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        vec![
            (3, 13, "servers.nextcloud".into(), "preset-not-https".into()),
            (4, 1, "servers.mastodn".into(), "preset-unknown-key".into()),
            (7, 11, "branding.colors.primary".into(), "preset-bad-color".into()),
        ]
    );
    // Text output: file:line:column: key: message, in the chosen language.
    let out = overstap(dir.path(), dir.path(), &["preset", "validate", file.to_str().unwrap(), "--lang", "de"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(&format!(
            "{}:3:13: servers.nextcloud: „http://cloud.minvz.example“ ist keine https://-Adresse",
            file.display()
        )),
        "{text}"
    );
}

/// A problem as `preset validate --json` places it: line, key, code.
type Placed = (u64, String, String);

/// `preset validate --json` of `file`: the exit code, each problem placed, and each message.
fn validate(dir: &Path, file: &Path, lang: &str) -> (Option<i32>, Vec<Placed>, Vec<String>) {
    let out = overstap(dir, dir, &["preset", "validate", file.to_str().unwrap(), "--json", "--lang", lang]);
    let v = json(&out);
    let problems = v["validation"]["problems"].as_array().unwrap();
    let placed = problems
        .iter()
        .map(|p| {
            let key = p["key"].as_str().unwrap().to_owned();
            (p["line"].as_u64().unwrap(), key, p["code"].as_str().unwrap().to_owned())
        })
        .collect();
    let messages = problems.iter().map(|p| p["message"].as_str().unwrap().to_owned()).collect();
    (out.status.code(), placed, messages)
}

#[test]
fn validate_flags_what_breaks_a_rollout() {
    let dir = tempfile::tempdir().unwrap();
    let ca = TestCa::new("Overstap Test CA");
    std::fs::create_dir(dir.path().join("certs")).unwrap();
    std::fs::write(dir.path().join("certs/ca.pem"), &ca.cert_pem).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a certificate").unwrap();
    let file = dir.path().join("preset.toml");
    std::fs::write(
        &file,
        concat!(
            "[servers]\n",
            "mastodon = \"social.overheid.nl\"\n",
            "\n",
            "[reporting]\n",
            "enabled = true\n",
            "\n",
            "[trust]\n",
            "ca_files = [\"certs/ca.pem\", \"certs/missing.pem\", \"certs\", \"notes.txt\"]\n",
        ),
    )
    .unwrap();
    let (code, problems, messages) = validate(dir.path(), &file, "en");
    assert_eq!(code, Some(4));
    assert_eq!(
        problems,
        vec![
            (5, "reporting.enabled".into(), "preset-reporting-no-salt".into()),
            (5, "reporting.enabled".into(), "preset-reporting-no-upload".into()),
            (8, "trust.ca_files[1]".into(), "preset-ca-missing".into()),
            (8, "trust.ca_files[2]".into(), "preset-ca-unreadable".into()),
            (8, "trust.ca_files[3]".into(), "preset-ca-not-pem".into()),
        ],
        "the Mastodon name as the app's hint writes it, and the CA next to the preset, pass: {messages:#?}"
    );
    // Found relative to the preset's folder, and said where it was looked for.
    assert!(messages[2].contains(&dir.path().join("certs/missing.pem").display().to_string()), "{}", messages[2]);
    // In the reader's language, each its own words.
    let (_, _, dutch) = validate(dir.path(), &file, "nl");
    assert!(dutch[0].contains("reporting.salt ontbreekt"), "{}", dutch[0]);
    assert!(dutch[1].contains("servers.report_upload ontbreekt"), "{}", dutch[1]);

    // Reporting with a salt that is too short and an http upload: said once each, at their own keys.
    std::fs::write(
        &file,
        "[servers]\nmastodon = \"http://social.overheid.nl\"\nreport_upload = \"https://cloud.minvz.example/apps/files\"\n\n[reporting]\nenabled = true\nsalt = \"short\"\n",
    )
    .unwrap();
    let (code, problems, _) = validate(dir.path(), &file, "de");
    assert_eq!(code, Some(4));
    assert_eq!(
        problems,
        vec![
            (2, "servers.mastodon".into(), "preset-mastodon-http".into()),
            (3, "servers.report_upload".into(), "preset-reporting-bad-share".into()),
            (7, "reporting.salt".into(), "preset-short-salt".into()),
        ]
    );

    // Complete: nothing to say.
    std::fs::write(
        &file,
        "[servers]\nmastodon = \"social.overheid.nl\"\nreport_upload = \"https://cloud.minvz.example/s/Rapport2026\"\n\n[reporting]\nenabled = true\nsalt = \"0123456789abcdef0123\"\n\n[trust]\nca_files = [\"certs/ca.pem\"]\n",
    )
    .unwrap();
    let (code, problems, _) = validate(dir.path(), &file, "en");
    assert_eq!((code, problems), (Some(0), vec![]));
}

#[test]
fn the_schema_describes_every_section() {
    let dir = tempfile::tempdir().unwrap();
    let out = overstap(dir.path(), dir.path(), &["preset", "schema"]);
    assert_eq!(out.status.code(), Some(0));
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    for section in ["servers", "trust", "checklists", "extra_steps", "reporting", "locked", "branding"] {
        assert!(schema["properties"].get(section).is_some(), "{section} missing");
    }
}

/// A minisign key pair made with the real tool (no password, for the test).
fn key_pair(dir: &Path) -> (PathBuf, String) {
    let (public, secret) = (dir.join("it.pub"), dir.join("it.key"));
    let out =
        Command::new("minisign").arg("-G").arg("-W").arg("-p").arg(&public).arg("-s").arg(&secret).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let key = std::fs::read_to_string(&public).unwrap().lines().nth(1).unwrap().to_owned();
    (secret, key)
}

fn sign(secret: &Path, file: &Path) {
    let out = Command::new("minisign").arg("-S").arg("-s").arg(secret).arg("-m").arg(file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn signed_imports_are_checked_for_key_tampering_rollback_and_locks() {
    if !running_as_root() {
        return; // the key is pinned by a system preset, which needs an admin-only folder
    }
    let keys = tempfile::tempdir().unwrap();
    let (secret, key) = key_pair(keys.path());
    let system = system_folder(&format!(
        "locked = [\"servers.matrix\"]\n[servers]\nmatrix = \"minvz.example\"\n[trust]\npreset_signing_keys = [\"{key}\"]\n"
    ), None);
    let data = tempfile::tempdir().unwrap();
    let import = |text: &str, name: &str| -> (Option<i32>, Value) {
        let file = keys.path().join(name);
        std::fs::write(&file, text).unwrap();
        sign(&secret, &file);
        let out = overstap(data.path(), system.path(), &["preset", "import", file.to_str().unwrap(), "--json"]);
        (out.status.code(), json(&out))
    };

    let (code, v) = import(
        "[preset]\nserial = 5\n[servers]\nmatrix = \"elsewhere.example\"\nmastodon = \"https://social.minvz.example\"\n",
        "v5.toml",
    );
    assert_eq!(code, Some(0), "{v}");
    common::schemas::assert_valid("preset-import", &v);
    assert_eq!(v["imported"]["serial"], 5);
    assert_eq!(v["imported"]["problems"][0]["code"], "preset-locked", "{v}");
    let show = json(&overstap(data.path(), system.path(), &["preset", "show", "--json"]));
    let setting = |key: &str| {
        show["preset"]["settings"].as_array().unwrap().iter().find(|s| s["key"] == key).cloned().unwrap_or(Value::Null)
    };
    assert_eq!(setting("servers.matrix")["value"], "minvz.example", "the lock holds");
    assert_eq!(setting("servers.mastodon")["layer"], "imported");

    // An older serial, signed by the same key, is a rollback.
    let (code, v) = import("[preset]\nserial = 4\n", "v4.toml");
    assert_eq!((code, v["error"]["code"].as_str()), (Some(10), Some("preset_signature_invalid")), "{v}");

    // A preset changed after signing.
    let file = keys.path().join("v6.toml");
    std::fs::write(&file, "[preset]\nserial = 6\n").unwrap();
    sign(&secret, &file);
    std::fs::write(&file, "[preset]\nserial = 6\n[servers]\nnextcloud = \"https://evil.example\"\n").unwrap();
    let out = overstap(data.path(), system.path(), &["preset", "import", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(10), "{}", String::from_utf8_lossy(&out.stdout));

    // Signed by a key nobody pinned.
    let other = tempfile::tempdir().unwrap();
    let (other_secret, _) = key_pair(other.path());
    let file = other.path().join("p.toml");
    std::fs::write(&file, "[preset]\nserial = 9\n").unwrap();
    sign(&other_secret, &file);
    let out = overstap(data.path(), system.path(), &["preset", "import", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(10));

    // The accepted import is still the one in force.
    let show = json(&overstap(data.path(), system.path(), &["preset", "show", "--json"]));
    let imported: Vec<&Value> =
        show["preset"]["sources"].as_array().unwrap().iter().filter(|s| s["layer"] == "imported").collect();
    assert_eq!(imported.len(), 1);
    assert_eq!(imported[0]["serial"], 5);
}

#[test]
fn client_configs_are_written_from_a_preset_file_and_a_broken_one_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let preset = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/presets/nl-ministerie.toml");
    let out_dir = dir.path().join("configs");
    let out = overstap(
        dir.path(),
        dir.path(),
        &[
            "preset",
            "client-configs",
            "--out",
            out_dir.to_str().unwrap(),
            "--preset",
            preset.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let v = json(&out);
    assert_eq!(v["client_configs"]["written"].as_array().unwrap().len(), 7, "{v}");
    let element: Value = serde_json::from_slice(&std::fs::read(out_dir.join("element-config.json")).unwrap()).unwrap();
    assert_eq!(element["default_server_name"], "minvz.example");
    assert_eq!(element["disable_custom_urls"], true, "the ministry locks its servers");
    let xcd = std::fs::read_to_string(out_dir.join("overstap-default-formats.xcd")).unwrap();
    assert!(xcd.contains("writer8") && xcd.contains("oor:finalized=\"true\""));

    let broken = dir.path().join("broken.toml");
    std::fs::write(&broken, "[servers\n").unwrap();
    let empty = dir.path().join("none");
    let out = overstap(
        dir.path(),
        dir.path(),
        &["preset", "client-configs", "--out", empty.to_str().unwrap(), "--preset", broken.to_str().unwrap(), "--json"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!empty.exists(), "nothing written");
}

#[test]
fn the_person_may_change_what_the_preset_leaves_open_but_not_what_it_locks() {
    let preset = format!("{MINISTRY}\n[servers]\nnextcloud = \"https://cloud.minvz.example\"\n");
    let system = system_folder(&preset, None);
    let data = tempfile::tempdir().unwrap();
    let (d, s) = (data.path(), system.path());
    if !running_as_root() {
        // Refused preset: nothing is locked, the person's value applies.
        let out = overstap(d, s, &["settings", "set", "nextcloud", "https://cloud.example.nl", "--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
        return;
    }
    let v = json(&overstap(d, s, &["settings", "--json"]));
    let setting = |v: &Value, key: &str| {
        v["settings"]["settings"].as_array().unwrap().iter().find(|x| x["key"] == key).cloned().unwrap()
    };
    let nextcloud = setting(&v, "nextcloud");
    assert_eq!(
        (&nextcloud["value"], &nextcloud["source"], &nextcloud["locked"]),
        (&Value::from("https://cloud.minvz.example"), &Value::from("organisation"), &Value::from(true)),
        "{v}"
    );
    assert_eq!(setting(&v, "language")["source"], "organisation");
    assert_eq!(setting(&v, "language")["locked"], false);

    let out = overstap(d, s, &["settings", "set", "nextcloud", "https://cloud.example.nl", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let err = json(&out);
    assert_eq!(err["error"]["code"], "invalid_input", "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("nextcloud"), "{err}");
    let after = json(&overstap(d, s, &["settings", "--json"]));
    assert_eq!(setting(&after, "nextcloud")["value"], "https://cloud.minvz.example", "unchanged");

    // The preset's language is a default: the person's choice wins.
    let before = String::from_utf8(overstap(d, s, &["progress"]).stdout).unwrap();
    overstap(d, s, &["settings", "set", "language", "en"]);
    let now = String::from_utf8(overstap(d, s, &["progress"]).stdout).unwrap();
    assert_ne!(before, now, "Dutch, then English");
    assert!(now.contains("steps"), "{now}");

    // Locked, the organisation's language wins over the choice the person
    // made before, and a new choice is refused.
    let locked = preset.replacen("locked = [", "locked = [\"defaults.language\", ", 1);
    std::fs::write(s.join("preset.toml"), locked).unwrap();
    let v = json(&overstap(d, s, &["settings", "--json"]));
    let language = setting(&v, "language");
    assert_eq!(
        (&language["value"], &language["source"], &language["locked"]),
        (&Value::from("nl"), &Value::from("organisation"), &Value::from(true))
    );
    assert_eq!(String::from_utf8(overstap(d, s, &["progress"]).stdout).unwrap(), before, "Dutch again");
    assert_eq!(overstap(d, s, &["settings", "set", "language", "de", "--json"]).status.code(), Some(2));
}

#[test]
fn an_example_organisation_can_be_tried_without_binding_the_person() {
    let empty = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (d, s) = (data.path(), empty.path());
    let list = json(&overstap(d, s, &["preset", "examples", "--json"]));
    let ids: Vec<&str> = list["examples"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["de-bundesbehoerde", "de-land-sh-stil", "nl-ministerie"], "not the local demo's: {list}");

    let unknown = overstap(d, s, &["preset", "use-example", "no-such-example", "--json"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(json(&unknown)["error"]["code"], "invalid_input");

    assert_eq!(overstap(d, s, &["preset", "use-example", "nl-ministerie"]).status.code(), Some(0));
    let v = json(&overstap(d, s, &["preset", "show", "--json"]));
    assert_eq!(v["preset"]["managed"], false, "an example is not the organisation's set-up: {v}");
    assert_eq!(v["preset"]["sources"][0]["layer"], "example", "{v}");
    assert_eq!(v["preset"]["locked"], serde_json::json!([]), "an example locks nothing: {v}");
    assert_eq!(v["preset"]["problems"], serde_json::json!([]), "{v}");
    let mastodon = json(&overstap(d, s, &["show", "mastodon", "--json"]));
    let steps = mastodon["checklist"]["steps"].as_array().unwrap();
    assert!(steps.iter().any(|st| st["id"] == "apply-for-account"), "the example's own step: {mastodon}");
    // Its servers are defaults the person may change.
    let set = overstap(d, s, &["settings", "set", "mastodon", "https://social.example.nl", "--json"]);
    assert_eq!(set.status.code(), Some(0), "{}", String::from_utf8_lossy(&set.stdout));

    assert_eq!(overstap(d, s, &["preset", "use-example", "--none"]).status.code(), Some(0));
    let v = json(&overstap(d, s, &["preset", "show", "--json"]));
    assert_eq!(v["preset"]["sources"], serde_json::json!([]), "{v}");

    if running_as_root() {
        // With the organisation's own preset, examples are not for choosing.
        let system = system_folder(MINISTRY, None);
        let refused = overstap(d, system.path(), &["preset", "use-example", "nl-ministerie", "--json"]);
        assert_eq!(refused.status.code(), Some(2));
        // In the preset's language (Dutch), as the rest of the output.
        assert!(json(&refused)["error"]["message"].as_str().unwrap().contains("organisatie"), "{}", json(&refused));
    }
}
