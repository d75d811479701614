//! A damaged progress database is moved aside, never deleted, so that
//! nothing is lost: the person (or IT) can still recover data from it.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::time;

/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Why and where a damaged database was moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// The damaged file, renamed (`progress.db.corrupt-20261123T062724Z`).
    pub moved_to: PathBuf,
    /// SQLite's own words about the damage (English, technical).
    pub cause: String,
}

/// Whether the file starts like a SQLite database. An empty or missing
/// file is fine: SQLite makes a new database in it.
pub fn has_sqlite_header(path: &Path) -> std::io::Result<bool> {
    use std::io::Read;
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(e) => return Err(e),
    };
    let mut head = Vec::with_capacity(16);
    file.by_ref().take(16).read_to_end(&mut head)?;
    Ok(head.is_empty() || head.as_slice() == SQLITE_MAGIC)
}

/// Renames the database and its `-wal`/`-shm` companions to a free
/// `.corrupt-<time>` name beside them.
pub fn move_aside(path: &Path, cause: String) -> Result<Recovery> {
    let stamp = time::file_stamp();
    let target = (0..1000)
        .map(|n| {
            let suffix = if n == 0 { format!("corrupt-{stamp}") } else { format!("corrupt-{stamp}-{n}") };
            with_suffix(path, &suffix)
        })
        .find(|candidate| !candidate.exists())
        .ok_or_else(|| Error::internal("no free name to move the damaged database to"))?;
    std::fs::rename(path, &target).map_err(|e| Error::io(path, &e))?;
    for companion in ["-wal", "-shm"] {
        let from = with_suffix_raw(path, companion);
        if from.exists() {
            let to = with_suffix_raw(&target, companion);
            std::fs::rename(&from, &to).map_err(|e| Error::io(&from, &e))?;
        }
    }
    tracing::warn!(moved_to = %target.display(), %cause, "damaged progress database moved aside");
    Ok(Recovery { moved_to: target, cause })
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    with_suffix_raw(path, &format!(".{suffix}"))
}

fn with_suffix_raw(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}
