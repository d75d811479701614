//! The verdict on `/keys/query` answers built with keys made here: what
//! counts as a verified device, and every way a signature chain breaks.

use ed25519_dalek::SigningKey;
use serde_json::{json, Value};

use super::{judge, looks_like_element, OwnDevice};
use crate::probe::federation::sign_for_tests as sign;

const USER: &str = "@jan:example.nl";

fn key(seed: u8) -> (SigningKey, String) {
    let signing = SigningKey::from_bytes(&[seed; 32]);
    let public = crate::probe::federation::base64_for_tests(signing.verifying_key().as_bytes());
    (signing, public)
}

/// A cross-signing key of `usage`, named by its public key as the spec says.
fn cross_key(usage: &str, public: &str) -> Value {
    json!({ "user_id": USER, "usage": [usage], "keys": { format!("ed25519:{public}"): public } })
}

/// A device's keys, signed by the device itself.
fn device(id: &str, name: &str, seed: u8) -> Value {
    let (signing, public) = key(seed);
    let mut keys = json!({
        "user_id": USER, "device_id": id,
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "keys": { format!("ed25519:{id}"): public, format!("curve25519:{id}"): "Y3VydmU" },
        "unsigned": { "device_display_name": name },
    });
    sign(&mut keys, USER, &format!("ed25519:{id}"), &signing);
    keys
}

struct Account {
    master: (SigningKey, String),
    ssk: (SigningKey, String),
    answer: Value,
}

/// An account with cross-signing set up and the given devices.
fn account(devices: Vec<Value>) -> Account {
    let master = key(1);
    let ssk = key(2);
    let mut ssk_doc = cross_key("self_signing", &ssk.1);
    sign(&mut ssk_doc, USER, &format!("ed25519:{}", master.1), &master.0);
    let device_map: serde_json::Map<String, Value> =
        devices.into_iter().map(|d| (d["device_id"].as_str().unwrap().to_owned(), d)).collect();
    let answer = json!({
        "device_keys": { USER: device_map },
        "master_keys": { USER: cross_key("master", &master.1) },
        "self_signing_keys": { USER: ssk_doc },
        "failures": {},
    });
    Account { master, ssk, answer }
}

impl Account {
    /// Verifies a device as Element does: the self-signing key signs its keys.
    fn verify(&mut self, id: &str) {
        let keys = &mut self.answer["device_keys"][USER][id];
        sign(keys, USER, &format!("ed25519:{}", self.ssk.1), &self.ssk.0);
    }
}

fn devices(answer: &Value, own: &str) -> Vec<(String, bool)> {
    judge(answer, USER, own).devices.into_iter().map(|d: OwnDevice| (d.id, d.verified)).collect()
}

#[test]
fn a_device_signed_by_the_self_signing_key_is_verified() {
    let mut a = account(vec![device("ELEMENT", "Element Desktop: Linux", 3), device("OVERSTAP", "Overstap", 4)]);
    assert_eq!(devices(&a.answer, "OVERSTAP"), [("ELEMENT".into(), false)], "Overstap's own device is left out");
    a.verify("ELEMENT");
    let v = judge(&a.answer, USER, "OVERSTAP");
    assert!(v.master && v.self_signing && v.chain_problem.is_none());
    assert_eq!(v.devices[0].label(), "Element Desktop: Linux (ELEMENT)");
    assert!(v.devices[0].verified);
}

#[test]
fn overstaps_own_verified_device_proves_nothing() {
    let mut a = account(vec![device("OVERSTAP", "Overstap", 4)]);
    a.verify("OVERSTAP");
    assert!(judge(&a.answer, USER, "OVERSTAP").devices.is_empty());
}

#[test]
fn a_broken_chain_verifies_no_device() {
    // The self-signing key signed by some other key than the master key.
    let mut a = account(vec![device("ELEMENT", "Element", 3)]);
    a.verify("ELEMENT");
    let stranger = key(9);
    let mut ssk_doc = cross_key("self_signing", &a.ssk.1);
    sign(&mut ssk_doc, USER, &format!("ed25519:{}", stranger.1), &stranger.0);
    a.answer["self_signing_keys"][USER] = ssk_doc;
    let v = judge(&a.answer, USER, "OVERSTAP");
    assert!(v.chain_problem.is_some(), "{v:?}");
    assert!(!v.devices[0].verified);

    // A device whose keys were changed after the self-signing key signed them.
    let mut a = account(vec![device("ELEMENT", "Element", 3)]);
    a.verify("ELEMENT");
    a.answer["device_keys"][USER]["ELEMENT"]["keys"]["curve25519:ELEMENT"] = json!("b3RoZXI");
    assert_eq!(devices(&a.answer, "OVERSTAP"), [("ELEMENT".into(), false)]);

    // Keys of another person's device listed under this user.
    let mut a = account(vec![device("ELEMENT", "Element", 3)]);
    a.verify("ELEMENT");
    a.answer["device_keys"][USER]["ELEMENT"]["user_id"] = json!("@mallory:example.nl");
    assert_eq!(devices(&a.answer, "OVERSTAP"), [("ELEMENT".into(), false)]);

    // The master key unsigned by itself is fine (the spec does not ask for it),
    // but a master key for another usage is no master key.
    let mut a = account(vec![]);
    a.answer["master_keys"][USER]["usage"] = json!(["self_signing"]);
    assert!(!judge(&a.answer, USER, "X").master);
    let _ = &a.master;
}

#[test]
fn no_cross_signing_means_nothing_is_verified() {
    let answer = json!({ "device_keys": { USER: { "ELEMENT": device("ELEMENT", "Element", 3) } } });
    let v = judge(&answer, USER, "OVERSTAP");
    assert!(!v.master && !v.self_signing);
    assert_eq!(v.devices.len(), 1);
    assert!(!v.devices[0].verified);
    assert!(judge(&json!({}), USER, "X").devices.is_empty(), "an empty answer is judged, not a panic");
    assert!(judge(&json!({"device_keys": {USER: "nonsense"}}), USER, "X").devices.is_empty());
}

#[test]
fn element_is_recognised_by_its_default_names() {
    for name in ["Element Desktop: Linux", "app.element.io: Firefox on Linux", "Element X on iPhone"] {
        assert!(looks_like_element(name), "{name}");
    }
    assert!(!looks_like_element("Overstap") && !looks_like_element("FluffyChat"));
}
