//! `overstap check matrix` against a real Synapse on loopback (TLS with a
//! CA made for this run): found, sign-in methods, signed in, reachable by
//! other servers (federation: version, signed keys); the check
//! steps follow the results; a failure says exactly why; the access token
//! never reaches the database or the logs.

mod common;

use common::{json, overstap, result, step_state};

use std::path::Path;

use overstap_net::{Limits, NetClient, Request, Url};
use overstap_testkit::ca::TestCa;
use overstap_testkit::synapse::Synapse;
use serde_json::Value;

/// Signs in with a password the way a client does, for an access token.
fn login(synapse: &Synapse, user: &str, password: &str) -> String {
    let body = serde_json::json!({"type": "m.login.password", "identifier": {"type": "m.id.user", "user": user}, "password": password});
    let v = call(synapse, None, overstap_net::Method::POST, "/_matrix/client/v3/login", body);
    v["access_token"].as_str().expect("token").to_owned()
}

/// A client-server API call, as a client makes it (signed in when a token is given).
fn call(synapse: &Synapse, token: Option<&str>, method: overstap_net::Method, path: &str, body: Value) -> Value {
    let ca = std::fs::read(&synapse.ca_pem_path).unwrap();
    let net = NetClient::new(Limits::default(), Some(&ca)).unwrap();
    let mut request = Request::get(Url::parse(&format!("{}{path}", synapse.base_url)).unwrap())
        .header("content-type", "application/json");
    if let Some(token) = token {
        request = request.header("authorization", &format!("Bearer {token}"));
    }
    request.method = method;
    request.body = Some(body.to_string().into_bytes());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(net.fetch(request)).unwrap().ensure_success().unwrap_or_else(|e| panic!("{path}: {e}")).json().unwrap()
}

