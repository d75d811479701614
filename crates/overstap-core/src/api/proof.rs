//! The rules that decide who proved a step, in one place: what a check
//! result makes of the steps that name it, what a person may mark done,
//! and the repair of steps stored under older rules.
//!
//! - A check that **passes** proves its step (`checked`). On a step with
//!   `confirm = true` it only proves the precondition: the step waits for
//!   the person's confirmation and is then `checked-and-confirmed`.
//! - A check that **warns** proves nothing: a step it alone made done goes
//!   back to to-do, and the person may then confirm it (`confirmed`).
//! - A check that **fails** takes a done step back (not when this laptop is
//!   merely offline or behind a proxy: that says nothing about the step).
//! - A probe step is never done on the person's word alone, unless its
//!   check warned and they confirm it anyway (not a `confirm` step: there
//!   the check's pass is the precondition).

use super::Overstap;
use crate::checklist::{Step, StepKind, StepRef};
use crate::error::{Error, ErrorCode, Result};
use crate::probe::{ProbeOutcome, ProbeStatus};
use crate::store::{ChangeSource, NewChange, Proof, StepState, StepStatus, Transition};

/// What a check result makes of one step, `None` when nothing changes.
pub(crate) fn after_check(confirm: bool, current: &StepStatus, outcome: &ProbeOutcome, seq: i64) -> Option<Transition> {
    let done = current.state == StepState::Done;
    let by_check = matches!(current.proof, Some(Proof::Checked | Proof::CheckedAndConfirmed));
    let keep = |checked_by| Transition { state: current.state, proof: current.proof, checked_by };
    let back_to_todo = Transition { state: StepState::Todo, proof: None, checked_by: None };
    match outcome.status {
        ProbeStatus::Pass if !confirm => {
            Some(Transition { state: StepState::Done, proof: Some(Proof::Checked), checked_by: Some(seq) })
        }
        ProbeStatus::Pass => Some(match current.proof {
            Some(Proof::CheckedAndConfirmed) => keep(current.checked_by.or(Some(seq))),
            // Confirmed after a warning: now the check stands behind it too.
            Some(Proof::Confirmed) if done => {
                Transition { state: StepState::Done, proof: Some(Proof::CheckedAndConfirmed), checked_by: Some(seq) }
            }
            // Checked but never confirmed (stored under older rules): it waits for the person.
            _ if done => Transition { state: StepState::Todo, proof: None, checked_by: Some(seq) },
            _ => keep(current.checked_by.or(Some(seq))),
        }),
        ProbeStatus::Warn if done && by_check => Some(back_to_todo),
        ProbeStatus::Warn => current.checked_by.map(|_| keep(None)),
        ProbeStatus::Fail if is_local_trouble(outcome) => None,
        ProbeStatus::Fail if done => Some(back_to_todo),
        ProbeStatus::Fail => current.checked_by.map(|_| keep(None)),
        ProbeStatus::Skipped => None,
    }
}

/// The proof a person's "done" gives `step`, or why it cannot be done on
/// their word. `latest` is the newest result of the step's check.
pub(crate) fn person_done(step: &Step, current: &StepStatus, latest: Option<ProbeStatus>) -> Result<Proof> {
    if step.kind != StepKind::Probe {
        return Ok(Proof::Confirmed);
    }
    match (current.checked_by, latest) {
        (Some(_), Some(ProbeStatus::Pass)) if step.confirm => Ok(Proof::CheckedAndConfirmed),
        (Some(_), Some(ProbeStatus::Pass)) => Ok(Proof::Checked),
        // The check works but warned: the person may judge the warning
        // (not on a `confirm` step, whose check is the precondition).
        (_, Some(ProbeStatus::Warn)) if !step.confirm => Ok(Proof::Confirmed),
        _ if step.confirm => Err(Error::new(ErrorCode::CheckRequired, "error-check-before-confirm")),
        _ => Err(Error::new(ErrorCode::CheckRequired, "error-check-required")),
    }
}

/// Failures that come from this computer's network rather than the server.
fn is_local_trouble(outcome: &ProbeOutcome) -> bool {
    use overstap_net::FailureKind::{ConnectionFailed, DnsFailed, ProxyRequired, Timeout};
    outcome
        .evidence
        .failure
        .as_ref()
        .is_some_and(|f| matches!(f.kind, DnsFailed | Timeout | ConnectionFailed | ProxyRequired))
}

