//! Keys and signatures are made at test time: prehashed ones with the
//! `minisign` crate (as `minisign -S` makes them), legacy ones by hand with
//! ed25519-dalek (the crate only signs prehashed). The real `minisign` tool
//! is used in `tests/preset_signing.rs`.

use std::io::Cursor;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use ed25519_dalek::{Signer as _, SigningKey};

use super::*;
use crate::lang::Lang;

const PRESET: &[u8] = b"[preset]\nformat = 1\nserial = 12\n\n[servers]\nmatrix = \"minbzk.nl\"\n";

fn key_pair() -> minisign::KeyPair {
    minisign::KeyPair::generate_unencrypted_keypair().unwrap()
}

/// The id minisign prints for a key (`minisign public key <ID>`).
fn printed_id(kp: &minisign::KeyPair) -> String {
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(kp.pk.keynum());
    format!("{:016X}", u64::from_le_bytes(bytes))
}

fn sign(kp: &minisign::KeyPair, bytes: &[u8], trusted_comment: &str) -> String {
    minisign::sign(Some(&kp.pk), &kp.sk, Cursor::new(bytes), Some(trusted_comment), None).unwrap().into_string()
}

fn trusting(kps: &[&minisign::KeyPair]) -> TrustedKeys {
    let mut keys = TrustedKeys::none();
    keys.add_system_preset_keys(&kps.iter().map(|kp| kp.pk.to_base64()).collect::<Vec<_>>()).unwrap();
    keys
}

/// A key that signs the legacy way (`minisign -l`): Ed25519 over the file itself.
struct LegacyKey {
    key: SigningKey,
    keynum: [u8; 8],
}

impl LegacyKey {
    fn new() -> LegacyKey {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).unwrap();
        let mut keynum = [0u8; 8];
        getrandom::fill(&mut keynum).unwrap();
        LegacyKey { key: SigningKey::from_bytes(&seed), keynum }
    }

    fn public_base64(&self) -> String {
        STANDARD.encode([&b"Ed"[..], &self.keynum, self.key.verifying_key().as_bytes()].concat())
    }

    fn sign(&self, bytes: &[u8], trusted_comment: &str) -> String {
        let sig = self.key.sign(bytes).to_bytes();
        let global = self.key.sign(&[&sig[..], trusted_comment.as_bytes()].concat()).to_bytes();
        format!(
            "untrusted comment: signature from minisign secret key\n{}\ntrusted comment: {trusted_comment}\n{}\n",
            STANDARD.encode([&b"Ed"[..], &self.keynum, &sig].concat()),
            STANDARD.encode(global),
        )
    }
}

fn refusal(result: Result<SignedBy>) -> (ErrorCode, String) {
    let err = result.expect_err("refused");
    (err.code(), err.message(Lang::En))
}

#[test]
fn a_good_prehashed_signature_passes_and_says_who_signed() {
    let kp = key_pair();
    let sig = sign(&kp, PRESET, "Overstap preset minbzk serial 12");
    assert!(sig.lines().nth(1).unwrap().starts_with("RU"), "prehashed (ED…) like minisign's default: {sig}");
    let signed = verify(PRESET, &sig, &trusting(&[&kp])).unwrap();
    assert_eq!(signed.key_id.to_string(), printed_id(&kp));
    assert_eq!(signed.trusted_comment, "Overstap preset minbzk serial 12");
    assert_eq!(signed.key_source, KeySource::SystemPreset);
    assert!(signed.prehashed);
    // Windows line ends in the signature file change nothing.
    assert_eq!(verify(PRESET, &sig.replace('\n', "\r\n"), &trusting(&[&kp])).unwrap(), signed);
}

#[test]
fn one_flipped_byte_is_tampering() {
    let kp = key_pair();
    let sig = sign(&kp, PRESET, "serial 12");
    let keys = trusting(&[&kp]);
    for at in [0, PRESET.len() / 2, PRESET.len() - 1] {
        let mut changed = PRESET.to_vec();
        changed[at] ^= 0x01;
        let (code, text) = refusal(verify(&changed, &sig, &keys));
        assert_eq!(code, ErrorCode::PresetSignatureInvalid);
        assert!(text.contains("changed after it was signed") && text.contains(&printed_id(&kp)), "{text}");
    }
    let mut longer = PRESET.to_vec();
    longer.push(b'\n');
    assert!(refusal(verify(&longer, &sig, &keys)).1.contains("changed after it was signed"));
}

#[test]
fn a_changed_trusted_comment_is_tampering_too() {
    // The trusted comment is signed (the global signature): "serial 12" must
    // not become "serial 99" unnoticed.
    let kp = key_pair();
    let sig = sign(&kp, PRESET, "serial 12").replace("trusted comment: serial 12", "trusted comment: serial 99");
    let (code, text) = refusal(verify(PRESET, &sig, &trusting(&[&kp])));
    assert_eq!(code, ErrorCode::PresetSignatureInvalid);
    assert!(text.contains("changed after it was signed"), "{text}");
}

#[test]
fn another_key_is_untrusted_and_both_ids_are_named() {
    let (it, stranger, second) = (key_pair(), key_pair(), key_pair());
    let sig = sign(&stranger, PRESET, "serial 12");
    let keys = trusting(&[&it, &second]);
    let (code, text) = refusal(verify(PRESET, &sig, &keys));
    assert_eq!(code, ErrorCode::PresetSignatureInvalid);
    assert!(text.contains(&format!("signed with key {}", printed_id(&stranger))), "{text}");
    assert!(text.contains(&printed_id(&it)) && text.contains(&printed_id(&second)), "trusted keys listed: {text}");
    for lang in [Lang::Nl, Lang::De] {
        let text = verify(PRESET, &sig, &keys).unwrap_err().message(lang);
        assert!(text.contains(&printed_id(&stranger)) && text.contains(&printed_id(&it)), "{lang}: {text}");
    }
}

