//! The `overstap` binary as scripts and people use it: JSON with
//! schema_version, documented exit codes, localized messages, exports.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn overstap(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_overstap"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("OVERSTAP_DATA_DIR")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .output()
        .expect("runs")
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&output.stdout)))
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn checklists_json_lists_every_checklist_with_progress_and_schema_version() {
    let dir = tempfile::tempdir().unwrap();
    let out = overstap(dir.path(), &["checklists", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["schema_version"], 1);
    let list = v["checklists"].as_array().unwrap();
    assert_eq!(list.len(), 6);
    assert_eq!(list[0]["id"], "security-key", "overview order");
    assert!(list.iter().all(|c| c["progress"]["next_step"]["id"].is_string()));
}

#[test]
fn marking_steps_moves_progress_and_the_next_step() {
    let dir = tempfile::tempdir().unwrap();
    let out = overstap(
        dir.path(),
        &["step", "leave-big-tech/list-accounts", "done", "--note", "via Softwarecenter", "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let change = &json(&out)["change"];
    assert_eq!(change["step"], "leave-big-tech/list-accounts");
    assert_eq!(change["state"], "done");
    assert_eq!(change["source"], "cli");

    let p = json(&overstap(dir.path(), &["progress", "--json"]));
    let leave =
        p["progress"]["checklists"].as_array().unwrap().iter().find(|c| c["id"] == "leave-big-tech").unwrap().clone();
    assert_eq!(leave["progress"]["done"], 1);
    assert_eq!(leave["progress"]["done_confirmed"], 1, "on the person's word");
    assert_eq!(leave["progress"]["next_step"]["id"], "secure-logins");
    assert_eq!(p["progress"]["done_steps"], 1);

    let blocked =
        overstap(dir.path(), &["step", "libreoffice/check-macros", "block", "--reason", "Zaaksysteem needs VBA"]);
    assert_eq!(blocked.status.code(), Some(0));
    let show = json(&overstap(dir.path(), &["show", "libreoffice", "--json"]));
    let step =
        show["checklist"]["steps"].as_array().unwrap().iter().find(|s| s["id"] == "check-macros").unwrap().clone();
    assert_eq!(step["state"], "blocked");
    assert_eq!(step["reason"], "Zaaksysteem needs VBA");
}

#[test]
fn errors_have_a_code_a_message_and_a_documented_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str, i32)] = &[
        (&["show", "fax", "--json"], "unknown_checklist", 3),
        (&["step", "matrix/fax", "done", "--json"], "unknown_step", 3),
        (&["step", "matrix", "done", "--json"], "usage", 2),
        (&["step", "leave-big-tech/list-accounts", "block", "--json"], "invalid_input", 2),
        (&["step", "leave-big-tech/list-accounts", "done", "--reason", "x", "--json"], "usage", 2),
        (&["--lang", "fr", "progress", "--json"], "usage", 2),
        (&["frobnicate", "--json"], "usage", 2),
    ];
    for (args, code, exit) in cases {
        let out = overstap(dir.path(), args);
        assert_eq!(out.status.code(), Some(*exit), "{args:?}");
        let v = json(&out);
        assert_eq!(v["error"]["code"], *code, "{args:?}: {v}");
        assert!(v["error"]["message"].as_str().unwrap().len() > 10, "{args:?}: {v}");
    }
    // Without --json: the message on stderr, nothing on stdout.
    let out = overstap(dir.path(), &["show", "fax"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("fax"));
}

#[test]
fn output_follows_lang_and_the_os_locale() {
    let dir = tempfile::tempdir().unwrap();
    let de = stdout(&overstap(dir.path(), &["progress", "--lang", "de"]));
    assert!(de.contains("Insgesamt"), "{de}");
    let nl_error = json(&overstap(dir.path(), &["show", "fax", "--lang", "nl", "--json"]));
    assert!(nl_error["error"]["message"].as_str().unwrap().contains("Er is geen checklist"));

    let from_locale = Command::new(env!("CARGO_BIN_EXE_overstap"))
        .args(["--data-dir"])
        .arg(dir.path())
        .arg("progress")
        .env_remove("LC_ALL")
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LANG", "nl_NL.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&from_locale).contains("Alles samen"), "{}", stdout(&from_locale));
    let fallback = stdout(&overstap(dir.path(), &["progress"]));
    assert!(fallback.contains("All together"), "C locale falls back to English: {fallback}");
}

