//! One file per subcommand; each turns parsed arguments into one core call
//! and prints its result.

pub mod action;
pub mod apply;
pub mod check;
pub mod checklists;
pub mod export;
pub mod fleet;
pub mod fleet_aggregate;
pub mod login;
pub mod preset;
pub mod progress;
pub mod settings;
pub mod show;
pub mod step;

use overstap_core::api::{CheckedView, StepAction};
use overstap_core::i18n::Arg;
use overstap_core::progress::ChecklistProgress;
use overstap_core::store::{Proof, StepState};
use overstap_core::{Error, ErrorCode};

use crate::args::ActionArg;
use crate::output::Out;

/// The change asked for; a reason only goes with `block` (where it is required).
pub(crate) fn step_action(action: ActionArg, reason: Option<String>) -> Result<StepAction, Error> {
    Ok(match (action, reason) {
        (ActionArg::Block, reason) => StepAction::Block { reason: reason.unwrap_or_default() },
        (_, Some(_)) => {
            return Err(Error::new(ErrorCode::Usage, "error-usage").arg("detail", "a reason only goes with `block`"));
        }
        (ActionArg::Done, None) => StepAction::Done,
        (ActionArg::Skip, None) => StepAction::Skip,
        (ActionArg::Reset, None) => StepAction::Reset,
    })
}

/// "3 of 9 steps done or skipped, 1 blocked" / "Complete", and the next step.
pub(crate) fn progress_lines(out: &Out, p: &ChecklistProgress, checklist_id: &str) -> Vec<String> {
    let mut summary =
        out.tr("cli-steps-done", &[("done", Arg::from(p.done + p.skipped)), ("total", Arg::from(p.total))]);
    if p.done > 0 {
        summary.push_str(" (");
        summary.push_str(&out.tr(
            "cli-done-proof",
            &[("checked", Arg::from(p.done_checked)), ("confirmed", Arg::from(p.done_confirmed))],
        ));
        summary.push(')');
    }
    if p.blocked > 0 {
        summary.push_str(", ");
        summary.push_str(&out.tr("cli-blocked-count", &[("count", Arg::from(p.blocked))]));
    }
    let next = match &p.next_step {
        Some(n) => out.tr(
            "cli-next-step",
            &[("title", Arg::from(n.title.as_str())), ("step", Arg::from(format!("{checklist_id}/{}", n.id)))],
        ),
        None if p.complete => out.tr("cli-checklist-complete", &[]),
        // Nothing left to do, yet incomplete: required steps were skipped or are blocked.
        None if p.todo == 0 => out.tr("cli-incomplete-nothing-to-do", &[]),
        None => out.tr("cli-no-next-step", &[]),
    };
    vec![summary, next]
}

/// Who proved a done step, with what the check saw when one did.
pub(crate) fn proof_line(out: &Out, proof: Proof, checked: Option<&CheckedView>) -> String {
    let what = || Arg::from(checked.map_or("", |c| c.summary.as_str()));
    match (proof, checked) {
        (Proof::Checked, Some(_)) => out.tr("proof-checked", &[("what", what())]),
        (Proof::CheckedAndConfirmed, Some(_)) => out.tr("proof-checked-and-confirmed", &[("what", what())]),
        // The result behind it is gone (never, but never claim what cannot be shown).
        (Proof::Checked | Proof::CheckedAndConfirmed, None) | (Proof::DoneByOverstap, _) => {
            out.tr("proof-done-by-overstap", &[])
        }
        (Proof::Confirmed, _) => out.tr("proof-confirmed", &[]),
    }
}

pub(crate) fn state_label(out: &Out, state: StepState) -> String {
    out.tr(&format!("state-{}", state.as_str()), &[])
}

/// A terminal marker for a state: readable without colour.
pub(crate) fn state_marker(state: StepState) -> &'static str {
    match state {
        StepState::Todo => "[ ]",
        StepState::Done => "[x]",
        StepState::Skipped => "[-]",
        StepState::Blocked => "[!]",
    }
}

/// The bytes of a `--ca-file`.
pub(crate) fn read_ca_file(path: &std::path::Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| {
        Error::new(ErrorCode::IoError, "error-io").arg("path", path.display().to_string()).arg("cause", e.to_string())
    })
}

/// A current-thread runtime for one command's network work.
pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::new(ErrorCode::Internal, "error-internal").detail(e))
}
