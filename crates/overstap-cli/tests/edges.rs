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