#[test]
fn a_key_with_a_trusted_id_but_other_key_material_does_not_pass() {
    // Key ids are not secret: a forger can put a trusted id in front of
    // their own key. The signature still has to check out.
    let (it, forger) = (key_pair(), LegacyKey::new());
    let mut forged = LegacyKey { key: forger.key.clone(), keynum: [0; 8] };
    forged.keynum.copy_from_slice(it.pk.keynum());
    let (_, text) = refusal(verify(PRESET, &forged.sign(PRESET, "serial 12"), &trusting(&[&it])));
    assert!(text.contains("changed after it was signed"), "{text}");
}

#[test]
fn malformed_signatures_are_refused_as_such() {
    let kp = key_pair();
    let good = sign(&kp, PRESET, "serial 12");
    let lines: Vec<&str> = good.lines().collect();
    let mut wrong_algorithm = STANDARD.decode(lines[1]).unwrap();
    wrong_algorithm[1] = b'x';
    let cases = [
        ("garbage", "this is not a signature".to_owned()),
        ("two lines only", lines[..2].join("\n")),
        ("signature not base64", [lines[0], "RU!!!", lines[2], lines[3]].join("\n")),
        ("signature cut short", [lines[0], &lines[1][..40], lines[2], lines[3]].join("\n")),
        ("no trusted comment line", [lines[0], lines[1], "comment: x", lines[3]].join("\n")),
        ("unknown algorithm", [lines[0], &STANDARD.encode(&wrong_algorithm), lines[2], lines[3]].join("\n")),
        ("a public key file", format!("untrusted comment: minisign public key\n{}\n", kp.pk.to_base64())),
    ];
    for (what, sig) in cases {
        let (code, text) = refusal(verify(PRESET, &sig, &trusting(&[&kp])));
        assert_eq!(code, ErrorCode::PresetSignatureInvalid, "{what}");
        assert!(text.contains("damaged or is not a minisign signature"), "{what}: {text}");
    }
}

#[test]
fn no_signature_is_refused_as_missing() {
    let kp = key_pair();
    for empty in ["", "\n", "  \r\n"] {
        let (code, text) = refusal(verify(PRESET, empty, &trusting(&[&kp])));
        assert_eq!(code, ErrorCode::PresetSignatureInvalid);
        assert!(text.contains("has no signature"), "{text}");
    }
    let err = missing_signature_file(&signature_path(Path::new("/media/usb/preset.toml")));
    assert_eq!(err.code(), ErrorCode::PresetSignatureInvalid);
    assert!(err.message(Lang::De).contains("/media/usb/preset.toml.minisig"), "{}", err.message(Lang::De));
}

#[test]
fn with_no_trusted_key_even_a_good_signature_is_refused_with_how_to_pin_one() {
    let kp = key_pair();
    let sig = sign(&kp, PRESET, "serial 12");
    let (code, text) = refusal(verify(PRESET, &sig, &TrustedKeys::none()));
    assert_eq!(code, ErrorCode::PresetSignatureInvalid);
    assert!(text.contains("trust.preset_signing_keys") && text.contains("assets/preset-keys"), "{text}");
}

#[test]
fn legacy_signatures_pass_and_are_marked_as_legacy() {
    let legacy = LegacyKey::new();
    let sig = legacy.sign(PRESET, "serial 12");
    assert!(sig.lines().nth(1).unwrap().starts_with("RW"), "legacy (Ed…): {sig}");
    let mut keys = TrustedKeys::none();
    keys.add_system_preset_keys(&[legacy.public_base64()]).unwrap();
    let signed = verify(PRESET, &sig, &keys).unwrap();
    assert!(!signed.prehashed);
    assert_eq!(signed.trusted_comment, "serial 12");
    let mut changed = PRESET.to_vec();
    changed[3] ^= 0x20;
    assert!(refusal(verify(&changed, &sig, &keys)).1.contains("changed after it was signed"));
}

#[test]
fn every_refusal_has_its_own_message_in_every_language() {
    let (it, stranger) = (key_pair(), key_pair());
    let keys = trusting(&[&it]);
    let mut changed = PRESET.to_vec();
    changed[0] ^= 1;
    let errors = [
        verify(PRESET, "", &keys).unwrap_err(),
        verify(PRESET, "nonsense", &keys).unwrap_err(),
        verify(PRESET, &sign(&stranger, PRESET, "c"), &keys).unwrap_err(),
        verify(&changed, &sign(&it, PRESET, "c"), &keys).unwrap_err(),
        verify(PRESET, &sign(&it, PRESET, "c"), &TrustedKeys::none()).unwrap_err(),
        TrustedKeys::none().add_system_preset_keys(&["RWQ".into()]).unwrap_err(),
        missing_signature_file(Path::new("p.toml.minisig")),
    ];
    for lang in Lang::ALL {
        let texts: std::collections::BTreeSet<String> = errors.iter().map(|e| e.message(lang)).collect();
        assert_eq!(texts.len(), errors.len(), "{lang}: {texts:#?}");
        assert!(texts.iter().all(|t| !t.starts_with("error-")), "{lang}: a text is missing: {texts:#?}");
    }
}
