//! Matrix, once signed in: are the person's encryption keys safe (cross-
//! signing set up, key backup present and filled), and does a message
//! really arrive. Element hides all three behind one "verify this session"
//! prompt; each gets its own answer here.
//!
//! The round trip writes: it sends a notice to a private room of the
//! person's own ("Overstap check"), made once and remembered in the
//! account's data, then reads it back from the room's timeline.

use std::time::Instant;

use overstap_net::{Method, NetClient, NetFailure, Request, Url};
use serde_json::{json, Value};

use super::{fetch_json, fetch_recorded, join, read_json, Evidence, Message, ProbeOutcome, ProbeStatus};

pub const CROSS_SIGNING: &str = "matrix.cross-signing";
pub const KEY_BACKUP: &str = "matrix.key-backup";
pub const MESSAGE_ROUNDTRIP: &str = "matrix.message-roundtrip";

/// Account data type where the check room's id is remembered.
const CHECK_ROOM_DATA: &str = "nl.overstap.check_room";

/// A signed-in session: the homeserver, the user and the token.
pub struct Session<'a> {
    pub net: &'a NetClient,
    pub base: &'a Url,
    pub user_id: &'a str,
    pub token: &'a str,
}

impl Session<'_> {
    /// A request to the homeserver as this person (JSON body, if any).
    fn request(&self, method: Method, path: &str, body: Option<Value>) -> Request {
        let request = match body {
            Some(body) => Request::post(join(self.base, path), "application/json", body.to_string()).method(method),
            None => Request::get(join(self.base, path)).method(method),
        };
        request.header("authorization", &format!("Bearer {}", self.token))
    }

    async fn call(&self, method: Method, path: &str, body: Option<Value>) -> Result<overstap_net::Fetched, NetFailure> {
        self.net.fetch(self.request(method, path, body)).await
    }

    fn user_path(&self) -> String {
        encode(self.user_id)
    }
}

pub async fn cross_signing(s: &Session<'_>) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let body = json!({ "device_keys": { s.user_id: [] } });
    let request = s.request(Method::POST, "_matrix/client/v3/keys/query", Some(body));
    let json = match fetch_json(s.net, CROSS_SIGNING, request, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let has = |section: &str| json.get(section).and_then(|m| m.get(s.user_id)).is_some();
    let (master, self_signing, user_signing) = (has("master_keys"), has("self_signing_keys"), has("user_signing_keys"));
    evidence.fact("master_key", master);
    evidence.fact("self_signing_key", self_signing);
    evidence.fact("user_signing_key", user_signing);
    let devices = json
        .pointer(&format!("/device_keys/{}", pointer_escape(s.user_id)))
        .and_then(Value::as_object)
        .map_or(0, |m| m.len());
    evidence.fact("devices_with_keys", devices);
    if master && self_signing && user_signing {
        ProbeOutcome::new(CROSS_SIGNING, ProbeStatus::Pass, Message::new("probe-matrix-cross-signing-pass"))
            .evidence(evidence)
    } else {
        let m = Message::new("probe-matrix-cross-signing-missing");
        ProbeOutcome::new(CROSS_SIGNING, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
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

pub async fn message_roundtrip(s: &Session<'_>) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let fail = |failure, evidence| ProbeOutcome::from_failure(MESSAGE_ROUNDTRIP, failure, evidence);
    let room = match check_room(s, &mut evidence).await {
        Ok(room) => room,
        Err(failure) => return fail(failure, evidence),
    };
    let started = Instant::now();
    let txn = format!(
        "overstap-{}",
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
    );
    let body_text = format!("Overstap check {txn}");
    let send_path = format!("_matrix/client/v3/rooms/{}/send/m.room.message/{txn}", encode(&room));
    let sent = match s.call(Method::PUT, &send_path, Some(json!({ "msgtype": "m.notice", "body": body_text }))).await {
        Ok(f) => f,
        Err(failure) => return fail(failure, evidence),
    };
    evidence.request(&sent);
    let event_id = match sent.ensure_success().and_then(|f| f.json::<Value>()) {
        Ok(j) => j.get("event_id").and_then(Value::as_str).unwrap_or_default().to_owned(),
        Err(failure) => return fail(failure, evidence),
    };
    // Read it back the way a client shows it: from the room's timeline.
    let read = match s
        .call(Method::GET, &format!("_matrix/client/v3/rooms/{}/messages?dir=b&limit=10", encode(&room)), None)
        .await
    {
        Ok(f) => f,
        Err(failure) => return fail(failure, evidence),
    };
    evidence.request(&read);
    let timeline = match read.ensure_success().and_then(|f| f.json::<Value>()) {
        Ok(j) => j,
        Err(failure) => return fail(failure, evidence),
    };
    let arrived = timeline.get("chunk").and_then(Value::as_array).is_some_and(|events| {
        events.iter().any(|e| {
            e.get("event_id").and_then(Value::as_str) == Some(event_id.as_str())
                && e.pointer("/content/body").and_then(Value::as_str) == Some(body_text.as_str())
        })
    });
    let millis = started.elapsed().as_millis();
    evidence.fact("room_id", room.clone());
    evidence.fact("event_id", event_id);
    evidence.fact("round_trip_ms", u64::try_from(millis).unwrap_or(u64::MAX));
    if arrived {
        ProbeOutcome::new(
            MESSAGE_ROUNDTRIP,
            ProbeStatus::Pass,
            Message::new("probe-matrix-roundtrip-pass").arg("ms", millis),
        )
        .evidence(evidence)
    } else {
        let m = Message::new("probe-matrix-roundtrip-lost");
        ProbeOutcome::new(MESSAGE_ROUNDTRIP, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
    }
}

/// The person's own check room: remembered in account data, made once.
async fn check_room(s: &Session<'_>, evidence: &mut Evidence) -> Result<String, NetFailure> {
    let data_path = format!("_matrix/client/v3/user/{}/account_data/{CHECK_ROOM_DATA}", s.user_path());
    let remembered = s.call(Method::GET, &data_path, None).await?;
    evidence.request(&remembered);
    // Any answer but "not found" is a real problem, not a reason to make another room.
    if remembered.status != 404 {
        remembered.clone().ensure_success()?;
    }
    if remembered.status == 200 {
        if let Some(room) = remembered.json::<Value>()?.get("room_id").and_then(Value::as_str) {
            // Still joined? (The person may have left it.)
            let joined =
                s.call(Method::GET, "_matrix/client/v3/joined_rooms", None).await?.ensure_success()?.json::<Value>()?;
            if joined.get("joined_rooms").and_then(Value::as_array).is_some_and(|r| r.iter().any(|x| x == room)) {
                return Ok(room.to_owned());
            }
        }
    }
    let created = s
        .call(
            Method::POST,
            "_matrix/client/v3/createRoom",
            Some(json!({
                "preset": "private_chat",
                "name": "Overstap check",
                "topic": "Overstap sends a test message here to prove that messages arrive. You can leave this room.",
            })),
        )
        .await?;
    evidence.request(&created);
    let room = created
        .ensure_success()?
        .json::<Value>()?
        .get("room_id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    s.call(Method::PUT, &data_path, Some(json!({ "room_id": room }))).await?.ensure_success()?;
    Ok(room)
}

/// A path segment: Matrix ids contain `@`, `:`, `!` and `#`.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A JSON pointer segment (RFC 6901).
fn pointer_escape(s: &str) -> String {
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
