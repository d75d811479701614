//! What the API returns: plain serializable views, resolved into one
//! language. The CLI prints them as JSON, the Tauri shell sends them over
//! IPC, so their field names are a stable interface (see `SCHEMA_VERSION`).

use serde::Serialize;

use crate::checklist::{Invocation, StepKind};
use crate::progress::ChecklistProgress;
pub use crate::report::CheckedView;
use crate::store::{ChangeSource, HistoryEntry, Proof, StepState, StepStatus};

/// A checklist in the overview.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChecklistSummary {
    pub id: String,
    pub title: String,
    pub description: String,
    pub progress: ChecklistProgress,
}

/// A checklist with all its steps.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChecklistDetail {
    pub id: String,
    pub title: String,
    pub description: String,
    pub progress: ChecklistProgress,
    pub steps: Vec<StepView>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
// Not a doc comment: that would change the TypeScript bindings too. Without
// it, the schema would take the description of the flattened `StepStatus`.
#[schemars(description = "A step: what to do, how, and where it stands.")]
pub struct StepView {
    pub id: String,
    pub kind: StepKind,
    pub required: bool,
    pub title: String,
    /// Paragraphs separated by a blank line.
    pub body: String,
    pub links: Vec<LinkView>,
    /// `checklist/step` of each dependency.
    pub depends_on: Vec<String>,
    /// All dependencies are done or skipped.
    pub ready: bool,
    pub probe: Option<Invocation>,
    pub action: Option<Invocation>,
    /// A probe step that needs the person's confirmation after its check.
    pub confirm: bool,
    /// What the person confirms, when `confirm`.
    pub confirm_text: Option<String>,
    #[serde(flatten)]
    pub status: StepStatus,
    /// The passing check the step rests on (`checked_by`), with what it saw.
    pub checked: Option<CheckedView>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LinkView {
    pub label: String,
    pub url: String,
}

/// The result of changing a step.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StepChanged {
    /// `checklist/step`.
    pub step: String,
    pub state: StepState,
    pub reason: Option<String>,
    pub note: Option<String>,
    pub source: ChangeSource,
    pub at: String,
    /// The history entry's sequence number.
    pub seq: i64,
    /// Who proved it, when the change is to done.
    pub proof: Option<Proof>,
}

impl From<HistoryEntry> for StepChanged {
    fn from(h: HistoryEntry) -> Self {
        StepChanged {
            step: format!("{}/{}", h.checklist, h.step),
            state: h.state,
            reason: h.reason,
            note: h.note,
            source: h.source,
            at: h.at,
            seq: h.seq,
            proof: h.proof,
        }
    }
}

/// Progress of every checklist, plus the totals.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProgressView {
    pub checklists: Vec<ChecklistSummary>,
    pub total_steps: usize,
    pub done_steps: usize,
    /// Of `done_steps`: proved by Overstap.
    pub done_checked_steps: usize,
    /// Of `done_steps`: on the person's word alone.
    pub done_confirmed_steps: usize,
    pub skipped_steps: usize,
    pub blocked_steps: usize,
    pub complete_checklists: usize,
}
