//! A server's published signing keys (`GET /_matrix/key/v2/server`), judged
//! as other servers judge them before they trust anything it signs: for
//! this server, still valid, with an ed25519 key, and signed by every one of
//! its ed25519 keys (the Federation Tester's MatchingServerName,
//! FutureValidUntilTS, HasEd25519Key and AllEd25519ChecksOK).
//!
//! A short validity is not a caveat: Synapse publishes its keys one day
//! ahead by default and renews them as it goes, so only a date already
//! past fails.

use base64::alphabet;
use base64::engine::{DecodePaddingMode, Engine, GeneralPurpose, GeneralPurposeConfig};
use ed25519_dalek::{Signature, VerifyingKey};
use serde_json::Value;

use super::canonical_json;

/// Matrix writes base64 without padding; readers accept it either way.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_encode_padding(false).with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// What a good key document showed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFacts {
    /// The ed25519 key ids (`ed25519:a_AbCd`), sorted.
    pub key_ids: Vec<String>,
    pub valid_until_ts: i64,
}

/// Why other servers would not trust the key document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyProblem {
    /// `server_name` names another server (or is missing: `found` empty).
    WrongServerName { found: String },
    /// `valid_until_ts` is past (or missing: 0).
    Expired { valid_until_ts: i64 },
    /// No usable `ed25519:` key in `verify_keys`.
    NoEd25519Key,
    /// A signature that is missing, malformed, or does not verify.
    BadSignature { key_id: String, detail: String },
}

/// Checks `doc` as the key document of `server_name`, at `now_ms` (Unix ms).
pub fn check(doc: &Value, server_name: &str, now_ms: i64) -> Result<KeyFacts, KeyProblem> {
    let found = doc.get("server_name").and_then(Value::as_str).unwrap_or_default();
    if found != server_name {
        return Err(KeyProblem::WrongServerName { found: found.to_owned() });
    }
    let valid_until_ts = doc.get("valid_until_ts").and_then(Value::as_i64).unwrap_or(0);
    if valid_until_ts <= now_ms {
        return Err(KeyProblem::Expired { valid_until_ts });
    }
    let mut keys: Vec<(String, Result<VerifyingKey, String>)> = doc
        .get("verify_keys")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(id, _)| id.starts_with("ed25519:"))
        .map(|(id, entry)| (id.clone(), verifying_key(entry)))
        .collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    if keys.is_empty() {
        return Err(KeyProblem::NoEd25519Key);
    }
    let object = doc.as_object().ok_or(KeyProblem::NoEd25519Key)?;
    let signed = canonical_json::signed_bytes(object)
        .map_err(|detail| KeyProblem::BadSignature { key_id: "-".into(), detail })?;
    let signatures = doc.pointer(&format!("/signatures/{}", escape_pointer(server_name))).and_then(Value::as_object);

    // Every published key must have signed the document …
    for (key_id, key) in &keys {
        let bad = |detail: String| KeyProblem::BadSignature { key_id: key_id.clone(), detail };
        let key = key.clone().map_err(bad)?;
        let signature = signatures
            .and_then(|s| s.get(key_id))
            .and_then(Value::as_str)
            .ok_or_else(|| bad(format!("no signature by {key_id}")))?;
        verify(&key, &signed, signature).map_err(bad)?;
    }
    // … and every ed25519 signature by this server must come from a published key.
    for key_id in signatures.into_iter().flatten().map(|(id, _)| id).filter(|id| id.starts_with("ed25519:")) {
        if !keys.iter().any(|(id, _)| id == key_id) {
            let detail = format!("signed by {key_id}, which is not among the published keys");
            return Err(KeyProblem::BadSignature { key_id: key_id.clone(), detail });
        }
    }
    Ok(KeyFacts { key_ids: keys.into_iter().map(|(id, _)| id).collect(), valid_until_ts })
}

fn verifying_key(entry: &Value) -> Result<VerifyingKey, String> {
    let text = entry.get("key").and_then(Value::as_str).ok_or("the key has no \"key\" value")?;
    let bytes = BASE64.decode(text).map_err(|e| format!("the key is not base64: {e}"))?;
    let bytes: [u8; 32] = bytes.try_into().map_err(|_| "the key is not 32 bytes long".to_owned())?;
    VerifyingKey::from_bytes(&bytes).map_err(|e| format!("not an ed25519 public key: {e}"))
}

fn verify(key: &VerifyingKey, message: &[u8], signature: &str) -> Result<(), String> {
    let bytes = BASE64.decode(signature).map_err(|e| format!("the signature is not base64: {e}"))?;
    let bytes: [u8; 64] = bytes.try_into().map_err(|_| "the signature is not 64 bytes long".to_owned())?;
    // Strict: no malleable signatures or weak keys, as libsodium (Synapse's verifier) refuses them too.
    key.verify_strict(message, &Signature::from_bytes(&bytes))
        .map_err(|_| "the signature does not match the document".to_owned())
}

