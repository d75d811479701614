//! Fleet reports through the API: what reporting the preset asks for, the
//! exact report that goes out, the person's "I have seen it", and sending.
//!
//! Nothing is sent unless the preset turns reporting on, and nothing before
//! the person has seen the report (once per destination and choice of
//! fields: if IT changes either, the person sees it again). Sending is in
//! three parts so the app never holds the core during network I/O:
//! [`Overstap::fleet_prepare_send`] (queue today's report, pick what is
//! due), [`FleetSendPlan::upload`] (network only), [`Overstap::fleet_record_sent`].

use serde::Serialize;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::settings::SettingKey;
use super::Overstap;
use crate::error::{Error, ErrorCode, Result};
use crate::fleet::build::{build, ReportInput};
use crate::fleet::config::{reporting, PublicShare, ReportingConfig, ReportingState};
use crate::fleet::laptop_id::this_machine;
use crate::fleet::report::FleetReport;
use crate::fleet::upload;
use crate::lang::Lang;
use crate::preset::model::ReportField;
use crate::store::{FleetUpload, QueuedReport};
use overstap_net::{Limits, NetClient, NetFailure};

/// Setting: what the person saw, and when (`<at> <fingerprint>`).
const SEEN: &str = "fleet_seen";
/// Setting: this computer's id where the operating system gives none.
const INSTALL_ID: &str = "fleet_install_id";

/// Whether reporting is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum FleetState {
    /// The preset does not turn reporting on: nothing is ever sent.
    Off,
    /// The preset turns it on, but it cannot work (see `problem`): nothing is sent.
    Misconfigured,
    On,
}

/// Reporting as the person and IT see it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FleetStatusView {
    pub state: FleetState,
    /// Why reporting cannot work, when misconfigured.
    pub problem: Option<String>,
    /// The server reports go to (`cloud.example.nl`).
    pub destination: Option<String>,
    /// The organisation, as its preset names it.
    pub organisation: Option<String>,
    /// What reports carry beyond step states.
    pub includes: Vec<ReportField>,
    /// The person has seen what is sent to this destination (nothing is sent before).
    pub seen: bool,
    pub seen_at: Option<String>,
    /// Reports waiting and recently sent, newest day first.
    pub uploads: Vec<FleetUploadView>,
}

/// One report file and how its upload stands.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FleetUploadView {
    pub name: String,
    pub day: String,
    pub sent_at: Option<String>,
    pub attempts: u32,
    /// When it is tried again, while unsent.
    pub next_attempt_at: Option<String>,
    /// What went wrong last time, in the reader's language.
    pub last_failure: Option<String>,
}

/// Exactly what is sent: the bytes of today's report and where they go.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FleetPreview {
    pub file_name: String,
    pub destination: String,
    /// The report, byte for byte as it is uploaded (JSON).
    pub body: String,
    pub seen: bool,
}

/// What one send did.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FleetSendView {
    /// File names uploaded now.
    pub sent: Vec<String>,
    /// Reports still waiting (offline, server trouble), with when they are tried again.
    pub waiting: Vec<FleetUploadView>,
}

/// What is due for upload, with what it takes to send it; holds no core.
#[derive(Debug, Clone)]
pub struct FleetSendPlan {
    share: PublicShare,
    due: Vec<FleetUpload>,
    net: NetClient,
}

/// The outcome of uploading one report.
#[derive(Debug, Clone)]
pub struct FleetAttempt {
    name: String,
    digest: String,
    result: std::result::Result<(), NetFailure>,
}

impl FleetSendPlan {
    /// Whether anything is due.
    pub fn is_empty(&self) -> bool {
        self.due.is_empty()
    }

    /// Uploads every due report, one after another (a few small files; no
    /// need to load the organisation's server with parallel requests).
    pub async fn upload(&self) -> Vec<FleetAttempt> {
        let mut attempts = Vec::with_capacity(self.due.len());
        for item in &self.due {
            let result = upload::put(&self.net, &self.share, &item.name, item.body.as_bytes()).await;
            if let Err(f) = &result {
                tracing::warn!(report = %item.name, kind = f.kind.as_str(), status = ?f.status, "fleet report upload failed");
            } else {
                tracing::info!(report = %item.name, "fleet report uploaded");
            }
            attempts.push(FleetAttempt { name: item.name.clone(), digest: item.digest.clone(), result });
        }
        attempts
    }
}

