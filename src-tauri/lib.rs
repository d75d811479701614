//! The Overstap desktop app: a thin Tauri shell over overstap-core.
//!
//! - state.rs: the core (reopened after a preset import), waiting sign-ins.
//! - commands/: the IPC commands, one file per area, each one core call.
//! - error.rs: core errors → the `{code, message}` IPC payload.
//! - branding.rs: the organisation's name, logo and readable colours.
//! - bindings.rs: the TypeScript types of all of it, for ui/src/bindings/.
//! - fleet_sender.rs: the progress report to the organisation, sent in the background.
//!
//! The web interface (ui/) makes no network requests of its own: the CSP in
//! tauri.conf.json allows only the app's own files and IPC. Sign-in pages
//! and links open in the person's browser.

mod bindings;
mod branding;
mod commands;
mod error;
mod fleet_sender;
mod state;

use std::time::Instant;

use overstap_core::{logging, paths};
use tauri::Manager;

/// Starts the app and blocks until its last window closes.
pub fn run() {
    let started = Instant::now();
    // Log only into a folder the core accepts (never a synced or network folder).
    let _log_guard = paths::resolve_data_dir(None)
        .ok()
        .filter(|dir| paths::check_data_dir(dir).is_ok())
        .and_then(|dir| logging::init(&dir, "overstap-app"));
    let state = state::AppState::open(started);
    let result = tauri::Builder::default()
        // First, so a second start hands over before anything else opens.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .manage(fleet_sender::FleetSender::default())
        .setup(|app| {
            app.state::<fleet_sender::FleetSender>().start(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::settings,
            commands::app::set_setting,
            commands::app::finish_first_run,
            commands::app::reset_progress,
            commands::app::ui_ready,
            commands::checklists::list_checklists,
            commands::checklists::checklist,
            commands::checklists::set_step,
            commands::checklists::step_history,
            commands::checks::run_check,
            commands::checks::latest_check_results,
            commands::actions::run_action,
            commands::signin::sign_in,
            commands::signin::sign_in_cancel,
            commands::signin::sign_in_code,
            commands::signin::sign_ins,
            commands::signin::sign_out,
            commands::preset::preset_view,
            commands::preset::import_preset,
            commands::preset::example_presets,
            commands::preset::use_example,
            commands::report::export_report,
            commands::fleet::fleet_status,
            commands::fleet::fleet_preview,
            commands::fleet::fleet_mark_seen,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!("the app stopped with an error: {e}");
        eprintln!("Overstap could not start its window: {e}");
        std::process::exit(1);
    }
}
