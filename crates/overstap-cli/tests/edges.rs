//! The `overstap` binary at its edges, as a hostile test pass found them:
//! a file name that is not UTF-8, an `apply` line of megabytes, errors in
//! the language of the rest of the output, a data folder that is a file,
//! a preset file too large, and logs that must stay small and private.

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// `overstap --data-dir DATA ARGS…` in a plain English environment, with
/// the system preset folder `system` (an empty one: no preset).
fn overstap(data: &Path, system: &Path, args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_overstap"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("OVERSTAP_SYSTEM_PRESET_DIR", system)
        .env_remove("OVERSTAP_DATA_DIR")
        .env_remove("OVERSTAP_LOG")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .output()
        .expect("overstap runs")
}

fn run(data: &Path, system: &Path, args: &[&str]) -> Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    overstap(data, system, &args)
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("not JSON ({e}): {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    })
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn export_to_a_file_name_that_is_not_utf8_works_and_json_refuses_it_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let system = tempfile::tempdir().unwrap();
    let name = |n: &[u8]| dir.path().join(std::ffi::OsStr::from_bytes(n));
    let file = name(b"export-\xFF.json");
    let as_json = overstap(
        dir.path(),
        system.path(),
        &["--json".as_ref(), "export".as_ref(), "--format".as_ref(), "json".as_ref(), "--out".as_ref(), file.as_ref()],
    );
    assert_eq!(as_json.status.code(), Some(2), "{}", stderr(&as_json));
    let error = &json(&as_json)["error"];
    assert_eq!(error["code"], "invalid_input", "{error}");
    assert!(error["message"].as_str().unwrap().contains("export-\u{FFFD}.json"), "{error}");
    assert!(!file.exists(), "nothing is written when the answer could not name it");

    // Without --json the file is written where it was asked, and said so.
    let text = overstap(
        dir.path(),
        system.path(),
        &["export".as_ref(), "--format".as_ref(), "json".as_ref(), "--out".as_ref(), file.as_ref()],
    );
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    let report: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(report["schema_version"], 1);
    assert!(String::from_utf8_lossy(&text.stdout).contains("export-\u{FFFD}.json"));

    // The same rule for every path a JSON answer names.
    let config_dir = name(b"configs-\xFF");
    let out = overstap(
        dir.path(),
        system.path(),
        &["--json".as_ref(), "preset".as_ref(), "client-configs".as_ref(), "--out".as_ref(), config_dir.as_ref()],
    );
    assert_eq!(json(&out)["error"]["code"], "invalid_input");
    assert!(!config_dir.exists());
}

#[test]
fn apply_refuses_a_line_of_megabytes_without_holding_it_and_keeps_every_other_line() {
    let dir = tempfile::tempdir().unwrap();
    let system = tempfile::tempdir().unwrap();
    let input = dir.path().join("changes.jsonl");
    let long_note = "x".repeat(4 * 1024 * 1024);
    let text = format!(
        "{}\n{}\n{}\n",
        r#"{"step":"matrix/install-element","action":"done"}"#,
        format_args!(r#"{{"step":"matrix/sign-in-element","action":"done","note":"{long_note}"}}"#),
        r#"{"step":"nextcloud/server-ok","action":"skip"}"#,
    );
    std::fs::write(&input, text).unwrap();
    let out = run(dir.path(), system.path(), &["apply", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "the refused line's exit code: {}", stderr(&out));
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!((lines[0]["line"].as_u64(), lines[0]["ok"].as_bool()), (Some(1), Some(true)));
    assert_eq!((lines[1]["line"].as_u64(), lines[1]["ok"].as_bool()), (Some(2), Some(false)));
    assert_eq!(lines[1]["error"]["code"], "invalid_input");
    let message = lines[1]["error"]["message"].as_str().unwrap();
    assert!(message.contains("Line 2") && message.contains("65536"), "{message}");
    assert_eq!((lines[2]["line"].as_u64(), lines[2]["ok"].as_bool()), (Some(3), Some(true)));

    // Before and after the long line, each acknowledged change is stored.
    let progress = json(&run(dir.path(), system.path(), &["show", "matrix", "--json"]));
    let state = |steps: &Value, id: &str| {
        steps.as_array().unwrap().iter().find(|s| s["id"] == id).unwrap()["state"].as_str().unwrap().to_owned()
    };
    let steps = &progress["checklist"]["steps"];
    assert_eq!((state(steps, "install-element"), state(steps, "sign-in-element")), ("done".into(), "todo".into()));
    let nextcloud = json(&run(dir.path(), system.path(), &["show", "nextcloud", "--json"]));
    assert_eq!(state(&nextcloud["checklist"]["steps"], "server-ok"), "skipped");
}
