//! The organisation's settings screen (the effective preset with each
//! value's source and every problem), and importing a signed preset.

use std::path::PathBuf;

use overstap_core::api::{PresetImport, PresetView};
use overstap_core::preset::examples::ExampleView;
use overstap_core::ErrorPayload;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::{shell_error, to_ipc};
use crate::state::AppState;

#[tauri::command]
pub async fn preset_view(state: State<'_, AppState>) -> Result<PresetView, ErrorPayload> {
    let lang = state.lang();
    Ok(state.core()?.preset_view(lang))
}

/// Asks for a preset file (the signature `<file>.minisig` next to it),
/// imports it if a trusted key signed it, and starts the core again so it
/// applies. `None` when the person closed the dialog.
#[tauri::command]
pub async fn import_preset(app: AppHandle, state: State<'_, AppState>) -> Result<Option<PresetImport>, ErrorPayload> {
    let lang = state.lang();
    let chosen = app.dialog().file().add_filter("Overstap preset", &["toml"]).blocking_pick_file();
    let Some(chosen) = chosen else { return Ok(None) };
    let path: PathBuf = chosen.into_path().map_err(|e| shell_error(lang, e))?;
    let imported = state.core()?.import_preset(&path, None, lang).map_err(|e| to_ipc(&e, lang))?;
    state.reopen();
    Ok(Some(imported))
}

/// The example organisations to try at first run (none apply while a system preset does).
#[tauri::command]
pub async fn example_presets(state: State<'_, AppState>) -> Result<Vec<ExampleView>, ErrorPayload> {
    Ok(state.core()?.example_presets())
}

/// Tries the example `id` (an id from [`example_presets`]; `None` stops
/// using it), and starts the core again so it applies.
#[tauri::command]
pub async fn use_example(state: State<'_, AppState>, id: Option<String>) -> Result<(), ErrorPayload> {
    let lang = state.lang();
    state.core()?.use_example_preset(id.as_deref()).map_err(|e| to_ipc(&e, lang))?;
    state.reopen();
    Ok(())
}
