//! Exports of a person's progress: one JSON document with everything, or a
//! CSV table with one row per step (for a spreadsheet). Both carry
//! `schema_version`; the CSV has it as a column so every row is self-describing.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::checklist::{Library, StepKind, StepRef};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::progress::{self, status_of, ChecklistProgress};
use crate::store::{HistoryEntry, Proof, StepState, StepStatus};
use crate::{time, SCHEMA_VERSION, VERSION};

/// The export (`overstap export --format json`): every checklist with
/// every step and its whole history.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Report {
    /// [`SCHEMA_VERSION`]: the schema says exactly which one this build writes.
    #[schemars(extend("const" = SCHEMA_VERSION))]
    pub schema_version: u32,
    pub generated_at: String,
    pub app_version: String,
    pub lang: Lang,
    pub checklists: Vec<ReportChecklist>,
    /// History of steps that no longer exist in the checklists (renamed or
    /// removed in a newer version): kept, because it is evidence.
    pub orphaned_history: Vec<HistoryEntry>,
}

/// One checklist of the export.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ReportChecklist {
    pub id: String,
    pub title: String,
    pub progress: ChecklistProgress,
    pub steps: Vec<ReportStep>,
}

/// One step of the export, with every change made to it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ReportStep {
    pub id: String,
    pub title: String,
    pub kind: StepKind,
    pub required: bool,
    pub state: StepState,
    pub reason: Option<String>,
    pub changed_at: Option<String>,
    /// Who proved it: set exactly when the step is done.
    pub proof: Option<Proof>,
    /// The passing check the step rests on, with what it saw.
    pub checked: Option<CheckedView>,
    pub history: Vec<HistoryEntry>,
}

/// A passing check behind a step: what Overstap saw, in the reader's language.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CheckedView {
    /// The stored result's sequence number.
    pub seq: i64,
    pub probe: String,
    /// What the check found ("The server holds a backup of 12 keys").
    pub summary: String,
    pub at: String,
}

/// `checked` holds the check results steps rest on, by sequence number.
pub(crate) fn build(
    library: &Library,
    statuses: &HashMap<StepRef, StepStatus>,
    checked: &HashMap<i64, CheckedView>,
    history: &[HistoryEntry],
    lang: Lang,
) -> Report {
    let mut by_step: HashMap<(&str, &str), Vec<HistoryEntry>> = HashMap::new();
    for h in history {
        by_step.entry((&h.checklist, &h.step)).or_default().push(h.clone());
    }
    let checklists = library
        .checklists()
        .iter()
        .map(|c| ReportChecklist {
            id: c.id.clone(),
            title: c.title.get(lang).to_owned(),
            progress: progress::of_checklist(c, statuses, lang),
            steps: c
                .steps
                .iter()
                .map(|s| {
                    let status = status_of(statuses, &c.id, &s.id);
                    ReportStep {
                        id: s.id.clone(),
                        title: s.title.get(lang).to_owned(),
                        kind: s.kind,
                        required: s.required,
                        state: status.state,
                        reason: status.reason.clone(),
                        changed_at: status.changed_at.clone(),
                        proof: status.proof,
                        checked: status.checked_by.and_then(|seq| checked.get(&seq).cloned()),
                        history: by_step.remove(&(c.id.as_str(), s.id.as_str())).unwrap_or_default(),
                    }
                })
                .collect(),
        })
        .collect();
    let orphaned_history = history
        .iter()
        .filter(|h| library.checklist(&h.checklist).and_then(|c| c.step(&h.step)).is_none())
        .cloned()
        .collect();
    Report {
        schema_version: SCHEMA_VERSION,
        generated_at: time::now_rfc3339(),
        app_version: VERSION.to_owned(),
        lang,
        checklists,
        orphaned_history,
    }
}

/// The columns of the CSV export, in order.
pub const CSV_COLUMNS: [&str; 11] = [
    "schema_version",
    "checklist",
    "checklist_title",
    "step",
    "step_title",
    "kind",
    "required",
    "state",
    "reason",
    "changed_at",
    "proof",
];

impl Report {
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(Error::internal)
    }

    /// One row per step. Cells that start like a formula (`=`, `+`, `-`, `@`)
    /// are prefixed with `'` so a spreadsheet shows them as text.
    pub fn to_csv(&self) -> Result<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let fail = |e: csv::Error| Error::internal(e);
        w.write_record(CSV_COLUMNS).map_err(fail)?;
        for c in &self.checklists {
            for s in &c.steps {
                let record = [
                    SCHEMA_VERSION.to_string(),
                    c.id.clone(),
                    c.title.clone(),
                    s.id.clone(),
                    s.title.clone(),
                    serde_json::to_value(s.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
                    s.required.to_string(),
                    s.state.as_str().to_owned(),
                    s.reason.clone().unwrap_or_default(),
                    s.changed_at.clone().unwrap_or_default(),
                    s.proof.map(Proof::as_str).unwrap_or_default().to_owned(),
                ];
                w.write_record(record.iter().map(|cell| defuse_formula(cell))).map_err(fail)?;
            }
        }
        let bytes = w.into_inner().map_err(|e| Error::internal(e.to_string()))?;
        String::from_utf8(bytes).map_err(Error::internal)
    }
}

pub(crate) fn defuse_formula(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Writes `bytes` to `path` so that a reader sees the old file or the new
/// one, never half of it: a temporary file beside it, synced, then renamed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile_in(dir, path)?;
    let result = (|| {
        tmp.1.write_all(bytes)?;
        tmp.1.sync_all()?;
        std::fs::rename(&tmp.0, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp.0);
        return Err(Error::io(path, &e));
    }
    Ok(())
}

fn tempfile_in(dir: &Path, target: &Path) -> Result<(std::path::PathBuf, std::fs::File)> {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "export".into());
    for n in 0..100 {
        let candidate = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&candidate) {
            Ok(f) => return Ok((candidate, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(target, &e)),
        }
    }
    Err(Error::internal("no free temporary file name"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(defuse_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse_formula("-1"), "'-1");
        assert_eq!(defuse_formula("Fachverfahren"), "Fachverfahren");
    }

    #[test]
    fn atomic_write_replaces_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "old and much longer content").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary files left behind");
    }
}
