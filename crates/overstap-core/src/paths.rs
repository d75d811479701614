//! Where Overstap keeps its data on this computer, and why some places are
//! refused: SQLite's write-ahead log needs a local disk, so the database
//! must never live on a network share or inside a folder a sync client
//! (OneDrive, Nextcloud …) uploads. Both are judged on where the folder
//! really is (links resolved) and, for network drives, on what the
//! operating system says the file system is (`paths/filesystem.rs`).

mod filesystem;

use std::path::{Component, Path, PathBuf};

use crate::error::{Error, ErrorCode, Result};

/// Environment variable that overrides the data folder (as `--data-dir` does).
pub const DATA_DIR_ENV: &str = "OVERSTAP_DATA_DIR";
/// The progress database inside the data folder.
pub const DATABASE_FILE: &str = "progress.db";
/// The log folder inside the data folder.
pub const LOG_DIR: &str = "logs";

/// The per-OS local (never roaming) application-data folder:
/// `$XDG_DATA_HOME/overstap` or `~/.local/share/overstap` on Linux,
/// `%LOCALAPPDATA%\Overstap` on Windows, `~/Library/Application Support/Overstap` on macOS.
pub fn default_data_dir() -> Option<PathBuf> {
    let name = if cfg!(target_os = "linux") { "overstap" } else { "Overstap" };
    dirs::data_local_dir().map(|d| d.join(name))
}

/// The data folder to use: `explicit` (from `--data-dir`), else
/// `$OVERSTAP_DATA_DIR`, else the per-OS default.
pub fn resolve_data_dir(explicit: Option<&Path>) -> Result<PathBuf> {
    let chosen = explicit
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()).map(PathBuf::from))
        .or_else(default_data_dir)
        .ok_or_else(|| Error::new(ErrorCode::DataDirUnsuitable, "error-data-dir-none"))?;
    // A relative path would move with the working directory of each script.
    let absolute = if chosen.is_absolute() {
        chosen
    } else {
        std::env::current_dir().map_err(|e| Error::io(&chosen, &e))?.join(chosen)
    };
    Ok(absolute)
}

/// Refuses folders where the database would not be safe, with the reason.
/// A link such as `~/.local/share/overstap -> ~/Nextcloud/ov` is followed:
/// the folder is judged where the database would really be.
pub fn check_data_dir(dir: &Path) -> Result<()> {
    let real = real_path(dir);
    if let Some(client) = synced_folder(dir) {
        return Err(Error::new(ErrorCode::DataDirUnsuitable, "error-data-dir-synced")
            .arg("path", dir.display().to_string())
            .arg("client", client));
    }
    if let Some(client) = synced_folder(&real) {
        return Err(Error::new(ErrorCode::DataDirUnsuitable, "error-data-dir-synced-via")
            .arg("path", dir.display().to_string())
            .arg("real", real.display().to_string())
            .arg("client", client));
    }
    if let Some(kind) = filesystem::network_filesystem(&real) {
        return Err(Error::new(ErrorCode::DataDirUnsuitable, "error-data-dir-network")
            .arg("path", dir.display().to_string())
            .arg("kind", kind));
    }
    Ok(())
}

/// Where `dir` really is: its nearest existing folder with every link
/// resolved, then the part not made yet (which holds no link).
fn real_path(dir: &Path) -> PathBuf {
    for existing in dir.ancestors() {
        if let Ok(real) = std::fs::canonicalize(existing) {
            let rest = dir.strip_prefix(existing).unwrap_or(Path::new(""));
            return if rest.as_os_str().is_empty() { real } else { real.join(rest) };
        }
    }
    dir.to_path_buf()
}

/// The sync client whose folder `dir` is inside, judged by the folder names
/// those clients create by default.
fn synced_folder(dir: &Path) -> Option<&'static str> {
    const CLIENTS: &[(&str, &str)] = &[
        ("onedrive", "OneDrive"),
        ("nextcloud", "Nextcloud"),
        ("owncloud", "ownCloud"),
        ("dropbox", "Dropbox"),
        ("google drive", "Google Drive"),
        ("googledrive", "Google Drive"),
        ("my drive", "Google Drive"),
        ("icloud drive", "iCloud"),
        ("mobile documents", "iCloud"),
        ("seafile", "Seafile"),
        ("pcloud drive", "pCloud"),
    ];
    dir.components().find_map(|c| {
        let Component::Normal(name) = c else { return None };
        let name = name.to_string_lossy().to_lowercase();
        CLIENTS
            .iter()
            // "OneDrive - Ministerie van BZK" is how OneDrive for Business names its folder.
            .find(|(prefix, _)| name == *prefix || name.starts_with(&format!("{prefix} - ")))
            .map(|(_, client)| *client)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_folders_of_sync_clients() {
        assert_eq!(synced_folder(Path::new("/home/j/Nextcloud/overstap")), Some("Nextcloud"));
        assert_eq!(synced_folder(Path::new("C:/Users/j/OneDrive - Ministerie van BZK/x")), Some("OneDrive"));
        assert_eq!(synced_folder(Path::new("/home/j/.local/share/overstap")), None);
        assert_eq!(synced_folder(Path::new("/home/j/nextcloud-notes/overstap")), None);
        let err = check_data_dir(Path::new("/home/j/Dropbox/o")).unwrap_err();
        assert_eq!(err.code(), ErrorCode::DataDirUnsuitable);
        assert!(err.message(crate::Lang::En).contains("Dropbox"));
    }

    /// Issue 11, item 8: only the path's text was judged, so a link into a
    /// sync client's folder was accepted.
    #[cfg(unix)]
    #[test]
    fn a_data_folder_linked_into_a_synced_folder_is_refused() {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join("Nextcloud/ov")).unwrap();
        std::fs::create_dir_all(home.path().join(".local/share")).unwrap();
        let data = home.path().join(".local/share/overstap");
        std::os::unix::fs::symlink(home.path().join("Nextcloud/ov"), &data).unwrap();
        let err = check_data_dir(&data).unwrap_err();
        assert_eq!(err.code(), ErrorCode::DataDirUnsuitable);
        let text = err.message(crate::Lang::En);
        assert!(text.contains(&data.display().to_string()) && text.contains("Nextcloud/ov"), "{text}");
        // A folder not made yet, under a linked one.
        std::os::unix::fs::symlink(home.path().join("Nextcloud"), home.path().join("linked")).unwrap();
        assert!(check_data_dir(&home.path().join("linked/not-yet/overstap")).is_err());
        // A link to a local folder is fine.
        std::fs::create_dir(home.path().join("local")).unwrap();
        std::os::unix::fs::symlink(home.path().join("local"), home.path().join("to-local")).unwrap();
        assert!(check_data_dir(&home.path().join("to-local/overstap")).is_ok());
    }

    #[test]
    fn a_local_temporary_folder_is_fine() {
        let dir = std::env::temp_dir().join("overstap-paths-test");
        assert!(check_data_dir(&dir).is_ok());
    }

    #[test]
    fn relative_paths_become_absolute() {
        let p = resolve_data_dir(Some(Path::new("rel/dir"))).unwrap();
        assert!(p.is_absolute() && p.ends_with("rel/dir"));
    }
}
