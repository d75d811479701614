//! The files a preset names: read once, a system preset's only when
//! admin-only, anything else left out with the reason.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::super::{merge, parse, EffectivePreset, Layer, PresetSource};

const PEM: &str = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

/// The preset `text` of `layer` in `dir`, merged and its files read.
fn load(layer: Layer, dir: &Path, text: &str) -> EffectivePreset {
    let library = crate::checklist::load_embedded().unwrap();
    let origin = dir.join("preset.toml").display().to_string();
    let source = PresetSource {
        layer,
        origin: origin.clone(),
        base_dir: Some(dir.to_path_buf()),
        parsed: parse(text, &origin, &library),
    };
    let mut effective = merge(&[source]);
    super::read(&mut effective);
    effective
}

fn ids(effective: &EffectivePreset) -> Vec<(&str, &str)> {
    effective.problems.iter().map(|p| (p.key.as_str(), p.message.id.as_str())).collect()
}

fn write(path: &Path, text: &str, mode: u32) {
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn running_as_root() -> bool {
    nix::unistd::geteuid().is_root()
}

#[test]
fn missing_or_wrong_files_are_reported_and_left_out() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("good.pem"), PEM, 0o644);
    write(&dir.path().join("notes.pem"), "not a certificate", 0o644);
    let text = "[trust]\nca_files = [\"good.pem\", \"notes.pem\", \"gone.pem\"]\n[branding]\nlogo = \"logo.svg\"\n";
    let effective = load(Layer::Imported, dir.path(), text);
    let kept = effective.preset.trust.as_ref().unwrap().ca_files.clone().unwrap();
    assert_eq!(kept, vec![dir.path().join("good.pem").display().to_string()]);
    assert_eq!(
        ids(&effective),
        [
            ("trust.ca_files", "preset-ca-not-pem"),
            ("trust.ca_files", "preset-file-missing"),
            ("branding.logo", "preset-file-missing")
        ]
    );
    assert_eq!(effective.preset.branding.as_ref().unwrap().logo, None);
    assert_eq!(effective.files.ca_pem().unwrap(), format!("{PEM}\n").into_bytes());
    assert!(effective.files.logo().is_none());
}

/// Issue 11, item 6: a CA file anyone may write, named by a system preset
/// in an admin-only folder, was trusted by every check, sign-in and upload.
#[test]
fn a_system_preset_s_files_others_can_change_are_left_out_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    write(&dir.path().join("org-ca.pem"), PEM, 0o666);
    write(&dir.path().join("logo.svg"), "<svg/>", 0o666);
    let text = "[trust]\nca_files = [\"org-ca.pem\"]\n[branding]\nlogo = \"logo.svg\"\n";
    let effective = load(Layer::System, dir.path(), text);
    // An ordinary user's own folder is not an administrator's at all.
    let (ca, logo) = if running_as_root() {
        ("preset-named-file-writable", "preset-named-file-writable")
    } else {
        ("preset-named-folder-writable", "preset-named-folder-writable")
    };
    assert_eq!(ids(&effective), [("trust.ca_files", ca), ("branding.logo", logo)]);
    assert_eq!(effective.files.ca_pem(), None);
    assert!(effective.files.logo().is_none());
    assert_eq!(effective.preset.trust.as_ref().unwrap().ca_files, Some(vec![]));
    assert_eq!(effective.preset.branding.as_ref().unwrap().logo, None);
    let problem = &effective.problems[0];
    assert_eq!(problem.file, dir.path().join("preset.toml").display().to_string());
    assert!(problem.message.render(crate::Lang::En).contains("org-ca.pem"));

    if running_as_root() {
        // Made admin-only, both are read.
        std::fs::set_permissions(dir.path().join("org-ca.pem"), std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(dir.path().join("logo.svg"), std::fs::Permissions::from_mode(0o644)).unwrap();
        let effective = load(Layer::System, dir.path(), text);
        assert_eq!(ids(&effective), []);
        assert_eq!(effective.files.logo().unwrap().bytes, b"<svg/>");
        // In a folder others may write, the file could be replaced.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let effective = load(Layer::System, dir.path(), text);
        assert_eq!(
            ids(&effective),
            [("trust.ca_files", "preset-named-folder-writable"), ("branding.logo", "preset-named-folder-writable")]
        );
    }
}

/// Every later use takes the bytes read at the start: a CA file changed
/// afterwards changes nothing.
#[test]
fn files_are_read_once() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("org-ca.pem"), PEM, 0o644);
    let effective = load(Layer::Imported, dir.path(), "[trust]\nca_files = [\"org-ca.pem\"]\n");
    write(&dir.path().join("org-ca.pem"), "-----BEGIN CERTIFICATE-----\nEVIL\n", 0o644);
    assert_eq!(effective.files.ca_pem().unwrap(), format!("{PEM}\n").into_bytes());
}

#[test]
fn a_logo_above_the_limit_is_left_out() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("logo.png"), &"x".repeat(super::MAX_LOGO_BYTES as usize + 1), 0o644);
    let effective = load(Layer::Imported, dir.path(), "[branding]\nlogo = \"logo.png\"\n");
    assert_eq!(ids(&effective), [("branding.logo", "preset-named-file-too-large")]);
    let text = effective.problems[0].message.render(crate::Lang::En);
    assert!(text.contains(&super::MAX_LOGO_BYTES.to_string()), "{text}");
}
