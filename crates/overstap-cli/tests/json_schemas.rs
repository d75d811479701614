//! The real `overstap` binary's `--json` output against the committed
//! schemas in `docs/schemas/`, command by command, with the exit codes
//! `docs/cli.md` promises. Each test has its own temporary data folder;
//! checks go to a loopback TLS server made here, fleet reports to a port
//! nobody listens on. `login`'s lines and `preset import` are checked where
//! they are tested for real (`tests/login.rs`, `tests/preset.rs`).
//!
//! `common::schemas` closes every object of a schema for the test, so an
//! output field the schema does not list fails too.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::schemas::{assert_valid, assert_valid_lines, committed, problems};
use overstap_testkit::ca::TestCa;
use overstap_testkit::server::{Reply, TestServer};
use serde_json::{json, Value};

/// `overstap --data-dir DATA ARGS…` in plain English, with `env` set.
fn run(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_overstap"));
    cmd.arg("--data-dir").arg(data).args(args).env("LANG", "C.UTF-8").stdin(Stdio::null());
    // No system preset unless a test names one: this computer's own must not count.
    cmd.env("OVERSTAP_SYSTEM_PRESET_DIR", data.join("no-system-preset"));
    for (name, value) in env {
        cmd.env(name, value);
    }
    cmd.output().expect("overstap runs")
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// Runs `args`, expects exit `expected`, and checks standard output (one
/// JSON document) against schema `schema`.
fn checked(data: &Path, args: &[&str], env: &[(&str, &str)], schema: &str, expected: i32) -> Value {
    let out = run(data, args, env);
    let doc = common::json(&out);
    assert_eq!(code(&out), expected, "{args:?}: {doc:#}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_valid(schema, &doc);
    doc
}

#[test]
fn progress_step_export_and_apply_print_what_their_schemas_say() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    checked(d, &["checklists", "--json"], &[], "checklists", 0);
    let show = checked(d, &["show", "matrix", "--json"], &[], "show", 0);
    assert!(show["checklist"]["steps"].as_array().is_some_and(|s| !s.is_empty()));
    checked(
        d,
        &["step", "leave-big-tech/list-accounts", "done", "--note", "from the software centre", "--json"],
        &[],
        "step",
        0,
    );
    let block = ["step", "libreoffice/check-macros", "block", "--reason", "The e-Akte needs VBA macros", "--json"];
    checked(d, &block, &[], "step", 0);
    checked(d, &["show", "libreoffice", "--json"], &[], "show", 0);
    checked(d, &["progress", "--json"], &[], "progress", 0);

    // Errors: each with its exit code, and the shape of error.schema.json as well.
    for (args, exit) in [
        (&["show", "nope", "--json"][..], 3),
        (&["step", "matrix/nope", "done", "--json"], 3),
        (&["step", "leave-big-tech/list-accounts", "block", "--json"], 2),
        (&["--json", "no-such-command"], 2),
    ] {
        let doc = checked(d, args, &[], "show", exit);
        assert_valid("error", &doc);
    }

    // The export on standard output (with or without --json), then into a file.
    let export = checked(d, &["export", "--format", "json"], &[], "export", 0);
    assert_eq!(export["checklists"].as_array().map(Vec::len), show_count(d));
    let file = d.join("progress.json");
    let written =
        checked(d, &["export", "--format", "json", "--out", file.to_str().unwrap(), "--json"], &[], "export", 0);
    assert_eq!(written["written"], file.to_str().unwrap());
    assert_valid("export", &serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap());

    // apply: one line per input line, the exit code of the first failure.
    let input = d.join("changes.jsonl");
    std::fs::write(
        &input,
        "{\"step\": \"leave-big-tech/list-accounts\", \"action\": \"reset\"}\n\n{\"step\": \"matrix/nope\", \"action\": \"done\"}\nnot json\n",
    )
    .unwrap();
    let out = run(d, &["apply", input.to_str().unwrap(), "--json"], &[]);
    let lines = assert_valid_lines("apply", &out.stdout);
    assert_eq!(code(&out), 3);
    assert_eq!(lines.iter().map(|l| l["ok"].clone()).collect::<Vec<_>>(), [json!(true), json!(false), json!(false)]);
    // An input that cannot be read stops everything: one line, as a JSON Lines reader needs.
    let out = run(d, &["apply", d.join("missing.jsonl").to_str().unwrap(), "--json"], &[]);
    assert_eq!(code(&out), 6);
    assert_eq!(assert_valid_lines("apply", &out.stdout).len(), 1);
    // So does a malformed command line of a JSON Lines command.
    let out = run(d, &["--lang", "de", "apply", "--bogus", "--json"], &[]);
    assert_eq!((code(&out), assert_valid_lines("apply", &out.stdout).len()), (2, 1));
}

fn show_count(data: &Path) -> Option<usize> {
    common::json(&run(data, &["checklists", "--json"], &[]))["checklists"].as_array().map(Vec::len)
}

/// A Matrix homeserver stand-in over TLS: enough for discovery and the
/// sign-in methods, so the evidence has requests, certificates and facts.
fn matrix_stand_in(leaf: &overstap_testkit::ca::Leaf) -> (tokio::runtime::Runtime, TestServer) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(TestServer::tls(leaf, |_, path| match path {
        "/_matrix/client/versions" => Reply::json(r#"{"versions": ["v1.11", "v1.12"]}"#),
        "/_matrix/client/v3/login" => Reply::json(r#"{"flows": [{"type": "m.login.password"}]}"#),
        _ => Reply::status(404, "application/json", r#"{"errcode": "M_UNRECOGNIZED"}"#),
    }));
    (runtime, server)
}

#[test]
fn check_results_with_their_evidence_fit_the_schema() {
    let ca = TestCa::new("Overstap Schema Test CA");
    let (_runtime, server) = matrix_stand_in(&ca.leaf(&["127.0.0.1", "localhost"]));
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let homeserver = format!("https://127.0.0.1:{}", server.port());

    // Not trusted: a failure with its kind and the chain the server showed.
    let v = checked(d, &["check", "matrix", "--matrix", &homeserver, "--json"], &[], "check", 1);
    let failure = &common::result(&v, "matrix.discovery")["evidence"]["failure"];
    assert_eq!(failure["kind"], "tls_unknown_ca", "{v:#}");
    assert!(failure["certificates"].as_array().is_some_and(|c| !c.is_empty()), "{v:#}");

    // Trusted through --ca-file: requests with their certificate, and facts.
    let ca_file = d.join("org-ca.pem");
    std::fs::write(&ca_file, &ca.cert_pem).unwrap();
    let args = ["check", "matrix", "--matrix", &homeserver, "--ca-file", ca_file.to_str().unwrap(), "--json"];
    let out = run(d, &args, &[]);
    let v = common::json(&out);
    assert_valid("check", &v);
    assert!(matches!(code(&out), 0 | 1), "{v:#}");
    let discovery = common::result(&v, "matrix.discovery");
    assert_ne!(discovery["status"], "fail", "{v:#}");
    assert!(discovery["evidence"]["requests"][0]["certificate"]["sha256"].is_string(), "{v:#}");

    // A usage error of check: exit 2.
    let doc = checked(d, &["check", "--timeout", "0", "--json"], &[], "check", 2);
    assert_eq!(doc["error"]["code"], "usage");
}

#[test]
fn action_settings_and_sign_ins_fit_their_schemas() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // A LibreOffice profile of its own that saves text as Word, so the
    // action has something to change (no LibreOffice runs in this binary).
    let profile = d.join("lo-profile");
    std::fs::create_dir_all(&profile).unwrap();
    std::fs::write(profile.join("registrymodifications.xcu"), WORD_DEFAULT_PROFILE).unwrap();
    let lo = [("OVERSTAP_LIBREOFFICE_PROFILE", profile.to_str().unwrap())];
    let done = checked(d, &["action", "libreoffice.set-odf-default", "--json"], &lo, "action", 0);
    assert_eq!(done["action"]["undone"], false);
    let undone = checked(d, &["action", "libreoffice.set-odf-default", "--undo", "--json"], &lo, "action", 0);
    assert_eq!(undone["action"]["undone"], true);
    let refused = checked(d, &["action", "no.such-action", "--json"], &lo, "action", 2);
    assert_eq!(refused["error"]["code"], "usage");

    // Settings: every subcommand prints every setting afterwards.
    checked(d, &["settings", "--json"], &[], "settings", 0);
    let set = checked(d, &["settings", "set", "email", "j.jansen@example.nl", "--json"], &[], "settings", 0);
    assert!(set["settings"]["settings"].as_array().unwrap().iter().any(|s| s["value"] == "j.jansen@example.nl"));
    checked(d, &["settings", "set", "matrix", "http://plain.example.nl", "--json"], &[], "settings", 2);
    checked(d, &["settings", "unset", "email", "--json"], &[], "settings", 0);
    checked(d, &["settings", "skip-first-run", "--json"], &[], "settings", 0);

    // Sign-ins: none yet; signing out of none; no keyring refuses before anything else.
    assert_eq!(checked(d, &["accounts", "--json"], &[], "accounts", 0)["accounts"], json!([]));
    assert_eq!(checked(d, &["logout", "nextcloud", "--json"], &[], "logout", 0)["signed_out"], Value::Null);
    let no_bus = format!("unix:path={}/no-bus", d.display());
    let out = run(
        d,
        &["login", "nextcloud", "--server", "https://cloud.example.nl", "--no-browser", "--json"],
        &[("DBUS_SESSION_BUS_ADDRESS", &no_bus)],
    );
    let lines = assert_valid_lines("login", &out.stdout);
    assert_eq!((code(&out), lines.len()), (9, 1), "{lines:?}");
    assert_eq!(lines[0]["error"]["code"], "keyring_unavailable");
}

const WORD_DEFAULT_PROFILE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Office/Factories/org.openoffice.Setup:Factory['com.sun.star.text.TextDocument']"><prop oor:name="ooSetupFactoryDefaultFilter" oor:op="fuse"><value>MS Word 2007 XML</value></prop></item>
</oor:items>
"#;

/// A stand-in `soffice` that only tells its version: a real LibreOffice
/// started by a check would make the action above refuse (it does while
/// LibreOffice runs), and the tests of this file run side by side.
fn fake_soffice(dir: &Path) -> std::path::PathBuf {
    let fake = dir.join("soffice");
    std::fs::write(&fake, "#!/bin/sh\necho 'LibreOffice 24.2.7.2 420(Build:2)'\n").unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    fake
}

/// A system preset folder only root can write; `None` when this test does
/// not run as root (such a folder would be refused, as it should).
fn system_preset(text: &str) -> Option<tempfile::TempDir> {
    let dir = tempfile::tempdir().unwrap();
    if std::os::unix::fs::MetadataExt::uid(&std::fs::metadata(dir.path()).unwrap()) != 0 {
        return None;
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(dir.path().join("preset.toml"), text).unwrap();
    Some(dir)
}

#[test]
fn preset_commands_fit_their_schemas() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let preset = "locked = [\"servers.matrix\"]\n[preset]\nserial = 3\n[organisation]\nname = \"Ministerie van \
                  Voorbeeldzaken\"\ndomain = \"minvz.example\"\n[servers]\nmatrix = \"minvz.example\"\n";
    let system = system_preset(preset);
    let system_dir = system.as_ref().map_or_else(|| d.join("no-system-preset"), |s| s.path().to_path_buf());
    let env = [("OVERSTAP_SYSTEM_PRESET_DIR", system_dir.to_str().unwrap())];

    let show = checked(d, &["preset", "show", "--json"], &env, "preset-show", 0);
    assert_eq!(show["preset"]["managed"], system.is_some());

    let good = d.join("good.toml");
    std::fs::write(&good, preset).unwrap();
    let v = checked(d, &["preset", "validate", good.to_str().unwrap(), "--json"], &env, "preset-validate", 0);
    assert_eq!(v["validation"]["valid"], true);
    let bad = d.join("bad.toml");
    std::fs::write(&bad, "[servers]\nmatrix = 5\nnextcloud = \"http://cloud.example.nl\"\n").unwrap();
    let v = checked(d, &["preset", "validate", bad.to_str().unwrap(), "--json"], &env, "preset-validate", 4);
    assert!(v["validation"]["problems"].as_array().is_some_and(|p| !p.is_empty()), "{v:#}");

    let configs = d.join("configs");
    let args =
        ["preset", "client-configs", "--out", configs.to_str().unwrap(), "--preset", good.to_str().unwrap(), "--json"];
    let v = checked(d, &args, &env, "preset-client-configs", 0);
    assert!(v["client_configs"]["written"].as_array().is_some_and(|w| !w.is_empty()));

    // Examples: tried only without a system preset.
    let examples = checked(d, &["preset", "examples", "--json"], &[], "preset-examples", 0);
    let id = examples["examples"][0]["id"].as_str().expect("at least one example").to_owned();
    assert_eq!(checked(d, &["preset", "use-example", &id, "--json"], &[], "preset-use-example", 0)["example"], id);
    let stopped = checked(d, &["preset", "use-example", "--none", "--json"], &[], "preset-use-example", 0);
    assert_eq!(stopped["example"], Value::Null);

    // `preset schema` prints the committed preset-file schema, byte for byte.
    let out = run(d, &["preset", "schema"], &env);
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), committed("preset-file"));
}