impl Overstap {
    /// Brings steps stored under older rules (or older checklist data) in
    /// line with these: a step a warning made done, a step done by a check
    /// it no longer names, and a `confirm` step done by its check alone, go
    /// back to to-do, on the record. Runs at
    /// open; writes only when something is out of line.
    pub(super) fn reconcile_proofs(&self) -> Result<usize> {
        let mut store = self.store()?;
        let statuses = store.statuses()?;
        let mut changed = 0;
        for checklist in self.library.checklists() {
            for step in &checklist.steps {
                let step_ref = StepRef::new(&checklist.id, &step.id);
                let Some(current) = statuses.get(&step_ref) else { continue };
                if current.state != StepState::Done || current.proof != Some(Proof::Checked) {
                    continue;
                }
                // A pass of another check (the step's check was replaced in
                // newer checklist data) proves nothing of what it asks now.
                let step_probe = step.probe.as_ref().map(|p| p.id.as_str());
                let warned = match current.checked_by {
                    Some(seq) => store.probe_result(seq)?.is_some_and(|r| {
                        r.outcome.status != ProbeStatus::Pass || Some(r.outcome.probe.as_str()) != step_probe
                    }),
                    None => true,
                };
                let checked_by = if warned { None } else { current.checked_by };
                if !(warned || step.confirm) {
                    continue;
                }
                store.record(&NewChange {
                    step: &step_ref,
                    state: StepState::Todo,
                    reason: None,
                    note: None,
                    source: ChangeSource::Probe,
                    probe_result: current.checked_by,
                    proof: None,
                    checked_by,
                })?;
                tracing::info!(step = %step_ref, warned, "step no longer proved: back to to-do");
                changed += 1;
            }
        }
        Ok(changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::Message;

    fn outcome(status: ProbeStatus) -> ProbeOutcome {
        ProbeOutcome::new("matrix.key-backup", status, Message::new("check-summary"))
    }

    fn status(state: StepState, proof: Option<Proof>, checked_by: Option<i64>) -> StepStatus {
        StepStatus { state, reason: None, changed_at: None, proof, checked_by }
    }

    fn done(proof: Proof, checked_by: Option<i64>) -> StepStatus {
        status(StepState::Done, Some(proof), checked_by)
    }

    fn todo(checked_by: Option<i64>) -> StepStatus {
        status(StepState::Todo, None, checked_by)
    }

    fn apply(confirm: bool, current: &StepStatus, s: ProbeStatus) -> (StepState, Option<Proof>, Option<i64>) {
        let t = after_check(confirm, current, &outcome(s), 9).unwrap_or(Transition {
            state: current.state,
            proof: current.proof,
            checked_by: current.checked_by,
        });
        (t.state, t.proof, t.checked_by)
    }

    #[test]
    fn a_pass_proves_a_step_and_a_warning_does_not() {
        assert_eq!(apply(false, &todo(None), ProbeStatus::Pass), (StepState::Done, Some(Proof::Checked), Some(9)));
        assert_eq!(apply(false, &todo(None), ProbeStatus::Warn), (StepState::Todo, None, None));
        assert_eq!(apply(false, &done(Proof::Checked, Some(3)), ProbeStatus::Warn), (StepState::Todo, None, None));
        // What the person confirmed after a warning stays theirs.
        assert_eq!(apply(false, &done(Proof::Confirmed, None), ProbeStatus::Warn).1, Some(Proof::Confirmed));
        assert_eq!(apply(false, &done(Proof::Confirmed, None), ProbeStatus::Pass).1, Some(Proof::Checked));
    }

    #[test]
    fn a_confirm_step_waits_for_the_person_and_a_failure_takes_it_back() {
        assert_eq!(apply(true, &todo(None), ProbeStatus::Pass), (StepState::Todo, None, Some(9)));
        let confirmed = done(Proof::CheckedAndConfirmed, Some(3));
        assert_eq!(
            apply(true, &confirmed, ProbeStatus::Pass),
            (StepState::Done, Some(Proof::CheckedAndConfirmed), Some(3))
        );
        assert_eq!(apply(true, &confirmed, ProbeStatus::Fail), (StepState::Todo, None, None));
        assert_eq!(apply(true, &todo(Some(3)), ProbeStatus::Fail), (StepState::Todo, None, None));
        assert_eq!(apply(true, &done(Proof::Checked, Some(3)), ProbeStatus::Pass), (StepState::Todo, None, Some(9)));
        assert_eq!(
            apply(true, &done(Proof::Confirmed, None), ProbeStatus::Pass),
            (StepState::Done, Some(Proof::CheckedAndConfirmed), Some(9))
        );
    }

    #[test]
    fn a_blocked_step_keeps_its_state_when_a_confirm_check_passes() {
        let blocked = status(StepState::Blocked, None, None);
        assert_eq!(apply(true, &blocked, ProbeStatus::Pass), (StepState::Blocked, None, Some(9)));
        assert_eq!(apply(false, &blocked, ProbeStatus::Pass).0, StepState::Done);
    }

    #[test]
    fn a_person_confirms_only_what_a_check_allows() {
        let mut step = test_step(StepKind::Probe, true);
        assert_eq!(person_done(&step, &todo(Some(3)), Some(ProbeStatus::Pass)).unwrap(), Proof::CheckedAndConfirmed);
        let early = person_done(&step, &todo(None), None).unwrap_err();
        assert_eq!(early.code(), ErrorCode::CheckRequired);
        assert!(person_done(&step, &todo(None), Some(ProbeStatus::Warn)).is_err(), "the precondition must hold");
        assert!(person_done(&step, &todo(None), Some(ProbeStatus::Fail)).is_err());
        step.confirm = false;
        assert_eq!(person_done(&step, &todo(None), Some(ProbeStatus::Warn)).unwrap(), Proof::Confirmed);
        assert!(person_done(&step, &todo(None), Some(ProbeStatus::Pass)).is_err(), "no standing pass");
        assert_eq!(person_done(&step, &todo(Some(3)), Some(ProbeStatus::Pass)).unwrap(), Proof::Checked);
        assert_eq!(person_done(&test_step(StepKind::Manual, false), &todo(None), None).unwrap(), Proof::Confirmed);
    }

    mod through_the_api {
        use super::*;
        use crate::api::{OpenOptions, StepAction};
        use crate::Lang;

        fn open(dir: &std::path::Path) -> Overstap {
            Overstap::open(OpenOptions { data_dir: Some(dir.to_path_buf()), source: ChangeSource::App }).unwrap().0
        }

        fn step<'a>(detail: &'a crate::api::ChecklistDetail, id: &str) -> &'a crate::api::StepView {
            detail.steps.iter().find(|s| s.id == id).unwrap()
        }

        fn backup(status: ProbeStatus, keys: u32) -> ProbeOutcome {
            ProbeOutcome::new(
                "matrix.key-backup",
                status,
                Message::new("probe-matrix-key-backup-pass").arg("count", keys),
            )
        }

        #[test]
        fn the_recovery_key_step_needs_the_check_and_the_person() {
            let dir = tempfile::tempdir().unwrap();
            let api = open(dir.path());
            let early = api.set_step("matrix/key-backup", &StepAction::Done, None).unwrap_err();
            assert_eq!(early.code(), ErrorCode::CheckRequired);
            assert!(early.message(Lang::En).contains("you confirm the rest"), "{}", early.message(Lang::En));

            let (seq, changed) = api.store_outcome(&backup(ProbeStatus::Pass, 12)).unwrap();
            assert_eq!(changed, ["matrix/key-backup"], "the standing check is on the record");
            let detail = api.checklist("matrix", Lang::En).unwrap();
            let waiting = step(&detail, "key-backup");
            assert_eq!(
                (waiting.status.state, waiting.status.proof),
                (StepState::Todo, None),
                "not done on the check alone"
            );
            assert_eq!(waiting.checked.as_ref().map(|c| c.seq), Some(seq));
            assert!(waiting.confirm_text.as_deref().is_some_and(|t| t.contains("recovery key")));

            let confirmed = api.set_step("matrix/key-backup", &StepAction::Done, None).unwrap();
            assert_eq!(confirmed.proof, Some(Proof::CheckedAndConfirmed));
            let progress = api.checklist("matrix", Lang::En).unwrap().progress;
            assert_eq!((progress.done, progress.done_checked, progress.done_confirmed), (1, 1, 0));

            // The backup is gone: the step is taken back, and the old confirmation no longer counts.
            api.store_outcome(&backup(ProbeStatus::Fail, 0)).unwrap();
            let detail = api.checklist("matrix", Lang::En).unwrap();
            assert_eq!(step(&detail, "key-backup").status.state, StepState::Todo);
            assert!(step(&detail, "key-backup").checked.is_none());
            api.store_outcome(&backup(ProbeStatus::Pass, 3)).unwrap();
            assert_eq!(api.checklist("matrix", Lang::En).unwrap().progress.done, 0, "a new backup needs a new yes");
        }

        #[test]
        fn a_warning_leaves_the_step_to_the_person_and_the_count_says_so() {
            let dir = tempfile::tempdir().unwrap();
            let api = open(dir.path());
            let sso = |status| {
                ProbeOutcome::new("matrix.login-flows", status, Message::new("probe-matrix-login-flows-password-only"))
            };
            api.store_outcome(&sso(ProbeStatus::Pass)).unwrap();
            assert_eq!(api.checklist("matrix", Lang::En).unwrap().progress.done_checked, 1);
            api.store_outcome(&sso(ProbeStatus::Warn)).unwrap();
            let detail = api.checklist("matrix", Lang::En).unwrap();
            assert_eq!(step(&detail, "check-sso").status.state, StepState::Todo, "a caveat proves nothing");
            let judged = api.set_step("matrix/check-sso", &StepAction::Done, None).unwrap();
            assert_eq!(judged.proof, Some(Proof::Confirmed));
            let manual = api.set_step("libreoffice/format-question", &StepAction::Done, None).unwrap();
            assert_eq!(manual.proof, Some(Proof::Confirmed));
            let p = api.progress(Lang::En).unwrap();
            assert_eq!((p.done_steps, p.done_checked_steps, p.done_confirmed_steps), (2, 0, 2));
        }

        #[test]
        fn steps_done_under_the_old_rules_are_brought_in_line_at_open() {
            let dir = tempfile::tempdir().unwrap();
            {
                let api = open(dir.path());
                // As the old rules stored them: done on a warning, and the recovery key step done on its check.
                let old = |step: &str, o: &ProbeOutcome| {
                    let r = StepRef::new("matrix", step);
                    api.store()
                        .unwrap()
                        .record_probe(o, std::slice::from_ref(&r), |_, _, seq| {
                            Some(Transition {
                                state: StepState::Done,
                                proof: Some(Proof::Checked),
                                checked_by: Some(seq),
                            })
                        })
                        .unwrap()
                };
                old("check-sso", &ProbeOutcome::new("matrix.login-flows", ProbeStatus::Warn, Message::new("x")));
                old("key-backup", &backup(ProbeStatus::Pass, 5));
                old("find-server", &ProbeOutcome::new("matrix.discovery", ProbeStatus::Pass, Message::new("x")));
                // Done by a check the step no longer names (cross-signing keys alone, in older versions).
                old("verify-session", &ProbeOutcome::new("matrix.cross-signing", ProbeStatus::Pass, Message::new("x")));
            }
            let api = open(dir.path());
            let detail = api.checklist("matrix", Lang::En).unwrap();
            assert_eq!(step(&detail, "check-sso").status.state, StepState::Todo);
            assert!(step(&detail, "check-sso").status.checked_by.is_none());
            assert_eq!(step(&detail, "key-backup").status.state, StepState::Todo);
            assert!(step(&detail, "key-backup").checked.is_some(), "its check still stands, waiting for the person");
            assert_eq!(step(&detail, "find-server").status.proof, Some(Proof::Checked), "a real pass stays");
            assert_eq!(
                step(&detail, "verify-session").status.state,
                StepState::Todo,
                "another check proves nothing now"
            );
            let history = api.step_history("matrix/check-sso").unwrap();
            assert_eq!(history.last().map(|h| (h.state, h.source)), Some((StepState::Todo, ChangeSource::Probe)));
            drop(api);
            let again = open(dir.path());
            assert_eq!(again.step_history("matrix/check-sso").unwrap().len(), history.len(), "done once");
        }
    }

    fn test_step(kind: StepKind, confirm: bool) -> Step {
        Step {
            id: "key-backup".into(),
            kind,
            required: true,
            depends_on: Vec::new(),
            links: Vec::new(),
            probe: None,
            action: None,
            confirm,
            title: Default::default(),
            body: Default::default(),
            confirm_text: Default::default(),
        }
    }
}
