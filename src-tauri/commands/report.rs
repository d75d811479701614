//! The person's report: export as JSON or CSV to a file they choose
//! (printing is the window's own print dialog).

use overstap_core::report::write_atomically;
use overstap_core::ErrorPayload;
use serde::Deserialize;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::error::{shell_error, to_ipc};
use crate::state::AppState;

#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    Json,
    Csv,
}

/// Asks where to save, then writes the report there atomically. Returns
/// the file written, or `None` when the person closed the dialog.
#[tauri::command]
pub async fn export_report(
    app: AppHandle,
    state: State<'_, AppState>,
    format: ReportFormat,
) -> Result<Option<String>, ErrorPayload> {
    let lang = state.lang();
    let report = state.core()?.report(lang).map_err(|e| to_ipc(&e, lang))?;
    let (bytes, extension) = match format {
        ReportFormat::Json => (report.to_json().map_err(|e| to_ipc(&e, lang))?.into_bytes(), "json"),
        ReportFormat::Csv => (report.to_csv().map_err(|e| to_ipc(&e, lang))?.into_bytes(), "csv"),
    };
    let chosen = app
        .dialog()
        .file()
        .set_file_name(format!("overstap-report.{extension}"))
        .add_filter(extension.to_uppercase(), &[extension])
        .blocking_save_file();
    let Some(chosen) = chosen else { return Ok(None) };
    let path = chosen.into_path().map_err(|e| shell_error(lang, e))?;
    write_atomically(&path, &bytes).map_err(|e| to_ipc(&e, lang))?;
    tracing::info!(path = %path.display(), "report exported");
    Ok(Some(path.display().to_string()))
}
