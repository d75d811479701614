//! `overstap step CHECKLIST/STEP done|skip|reset|block`: change one step.

use overstap_core::api::StepAction;
use overstap_core::i18n::Arg;
use overstap_core::{Error, ErrorCode, Overstap, Result};
use serde_json::json;

use super::state_label;
use crate::args::ActionArg;
use crate::output::{print_line, Out};

pub fn run(
    api: &Overstap,
    out: &Out,
    step: &str,
    action: ActionArg,
    reason: Option<String>,
    note: Option<&str>,
) -> Result<()> {
    let action = match (action, reason) {
        (ActionArg::Block, reason) => StepAction::Block { reason: reason.unwrap_or_default() },
        (_, Some(_)) => {
            return Err(Error::new(ErrorCode::Usage, "error-usage").arg("detail", "--reason only goes with `block`"));
        }
        (ActionArg::Done, None) => StepAction::Done,
        (ActionArg::Skip, None) => StepAction::Skip,
        (ActionArg::Reset, None) => StepAction::Reset,
    };
    let change = api.set_step(step, &action, note)?;
    if out.json {
        out.json(&json!({ "change": change }));
    } else {
        let state = state_label(out, change.state);
        print_line(
            &out.tr("cli-step-changed", &[("step", Arg::from(change.step.as_str())), ("state", Arg::from(state))]),
        );
    }
    Ok(())
}