#[test]
fn fleet_commands_fit_their_schemas() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    assert_eq!(checked(d, &["fleet", "status", "--json"], &[], "fleet-status", 0)["fleet"]["state"], "off");
    for (args, schema) in
        [(["fleet", "preview", "--json"], "fleet-preview"), (["fleet", "send", "--json"], "fleet-send")]
    {
        assert_eq!(checked(d, &args, &[], schema, 11)["error"]["code"], "reporting_off");
    }
    let out = run(d, &["fleet", "schema"], &[]);
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), committed("fleet-report"));

    // Reporting on, to a share on a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let preset = format!(
        "[organisation]\nname = \"Ministerie van Voorbeeldzaken\"\n[servers]\nreport_upload = \
         \"https://127.0.0.1:{port}/s/Tok1\"\n[reporting]\nenabled = true\ninclude = [\"department\", \
         \"blocked_reasons\", \"check_outcomes\", \"names\"]\nsalt = \"a-salt-of-forty-characters-for-this-test!\"\n"
    );
    let Some(system) = system_preset(&preset) else { return };
    let env = [("OVERSTAP_SYSTEM_PRESET_DIR", system.path().to_str().unwrap())];
    checked(d, &["settings", "set", "department", "DG Digitale Overheid", "--json"], &env, "settings", 0);
    checked(
        d,
        &["step", "leave-big-tech/list-accounts", "block", "--reason", "no software centre", "--json"],
        &env,
        "step",
        0,
    );
    // Stored check results, so the report carries its `checks` too.
    let fake = fake_soffice(d);
    let lo = [env[0], ("OVERSTAP_LIBREOFFICE_PROFILE", "/nonexistent"), ("OVERSTAP_SOFFICE", fake.to_str().unwrap())];
    assert_valid("check", &common::json(&run(d, &["check", "libreoffice", "--json"], &lo)));
    assert_eq!(checked(d, &["fleet", "status", "--json"], &env, "fleet-status", 0)["fleet"]["state"], "on");
    assert_eq!(checked(d, &["fleet", "send", "--json"], &env, "fleet-send", 12)["error"]["code"], "report_not_seen");

    let preview = checked(d, &["fleet", "preview", "--mark-seen", "--json"], &env, "fleet-preview", 0);
    assert_eq!(preview["marked_seen"], true);
    // The report inside is what fleet aggregate reads: its own schema.
    let report: Value = serde_json::from_str(preview["preview"]["body"].as_str().unwrap()).unwrap();
    assert_valid("fleet-report", &report);
    assert!(report["checks"].is_array() && report["person"].is_object(), "{report:#}");

    // Offline: the report stays queued, exit 1, with when it is tried again.
    let sent = checked(d, &["fleet", "send", "--json"], &env, "fleet-send", 1);
    assert_eq!(sent["fleet_send"]["waiting"][0]["attempts"], 1, "{sent:#}");
    let status = checked(d, &["fleet", "status", "--json"], &env, "fleet-status", 0);
    assert!(status["fleet"]["uploads"][0]["last_failure"].is_string(), "{status:#}");
}

