//! "Make ODF the default" (`libreoffice.set-odf-default`): the edit of the
//! person's profile and its undo. It changes only the default save filter
//! of text, spreadsheet and presentation documents, and turns the "keep
//! the current format?" question back on where it was switched off (so
//! saving as .docx asks first). Refused while LibreOffice runs (it would
//! overwrite the change when it closes); a full copy of the profile file
//! first, as a safety net; an atomic write.
//!
//! Undo puts back only what the action changed, from an undo record kept
//! next to the copy (the previous lines, or that there were none), and only
//! where the value is still the one the action wrote: anything the person
//! changed since, in these properties or elsewhere, stays as it is now.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::libreoffice::{factory_path, DOCUMENT_KINDS};
use super::libreoffice_xcu::{edit, lines_of, prop_line, value_of, EMPTY_XCU};
use crate::error::{Error, ErrorCode, Result};

const FILTER: &str = "ooSetupFactoryDefaultFilter";
const SAVE_DOCUMENT: &str = "/org.openoffice.Office.Common/Save/Document";
const WARN_ALIEN: &str = "WarnAlienFormat";
const BACKUP_PREFIX: &str = "registrymodifications.xcu.overstap-backup-";
const RECORD_PREFIX: &str = "registrymodifications.xcu.overstap-undo-";

/// What [`set_odf_default`] did, and how to undo it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileChange {
    pub profile: PathBuf,
    /// The copy made before the change; `None` when nothing changed or there was no file yet.
    pub backup: Option<PathBuf>,
}

/// What undo needs: each property changed, what it was set to, and the
/// lines that set it before (none: it was not set).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UndoRecord {
    /// When the change was made (RFC 3339), to find the newest.
    pub created: String,
    /// The file name of the full copy, if one was made.
    pub backup: Option<String>,
    pub changed: Vec<ChangedProp>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangedProp {
    pub path: String,
    pub name: String,
    pub set_to: String,
    pub previous_value: Option<String>,
    pub previous_lines: Vec<String>,
}

/// The changes that make `xcu` save ODF by default (`None`: no profile file yet).
fn changes_needed(xcu: Option<&str>) -> Vec<ChangedProp> {
    let text = xcu.unwrap_or(EMPTY_XCU);
    let change = |path: String, name: &str, set_to: &str| ChangedProp {
        previous_value: value_of(text, &path, name),
        previous_lines: lines_of(text, &path, name),
        path,
        name: name.to_owned(),
        set_to: set_to.to_owned(),
    };
    let mut changes = Vec::new();
    for (_, service, odf) in DOCUMENT_KINDS {
        let path = factory_path(service);
        let current = value_of(text, &path, FILTER);
        // Not set means LibreOffice's default, ODF; a new profile gets the
        // setting written out, so that an organisation-wide default below
        // the person's profile cannot take over.
        if xcu.is_none() || current.as_deref().is_some_and(|v| v != odf) {
            changes.push(change(path, FILTER, odf));
        }
    }
    if value_of(text, SAVE_DOCUMENT, WARN_ALIEN).as_deref() == Some("false") {
        changes.push(change(SAVE_DOCUMENT.to_owned(), WARN_ALIEN, "true"));
    }
    changes
}

/// Makes ODF the default save format in the profile at `profile`.
pub fn set_odf_default(profile: &Path) -> Result<ProfileChange> {
    refuse_while_running(profile)?;
    let xcu_path = profile.join("registrymodifications.xcu");
    let current = match std::fs::read_to_string(&xcu_path) {
        Ok(x) => Some(x),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io(&xcu_path, &e)),
    };
    let damaged = || {
        Error::new(ErrorCode::InvalidInput, "error-libreoffice-profile-damaged")
            .arg("path", xcu_path.display().to_string())
    };
    if current.as_deref().is_some_and(|x| roxmltree::Document::parse(x).is_err()) {
        return Err(damaged());
    }
    let changed = changes_needed(current.as_deref());
    // Already ODF: nothing written, and no record an undo would "restore".
    if changed.is_empty() {
        return Ok(ProfileChange { profile: profile.to_path_buf(), backup: None });
    }
    let remove: Vec<(&str, &str)> = changed.iter().map(|c| (c.path.as_str(), c.name.as_str())).collect();
    let add: Vec<String> = changed.iter().map(|c| prop_line(&c.path, &c.name, &c.set_to)).collect();
    let updated = edit(current.as_deref().unwrap_or(EMPTY_XCU), &remove, &add).ok_or_else(damaged)?;
    let backup = match &current {
        Some(text) => Some(write_new(profile, BACKUP_PREFIX, "", text.as_bytes())?),
        None => {
            std::fs::create_dir_all(profile).map_err(|e| Error::io(profile, &e))?;
            None
        }
    };
    let record = UndoRecord {
        created: crate::time::now_rfc3339(),
        backup: backup.as_ref().and_then(|b| b.file_name()).map(|n| n.to_string_lossy().into_owned()),
        changed,
    };
    let json = serde_json::to_vec_pretty(&record).map_err(|e| Error::internal(e.to_string()))?;
    write_new(profile, RECORD_PREFIX, ".json", &json)?;
    crate::report::write_atomically(&xcu_path, updated.as_bytes())?;
    tracing::info!(profile = %profile.display(), changed = record.changed.len(), "LibreOffice default formats set to ODF");
    Ok(ProfileChange { profile: profile.to_path_buf(), backup })
}

