//! `nextcloud.capabilities`: what the server allows that the move depends
//! on, from the OCS capabilities document
//! (`/ocs/v2.php/cloud/capabilities`). Sharing by link and upload-only links
//! ("file drop", which IT uses to collect Overstap's reports) are judged;
//! version, chunked upload and the theming name are kept as facts.
//!
//! Sharing settings are only in the document for a signed-in user (the
//! server leaves out every capability that is not public otherwise), so
//! this check asks with the app password, after the sign-in check passed.
//! Shape: nextcloud/server, `apps/files_sharing/lib/Capabilities.php`,
//! `apps/dav/lib/Capabilities.php`, `apps/files/lib/Capabilities.php`,
//! `apps/theming/lib/Capabilities.php`.

use overstap_net::Url;
use serde_json::Value;

use super::nextcloud::{ocs_request, NextcloudNet, CAPABILITIES, OCS_SIGN_IN_TEXTS};
use super::{join, signed_in_json, Evidence, Message, ProbeOutcome, ProbeStatus};

pub(super) async fn capabilities(net: &NextcloudNet<'_>, server: &Url) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let mut url = join(server, "ocs/v2.php/cloud/capabilities");
    url.query_pairs_mut().append_pair("format", "json");
    let request = ocs_request(net.target, url);
    let json = match signed_in_json(net.client, CAPABILITIES, request, OCS_SIGN_IN_TEXTS, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    assess(&json, server, &mut evidence).evidence(evidence)
}

/// The verdict on a capabilities document, with its facts put into `evidence`.
fn assess(json: &Value, server: &Url, evidence: &mut Evidence) -> ProbeOutcome {
    // OCS v2 carries the HTTP status in `statuscode` too: 200 is success.
    let ok = json.pointer("/ocs/meta/statuscode").and_then(Value::as_i64) == Some(200);
    let Some(caps) = json.pointer("/ocs/data/capabilities").filter(|_| ok) else {
        let m = Message::new("probe-nextcloud-capabilities-unreadable").arg("server", server);
        return ProbeOutcome::new(CAPABILITIES, ProbeStatus::Fail, m.clone()).remedy(m.remedy());
    };
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
    let flag = |path: &str| caps.pointer(path).and_then(Value::as_bool);
    if let Some(version) = text(json.pointer("/ocs/data/version/string")) {
        evidence.fact("version", version);
    }
    if let Some(name) = text(caps.pointer("/theming/name")) {
        evidence.fact("theming_name", name);
    }
    // Chunked upload decides whether big files get through proxies with
    // body limits; recorded for IT, not judged (every maintained server has it).
    if let Some(chunking) = text(caps.pointer("/dav/chunking")) {
        evidence.fact("chunking", chunking);
    }
    if let Some(big) = flag("/files/bigfilechunking") {
        evidence.fact("big_file_chunking", big);
    }
    if let Some(size) = caps.pointer("/files/chunked_upload/max_size").and_then(Value::as_i64) {
        evidence.fact("chunk_max_size_bytes", size);
    }
    // No `files_sharing` at all: the sharing app is turned off.
    let sharing = flag("/files_sharing/api_enabled").unwrap_or(false);
    let links = sharing && flag("/files_sharing/public/enabled").unwrap_or(false);
    // `upload_files_drop` is newer; older servers only say `upload`.
    let file_drop = links
        && flag("/files_sharing/public/upload_files_drop")
            .or_else(|| flag("/files_sharing/public/upload"))
            .unwrap_or(false);
    evidence.fact("sharing", sharing);
    evidence.fact("public_links", links);
    evidence.fact("file_drop", file_drop);
    if let Some(enforced) = flag("/files_sharing/public/password/enforced") {
        evidence.fact("link_password_enforced", enforced);
    }
    let (status, id) = if !sharing {
        (ProbeStatus::Fail, "probe-nextcloud-capabilities-no-sharing")
    } else if !links {
        (ProbeStatus::Warn, "probe-nextcloud-capabilities-no-public-links")
    } else if !file_drop {
        (ProbeStatus::Warn, "probe-nextcloud-capabilities-no-file-drop")
    } else {
        return ProbeOutcome::new(CAPABILITIES, ProbeStatus::Pass, Message::new("probe-nextcloud-capabilities-pass"));
    };
    let m = Message::new(id).arg("server", server);
    ProbeOutcome::new(CAPABILITIES, status, m.clone()).remedy(m.remedy())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server() -> Url {
        Url::parse("https://cloud.example.nl/").unwrap()
    }

    fn fixture(name: &str) -> Value {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/nextcloud").join(name);
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn the_documented_document_passes_with_its_facts() {
        let mut evidence = Evidence::default();
        let outcome = assess(&fixture("capabilities.json"), &server(), &mut evidence);
        assert_eq!(outcome.status, ProbeStatus::Pass, "{outcome:?}");
        assert_eq!(evidence.facts["file_drop"], true);
        assert_eq!(evidence.facts["chunking"], "1.0");
        assert_eq!(evidence.facts["theming_name"], "Rijkscloud");
        assert!(evidence.facts["version"].as_str().unwrap().starts_with("34."));
    }

    #[test]
    fn missing_sharing_links_or_file_drop_each_get_their_own_text() {
        let mut doc = fixture("capabilities.json");
        let public = doc.pointer_mut("/ocs/data/capabilities/files_sharing/public").unwrap();
        public["upload"] = false.into();
        public["upload_files_drop"] = false.into();
        let outcome = assess(&doc, &server(), &mut Evidence::default());
        assert_eq!(
            (outcome.status, outcome.summary.id.as_str()),
            (ProbeStatus::Warn, "probe-nextcloud-capabilities-no-file-drop")
        );

        // Links off: the server then leaves out everything about links.
        let public = doc.pointer_mut("/ocs/data/capabilities/files_sharing/public").unwrap();
        *public = serde_json::json!({"enabled": false});
        let outcome = assess(&doc, &server(), &mut Evidence::default());
        assert_eq!(outcome.summary.id, "probe-nextcloud-capabilities-no-public-links");

        doc.pointer_mut("/ocs/data/capabilities").unwrap().as_object_mut().unwrap().remove("files_sharing");
        let outcome = assess(&doc, &server(), &mut Evidence::default());
        assert_eq!(
            (outcome.status, outcome.summary.id.as_str()),
            (ProbeStatus::Fail, "probe-nextcloud-capabilities-no-sharing")
        );

        let error = serde_json::json!({"ocs": {"meta": {"status": "failure", "statuscode": 997}, "data": []}});
        assert_eq!(
            assess(&error, &server(), &mut Evidence::default()).summary.id,
            "probe-nextcloud-capabilities-unreadable"
        );
    }
}
