//! Mastodon: the organisation's server, the account (found as other servers
//! find it, through WebFinger), a complete profile, the website linking back
//! and that link verified by Mastodon, a pinned post, and being signed in. Facts:
//! `shared/reference/servers.md`, Mastodon section.

use overstap_net::{FailureKind, NetClient, Request, Url};
use serde_json::Value;

use super::rel_me::{self, LinkBack};
use super::{fetch_json, join, signed_in_json, Evidence, Message, ProbeOutcome, ProbeStatus, SignInTexts};

pub const INSTANCE: &str = "mastodon.instance";
pub const ACCOUNT: &str = "mastodon.account";
pub const PROFILE_COMPLETE: &str = "mastodon.profile-complete";
pub const LINK_VERIFIED: &str = "mastodon.link-verified";
pub const WEBSITE_LINKS_BACK: &str = "mastodon.website-links-back";
pub const PINNED_POST: &str = "mastodon.pinned-post";
pub const SIGNED_IN: &str = "mastodon.signed-in";

/// What to check.
#[derive(Debug, Clone, Default)]
pub struct MastodonTarget {
    /// The server (`https://social.overheid.nl`).
    pub instance: Option<Url>,
    /// The account as `user@domain` (without a leading `@`).
    pub account: Option<String>,
    /// Never logged and never part of evidence.
    pub token: Option<super::Secret>,
}

/// The account as WebFinger and the server's lookup describe it.
#[derive(Debug, Clone)]
pub struct FoundAccount {
    pub acct: String,
    pub json: Value,
}

/// Runs every Mastodon probe in order; later ones use what earlier ones found.
pub async fn check(net: &NetClient, target: &MastodonTarget) -> Vec<ProbeOutcome> {
    let (account_outcome, found, instance_from_account) = account(net, target).await;
    let instance = target.instance.clone().or(instance_from_account);
    let instance_outcome = match &instance {
        Some(url) => instance_probe(net, url).await,
        None => ProbeOutcome::new(INSTANCE, ProbeStatus::Skipped, Message::new("probe-mastodon-no-target")),
    };
    let mut outcomes = vec![instance_outcome, account_outcome];
    match (&found, &instance) {
        (Some(found), Some(instance)) => {
            outcomes.push(profile_complete(found));
            let (link, pinned, signed_in) = tokio::join!(
                link_verified(net, found),
                pinned_post(net, instance, found),
                signed_in(net, instance, target.token.as_ref().map(super::Secret::expose))
            );
            outcomes.extend([website_links_back(&link), link, pinned, signed_in]);
        }
        _ => {
            for probe in [PROFILE_COMPLETE, WEBSITE_LINKS_BACK, LINK_VERIFIED, PINNED_POST, SIGNED_IN] {
                outcomes.push(ProbeOutcome::new(
                    probe,
                    ProbeStatus::Skipped,
                    Message::new("probe-skipped-account-not-found"),
                ));
            }
        }
    }
    outcomes
}

