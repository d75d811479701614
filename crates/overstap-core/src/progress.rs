//! What is done and what comes next: derived from a checklist and the
//! stored step states, never stored itself.

use std::collections::HashMap;

use serde::Serialize;

use crate::checklist::{Checklist, Step, StepRef};
use crate::lang::Lang;
use crate::store::{Proof, StepState, StepStatus};

/// Counts and the single next step of one checklist.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChecklistProgress {
    pub total: usize,
    pub required: usize,
    pub done: usize,
    /// Of `done`: proved by Overstap (a check passed, or Overstap did it).
    pub done_checked: usize,
    /// Of `done`: on the person's word alone.
    pub done_confirmed: usize,
    pub skipped: usize,
    pub blocked: usize,
    pub todo: usize,
    /// Done or skipped steps as a whole percentage of all steps.
    #[schemars(range(max = 100))]
    pub percent: u8,
    /// Every required step is done (skipping a required step does not complete it).
    pub complete: bool,
    /// The first step, in checklist order, that is still to do and whose
    /// dependencies are all done or skipped.
    pub next_step: Option<NextStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NextStep {
    pub id: String,
    pub title: String,
}

/// A step's status, `todo` when it was never touched.
pub fn status_of<'a>(statuses: &'a HashMap<StepRef, StepStatus>, checklist: &str, step: &str) -> &'a StepStatus {
    static TODO: std::sync::OnceLock<StepStatus> = std::sync::OnceLock::new();
    statuses.get(&StepRef::new(checklist, step)).unwrap_or_else(|| TODO.get_or_init(StepStatus::default))
}

/// Whether all of a step's dependencies are done or skipped.
pub fn is_ready(step: &Step, statuses: &HashMap<StepRef, StepStatus>) -> bool {
    step.depends_on
        .iter()
        .all(|dep| matches!(status_of(statuses, &dep.checklist, &dep.step).state, StepState::Done | StepState::Skipped))
}

pub fn of_checklist(checklist: &Checklist, statuses: &HashMap<StepRef, StepStatus>, lang: Lang) -> ChecklistProgress {
    let mut p = ChecklistProgress {
        total: checklist.steps.len(),
        required: checklist.steps.iter().filter(|s| s.required).count(),
        done: 0,
        done_checked: 0,
        done_confirmed: 0,
        skipped: 0,
        blocked: 0,
        todo: 0,
        percent: 0,
        complete: true,
        next_step: None,
    };
    for step in &checklist.steps {
        let status = status_of(statuses, &checklist.id, &step.id);
        let state = status.state;
        match state {
            StepState::Done => {
                p.done += 1;
                if status.proof.is_some_and(Proof::by_overstap) {
                    p.done_checked += 1;
                } else {
                    p.done_confirmed += 1;
                }
            }
            StepState::Skipped => p.skipped += 1,
            StepState::Blocked => p.blocked += 1,
            StepState::Todo => p.todo += 1,
        }
        if step.required && state != StepState::Done {
            p.complete = false;
        }
        if p.next_step.is_none() && state == StepState::Todo && is_ready(step, statuses) {
            p.next_step = Some(NextStep { id: step.id.clone(), title: step.title.get(lang).to_owned() });
        }
    }
    p.percent = percent(p.done + p.skipped, p.total);
    p
}

fn percent(part: usize, whole: usize) -> u8 {
    if whole == 0 {
        return 100;
    }
    u8::try_from(part * 100 / whole).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_down_and_handles_empty() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(3, 3), 100);
        assert_eq!(percent(0, 0), 100);
    }
}
