//! Turns SQLite's failures into Overstap's error codes, and tells apart the
//! ones that mean "this file is damaged" from the ones that do not (a full
//! disk or a lock must never make Overstap move a good database aside).
//!
//! SQLite says `SQLITE_FULL` only when a page write fails; when the disk is
//! full while it makes or grows its `-shm` and `-wal` files it says only
//! "disk I/O error" or "unable to open". For those the free space of the
//! database's file system tells whether the disk is full.

use std::path::Path;

use rusqlite::ErrorCode as Sqlite;

use crate::error::{Error, ErrorCode};

/// Whether SQLite says the file is not (or no longer) a valid database.
pub fn is_corruption(err: &rusqlite::Error) -> bool {
    matches!(err.sqlite_error_code(), Some(Sqlite::DatabaseCorrupt | Sqlite::NotADatabase))
}

/// Below this much free space, an I/O failure is taken for a full disk:
/// SQLite's `-shm` alone needs 32 KiB, a WAL frame a page more.
const NEARLY_FULL: u64 = 1024 * 1024;

/// The Overstap error for a SQLite failure on the database at `path`.
pub fn to_error(path: &Path, err: rusqlite::Error) -> Error {
    let path_arg = path.display().to_string();
    let code = err.sqlite_error_code();
    let full = matches!(code, Some(Sqlite::DiskFull))
        || (matches!(code, Some(Sqlite::SystemIoFailure | Sqlite::CannotOpen)) && disk_is_full(path));
    if full {
        return Error::new(ErrorCode::DiskFull, "error-disk-full").arg("path", path_arg).detail(err);
    }
    match code {
        Some(Sqlite::DatabaseBusy | Sqlite::DatabaseLocked) => {
            Error::new(ErrorCode::DatabaseBusy, "error-database-busy").arg("path", path_arg)
        }
        Some(Sqlite::ReadOnly | Sqlite::CannotOpen | Sqlite::PermissionDenied) => {
            Error::new(ErrorCode::DataDirUnsuitable, "error-database-cannot-open").arg("path", path_arg)
        }
        Some(Sqlite::DatabaseCorrupt | Sqlite::NotADatabase) => {
            Error::new(ErrorCode::DatabaseError, "error-database-corrupt-now").arg("path", path_arg)
        }
        _ => Error::new(ErrorCode::DatabaseError, "error-database").arg("path", path_arg),
    }
    .detail(err)
}

/// Whether the file system holding `path` has (next to) no space left for
/// this user.
fn disk_is_full(path: &Path) -> bool {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs4::available_space(dir).is_ok_and(|free| free < NEARLY_FULL)
}
