//! Reports for the unit tests: valid by construction, changed by each test
//! in the one way it is about.

use crate::fleet::report::{FleetCheck, FleetChecklist, FleetReport, FleetStep, FORMAT};
use crate::probe::ProbeStatus;
use crate::store::{Proof, StepState};

use super::validate::Checked;

/// A laptop id.
pub(crate) const ID: &str = "0123456789abcdef0123456789abcdef";

/// A checklist of two required steps, both done when `complete`: the
/// first checked by Overstap, the second on the person's word.
pub(crate) fn checklist(id: &str, complete: bool) -> FleetChecklist {
    let state = if complete { StepState::Done } else { StepState::Todo };
    let step = |id: &str, proof| FleetStep {
        id: id.into(),
        state,
        required: true,
        proof: complete.then_some(proof),
        reason: None,
        changed_on: None,
    };
    FleetChecklist {
        id: id.into(),
        done: if complete { 2 } else { 0 },
        done_checked: u32::from(complete),
        required: 2,
        complete,
        steps: vec![step("first", Proof::Checked), step("second", Proof::Confirmed)],
    }
}

/// A valid report of laptop `laptop` on `day`.
pub(crate) fn report(laptop: &str, day: &str, generated_at: &str, checklists: &[(&str, bool)]) -> FleetReport {
    FleetReport {
        format: FORMAT.into(),
        schema_version: 1,
        report_id: format!("{laptop}-{day}"),
        laptop_id: laptop.into(),
        day: day.into(),
        generated_at: generated_at.into(),
        app_version: "0.1.0".into(),
        os: "linux".into(),
        preset_serial: Some(7),
        department: Some("Finance".into()),
        person: None,
        checklists: checklists.iter().map(|(id, complete)| checklist(id, *complete)).collect(),
        checks: Some(vec![FleetCheck {
            probe: "matrix.discovery".into(),
            status: ProbeStatus::Fail,
            failure: Some("timeout".into()),
            checked_on: day.into(),
        }]),
    }
}

/// [`report`], as checked.
pub(crate) fn checked(laptop: &str, day: &str, generated_at: &str, checklists: &[(&str, bool)]) -> Checked {
    let report = report(laptop, day, generated_at, checklists);
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Checked {
        day: time::Date::parse(day, &format).unwrap(),
        generated_at: time::OffsetDateTime::parse(generated_at, &time::format_description::well_known::Rfc3339)
            .unwrap(),
        report,
    }
}