/// Does what Element does on a new device (`tests/servers/element_like.py`):
/// signs in as `name`, uploads its keys, with `flags` sets up cross-signing
/// and verifies the device. Returns the device's token and id.
fn element(synapse: &Synapse, user: &str, password: &str, name: &str, flags: &[&str]) -> (String, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/servers/element_like.py");
    let out = std::process::Command::new(overstap_testkit::synapse::venv().join("bin/python"))
        .arg(script)
        .args(["sign-in", &synapse.base_url, user, password, name])
        .args(flags)
        .env("REQUESTS_CA_BUNDLE", &synapse.ca_pem_path)
        .output()
        .unwrap();
    assert!(out.status.success(), "element_like.py: {}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    (v["access_token"].as_str().unwrap().to_owned(), v["device_id"].as_str().unwrap().to_owned())
}

/// A room id as one path segment.
fn room_path(room: &str) -> String {
    room.replace('!', "%21").replace(':', "%3A")
}

#[test]
fn matrix_checks_against_a_real_synapse() {
    let ca = TestCa::new("Overstap Test CA");
    let synapse = Synapse::start(&ca);
    synapse.register("alice", "correct horse battery staple");
    let token = login(&synapse, "alice", "correct horse battery staple");
    let ca_file = synapse.ca_pem_path.to_str().unwrap().to_owned();
    let data = tempfile::tempdir().unwrap();
    let d = data.path();

    // 1. This computer does not trust the server's CA: a precise failure, nothing marked.
    let out = overstap(d, &["check", "matrix", "--matrix", &synapse.server_name, "--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out);
    let discovery = result(&v, "matrix.discovery");
    assert_eq!(discovery["status"], "fail");
    assert_eq!(discovery["evidence"]["failure"]["kind"], "tls_unknown_ca", "{discovery}");
    assert!(discovery["remedy"].as_str().unwrap().contains("root certificate"), "{discovery}");
    assert!(discovery["evidence"]["failure"]["certificates"][0]["issuer"]
        .as_str()
        .unwrap()
        .contains("Overstap Test CA"));
    assert_eq!(result(&v, "matrix.login-flows")["status"], "skipped");
    assert_eq!(step_state(d, "matrix", "find-server"), "todo");
    // Federation does not wait for discovery, and meets the same certificate.
    let federation = result(&v, "matrix.federation");
    assert_eq!(federation["evidence"]["failure"]["kind"], "tls_unknown_ca", "{federation}");

    // 2. With the organisation's CA and a token: found, sign-in methods, signed in.
    let check_signed_in = || {
        overstap(
            d,
            &[
                "check",
                "matrix",
                "--matrix",
                &synapse.server_name,
                "--ca-file",
                &ca_file,
                "--matrix-token",
                &token,
                "--json",
            ],
        )
    };
    let out = check_signed_in();
    let v = json(&out);
    // Exit 1: a fresh account has no encryption keys set up yet (below).
    assert_eq!(out.status.code(), Some(1), "{v}");
    let discovery = result(&v, "matrix.discovery");
    assert_eq!(discovery["status"], "pass", "{discovery}");
    assert_eq!(discovery["evidence"]["facts"]["homeserver"], format!("{}/", synapse.base_url));
    assert!(!discovery["evidence"]["facts"]["versions"].as_array().unwrap().is_empty());
    let first_request = &discovery["evidence"]["requests"][0];
    assert!(first_request["url"].as_str().unwrap().ends_with("/.well-known/matrix/client"));
    assert_eq!(first_request["certificate"]["issuer"].as_str().map(|s| s.contains("Overstap Test CA")), Some(true));
    // Synapse out of the box offers passwords, not an organisation sign-in: a caveat.
    let flows = result(&v, "matrix.login-flows");
    assert_eq!(flows["status"], "warn", "{flows}");
    assert!(flows["evidence"]["facts"]["flows"].as_array().unwrap().iter().any(|f| f == "m.login.password"));
    let signed_in = result(&v, "matrix.signed-in");
    assert_eq!(signed_in["status"], "pass", "{signed_in}");
    assert!(signed_in["summary"].as_str().unwrap().contains(&format!("@alice:{}", synapse.server_name)));

    // Other servers reach it: the server name (an explicit port: no
    // well-known, no SRV), Synapse's version, its signed ed25519 key.
    let federation = result(&v, "matrix.federation");
    assert_eq!(federation["status"], "pass", "{federation}");
    let facts = &federation["evidence"]["facts"];
    assert_eq!(facts["server_name"], synapse.server_name);
    assert_eq!(facts["connect_to"][0], synapse.server_name);
    assert_eq!(facts["server_software"], "Synapse");
    assert!(facts["server_version"].as_str().unwrap().starts_with('1'), "{facts}");
    assert!(facts["key_ids"][0].as_str().unwrap().starts_with("ed25519:"), "{facts}");
    assert!(federation["summary"].as_str().unwrap().contains("Synapse"), "{federation}");
    let keys = federation["evidence"]["requests"].as_array().unwrap().last().unwrap().clone();
    assert!(keys["url"].as_str().unwrap().ends_with("/_matrix/key/v2/server"), "{keys}");
    assert!(keys["certificate"]["names"].as_array().unwrap().iter().any(|n| n == "localhost"), "{keys}");
    assert_eq!(step_state(d, "matrix", "federation"), "done");

    // The check steps follow, with the evidence linked in their history.
    assert_eq!(step_state(d, "matrix", "find-server"), "done");
    assert_eq!(step_state(d, "matrix", "signed-in"), "done");
    let report = json(&overstap(d, &["export", "--format", "json"]));
    let matrix = report["checklists"].as_array().unwrap().iter().find(|c| c["id"] == "matrix").unwrap().clone();
    let find_server = matrix["steps"].as_array().unwrap().iter().find(|s| s["id"] == "find-server").unwrap().clone();
    assert_eq!(find_server["history"][0]["source"], "probe");
    assert!(find_server["history"][0]["probe_result"].as_i64().is_some());

    // Signed in, but nothing of Element's yet: no device besides Overstap's,
    // no encryption keys, no room. Nothing is sent without being asked.
    // (Registering made a device without a name: perhaps one renamed, so a
    // caveat the person may judge; Overstap's own device is not counted.)
    let element_device = result(&v, "matrix.element-device");
    assert_eq!(element_device["status"], "warn", "Overstap's own device is not Element: {element_device}");
    assert_eq!(element_device["summary"], "Your other device is not named like Element.", "one device: singular");
    assert_eq!(step_state(d, "matrix", "sign-in-element"), "todo");
    let verified = result(&v, "matrix.session-verified");
    assert_eq!(verified["status"], "fail", "a fresh account has no cross-signing keys: {verified}");
    assert_eq!(verified["evidence"]["facts"]["master_key"], false);
    assert!(verified["remedy"].as_str().unwrap().contains("Element"), "{verified}");
    assert_eq!(result(&v, "matrix.key-backup")["status"], "fail");
    let first = result(&v, "matrix.first-message");
    assert_eq!(
        (first["status"].as_str(), first["evidence"]["facts"]["rooms_joined"].as_u64()),
        (Some("fail"), Some(0))
    );
    assert!(v["check"]["results"].as_array().unwrap().iter().all(|r| r["probe"] != "matrix.message-roundtrip"));
    assert_eq!(step_state(d, "matrix", "verify-session"), "todo");

    // Element signs in (no encryption set up yet): the device is seen, not verified.
    let password = "correct horse battery staple";
    let (element_token, element_id) = element(&synapse, "alice", password, "Element Desktop: Linux", &[]);
    let v = json(&check_signed_in());
    let element_device = result(&v, "matrix.element-device");
    assert_eq!(element_device["status"], "pass", "{element_device}");
    assert!(element_device["summary"].as_str().unwrap().contains(&format!("Element Desktop: Linux ({element_id})")));
    assert_eq!(step_state(d, "matrix", "sign-in-element"), "done");
    let verified = result(&v, "matrix.session-verified");
    assert_eq!(
        (verified["status"].as_str(), verified["evidence"]["facts"]["master_key"].as_bool()),
        (Some("fail"), Some(false))
    );

    // Cross-signing set up from a device that Overstap then uses: its own
    // verified device proves nothing about Element.
    let (overstap_token, _) = element(&synapse, "alice", password, "Overstap", &["--cross-sign", "--verify"]);
    let args =
        ["check", "matrix", "--matrix", &synapse.server_name, "--ca-file", &ca_file, "--matrix-token", &overstap_token];
    let v = json(&overstap(d, &[&args[..], &["--json"]].concat()));
    let verified = result(&v, "matrix.session-verified");
    assert_eq!(verified["status"], "fail", "{verified}");
    assert!(
        verified["summary"].as_str().unwrap().contains(&element_id),
        "the unverified devices are named: {verified}"
    );
    let devices = verified["evidence"]["facts"]["devices"].as_array().unwrap();
    assert!(devices.iter().all(|d| d["verified"] == false && d["name"] != "Overstap"), "{devices:?}");

    // Element verifies its device ("Verify this device"): proved, and the step says by whom.
    let (_, web_id) =
        element(&synapse, "alice", password, "app.element.io: Firefox on Linux", &["--cross-sign", "--verify"]);
    let v = json(&check_signed_in());
    let verified = result(&v, "matrix.session-verified");
    assert_eq!(verified["status"], "pass", "{verified}");
    assert!(verified["summary"].as_str().unwrap().contains(&web_id), "{verified}");
    assert_eq!(step_state(d, "matrix", "verify-session"), "done");
    let report = json(&overstap(d, &["export", "--format", "json"]));
    let step = |id: &str| {
        let matrix = report["checklists"].as_array().unwrap().iter().find(|c| c["id"] == "matrix").unwrap();
        matrix["steps"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap().clone()
    };
    let verify_session = step("verify-session");
    assert_eq!(verify_session["proof"], "checked", "{verify_session}");
    assert!(verify_session["checked"]["summary"].as_str().unwrap().contains(&web_id), "{verify_session}");
    let show = String::from_utf8_lossy(&overstap(d, &["show", "matrix"]).stdout).into_owned();
    assert!(show.contains("Checked by Overstap") && show.contains(&web_id), "{show}");

    // An older Overstap's check room (remembered in account data) with its
    // notice, and a team room with nothing from the person: no first message yet.
    let old_room = call(
        &synapse,
        Some(&token),
        overstap_net::Method::POST,
        "/_matrix/client/v3/createRoom",
        serde_json::json!({"name": "Overstap check"}),
    )["room_id"]
        .as_str()
        .unwrap()
        .to_owned();
    call(
        &synapse,
        Some(&token),
        overstap_net::Method::PUT,
        &format!("/_matrix/client/v3/rooms/{}/send/m.room.message/old1", room_path(&old_room)),
        serde_json::json!({"msgtype": "m.notice", "body": "Overstap check overstap-1"}),
    );
    call(
        &synapse,
        Some(&token),
        overstap_net::Method::PUT,
        &format!(
            "/_matrix/client/v3/user/{}/account_data/nl.overstap.check_room",
            room_path(&format!("@alice:{}", synapse.server_name)).replace('@', "%40")
        ),
        serde_json::json!({"room_id": old_room}),
    );
    let team = call(
        &synapse,
        Some(&element_token),
        overstap_net::Method::POST,
        "/_matrix/client/v3/createRoom",
        serde_json::json!({"name": "Team Digitaal"}),
    )["room_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let v = json(&check_signed_in());
    let first = result(&v, "matrix.first-message");
    assert_eq!(first["status"], "fail", "{first}");
    assert_eq!(first["evidence"]["facts"]["rooms_joined"], 1, "the old check room is no team room: {first}");
    // The person writes in the team room from Element (encrypted rooms show the sender too).
    call(
        &synapse,
        Some(&element_token),
        overstap_net::Method::PUT,
        &format!("/_matrix/client/v3/rooms/{}/send/m.room.encrypted/first", room_path(&team)),
        serde_json::json!({"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEnAc", "device_id": element_id, "sender_key": "c2VuZGVy", "session_id": "c2Vzc2lvbg"}),
    );
    let v = json(&check_signed_in());
    let first = result(&v, "matrix.first-message");
    assert_eq!(first["status"], "pass", "{first}");
    assert!(first["summary"].as_str().unwrap().contains("Team Digitaal"), "{first}");
    assert_eq!(step_state(d, "matrix", "first-message"), "done");

    // The test message, only when asked for: a room named in the person's
    // language, left and forgotten afterwards, the old check room with it.
    let out = overstap(
        d,
        &[
            "check",
            "matrix",
            "--matrix",
            &synapse.server_name,
            "--ca-file",
            &ca_file,
            "--matrix-token",
            &token,
            "--send-test-message",
            "--lang",
            "nl",
            "--json",
        ],
    );
    let v = json(&out);
    let roundtrip = result(&v, "matrix.message-roundtrip");
    assert_eq!(roundtrip["status"], "pass", "{roundtrip}");
    let facts = &roundtrip["evidence"]["facts"];
    assert_eq!(
        (facts["room_left"].as_bool(), facts["old_room_removed"].as_bool()),
        (Some(true), Some(true)),
        "{roundtrip}"
    );
    let joined =
        call(&synapse, Some(&token), overstap_net::Method::GET, "/_matrix/client/v3/joined_rooms", Value::Null);
    assert_eq!(joined["joined_rooms"], serde_json::json!([team]), "nothing of Overstap's is left in the room list");
    assert_eq!(
        result(&v, "matrix.first-message")["status"],
        "pass",
        "Overstap's own message never counts, and here is no other reason to fail"
    );

    // A key backup appears, first empty (a caveat), then holding a key: the
    // server holds it, which the check proves; that the recovery key is
    // stored, only the person can confirm.
    let version = call(
        &synapse,
        Some(&token),
        overstap_net::Method::POST,
        "/_matrix/client/v3/room_keys/version",
        serde_json::json!({
            "algorithm": "m.megolm_backup.v1.curve25519-aes-sha2",
            "auth_data": {"public_key": "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo"}
        }),
    )["version"]
        .as_str()
        .unwrap()
        .to_owned();
    let v = json(&check_signed_in());
    assert_eq!(result(&v, "matrix.key-backup")["status"], "warn");
    let early = overstap(d, &["step", "matrix/key-backup", "done"]);
    assert_ne!(early.status.code(), Some(0), "not before the check passes");
    assert!(
        String::from_utf8_lossy(&early.stderr).contains("you confirm the rest"),
        "{}",
        String::from_utf8_lossy(&early.stderr)
    );
    call(
        &synapse,
        Some(&token),
        overstap_net::Method::PUT,
        &format!("/_matrix/client/v3/room_keys/keys/{}/session1?version={version}", room_path(&team)),
        serde_json::json!({
            "first_message_index": 0, "forwarded_count": 0, "is_verified": true,
            "session_data": {"ephemeral": "base64+ephemeral+key", "ciphertext": "base64+ciphertext+of+JSON+data", "mac": "base64+mac+of+ciphertext"}
        }),
    );
    let v = json(&check_signed_in());
    let backup = result(&v, "matrix.key-backup");
    assert_eq!(
        (backup["status"].as_str(), backup["evidence"]["facts"]["count"].as_u64()),
        (Some("pass"), Some(1)),
        "{backup}"
    );
    assert_eq!(step_state(d, "matrix", "key-backup"), "todo", "the check alone does not finish it");
    let show = String::from_utf8_lossy(&overstap(d, &["show", "matrix"]).stdout).into_owned();
    assert!(show.contains("overstap step matrix/key-backup done") && show.contains("recovery key"), "{show}");
    let confirmed = json(&overstap(d, &["step", "matrix/key-backup", "done", "--json"]));
    assert_eq!(confirmed["change"]["proof"], "checked-and-confirmed", "{confirmed}");
    let progress = json(&overstap(d, &["progress", "--json"]));
    assert!(progress["progress"]["done_checked_steps"].as_u64().unwrap() >= 5, "{progress}");

    // 3. The sign-in stops working: the step goes back, and the person learns why.
    let out = overstap(
        d,
        &[
            "check",
            "matrix",
            "--matrix",
            &synapse.server_name,
            "--ca-file",
            &ca_file,
            "--matrix-token",
            "syt_not_a_valid_token",
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(result(&v, "matrix.signed-in")["status"], "fail");
    assert_eq!(result(&v, "matrix.signed-in")["changed_steps"][0], "matrix/signed-in");
    assert_eq!(result(&v, "matrix.first-message")["status"], "skipped", "nothing is read without a valid sign-in");
    assert_eq!(step_state(d, "matrix", "signed-in"), "todo");

    // 4. Given the homeserver address directly, with no well-known lookup, it is found too.
    let out = overstap(d, &["check", "matrix", "--matrix", &synapse.base_url, "--ca-file", &ca_file, "--json"]);
    assert_eq!(result(&json(&out), "matrix.discovery")["status"], "pass");
    // An address is no server name, and nobody is signed in to tell it: federation is not checked.
    assert_eq!(result(&json(&out), "matrix.federation")["status"], "skipped");

    // An address the person gives wins over the work address's domain (which
    // here does not even resolve): the token goes nowhere else.
    let out = overstap(
        d,
        &[
            "check",
            "matrix",
            "--email",
            "alice@no-such-domain.invalid",
            "--matrix",
            &synapse.base_url,
            "--ca-file",
            &ca_file,
            "--matrix-token",
            &token,
            "--json",
        ],
    );
    let v = json(&out);
    assert_eq!(result(&v, "matrix.discovery")["status"], "pass", "{v}");
    assert_eq!(result(&v, "matrix.signed-in")["status"], "pass");
    // Signed in, the server name is the one in the user id.
    let federation = result(&v, "matrix.federation");
    assert_eq!(
        (federation["status"].as_str(), federation["evidence"]["facts"]["server_name"].as_str()),
        (Some("pass"), Some(synapse.server_name.as_str())),
        "{federation}"
    );

    // 5. The token never reaches the database or the logs.
    for entry in walk(d) {
        let bytes = std::fs::read(&entry).unwrap();
        assert!(!contains(&bytes, token.as_bytes()), "token found in {}", entry.display());
    }

    // Human output in Dutch, for a person.
    let out =
        overstap(d, &["check", "matrix", "--matrix", &synapse.server_name, "--ca-file", &ca_file, "--lang", "nl"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("chatserver") && text.contains("controles"), "{text}");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p))
        } else {
            out.push(p)
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
