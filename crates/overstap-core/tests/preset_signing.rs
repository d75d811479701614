//! The procedure `docs/preset-signing.md` gives IT, run with the real
//! `minisign` tool (Debian's package, installed by `scripts/setup.sh`):
//! make a key pair with a password, pin the public key in a system preset,
//! sign a preset with a trusted comment. Overstap must accept the result,
//! and refuse an older preset signed the same way (rollback).
//!
//! If this test fails after a change to the documented commands, change the
//! documentation and this test together.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use overstap_core::preset::{self, KeySource, Preset, TrustedKeys};
use overstap_core::store::Store;
use overstap_core::{ErrorCode, Lang};

const PASSWORD: &str = "correct horse battery staple";

/// Runs `minisign ARGS` in `dir`, answering its password prompts on
/// standard input (minisign reads them from there when it is not a terminal).
fn minisign(dir: &Path, args: &[&str], passwords: usize) -> String {
    let mut child = Command::new("minisign")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minisign is installed (scripts/setup.sh)");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("{PASSWORD}\n").repeat(passwords).as_bytes()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "minisign {args:?}: {stdout}{}", String::from_utf8_lossy(&out.stderr));
    stdout
}

fn preset_with_serial(serial: u64) -> String {
    format!("[preset]\nformat = 1\nserial = {serial}\n\n[servers]\nmatrix = \"minbzk.nl\"\n")
}

/// Step 4 of the documentation, for the preset in `dir/name`.
fn sign(dir: &Path, name: &str, trusted_comment: &str) {
    minisign(dir, &["-S", "-s", "overstap-presets.key", "-m", name, "-t", trusted_comment], 1);
}

fn verify_file(dir: &Path, name: &str, keys: &TrustedKeys) -> overstap_core::Result<(Preset, preset::SignedBy)> {
    let path = dir.join(name);
    let bytes = std::fs::read(&path).unwrap();
    let sig_path = preset::signature_path(&path);
    let sig = std::fs::read_to_string(&sig_path).map_err(|_| preset::missing_signature_file(&sig_path))?;
    let signed_by = preset::verify(&bytes, &sig, keys)?;
    Ok((toml::from_str(std::str::from_utf8(&bytes).unwrap()).unwrap(), signed_by))
}

#[test]
fn a_preset_signed_as_documented_is_accepted_and_an_older_one_refused() {
    let it = tempfile::tempdir().unwrap();
    let dir = it.path();

    // 1. Make a key pair (with a password).
    minisign(dir, &["-G", "-p", "overstap-presets.pub", "-s", "overstap-presets.key"], 2);
    let public = std::fs::read_to_string(dir.join("overstap-presets.pub")).unwrap();
    let printed_id = public.lines().next().unwrap().rsplit(' ').next().unwrap().to_owned();

    // 2. Pin it: the second line of the .pub file, in the system preset.
    let system_preset: Preset =
        toml::from_str(&format!("[trust]\npreset_signing_keys = [\"{}\"]\n", public.lines().nth(1).unwrap())).unwrap();
    let keys =
        TrustedKeys::for_system_preset(system_preset.trust.unwrap().preset_signing_keys.as_deref().unwrap()).unwrap();

    // 3 and 4. A preset with a serial, signed with a trusted comment; checked with minisign -V.
    std::fs::write(dir.join("preset.toml"), preset_with_serial(12)).unwrap();
    sign(dir, "preset.toml", "Overstap preset minbzk serial 12");
    let check = minisign(dir, &["-V", "-p", "overstap-presets.pub", "-m", "preset.toml"], 0);
    assert!(check.contains("Overstap preset minbzk serial 12"), "{check}");

    // 5. Overstap, given preset.toml with preset.toml.minisig next to it.
    let (preset, signed_by) = verify_file(dir, "preset.toml", &keys).expect("the documented procedure passes");
    // minisign prints the id without leading zeros (printf "%X"); Overstap
    // always writes all 16 digits. Same number either way.
    let number = |id: &str| u64::from_str_radix(id, 16).unwrap();
    assert_eq!(signed_by.key_id.to_string().len(), 16);
    assert_eq!(number(&signed_by.key_id.to_string()), number(&printed_id), "the id minisign printed in the .pub file");
    assert_eq!(signed_by.trusted_comment, "Overstap preset minbzk serial 12");
    assert_eq!(signed_by.key_source, KeySource::SystemPreset);
    assert!(signed_by.prehashed, "minisign signs prehashed by default");

    let data = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open(&data.path().join("progress.db")).unwrap();
    let serial = preset.preset.unwrap().serial;
    let accepted = preset::check_serial(&store, &signed_by, serial).unwrap();
    preset::record_accepted(&mut store, &signed_by, accepted.serial).unwrap();

    // An older preset, validly signed with the same key, comes back: refused.
    std::fs::write(dir.join("old.toml"), preset_with_serial(11)).unwrap();
    sign(dir, "old.toml", "Overstap preset minbzk serial 11");
    let (old, old_signed_by) = verify_file(dir, "old.toml", &keys).expect("a valid signature");
    let err = preset::check_serial(&store, &old_signed_by, old.preset.unwrap().serial).unwrap_err();
    assert_eq!(err.code(), ErrorCode::PresetSignatureInvalid);
    let text = err.message(Lang::En);
    assert!(text.contains("serial 11") && text.contains("serial 12") && text.contains(&printed_id), "{text}");

    // Changed after signing (line ends converted on the way): refused.
    let crlf = preset_with_serial(12).replace('\n', "\r\n");
    std::fs::write(dir.join("preset.toml"), crlf).unwrap();
    let err = verify_file(dir, "preset.toml", &keys).unwrap_err();
    assert!(err.message(Lang::En).contains("changed after it was signed"), "{}", err.message(Lang::En));

    // No signature next to it: refused, naming where it was looked for.
    std::fs::write(dir.join("unsigned.toml"), preset_with_serial(13)).unwrap();
    let err = verify_file(dir, "unsigned.toml", &keys).unwrap_err();
    assert_eq!(err.code(), ErrorCode::PresetSignatureInvalid);
    assert!(err.message(Lang::Nl).contains("unsigned.toml.minisig"), "{}", err.message(Lang::Nl));
}

#[test]
fn a_legacy_signature_from_minisign_is_accepted_as_legacy() {
    let it = tempfile::tempdir().unwrap();
    let dir = it.path();
    minisign(dir, &["-G", "-W", "-p", "k.pub", "-s", "k.key"], 0);
    let public = std::fs::read_to_string(dir.join("k.pub")).unwrap();
    std::fs::write(dir.join("preset.toml"), preset_with_serial(1)).unwrap();
    minisign(dir, &["-S", "-l", "-W", "-s", "k.key", "-m", "preset.toml"], 0);

    let mut keys = TrustedKeys::none();
    keys.add_system_preset_keys(&[public]).expect("a whole .pub file is accepted too");
    let (_, signed_by) = verify_file(dir, "preset.toml", &keys).unwrap();
    assert!(!signed_by.prehashed);
    assert!(
        signed_by.trusted_comment.contains("file:preset.toml"),
        "minisign's default: {}",
        signed_by.trusted_comment
    );
}
