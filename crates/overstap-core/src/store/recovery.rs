//! A damaged progress database is moved aside, never deleted, so that
//! nothing is lost: the person (or IT) can still recover data from it.
//! Callers hold the exclusive store lock (see `lock.rs`).

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::time;

/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// SQLite's companion files, moved together with the database.
const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Why and where a damaged database was moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// The damaged file, renamed (`progress.db.corrupt-20261123T062724Z`).
    pub moved_to: PathBuf,
    /// SQLite's own words about the damage (English, technical).
    pub cause: String,
}

/// What the file at `path` looks like before SQLite opens it.
#[derive(Debug, PartialEq, Eq)]
pub enum FileShape {
    /// No file or an empty one, and no write-ahead log: a new database.
    New,
    /// Starts like a SQLite database. `holds_nothing`: only the header
    /// page of a database never migrated (schema version 0), as SQLite
    /// leaves it when everything since is still in the write-ahead log.
    Sqlite { page_size: u32, holds_nothing: bool },
    /// Has content, but not a SQLite header.
    NotSqlite,
    /// The database is missing or empty but a write-ahead log with data is
    /// left: SQLite would delete that log when it creates a new database.
    OrphanedLog,
}

/// Where SQLite's database header keeps the page size and `user_version`.
const PAGE_SIZE_AT: usize = 16;
const USER_VERSION_AT: usize = 60;
const HEADER_LEN: u64 = 100;

pub fn file_shape(path: &Path) -> std::io::Result<FileShape> {
    use std::io::Read;
    let mut head = Vec::with_capacity(HEADER_LEN as usize);
    let mut len = 0;
    match std::fs::File::open(path) {
        Ok(f) => {
            len = f.metadata()?.len();
            f.take(HEADER_LEN).read_to_end(&mut head)?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    if head.is_empty() {
        let log_len = std::fs::metadata(companion(path, "-wal")).map(|m| m.len()).unwrap_or(0);
        return Ok(if log_len > 0 { FileShape::OrphanedLog } else { FileShape::New });
    }
    if !head.starts_with(SQLITE_MAGIC) {
        return Ok(FileShape::NotSqlite);
    }
    if head.len() < HEADER_LEN as usize {
        // A header cut short: SQLite calls that "not a database".
        return Ok(FileShape::NotSqlite);
    }
    // SQLite stores 65536 as 1.
    let page_size = match u16::from_be_bytes([head[PAGE_SIZE_AT], head[PAGE_SIZE_AT + 1]]) {
        1 => 65536,
        n => u32::from(n),
    };
    let user_version = u32::from_be_bytes(head[USER_VERSION_AT..USER_VERSION_AT + 4].try_into().expect("4 bytes"));
    Ok(FileShape::Sqlite { page_size, holds_nothing: user_version == 0 && len <= u64::from(page_size) })
}

/// Moves the database and its companions to a free `.corrupt-<time>` name
/// beside them: companions first and the main file last, so that an
/// interruption never leaves a log next to a database it does not belong to.
pub fn move_aside(path: &Path, cause: String) -> Result<Recovery> {
    let stamp = time::file_stamp();
    let target = (0..1000)
        .map(|n| {
            let suffix = if n == 0 { format!(".corrupt-{stamp}") } else { format!(".corrupt-{stamp}-{n}") };
            companion(path, &suffix)
        })
        .find(|candidate| !COMPANIONS.iter().chain([&""]).any(|c| companion(candidate, c).exists()))
        .ok_or_else(|| Error::internal("no free name to move the damaged database to"))?;
    for c in COMPANIONS {
        let from = companion(path, c);
        if from.exists() {
            move_no_replace(&from, &companion(&target, c))?;
        }
    }
    if path.exists() {
        move_no_replace(path, &target)?;
    }
    tracing::warn!(moved_to = %target.display(), %cause, "damaged progress database moved aside");
    Ok(Recovery { moved_to: target, cause })
}

/// Renames without ever replacing an existing file: a hard link (which
/// fails if the target exists) then removing the old name; a plain rename
/// after an existence check where the file system has no hard links.
fn move_no_replace(from: &Path, to: &Path) -> Result<()> {
    match std::fs::hard_link(from, to) {
        Ok(()) => std::fs::remove_file(from).map_err(|e| Error::io(from, &e)),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::io(to, &e)),
        Err(_) if !to.exists() => std::fs::rename(from, to).map_err(|e| Error::io(from, &e)),
        Err(e) => Err(Error::io(to, &e)),
    }
}

/// `progress.db` + `-wal` → `progress.db-wal`.
pub fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}