impl Overstap {
    /// Whether reporting is on, where to, what it includes, what waits.
    pub fn fleet_status(&self, lang: Lang) -> Result<FleetStatusView> {
        let state = reporting(&self.preset.preset);
        let organisation = self.preset.preset.organisation.as_ref().and_then(|o| o.name.clone());
        let (state_view, problem, config) = match &state {
            ReportingState::Off => (FleetState::Off, None, None),
            ReportingState::Misconfigured(m) => (FleetState::Misconfigured, Some(m.render(lang)), None),
            ReportingState::On(config) => (FleetState::On, None, Some(config)),
        };
        let seen_at = config.and_then(|c| self.seen_at(c).ok().flatten());
        let uploads = self.store()?.fleet_uploads()?.iter().map(|u| upload_view(u, lang)).collect();
        Ok(FleetStatusView {
            state: state_view,
            problem,
            destination: config.map(|c| c.share.host().to_owned()),
            organisation,
            includes: config.map(|c| c.include.iter().copied().collect()).unwrap_or_default(),
            seen: seen_at.is_some(),
            seen_at,
            uploads,
        })
    }

    /// Queues today's report (nothing is sent) and returns it exactly as it
    /// will be uploaded.
    pub fn fleet_preview(&self) -> Result<FleetPreview> {
        let config = self.reporting_on()?;
        let queued = self.queue_today(&config)?;
        Ok(FleetPreview {
            file_name: queued.name,
            destination: config.share.host().to_owned(),
            body: queued.body,
            seen: self.seen_at(&config)?.is_some(),
        })
    }

    /// The person has seen what is sent: uploads may start.
    pub fn fleet_mark_seen(&self) -> Result<()> {
        let config = self.reporting_on()?;
        let value = format!("{} {}", crate::time::now_rfc3339(), fingerprint(&config));
        self.store()?.set_setting(SEEN, Some(&value))?;
        tracing::info!("fleet report seen by the person");
        Ok(())
    }

    /// Queues today's report and picks the reports due for upload (all
    /// unsent ones with `ignore_back_off`). Refused while reporting is off
    /// or the person has not seen the report. `extra_ca_pem` adds to the
    /// preset's CA files.
    pub fn fleet_prepare_send(&self, ignore_back_off: bool, extra_ca_pem: Option<&[u8]>) -> Result<FleetSendPlan> {
        let config = self.reporting_on()?;
        if self.seen_at(&config)?.is_none() {
            return Err(Error::new(ErrorCode::ReportNotSeen, "error-report-not-seen"));
        }
        self.queue_today(&config)?;
        let now = crate::time::now_rfc3339();
        let due: Vec<FleetUpload> = self
            .store()?
            .due_fleet_uploads(&now, ignore_back_off)?
            .into_iter()
            // A report queued for an earlier share stays where it is: never sent elsewhere.
            .filter(|u| u.destination == config.share.link.as_str())
            .collect();
        let mut pem = self.preset_ca_pem().unwrap_or_default();
        pem.extend_from_slice(extra_ca_pem.unwrap_or_default());
        let net = NetClient::new(Limits::default(), (!pem.is_empty()).then_some(pem.as_slice()))
            .map_err(|detail| Error::new(ErrorCode::InvalidInput, "error-ca-file").arg("detail", detail))?;
        Ok(FleetSendPlan { share: config.share, due, net })
    }

    /// Records the uploads' outcomes: sent, or back in the queue until a
    /// later attempt (with back-off).
    pub fn fleet_record_sent(&self, attempts: &[FleetAttempt], lang: Lang) -> Result<FleetSendView> {
        let now = OffsetDateTime::now_utc();
        let mut sent = Vec::new();
        {
            let mut store = self.store()?;
            let previous: std::collections::HashMap<String, u32> =
                store.fleet_uploads()?.into_iter().map(|u| (u.name, u.attempts)).collect();
            for a in attempts {
                match &a.result {
                    Ok(()) => {
                        store.fleet_upload_sent(&a.name, &a.digest, &crate::time::format(now))?;
                        sent.push(a.name.clone());
                    }
                    Err(failure) => {
                        let so_far = previous.get(&a.name).copied().unwrap_or(0);
                        let next = crate::time::format(upload::next_attempt(now, so_far));
                        let failure = serde_json::to_string(failure).map_err(Error::internal)?;
                        store.fleet_upload_failed(&a.name, &a.digest, &failure, &next)?;
                    }
                }
            }
        }
        let waiting = self
            .store()?
            .fleet_uploads()?
            .iter()
            .filter(|u| u.sent_at.is_none())
            .map(|u| upload_view(u, lang))
            .collect();
        Ok(FleetSendView { sent, waiting })
    }

    /// Queues today's report and sends what is due: the three steps above
    /// in one call, for the CLI.
    pub async fn fleet_send(
        &self,
        ignore_back_off: bool,
        extra_ca_pem: Option<&[u8]>,
        lang: Lang,
    ) -> Result<FleetSendView> {
        let plan = self.fleet_prepare_send(ignore_back_off, extra_ca_pem)?;
        let attempts = plan.upload().await;
        self.fleet_record_sent(&attempts, lang)
    }

