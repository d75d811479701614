//! Things Overstap does for the person (make ODF the default), and undo.

use overstap_core::api::ActionOutcome;
use overstap_core::ErrorPayload;
use tauri::State;

use crate::error::to_ipc;
use crate::state::AppState;

/// `id` is an action id from the checklist data; the core refuses others.
#[tauri::command]
pub async fn run_action(state: State<'_, AppState>, id: String, undo: bool) -> Result<ActionOutcome, ErrorPayload> {
    let lang = state.lang();
    state.core()?.run_action(&id, undo).map_err(|e| to_ipc(&e, lang))
}
