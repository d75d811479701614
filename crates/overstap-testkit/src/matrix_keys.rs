//! Matrix key documents (`/_matrix/key/v2/server`) signed by `signedjson`,
//! the library Synapse itself signs with (from `.venv`): an independent
//! implementation of canonical JSON and ed25519 signing, so tests compare
//! Overstap's verifier against the reference, not against itself.

use std::process::Command;

use crate::synapse::venv;

/// Builds the key document of `server_name`, valid until `valid_until_ts`
/// (Unix ms), with one fresh ed25519 key `ed25519:test`, signed by it.
/// Tests change the returned JSON to make it broken.
pub fn signed_key_document(server_name: &str, valid_until_ts: i64) -> String {
    const SCRIPT: &str = r#"
import json, sys
import signedjson.key, signedjson.sign
server_name, valid_until_ts = sys.argv[1], int(sys.argv[2])
key = signedjson.key.generate_signing_key("test")
doc = {
    "server_name": server_name,
    "valid_until_ts": valid_until_ts,
    "verify_keys": {"ed25519:test": {"key": signedjson.key.encode_verify_key_base64(key.verify_key)}},
    "old_verify_keys": {},
    # Unsorted keys and non-ASCII text: the signature covers their canonical form.
    "z_note": "sleutel \u00e9\u00e9n \u65e5",
}
print(json.dumps(signedjson.sign.sign_json(doc, server_name, key), ensure_ascii=False))
"#;
    let out = Command::new(venv().join("bin/python"))
        .args(["-c", SCRIPT, server_name, &valid_until_ts.to_string()])
        .output()
        .expect("python runs");
    assert!(out.status.success(), "signedjson: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 JSON")
}
