//! Who is signed in where: one record per service (server and account
//! name), so checks and the app know which keyring entry to read. The
//! secret itself lives only in the OS keyring (`crate::signin::keyring`).

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{sqlite_error, Store};
use crate::error::Result;
use crate::time;

/// A sign-in, without its secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignInRecord {
    /// `matrix`, `mastodon` or `nextcloud`.
    pub service: String,
    /// The server signed in to (`https://cloud.example.nl/`).
    pub server: String,
    /// The account name the server confirmed (`@j.jansen:example.nl`, `j.jansen`).
    pub account: String,
    pub signed_in_at: String,
}

impl Store {
    /// Records a sign-in, replacing the service's earlier one.
    pub fn save_sign_in(&mut self, service: &str, server: &str, account: &str) -> Result<SignInRecord> {
        let at = time::now_rfc3339();
        self.conn
            .execute(
                "INSERT INTO sign_in (service, server, account, signed_in_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (service) DO UPDATE SET server = excluded.server, account = excluded.account,
                 signed_in_at = excluded.signed_in_at",
                params![service, server, account, at],
            )
            .map_err(|e| sqlite_error::to_error(&self.path, e))?;
        Ok(SignInRecord { service: service.into(), server: server.into(), account: account.into(), signed_in_at: at })
    }

    pub fn sign_in(&self, service: &str) -> Result<Option<SignInRecord>> {
        self.conn
            .query_row(
                "SELECT service, server, account, signed_in_at FROM sign_in WHERE service = ?1",
                params![service],
                |row| {
                    Ok(SignInRecord {
                        service: row.get(0)?,
                        server: row.get(1)?,
                        account: row.get(2)?,
                        signed_in_at: row.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(|e| sqlite_error::to_error(&self.path, e))
    }

    pub fn sign_ins(&self) -> Result<Vec<SignInRecord>> {
        let err = |e| sqlite_error::to_error(&self.path, e);
        let mut stmt = self
            .conn
            .prepare_cached("SELECT service, server, account, signed_in_at FROM sign_in ORDER BY service")
            .map_err(err)?;
        let rows = stmt
            .query_map([], |row| {
                Ok(SignInRecord {
                    service: row.get(0)?,
                    server: row.get(1)?,
                    account: row.get(2)?,
                    signed_in_at: row.get(3)?,
                })
            })
            .map_err(err)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(err)
    }

    /// Forgets the service's sign-in; returns what it was.
    pub fn remove_sign_in(&mut self, service: &str) -> Result<Option<SignInRecord>> {
        let existing = self.sign_in(service)?;
        self.conn
            .execute("DELETE FROM sign_in WHERE service = ?1", params![service])
            .map_err(|e| sqlite_error::to_error(&self.path, e))?;
        Ok(existing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_sign_in_replaces_the_old_and_can_be_removed() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(&dir.path().join("p.db")).unwrap();
        assert_eq!(store.sign_in("nextcloud").unwrap(), None);
        store.save_sign_in("nextcloud", "https://a.example/", "anna").unwrap();
        store.save_sign_in("nextcloud", "https://b.example/", "bert").unwrap();
        store.save_sign_in("mastodon", "https://social.example/", "@bert@social.example").unwrap();
        let nc = store.sign_in("nextcloud").unwrap().unwrap();
        assert_eq!((nc.server.as_str(), nc.account.as_str()), ("https://b.example/", "bert"));
        assert_eq!(store.sign_ins().unwrap().len(), 2);
        assert_eq!(store.remove_sign_in("nextcloud").unwrap().map(|r| r.account), Some("bert".into()));
        assert_eq!(store.sign_in("nextcloud").unwrap(), None);
        assert!(store.save_sign_in("libreoffice", "x", "y").is_err(), "only services with accounts");
    }
}
