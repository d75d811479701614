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

    // Signed in: encryption keys and "did it arrive".
    let cross = result(&v, "matrix.cross-signing");
    assert_eq!(cross["status"], "fail", "a fresh account has no cross-signing keys: {cross}");
    assert!(cross["remedy"].as_str().unwrap().contains("Settings > Encryption"));
    assert_eq!(result(&v, "matrix.key-backup")["status"], "fail");
    let roundtrip = result(&v, "matrix.message-roundtrip");
    assert_eq!(roundtrip["status"], "pass", "{roundtrip}");
    let room = roundtrip["evidence"]["facts"]["room_id"].as_str().unwrap().to_owned();

    // A key backup appears, first empty (a caveat), then holding a key (works).
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
    call(
        &synapse,
        Some(&token),
        overstap_net::Method::PUT,
        &format!(
            "/_matrix/client/v3/room_keys/keys/{}/session1?version={version}",
            room.replace('!', "%21").replace(':', "%3A")
        ),
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
    // The second round trip reuses the person's check room.
    assert_eq!(result(&v, "matrix.message-roundtrip")["evidence"]["facts"]["room_id"], room);

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
    assert_eq!(result(&v, "matrix.message-roundtrip")["status"], "skipped", "nothing is sent without a valid sign-in");
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
