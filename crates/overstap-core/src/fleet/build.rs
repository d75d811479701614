//! Makes this laptop's report from its progress, its newest check results
//! and the preset's choices: only what `[reporting] include` names goes in.

use std::collections::HashMap;

use time::OffsetDateTime;

use super::config::ReportingConfig;
use super::laptop_id::{laptop_id, MachineIdentity};
use super::report::{
    without_unsafe_chars, FleetCheck, FleetChecklist, FleetPerson, FleetReport, FleetStep, FLEET_SCHEMA_VERSION, FORMAT,
};
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
                        .as_deref()
                        .filter(|_| status.state == StepState::Blocked && include(ReportField::BlockedReasons))
                        .map(without_unsafe_chars);
                    FleetStep {
                        id: s.id.clone(),
                        state: status.state,
                        required: s.required,
                        proof: status.proof,
                        reason,
                        changed_on: status.changed_at.as_deref().and_then(date_part),
                    }
                })
                .collect();
            FleetChecklist::from_steps(c.id.clone(), steps)
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
        name: input.who.full_name.as_deref().map(without_unsafe_chars),
        account: without_unsafe_chars(&input.who.account),
        email: input.email.as_deref().map(without_unsafe_chars),
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
        department: input.department.as_deref().filter(|_| include(ReportField::Department)).map(without_unsafe_chars),
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::fleet::config::PublicShare;

    fn report(include: &[ReportField], statuses: &HashMap<StepRef, StepStatus>) -> FleetReport {
        report_by(include, statuses, "Jan Jansen", "DG Digitale Overheid")
    }

    fn report_by(
        include: &[ReportField],
        statuses: &HashMap<StepRef, StepStatus>,
        full_name: &str,
        department: &str,
    ) -> FleetReport {
        let library = crate::checklist::load_embedded().unwrap();
        let config = ReportingConfig {
            share: PublicShare::parse("https://cloud.example.nl/s/Tok").unwrap(),
            include: include.iter().copied().collect::<BTreeSet<_>>(),
            salt: "salt-salt-salt-salt".into(),
        };
        let who =
            MachineIdentity { machine_id: "m-1".into(), account: "jjansen".into(), full_name: Some(full_name.into()) };
        build(&ReportInput {
            library: &library,
            statuses,
            checks: &[],
            config: &config,
            who: &who,
            department: Some(department.into()),
            email: Some("j.jansen@minvz.example".into()),
            preset_serial: Some(7),
            now: time::macros::datetime!(2026-11-23 23:30 UTC),
        })
    }

    fn blocked() -> HashMap<StepRef, StepStatus> {
        HashMap::from([(
            StepRef::new("matrix", "install-element"),
            StepStatus {
                state: StepState::Blocked,
                reason: Some("Fachverfahren VIS".into()),
                changed_at: Some("2026-11-20T14:03:11.000Z".into()),
                proof: None,
                checked_by: None,
            },
        )])
    }

    #[test]
    fn only_what_the_preset_includes_goes_in() {
        let bare = report(&[], &blocked());
        assert_eq!((bare.department.as_ref(), bare.person.as_ref(), bare.checks.as_ref()), (None, None, None));
        let json = serde_json::to_string(&bare).unwrap();
        for private in ["Fachverfahren", "jjansen", "Jan Jansen", "DG Digitale", "minvz"] {
            assert!(!json.contains(private), "{private} leaked into {json}");
        }
        let all = report(
            &[ReportField::Department, ReportField::BlockedReasons, ReportField::CheckOutcomes, ReportField::Names],
            &blocked(),
        );
        assert_eq!(all.department.as_deref(), Some("DG Digitale Overheid"));
        let person = all.person.unwrap();
        assert_eq!((person.account.as_str(), person.name.as_deref()), ("jjansen", Some("Jan Jansen")));
        assert_eq!(person.email.as_deref(), Some("j.jansen@minvz.example"));
        assert_eq!(all.checks, Some(vec![]));
        let matrix = all.checklists.iter().find(|c| c.id == "matrix").unwrap();
        let step = matrix.steps.iter().find(|s| s.id == "install-element").unwrap();
        assert_eq!(
            (step.reason.as_deref(), step.changed_on.as_deref()),
            (Some("Fachverfahren VIS"), Some("2026-11-20"))
        );
    }

    #[test]
    fn the_day_and_id_follow_utc_and_the_pseudonym() {
        let r = report(&[], &HashMap::new());
        assert_eq!(r.day, "2026-11-23");
        assert_eq!(r.report_id, format!("{}-2026-11-23", r.laptop_id));
        assert_eq!(r.file_name(), format!("overstap-{}-2026-11-23.json", r.laptop_id));
        assert_eq!(r.preset_serial, Some(7));
        assert!(r.checklists.iter().all(|c| !c.complete || c.done == c.required));
        assert!(r.checklists.iter().any(|c| c.required > 0 && !c.complete));
    }

    #[test]
    fn invisible_characters_stored_before_or_from_the_os_are_left_out_not_sent() {
        // An older version accepted a joiner in a reason; the OS may give a
        // name with a soft hyphen: the aggregate would skip the whole report.
        let mut statuses = blocked();
        statuses.get_mut(&StepRef::new("matrix", "install-element")).unwrap().reason =
            Some("Fach\u{200D}verfahren \u{202E}VIS".into());
        let all = [ReportField::Department, ReportField::BlockedReasons, ReportField::Names];
        let r = report_by(&all, &statuses, "Jan\u{00AD}sen", "DG\u{FEFF} Digitale Overheid");
        let json = serde_json::to_string(&r).unwrap();
        assert!(!json.chars().any(crate::fleet::report::is_unsafe_char), "{json}");
        let step = r.checklists.iter().flat_map(|c| &c.steps).find(|s| s.id == "install-element").unwrap();
        assert_eq!(step.reason.as_deref(), Some("Fachverfahren VIS"));
        assert_eq!(r.person.unwrap().name.as_deref(), Some("Jansen"));
        assert_eq!(r.department.as_deref(), Some("DG Digitale Overheid"));
    }
}