#[test]
fn export_writes_csv_and_json_with_history() {
    let dir = tempfile::tempdir().unwrap();
    overstap(dir.path(), &["step", "leave-big-tech/stop-posting", "done", "--note", "=cmd|' /C calc'!A0"]);
    overstap(dir.path(), &["step", "nextcloud/export-files", "block", "--reason", "=HYPERLINK(\"http://x\")"]);

    let csv_path = dir.path().join("out.csv");
    let out = overstap(dir.path(), &["export", "--format", "csv", "--out", csv_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "schema_version,checklist,checklist_title,step,step_title,kind,required,state,reason,changed_at,proof"
    );
    let done = csv.lines().find(|l| l.contains(",stop-posting,")).unwrap();
    assert!(done.ends_with(",confirmed"), "who proved it: {done}");
    assert_eq!(csv.lines().count(), 1 + 57, "one row per step");
    let blocked = csv.lines().find(|l| l.contains(",export-files,")).unwrap();
    assert!(blocked.contains(",blocked,\"'=HYPERLINK"), "formula defused: {blocked}");

    let report = json(&overstap(dir.path(), &["export", "--format", "json"]));
    assert_eq!(report["schema_version"], 1);
    let leave = report["checklists"].as_array().unwrap().iter().find(|c| c["id"] == "leave-big-tech").unwrap().clone();
    let step = leave["steps"].as_array().unwrap().iter().find(|s| s["id"] == "stop-posting").unwrap().clone();
    assert_eq!(step["proof"], "confirmed", "done on the person's word, and the export says so");
    let history = &step["history"];
    assert_eq!(history[0]["note"], "=cmd|' /C calc'!A0", "JSON keeps the text as it was");
}

#[test]
fn a_damaged_database_is_reported_kept_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    overstap(dir.path(), &["step", "leave-big-tech/list-accounts", "done"]);
    for f in ["progress.db-wal", "progress.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(f));
    }
    std::fs::write(dir.path().join("progress.db"), vec![0x42; 20_000]).unwrap();
    let out = overstap(dir.path(), &["progress", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Warning") && stderr.contains("progress.db.corrupt-"), "{stderr}");
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("progress.db.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(dir.path().join(&kept[0])).unwrap(), vec![0x42; 20_000]);
}

#[test]
fn apply_acknowledges_each_line_and_reports_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("changes.jsonl");
    std::fs::write(
        &input,
        concat!(
            "{\"step\":\"leave-big-tech/list-accounts\",\"action\":\"done\",\"note\":\"n1\"}\n",
            "\n",
            "not json\n",
            "{\"step\":\"matrix/find-server\",\"action\":\"block\",\"reason\":\"proxy\"}\n",
            "{\"step\":\"matrix/nope\",\"action\":\"skip\"}\n",
        ),
    )
    .unwrap();
    let out = overstap(dir.path(), &["apply", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "first failure was a usage error");
    let results: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(results.len(), 4);
    assert_eq!((results[0]["line"].as_u64(), results[0]["ok"].as_bool()), (Some(1), Some(true)));
    assert_eq!(results[1]["error"]["code"], "usage");
    assert_eq!(results[2]["change"]["state"], "blocked");
    assert_eq!(results[3]["error"]["code"], "unknown_step");
}

#[test]
fn version_and_help_exit_zero() {
    let out = Command::new(env!("CARGO_BIN_EXE_overstap")).arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("overstap "));
    let help = Command::new(env!("CARGO_BIN_EXE_overstap")).arg("--help").stdout(Stdio::piped()).output().unwrap();
    assert!(stdout(&help).contains("Exit codes"));
}

#[test]
fn notes_and_reasons_never_reach_the_log_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = overstap(dir.path(), &["step", "leave-big-tech/list-accounts", "done", "--note", "PRIVATE-NOTE-4711"]);
    assert_eq!(out.status.code(), Some(0));
    let out = overstap(dir.path(), &["step", "nextcloud/move-files", "block", "--reason", "PRIVATE-REASON-0815"]);
    assert_eq!(out.status.code(), Some(0));
    let logs: String = std::fs::read_dir(dir.path().join("logs"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(
        logs.contains("step=nextcloud/move-files") && logs.contains("state=\"blocked\""),
        "the change is logged: {logs}"
    );
    assert!(!logs.contains("PRIVATE-NOTE-4711") && !logs.contains("PRIVATE-REASON-0815"), "{logs}");
}

#[test]
fn apply_survives_a_byte_order_mark_and_a_line_that_is_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("changes.jsonl");
    let mut bytes = b"\xEF\xBB\xBF{\"step\":\"leave-big-tech/list-accounts\",\"action\":\"done\"}\r\n".to_vec();
    bytes.extend_from_slice(b"{\"step\":\"\xFF\xFE\",\"action\":\"done\"}\n");
    bytes.extend_from_slice(b"{\"step\":\"matrix/find-server\",\"action\":\"skip\"}\n");
    std::fs::write(&input, bytes).unwrap();
    let out = overstap(dir.path(), &["apply", input.to_str().unwrap()]);
    let results: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(results.len(), 3, "every line processed: {results:?}");
    assert_eq!(results[0]["ok"], true, "BOM and CRLF tolerated: {}", results[0]);
    assert_eq!(results[1]["error"]["code"], "usage");
    assert_eq!(results[2]["ok"], true);
    assert!(results.iter().all(|r| r["schema_version"] == 1));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_non_utf8_argument_is_a_usage_error_not_a_crash() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_overstap"))
        .arg("--data-dir")
        .arg(dir.path())
        .arg(std::ffi::OsStr::from_bytes(b"\xFF"))
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(json(&out)["error"]["code"], "usage");
}

#[test]
fn skipping_required_steps_says_why_the_checklist_is_not_complete() {
    let dir = tempfile::tempdir().unwrap();
    let show = json(&overstap(dir.path(), &["show", "security-key", "--json"]));
    for step in show["checklist"]["steps"].as_array().unwrap() {
        let id = format!("security-key/{}", step["id"].as_str().unwrap());
        assert_eq!(overstap(dir.path(), &["step", &id, "skip"]).status.code(), Some(0));
    }
    let text = stdout(&overstap(dir.path(), &["checklists", "--lang", "en"]));
    assert!(text.contains("Not complete: required steps were skipped"), "{text}");
    let p = json(&overstap(dir.path(), &["progress", "--json"]));
    let sk = &p["progress"]["checklists"][0]["progress"];
    assert_eq!((sk["percent"].as_u64(), sk["complete"].as_bool()), (Some(100), Some(false)));
}

#[test]
fn many_commands_starting_at_once_on_a_new_data_folder_all_succeed() {
    for round in 0..8 {
        let dir = tempfile::tempdir().unwrap();
        let children: Vec<_> = (0..6)
            .map(|i| {
                let args: &[&str] = if i % 2 == 0 {
                    &["progress", "--json"]
                } else {
                    &["step", "leave-big-tech/list-accounts", "done"]
                };
                Command::new(env!("CARGO_BIN_EXE_overstap"))
                    .arg("--data-dir")
                    .arg(dir.path())
                    .args(args)
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(0), "round {round}: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

#[test]
fn a_check_step_cannot_be_marked_done_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let out = overstap(dir.path(), &["step", "matrix/find-server", "done", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)["error"]["code"], "check_required");
    // Skipping or blocking it is still the person's call.
    assert_eq!(overstap(dir.path(), &["step", "matrix/find-server", "skip"]).status.code(), Some(0));
}

#[test]
fn a_service_named_twice_is_checked_once() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("no-profile");
    let out = Command::new(env!("CARGO_BIN_EXE_overstap"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["check", "libreoffice", "libreoffice", "--json"])
        .env("OVERSTAP_LIBREOFFICE_PROFILE", &profile)
        .env("OVERSTAP_SOFFICE", "/nonexistent/soffice")
        .output()
        .unwrap();
    let v = json(&out);
    let probes: Vec<_> =
        v["check"]["results"].as_array().unwrap().iter().map(|r| r["probe"].as_str().unwrap().to_owned()).collect();
    assert_eq!(probes, ["libreoffice.installed", "libreoffice.default-formats", "libreoffice.templates"]);
}
