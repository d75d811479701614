//! The folder a person moves their files from: the one they chose, or their
//! OneDrive or Google Drive folder found where those apps keep it, and how
//! much it holds. Only read: names and sizes, never a file's content, and
//! never a link followed out of the folder.
//!
//! Where the apps keep it (their own documentation): OneDrive sets the
//! `OneDriveCommercial` / `OneDrive` environment variables on Windows and
//! uses `%USERPROFILE%\OneDrive - <organisation>`; on macOS both live under
//! `~/Library/CloudStorage/` (`OneDrive-<organisation>`,
//! `GoogleDrive-<account>/My Drive`); Google Drive for desktop on Windows
//! is the drive `G:\My Drive`; Linux has no official client, and the
//! common `onedrive` client (abraunegg) syncs to `~/OneDrive`.
//!
//! On Windows a OneDrive file that is online-only reports its full size
//! without being downloaded: sizes come from the folder listing alone.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::nextcloud_desktop::DesktopEnv;

/// Entries looked at, at most: a folder bigger than this is "at least" its count.
const MAX_ENTRIES: u64 = 2_000_000;

/// Where the files to move are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceFolder {
    pub path: PathBuf,
    pub kind: SourceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// The person chose it (setting `source_folder`, or `--source-folder`).
    Chosen,
    OneDrive,
    GoogleDrive,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Chosen => "chosen",
            SourceKind::OneDrive => "onedrive",
            SourceKind::GoogleDrive => "google-drive",
        }
    }
}

/// The chosen folder, else the first OneDrive or Google Drive folder found.
pub fn source_folder(chosen: Option<&Path>, env: &DesktopEnv) -> Option<SourceFolder> {
    if let Some(path) = chosen {
        return Some(SourceFolder { path: path.to_path_buf(), kind: SourceKind::Chosen });
    }
    candidates(env).into_iter().find(|f| f.path.is_dir())
}

/// Where OneDrive and Google Drive keep their folder on this OS, in order.
fn candidates(env: &DesktopEnv) -> Vec<SourceFolder> {
    let mut found = Vec::new();
    let mut push = |path: PathBuf, kind| found.push(SourceFolder { path, kind });
    let home = env.home.clone();
    if cfg!(windows) {
        for var in ["OneDriveCommercial", "OneDrive"] {
            if let Some(p) = std::env::var_os(var) {
                push(PathBuf::from(p), SourceKind::OneDrive);
            }
        }
        if let Some(h) = &home {
            for p in children_named(h, "OneDrive - ") {
                push(p, SourceKind::OneDrive);
            }
            push(h.join("OneDrive"), SourceKind::OneDrive);
            push(h.join("Google Drive"), SourceKind::GoogleDrive);
        }
        push(PathBuf::from(r"G:\My Drive"), SourceKind::GoogleDrive);
    } else if cfg!(target_os = "macos") {
        if let Some(h) = &home {
            let cloud = h.join("Library/CloudStorage");
            for p in children_named(&cloud, "OneDrive-") {
                push(p, SourceKind::OneDrive);
            }
            for p in children_named(&cloud, "GoogleDrive-") {
                push(p.join("My Drive"), SourceKind::GoogleDrive);
            }
            push(h.join("OneDrive"), SourceKind::OneDrive);
        }
    } else if let Some(h) = &home {
        push(h.join("OneDrive"), SourceKind::OneDrive);
        push(h.join("Google Drive"), SourceKind::GoogleDrive);
    }
    found
}

/// Folders in `dir` whose name starts with `prefix`, sorted.
fn children_named(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// What a folder holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FolderSize {
    pub files: u64,
    pub bytes: u64,
    /// Entries that could not be read (no permission, gone meanwhile).
    pub unreadable: u64,
    /// The count stopped at [`MAX_ENTRIES`]: the folder holds at least this much.
    pub incomplete: bool,
}

/// Adds up the files in `root` (links are not followed, nor counted).
pub fn measure(root: &Path) -> std::io::Result<FolderSize> {
    // The folder itself must be readable: a typo is an error, not "empty".
    std::fs::read_dir(root)?;
    let mut size = FolderSize { files: 0, bytes: 0, unreadable: 0, incomplete: false };
    for (seen, entry) in walkdir::WalkDir::new(root).follow_links(false).into_iter().enumerate() {
        if seen as u64 >= MAX_ENTRIES {
            size.incomplete = true;
            break;
        }
        match entry {
            Ok(e) if e.file_type().is_file() => match e.metadata() {
                Ok(m) => {
                    size.files += 1;
                    size.bytes = size.bytes.saturating_add(m.len());
                }
                Err(_) => size.unreadable += 1,
            },
            Ok(_) => {}
            Err(_) => size.unreadable += 1,
        }
    }
    Ok(size)
}

