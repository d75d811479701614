//! The `overstap` binary at its edges, as a hostile test pass found them:
//! a file name that is not UTF-8, an `apply` line of megabytes, errors in
//! the language of the rest of the output, a data folder that is a file,
//! a preset file too large, and logs that must stay small and private.

#![cfg(unix)]

mod common;

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::system_folder;
use overstap_testkit::running_as_root;
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
        r#"{"step":"leave-big-tech/list-accounts","action":"done"}"#,
        format_args!(r#"{{"step":"leave-big-tech/secure-logins","action":"done","note":"{long_note}"}}"#),
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
    let progress = json(&run(dir.path(), system.path(), &["show", "leave-big-tech", "--json"]));
    let state = |steps: &Value, id: &str| {
        steps.as_array().unwrap().iter().find(|s| s["id"] == id).unwrap()["state"].as_str().unwrap().to_owned()
    };
    let steps = &progress["checklist"]["steps"];
    assert_eq!((state(steps, "list-accounts"), state(steps, "secure-logins")), ("done".into(), "todo".into()));
    let nextcloud = json(&run(dir.path(), system.path(), &["show", "nextcloud", "--json"]));
    assert_eq!(state(&nextcloud["checklist"]["steps"], "server-ok"), "skipped");
}

#[test]
fn errors_are_in_the_language_of_the_rest_of_the_output() {
    // The person's own setting, without any preset.
    let dir = tempfile::tempdir().unwrap();
    let none = tempfile::tempdir().unwrap();
    assert_eq!(run(dir.path(), none.path(), &["settings", "set", "language", "de"]).status.code(), Some(0));
    let out = run(dir.path(), none.path(), &["step", "matrix/fax", "done"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("hat keinen Schritt „fax“"), "{}", stderr(&out));

    if !running_as_root() {
        return; // an admin-only preset folder needs root
    }
    // An organisation's preset that locks Dutch.
    let system = system_folder("locked = [\"defaults.language\"]\n[defaults]\nlanguage = \"nl\"\n", None);
    let dir = tempfile::tempdir().unwrap();
    let progress = run(dir.path(), system.path(), &["progress"]);
    assert!(String::from_utf8_lossy(&progress.stdout).contains("Alles samen"), "the output is Dutch");
    let out = run(dir.path(), system.path(), &["step", "matrix/fax", "done"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("Fout: De checklist “matrix” heeft geen stap “fax”"), "{}", stderr(&out));
    let out = run(dir.path(), system.path(), &["step", "leave-big-tech/list-accounts", "block", "--json"]);
    assert_eq!(json(&out)["error"]["code"], "invalid_input");
    assert!(json(&out)["error"]["message"].as_str().unwrap().starts_with("Zeg waarom"), "{}", json(&out));
    // apply's refused lines, too.
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, "{\"step\":\"matrix/fax\",\"action\":\"done\"}\n").unwrap();
    let out = run(dir.path(), system.path(), &["apply", input.to_str().unwrap()]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("heeft geen stap"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // --lang still wins.
    let out = run(dir.path(), system.path(), &["--lang", "en", "step", "matrix/fax", "done"]);
    assert!(stderr(&out).contains("has no step “fax”"), "{}", stderr(&out));
    // When the database cannot even open, the organisation's language still holds.
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"").unwrap();
    let out = run(&file, system.path(), &["progress"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(stderr(&out).contains("is een bestand, geen map"), "{}", stderr(&out));
    // Refused before the database is looked at: a data folder in a synced folder.
    let out = run(&dir.path().join("Nextcloud").join("overstap"), system.path(), &["progress"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(stderr(&out).contains("staat in een Nextcloud-map"), "{}", stderr(&out));
}

#[test]
fn a_data_folder_that_is_a_file_is_named_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let system = tempfile::tempdir().unwrap();
    let file = dir.path().join("overstap");
    std::fs::write(&file, b"not a folder").unwrap();
    for data in [file.clone(), file.join("below")] {
        let out = run(&data, system.path(), &["progress", "--json"]);
        assert_eq!(out.status.code(), Some(6), "{data:?}");
        let error = &json(&out)["error"];
        assert_eq!(error["code"], "data_dir_unsuitable", "{error}");
        let message = error["message"].as_str().unwrap();
        assert!(message.contains(&format!("“{}” is a file, not a folder", file.display())), "{message}");
        assert!(message.contains("--data-dir"), "{message}");
    }
    assert_eq!(std::fs::read(&file).unwrap(), b"not a folder", "the file is left alone");
}

#[test]
fn a_preset_file_too_large_to_validate_says_so_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let system = tempfile::tempdir().unwrap();
    let big = dir.path().join("preset.toml");
    let size = overstap_core::preset::sources::MAX_PRESET_BYTES as usize + 1;
    std::fs::write(&big, vec![b'#'; size]).unwrap();
    let out = run(dir.path(), system.path(), &["preset", "validate", big.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let error = &json(&out)["error"];
    assert_eq!(error["code"], "invalid_input", "{error}");
    let message = error["message"].as_str().unwrap();
    let path = big.display().to_string();
    assert_eq!(message.matches(&path).count(), 1, "the path once: {message}");
    assert!(message.contains(&size.to_string()) && message.contains(&(size - 1).to_string()), "{message}");

    // A file that is not there: what the problem is, once.
    let missing = dir.path().join("missing.toml");
    let out =
        run(dir.path(), system.path(), &["preset", "validate", missing.to_str().unwrap(), "--json", "--lang", "nl"]);
    assert_eq!(out.status.code(), Some(6));
    let message = json(&out)["error"]["message"].as_str().unwrap().to_owned();
    assert!(message.starts_with("De preset") && message.matches("missing.toml").count() == 1, "{message}");
}

fn log_files(logs: &Path) -> Vec<(String, u64, u32)> {
    use std::os::unix::fs::PermissionsExt;
    let mut found: Vec<_> = std::fs::read_dir(logs)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let meta = e.metadata().unwrap();
            (e.file_name().to_string_lossy().into_owned(), meta.len(), meta.permissions().mode() & 0o777)
        })
        .collect();
    found.sort();
    found
}

#[test]
fn logs_stay_under_their_cap_and_private() {
    use overstap_core::logging::{KEEP_OLD_FILES, MAX_FILE_BYTES};
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let system = tempfile::tempdir().unwrap();
    let logs = dir.path().join("logs");
    std::fs::create_dir_all(&logs).unwrap();
    std::fs::set_permissions(&logs, std::fs::Permissions::from_mode(0o755)).unwrap();
    // As an older version left them: a huge daily file, and a full current one.
    std::fs::write(logs.join("overstap-cli.2026-11-23.log"), vec![b'x'; 5 * MAX_FILE_BYTES as usize]).unwrap();
    let mut full = vec![b'y'; MAX_FILE_BYTES as usize - 10];
    full.push(b'\n');
    std::fs::write(logs.join("overstap-cli.log"), &full).unwrap();
    for n in 1..=KEEP_OLD_FILES {
        std::fs::write(logs.join(format!("overstap-cli.log.{n}")), &full).unwrap();
    }

    for _ in 0..3 {
        assert_eq!(
            run(dir.path(), system.path(), &["step", "leave-big-tech/list-accounts", "done"]).status.code(),
            Some(0)
        );
    }
    let found = log_files(&logs);
    let names: Vec<&str> = found.iter().map(|(n, ..)| n.as_str()).collect();
    let mut expected = vec!["overstap-cli.log".to_owned()];
    expected.extend((1..=KEEP_OLD_FILES).map(|n| format!("overstap-cli.log.{n}")));
    // The empty lock that serialises rotation between processes.
    expected.push("overstap-cli.log.lock".to_owned());
    assert_eq!(names, expected, "the daily file is gone, the oldest rotated away");
    let total: u64 = found.iter().map(|(_, size, _)| size).sum();
    assert!(total <= (KEEP_OLD_FILES as u64 + 1) * MAX_FILE_BYTES, "{found:?}");
    let current = std::fs::read_to_string(logs.join("overstap-cli.log")).unwrap();
    assert!(
        current.contains("step=leave-big-tech/list-accounts") && !current.contains("yyyy"),
        "a fresh file: {current}"
    );
    assert!(found.iter().all(|(_, _, mode)| *mode == 0o600), "{found:?}");
    assert_eq!(std::fs::metadata(&logs).unwrap().permissions().mode() & 0o777, 0o700);

    // A new data folder: made private from the start.
    let fresh: PathBuf = dir.path().join("fresh");
    assert_eq!(run(&fresh, system.path(), &["progress"]).status.code(), Some(0));
    assert_eq!(std::fs::metadata(fresh.join("logs")).unwrap().permissions().mode() & 0o777, 0o700);
    assert!(log_files(&fresh.join("logs"))
        .iter()
        .all(|(name, _, mode)| name.starts_with("overstap-cli.log") && *mode == 0o600));
}
