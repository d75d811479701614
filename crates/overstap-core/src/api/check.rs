//! Running server checks through the API: results are stored with their
//! evidence, and each probe step follows its check (the rules in
//! `proof.rs`: done when it passes, waiting for the person on a `confirm`
//! step, back to to-do when it warns or no longer passes), with the result
//! linked in the step's history.

use serde::Serialize;

use super::{proof, Overstap};
use crate::checklist::StepRef;
use crate::error::Result;
use crate::lang::Lang;
use crate::probe::{self, CheckRequest, Evidence, ProbeOutcome, ProbeStatus};

/// One check's result, rendered in the reader's language.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CheckResultView {
    pub probe: String,
    pub status: ProbeStatus,
    pub summary: String,
    pub remedy: Option<String>,
    pub evidence: Evidence,
    pub elapsed_ms: u64,
    /// The stored result's sequence number.
    pub seq: i64,
    /// Steps (`checklist/step`) whose state this result changed.
    pub changed_steps: Vec<String>,
}

/// A whole check run.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CheckReport {
    pub results: Vec<CheckResultView>,
    pub pass: usize,
    pub warn: usize,
    pub fail: usize,
    pub skipped: usize,
    /// One line for people: "3 of 4 checks work …".
    pub summary: String,
}

impl CheckReport {
    /// Whether any check failed (the CLI exits 1 then).
    pub fn any_failed(&self) -> bool {
        self.fail > 0
    }
}

impl Overstap {
    /// Stores one service's outcomes and renders them.
    fn store_outcomes(&self, outcomes: Vec<ProbeOutcome>, lang: Lang) -> Result<Vec<CheckResultView>> {
        let mut views = Vec::with_capacity(outcomes.len());
        for outcome in outcomes {
            let (seq, changed_steps) = self.store_outcome(&outcome)?;
            tracing::info!(probe = %outcome.probe, status = outcome.status.as_str(), elapsed_ms = outcome.elapsed_ms, "checked");
            views.push(CheckResultView {
                summary: outcome.summary.render(lang),
                remedy: outcome.remedy.as_ref().map(|r| r.render(lang)),
                probe: outcome.probe,
                status: outcome.status,
                evidence: outcome.evidence,
                elapsed_ms: outcome.elapsed_ms,
                seq,
                changed_steps,
            });
        }
        Ok(views)
    }

    /// Runs the requested checks against the organisation's servers, stores
    /// each result, and moves the probe steps that name them.
    pub async fn check(&self, request: &CheckRequest, lang: Lang) -> Result<CheckReport> {
        self.check_each(request, lang, |_| {}).await
    }

    /// [`Overstap::check`], calling `arrived` with each service's results
    /// as soon as they are stored (the app shows them as they come in).
    /// The report keeps the stable order (service, then probe).
    pub async fn check_each(
        &self,
        request: &CheckRequest,
        lang: Lang,
        mut arrived: impl FnMut(&[CheckResultView]) + Send,
    ) -> Result<CheckReport> {
        let mut request = request.clone();
        self.fill_from_settings(&mut request)?;
        self.fill_from_preset(&mut request)?;
        self.fill_sign_ins(&mut request)?;
        if request.libreoffice_minimum_version.is_none() {
            request.libreoffice_minimum_version = self.probe_param(probe::libreoffice::INSTALLED, "minimum_version");
        }
        let mut stored: Vec<(usize, Vec<CheckResultView>)> = Vec::new();
        let mut failure = None;
        probe::run_check_each(&request, |index, outcomes| {
            if failure.is_some() {
                return;
            }
            match self.store_outcomes(outcomes, lang) {
                Ok(views) => {
                    arrived(&views);
                    stored.push((index, views));
                }
                Err(e) => failure = Some(e),
            }
        })
        .await?;
        if let Some(e) = failure {
            return Err(e);
        }
        stored.sort_by_key(|(index, _)| *index);
        let results: Vec<CheckResultView> = stored.into_iter().flat_map(|(_, views)| views).collect();
        let count = |s| results.iter().filter(|r| r.status == s).count();
        let (pass, warn, fail, skipped) =
            (count(ProbeStatus::Pass), count(ProbeStatus::Warn), count(ProbeStatus::Fail), count(ProbeStatus::Skipped));
        let summary = probe::Message::new("check-summary")
            .arg("pass", pass + warn)
            .arg("total", results.len() - skipped)
            .arg("warn", warn)
            .arg("fail", fail)
            .render(lang);
        Ok(CheckReport { results, pass, warn, fail, skipped, summary })
    }

    /// A parameter the checklist data gives a probe (the first step naming it).
    fn probe_param(&self, probe: &str, name: &str) -> Option<String> {
        self.library
            .checklists()
            .iter()
            .flat_map(|c| &c.steps)
            .filter_map(|s| s.probe.as_ref())
            .find(|p| p.id == probe)
            .and_then(|p| p.params.get(name))
            .and_then(|v| v.as_str().map(str::to_owned))
    }

    /// Stores one outcome and applies it to the steps that name its probe
    /// (the rules are in `proof.rs`).
    pub(super) fn store_outcome(&self, outcome: &ProbeOutcome) -> Result<(i64, Vec<String>)> {
        let steps: Vec<(StepRef, bool)> = self
            .library
            .checklists()
            .iter()
            .flat_map(|checklist| {
                checklist
                    .steps
                    .iter()
                    .filter(|s| s.probe.as_ref().is_some_and(|p| p.id == outcome.probe))
                    .map(|step| (StepRef::new(&checklist.id, &step.id), step.confirm))
            })
            .collect();
        let refs: Vec<StepRef> = steps.iter().map(|(r, _)| r.clone()).collect();
        let (seq, changes) = self.store()?.record_probe(outcome, &refs, |step, current, seq| {
            let confirm = steps.iter().any(|(r, confirm)| r == step && *confirm);
            proof::after_check(confirm, current, outcome, seq)
        })?;
        Ok((seq, changes.iter().map(|c| StepRef::new(&c.checklist, &c.step).to_string()).collect()))
    }

    /// The newest stored result of every probe, rendered in `lang`.
    pub fn latest_check_results(&self, lang: Lang) -> Result<Vec<CheckResultView>> {
        let stored = self.store()?.latest_probe_results()?;
        Ok(stored
            .into_iter()
            .map(|s| CheckResultView {
                summary: s.outcome.summary.render(lang),
                remedy: s.outcome.remedy.as_ref().map(|r| r.render(lang)),
                probe: s.outcome.probe,
                status: s.outcome.status,
                evidence: s.outcome.evidence,
                elapsed_ms: s.outcome.elapsed_ms,
                seq: s.seq,
                changed_steps: Vec::new(),
            })
            .collect())
    }
}
