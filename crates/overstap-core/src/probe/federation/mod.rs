//! `matrix.federation`: can other organisations' Matrix servers reach this
//! one? Checked the way matrix-org's Federation Tester does it: resolve the
//! server name as a sending server does (`resolve.rs`), ask the server for
//! its software (`/_matrix/federation/v1/version`), and check the signing
//! keys it publishes (`keys.rs`), since other servers trust nothing it
//! sends without them. Facts: `shared/reference/servers.md`, Matrix.
//!
//! - `server_name.rs`: the server name's grammar.
//! - `resolve.rs`: well-known delegation, SRV, default port.
//! - `dns.rs`: SRV and alias lookups (hickory-resolver), addresses.
//! - `keys.rs`, `canonical_json.rs`: the key document and its signatures.
//!
//! Requests to the server go straight to the resolved addresses (no proxy),
//! as other servers connect; the well-known is fetched like any web page.

mod canonical_json;
mod dns;
mod keys;
mod resolve;
mod server_name;

#[cfg(test)]
mod tests;

use std::net::SocketAddr;

use overstap_net::{FailureKind, NetClient, NetFailure};
use serde_json::Value;

use super::{join, Evidence, Message, ProbeOutcome, ProbeStatus};
use dns::{Dns, SystemDns};
pub(super) use keys::signed_by;
use keys::KeyProblem;
#[cfg(test)]
pub(super) use keys::{base64_for_tests, sign_for_tests};
use resolve::{Destination, Ports, ResolveError, Route};
use server_name::ServerName;

pub const FEDERATION: &str = "matrix.federation";

/// Checks federation for `server_name` (`example.nl`, `example.nl:8448`).
pub async fn check(net: &NetClient, server_name: &str) -> ProbeOutcome {
    let dns = SystemDns::new(net.limits().connect_timeout);
    check_with(net, &dns, Ports::SPEC, server_name).await
}

/// Not checked: there is no server name to check.
pub fn skipped_without_name() -> ProbeOutcome {
    ProbeOutcome::new(FEDERATION, ProbeStatus::Skipped, Message::new("probe-matrix-federation-no-server-name"))
}

/// [`check`] with its DNS and ports given (tests).
async fn check_with(net: &NetClient, dns: &impl Dns, ports: Ports, given: &str) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    evidence.fact("server_name", given);
    let name = match ServerName::parse(given) {
        Ok(name) => name,
        Err(detail) => {
            let m = Message::new("probe-matrix-federation-bad-server-name").arg("name", given).arg("detail", detail);
            return fail(m, evidence);
        }
    };
    let destination = match resolve::resolve(net, dns, ports, &name, &mut evidence).await {
        Ok(d) => d,
        Err(ResolveError::SrvCname { record, target, alias }) => {
            let m = Message::new("probe-matrix-federation-srv-cname")
                .arg("name", given)
                .arg("record", record)
                .arg("target", target)
                .arg("alias", alias);
            return fail(m, evidence);
        }
    };
    evidence.fact("connect_to", destination.targets.iter().map(|(h, p)| resolve::host_port(h, *p)).collect::<Vec<_>>());
    let client = match connect(net, dns, &destination, &mut evidence).await {
        Ok(client) => client,
        Err(failure) => return unreachable(given, &destination, failure, evidence),
    };
    let server = ServerAt { client: &client, destination: &destination, given };

    let (software, version) = match server.version(&mut evidence).await {
        Ok(found) => found,
        Err(outcome) => return *outcome,
    };
    let doc = match server.key_document(&mut evidence).await {
        Ok(doc) => doc,
        Err(outcome) => return *outcome,
    };
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    match keys::check(&doc, given, now_ms) {
        Ok(facts) => {
            evidence.fact("key_ids", facts.key_ids);
            evidence.fact("valid_until", rfc3339_ms(facts.valid_until_ts));
        }
        Err(problem) => return fail(key_problem_message(&problem, given, &destination), evidence),
    }
    let outcome = match &destination.broken_well_known {
        // Federation works because other servers skip the broken file; a caveat for IT.
        Some(detail) => ProbeOutcome::new(
            FEDERATION,
            ProbeStatus::Warn,
            Message::new("probe-matrix-federation-bad-well-known-ignored").arg("name", given).arg("detail", detail),
        )
        .remedy(
            Message::new("probe-matrix-federation-bad-well-known-ignored-remedy")
                .arg("name", given)
                .arg("detail", detail),
        ),
        None => ProbeOutcome::new(
            FEDERATION,
            ProbeStatus::Pass,
            Message::new("probe-matrix-federation-pass")
                .arg("name", given)
                .arg("software", software)
                .arg("version", version),
        ),
    };
    outcome.evidence(evidence)
}

