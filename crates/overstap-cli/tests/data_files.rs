//! The data folder's files as the operating system sees them: a full disk
//! is named as one whatever SQLite was doing when it ran out of space (the
//! data folder a tiny tmpfs of its own, in a private mount namespace
//! through `unshare`, so nothing outside the test sees it), and a `-shm`
//! left by another account is tidied or named.

#![cfg(target_os = "linux")]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use overstap_core::ErrorCode;
use overstap_testkit::running_as_root;

/// Runs `script` with `$OVERSTAP` and `$DATA` set, the data folder a tmpfs
/// of `size` mounted for this script only.
fn on_a_tiny_disk(size: &str, script: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let wrapped = format!("mount -t tmpfs -o size={size} tmpfs \"$DATA\" && {script}");
    Command::new("unshare")
        .args(["--map-root-user", "--mount", "sh", "-ec", &wrapped])
        .env("OVERSTAP", env!("CARGO_BIN_EXE_overstap"))
        .env("DATA", &data)
        .env("LANG", "C.UTF-8")
        .output()
        .expect("unshare runs (util-linux)")
}

fn fill(data: &str) -> String {
    format!("dd if=/dev/zero of={data}/filler bs=4096 2>/dev/null || true")
}

#[test]
fn a_full_disk_under_an_existing_database_is_disk_full_not_a_database_error() {
    let out = on_a_tiny_disk(
        "2m",
        &format!(
            r#""$OVERSTAP" --data-dir "$DATA" step leave-big-tech/list-accounts done >/dev/null
test ! -e "$DATA/progress.db-shm" # closed cleanly: SQLite must make the -shm again
{}
set +e
"$OVERSTAP" --data-dir "$DATA" step leave-big-tech/list-accounts skip --json
echo "exit=$?"
"$OVERSTAP" --data-dir "$DATA" progress --json
echo "exit=$?""#,
            fill("\"$DATA\"")
        ),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert_eq!(stdout.matches("exit=6").count(), 2, "both commands exit 6 (disk_full): {stdout}{stderr}");
    assert!(stdout.contains("\"disk_full\"") || stderr.contains("disk_full"), "{stdout}{stderr}");
}

/// `overstap ARGS` as the account that owns the data folder: `nobody` when
/// the tests run as root (root may write any file, so the problem would not
/// show), else this account.
fn as_owner(data: &Path, args: &[&str]) -> Output {
    let mut cmd = if running_as_root() {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", env!("CARGO_BIN_EXE_overstap")]);
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_overstap"))
    };
    cmd.arg("--data-dir").arg(data).args(args).env("LANG", "C.UTF-8").output().expect("overstap runs")
}

/// A data folder owned by the account `as_owner` runs as, holding a
/// database, and a `-shm` beside it that account cannot write: one made by
/// root (Overstap once run with sudo), or a read-only one.
fn data_with_a_foreign_shm() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    if running_as_root() {
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::os::unix::fs::chown(&data, Some(65534), Some(65534)).unwrap();
    }
    let out = as_owner(&data, &["step", "leave-big-tech/list-accounts", "done"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let shm = data.join("progress.db-shm");
    std::fs::write(&shm, vec![0u8; 32768]).unwrap();
    std::fs::set_permissions(&shm, std::fs::Permissions::from_mode(0o444)).unwrap();
    (dir, data)
}

#[test]
fn a_stale_shm_this_account_cannot_write_is_tidied_and_nothing_is_lost() {
    let (_dir, data) = data_with_a_foreign_shm();
    let out = as_owner(&data, &["show", "leave-big-tech", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let step = v["checklist"]["steps"].as_array().unwrap().iter().find(|s| s["id"] == "list-accounts").unwrap();
    assert_eq!(step["state"], "done");
    let out = as_owner(&data, &["step", "leave-big-tech/list-accounts", "skip"]);
    assert!(out.status.success(), "writes work again: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_stale_shm_that_cannot_be_removed_is_named_with_what_to_do() {
    let (_dir, data) = data_with_a_foreign_shm();
    // The folder read-only: the file cannot be removed.
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o555)).unwrap();
    let out = as_owner(&data, &["progress", "--json", "--lang", "en"]);
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(ErrorCode::DataDirUnsuitable.exit_code() as i32));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["code"], "data_dir_unsuitable", "{v}");
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.contains("progress.db-shm") && message.contains("another user account"), "{message}");
}
