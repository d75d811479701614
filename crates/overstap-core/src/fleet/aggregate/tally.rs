//! The running counts: each laptop's outcome is added once and then
//! dropped, so memory grows with the number of distinct names and
//! laptop-days, never with the reports' size.

use std::collections::{BTreeMap, HashMap};

use time::Date;

use super::interner::{Interner, NameId};
use super::laptop::LaptopOutcome;
use super::limits::{MAX_DISTINCT_TEXT_BYTES, MAX_SKIPPED_LISTED, MAX_TIMELINE_CHECKLISTS};
use super::reasons;
use super::skip::{SkipReason, Skipped};
use super::text::collapse_whitespace;
use crate::probe::ProbeStatus;
use crate::store::StepState;

/// The department of reports that name none, and the reason of blocked
/// steps that give none.
pub(crate) const NOT_GIVEN: NameId = NameId::MAX;

#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct LaptopCount {
    pub laptops: u64,
    pub complete: u64,
}

#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct ChecklistCount {
    pub laptops: u64,
    pub complete: u64,
    /// Sums over the laptops, for the means.
    pub done: u64,
    /// Of `done`: proved by Overstap.
    pub done_checked: u64,
    pub required: u64,
}

#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct StepCount {
    /// Laptops per state, in [`state_index`] order.
    pub states: [u64; 4],
    /// Of the done: on the person's word alone (also reports older than proofs).
    pub done_confirmed: u64,
    /// Laptops for which the step is required.
    pub required: u64,
}

#[derive(Debug, Default)]
pub(crate) struct ReasonCount {
    pub laptops: u64,
    pub departments: HashMap<NameId, u64>,
    /// The spellings seen, so the most common one can be shown.
    pub spellings: HashMap<NameId, u64>,
}

#[derive(Debug, Default)]
pub(crate) struct CheckCount {
    /// Laptops per status, in [`status_index`] order.
    pub statuses: [u64; 4],
    /// Failure kinds of the failing and warning results.
    pub failures: HashMap<NameId, u64>,
}

/// One laptop on one day it reported, for the timeline.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TimelineEntry {
    pub laptop: u32,
    pub day: Date,
    /// Bit i: the report has the i-th followed checklist / has it complete.
    pub present: u64,
    pub complete: u64,
    pub all_complete: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Tally {
    pub names: Interner,
    pub laptops: u64,
    pub reports: u64,
    pub replaced: u64,
    pub skipped: Vec<Skipped>,
    pub skipped_total: u64,
    pub skipped_by_code: BTreeMap<&'static str, u64>,
    pub departments: HashMap<NameId, LaptopCount>,
    pub checklists: HashMap<(NameId, NameId), ChecklistCount>,
    pub steps: HashMap<(NameId, NameId, NameId), StepCount>,
    pub blocked: HashMap<(NameId, NameId, NameId), ReasonCount>,
    pub checks: HashMap<NameId, CheckCount>,
    pub versions: HashMap<NameId, u64>,
    pub systems: HashMap<NameId, u64>,
    /// The checklists followed over time, bit i of a [`TimelineEntry`] mask.
    pub timeline_checklists: Vec<NameId>,
    pub timeline: Vec<TimelineEntry>,
}

pub(crate) fn state_index(state: StepState) -> usize {
    match state {
        StepState::Todo => 0,
        StepState::Done => 1,
        StepState::Skipped => 2,
        StepState::Blocked => 3,
    }
}

pub(crate) fn status_index(status: ProbeStatus) -> usize {
    match status {
        ProbeStatus::Pass => 0,
        ProbeStatus::Warn => 1,
        ProbeStatus::Fail => 2,
        ProbeStatus::Skipped => 3,
    }
}

impl Tally {
    /// Records a file left out.
    pub fn skip(&mut self, skipped: Skipped) {
        self.skipped_total += 1;
        *self.skipped_by_code.entry(skipped.reason.code()).or_default() += 1;
        if self.skipped.len() < MAX_SKIPPED_LISTED {
            self.skipped.push(skipped);
        }
    }