/// `nextcloud.source-folder` (export-files): the folder to move from is
/// there and holds files: the export (or the synced OneDrive folder) is ready.
pub const SOURCE_READY: &str = "nextcloud.source-folder";

pub fn source_ready(chosen: Option<&Path>, env: &DesktopEnv) -> super::ProbeOutcome {
    use super::{Evidence, Message, ProbeOutcome, ProbeStatus};
    let mut evidence = Evidence::default();
    let Some(folder) = source_folder(chosen, env) else {
        let m = Message::new("probe-nextcloud-files-no-source");
        return ProbeOutcome::new(SOURCE_READY, ProbeStatus::Warn, m.clone()).remedy(m.remedy());
    };
    evidence.fact("source_folder", folder.path.display().to_string());
    evidence.fact("source_kind", folder.kind.as_str());
    let size = match measure(&folder.path) {
        Ok(size) => size,
        Err(e) => {
            let m = Message::new("probe-nextcloud-quota-source-unreadable")
                .arg("path", folder.path.display())
                .arg("detail", e);
            return ProbeOutcome::new(SOURCE_READY, ProbeStatus::Warn, m.clone()).remedy(m.remedy()).evidence(evidence);
        }
    };
    evidence.fact("source_files", size.files);
    evidence.fact("source_bytes", size.bytes);
    let m = |id: &str| {
        Message::new(id)
            .arg("source", format!("msg:source-{}", folder.kind.as_str()))
            .arg("path", folder.path.display())
            .arg("files", size.files)
    };
    if size.files == 0 {
        let m = m("probe-nextcloud-source-folder-empty");
        ProbeOutcome::new(SOURCE_READY, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
    } else {
        ProbeOutcome::new(SOURCE_READY, ProbeStatus::Pass, m("probe-nextcloud-source-folder-pass")).evidence(evidence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(home: &Path) -> DesktopEnv {
        DesktopEnv { home: Some(home.to_path_buf()), config_dir: None, path: Vec::new(), root: home.join("root") }
    }

    #[test]
    fn the_chosen_folder_wins_over_what_is_found() {
        let home = tempfile::tempdir().unwrap();
        assert_eq!(source_folder(None, &env(home.path())), None);
        let chosen = home.path().join("Export");
        let found = source_folder(Some(&chosen), &env(home.path())).unwrap();
        assert_eq!(found.kind, SourceKind::Chosen);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn onedrive_is_found_in_the_home_folder() {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir(home.path().join("Google Drive")).unwrap();
        assert_eq!(source_folder(None, &env(home.path())).unwrap().kind, SourceKind::GoogleDrive);
        std::fs::create_dir(home.path().join("OneDrive")).unwrap();
        assert_eq!(source_folder(None, &env(home.path())).unwrap().kind, SourceKind::OneDrive, "OneDrive first");
    }

    #[test]
    fn an_export_is_ready_when_it_holds_files() {
        let home = tempfile::tempdir().unwrap();
        let export = home.path().join("Takeout");
        assert_eq!(source_ready(Some(&export), &env(home.path())).status, crate::probe::ProbeStatus::Warn, "not there");
        std::fs::create_dir(&export).unwrap();
        let empty = source_ready(Some(&export), &env(home.path()));
        assert_eq!(
            (empty.status, empty.summary.id.as_str()),
            (crate::probe::ProbeStatus::Fail, "probe-nextcloud-source-folder-empty")
        );
        std::fs::write(export.join("drive-export.zip"), b"zip").unwrap();
        let ready = source_ready(Some(&export), &env(home.path()));
        assert_eq!(
            (ready.status, ready.evidence.facts["source_files"].as_u64()),
            (crate::probe::ProbeStatus::Pass, Some(1))
        );
    }

    #[cfg(unix)]
    #[test]
    fn sizes_add_up_without_following_links() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("OneDrive");
        std::fs::create_dir_all(root.join("Projecten/2026")).unwrap();
        std::fs::write(root.join("notitie.txt"), vec![b'x'; 1000]).unwrap();
        std::fs::write(root.join("Projecten/2026/plan.odt"), vec![b'y'; 2500]).unwrap();
        let outside = dir.path().join("elsewhere");
        std::fs::create_dir(&outside).unwrap();
        std::fs::write(outside.join("big.bin"), vec![0u8; 50_000]).unwrap();
        std::os::unix::fs::symlink(&outside, root.join("link-out")).unwrap();
        std::os::unix::fs::symlink(outside.join("big.bin"), root.join("big-link")).unwrap();
        let size = measure(&root).unwrap();
        assert_eq!((size.files, size.bytes, size.incomplete), (2, 3500, false));
        assert!(measure(&dir.path().join("missing")).is_err(), "a folder that is not there is an error");
    }
}
