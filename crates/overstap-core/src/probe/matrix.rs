//! Matrix (Element): is the organisation's chat server found the way
//! Element finds it, which sign-in does it offer, and is this person
//! signed in. Facts: `shared/reference/servers.md`, Matrix section.
//!
//! Element's own error for most of these is "not a valid homeserver"; each
//! probe here names the real cause instead (field note 1).

use overstap_net::{FailureKind, NetClient, Request, Url};
use serde_json::Value;

use super::{fetch_json, join, signed_in_json, Evidence, Message, ProbeOutcome, ProbeStatus, SignInTexts};

pub const DISCOVERY: &str = "matrix.discovery";
pub const LOGIN_FLOWS: &str = "matrix.login-flows";
pub const SIGNED_IN: &str = "matrix.signed-in";

/// Servers answer CORS only when asked: the request says it comes from Element on the web.
const ELEMENT_WEB_ORIGIN: &str = "https://app.element.io";

/// What to check: the domain of the work address (for discovery), and/or
/// the homeserver's address, and an access token when signed in.
#[derive(Debug, Clone, Default)]
pub struct MatrixTarget {
    pub domain: Option<String>,
    pub homeserver: Option<Url>,
    /// Never logged and never part of evidence.
    pub token: Option<super::Secret>,
    /// The homeserver the token was issued by, when known (a stored sign-in).
    pub token_server: Option<Url>,
    /// Send a test message, in a room named in this language (the person agreed).
    pub roundtrip: Option<crate::lang::Lang>,
}

impl MatrixTarget {
    /// The token, if it may go to `base`: a stored token never goes to a
    /// homeserver other than the one that issued it.
    pub fn token_for(&self, base: &Url) -> Option<&super::Secret> {
        let same = |issuer: &Url| issuer.as_str().trim_end_matches('/') == base.as_str().trim_end_matches('/');
        self.token.as_ref().filter(|_| self.token_server.as_ref().is_none_or(same))
    }
}

