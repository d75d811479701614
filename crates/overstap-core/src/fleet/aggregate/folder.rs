//! Reports in a local folder (a synced Nextcloud folder, a copy): its files
//! and subfolders down to a bounded depth. Links are never followed, so
//! nothing outside the folder is read, and only regular files are opened,
//! so a pipe named like a report cannot make the command wait for ever.

use std::io::Read;
use std::path::Path;

use super::limits::{MAX_FOLDER_DEPTH, MAX_REPORT_BYTES};
use super::listing::{Listing, Location};
use super::skip::SkipReason;
use crate::{Error, ErrorCode};

/// Lists the folder `root`.
pub(crate) fn list(root: &Path) -> Result<Listing, Error> {
    let unreadable = |cause: String| {
        Error::new(ErrorCode::IoError, "fleet-error-source-unreadable")
            .arg("source", root.display().to_string())
            .arg("cause", cause.clone())
            .detail(cause)
    };
    let metadata = std::fs::metadata(root).map_err(|e| unreadable(e.to_string()))?;
    if !metadata.is_dir() {
        return Err(unreadable("not a folder".into()));
    }
    let mut listing = Listing::default();
    let walk = walkdir::WalkDir::new(root).follow_links(false).max_depth(MAX_FOLDER_DEPTH);
    for entry in walk {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) if e.depth() == 0 => return Err(unreadable(e.to_string())),
            Err(e) => {
                let file = e.path().map(|p| relative(root, p)).unwrap_or_default();
                listing.skip(&file, SkipReason::Unreadable { cause: e.to_string() })?;
                continue;
            }
        };
        if entry.depth() == 0 || entry.file_type().is_dir() {
            continue;
        }
        let file = relative(root, entry.path());
        let base_name = entry.file_name().to_string_lossy();
        if entry.file_type().is_symlink() {
            listing.skip(&file, SkipReason::SymbolicLink)?;
        } else if entry.file_type().is_file() {
            listing.add_file(&file, &base_name, || Location::Path(entry.path().to_owned()))?;
        } else if super::file_name::is_json(&base_name) {
            listing.skip(&file, SkipReason::NotRegularFile)?;
        } else {
            listing.other_files += 1;
        }
    }
    Ok(listing)
}

/// `path` below `root`, with `/` between folders on every system.
fn relative(root: &Path, path: &Path) -> String {
    let below = path.strip_prefix(root).unwrap_or(path);
    below.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Reads one report file, up to the size limit.
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, SkipReason> {
    let unreadable = |e: std::io::Error| SkipReason::Unreadable { cause: e.to_string() };
    let file = open_regular(path).map_err(unreadable)?;
    let metadata = file.metadata().map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(SkipReason::NotRegularFile);
    }
    if metadata.len() > MAX_REPORT_BYTES as u64 {
        return Err(SkipReason::TooLarge);
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may have grown since it was looked at: never read past the limit.
    file.take(MAX_REPORT_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(SkipReason::TooLarge);
    }
    Ok(bytes)
}

/// Opens without following a link put there since the listing, and
/// without waiting for a writer should the file have become a pipe.
#[cfg(any(target_os = "linux", target_os = "macos"))]
fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().read(true).custom_flags(nix::libc::O_NOFOLLOW | nix::libc::O_NONBLOCK).open(path)
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}
