//! The Overstap desktop app: a thin Tauri shell over overstap-core.
//!
//! - state.rs: opens the core once at start-up.
//! - commands.rs: the IPC commands, each one core call.
//! - error.rs: core errors → the `{code, message}` IPC payload.
//!
//! The web interface (ui/) makes no network requests of its own: the CSP in
//! tauri.conf.json allows only the app's own files and IPC.

mod commands;
mod error;
mod state;

use std::time::Instant;

use overstap_core::{logging, paths};

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
        .manage(state)
        .invoke_handler(tauri::generate_handler![commands::app_info, commands::list_checklists, commands::ui_ready])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!("the app stopped with an error: {e}");
        eprintln!("Overstap could not start its window: {e}");
        std::process::exit(1);
    }
}
