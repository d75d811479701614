//! Server checks ("probes"): each proves one thing works against the
//! organisation's own servers (the chat server is found, sign-in is offered,
//! you are signed in …) and, when it does not, says why and what to do.
//!
//! A probe returns a [`ProbeOutcome`]: a status, a summary and a remedy as
//! [`Message`]s (message ids plus arguments, rendered in the reader's
//! language when shown, so stored results read in any language), and the
//! evidence (addresses, HTTP statuses, timings, certificates, versions).
//!
//! - `failure_text.rs`: a network failure → its summary and remedy.
//! - `matrix.rs`: Matrix discovery, sign-in methods, signed-in;
//!   `matrix_e2ee.rs` the signed-in session and key backup;
//!   `matrix_devices.rs` Element signed in, a device verified;
//!   `matrix_messages.rs` the person's first message, the test message;
//!   `element_desktop.rs` Element Desktop on this computer.
//! - `federation/`: Matrix federation (can other organisations' servers reach this one).
//! - `nextcloud.rs`: status (end of life from `nextcloud_eol.rs`), signed
//!   in, quota; `nextcloud_capabilities.rs` sharing settings;
//!   `nextcloud_desktop.rs` the desktop app on this computer;
//!   `nextcloud_shares.rs` the person's link shares; `nextcloud_sync_mode.rs`
//!   how the desktop app syncs; `source_folder.rs`
//!   the folder they move from, found and measured; `nextcloud_files.rs`
//!   its files in the sync folder and on the server (`file_match.rs`).
//! - `libreoffice.rs`: installed, default formats; `libreoffice_locate.rs`
//!   where it and its profile are; `libreoffice_odf.rs` the safe profile
//!   edit behind "make ODF the default"; `libreoffice_xcu.rs` one property
//!   of the profile file at a time; `libreoffice_templates.rs` templates
//!   imported into the profile.
//! - `run.rs`: what to check ([`CheckRequest`]) and running it concurrently.

mod element_desktop;
mod failure_text;
mod federation;
mod file_match;
pub mod libreoffice;
mod libreoffice_locate;
mod libreoffice_odf;
mod libreoffice_templates;
mod libreoffice_xcu;
pub mod mastodon;
pub mod matrix;
mod matrix_devices;
mod matrix_e2ee;
mod matrix_messages;
pub mod nextcloud;
mod nextcloud_capabilities;
pub mod nextcloud_desktop;
mod nextcloud_eol;
mod nextcloud_files;
mod nextcloud_shares;
mod nextcloud_sync_mode;
mod rel_me;
mod run;
pub mod source_folder;

use std::collections::BTreeMap;

use overstap_net::{CertSummary, NetFailure};
use serde::{Deserialize, Serialize};

use crate::i18n::{self, Arg};
use crate::lang::Lang;

pub use failure_text::failure_messages;
pub(crate) use run::email_domain;
pub(crate) use run::{matrix_target, parse_server};
pub use run::{run_check, run_check_each, CheckRequest, Service};

/// A token or app password: kept in memory only, and never printed, not
/// even by `{:?}` of a request that carries it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The value, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Lets command lines parse a secret directly, so no plain copy is kept.
impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret::new(s))
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ProbeStatus {
    /// It works.
    Pass,
    /// It works, but something needs attention.
    Warn,
    /// It does not work.
    Fail,
    /// Not checked (nothing to check against, or a precondition failed).
    Skipped,
}

impl ProbeStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ProbeStatus::Pass => "pass",
            ProbeStatus::Warn => "warn",
            ProbeStatus::Fail => "fail",
            ProbeStatus::Skipped => "skipped",
        }
    }

    pub fn parse(s: &str) -> Option<ProbeStatus> {
        Some(match s {
            "pass" => ProbeStatus::Pass,
            "warn" => ProbeStatus::Warn,
            "fail" => ProbeStatus::Fail,
            "skipped" => ProbeStatus::Skipped,
            _ => return None,
        })
    }
}

/// A text to show, kept as a message id of `probes.ftl` with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

impl Message {
    pub fn new(id: impl Into<String>) -> Message {
        Message { id: id.into(), args: BTreeMap::new() }
    }

    pub fn arg(mut self, name: &str, value: impl ToString) -> Message {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    /// An argument `msg:id1,id2` renders as those messages, joined: for
    /// lists whose items need translating too (the missing parts of a profile).
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| {
                // (A count given as text still selects its plural form: i18n.rs.)
                let value = match v.strip_prefix("msg:") {
                    Some(ids) => ids.split(',').map(|id| i18n::tr(lang, id, &[])).collect::<Vec<_>>().join(", "),
                    None => v.clone(),
                };
                (k.as_str(), Arg::from(value))
            })
            .collect();
        i18n::tr(lang, &self.id, &args)
    }

    /// The `-remedy` message next to this summary, with the same arguments.
    pub fn remedy(&self) -> Message {
        Message { id: format!("{}-remedy", self.id), args: self.args.clone() }
    }
}

/// One request a probe made, as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RequestEvidence {
    pub url: String,
    pub status: u16,
    pub elapsed_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertSummary>,
}

/// What a probe saw: the basis of its verdict, for the person and for IT.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Evidence {
    pub requests: Vec<RequestEvidence>,
    /// What was found (homeserver, versions, sign-in methods …).
    pub facts: BTreeMap<String, serde_json::Value>,
    /// The network failure, when one decided the outcome.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure: Option<NetFailure>,
}