/// Looks up the destination's addresses (recorded as evidence) and returns a
/// client that connects only there.
async fn connect(
    net: &NetClient,
    dns: &impl Dns,
    destination: &Destination,
    evidence: &mut Evidence,
) -> Result<NetClient, NetFailure> {
    let mut addrs: Vec<SocketAddr> = Vec::new();
    let mut last_failure = None;
    for (host, port) in &destination.targets {
        match host.parse::<std::net::IpAddr>() {
            Ok(ip) => addrs.push(SocketAddr::new(ip, *port)),
            Err(_) => match dns.addresses(host, *port).await {
                Ok(found) => addrs.extend(found),
                Err(failure) => last_failure = Some(failure),
            },
        }
    }
    evidence.fact("addresses", addrs.iter().map(SocketAddr::to_string).collect::<Vec<_>>());
    if addrs.is_empty() {
        return Err(last_failure.unwrap_or_else(|| {
            NetFailure::new(FailureKind::DnsFailed, destination.base.as_str(), "no address to connect to")
        }));
    }
    // An IP literal needs no pinning; the client still bypasses the proxy.
    let (host, pinned) = match &destination.pin_host {
        Some(host) => (host.as_str(), addrs.as_slice()),
        None => ("", &[][..]),
    };
    net.direct_to(host, pinned)
        .map_err(|detail| NetFailure::new(FailureKind::ConnectionFailed, destination.base.as_str(), detail))
}

/// The server as other servers reach it.
struct ServerAt<'a> {
    client: &'a NetClient,
    destination: &'a Destination,
    given: &'a str,
}

impl ServerAt<'_> {
    /// `/_matrix/federation/v1/version` → software name and version.
    async fn version(&self, evidence: &mut Evidence) -> Result<(String, String), Box<ProbeOutcome>> {
        let json = self
            .get_json("_matrix/federation/v1/version", "probe-matrix-federation-no-federation-api", evidence)
            .await?;
        let text = |pointer: &str| json.pointer(pointer).and_then(Value::as_str).unwrap_or("?").to_owned();
        let (software, version) = (text("/server/name"), text("/server/version"));
        evidence.fact("server_software", software.clone());
        evidence.fact("server_version", version.clone());
        Ok((software, version))
    }

    /// `/_matrix/key/v2/server`: the key document.
    async fn key_document(&self, evidence: &mut Evidence) -> Result<Value, Box<ProbeOutcome>> {
        self.get_json("_matrix/key/v2/server", "probe-matrix-federation-no-keys", evidence).await
    }

    /// GETs `path` as JSON. An answer that is not the federation API (an
    /// error status, a web page, not JSON) gets `missing_id`; a server out of
    /// reach gets the unreachable text; other failures their own.
    async fn get_json(
        &self,
        path: &str,
        missing_id: &str,
        evidence: &mut Evidence,
    ) -> Result<Value, Box<ProbeOutcome>> {
        let url = join(&self.destination.base, path);
        let result = match self.client.get(url.clone()).await {
            Ok(fetched) => {
                evidence.request(&fetched);
                fetched.ensure_success().and_then(|f| f.json::<Value>())
            }
            Err(failure) if is_unreachable(&failure) => {
                return Err(Box::new(unreachable(self.given, self.destination, failure, evidence.clone())))
            }
            Err(failure) => return Err(Box::new(ProbeOutcome::from_failure(FEDERATION, failure, evidence.clone()))),
        };
        match result {
            Ok(json) => Ok(json),
            Err(failure)
                if matches!(
                    failure.kind,
                    FailureKind::HttpStatus | FailureKind::NotExpectedService | FailureKind::InvalidJson
                ) =>
            {
                let status = failure.status.map_or_else(|| "-".to_owned(), |s| s.to_string());
                evidence.failure = Some(failure);
                if let Some(outcome) = broken_well_known(self.given, self.destination, evidence) {
                    return Err(Box::new(outcome));
                }
                let m = Message::new(missing_id)
                    .arg("name", self.given)
                    .arg("target", self.destination.target_list())
                    .arg("url", &url)
                    .arg("status", status);
                Err(Box::new(fail(m, evidence.clone())))
            }
            Err(failure) => Err(Box::new(ProbeOutcome::from_failure(FEDERATION, failure, evidence.clone()))),
        }
    }
}

