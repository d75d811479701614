//! Matrix, once signed in: messages.
//!
//! - `matrix.first-message` (read only): has the person sent a message in a
//!   room of their own joining, other than Overstap's? The sender of an
//!   event is visible even in encrypted rooms, its text is not, and it is
//!   never read: only whether one exists, in which room, and when.
//! - `matrix.message-roundtrip` (writes, only when the person agreed to it
//!   for this run): makes a private room named in their language, sends a
//!   notice, reads it back from the timeline, then leaves and forgets the
//!   room, so nothing of Overstap's stays in their room list.

use std::time::Instant;

use overstap_net::{Method, NetFailure};
use serde_json::{json, Value};

use super::matrix_e2ee::{encode, Session};
use super::{fetch_json, fetch_recorded, read_json, Evidence, Message, ProbeOutcome, ProbeStatus};
use crate::i18n;
use crate::lang::Lang;

pub const FIRST_MESSAGE: &str = "matrix.first-message";
pub const MESSAGE_ROUNDTRIP: &str = "matrix.message-roundtrip";

/// Account data where older versions remembered their check room
/// (kept for good then); such a room is no team room.
const OLD_CHECK_ROOM_DATA: &str = "nl.overstap.check_room";

/// A field in the content of Overstap's own notices: they never count as the person's message.
const OVERSTAP_MARK: &str = "nl.overstap.check";

/// Rooms looked into, at most: a person with hundreds of rooms has written somewhere among the first.
const MAX_ROOMS: usize = 40;

