//! Fleet reports on their way to the organisation (migration 6): queued
//! until an upload succeeds, retried with back-off, then kept for a while
//! as "sent" so the person can see what went out and when. One row per file
//! name: a newer report for the same day replaces the older one, and a row
//! already sent is queued again only when its content changed.

use rusqlite::{params, OptionalExtension, Row};

use super::{sqlite_error, Store};
use crate::error::Result;

/// Unsent reports kept at most (about two months of days offline); older ones go first.
const MAX_UNSENT: i64 = 60;
/// Sent reports kept for the status view.
const MAX_SENT: i64 = 14;

/// A report to queue.
#[derive(Debug, Clone)]
pub struct QueuedReport<'a> {
    pub name: &'a str,
    /// The share link it goes to.
    pub destination: &'a str,
    pub day: &'a str,
    pub body: &'a str,
    /// Identifies the content apart from the time it was made.
    pub digest: &'a str,
    pub now: &'a str,
}

/// A stored report and how its upload stands.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetUpload {
    pub name: String,
    pub destination: String,
    pub day: String,
    pub body: String,
    pub digest: String,
    pub queued_at: String,
    pub attempts: u32,
    pub next_attempt_at: String,
    /// The last failure, as JSON (`overstap_net::NetFailure`).
    pub last_failure: Option<String>,
    pub sent_at: Option<String>,
}

const COLUMNS: &str =
    "name, destination, day, body, digest, queued_at, attempts, next_attempt_at, last_failure, sent_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<FleetUpload> {
    Ok(FleetUpload {
        name: row.get(0)?,
        destination: row.get(1)?,
        day: row.get(2)?,
        body: row.get(3)?,
        digest: row.get(4)?,
        queued_at: row.get(5)?,
        attempts: row.get(6)?,
        next_attempt_at: row.get(7)?,
        last_failure: row.get(8)?,
        sent_at: row.get(9)?,
    })
}