/// Nothing answers where other servers connect: said along the route that led there.
fn unreachable(given: &str, destination: &Destination, failure: NetFailure, mut evidence: Evidence) -> ProbeOutcome {
    if !is_unreachable(&failure) {
        return ProbeOutcome::from_failure(FEDERATION, failure, evidence);
    }
    evidence.failure = Some(failure);
    if let Some(outcome) = broken_well_known(given, destination, &evidence) {
        return outcome;
    }
    let id = match &destination.route {
        Route::AsGiven => "probe-matrix-federation-unreachable",
        Route::WellKnown { .. } => "probe-matrix-federation-delegation-unreachable",
        Route::Srv { .. } => "probe-matrix-federation-srv-unreachable",
        Route::Default => "probe-matrix-federation-no-delegation-unreachable",
    };
    let via = match &destination.route {
        Route::WellKnown { delegated } => delegated.clone(),
        Route::Srv { record } => record.clone(),
        _ => String::new(),
    };
    let port = destination.targets.first().map_or(8448, |(_, p)| *p);
    let m =
        Message::new(id).arg("name", given).arg("target", destination.target_list()).arg("via", via).arg("port", port);
    fail(m, evidence)
}

/// When the fallback behind a broken well-known fails too, the broken file
/// is the likely cause: IT meant to delegate.
fn broken_well_known(given: &str, destination: &Destination, evidence: &Evidence) -> Option<ProbeOutcome> {
    let detail = destination.broken_well_known.as_ref()?;
    let m = Message::new("probe-matrix-federation-bad-well-known").arg("name", given).arg("detail", detail);
    Some(fail(m, evidence.clone()))
}

/// Failures that mean "nothing answers there", as opposed to something wrong in what answers.
fn is_unreachable(failure: &NetFailure) -> bool {
    matches!(
        failure.kind,
        FailureKind::DnsFailed | FailureKind::ConnectionRefused | FailureKind::ConnectionFailed | FailureKind::Timeout
    )
}

fn key_problem_message(problem: &KeyProblem, given: &str, destination: &Destination) -> Message {
    let m = |id: &str| Message::new(id).arg("name", given).arg("target", destination.target_list());
    match problem {
        KeyProblem::WrongServerName { found } => {
            m("probe-matrix-federation-wrong-server-name").arg("found", if found.is_empty() { "-" } else { found })
        }
        KeyProblem::Expired { valid_until_ts } => {
            m("probe-matrix-federation-keys-expired").arg("until", rfc3339_ms(*valid_until_ts))
        }
        KeyProblem::NoEd25519Key => m("probe-matrix-federation-no-ed25519-key"),
        KeyProblem::BadSignature { key_id, detail } => {
            m("probe-matrix-federation-bad-signature").arg("key", key_id).arg("detail", detail)
        }
    }
}

fn fail(summary: Message, evidence: Evidence) -> ProbeOutcome {
    let remedy = summary.remedy();
    ProbeOutcome::new(FEDERATION, ProbeStatus::Fail, summary).remedy(remedy).evidence(evidence)
}

/// Unix milliseconds as RFC 3339 (UTC); the number itself when out of range.
fn rfc3339_ms(ms: i64) -> String {
    ::time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .map_or_else(|_| ms.to_string(), crate::time::format)
}