/// Checks that `object` carries a valid signature of `signer` (a server
/// name or a Matrix user id) by the ed25519 key `key_id` whose public key
/// is `public_key` (unpadded base64): how cross-signing keys and device
/// keys are signed, too (spec: "Signing JSON").
pub(in crate::probe) fn signed_by(object: &Value, signer: &str, key_id: &str, public_key: &str) -> Result<(), String> {
    let key = verifying_key(&serde_json::json!({ "key": public_key }))?;
    let map = object.as_object().ok_or("not a JSON object")?;
    let signed = canonical_json::signed_bytes(map)?;
    let signature = object
        .pointer(&format!("/signatures/{}/{}", escape_pointer(signer), escape_pointer(key_id)))
        .and_then(Value::as_str)
        .ok_or_else(|| format!("no signature by {key_id}"))?;
    verify(&key, &signed, signature)
}

/// Signs `object` as `signer` with `key` under `key_id`, for tests that
/// need documents signed by keys made at test time.
#[cfg(test)]
pub(in crate::probe) fn sign_for_tests(
    object: &mut Value,
    signer: &str,
    key_id: &str,
    key: &ed25519_dalek::SigningKey,
) {
    use ed25519_dalek::Signer;
    let signed = canonical_json::signed_bytes(object.as_object().expect("an object")).expect("canonical");
    let signature = BASE64.encode(key.sign(&signed).to_bytes());
    let signatures =
        object.as_object_mut().expect("an object").entry("signatures").or_insert_with(|| serde_json::json!({}));
    let mine = signatures.as_object_mut().expect("signatures").entry(signer).or_insert_with(|| serde_json::json!({}));
    mine[key_id] = Value::String(signature);
}

/// Matrix's unpadded base64, for tests.
#[cfg(test)]
pub(in crate::probe) fn base64_for_tests(bytes: &[u8]) -> String {
    BASE64.encode(bytes)
}

/// A server name as one JSON-pointer segment (`~` and `/` escaped).
fn escape_pointer(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};
    use serde_json::json;

    const NOW: i64 = 1_700_000_000_000;

    /// A key document for `server` signed with a fixed test key, as a server builds it.
    pub(crate) fn signed_document(server: &str, valid_until_ts: i64) -> Value {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let mut doc = json!({
            "server_name": server,
            "valid_until_ts": valid_until_ts,
            "old_verify_keys": {},
            "verify_keys": {"ed25519:test": {"key": BASE64.encode(key.verifying_key().as_bytes())}},
        });
        let signed = canonical_json::signed_bytes(doc.as_object().unwrap()).unwrap();
        let signature = BASE64.encode(key.sign(&signed).to_bytes());
        doc["signatures"] = json!({ server: { "ed25519:test": signature } });
        doc
    }

    #[test]
    fn a_good_document_passes() {
        let doc = signed_document("example.nl", NOW + 86_400_000);
        let facts = check(&doc, "example.nl", NOW).unwrap();
        assert_eq!(facts.key_ids, vec!["ed25519:test".to_owned()]);
        // Order of the keys as received does not matter, `unsigned` is not signed.
        let mut doc = doc;
        doc["unsigned"] = json!({"age": 5});
        assert!(check(&doc, "example.nl", NOW).is_ok());
    }

    #[test]
    fn each_problem_is_named() {
        let good = signed_document("example.nl", NOW + 1000);
        assert_eq!(check(&good, "other.nl", NOW), Err(KeyProblem::WrongServerName { found: "example.nl".into() }));
        assert_eq!(check(&good, "example.nl", NOW + 1000), Err(KeyProblem::Expired { valid_until_ts: NOW + 1000 }));

        let mut tampered = good.clone();
        tampered["old_verify_keys"] = json!({"ed25519:old": {"key": "x", "expired_ts": 1}});
        assert!(matches!(check(&tampered, "example.nl", NOW), Err(KeyProblem::BadSignature { .. })));

        let mut no_key = good.clone();
        no_key["verify_keys"] = json!({"curve25519:x": {"key": "abc"}});
        assert_eq!(check(&no_key, "example.nl", NOW), Err(KeyProblem::NoEd25519Key));

        let mut unsigned = good.clone();
        unsigned["signatures"] = json!({});
        assert!(
            matches!(check(&unsigned, "example.nl", NOW), Err(KeyProblem::BadSignature { detail, .. }) if detail.contains("no signature"))
        );

        let mut stranger = good.clone();
        stranger["signatures"]["example.nl"]["ed25519:other"] = json!("AAAA");
        assert!(
            matches!(check(&stranger, "example.nl", NOW), Err(KeyProblem::BadSignature { key_id, .. }) if key_id == "ed25519:other")
        );
    }

    #[test]
    fn padded_base64_is_read_too() {
        let mut doc = signed_document("example.nl", NOW + 1000);
        let sig = doc["signatures"]["example.nl"]["ed25519:test"].as_str().unwrap().to_owned();
        doc["signatures"]["example.nl"]["ed25519:test"] = json!(format!("{sig}=="));
        assert!(check(&doc, "example.nl", NOW).is_ok());
    }
}