/// Finds the homeserver as Element does (client well-known on the domain,
/// then `/_matrix/client/versions`). Returns the outcome and, when found,
/// the homeserver's base URL for the other probes.
pub async fn discovery(net: &NetClient, target: &MatrixTarget) -> (ProbeOutcome, Option<Url>) {
    let mut evidence = Evidence::default();
    let mut caveat: Option<(Message, Message)> = None;

    let base = match (&target.domain, &target.homeserver) {
        (None, None) => {
            return (
                ProbeOutcome::new(DISCOVERY, ProbeStatus::Skipped, Message::new("probe-matrix-discovery-no-target")),
                None,
            )
        }
        (None, Some(hs)) => hs.clone(),
        (Some(domain), explicit) => {
            let Ok(well_known) = Url::parse(&format!("https://{domain}/.well-known/matrix/client")) else {
                let m = Message::new("probe-matrix-discovery-bad-well-known")
                    .arg("domain", domain)
                    .arg("detail", "invalid domain");
                return (ProbeOutcome::new(DISCOVERY, ProbeStatus::Fail, m.clone()).remedy(m.remedy()), None);
            };
            match net.fetch(Request::get(well_known.clone()).header("origin", ELEMENT_WEB_ORIGIN)).await {
                Ok(fetched) if fetched.status == 404 => {
                    evidence.request(&fetched);
                    // No well-known (MSC2499: IGNORE). Element then needs the address typed in.
                    let hs = explicit.clone().unwrap_or_else(|| domain_url(domain));
                    caveat = Some((
                        Message::new("probe-matrix-discovery-no-well-known")
                            .arg("domain", domain)
                            .arg("homeserver", &hs),
                        Message::new("probe-matrix-discovery-no-well-known-remedy")
                            .arg("domain", domain)
                            .arg("homeserver", &hs),
                    ));
                    hs
                }
                Ok(fetched) => {
                    evidence.request(&fetched);
                    let cors = fetched.headers.contains_key("access-control-allow-origin");
                    let parsed = fetched.ensure_success().and_then(|f| f.json::<Value>());
                    let json = match parsed {
                        Ok(json) => json,
                        Err(failure) => return (ProbeOutcome::from_failure(DISCOVERY, failure, evidence), None),
                    };
                    let Some(base) = json
                        .pointer("/m.homeserver/base_url")
                        .and_then(Value::as_str)
                        .and_then(|s| Url::parse(s.trim_end_matches('/')).ok())
                    else {
                        let detail = json
                            .pointer("/m.homeserver")
                            .map_or("m.homeserver missing", |_| "base_url missing or invalid");
                        let m = Message::new("probe-matrix-discovery-bad-well-known")
                            .arg("domain", domain)
                            .arg("detail", detail);
                        return (
                            ProbeOutcome::new(DISCOVERY, ProbeStatus::Fail, m.clone())
                                .remedy(m.remedy())
                                .evidence(evidence),
                            None,
                        );
                    };
                    if !cors {
                        caveat = Some(cors_caveat(&well_known));
                    }
                    base
                }
                Err(failure) => return (ProbeOutcome::from_failure(DISCOVERY, failure, evidence), None),
            }
        }
    };
    evidence.fact("homeserver", base.as_str());

    let versions_url = join(&base, "_matrix/client/versions");
    let fetched = match net.fetch(Request::get(versions_url.clone()).header("origin", ELEMENT_WEB_ORIGIN)).await {
        Ok(f) => f,
        Err(failure) => return (ProbeOutcome::from_failure(DISCOVERY, failure, evidence), None),
    };
    evidence.request(&fetched);
    let cors = fetched.headers.contains_key("access-control-allow-origin");
    let json = match fetched.ensure_success().and_then(|f| f.json::<Value>()) {
        Ok(json) => json,
        Err(failure) if failure.kind == FailureKind::HttpStatus => {
            let m =
                Message::new("probe-matrix-discovery-no-versions").arg("homeserver", &base).arg("url", &versions_url);
            evidence.failure = Some(failure);
            return (
                ProbeOutcome::new(DISCOVERY, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence),
                None,
            );
        }
        Err(failure) => return (ProbeOutcome::from_failure(DISCOVERY, failure, evidence), None),
    };
    let versions: Vec<String> = json
        .get("versions")
        .and_then(Value::as_array)
        .map(|v| v.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect())
        .unwrap_or_default();
    if versions.is_empty() {
        let m = Message::new("probe-matrix-discovery-no-versions").arg("homeserver", &base).arg("url", &versions_url);
        return (
            ProbeOutcome::new(DISCOVERY, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence),
            None,
        );
    }
    evidence.fact("versions", versions.clone());
    if caveat.is_none() && !cors {
        caveat = Some(cors_caveat(&versions_url));
    }
    let outcome = match caveat {
        Some((summary, remedy)) => ProbeOutcome::new(DISCOVERY, ProbeStatus::Warn, summary).remedy(remedy),
        None => {
            let newest = versions.last().cloned().unwrap_or_default();
            ProbeOutcome::new(
                DISCOVERY,
                ProbeStatus::Pass,
                Message::new("probe-matrix-discovery-pass").arg("homeserver", &base).arg("version", newest),
            )
        }
    };
    (outcome.evidence(evidence), Some(base))
}

