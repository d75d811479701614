//! Checklists and steps: the overview, one checklist, marking a step, a
//! step's history.

use overstap_core::api::{ChecklistDetail, ChecklistSummary, StepAction, StepChanged};
use overstap_core::store::HistoryEntry;
use overstap_core::ErrorPayload;
use tauri::State;

use crate::error::to_ipc;
use crate::state::AppState;

#[tauri::command]
pub async fn list_checklists(state: State<'_, AppState>) -> Result<Vec<ChecklistSummary>, ErrorPayload> {
    let lang = state.lang();
    state.core()?.checklists(lang).map_err(|e| to_ipc(&e, lang))
}

#[tauri::command]
pub async fn checklist(state: State<'_, AppState>, id: String) -> Result<ChecklistDetail, ErrorPayload> {
    let lang = state.lang();
    state.core()?.checklist(&id, lang).map_err(|e| to_ipc(&e, lang))
}

/// Done, skipped, blocked (with its reason) or back to to-do. `step` is
/// `checklist/step`; the core checks it exists and the texts' lengths.
#[tauri::command]
pub async fn set_step(
    state: State<'_, AppState>,
    step: String,
    action: StepAction,
    note: Option<String>,
) -> Result<StepChanged, ErrorPayload> {
    let lang = state.lang();
    state.core()?.set_step(&step, &action, note.as_deref()).map_err(|e| to_ipc(&e, lang))
}

#[tauri::command]
pub async fn step_history(state: State<'_, AppState>, step: String) -> Result<Vec<HistoryEntry>, ErrorPayload> {
    let lang = state.lang();
    state.core()?.step_history(&step).map_err(|e| to_ipc(&e, lang))
}
