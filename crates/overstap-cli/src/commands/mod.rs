//! One file per subcommand; each turns parsed arguments into one core call
//! and prints its result.

pub mod apply;
pub mod checklists;
pub mod export;
pub mod progress;
pub mod show;
pub mod step;

use overstap_core::i18n::Arg;
use overstap_core::progress::ChecklistProgress;
use overstap_core::store::StepState;

use crate::output::Out;

/// "3 of 9 steps done or skipped, 1 blocked" / "Complete", and the next step.
pub(crate) fn progress_lines(out: &Out, p: &ChecklistProgress, checklist_id: &str) -> Vec<String> {
    let mut summary =
        out.tr("cli-steps-done", &[("done", Arg::from(p.done + p.skipped)), ("total", Arg::from(p.total))]);
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
        None => out.tr("cli-no-next-step", &[]),
    };
    vec![summary, next]
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