    /// Adds one laptop's outcome.
    pub fn add(&mut self, outcome: LaptopOutcome) {
        for skipped in outcome.skipped {
            self.skip(skipped);
        }
        let Some(current) = outcome.current else { return };
        let report = &current.report;
        let department = report.department.as_deref().map(collapse_whitespace).filter(|d| !d.is_empty());
        let reasons: Vec<Option<(String, String)>> = report
            .checklists
            .iter()
            .flat_map(|c| &c.steps)
            .filter(|s| s.state == StepState::Blocked)
            .map(|s| s.reason.as_deref().and_then(reasons::shown).map(|shown| (reasons::group_key(&shown), shown)))
            .collect();
        if !self.fits(&outcome.days, &current, department.as_deref(), &reasons) {
            let file = crate::fleet::report::file_name(&report.report_id);
            for _ in 0..outcome.days.len() {
                self.skip(Skipped::new(&file, SkipReason::TooManyDistinctTexts));
            }
            return;
        }
        let laptop = u32::try_from(self.laptops).unwrap_or(u32::MAX);
        self.laptops += 1;
        self.reports += outcome.days.len() as u64;
        self.replaced += outcome.replaced;
        let dept = department.as_deref().map_or(NOT_GIVEN, |d| self.names.intern(d));
        let all_complete = report.checklists.iter().all(|c| c.complete);
        let count = self.departments.entry(dept).or_default();
        count.laptops += 1;
        count.complete += u64::from(all_complete);

        let mut reasons = reasons.into_iter();
        for checklist in &report.checklists {
            let c = self.names.intern(&checklist.id);
            let count = self.checklists.entry((dept, c)).or_default();
            count.laptops += 1;
            count.complete += u64::from(checklist.complete);
            count.done += u64::from(checklist.done);
            count.done_checked += u64::from(checklist.done_checked);
            count.required += u64::from(checklist.required);
            for step in &checklist.steps {
                let s = self.names.intern(&step.id);
                let count = self.steps.entry((dept, c, s)).or_default();
                count.states[state_index(step.state)] += 1;
                let by_overstap = step.proof.is_some_and(crate::store::Proof::by_overstap);
                count.done_confirmed += u64::from(step.state == StepState::Done && !by_overstap);
                count.required += u64::from(step.required);
                if step.state == StepState::Blocked {
                    let reason = reasons.next().flatten();
                    self.add_blocked(dept, c, s, reason);
                }
            }
        }
        for check in report.checks.iter().flatten() {
            let probe = self.names.intern(&check.probe);
            let failure = check.failure.as_deref().map(|f| self.names.intern(f));
            let count = self.checks.entry(probe).or_default();
            count.statuses[status_index(check.status)] += 1;
            if let (Some(failure), ProbeStatus::Fail | ProbeStatus::Warn) = (failure, check.status) {
                *count.failures.entry(failure).or_default() += 1;
            }
        }
        let version = self.names.intern(&report.app_version);
        *self.versions.entry(version).or_default() += 1;
        let os = self.names.intern(&report.os);
        *self.systems.entry(os).or_default() += 1;
        for day in &outcome.days {
            let (mut present, mut complete) = (0u64, 0u64);
            for (id, is_complete) in &day.checklists {
                if let Some(bit) = self.timeline_bit(id) {
                    present |= 1 << bit;
                    complete |= u64::from(*is_complete) << bit;
                }
            }
            let all_complete = day.checklists.iter().all(|(_, complete)| *complete);
            self.timeline.push(TimelineEntry { laptop, day: day.day, present, complete, all_complete });
        }
    }

    /// Whether this laptop's names fit in what is left of the budget.
    fn fits(
        &self,
        days: &[super::laptop::DayState],
        current: &super::validate::Checked,
        department: Option<&str>,
        reasons: &[Option<(String, String)>],
    ) -> bool {
        let report = &current.report;
        let texts = department
            .into_iter()
            .chain([report.app_version.as_str(), report.os.as_str()])
            .chain(
                report
                    .checklists
                    .iter()
                    .flat_map(|c| std::iter::once(c.id.as_str()).chain(c.steps.iter().map(|s| s.id.as_str()))),
            )
            .chain(reasons.iter().flatten().flat_map(|(key, shown)| [key.as_str(), shown.as_str()]))
            .chain(
                report
                    .checks
                    .iter()
                    .flatten()
                    .flat_map(|c| std::iter::once(c.probe.as_str()).chain(c.failure.as_deref())),
            )
            .chain(days.iter().flat_map(|d| d.checklists.iter().map(|(id, _)| id.as_str())));
        self.names.fits(texts, MAX_DISTINCT_TEXT_BYTES)
    }

    fn add_blocked(&mut self, dept: NameId, checklist: NameId, step: NameId, reason: Option<(String, String)>) {
        let (key, spelling) = match reason {
            Some((key, shown)) => (self.names.intern(&key), Some(self.names.intern(&shown))),
            None => (NOT_GIVEN, None),
        };
        let count = self.blocked.entry((checklist, step, key)).or_default();
        count.laptops += 1;
        *count.departments.entry(dept).or_default() += 1;
        if let Some(spelling) = spelling {
            *count.spellings.entry(spelling).or_default() += 1;
        }
    }

    /// The bit a checklist has in the timeline masks, if one is left.
    fn timeline_bit(&mut self, checklist: &str) -> Option<usize> {
        let id = self.names.intern(checklist);
        if let Some(bit) = self.timeline_checklists.iter().position(|c| *c == id) {
            return Some(bit);
        }
        (self.timeline_checklists.len() < MAX_TIMELINE_CHECKLISTS).then(|| {
            self.timeline_checklists.push(id);
            self.timeline_checklists.len() - 1
        })
    }
}
