//! Where Overstap keeps its data on this computer, and why some places are
//! refused: SQLite's write-ahead log needs a local disk, so the database
//! must never live on a network share or inside a folder a sync client
//! (OneDrive, Nextcloud …) uploads.

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
pub fn check_data_dir(dir: &Path) -> Result<()> {
    if let Some(client) = synced_folder(dir) {
        return Err(Error::new(ErrorCode::DataDirUnsuitable, "error-data-dir-synced")
            .arg("path", dir.display().to_string())
            .arg("client", client));
    }
    if let Some(kind) = network_filesystem(dir) {
        return Err(Error::new(ErrorCode::DataDirUnsuitable, "error-data-dir-network")
            .arg("path", dir.display().to_string())
            .arg("kind", kind));
    }
    Ok(())
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

/// The kind of network file system `dir` (or its nearest existing parent) is on.
#[cfg(target_os = "linux")]
fn network_filesystem(dir: &Path) -> Option<&'static str> {
    const NETWORK: &[(i64, &str)] = &[
        (0x6969, "NFS"),
        (0x517B, "SMB"),
        (0xFF53_4D42, "CIFS"),
        (0xFE53_4D42, "SMB2"),
        (0x5346_414F, "AFS"),
        (0x0102_1997, "9P"),
        (0x00C3_6400, "Ceph"),
        (0x7375_7245, "Coda"),
        (0x6B41_4653, "kAFS"),
    ];
    let existing = dir.ancestors().find(|p| p.exists())?;
    let stat = nix::sys::statfs::statfs(existing).ok()?;
    #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
    let magic = i64::from(stat.filesystem_type().0 as i64) & 0xFFFF_FFFF;
    NETWORK.iter().find(|(m, _)| *m == magic).map(|(_, name)| *name)
}

/// UNC paths (`\\server\share\…`) are network shares. Mapped drive letters
/// would need `GetDriveTypeW`; IT deploys to `%LOCALAPPDATA%`, which is local.
#[cfg(windows)]
fn network_filesystem(dir: &Path) -> Option<&'static str> {
    use std::path::Prefix;
    match dir.components().next() {
        Some(Component::Prefix(p)) => match p.kind() {
            Prefix::UNC(..) | Prefix::VerbatimUNC(..) => Some("SMB"),
            _ => None,
        },
        _ => None,
    }
}

/// macOS names the file system of network mounts in statfs's `f_fstypename`.
#[cfg(target_os = "macos")]
fn network_filesystem(dir: &Path) -> Option<&'static str> {
    let existing = dir.ancestors().find(|p| p.exists())?;
    let stat = nix::sys::statfs::statfs(existing).ok()?;
    match stat.filesystem_type_name() {
        "nfs" => Some("NFS"),
        "smbfs" => Some("SMB"),
        "afpfs" => Some("AFP"),
        "webdav" => Some("WebDAV"),
        _ => None,
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
fn network_filesystem(_dir: &Path) -> Option<&'static str> {
    None
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
