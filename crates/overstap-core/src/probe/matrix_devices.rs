//! Matrix, once signed in: the person's own devices. Is Element signed in
//! (a device named like Element in the device list), and is one of their
//! Element devices verified — signed by their self-signing key, which the
//! master key signed — as Element's "Verify this device" leaves it.
//!
//! Overstap's own device never counts: a check that Overstap is signed in
//! proves nothing about Element. Signatures are verified here (canonical
//! JSON, ed25519), not taken from the server's word.

use overstap_net::Method;
use serde_json::{json, Map, Value};

use super::federation::signed_by;
use super::matrix_e2ee::{pointer_escape, Session};
use super::{fetch_json, Evidence, Message, ProbeOutcome, ProbeStatus};

pub const SESSION_VERIFIED: &str = "matrix.session-verified";
pub const ELEMENT_DEVICE: &str = "matrix.element-device";

/// Is one of the person's devices, other than Overstap's, verified?
pub async fn session_verified(s: &Session<'_>) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let body = json!({ "device_keys": { s.user_id: [] } });
    let request = s.request(Method::POST, "_matrix/client/v3/keys/query", Some(body));
    let json = match fetch_json(s.net, SESSION_VERIFIED, request, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let verdict = judge(&json, s.user_id, s.own_device);
    evidence.fact("master_key", verdict.master);
    evidence.fact("self_signing_key", verdict.self_signing);
    evidence.fact(
        "devices",
        verdict
            .devices
            .iter()
            .map(|d| json!({ "device_id": d.id, "name": d.name, "verified": d.verified }))
            .collect::<Vec<_>>(),
    );
    let fail = |m: Message| ProbeOutcome::new(SESSION_VERIFIED, ProbeStatus::Fail, m.clone()).remedy(m.remedy());
    let outcome = if !(verdict.master && verdict.self_signing) {
        fail(Message::new("probe-matrix-cross-signing-missing"))
    } else if let Some(detail) = verdict.chain_problem {
        fail(Message::new("probe-matrix-session-keys-broken").arg("detail", detail))
    } else if let Some(device) = verdict.devices.iter().find(|d| d.verified) {
        ProbeOutcome::new(
            SESSION_VERIFIED,
            ProbeStatus::Pass,
            Message::new("probe-matrix-session-verified-pass").arg("device", device.label()),
        )
    } else if verdict.devices.is_empty() {
        fail(Message::new("probe-matrix-session-no-device"))
    } else {
        let names: Vec<String> = verdict.devices.iter().map(OwnDevice::label).collect();
        fail(Message::new("probe-matrix-session-unverified").arg("devices", names.join(", ")))
    };
    outcome.evidence(evidence)
}

/// Is Element signed in: a device named like Element in the device list?
pub async fn element_device(s: &Session<'_>) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let request = s.request(Method::GET, "_matrix/client/v3/devices", None);
    let json = match fetch_json(s.net, ELEMENT_DEVICE, request, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    // Names only: the list also holds addresses, which are nobody's business here.
    let names: Vec<(String, String)> = json
        .get("devices")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|d| {
            let id = d.get("device_id").and_then(Value::as_str)?;
            let name = d.get("display_name").and_then(Value::as_str).unwrap_or_default();
            (id != s.own_device).then(|| (id.to_owned(), name.to_owned()))
        })
        .collect();
    evidence
        .fact("devices", names.iter().map(|(id, name)| json!({ "device_id": id, "name": name })).collect::<Vec<_>>());
    match names.iter().find(|(_, name)| looks_like_element(name)) {
        Some((id, name)) => ProbeOutcome::new(
            ELEMENT_DEVICE,
            ProbeStatus::Pass,
            Message::new("probe-matrix-element-device-pass").arg("device", format!("{name} ({id})")),
        ),
        // Other devices, none named like Element: perhaps renamed. The
        // person may judge that (a warning); no other device at all fails.
        None => {
            let status = if names.is_empty() { ProbeStatus::Fail } else { ProbeStatus::Warn };
            let m = Message::new("probe-matrix-element-device-missing").arg("count", names.len());
            ProbeOutcome::new(ELEMENT_DEVICE, status, m.clone()).remedy(m.remedy())
        }
    }
    .evidence(evidence)
}

/// Element names its devices after itself ("Element Desktop: Linux",
/// "app.element.io: Firefox on Linux", "Element X on iPhone") until the
/// person renames them.
fn looks_like_element(name: &str) -> bool {
    name.to_lowercase().contains("element")
}

/// One of the person's devices, other than Overstap's.
#[derive(Debug, PartialEq)]
struct OwnDevice {
    id: String,
    name: String,
    verified: bool,
}

impl OwnDevice {
    fn label(&self) -> String {
        if self.name.is_empty() {
            self.id.clone()
        } else {
            format!("{} ({})", self.name, self.id)
        }
    }
}

/// What `/keys/query` shows of the person's cross-signing.
#[derive(Debug, Default)]
struct Verdict {
    master: bool,
    self_signing: bool,
    /// Why the self-signing key cannot be trusted (not signed by the master key).
    chain_problem: Option<String>,
    devices: Vec<OwnDevice>,
}

/// Judges a `/keys/query` answer for `user_id`, leaving out `own_device`.
fn judge(json: &Value, user_id: &str, own_device: &str) -> Verdict {
    let section = |name: &str| json.pointer(&format!("/{name}/{}", pointer_escape(user_id))).filter(|v| v.is_object());
    let master = section("master_keys").and_then(|k| only_key(k, user_id, "master"));
    let self_signing = section("self_signing_keys");
    let ssk = self_signing.and_then(|k| only_key(k, user_id, "self_signing"));
    let mut verdict = Verdict { master: master.is_some(), self_signing: ssk.is_some(), ..Verdict::default() };
    // The self-signing key counts only when the master key signed it.
    let trusted_ssk = match (&master, self_signing, &ssk) {
        (Some((master_id, master_pub)), Some(doc), Some(ssk)) => match signed_by(doc, user_id, master_id, master_pub) {
            Ok(()) => Some(ssk.clone()),
            Err(detail) => {
                verdict.chain_problem = Some(detail);
                None
            }
        },
        _ => None,
    };
    let devices = json.pointer(&format!("/device_keys/{}", pointer_escape(user_id))).and_then(Value::as_object);
    let mut own: Vec<OwnDevice> = devices
        .into_iter()
        .flat_map(Map::iter)
        .filter(|(id, _)| id.as_str() != own_device)
        .map(|(id, keys)| OwnDevice {
            id: id.clone(),
            name: keys.pointer("/unsigned/device_display_name").and_then(Value::as_str).unwrap_or_default().to_owned(),
            verified: trusted_ssk
                .as_ref()
                .is_some_and(|(ssk_id, ssk_pub)| device_signed(keys, user_id, id, ssk_id, ssk_pub)),
        })
        .collect();
    own.sort_by(|a, b| (!a.verified, &a.id).cmp(&(!b.verified, &b.id)));
    verdict.devices = own;
    verdict
}

/// The one ed25519 key of a cross-signing key of `usage`, as (key id, public key).
fn only_key(doc: &Value, user_id: &str, usage: &str) -> Option<(String, String)> {
    let for_user = doc.get("user_id").and_then(Value::as_str) == Some(user_id);
    let used_for = doc.get("usage").and_then(Value::as_array).is_some_and(|u| u.iter().any(|x| x == usage));
    let keys = doc.get("keys").and_then(Value::as_object)?;
    let mut ed25519 = keys.iter().filter(|(id, _)| id.starts_with("ed25519:"));
    let (id, public) = ed25519.next()?;
    (for_user && used_for && ed25519.next().is_none())
        .then(|| (id.clone(), public.as_str().unwrap_or_default().to_owned()))
}

/// Device keys that are the device's own (signed by its ed25519 key) and
/// signed by the self-signing key.
fn device_signed(keys: &Value, user_id: &str, device_id: &str, ssk_id: &str, ssk_pub: &str) -> bool {
    let device_key_id = format!("ed25519:{device_id}");
    let claims = keys.get("user_id").and_then(Value::as_str) == Some(user_id)
        && keys.get("device_id").and_then(Value::as_str) == Some(device_id);
    let Some(device_pub) = keys.pointer(&format!("/keys/{}", pointer_escape(&device_key_id))).and_then(Value::as_str)
    else {
        return false;
    };
    claims
        && signed_by(keys, user_id, &device_key_id, device_pub).is_ok()
        && signed_by(keys, user_id, ssk_id, ssk_pub).is_ok()
}

#[cfg(test)]
mod tests;
