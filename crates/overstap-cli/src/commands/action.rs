//! `overstap action ID [--undo]`: Overstap does something for the person
//! (an action step of a checklist), or reverts it.

use overstap_core::i18n::Arg;
use overstap_core::{Overstap, Result};

use crate::bodies;
use crate::output::{print_line, Out};

pub fn run(api: &Overstap, out: &Out, action: &str, undo: bool) -> Result<()> {
    let outcome = api.run_action(action, undo)?;
    if out.json {
        out.json(bodies::Action { action: outcome })?;
        return Ok(());
    }
    let id = if undo { "cli-action-undone" } else { "cli-action-done" };
    print_line(&out.tr(id, &[("action", Arg::from(outcome.action)), ("path", Arg::from(outcome.changed.as_str()))]));
    if let (false, Some(backup)) = (undo, &outcome.backup) {
        print_line(
            &out.tr(
                "cli-action-backup",
                &[("path", Arg::from(backup.as_str())), ("action", Arg::from(outcome.action))],
            ),
        );
    }
    Ok(())
}