impl Evidence {
    pub fn request(&mut self, fetched: &overstap_net::Fetched) {
        self.requests.push(RequestEvidence {
            url: fetched.url.to_string(),
            status: fetched.status,
            elapsed_ms: fetched.elapsed_ms,
            certificate: fetched.certificate.clone(),
        });
    }

    pub fn fact(&mut self, name: &str, value: impl Into<serde_json::Value>) {
        self.facts.insert(name.to_owned(), value.into());
    }
}

/// The result of one probe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProbeOutcome {
    /// The probe id, as checklist data names it (`matrix.discovery`).
    pub probe: String,
    pub status: ProbeStatus,
    pub summary: Message,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remedy: Option<Message>,
    pub evidence: Evidence,
    pub elapsed_ms: u64,
}

impl ProbeOutcome {
    pub fn new(probe: &str, status: ProbeStatus, summary: Message) -> ProbeOutcome {
        ProbeOutcome {
            probe: probe.to_owned(),
            status,
            summary,
            remedy: None,
            evidence: Evidence::default(),
            elapsed_ms: 0,
        }
    }

    pub fn remedy(mut self, remedy: Message) -> ProbeOutcome {
        self.remedy = Some(remedy);
        self
    }

    pub fn evidence(mut self, evidence: Evidence) -> ProbeOutcome {
        self.evidence = evidence;
        self
    }

    /// A failed outcome explained by a network failure.
    pub fn from_failure(probe: &str, failure: NetFailure, mut evidence: Evidence) -> ProbeOutcome {
        let (summary, remedy) = failure_messages(&failure);
        evidence.failure = Some(failure);
        ProbeOutcome::new(probe, ProbeStatus::Fail, summary).remedy(remedy).evidence(evidence)
    }
}

/// `base` + `path`, keeping any path prefix of `base` (`https://x/matrix` + `_matrix/…`).
pub(crate) fn join(base: &overstap_net::Url, path: &str) -> overstap_net::Url {
    let mut s = base.as_str().trim_end_matches('/').to_owned();
    s.push('/');
    s.push_str(path);
    overstap_net::Url::parse(&s).unwrap_or_else(|_| base.clone())
}

/// Sends `request` and records the answer as evidence; a network failure
/// becomes the outcome that ends the probe.
pub(crate) async fn fetch_recorded(
    net: &overstap_net::NetClient,
    probe: &str,
    request: overstap_net::Request,
    evidence: &mut Evidence,
) -> Result<overstap_net::Fetched, ProbeOutcome> {
    match net.fetch(request).await {
        Ok(fetched) => {
            evidence.request(&fetched);
            Ok(fetched)
        }
        Err(failure) => Err(ProbeOutcome::from_failure(probe, failure, evidence.clone())),
    }
}

/// The JSON of a successful answer, or the outcome that ends the probe
/// (an error status, maintenance, an HTML page, broken JSON).
// The error is the probe's final result, made at most once per probe: its size costs nothing.
#[allow(clippy::result_large_err)]
pub(crate) fn read_json(
    probe: &str,
    fetched: overstap_net::Fetched,
    evidence: &Evidence,
) -> Result<serde_json::Value, ProbeOutcome> {
    fetched
        .ensure_success()
        .and_then(|f| f.json::<serde_json::Value>())
        .map_err(|failure| ProbeOutcome::from_failure(probe, failure, evidence.clone()))
}

/// `fetch_recorded` then `read_json`.
pub(crate) async fn fetch_json(
    net: &overstap_net::NetClient,
    probe: &str,
    request: overstap_net::Request,
    evidence: &mut Evidence,
) -> Result<serde_json::Value, ProbeOutcome> {
    let fetched = fetch_recorded(net, probe, request, evidence).await?;
    read_json(probe, fetched, evidence)
}

/// The texts of a sign-in check: no credentials given, credentials refused.
pub(crate) struct SignInTexts {
    pub missing: &'static str,
    /// Has a `-remedy` next to it.
    pub rejected: &'static str,
}

/// Sends `request` (carrying the person's credentials) and returns the JSON
/// answer, or the outcome that ends the probe: skipped without credentials,
/// failed when the server refuses them (401/403), or the network failure.
pub(crate) async fn signed_in_json(
    net: &overstap_net::NetClient,
    probe: &str,
    request: Option<overstap_net::Request>,
    texts: SignInTexts,
    evidence: &mut Evidence,
) -> Result<serde_json::Value, ProbeOutcome> {
    let Some(request) = request else {
        return Err(ProbeOutcome::new(probe, ProbeStatus::Skipped, Message::new(texts.missing)));
    };
    let fetched = fetch_recorded(net, probe, request, evidence).await?;
    if fetched.status == 401 || fetched.status == 403 {
        let m = Message::new(texts.rejected);
        return Err(ProbeOutcome::new(probe, ProbeStatus::Fail, m.clone())
            .remedy(m.remedy())
            .evidence(evidence.clone()));
    }
    read_json(probe, fetched, evidence)
}

#[cfg(test)]
mod secret_tests {
    #[test]
    fn secrets_never_print() {
        let s = super::Secret::new("syt_very_secret");
        assert_eq!(format!("{s:?}"), "Secret(<redacted>)");
        assert_eq!(s.expose(), "syt_very_secret");
    }
}