async fn instance_probe(net: &NetClient, instance: &Url) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let url = join(instance, "api/v2/instance");
    let json = match fetch_json(net, INSTANCE, Request::get(url.clone()), &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let (Some(title), Some(version)) =
        (json.get("title").and_then(Value::as_str), json.get("version").and_then(Value::as_str))
    else {
        let m = Message::new("probe-mastodon-instance-not-mastodon").arg("url", &url);
        return ProbeOutcome::new(INSTANCE, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    };
    evidence.fact("title", title);
    evidence.fact("version", version);
    if let Some(domain) = json.get("domain").and_then(Value::as_str) {
        evidence.fact("domain", domain);
    }
    ProbeOutcome::new(
        INSTANCE,
        ProbeStatus::Pass,
        Message::new("probe-mastodon-instance-pass").arg("title", title).arg("version", version),
    )
    .evidence(evidence)
}

/// WebFinger on the account's domain (as other servers find it), then the
/// server's own lookup. Returns the outcome, the account, and the server
/// WebFinger pointed to.
async fn account(net: &NetClient, target: &MastodonTarget) -> (ProbeOutcome, Option<FoundAccount>, Option<Url>) {
    let mut evidence = Evidence::default();
    let Some((user, domain)) = target.account.as_deref().and_then(split_acct) else {
        return (
            ProbeOutcome::new(ACCOUNT, ProbeStatus::Skipped, Message::new("probe-mastodon-no-account")),
            None,
            None,
        );
    };
    let acct = format!("{user}@{domain}");
    let Ok(mut webfinger) = Url::parse(&format!("https://{domain}/.well-known/webfinger")) else {
        let m = Message::new("probe-mastodon-account-not-found").arg("acct", &acct);
        return (ProbeOutcome::new(ACCOUNT, ProbeStatus::Fail, m.clone()).remedy(m.remedy()), None, None);
    };
    webfinger.query_pairs_mut().append_pair("resource", &format!("acct:{acct}"));
    let fetched = match net.get(webfinger).await {
        Ok(f) => f,
        Err(failure) => return (ProbeOutcome::from_failure(ACCOUNT, failure, evidence), None, None),
    };
    evidence.request(&fetched);
    if fetched.status == 404 {
        let m = Message::new("probe-mastodon-account-not-found").arg("acct", &acct);
        return (
            ProbeOutcome::new(ACCOUNT, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence),
            None,
            None,
        );
    }
    let json = match fetched.ensure_success().and_then(|f| f.json::<Value>()) {
        Ok(j) => j,
        Err(failure) => return (ProbeOutcome::from_failure(ACCOUNT, failure, evidence), None, None),
    };
    // The ActivityPub actor (rel=self) lives on the Mastodon server itself.
    let actor = json
        .get("links")
        .and_then(Value::as_array)
        .and_then(|links| links.iter().find(|l| l.get("rel").and_then(Value::as_str) == Some("self")))
        .and_then(|l| l.get("href").and_then(Value::as_str))
        .and_then(|href| Url::parse(href).ok());
    let Some(instance) = target.instance.clone().or_else(|| actor.as_ref().and_then(origin)) else {
        let m = Message::new("probe-mastodon-account-not-found").arg("acct", &acct);
        return (
            ProbeOutcome::new(ACCOUNT, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence),
            None,
            None,
        );
    };
    if let Some(subject) = json.get("subject").and_then(Value::as_str) {
        evidence.fact("webfinger_subject", subject);
    }

    // Local accounts are looked up by their user name alone.
    let mut lookup = join(&instance, "api/v1/accounts/lookup");
    lookup.query_pairs_mut().append_pair("acct", user);
    let fetched = match net.fetch(Request::get(lookup)).await {
        Ok(f) => f,
        Err(failure) => return (ProbeOutcome::from_failure(ACCOUNT, failure, evidence), None, Some(instance)),
    };
    evidence.request(&fetched);
    let account = match fetched.ensure_success().and_then(|f| f.json::<Value>()) {
        Ok(j) => j,
        Err(failure) if failure.kind == FailureKind::HttpStatus && failure.status == Some(404) => {
            let m = Message::new("probe-mastodon-account-not-found").arg("acct", &acct);
            return (
                ProbeOutcome::new(ACCOUNT, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence),
                None,
                Some(instance),
            );
        }
        Err(failure) => return (ProbeOutcome::from_failure(ACCOUNT, failure, evidence), None, Some(instance)),
    };
    let url = account.get("url").and_then(Value::as_str).unwrap_or_default().to_owned();
    evidence.fact("profile_url", url.clone());
    evidence.fact("account_id", account.get("id").cloned().unwrap_or(Value::Null));
    let outcome = ProbeOutcome::new(
        ACCOUNT,
        ProbeStatus::Pass,
        Message::new("probe-mastodon-account-pass").arg("acct", &acct).arg("url", url),
    )
    .evidence(evidence);
    (outcome, Some(FoundAccount { acct, json: account }), Some(instance))
}

/// Display name, picture and bio: what makes an official account recognisable.
fn profile_complete(found: &FoundAccount) -> ProbeOutcome {
    let a = &found.json;
    let text = |k: &str| a.get(k).and_then(Value::as_str).unwrap_or_default().trim().to_owned();
    let note = scraper::Html::parse_fragment(&text("note")).root_element().text().collect::<String>();
    let avatar = text("avatar");
    let mut missing = Vec::new();
    if text("display_name").is_empty() {
        missing.push("display_name");
    }
    // Mastodon's stand-in picture is served from …/missing.png.
    if avatar.is_empty() || avatar.contains("missing.png") {
        missing.push("avatar");
    }
    if note.trim().is_empty() {
        missing.push("note");
    }
    let mut evidence = Evidence::default();
    evidence.fact("missing", missing.clone());
    if missing.is_empty() {
        return ProbeOutcome::new(
            PROFILE_COMPLETE,
            ProbeStatus::Pass,
            Message::new("probe-mastodon-profile-complete-pass"),
        )
        .evidence(evidence);
    }
    let names: Vec<String> = missing.iter().map(|m| format!("probe-mastodon-profile-part-{m}")).collect();
    let summary = Message::new("probe-mastodon-profile-incomplete").arg("parts", format!("msg:{}", names.join(",")));
    ProbeOutcome::new(PROFILE_COMPLETE, ProbeStatus::Fail, summary)
        .remedy(Message::new("probe-mastodon-profile-incomplete-remedy"))
        .evidence(evidence)
}

/// Verified by Mastodon (`fields[].verified_at`), and if not, which of
/// Mastodon's rules the organisation's page breaks.
async fn link_verified(net: &NetClient, found: &FoundAccount) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let fields = found.json.get("fields").and_then(Value::as_array).cloned().unwrap_or_default();
    let profile_url = found.json.get("url").and_then(Value::as_str).unwrap_or_default().to_owned();
    if let Some(verified) = fields.iter().find(|f| f.get("verified_at").is_some_and(|v| !v.is_null())) {
        let site = verified.get("value").and_then(Value::as_str).and_then(rel_me::field_url).unwrap_or_default();
        evidence.fact("verified", site.clone());
        return ProbeOutcome::new(
            LINK_VERIFIED,
            ProbeStatus::Pass,
            Message::new("probe-mastodon-link-verified-pass").arg("site", site),
        )
        .evidence(evidence);
    }
    let sites: Vec<String> =
        fields.iter().filter_map(|f| f.get("value").and_then(Value::as_str)).filter_map(rel_me::field_url).collect();
    if sites.is_empty() {
        let m = Message::new("probe-mastodon-link-no-field");
        return ProbeOutcome::new(LINK_VERIFIED, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    }
    // Mastodon checks every field; a page that links back correctly decides,
    // otherwise the first field's reason is reported.
    let mut first: Option<ProbeOutcome> = None;
    for site in sites {
        let outcome = check_site(net, &site, &profile_url, evidence.clone()).await;
        if outcome.summary.id == "probe-mastodon-link-resave" {
            return outcome;
        }
        first.get_or_insert(outcome);
    }
    first.expect("at least one site")
}

/// Does the organisation's website link back to the profile? What the
/// link check saw decides: verified by Mastodon, or a page that links back
/// correctly and only waits for the profile to be saved again. Any other
/// answer is the reason the page does not link back (yet).
fn website_links_back(link: &ProbeOutcome) -> ProbeOutcome {
    let site = link.summary.args.get("site").cloned().unwrap_or_default();
    let pass = |id: &str| {
        ProbeOutcome::new(WEBSITE_LINKS_BACK, ProbeStatus::Pass, Message::new(id).arg("site", &site))
            .evidence(link.evidence.clone())
    };
    match (link.status, link.summary.id.as_str()) {
        (ProbeStatus::Pass, _) => {
            let verified = link.evidence.facts.get("verified").and_then(Value::as_str).unwrap_or_default();
            ProbeOutcome::new(
                WEBSITE_LINKS_BACK,
                ProbeStatus::Pass,
                Message::new("probe-mastodon-website-links-back-pass").arg("site", verified),
            )
            .evidence(link.evidence.clone())
        }
        (_, "probe-mastodon-link-resave") => pass("probe-mastodon-website-links-back-pass"),
        _ => ProbeOutcome { probe: WEBSITE_LINKS_BACK.to_owned(), ..link.clone() },
    }
}

/// A post pinned to the profile: the first thing visitors read
/// (`GET /api/v1/accounts/:id/statuses?pinned=true`, public).
async fn pinned_post(net: &NetClient, instance: &Url, found: &FoundAccount) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let Some(id) =
        found.json.get("id").and_then(Value::as_str).filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric()))
    else {
        return ProbeOutcome::new(PINNED_POST, ProbeStatus::Skipped, Message::new("probe-skipped-account-not-found"));
    };
    let url = join(instance, &format!("api/v1/accounts/{id}/statuses?pinned=true&limit=5"));
    let json = match fetch_json(net, PINNED_POST, Request::get(url), &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let pinned = json.as_array().cloned().unwrap_or_default();
    evidence.fact("pinned", pinned.len());
    match pinned.first() {
        Some(post) => {
            let day = post.get("created_at").and_then(Value::as_str).and_then(|t| t.get(..10)).unwrap_or("?");
            evidence.fact("url", post.get("url").cloned().unwrap_or(Value::Null));
            ProbeOutcome::new(
                PINNED_POST,
                ProbeStatus::Pass,
                Message::new("probe-mastodon-pinned-post-pass").arg("day", day),
            )
            .evidence(evidence)
        }
        None => {
            let m = Message::new("probe-mastodon-pinned-post-missing");
            ProbeOutcome::new(PINNED_POST, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
        }
    }
}

/// Mastodon reads at most 1 MB of the page (`body_with_limit`), whatever
/// Overstap's own limit is set to.
const MASTODON_PAGE_LIMIT: usize = 1024 * 1024;

/// One website field by Mastodon's rules (`VerifyLinkService`).
async fn check_site(net: &NetClient, site: &str, profile_url: &str, mut evidence: Evidence) -> ProbeOutcome {
    evidence.fact("site", site);
    let with = |m: Message| m.arg("site", site).arg("profile", profile_url);
    let site_url = match Url::parse(site) {
        Ok(u) if u.scheme() == "https" => u,
        _ => {
            let m = with(Message::new("probe-mastodon-link-not-https"));
            return ProbeOutcome::new(LINK_VERIFIED, ProbeStatus::Fail, m.clone())
                .remedy(m.remedy())
                .evidence(evidence);
        }
    };
    let too_large = |evidence: Evidence| {
        let m = with(Message::new("probe-mastodon-link-too-large"));
        ProbeOutcome::new(LINK_VERIFIED, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
    };
    let fetched = match net.fetch(Request::get(site_url).header("accept", "text/html")).await {
        Ok(f) if f.body.len() <= MASTODON_PAGE_LIMIT => f,
        Ok(f) => {
            evidence.request(&f);
            return too_large(evidence);
        }
        Err(failure) if failure.kind == FailureKind::BodyTooLarge => return too_large(evidence),
        Err(failure) => return ProbeOutcome::from_failure(LINK_VERIFIED, failure, evidence),
    };
    evidence.request(&fetched);
    if fetched.status != 200 {
        let m = with(Message::new("probe-mastodon-link-not-200")).arg("status", fetched.status);
        return ProbeOutcome::new(LINK_VERIFIED, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    }
    let html = String::from_utf8_lossy(&fetched.body);
    let id = match rel_me::find_link_back(&html, profile_url) {
        // The page is right, but the step is not done until Mastodon itself
        // has verified it, which it does only when the profile is saved.
        LinkBack::Present => "probe-mastodon-link-resave",
        LinkBack::WithoutRelMe => "probe-mastodon-link-without-rel-me",
        LinkBack::OtherTargets(targets) => {
            evidence.fact("rel_me_targets", targets);
            "probe-mastodon-link-other-target"
        }
        // Mastodon reads the HTML as served; a link a script adds never counts.
        LinkBack::Absent if html.contains("<script") => "probe-mastodon-link-absent-script",
        LinkBack::Absent => "probe-mastodon-link-absent",
    };
    let m = with(Message::new(id));
    ProbeOutcome::new(LINK_VERIFIED, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
}

async fn signed_in(net: &NetClient, instance: &Url, token: Option<&str>) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let request = token.map(|token| {
        Request::get(join(instance, "api/v1/accounts/verify_credentials"))
            .header("authorization", &format!("Bearer {token}"))
    });
    let texts =
        SignInTexts { missing: "probe-mastodon-signed-in-no-token", rejected: "probe-mastodon-signed-in-bad-token" };
    let json = match signed_in_json(net, SIGNED_IN, request, texts, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let acct = json.get("acct").and_then(Value::as_str).unwrap_or("?").to_owned();
    evidence.fact("acct", acct.clone());
    ProbeOutcome::new(SIGNED_IN, ProbeStatus::Pass, Message::new("probe-mastodon-signed-in-pass").arg("acct", acct))
        .evidence(evidence)
}

/// `@user@domain` or `user@domain` → (`user`, `domain`).
pub fn split_acct(acct: &str) -> Option<(&str, &str)> {
    let (user, domain) = acct.trim().trim_start_matches('@').split_once('@')?;
    (!user.is_empty() && !domain.is_empty() && !domain.contains(['/', ' '])).then_some((user, domain))
}

fn origin(url: &Url) -> Option<Url> {
    let mut o = url.clone();
    o.set_path("/");
    o.set_query(None);
    o.set_fragment(None);
    Some(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_are_user_at_domain() {
        assert_eq!(split_acct("@minbzk@social.overheid.nl"), Some(("minbzk", "social.overheid.nl")));
        assert_eq!(split_acct("bmi@social.bund.de"), Some(("bmi", "social.bund.de")));
        assert_eq!(split_acct("bmi"), None);
        assert_eq!(split_acct("@@x"), None);
    }
}