/// Puts back what the newest [`set_odf_default`] changed; returns the
/// record (or, for a change made before records existed, the copy) used,
/// which is then removed with its copy.
pub fn undo_odf_default(profile: &Path) -> Result<PathBuf> {
    refuse_while_running(profile)?;
    let (used, record) = newest_record(profile)?;
    let xcu_path = profile.join("registrymodifications.xcu");
    let current = match std::fs::read_to_string(&xcu_path) {
        Ok(x) => x,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => EMPTY_XCU.to_owned(),
        Err(e) => return Err(Error::io(&xcu_path, &e)),
    };
    // A property the person has set to something else since is theirs now.
    let ours: Vec<&ChangedProp> = record
        .changed
        .iter()
        .filter(|c| value_of(&current, &c.path, &c.name).as_deref() == Some(c.set_to.as_str()))
        .collect();
    let remove: Vec<(&str, &str)> = ours.iter().map(|c| (c.path.as_str(), c.name.as_str())).collect();
    let add: Vec<String> = ours.iter().flat_map(|c| c.previous_lines.clone()).collect();
    let restored = edit(&current, &remove, &add).ok_or_else(|| {
        Error::new(ErrorCode::InvalidInput, "error-libreoffice-profile-damaged")
            .arg("path", xcu_path.display().to_string())
    })?;
    crate::report::write_atomically(&xcu_path, restored.as_bytes())?;
    tracing::info!(
        profile = %profile.display(),
        restored = ours.len(),
        kept = record.changed.len() - ours.len(),
        "LibreOffice default formats undone"
    );
    if let Some(copy) = &record.backup {
        remove_if_there(&profile.join(copy))?;
    }
    remove_if_there(&used)?;
    Ok(used)
}

fn remove_if_there(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(path, &e)),
        _ => Ok(()),
    }
}

/// The newest undo record; without any, the newest full copy from before
/// records existed, read as one (its three filter settings were changed).
fn newest_record(profile: &Path) -> Result<(PathBuf, UndoRecord)> {
    let names: Vec<PathBuf> = std::fs::read_dir(profile)
        .map_err(|e| Error::io(profile, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    let named = |prefix: &'static str| {
        names.iter().filter(move |p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
    };
    let records = named(RECORD_PREFIX).filter_map(|p| {
        let record: UndoRecord = serde_json::from_slice(&std::fs::read(p).ok()?).ok()?;
        Some((p.clone(), record))
    });
    if let Some(newest) = records.max_by(|a, b| (&a.1.created, &a.0).cmp(&(&b.1.created, &b.0))) {
        return Ok(newest);
    }
    let Some(copy) = named(BACKUP_PREFIX).max().cloned() else {
        return Err(Error::new(ErrorCode::InvalidInput, "error-libreoffice-no-backup")
            .arg("path", profile.display().to_string()));
    };
    let before = std::fs::read_to_string(&copy).map_err(|e| Error::io(&copy, &e))?;
    let changed = DOCUMENT_KINDS
        .iter()
        .map(|(_, service, odf)| {
            let path = factory_path(service);
            ChangedProp {
                previous_value: value_of(&before, &path, FILTER),
                previous_lines: lines_of(&before, &path, FILTER),
                path,
                name: FILTER.to_owned(),
                set_to: (*odf).to_owned(),
            }
        })
        .collect();
    Ok((copy, UndoRecord { created: String::new(), backup: None, changed }))
}

/// Writes `bytes` under a name no other file has (never overwriting one).
fn write_new(profile: &Path, prefix: &str, suffix: &str, bytes: &[u8]) -> Result<PathBuf> {
    use std::io::Write;
    let stamp = crate::time::file_stamp();
    for n in 0..1000 {
        let name = if n == 0 { format!("{prefix}{stamp}{suffix}") } else { format!("{prefix}{stamp}-{n:03}{suffix}") };
        let path = profile.join(name);
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                file.write_all(bytes).and_then(|()| file.sync_all()).map_err(|e| Error::io(&path, &e))?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(&path, &e)),
        }
    }
    Err(Error::internal("no free backup name"))
}

/// LibreOffice rewrites the profile when it exits, so a change made while it
/// runs would be lost. On Linux its process (`soffice.bin`, also inside a
/// Snap or Flatpak) is looked for; elsewhere its lock file
/// (`<user installation>/.lock`, beside `user/`).
fn refuse_while_running(profile: &Path) -> Result<()> {
    let lock = profile.parent().unwrap_or(profile).join(".lock");
    let running = if cfg!(target_os = "linux") { soffice_process_running() } else { lock.exists() };
    if running {
        return Err(Error::new(ErrorCode::InvalidInput, "error-libreoffice-running"));
    }
    Ok(())
}

