//! The highest preset serial accepted per signing key (migration 4), so a
//! signed preset older than one already in use is refused as a rollback
//! (`preset/rollback.rs` says why per key). A record only ever goes up: the
//! statement below and a trigger both see to it.

use rusqlite::{params, OptionalExtension};

use super::{sqlite_error, Store};
use crate::error::{Error, ErrorCode, Result};
use crate::time;

impl Store {
    /// The highest serial accepted from the key with this id (`1A4FF4E47CF468BD`).
    pub fn accepted_serial(&self, key_id: &str) -> Result<Option<u64>> {
        let serial: Option<i64> = self
            .conn
            .query_row("SELECT serial FROM preset_serial WHERE key_id = ?1", params![key_id], |row| row.get(0))
            .optional()
            .map_err(|e| sqlite_error::to_error(&self.path, e))?;
        // The schema allows no negative serial, so this cannot fail.
        Ok(serial.and_then(|s| u64::try_from(s).ok()))
    }

    /// Records `serial` as accepted from this key unless a higher one already
    /// is; returns the highest now recorded.
    pub fn record_serial(&mut self, key_id: &str, serial: u64) -> Result<u64> {
        let sql_serial = check_serial_fits(serial)?;
        let at = time::now_rfc3339();
        let err = |e| sqlite_error::to_error(&self.path, e);
        self.conn
            .execute(
                "INSERT INTO preset_serial (key_id, serial, accepted_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key_id) DO UPDATE SET serial = excluded.serial, accepted_at = excluded.accepted_at
                 WHERE excluded.serial > preset_serial.serial",
                params![key_id, sql_serial, at],
            )
            .map_err(err)?;
        let highest: i64 = self
            .conn
            .query_row("SELECT serial FROM preset_serial WHERE key_id = ?1", params![key_id], |row| row.get(0))
            .map_err(err)?;
        Ok(u64::try_from(highest).unwrap_or(serial))
    }
}

/// SQLite stores signed 64-bit integers: a serial above that is refused
/// rather than wrapped (no real counter gets there; a date-time such as
/// 202506121530 is far below).
pub(crate) fn check_serial_fits(serial: u64) -> Result<i64> {
    i64::try_from(serial).map_err(|_| {
        Error::new(ErrorCode::InvalidInput, "error-preset-serial-too-large")
            .arg("serial", serial.to_string())
            .arg("max", i64::MAX.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "1A4FF4E47CF468BD";

    #[test]
    fn a_serial_record_only_goes_up_per_key() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(&dir.path().join("p.db")).unwrap();
        assert_eq!(store.accepted_serial(KEY).unwrap(), None);
        assert_eq!(store.record_serial(KEY, 5).unwrap(), 5);
        assert_eq!(store.record_serial(KEY, 3).unwrap(), 5, "lower is ignored");
        assert_eq!(store.record_serial(KEY, 5).unwrap(), 5);
        assert_eq!(store.record_serial(KEY, 9).unwrap(), 9);
        assert_eq!(store.accepted_serial(KEY).unwrap(), Some(9));
        assert_eq!(store.record_serial("0000000000000001", 1).unwrap(), 1, "another key has its own counter");
        assert_eq!(store.accepted_serial(KEY).unwrap(), Some(9));
    }

    #[test]
    fn the_schema_refuses_lowering_or_forgetting_a_serial() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        let (mut store, _) = Store::open(&path).unwrap();
        store.record_serial(KEY, 7).unwrap();
        let conn = rusqlite::Connection::open(&path).unwrap();
        assert!(conn.execute("UPDATE preset_serial SET serial = 6", []).is_err());
        assert!(conn.execute("DELETE FROM preset_serial", []).is_err());
        assert!(conn.execute("INSERT INTO preset_serial VALUES ('not-hex', 1, 'x')", []).is_err());
        assert_eq!(store.accepted_serial(KEY).unwrap(), Some(7));
    }

    #[test]
    fn a_serial_beyond_sqlite_integers_is_refused_not_wrapped() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(&dir.path().join("p.db")).unwrap();
        let err = store.record_serial(KEY, u64::MAX).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert!(err.message(crate::Lang::En).contains(&u64::MAX.to_string()));
        assert_eq!(store.accepted_serial(KEY).unwrap(), None);
    }
}