/// Which sign-in the server offers: the organisation's (SSO or OAuth) passes,
/// a separate password only is a caveat, nothing usable fails.
pub async fn login_flows(net: &NetClient, base: &Url) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let login_url = join(base, "_matrix/client/v3/login");
    let json = match fetch_json(net, LOGIN_FLOWS, Request::get(login_url.clone()), &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    let flows: Vec<&Value> =
        json.get("flows").and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
    let types: Vec<String> =
        flows.iter().filter_map(|f| f.get("type").and_then(Value::as_str).map(str::to_owned)).collect();
    let providers: Vec<String> = flows
        .iter()
        .filter(|f| f.get("type").and_then(Value::as_str) == Some("m.login.sso"))
        .flat_map(|f| f.get("identity_providers").and_then(Value::as_array).cloned().unwrap_or_default())
        .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_owned))
        .collect();
    evidence.fact("flows", types.clone());
    evidence.fact("identity_providers", providers.clone());

    // OAuth-native servers (Matrix 1.15) announce their sign-in page here; S256 is required.
    let oauth = match net.get(join(base, "_matrix/client/v1/auth_metadata")).await {
        Ok(f) => {
            evidence.request(&f);
            f.ensure_success().ok().and_then(|f| f.json::<Value>().ok()).is_some_and(|m| {
                m.get("code_challenge_methods_supported")
                    .and_then(Value::as_array)
                    .is_some_and(|a| a.iter().any(|x| x == "S256"))
            })
        }
        Err(_) => false,
    };
    evidence.fact("oauth", oauth);

    let outcome = if oauth {
        ProbeOutcome::new(LOGIN_FLOWS, ProbeStatus::Pass, Message::new("probe-matrix-login-flows-oauth"))
    } else if types.iter().any(|t| t == "m.login.sso") {
        let names = if providers.is_empty() { "SSO".to_owned() } else { providers.join(", ") };
        ProbeOutcome::new(
            LOGIN_FLOWS,
            ProbeStatus::Pass,
            Message::new("probe-matrix-login-flows-sso").arg("providers", names),
        )
    } else if types.iter().any(|t| t == "m.login.password") {
        ProbeOutcome::new(LOGIN_FLOWS, ProbeStatus::Warn, Message::new("probe-matrix-login-flows-password-only"))
            .remedy(Message::new("probe-matrix-login-flows-password-only-remedy"))
    } else {
        let m = Message::new("probe-matrix-login-flows-none").arg("url", &login_url);
        ProbeOutcome::new(LOGIN_FLOWS, ProbeStatus::Fail, m.clone()).remedy(m.remedy())
    };
    outcome.evidence(evidence)
}

/// Whether the token signs this person in (`/account/whoami`).
pub async fn signed_in(net: &NetClient, base: &Url, token: Option<&str>) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let request = token.map(|token| {
        Request::get(join(base, "_matrix/client/v3/account/whoami")).header("authorization", &format!("Bearer {token}"))
    });
    let texts =
        SignInTexts { missing: "probe-matrix-signed-in-no-token", rejected: "probe-matrix-signed-in-bad-token" };
    let json = match signed_in_json(net, SIGNED_IN, request, texts, &mut evidence).await {
        Ok(json) => json,
        Err(outcome) => return outcome,
    };
    // No user id means no proof of who is signed in.
    let Some(user) = json.get("user_id").and_then(Value::as_str).map(str::to_owned) else {
        let m = Message::new("probe-matrix-signed-in-bad-token");
        return ProbeOutcome::new(SIGNED_IN, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    };
    let device = json.get("device_id").and_then(Value::as_str).unwrap_or("?").to_owned();
    evidence.fact("user_id", user.clone());
    // Overstap's own device: the checks of the person's devices leave it out.
    evidence.fact("device_id", device.clone());
    ProbeOutcome::new(
        SIGNED_IN,
        ProbeStatus::Pass,
        Message::new("probe-matrix-signed-in-pass").arg("user", user).arg("device", device),
    )
    .evidence(evidence)
}

fn cors_caveat(url: &Url) -> (Message, Message) {
    (
        Message::new("probe-matrix-discovery-no-cors"),
        Message::new("probe-matrix-discovery-no-cors-remedy").arg("url", url),
    )
}

fn domain_url(domain: &str) -> Url {
    Url::parse(&format!("https://{domain}"))
        .unwrap_or_else(|_| Url::parse("https://invalid.invalid").expect("static URL"))
}
