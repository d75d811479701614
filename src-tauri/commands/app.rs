//! The app as a whole: what to show first (organisation, first run,
//! notices), the person's settings, starting over.

use overstap_core::api::{SettingKey, SettingsView};
use overstap_core::signin::SignInService;
use overstap_core::{ErrorPayload, Lang};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::branding::{organisation_view, OrganisationView};
use crate::state::AppState;

#[derive(Debug, Serialize, TS)]
pub struct NoticeView {
    pub code: String,
    pub message: String,
}

/// Everything the interface needs before its first screen.
#[derive(Debug, Serialize, TS)]
pub struct AppInfo {
    pub version: String,
    /// The language to show (the person's, else the organisation's, else the system's).
    pub lang: Lang,
    /// The core could not open (e.g. a database from a newer version): show
    /// this instead of the screens.
    pub core_error: Option<ErrorPayload>,
    /// A system preset applies: no first-run questions.
    pub managed: bool,
    pub first_run_done: bool,
    pub organisation: Option<OrganisationView>,
    pub notices: Vec<NoticeView>,
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, ErrorPayload> {
    let lang = state.lang();
    let notices = state
        .notices
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .map(|n| NoticeView { code: n.code().to_owned(), message: n.message(lang) })
        .collect();
    let mut info = AppInfo {
        version: overstap_core::VERSION.to_owned(),
        lang,
        core_error: None,
        managed: false,
        first_run_done: false,
        organisation: None,
        notices,
    };
    match state.core() {
        Ok(core) => {
            info.managed = core.preset().has_system_preset();
            info.first_run_done = core.settings().map_err(|e| crate::error::to_ipc(&e, lang))?.first_run_done;
            info.organisation = organisation_view(core.preset());
        }
        Err(e) => info.core_error = Some(e),
    }
    Ok(info)
}

#[tauri::command]
pub async fn settings(state: State<'_, AppState>) -> Result<SettingsView, ErrorPayload> {
    let core = state.core()?;
    core.settings().map_err(|e| crate::error::to_ipc(&e, state.lang()))
}

/// Sets one setting (`None` clears it). The language applies at once: the
/// interface asks for its texts again.
#[tauri::command]
pub async fn set_setting(
    state: State<'_, AppState>,
    key: SettingKey,
    value: Option<String>,
) -> Result<SettingsView, ErrorPayload> {
    let core = state.core()?;
    core.set_setting(key, value.as_deref()).map_err(|e| crate::error::to_ipc(&e, state.lang()))
}

#[tauri::command]
pub async fn finish_first_run(state: State<'_, AppState>) -> Result<SettingsView, ErrorPayload> {
    let core = state.core()?;
    core.finish_first_run().map_err(|e| crate::error::to_ipc(&e, state.lang()))
}

/// Starts over after the person confirmed: signs out everywhere (the
/// servers forget the app passwords and tokens), puts every step back to
/// to-do (the history is kept) and forgets the settings.
#[tauri::command]
pub async fn reset_progress(state: State<'_, AppState>) -> Result<u32, ErrorPayload> {
    let core = state.core()?;
    let lang = state.lang();
    for service in SignInService::ALL {
        if let Err(e) = core.sign_out(service, None, None).await {
            // The reset goes on: the local sign-in is what matters here.
            tracing::warn!(service = service.as_str(), code = %e.code(), "sign-out during reset failed");
        }
    }
    let changed = core.reset_progress().map_err(|e| crate::error::to_ipc(&e, lang))?;
    // An example organisation the person had picked went with the settings.
    drop(core);
    state.reopen();
    Ok(u32::try_from(changed).unwrap_or(u32::MAX))
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
