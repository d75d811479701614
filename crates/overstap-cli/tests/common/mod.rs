//! Helpers shared by the CLI tests: run the binary against a data folder,
//! read its JSON, check it against its schema (`schemas`).

#![allow(dead_code)] // each test binary uses a different subset

pub mod schemas;

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// Runs `overstap --data-dir DATA ARGS…` in a plain English environment,
/// without any secret from the calling environment.
pub fn overstap(data: &Path, args: &[&str]) -> Output {
    overstap_with(data, args, &[])
}

pub fn overstap_with(data: &Path, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_overstap"));
    cmd.arg("--data-dir").arg(data).args(args).env("LANG", "C.UTF-8");
    for secret in ["OVERSTAP_MATRIX_TOKEN", "OVERSTAP_MASTODON_TOKEN", "OVERSTAP_NEXTCLOUD_APP_PASSWORD"] {
        cmd.env_remove(secret);
    }
    for (name, value) in env {
        cmd.env(name, value);
    }
    cmd.output().expect("overstap runs")
}

pub fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("not JSON ({e}): {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    })
}

/// The result of one probe in `check --json` output.
pub fn result(v: &Value, probe: &str) -> Value {
    v["check"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["probe"] == probe)
        .cloned()
        .unwrap_or_else(|| panic!("no {probe}: {v}"))
}

/// A step's state, from `show CHECKLIST --json`.
pub fn step_state(data: &Path, checklist: &str, step: &str) -> String {
    let v = json(&overstap(data, &["show", checklist, "--json"]));
    v["checklist"]["steps"].as_array().unwrap().iter().find(|s| s["id"] == step).unwrap()["state"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A system preset folder only root can write, holding `preset.toml` and,
/// if given, `ca` as `org-ca.pem`.
#[cfg(unix)]
pub fn system_folder(preset: &str, ca: Option<&Path>) -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut files = vec![dir.path().join("preset.toml")];
    std::fs::write(&files[0], preset).unwrap();
    if let Some(ca) = ca {
        files.push(dir.path().join("org-ca.pem"));
        std::fs::copy(ca, &files[1]).unwrap();
    }
    for file in files {
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    dir
}