fn soffice_process_running() -> bool {
    let Ok(entries) = std::fs::read_dir("/proc") else { return false };
    entries
        .filter_map(|e| e.ok())
        .any(|e| std::fs::read_to_string(e.path().join("comm")).is_ok_and(|comm| comm.trim() == "soffice.bin"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::libreoffice::default_filters;

    const MS_DEFAULTS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="WarnAlienFormat" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office/Factories/org.openoffice.Setup:Factory['com.sun.star.text.TextDocument']"><prop oor:name="ooSetupFactoryDefaultFilter" oor:op="fuse"><value>MS Word 2007 XML</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office/Factories/org.openoffice.Setup:Factory['com.sun.star.sheet.SpreadsheetDocument']"><prop oor:name="ooSetupFactoryDefaultFilter" oor:op="fuse"><value>Calc MS Excel 2007 XML</value></prop></item>
</oor:items>
"#;

    fn filters(xcu: &str) -> Vec<Option<String>> {
        default_filters(xcu).into_iter().map(|(_, v)| v).collect()
    }

    #[test]
    fn undo_restores_only_what_it_changed_and_keeps_later_changes() {
        if soffice_process_running() {
            eprintln!("skipped: a LibreOffice runs on this machine, and the action rightly refuses then");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let profile = dir.path();
        let xcu = profile.join("registrymodifications.xcu");
        std::fs::write(&xcu, MS_DEFAULTS).unwrap();
        let change = set_odf_default(profile).unwrap();
        let after = std::fs::read_to_string(&xcu).unwrap();
        assert_eq!(
            filters(&after),
            [Some("writer8".into()), Some("calc8".into()), None],
            "impress was not set: left alone"
        );
        assert_eq!(value_of(&after, SAVE_DOCUMENT, WARN_ALIEN).as_deref(), Some("true"));
        assert_eq!(std::fs::read_to_string(change.backup.unwrap()).unwrap(), MS_DEFAULTS);

        // Since then the person changed another setting, and set Calc back to Excel themselves.
        let misc = "/org.openoffice.Office.Common/Misc";
        let calc = factory_path("com.sun.star.sheet.SpreadsheetDocument");
        let later = edit(
            &after,
            &[(misc, "FirstRun"), (&calc, FILTER)],
            &[prop_line(misc, "FirstRun", "true"), prop_line(&calc, FILTER, "MS Excel 97")],
        )
        .unwrap();
        std::fs::write(&xcu, &later).unwrap();
        undo_odf_default(profile).unwrap();
        let undone = std::fs::read_to_string(&xcu).unwrap();
        assert_eq!(value_of(&undone, misc, "FirstRun").as_deref(), Some("true"), "their change stays");
        assert_eq!(filters(&undone), [Some("MS Word 2007 XML".into()), Some("MS Excel 97".into()), None]);
        assert_eq!(value_of(&undone, SAVE_DOCUMENT, WARN_ALIEN).as_deref(), Some("false"));
        assert_eq!(std::fs::read_dir(profile).unwrap().count(), 1, "copy and record removed");
        assert!(undo_odf_default(profile).is_err(), "nothing left to undo");
    }

    #[test]
    fn a_new_profile_gets_odf_written_out_and_undo_removes_it_again() {
        if soffice_process_running() {
            eprintln!("skipped: a LibreOffice runs on this machine");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let profile = dir.path().join("user");
        assert_eq!(set_odf_default(&profile).unwrap().backup, None);
        let xcu = std::fs::read_to_string(profile.join("registrymodifications.xcu")).unwrap();
        assert_eq!(filters(&xcu), [Some("writer8".into()), Some("calc8".into()), Some("impress8".into())]);
        assert_eq!(set_odf_default(&profile).unwrap().backup, None, "already ODF: nothing to do");
        undo_odf_default(&profile).unwrap();
        let xcu = std::fs::read_to_string(profile.join("registrymodifications.xcu")).unwrap();
        assert_eq!(filters(&xcu), [None, None, None]);
    }

    #[test]
    fn a_backup_from_before_undo_records_is_still_undone_property_by_property() {
        if soffice_process_running() {
            eprintln!("skipped: a LibreOffice runs on this machine");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let profile = dir.path();
        std::fs::write(profile.join(format!("{BACKUP_PREFIX}20261101T100000Z")), MS_DEFAULTS).unwrap();
        let odf = edit(MS_DEFAULTS, &[], &[]).unwrap().replace("MS Word 2007 XML", "writer8");
        std::fs::write(profile.join("registrymodifications.xcu"), odf).unwrap();
        undo_odf_default(profile).unwrap();
        let xcu = std::fs::read_to_string(profile.join("registrymodifications.xcu")).unwrap();
        assert_eq!(filters(&xcu)[0].as_deref(), Some("MS Word 2007 XML"));
    }
}
