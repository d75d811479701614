//! "Check now": the server checks, each service's results sent to the
//! interface as they arrive; the latest stored results.

use overstap_core::api::{CheckReport, CheckResultView};
use overstap_core::probe::{CheckRequest, Service};
use overstap_core::ErrorPayload;
use tauri::ipc::Channel;
use tauri::State;

use crate::error::to_ipc;
use crate::state::AppState;

/// Runs the checks of `services` (all when empty) against the servers the
/// preset and the person's settings name, with the stored sign-ins.
/// `send_test_message`: the person pressed "Send a test message", agreeing
/// to a Matrix room made for it (named in their language, left afterwards).
#[tauri::command]
pub async fn run_check(
    state: State<'_, AppState>,
    services: Vec<Service>,
    send_test_message: Option<bool>,
    on_results: Channel<Vec<CheckResultView>>,
) -> Result<CheckReport, ErrorPayload> {
    let lang = state.lang();
    let core = state.core()?;
    let matrix_roundtrip = send_test_message.unwrap_or(false).then_some(lang);
    let request = CheckRequest { services, matrix_roundtrip, ..CheckRequest::default() };
    core.check_each(&request, lang, |results| {
        if let Err(e) = on_results.send(results.to_vec()) {
            // The window went away; the results are stored all the same.
            tracing::warn!("check results not delivered: {e}");
        }
    })
    .await
    .map_err(|e| to_ipc(&e, lang))
}

/// The newest stored result of every check, rendered in the current language.
#[tauri::command]
pub async fn latest_check_results(state: State<'_, AppState>) -> Result<Vec<CheckResultView>, ErrorPayload> {
    let lang = state.lang();
    state.core()?.latest_check_results(lang).map_err(|e| to_ipc(&e, lang))
}
