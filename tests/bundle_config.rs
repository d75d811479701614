//! Every installer carries the `overstap` command line the same way, as
//! Tauri's `bundle.externalBin` "packaging/sidecar/overstap" (given at
//! bundle time: `packaging/tauri.bundle-cli.json`, the same inline in
//! scripts/build-deb.sh), filled by
//! scripts/cli-sidecar.mjs (docs/rollout.md). The .deb is built and
//! installed for real by scripts/test-deb.sh; the Windows and macOS
//! installers are not built here, so this keeps their settings in step with
//! the .deb's, the script and the documentation.

use std::path::Path;

use serde_json::Value;

const SIDECAR: &str = "packaging/sidecar/overstap";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn text(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn json(path: &str) -> Value {
    serde_json::from_str(&text(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn windows_and_macos_bundle_the_cli_as_the_deb_does() {
    let conf = json("packaging/tauri.bundle-cli.json");
    assert_eq!(conf["bundle"]["externalBin"], serde_json::json!([SIDECAR]));
    let keys: Vec<&String> = conf.as_object().unwrap().keys().filter(|k| *k != "$schema").collect();
    assert_eq!(keys, ["bundle"], "it holds only the CLI's bundling");
    // Not in a config tauri-build reads (tauri.conf.json or a platform's
    // tauri.<os>.conf.json): it would then demand the file from every
    // `cargo build`. The guide's Windows and macOS builds pass the file.
    let main = json("tauri.conf.json");
    assert!(main["bundle"].get("externalBin").is_none(), "externalBin in tauri.conf.json");
    for platform in ["tauri.windows.conf.json", "tauri.macos.conf.json", "tauri.linux.conf.json"] {
        assert!(!root().join(platform).exists(), "{platform} would be read by every cargo build");
    }
    let guide = text("docs/rollout.md");
    for bundles in [
        "--bundles msi,nsis --config packaging\\tauri.bundle-cli.json",
        "--bundles app,dmg --config packaging/tauri.bundle-cli.json",
    ] {
        assert!(guide.contains(bundles), "docs/rollout.md builds with {bundles}");
    }
    let deb_files = &main["bundle"]["linux"]["deb"]["files"];
    assert!(deb_files.get("/usr/bin/overstap").is_none(), "the .deb takes the CLI from externalBin, not files");
    assert!(text("scripts/build-deb.sh").contains(&format!(r#"{{"bundle": {{"externalBin": ["{SIDECAR}"]}}}}"#)));
    // Where the script writes it: the same path, with the target triple.
    let script = text("scripts/cli-sidecar.mjs");
    assert!(script.contains(r#"join(root, "packaging", "sidecar", `overstap-${triple}${exe}`)"#), "cli-sidecar.mjs");
    let ignored = text("packaging/sidecar/.gitignore");
    assert!(ignored.lines().any(|l| l == "*"), "the copied binaries are never committed");
}

#[test]
fn the_cli_and_the_app_never_share_a_file_name_on_a_case_insensitive_disk() {
    // Windows and macOS (by default) ignore case: Overstap.app/Contents/MacOS
    // and C:\Program Files\Overstap hold both binaries side by side.
    let cargo = text("Cargo.toml");
    let app = cargo
        .split("[[bin]]")
        .nth(1)
        .and_then(|b| b.lines().find(|l| l.starts_with("name")))
        .and_then(|l| l.split('"').nth(1))
        .expect("the app's [[bin]] name");
    let cli = SIDECAR.rsplit('/').next().unwrap();
    assert_ne!(app.to_lowercase(), cli.to_lowercase());
    let main = json("tauri.conf.json");
    assert!(main.get("mainBinaryName").is_none(), "the app keeps its cargo name {app}");
}

#[test]
fn the_rollout_guide_says_where_the_cli_is_and_what_is_untested() {
    let guide = text("docs/rollout.md");
    for promise in [
        "`/usr/bin/overstap`",
        r"`C:\Program Files\Overstap\overstap.exe`",
        "`/Applications/Overstap.app/Contents/MacOS/overstap`",
        "node scripts/cli-sidecar.mjs",
        r"node scripts\cli-sidecar.mjs",
        "configured but\n  untested",
    ] {
        assert!(guide.contains(promise), "docs/rollout.md does not say {promise:?}");
    }
    assert!(!guide.contains("desktop app only"), "docs/rollout.md still says an installer lacks the command line");
}