/// Has the person sent a message in a room other than Overstap's?
pub async fn first_message(s: &Session<'_>) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let joined = s.request(Method::GET, "_matrix/client/v3/joined_rooms", None);
    let joined = match fetch_json(s.net, FIRST_MESSAGE, joined, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let old_check_room = match old_check_room(s).await {
        Ok(room) => room,
        Err(failure) => return ProbeOutcome::from_failure(FIRST_MESSAGE, failure, evidence),
    };
    let rooms: Vec<String> = joined
        .get("joined_rooms")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|room| Some(*room) != old_check_room.as_deref())
        .map(str::to_owned)
        .collect();
    evidence.fact("rooms_joined", rooms.len());
    if rooms.is_empty() {
        let m = Message::new("probe-matrix-first-message-no-room");
        return ProbeOutcome::new(FIRST_MESSAGE, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    }
    let filter = json!({ "senders": [s.user_id], "types": ["m.room.message", "m.room.encrypted"] }).to_string();
    let looked_at = rooms.len().min(MAX_ROOMS);
    evidence.fact("rooms_looked_at", looked_at);
    for room in rooms.iter().take(MAX_ROOMS) {
        let path =
            format!("_matrix/client/v3/rooms/{}/messages?dir=b&limit=20&filter={}", encode(room), encode(&filter));
        let timeline = match fetch_json(s.net, FIRST_MESSAGE, s.request(Method::GET, &path, None), &mut evidence).await
        {
            Ok(json) => json,
            Err(outcome) => return outcome,
        };
        let Some(sent) =
            timeline.get("chunk").and_then(Value::as_array).into_iter().flatten().find(|e| by_person(e, s))
        else {
            continue;
        };
        let name = room_name(s, room).await.unwrap_or_else(|| room.clone());
        evidence.fact("room_id", room.as_str());
        evidence.fact("room_name", name.as_str());
        evidence.fact("sent_ts", sent.get("origin_server_ts").cloned().unwrap_or(Value::Null));
        return ProbeOutcome::new(
            FIRST_MESSAGE,
            ProbeStatus::Pass,
            Message::new("probe-matrix-first-message-pass").arg("room", name),
        )
        .evidence(evidence);
    }
    let m = Message::new("probe-matrix-first-message-none").arg("count", looked_at);
    ProbeOutcome::new(FIRST_MESSAGE, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
}

/// A message event the person sent (plain or encrypted), not one of Overstap's notices.
fn by_person(event: &Value, s: &Session<'_>) -> bool {
    let kind = event.get("type").and_then(Value::as_str);
    event.get("sender").and_then(Value::as_str) == Some(s.user_id)
        && matches!(kind, Some("m.room.message" | "m.room.encrypted"))
        && event.pointer(&format!("/content/{OVERSTAP_MARK}")).is_none()
}

/// The room's name, when it has one (state is not encrypted).
async fn room_name(s: &Session<'_>, room: &str) -> Option<String> {
    let path = format!("_matrix/client/v3/rooms/{}/state/m.room.name/", encode(room));
    let fetched = s.call(Method::GET, &path, None).await.ok()?.ensure_success().ok()?;
    let name = fetched.json::<Value>().ok()?.get("name")?.as_str()?.trim().to_owned();
    (!name.is_empty()).then_some(name)
}

/// The room an older version remembered in account data, if any.
async fn old_check_room(s: &Session<'_>) -> Result<Option<String>, NetFailure> {
    let path = format!("_matrix/client/v3/user/{}/account_data/{OLD_CHECK_ROOM_DATA}", s.user_path());
    let remembered = s.call(Method::GET, &path, None).await?;
    if remembered.status == 404 {
        return Ok(None);
    }
    let json = remembered.ensure_success()?.json::<Value>()?;
    Ok(json.get("room_id").and_then(Value::as_str).map(str::to_owned))
}

/// Sends a message to a room made for it and reads it back; the room is
/// left and forgotten afterwards, whatever happened.
pub async fn message_roundtrip(s: &Session<'_>, lang: Lang) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    // A room an older version kept for good goes now, with the person's consent to this check.
    if let Ok(Some(old)) = old_check_room(s).await {
        let forgotten = leave_and_forget(s, &old).await.is_ok();
        if forgotten {
            let path = format!("_matrix/client/v3/user/{}/account_data/{OLD_CHECK_ROOM_DATA}", s.user_path());
            let _ = s.call(Method::PUT, &path, Some(json!({}))).await;
        }
        evidence.fact("old_room_removed", forgotten);
    }
    let create = s.request(
        Method::POST,
        "_matrix/client/v3/createRoom",
        Some(json!({
            "preset": "private_chat",
            "name": i18n::tr(lang, "matrix-check-room-name", &[]),
            "topic": i18n::tr(lang, "matrix-check-room-topic", &[]),
            "creation_content": { "m.federate": false },
        })),
    );
    let created = match fetch_json(s.net, MESSAGE_ROUNDTRIP, create, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let Some(room) = created.get("room_id").and_then(Value::as_str).map(str::to_owned) else {
        let m = Message::new("probe-matrix-roundtrip-lost");
        return ProbeOutcome::new(MESSAGE_ROUNDTRIP, ProbeStatus::Fail, m.clone())
            .remedy(m.remedy())
            .evidence(evidence);
    };
    let mut outcome = send_and_read(s, &room, &mut evidence).await;
    // Whatever the round trip found, the room goes: the person never asked for it to stay.
    let left = leave_and_forget(s, &room).await;
    evidence.fact("room_left", left.is_ok());
    evidence.failure = outcome.evidence.failure.take();
    outcome.evidence(evidence)
}

async fn send_and_read(s: &Session<'_>, room: &str, evidence: &mut Evidence) -> ProbeOutcome {
    let started = Instant::now();
    let txn = format!(
        "overstap-{}",
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
    );
    let body_text = format!("Overstap check {txn}");
    let send_path = format!("_matrix/client/v3/rooms/{}/send/m.room.message/{txn}", encode(room));
    let content = json!({ "msgtype": "m.notice", "body": body_text, OVERSTAP_MARK: true });
    let sent =
        match fetch_json(s.net, MESSAGE_ROUNDTRIP, s.request(Method::PUT, &send_path, Some(content)), evidence).await {
            Ok(json) => json,
            Err(outcome) => return outcome,
        };
    let event_id = sent.get("event_id").and_then(Value::as_str).unwrap_or_default().to_owned();
    // Read it back the way a client shows it: from the room's timeline.
    let read_path = format!("_matrix/client/v3/rooms/{}/messages?dir=b&limit=10", encode(room));
    let read = match fetch_recorded(s.net, MESSAGE_ROUNDTRIP, s.request(Method::GET, &read_path, None), evidence).await
    {
        Ok(fetched) => fetched,
        Err(outcome) => return outcome,
    };
    let timeline = match read_json(MESSAGE_ROUNDTRIP, read, evidence) {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let arrived = timeline.get("chunk").and_then(Value::as_array).is_some_and(|events| {
        events.iter().any(|e| {
            e.get("event_id").and_then(Value::as_str) == Some(event_id.as_str())
                && e.pointer("/content/body").and_then(Value::as_str) == Some(body_text.as_str())
        })
    });
    let millis = started.elapsed().as_millis();
    evidence.fact("room_id", room);
    evidence.fact("event_id", event_id);
    evidence.fact("round_trip_ms", u64::try_from(millis).unwrap_or(u64::MAX));
    if arrived {
        ProbeOutcome::new(
            MESSAGE_ROUNDTRIP,
            ProbeStatus::Pass,
            Message::new("probe-matrix-roundtrip-pass").arg("ms", millis),
        )
    } else {
        let m = Message::new("probe-matrix-roundtrip-lost");
        ProbeOutcome::new(MESSAGE_ROUNDTRIP, ProbeStatus::Fail, m.clone()).remedy(m.remedy())
    }
}

/// Leaves a room and forgets it, so it is gone from every room list.
async fn leave_and_forget(s: &Session<'_>, room: &str) -> Result<(), NetFailure> {
    for step in ["leave", "forget"] {
        let path = format!("_matrix/client/v3/rooms/{}/{step}", encode(room));
        s.call(Method::POST, &path, Some(json!({}))).await?.ensure_success()?;
    }
    Ok(())
}
