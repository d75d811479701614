//! Matrix, once signed in: the signed-in session every such check uses,
//! and whether the person's key backup is on the server and holds keys
//! (that they stored the recovery key, only they can confirm).
//! Their devices are in `matrix_devices.rs`, their messages in
//! `matrix_messages.rs`.

use overstap_net::{Method, NetClient, NetFailure, Request, Url};
use serde_json::Value;

use super::{fetch_recorded, join, read_json, Evidence, Message, ProbeOutcome, ProbeStatus};

pub const KEY_BACKUP: &str = "matrix.key-backup";

/// A signed-in session: the homeserver, the user, Overstap's own device and the token.
pub struct Session<'a> {
    pub net: &'a NetClient,
    pub base: &'a Url,
    pub user_id: &'a str,
    /// The device Overstap's token belongs to: never evidence of the person's own doing.
    pub own_device: &'a str,
    pub token: &'a str,
}

impl Session<'_> {
    /// A request to the homeserver as this person (JSON body, if any).
    pub(super) fn request(&self, method: Method, path: &str, body: Option<Value>) -> Request {
        let request = match body {
            Some(body) => Request::post(join(self.base, path), "application/json", body.to_string()).method(method),
            None => Request::get(join(self.base, path)).method(method),
        };
        request.header("authorization", &format!("Bearer {}", self.token))
    }

    pub(super) async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<overstap_net::Fetched, NetFailure> {
        self.net.fetch(self.request(method, path, body)).await
    }

    pub(super) fn user_path(&self) -> String {
        encode(self.user_id)
    }
}

pub async fn key_backup(s: &Session<'_>) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let request = s.request(Method::GET, "_matrix/client/v3/room_keys/version", None);
    let fetched = match fetch_recorded(s.net, KEY_BACKUP, request, &mut evidence).await {
        Ok(fetched) => fetched,
        Err(outcome) => return outcome,
    };
    if fetched.status == 404 {
        let m = Message::new("probe-matrix-key-backup-missing");
        return ProbeOutcome::new(KEY_BACKUP, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    }
    let json = match read_json(KEY_BACKUP, fetched, &evidence) {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let count = json.get("count").and_then(Value::as_u64).unwrap_or(0);
    evidence.fact("algorithm", json.get("algorithm").cloned().unwrap_or(Value::Null));
    evidence.fact("version", json.get("version").cloned().unwrap_or(Value::Null));
    evidence.fact("count", count);
    if count == 0 {
        let m = Message::new("probe-matrix-key-backup-empty");
        ProbeOutcome::new(KEY_BACKUP, ProbeStatus::Warn, m.clone()).remedy(m.remedy()).evidence(evidence)
    } else {
        ProbeOutcome::new(
            KEY_BACKUP,
            ProbeStatus::Pass,
            Message::new("probe-matrix-key-backup-pass").arg("count", count),
        )
        .evidence(evidence)
    }
}

/// A path segment: Matrix ids contain `@`, `:`, `!` and `#`.
pub(super) fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A JSON pointer segment (RFC 6901).
pub(super) fn pointer_escape(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    #[test]
    fn matrix_ids_are_encoded_as_path_segments() {
        assert_eq!(super::encode("@alice:localhost:8448"), "%40alice%3Alocalhost%3A8448");
        assert_eq!(super::encode("!room:x"), "%21room%3Ax");
    }
}
