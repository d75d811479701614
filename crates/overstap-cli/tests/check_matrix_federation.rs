//! `overstap check matrix`, federation part, against a server that is
//! broken on purpose (TLS on loopback, a CA made for this run): each way a
//! key document or the federation API can be wrong gives its own summary
//! and remedy. Key documents are signed by Synapse's own `signedjson`; the
//! broken ones are changed afterwards, as a proxy or a mistake would.
//! (Routes that need DNS records or ports 443/8448 are tested in the core,
//! `probe/federation/tests.rs`; a real Synapse in `check_matrix.rs`.)

mod common;

use std::sync::{Arc, Mutex};

use common::{json, overstap, result};
use overstap_testkit::ca::TestCa;
use overstap_testkit::matrix_keys::signed_key_document;
use overstap_testkit::server::{Reply, TestServer};
use serde_json::Value;

const FAR_FUTURE: i64 = 4_102_444_800_000; // 2100-01-01

/// What the server answers on the two federation endpoints.
#[derive(Clone)]
struct Answers {
    version: Reply,
    keys: Reply,
}

#[test]
fn each_broken_key_document_or_api_gets_its_own_explanation() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let ca = TestCa::new("Overstap Test CA");
    let answers = Arc::new(Mutex::new(Answers {
        version: Reply::json(r#"{"server":{"name":"Synapse","version":"1.2.3"}}"#),
        keys: Reply::status(404, "application/json", "{}"),
    }));
    let shared = answers.clone();
    let server = rt.block_on(TestServer::tls(&ca.leaf(&["localhost"]), move |_, path| {
        let answers = shared.lock().unwrap().clone();
        match path {
            "/_matrix/federation/v1/version" => answers.version,
            "/_matrix/key/v2/server" => answers.keys,
            _ => Reply::status(404, "application/json", r#"{"errcode":"M_UNRECOGNIZED"}"#),
        }
    }));
    let name = format!("localhost:{}", server.port());
    let dir = tempfile::tempdir().unwrap();
    let ca_file = dir.path().join("ca.pem");
    std::fs::write(&ca_file, &ca.cert_pem).unwrap();
    let data = dir.path().join("data");

    let set_keys = |doc: &Value| answers.lock().unwrap().keys = Reply::json(&doc.to_string());
    let federation = || {
        let out =
            overstap(&data, &["check", "matrix", "--matrix", &name, "--ca-file", ca_file.to_str().unwrap(), "--json"]);
        let r = result(&json(&out), "matrix.federation");
        assert_eq!(out.status.code(), Some(1), "{r}");
        r
    };
    let expect = |r: &Value, status: &str, summary: &str, remedy: &str| {
        assert_eq!(r["status"], status, "{r}");
        assert!(r["summary"].as_str().unwrap().contains(summary), "{r}");
        assert!(r["remedy"].as_str().unwrap_or_default().contains(remedy), "{r}");
    };
    let good: Value = serde_json::from_str(&signed_key_document(&name, FAR_FUTURE)).unwrap();

    // The version answers, but the keys are not passed on (a reverse proxy forwarding only /_matrix/federation).
    expect(&federation(), "fail", "does not publish its signing keys", "/_matrix/key");

    // A good document passes (exit 1 only for the other Matrix checks: this server is no homeserver).
    set_keys(&good);
    let r = federation();
    assert_eq!(r["status"], "pass", "{r}");
    assert_eq!(r["evidence"]["facts"]["key_ids"][0], "ed25519:test");

    // One character of the signature changed.
    let mut tampered = good.clone();
    let mut sig: Vec<char> = tampered["signatures"][&name]["ed25519:test"].as_str().unwrap().chars().collect();
    sig[10] = if sig[10] == 'A' { 'B' } else { 'A' };
    tampered["signatures"][&name]["ed25519:test"] = Value::String(sig.into_iter().collect());
    set_keys(&tampered);
    let r = federation();
    expect(&r, "fail", "not signed correctly", "fails the signature check for ed25519:test");
    assert!(r["summary"].as_str().unwrap().contains("cannot reach you"), "{r}");

    // A field changed after signing: the signature no longer covers it.
    let mut changed = good.clone();
    changed["z_note"] = Value::String("changed by a proxy".into());
    set_keys(&changed);
    expect(&federation(), "fail", "not signed correctly", "proxy");

    // Signed properly, but for a validity that has passed.
    set_keys(&serde_json::from_str(&signed_key_document(&name, 1_600_000_000_000)).unwrap());
    let r = federation();
    expect(&r, "fail", "valid only until 2020-09-13", "valid_until_ts");

    // Signed properly, by a server with another name.
    set_keys(&serde_json::from_str(&signed_key_document("other.example.nl", FAR_FUTURE)).unwrap());
    expect(&federation(), "fail", "says it is other.example.nl", "server_name other.example.nl");

    // No ed25519 key at all.
    let mut keyless = good.clone();
    keyless["verify_keys"] = serde_json::json!({});
    set_keys(&keyless);
    expect(&federation(), "fail", "publishes no signing key", "/_matrix/key/v2/server");

    // The federation listener is not exposed: the version endpoint is missing.
    answers.lock().unwrap().version = Reply::status(404, "text/html", "<html>Not Found</html>");
    let r = federation();
    expect(&r, "fail", "not as a Matrix server for other servers (HTTP 404)", "the resource federation");
    assert_eq!(r["evidence"]["failure"]["status"], 404);

    // In Dutch, for a person.
    let out = overstap(
        &data,
        &["check", "matrix", "--matrix", &name, "--ca-file", ca_file.to_str().unwrap(), "--lang", "nl"],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("matrix.federation") && text.contains("andere organisaties"), "{text}");
}