    fn build_report(&self, config: &ReportingConfig) -> Result<FleetReport> {
        let settings = self.settings()?;
        let setting = |key: SettingKey| settings.settings.iter().find(|s| s.key == key).and_then(|s| s.value.clone());
        let (statuses, checks, install_id) = {
            let mut store = self.store()?;
            let install_id = match store.settings()?.remove(INSTALL_ID) {
                Some(id) => id,
                None => {
                    let id = random_id();
                    store.set_setting(INSTALL_ID, Some(&id))?;
                    id
                }
            };
            (store.statuses()?, store.latest_probe_results()?, install_id)
        };
        let who = this_machine(|| install_id);
        let preset_serial = self.preset.sources.iter().filter(|s| !s.refused).filter_map(|s| s.serial).max();
        Ok(build(&ReportInput {
            library: &self.library,
            statuses: &statuses,
            checks: &checks,
            config,
            who: &who,
            department: setting(SettingKey::Department),
            email: setting(SettingKey::Email),
            preset_serial,
            now: OffsetDateTime::now_utc(),
        }))
    }

    /// Builds and queues today's report; returns the queued row (its body
    /// is what is sent, also when an identical report was queued earlier).
    fn queue_today(&self, config: &ReportingConfig) -> Result<FleetUpload> {
        let report = self.build_report(config)?;
        let body = serde_json::to_string_pretty(&report).map_err(Error::internal)?;
        let digest = content_digest(&report)?;
        let name = report.file_name();
        let mut store = self.store()?;
        store.queue_fleet_report(&QueuedReport {
            name: &name,
            destination: config.share.link.as_str(),
            day: &report.day,
            body: &body,
            digest: &digest,
            now: &crate::time::now_rfc3339(),
        })?;
        store
            .fleet_uploads()?
            .into_iter()
            .find(|u| u.name == name)
            .ok_or_else(|| Error::internal("queued fleet report missing"))
    }

    fn reporting_on(&self) -> Result<ReportingConfig> {
        match reporting(&self.preset.preset) {
            ReportingState::On(config) => Ok(config),
            ReportingState::Off => Err(Error::new(ErrorCode::ReportingOff, "error-reporting-off")),
            ReportingState::Misconfigured(problem) => {
                Err(Error::new(ErrorCode::ReportingOff, "error-reporting-misconfigured")
                    .message_arg("problem", problem))
            }
        }
    }

    /// When the person saw the report as it is now configured.
    fn seen_at(&self, config: &ReportingConfig) -> Result<Option<String>> {
        let stored = self.store()?.settings()?.remove(SEEN);
        Ok(stored.and_then(|v| {
            let (at, seen) = v.split_once(' ')?;
            (seen == fingerprint(config)).then(|| at.to_owned())
        }))
    }
}

/// What the person agreed to look at: the destination and the fields.
fn fingerprint(config: &ReportingConfig) -> String {
    let fields: Vec<&str> = config
        .include
        .iter()
        .map(|f| match f {
            ReportField::Department => "department",
            ReportField::BlockedReasons => "blocked_reasons",
            ReportField::CheckOutcomes => "check_outcomes",
            ReportField::Names => "names",
        })
        .collect();
    format!("{}|{}", config.share.link, fields.join(","))
}

/// The report's content apart from when it was made: an unchanged report
/// is not uploaded again.
fn content_digest(report: &FleetReport) -> Result<String> {
    let mut timeless = report.clone();
    timeless.generated_at = String::new();
    let bytes = serde_json::to_vec(&timeless).map_err(Error::internal)?;
    Ok(Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect())
}

fn upload_view(u: &FleetUpload, lang: Lang) -> FleetUploadView {
    let last_failure = u
        .last_failure
        .as_deref()
        .and_then(|f| serde_json::from_str::<NetFailure>(f).ok())
        .map(|f| crate::probe::failure_messages(&f).0.render(lang));
    FleetUploadView {
        name: u.name.clone(),
        day: u.day.clone(),
        sent_at: u.sent_at.clone(),
        attempts: u.attempts,
        next_attempt_at: u.sent_at.is_none().then(|| u.next_attempt_at.clone()),
        last_failure,
    }
}

/// 32 random hex digits.
fn random_id() -> String {
    let mut bytes = [0u8; 16];
    // Without randomness the time still tells installs apart well enough.
    if getrandom::fill(&mut bytes).is_err() {
        bytes = OffsetDateTime::now_utc().unix_timestamp_nanos().to_le_bytes();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
