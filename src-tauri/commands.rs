//! The IPC commands: each a thin call into overstap-core. Inputs are typed
//! (serde rejects anything else); nothing here touches the network.

use overstap_core::api::ChecklistSummary;
use overstap_core::{ErrorPayload, Lang};
use serde::Serialize;
use tauri::{AppHandle, State};

use crate::error::to_ipc;
use crate::state::AppState;

#[derive(Debug, Serialize)]
pub struct NoticeView {
    code: &'static str,
    message: String,
}

#[derive(Debug, Serialize)]
pub struct AppInfo {
    version: &'static str,
    lang: Lang,
    data_dir: Option<String>,
    notices: Vec<NoticeView>,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        version: overstap_core::VERSION,
        lang: state.lang,
        data_dir: state.core.as_ref().ok().map(|c| c.data_dir().display().to_string()),
        notices: state.notices.iter().map(|n| NoticeView { code: n.code(), message: n.message(state.lang) }).collect(),
    }
}

#[tauri::command]
pub fn list_checklists(state: State<'_, AppState>, lang: Lang) -> Result<Vec<ChecklistSummary>, ErrorPayload> {
    let core = state.core.as_ref().map_err(|e| to_ipc(e, lang))?;
    core.checklists(lang).map_err(|e| to_ipc(&e, lang))
}

/// The interface has drawn the overview. Logged with the time since the
/// process started; with `OVERSTAP_EXIT_WHEN_READY=1` (start-up benchmark
/// and smoke test) the app prints that line and exits.
#[tauri::command]
pub fn ui_ready(app: AppHandle, state: State<'_, AppState>, checklists: u32) {
    let elapsed_ms = state.started.elapsed().as_millis();
    tracing::info!(checklists, elapsed_ms, "overview shown");
    if std::env::var_os("OVERSTAP_EXIT_WHEN_READY").is_some_and(|v| v == "1") {
        println!("overview-ready checklists={checklists} elapsed_ms={elapsed_ms}");
        app.exit(0);
    }
}
