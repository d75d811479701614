//! `nextcloud.link-shares`: has the person shared something by link, as
//! the step asks (instead of e-mail attachments or OneDrive links)? Read
//! from the OCS Share API (`GET /ocs/v2.php/apps/files_sharing/api/v1/shares`,
//! the person's own shares; developer manual, "OCS Share API"), where a
//! link is `share_type` 3 (`IShare::TYPE_LINK`).
//!
//! Only counts go into the evidence: which files someone shares, and with
//! whom, stay out of it.

use overstap_net::Url;
use serde_json::Value;

use super::nextcloud::{ocs_request, NextcloudNet, OCS_SIGN_IN_TEXTS};
use super::{join, signed_in_json, Evidence, Message, ProbeOutcome, ProbeStatus};

pub const LINK_SHARES: &str = "nextcloud.link-shares";

/// A public link share (`OCP\Share\IShare::TYPE_LINK`).
const TYPE_LINK: i64 = 3;

pub(super) async fn link_shares(net: &NextcloudNet<'_>, server: &Url) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let mut url = join(server, "ocs/v2.php/apps/files_sharing/api/v1/shares");
    url.query_pairs_mut().append_pair("format", "json");
    let request = ocs_request(net.target, url);
    let json = match signed_in_json(net.client, LINK_SHARES, request, OCS_SIGN_IN_TEXTS, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    assess(&json, &mut evidence).evidence(evidence)
}

/// The verdict on a share list, with its counts put into `evidence`.
fn assess(json: &Value, evidence: &mut Evidence) -> ProbeOutcome {
    let ok = json.pointer("/ocs/meta/statuscode").and_then(Value::as_i64) == Some(200);
    let Some(shares) = json.pointer("/ocs/data").and_then(Value::as_array).filter(|_| ok) else {
        let m = Message::new("probe-nextcloud-link-shares-unreadable");
        return ProbeOutcome::new(LINK_SHARES, ProbeStatus::Fail, m.clone()).remedy(m.remedy());
    };
    let links: Vec<&Value> =
        shares.iter().filter(|s| s.get("share_type").and_then(Value::as_i64) == Some(TYPE_LINK)).collect();
    let set = |s: &&Value, key: &str| s.get(key).is_some_and(|v| !v.is_null() && v != "" && v != false);
    evidence.fact("shares", shares.len());
    evidence.fact("link_shares", links.len());
    evidence.fact("links_with_expiry", links.iter().filter(|s| set(s, "expiration")).count());
    evidence.fact("links_with_password", links.iter().filter(|s| set(s, "password")).count());
    if links.is_empty() {
        let m = Message::new("probe-nextcloud-link-shares-none").arg("count", shares.len());
        ProbeOutcome::new(LINK_SHARES, ProbeStatus::Fail, m.clone()).remedy(m.remedy())
    } else {
        ProbeOutcome::new(
            LINK_SHARES,
            ProbeStatus::Pass,
            Message::new("probe-nextcloud-link-shares-pass").arg("count", links.len()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn answer(data: Value) -> Value {
        json!({ "ocs": { "meta": { "status": "ok", "statuscode": 200, "message": "OK" }, "data": data } })
    }

    #[test]
    fn only_a_link_share_proves_the_step() {
        let mut evidence = Evidence::default();
        let user_share = json!({ "id": "1", "share_type": 0, "share_with": "bob", "path": "/Plan.odt" });
        let outcome = assess(&answer(json!([user_share.clone()])), &mut evidence);
        assert_eq!(outcome.status, ProbeStatus::Fail);
        assert_eq!(evidence.facts["shares"], 1);
        let link = json!({ "id": "2", "share_type": 3, "token": "aBcD", "expiration": "2027-01-31 00:00:00", "password": null });
        let outcome = assess(&answer(json!([user_share, link])), &mut evidence);
        assert_eq!((outcome.status, evidence.facts["link_shares"].as_u64()), (ProbeStatus::Pass, Some(1)));
        assert_eq!(
            (evidence.facts["links_with_expiry"].as_u64(), evidence.facts["links_with_password"].as_u64()),
            (Some(1), Some(0))
        );
        assert!(!serde_json::to_string(&evidence).unwrap().contains("Plan.odt"), "no file names in evidence");
    }

    #[test]
    fn an_answer_that_is_no_share_list_says_so() {
        let mut evidence = Evidence::default();
        let failed = json!({ "ocs": { "meta": { "status": "failure", "statuscode": 404 }, "data": [] } });
        assert_eq!(assess(&failed, &mut evidence).summary.id, "probe-nextcloud-link-shares-unreadable");
        assert_eq!(assess(&json!({"ocs": {}}), &mut evidence).status, ProbeStatus::Fail);
    }
}
