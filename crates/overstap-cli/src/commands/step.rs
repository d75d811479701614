//! `overstap step CHECKLIST/STEP done|skip|reset|block`: change one step.

use overstap_core::i18n::Arg;
use overstap_core::{Overstap, Result};

use super::state_label;
use crate::args::ActionArg;
use crate::bodies;
use crate::output::{print_line, Out};

pub fn run(
    api: &Overstap,
    out: &Out,
    step: &str,
    action: ActionArg,
    reason: Option<String>,
    note: Option<&str>,
) -> Result<()> {
    let action = super::step_action(action, reason)?;
    let change = api.set_step(step, &action, note)?;
    if out.json {
        out.json(bodies::Step { change })?;
    } else {
        let state = state_label(out, change.state);
        print_line(
            &out.tr("cli-step-changed", &[("step", Arg::from(change.step.as_str())), ("state", Arg::from(state))]),
        );
    }
    Ok(())
}