#[test]
fn a_damaged_database_gives_a_notice_that_fits_its_schema() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("progress.db"), b"this is not a database, and long enough to be read as one")
        .unwrap();
    let out = run(data.path(), &["progress", "--json"], &[]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert_valid("progress", &common::json(&out));
    let notices = assert_valid_lines("notice", &out.stderr);
    assert_eq!(notices[0]["notice"]["code"], "database_recovered");
}

/// The checks above can fail: real output, changed the ways a careless edit
/// would change it, is refused.
#[test]
fn the_schemas_refuse_what_the_binary_does_not_print() {
    let data = tempfile::tempdir().unwrap();
    let real = common::json(&run(data.path(), &["progress", "--json"], &[]));
    assert_valid("progress", &real);
    let changed = |edit: &dyn Fn(&mut Value)| {
        let mut doc = real.clone();
        edit(&mut doc);
        problems("progress", &doc)
    };
    let refused = [
        changed(&|d| d["schema_version"] = json!(2)),
        changed(&|d| d["lang"] = json!("fr")),
        changed(&|d| d["progress"]["checklists"][0]["progress"]["percent"] = json!(101)),
        changed(&|d| d["progress"]["checklists"][0]["progress"]["next_step"] = json!("install-element")),
        changed(&|d| {
            d["progress"].as_object_mut().unwrap().remove("total_steps");
        }),
        // A field the schema does not list: printed but undocumented.
        changed(&|d| d["progress"]["checklists"][0]["owner"] = json!("IT")),
        changed(&|d| *d = json!({"schema_version": 1, "error": {"code": "no_such_code", "message": "x"}})),
    ];
    for (n, problems) in refused.iter().enumerate() {
        assert!(!problems.is_empty(), "change {n} was accepted");
    }
}

#[test]
fn every_committed_schema_is_a_valid_draft_2020_12_schema() {
    let mut names: Vec<String> = std::fs::read_dir(common::schemas::schemas_dir())
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".schema.json").map(str::to_owned))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "{names:?}");
    for name in names {
        let schema = committed(&name);
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema", "{name}");
        if let Err(e) = jsonschema::meta::validate(&schema) {
            panic!("{name}.schema.json is not a valid schema: {e}");
        }
    }
}
