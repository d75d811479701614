//! The progress report to the organisation, as the person sees it: whether
//! reporting is on and where to, exactly what is sent, and "I have seen
//! it", after which the background sender (`fleet_sender.rs`) starts.

use overstap_core::api::{FleetPreview, FleetStatusView};
use overstap_core::ErrorPayload;
use tauri::State;

use crate::error::to_ipc;
use crate::fleet_sender::FleetSender;
use crate::state::AppState;

#[tauri::command]
pub async fn fleet_status(state: State<'_, AppState>) -> Result<FleetStatusView, ErrorPayload> {
    let lang = state.lang();
    state.core()?.fleet_status(lang).map_err(|e| to_ipc(&e, lang))
}

/// Today's report, byte for byte as it would be uploaded (nothing is sent).
#[tauri::command]
pub async fn fleet_preview(state: State<'_, AppState>) -> Result<FleetPreview, ErrorPayload> {
    let lang = state.lang();
    state.core()?.fleet_preview().map_err(|e| to_ipc(&e, lang))
}

/// The person has read the report: sending may start, and starts now.
#[tauri::command]
pub async fn fleet_mark_seen(
    state: State<'_, AppState>,
    sender: State<'_, FleetSender>,
) -> Result<FleetStatusView, ErrorPayload> {
    let lang = state.lang();
    let core = state.core()?;
    core.fleet_mark_seen().map_err(|e| to_ipc(&e, lang))?;
    sender.wake();
    core.fleet_status(lang).map_err(|e| to_ipc(&e, lang))
}
