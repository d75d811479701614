//! Makes this laptop's report from its progress, its newest check results
//! and the preset's choices: only what `[reporting] include` names goes in.

use std::collections::HashMap;

use time::OffsetDateTime;

use super::config::ReportingConfig;
use super::laptop_id::{laptop_id, MachineIdentity};
use super::report::{FleetCheck, FleetChecklist, FleetPerson, FleetReport, FleetStep, FLEET_SCHEMA_VERSION, FORMAT};
use crate::checklist::{Library, StepRef};
use crate::preset::model::ReportField;
use crate::progress::status_of;
use crate::store::{StepState, StepStatus, StoredProbeResult};

/// Everything a report is made from.
pub struct ReportInput<'a> {
    pub library: &'a Library,
    pub statuses: &'a HashMap<StepRef, StepStatus>,
    /// The newest result of each probe.
    pub checks: &'a [StoredProbeResult],
    pub config: &'a ReportingConfig,
    pub who: &'a MachineIdentity,
    pub department: Option<String>,
    /// The person's work address (sent only with `names`).
    pub email: Option<String>,
    pub preset_serial: Option<u64>,
    pub now: OffsetDateTime,
}

pub fn build(input: &ReportInput<'_>) -> FleetReport {
    let include = |field| input.config.include.contains(&field);
    let laptop_id = laptop_id(&input.config.salt, input.who);
    let day = day_of(input.now);
    let checklists = input
        .library
        .checklists()
        .iter()
        .map(|c| {
            let steps: Vec<FleetStep> = c
                .steps
                .iter()
                .map(|s| {
                    let status = status_of(input.statuses, &c.id, &s.id);
                    let reason = status
                        .reason
                        .clone()
                        .filter(|_| status.state == StepState::Blocked && include(ReportField::BlockedReasons));
                    FleetStep {
                        id: s.id.clone(),
                        state: status.state,
                        required: s.required,
                        reason,
                        changed_on: status.changed_at.as_deref().and_then(date_part),
                    }
                })
                .collect();
            let required = steps.iter().filter(|s| s.required).count() as u32;
            let done = steps.iter().filter(|s| s.required && s.state == StepState::Done).count() as u32;
            FleetChecklist { id: c.id.clone(), done, required, complete: done == required, steps }
        })
        .collect();
    let checks = include(ReportField::CheckOutcomes).then(|| {
        let mut checks: Vec<FleetCheck> = input
            .checks
            .iter()
            .map(|r| FleetCheck {
                probe: r.outcome.probe.clone(),
                status: r.outcome.status,
                failure: r.outcome.evidence.failure.as_ref().map(|f| f.kind.as_str().to_owned()),
                checked_on: date_part(&r.at).unwrap_or_else(|| day.clone()),
            })
            .collect();
        checks.sort_by(|a, b| a.probe.cmp(&b.probe));
        checks
    });
    let person = include(ReportField::Names).then(|| FleetPerson {
        name: input.who.full_name.clone(),
        account: input.who.account.clone(),
        email: input.email.clone(),
    });
    FleetReport {
        format: FORMAT.to_owned(),
        schema_version: FLEET_SCHEMA_VERSION,
        report_id: format!("{laptop_id}-{day}"),
        laptop_id,
        day,
        generated_at: crate::time::format(input.now),
        app_version: crate::VERSION.to_owned(),
        os: std::env::consts::OS.to_owned(),
        preset_serial: input.preset_serial,
        department: input.department.clone().filter(|_| include(ReportField::Department)),
        person,
        checklists,
        checks,
    }
}

/// `YYYY-MM-DD` of `t` in UTC.
pub fn day_of(t: OffsetDateTime) -> String {
    let d = t.to_offset(time::UtcOffset::UTC).date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// The date of an RFC 3339 time as stored (`2026-11-23T…` → `2026-11-23`).
fn date_part(rfc3339: &str) -> Option<String> {
    let t = OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339).ok()?;
    Some(day_of(t))
}
