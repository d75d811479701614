//! Turns SQLite's failures into Overstap's error codes, and tells apart the
//! ones that mean "this file is damaged" from the ones that do not (a full
//! disk or a lock must never make Overstap move a good database aside).

use std::path::Path;

use rusqlite::ErrorCode as Sqlite;

use crate::error::{Error, ErrorCode};

/// Whether SQLite says the file is not (or no longer) a valid database.
pub fn is_corruption(err: &rusqlite::Error) -> bool {
    matches!(err.sqlite_error_code(), Some(Sqlite::DatabaseCorrupt | Sqlite::NotADatabase))
}

/// The Overstap error for a SQLite failure on the database at `path`.
pub fn to_error(path: &Path, err: rusqlite::Error) -> Error {
    let path_arg = path.display().to_string();
    match err.sqlite_error_code() {
        Some(Sqlite::DiskFull) => Error::new(ErrorCode::DiskFull, "error-disk-full").arg("path", path_arg),
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
