//! Actions: things Overstap does for the person (the `action` steps of the
//! checklists). Each can be undone. Doing one marks its step done; undoing
//! it puts the step back to to-do.

use serde::Serialize;

use super::Overstap;
use crate::checklist::StepRef;
use crate::error::{Error, ErrorCode, Result};
use crate::probe::libreoffice;
use crate::store::{NewChange, Proof, StepState};

/// The actions available (a subset of the checklist catalogue's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ActionId {
    /// `libreoffice.set-odf-default`
    LibreofficeSetOdfDefault,
}

impl ActionId {
    pub fn parse(id: &str) -> Option<ActionId> {
        match id {
            "libreoffice.set-odf-default" => Some(ActionId::LibreofficeSetOdfDefault),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ActionId::LibreofficeSetOdfDefault => "libreoffice.set-odf-default",
        }
    }
}

/// What an action did.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActionOutcome {
    pub action: &'static str,
    pub undone: bool,
    /// The file changed.
    pub changed: String,
    /// After doing: the full copy of the profile file made first. After
    /// undoing: the undo record used (removed, with its copy).
    pub backup: Option<String>,
    /// Steps (`checklist/step`) whose state this changed.
    pub changed_steps: Vec<String>,
}

impl Overstap {
    /// Does (or with `undo`, undoes) an action for the person.
    pub fn run_action(&self, id: &str, undo: bool) -> Result<ActionOutcome> {
        // Sign-ins are actions in the checklists, but wait for a browser: they have their own command.
        if let Some(service) = id.strip_suffix(".login").and_then(crate::signin::SignInService::parse) {
            return Err(Error::new(ErrorCode::Usage, "error-action-is-sign-in").arg("service", service.as_str()));
        }
        let action =
            ActionId::parse(id).ok_or_else(|| Error::new(ErrorCode::Usage, "error-unknown-action").arg("id", id))?;
        let (changed, backup) = match action {
            ActionId::LibreofficeSetOdfDefault => {
                let profile = libreoffice::profile_dir()
                    .ok_or_else(|| Error::new(ErrorCode::InvalidInput, "error-libreoffice-no-profile"))?;
                if undo {
                    // Only the properties the action changed go back; the record says which.
                    let record = libreoffice::undo_odf_default(&profile)?;
                    (profile.join("registrymodifications.xcu"), Some(record))
                } else {
                    let change = libreoffice::set_odf_default(&profile)?;
                    (profile.join("registrymodifications.xcu"), change.backup)
                }
            }
        };
        let state = if undo { StepState::Todo } else { StepState::Done };
        let changed_steps = self.mark_action_steps(action.as_str(), state)?;
        Ok(ActionOutcome {
            action: action.as_str(),
            undone: undo,
            changed: changed.display().to_string(),
            backup: backup.map(|b| b.display().to_string()),
            changed_steps,
        })
    }

    /// Puts every step that names `action` into `state`; returns the steps changed.
    pub(crate) fn mark_action_steps(&self, action: &str, state: StepState) -> Result<Vec<String>> {
        let mut changed_steps = Vec::new();
        let mut store = self.store()?;
        for checklist in self.library.checklists() {
            for step in checklist.steps.iter().filter(|s| s.action.as_ref().is_some_and(|a| a.id == action)) {
                let step_ref = StepRef::new(&checklist.id, &step.id);
                if store.status(&step_ref)?.state == state {
                    continue;
                }
                store.record(&NewChange {
                    step: &step_ref,
                    state,
                    reason: None,
                    note: None,
                    source: self.source,
                    probe_result: None,
                    // Overstap did it (changed the profile, signed in): that is its proof.
                    proof: (state == StepState::Done).then_some(Proof::DoneByOverstap),
                    checked_by: None,
                })?;
                changed_steps.push(step_ref.to_string());
            }
        }
        Ok(changed_steps)
    }
}