impl Store {
    /// Queues `report` unless the same content for the same destination is
    /// already queued or sent. Returns whether it was (re)queued.
    pub fn queue_fleet_report(&mut self, report: &QueuedReport<'_>) -> Result<bool> {
        let path = self.path.clone();
        let err = |e| sqlite_error::to_error(&path, e);
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(err)?;
        let existing: Option<(String, String)> = tx
            .query_row("SELECT digest, destination FROM fleet_upload WHERE name = ?1", [report.name], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(err)?;
        if existing.as_ref().is_some_and(|(d, dest)| d == report.digest && dest == report.destination) {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO fleet_upload (name, destination, day, body, digest, queued_at, attempts, next_attempt_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?6)
             ON CONFLICT (name) DO UPDATE SET destination = excluded.destination, day = excluded.day,
                body = excluded.body, digest = excluded.digest, queued_at = excluded.queued_at, attempts = 0,
                next_attempt_at = excluded.next_attempt_at, last_failure = NULL, sent_at = NULL",
            params![report.name, report.destination, report.day, report.body, report.digest, report.now],
        )
        .map_err(err)?;
        // Bounded: a laptop offline for months does not pile up reports.
        tx.execute(
            "DELETE FROM fleet_upload WHERE sent_at IS NULL AND name NOT IN
                (SELECT name FROM fleet_upload WHERE sent_at IS NULL ORDER BY day DESC LIMIT ?1)",
            [MAX_UNSENT],
        )
        .map_err(err)?;
        tx.execute(
            "DELETE FROM fleet_upload WHERE sent_at IS NOT NULL AND name NOT IN
                (SELECT name FROM fleet_upload WHERE sent_at IS NOT NULL ORDER BY sent_at DESC LIMIT ?1)",
            [MAX_SENT],
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(true)
    }

    /// Unsent reports whose next attempt is due at `now` (all unsent ones
    /// with `ignore_back_off`), oldest day first.
    pub fn due_fleet_uploads(&self, now: &str, ignore_back_off: bool) -> Result<Vec<FleetUpload>> {
        let err = |e| sqlite_error::to_error(&self.path, e);
        let sql = format!(
            "SELECT {COLUMNS} FROM fleet_upload WHERE sent_at IS NULL AND (?2 OR next_attempt_at <= ?1) ORDER BY day"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(err)?;
        let rows = stmt.query_map(params![now, ignore_back_off], from_row).map_err(err)?;
        rows.collect::<Result<_, _>>().map_err(err)
    }

    /// Every stored report, newest day first.
    pub fn fleet_uploads(&self) -> Result<Vec<FleetUpload>> {
        let err = |e| sqlite_error::to_error(&self.path, e);
        let sql = format!("SELECT {COLUMNS} FROM fleet_upload ORDER BY day DESC, name");
        let mut stmt = self.conn.prepare_cached(&sql).map_err(err)?;
        let rows = stmt.query_map([], from_row).map_err(err)?;
        rows.collect::<Result<_, _>>().map_err(err)
    }

    /// Records a successful upload of the content with `digest` (if a newer
    /// report replaced it meanwhile, that one still waits).
    pub fn fleet_upload_sent(&mut self, name: &str, digest: &str, at: &str) -> Result<()> {
        self.conn
            .execute(
                "UPDATE fleet_upload SET sent_at = ?3, last_failure = NULL WHERE name = ?1 AND digest = ?2",
                params![name, digest, at],
            )
            .map(|_| ())
            .map_err(|e| sqlite_error::to_error(&self.path, e))
    }

    /// Records a failed attempt and when to try again.
    pub fn fleet_upload_failed(
        &mut self,
        name: &str,
        digest: &str,
        failure: &str,
        next_attempt_at: &str,
    ) -> Result<()> {
        self.conn
            .execute(
                "UPDATE fleet_upload SET attempts = attempts + 1, last_failure = ?3, next_attempt_at = ?4
                 WHERE name = ?1 AND digest = ?2 AND sent_at IS NULL",
                params![name, digest, failure, next_attempt_at],
            )
            .map(|_| ())
            .map_err(|e| sqlite_error::to_error(&self.path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queued<'a>(name: &'a str, day: &'a str, digest: &'a str, now: &'a str) -> QueuedReport<'a> {
        QueuedReport { name, destination: "https://cloud.example.nl/s/Tok", day, body: "{}", digest, now }
    }

    fn open() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::open(&dir.path().join("p.db")).unwrap();
        (dir, store)
    }

    #[test]
    fn the_same_content_is_queued_once_and_a_change_queues_it_again() {
        let (_dir, mut store) = open();
        let t0 = "2026-11-23T08:00:00.000Z";
        assert!(store.queue_fleet_report(&queued("a.json", "2026-11-23", "d1", t0)).unwrap());
        assert!(!store.queue_fleet_report(&queued("a.json", "2026-11-23", "d1", t0)).unwrap());
        store.fleet_upload_sent("a.json", "d1", "2026-11-23T08:01:00.000Z").unwrap();
        assert!(store.due_fleet_uploads("2026-11-23T09:00:00.000Z", true).unwrap().is_empty());
        // Sent and unchanged: nothing to do. Changed: queued again, unsent.
        assert!(!store.queue_fleet_report(&queued("a.json", "2026-11-23", "d1", t0)).unwrap());
        assert!(store.queue_fleet_report(&queued("a.json", "2026-11-23", "d2", t0)).unwrap());
        let due = store.due_fleet_uploads("2026-11-23T09:00:00.000Z", false).unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!((due[0].digest.as_str(), due[0].sent_at.as_deref()), ("d2", None));
    }

    #[test]
    fn a_failure_waits_out_its_back_off() {
        let (_dir, mut store) = open();
        store.queue_fleet_report(&queued("a.json", "2026-11-23", "d1", "2026-11-23T08:00:00.000Z")).unwrap();
        store.fleet_upload_failed("a.json", "d1", r#"{"kind":"timeout"}"#, "2026-11-23T08:10:00.000Z").unwrap();
        assert!(store.due_fleet_uploads("2026-11-23T08:05:00.000Z", false).unwrap().is_empty());
        assert_eq!(store.due_fleet_uploads("2026-11-23T08:05:00.000Z", true).unwrap().len(), 1);
        let due = store.due_fleet_uploads("2026-11-23T08:10:00.000Z", false).unwrap();
        assert_eq!(due[0].attempts, 1);
        assert_eq!(due[0].last_failure.as_deref(), Some(r#"{"kind":"timeout"}"#));
    }

    #[test]
    fn a_success_for_replaced_content_leaves_the_new_content_queued() {
        let (_dir, mut store) = open();
        store.queue_fleet_report(&queued("a.json", "2026-11-23", "d1", "2026-11-23T08:00:00.000Z")).unwrap();
        store.queue_fleet_report(&queued("a.json", "2026-11-23", "d2", "2026-11-23T08:00:01.000Z")).unwrap();
        store.fleet_upload_sent("a.json", "d1", "2026-11-23T08:00:02.000Z").unwrap();
        assert_eq!(store.due_fleet_uploads("2026-11-23T09:00:00.000Z", false).unwrap()[0].digest, "d2");
    }

    #[test]
    fn the_queue_is_bounded() {
        let (_dir, mut store) = open();
        for n in 0..(MAX_UNSENT + 5) {
            let name = format!("r{n:03}.json");
            let day = format!("2026-{:02}-{:02}", 1 + n / 28, 1 + n % 28);
            store.queue_fleet_report(&queued(&name, &day, "d", "2026-11-23T08:00:00.000Z")).unwrap();
        }
        let all = store.fleet_uploads().unwrap();
        assert_eq!(all.len() as i64, MAX_UNSENT);
        assert!(all.iter().all(|u| u.name != "r000.json"), "the oldest day went first");
    }
}
