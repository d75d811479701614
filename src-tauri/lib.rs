//! The Overstap desktop app: a thin Tauri shell over overstap-core.
//!
//! - state.rs: the core (reopened after a preset import), waiting sign-ins.
//! - commands/: the IPC commands, one file per area, each one core call.
//! - error.rs: core errors → the `{code, message}` IPC payload.
//! - branding.rs: the organisation's name, logo and readable colours.
//! - bindings.rs: the TypeScript types of all of it, for ui/src/bindings/.
//! - fleet_sender.rs: the progress report to the organisation, sent in the background.
//! - instance.rs: one app per data folder (`app.lock`), before the core opens.
//!
//! The web interface (ui/) makes no network requests of its own: the CSP in
//! tauri.conf.json allows only the app's own files and IPC. Sign-in pages
//! and links open in the person's browser.

mod bindings;
mod branding;
mod commands;
mod error;
mod fleet_sender;
mod instance;
mod state;

use std::time::Instant;

use overstap_core::{i18n, logging, paths};
use tauri::Manager;

/// Starts the app and blocks until its last window closes.
///
/// The order matters: the app lock (instance.rs) is taken first; the
/// single-instance plugin then runs in `build`, where a second start hands
/// over to the first window and exits; only a start that is really the only
/// one opens the core, before the event loop creates the window.
pub fn run() {
    let started = Instant::now();
    // Log and lock only in a folder the core accepts (never a synced or network folder).
    let data_dir = paths::resolve_data_dir(None).ok().filter(|dir| paths::check_data_dir(dir).is_ok());
    let log_guard = data_dir.as_deref().and_then(|dir| logging::init(dir, "overstap-app"));
    let os_lang = state::os_lang();
    let claim = data_dir.as_deref().map_or(instance::Claim::Unavailable, instance::claim);
    let context = tauri::generate_context!();
    #[cfg(target_os = "linux")]
    if matches!(claim, instance::Claim::Ours(_)) {
        instance::wait_for_leaving_instance(&context.config().identifier);
    }
    let built = tauri::Builder::default()
        // First, so a second start hands over before anything else opens.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
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
        .build(context);
    let app = match built {
        Ok(app) => app,
        Err(e) => {
            tracing::error!("the app stopped with an error: {e}");
            eprintln!("Overstap could not start its window: {e}");
            drop(log_guard);
            std::process::exit(1);
        }
    };
    // Here the plugin found no other instance (or no session bus to ask):
    // an app that holds the lock now is leaving, or runs without the bus.
    let claim = match claim {
        instance::Claim::HeldByAnother(dir) => instance::claim_within(&dir, instance::LEAVING_WAIT),
        other => other,
    };
    let lock = match claim {
        instance::Claim::HeldByAnother(dir) => {
            tracing::warn!(data_dir = %dir.display(), "refused: another Overstap app holds the app lock");
            let path = dir.display().to_string();
            eprintln!("{}", i18n::tr(os_lang, "error-app-already-open", &[("path", path.as_str().into())]));
            drop(log_guard);
            std::process::exit(instance::EXIT_ALREADY_OPEN);
        }
        instance::Claim::Ours(lock) => Some(lock),
        instance::Claim::Unavailable => None,
    };
    app.manage(state::AppState::open(started, os_lang));
    let (mut lock, mut log_guard) = (lock, log_guard);
    app.run(move |_app, event| {
        // Leaving: the last window closed (or exit was asked for). Let go
        // of the lock at once, before the plugin frees its D-Bus name (after
        // Exit): a start from now on gets the lock and, should the name
        // still be taken, waits for it (instance.rs).
        if let tauri::RunEvent::ExitRequested { .. } | tauri::RunEvent::Exit = event {
            if let Some(lock) = lock.take() {
                lock.release();
            }
        }
        if let tauri::RunEvent::Exit = event {
            // The process ends without returning here: flush the log now.
            drop(log_guard.take());
        }
    });
}
