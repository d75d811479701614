//! The local progress store: one SQLite file in the data folder holding each
//! step's current state and an append-only history of every change.
//!
//! Invariants:
//! - A change is acknowledged (the call returns `Ok`) only after its
//!   transaction is durably committed (WAL, `synchronous = FULL`).
//! - The history is never updated or deleted (triggers enforce it).
//! - A damaged file is moved aside, never deleted or overwritten
//!   (see [`recovery`]); a file from a newer schema is left untouched.

mod busy;
mod fleet_uploads;
mod lock;
mod preset_serials;
mod proof;
mod recovery;
mod schema;
mod settings;
mod sign_ins;
mod sqlite_error;
mod wal;

pub use fleet_uploads::{FleetUpload, QueuedReport};
pub use proof::Proof;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};

use crate::checklist::StepRef;
use crate::error::{Error, ErrorCode, Result};
use crate::private_files;
use crate::time;

use lock::StoreLock;
pub(crate) use preset_serials::check_serial_fits;
use recovery::FileShape;
pub use recovery::Recovery;
pub use schema::LATEST_VERSION;
pub use sign_ins::SignInRecord;
use wal::WalVerdict;

/// How long to wait for another Overstap process (app and CLI at once) to
/// finish its write before giving up with `database_busy`.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum StepState {
    Todo,
    Done,
    Skipped,
    Blocked,
}

impl StepState {
    pub fn as_str(self) -> &'static str {
        match self {
            StepState::Todo => "todo",
            StepState::Done => "done",
            StepState::Skipped => "skipped",
            StepState::Blocked => "blocked",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "todo" => StepState::Todo,
            "done" => StepState::Done,
            "skipped" => StepState::Skipped,
            "blocked" => StepState::Blocked,
            _ => return None,
        })
    }
}

/// Who made a change: recorded in the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ChangeSource {
    Cli,
    App,
    Probe,
    Preset,
}

impl ChangeSource {
    fn as_str(self) -> &'static str {
        match self {
            ChangeSource::Cli => "cli",
            ChangeSource::App => "app",
            ChangeSource::Probe => "probe",
            ChangeSource::Preset => "preset",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "cli" => ChangeSource::Cli,
            "app" => ChangeSource::App,
            "probe" => ChangeSource::Probe,
            "preset" => ChangeSource::Preset,
            _ => return None,
        })
    }
}

/// A step's current state. Steps never touched are `todo` with no time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StepStatus {
    pub state: StepState,
    pub reason: Option<String>,
    pub changed_at: Option<String>,
    /// Who proved it: set exactly when the step is done.
    pub proof: Option<Proof>,
    /// The stored check result (sequence number) whose pass the step rests
    /// on; on a `confirm` step also while it waits for the person.
    pub checked_by: Option<i64>,
}

impl Default for StepStatus {
    fn default() -> Self {
        StepStatus { state: StepState::Todo, reason: None, changed_at: None, proof: None, checked_by: None }
    }
}

/// A change to record. `reason` must be set exactly for `Blocked`
/// (the API layer validates; the schema enforces it too).
#[derive(Debug, Clone)]
pub struct NewChange<'a> {
    pub step: &'a StepRef,
    pub state: StepState,
    pub reason: Option<&'a str>,
    pub note: Option<&'a str>,
    pub source: ChangeSource,
    /// The check whose result caused this change (source `probe`).
    pub probe_result: Option<i64>,
    /// Who proved it: exactly for `Done`.
    pub proof: Option<Proof>,
    /// The passing check result the step rests on, if any (kept in the
    /// step's state, see [`StepStatus::checked_by`]).
    pub checked_by: Option<i64>,
}

/// One recorded change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryEntry {
    pub seq: i64,
    pub checklist: String,
    pub step: String,
    pub state: StepState,
    pub reason: Option<String>,
    pub note: Option<String>,
    pub source: ChangeSource,
    pub at: String,
    /// The stored check result behind this change, if a check made it.
    pub probe_result: Option<i64>,
    /// Who proved it, for a change to done (none in history written
    /// before proofs were recorded).
    pub proof: Option<Proof>,
}

/// A stored check result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredProbeResult {
    pub seq: i64,
    pub at: String,
    pub outcome: crate::probe::ProbeOutcome,
}

/// What a check result makes of a step (see [`Store::record_probe`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    pub state: StepState,
    pub proof: Option<Proof>,
    pub checked_by: Option<i64>,
}

impl Transition {
    /// Whether it changes nothing worth a history entry: the same state and
    /// proof, and a check standing (or not) as before. A newer pass of the
    /// same check is not news.
    fn leaves(&self, current: &StepStatus) -> bool {
        self.state == current.state
            && self.proof == current.proof
            && self.checked_by.is_some() == current.checked_by.is_some()
    }
}

/// An open progress database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Held (shared) while the store is open; see `lock.rs`.
    _lock: StoreLock,
}

impl Store {
    /// Opens (or creates) the database at `path`, migrating it to the latest
    /// schema. A damaged file is moved aside and a fresh one started; the
    /// returned [`Recovery`] says where the old file went. A database from a
    /// newer version is refused without being written to.
    pub fn open(path: &Path) -> Result<(Store, Option<Recovery>)> {
        if let Some(dir) = path.parent() {
            private_files::create_dir(dir).map_err(|e| Error::io(dir, &e))?;
        }
        let lock = StoreLock::shared(path, BUSY_TIMEOUT)?;
        let mut exclusive = false;
        // Before SQLite reads anything: it would fail on such a file.
        let shm = recovery::companion(path, "-shm");
        if private_files::unwritable(&shm) {
            exclusive = lock.upgrade(BUSY_TIMEOUT, || Ok(private_files::unwritable(&shm)))?;
            if exclusive {
                remove_stale_shm(path, &shm)?;
            }
        }
        let mut health = inspect(path)?;
        if health.needs_exclusive() && !exclusive {
            exclusive = lock.upgrade(BUSY_TIMEOUT, || Ok(inspect(path)?.needs_exclusive()))?;
            // Look again: another process may have migrated or recovered it meanwhile.
            health = inspect(path)?;
        }
        let mut recovery = None;
        match health {
            Health::Newer(found) => return Err(newer(path, found)),
            Health::Damaged(cause) => {
                recovery = Some(recovery::move_aside(path, cause)?);
            }
            Health::New | Health::Older | Health::Current => {}
        }
        if exclusive {
            // Made here, before SQLite would make it with its own mode.
            private_files::create_file(path).map_err(|e| Error::io(path, &e))?;
        }
        for file in [path.to_path_buf(), recovery::companion(path, "-wal"), shm] {
            private_files::narrow(&file).map_err(|e| Error::io(&file, &e))?;
        }
        let mut conn = open_read_write(path)?;
        if exclusive {
            schema::migrations().to_latest(&mut conn).map_err(|e| match e {
                rusqlite_migration::Error::RusqliteError { err, .. } => sqlite_error::to_error(path, err),
                other => Error::new(ErrorCode::DatabaseError, "error-database")
                    .arg("path", path.display().to_string())
                    .detail(other),
            })?;
            lock.downgrade(BUSY_TIMEOUT)?;
        }
        Ok((Store { conn, path: path.to_path_buf(), _lock: lock }, recovery))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records a change durably: the step's state and a history entry, in one transaction.
    pub fn record(&mut self, change: &NewChange<'_>) -> Result<HistoryEntry> {
        let at = time::now_rfc3339();
        let path = self.path.clone();
        let err = |e| sqlite_error::to_error(&path, e);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(err)?;
        let entry = insert_change(&tx, change, &at).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(entry)
    }

    /// Stores a check result with its evidence and the step changes it
    /// causes, in one transaction: a kill can never leave a result without
    /// its change, or a change without its result. `next` gets each of
    /// `steps` with its current status (read inside the transaction) and
    /// the result's sequence number, and says what it becomes, if
    /// anything; a change that leaves state, proof and whether a check
    /// stands as they were is not recorded. Returns the result's sequence
    /// number and the changes made.
    pub fn record_probe(
        &mut self,
        outcome: &crate::probe::ProbeOutcome,
        steps: &[StepRef],
        mut next: impl FnMut(&StepRef, &StepStatus, i64) -> Option<Transition>,
    ) -> Result<(i64, Vec<HistoryEntry>)> {
        let json = serde_json::to_string(outcome).map_err(Error::internal)?;
        let at = time::now_rfc3339();
        let path = self.path.clone();
        let err = |e| sqlite_error::to_error(&path, e);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(err)?;
        tx.execute(
            "INSERT INTO probe_result (probe, status, outcome, at) VALUES (?1, ?2, ?3, ?4)",
            params![outcome.probe, outcome.status.as_str(), json, at],
        )
        .map_err(err)?;
        let seq = tx.last_insert_rowid();
        let mut changes = Vec::new();
        for step in steps {
            let current = read_status(&tx, &path, step)?;
            let Some(t) = next(step, &current, seq).filter(|t| !t.leaves(&current)) else { continue };
            // A step that stays blocked keeps its reason.
            let reason = current.reason.as_deref().filter(|_| t.state == StepState::Blocked);
            let change = NewChange {
                step,
                state: t.state,
                reason,
                note: None,
                source: ChangeSource::Probe,
                probe_result: Some(seq),
                proof: t.proof,
                checked_by: t.checked_by,
            };
            changes.push(insert_change(&tx, &change, &at).map_err(err)?);
        }
        tx.commit().map_err(err)?;
        Ok((seq, changes))
    }

    /// One stored check result, by its sequence number.
    pub fn probe_result(&self, seq: i64) -> Result<Option<StoredProbeResult>> {
        self.one_probe_result("SELECT seq, at, outcome FROM probe_result WHERE seq = ?1", seq.into())
    }

    /// The newest stored result of `probe`.
    pub fn latest_probe_result(&self, probe: &str) -> Result<Option<StoredProbeResult>> {
        self.one_probe_result(
            "SELECT seq, at, outcome FROM probe_result WHERE probe = ?1 ORDER BY seq DESC LIMIT 1",
            probe.to_owned().into(),
        )
    }

    fn one_probe_result(&self, sql: &str, key: rusqlite::types::Value) -> Result<Option<StoredProbeResult>> {
        let err = |e| sqlite_error::to_error(&self.path, e);
        let row = self
            .conn
            .prepare_cached(sql)
            .map_err(err)?
            .query_row([key], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
            .optional()
            .map_err(err)?;
        row.map(|(seq, at, json)| stored_result(seq, at, &json)).transpose()
    }

    /// The newest stored result of each probe.
    pub fn latest_probe_results(&self) -> Result<Vec<StoredProbeResult>> {
        let err = |e| sqlite_error::to_error(&self.path, e);
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT seq, at, outcome FROM probe_result p
                 WHERE seq = (SELECT max(seq) FROM probe_result WHERE probe = p.probe) ORDER BY probe",
            )
            .map_err(err)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
            .map_err(err)?;
        let mut out = Vec::new();
        for row in rows {
            let (seq, at, json) = row.map_err(err)?;
            out.push(stored_result(seq, at, &json)?);
        }
        Ok(out)
    }

    /// The state of every step that was ever changed.
    pub fn statuses(&self) -> Result<HashMap<StepRef, StepStatus>> {
        let err = |e| sqlite_error::to_error(&self.path, e);
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT checklist, step, {STATUS_COLUMNS} FROM step_state"))
            .map_err(err)?;
        let rows = stmt
            .query_map([], |r| Ok((StepRef::new(r.get::<_, String>(0)?, r.get::<_, String>(1)?), status_row(r, 2)?)))
            .map_err(err)?;
        let mut map = HashMap::new();
        for row in rows {
            let (step, status) = row.map_err(err)?;
            map.insert(step, status.into_status()?);
        }
        Ok(map)
    }

    /// The state of one step.
    pub fn status(&self, step: &StepRef) -> Result<StepStatus> {
        read_status(&self.conn, &self.path, step)
    }

    /// History, oldest first: of one step, or of everything.
    pub fn history(&self, step: Option<&StepRef>) -> Result<Vec<HistoryEntry>> {
        let err = |e| sqlite_error::to_error(&self.path, e);
        let sql = "SELECT seq, checklist, step, state, reason, note, source, at, probe_result, proof FROM step_history
                   WHERE (?1 IS NULL OR (checklist = ?1 AND step = ?2)) ORDER BY seq";
        let mut stmt = self.conn.prepare_cached(sql).map_err(err)?;
        let (c, s) = step.map_or((None, None), |r| (Some(r.checklist.as_str()), Some(r.step.as_str())));
        let rows = stmt
            .query_map(params![c, s], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get::<_, String>(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get::<_, String>(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get::<_, Option<String>>(9)?,
                ))
            })
            .map_err(err)?;
        let mut out = Vec::new();
        for row in rows {
            let (seq, checklist, step, state, reason, note, source, at, probe_result, proof) = row.map_err(err)?;
            out.push(HistoryEntry {
                seq,
                checklist,
                step,
                state: parse_state(&state)?,
                reason,
                note,
                source: ChangeSource::parse(&source)
                    .ok_or_else(|| Error::internal(format!("unknown source {source}")))?,
                at,
                probe_result,
                proof: proof.as_deref().map(parse_proof).transpose()?,
            });
        }
        Ok(out)
    }

    /// Runs SQLite's full integrity check; `["ok"]` when all is well.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let err = |e| sqlite_error::to_error(&self.path, e);
        let mut stmt = self.conn.prepare("PRAGMA integrity_check").map_err(err)?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).map_err(err)?;
        rows.collect::<rusqlite::Result<_>>().map_err(err)
    }
}

fn parse_state(s: &str) -> Result<StepState> {
    StepState::parse(s).ok_or_else(|| Error::internal(format!("unknown state {s} in database")))
}

/// What a database file is, judged read-only before anything writes to it.
#[derive(Debug)]
enum Health {
    /// No database yet.
    New,
    /// An older schema: migrate.
    Older,
    Current,
    /// Written by a newer Overstap (its schema version): refuse, touch nothing.
    Newer(i64),
    /// Damaged (SQLite's words): move aside.
    Damaged(String),
}

impl Health {
    /// Creating, migrating or replacing the file needs the exclusive lock.
    fn needs_exclusive(&self) -> bool {
        matches!(self, Health::New | Health::Older | Health::Damaged(_))
    }
}

/// One step's state as `conn` (or a transaction on it) sees it; `todo`
/// with no time when it was never changed.
fn read_status(conn: &Connection, path: &Path, step: &StepRef) -> Result<StepStatus> {
    let err = |e| sqlite_error::to_error(path, e);
    let row = conn
        .prepare_cached(&format!("SELECT {STATUS_COLUMNS} FROM step_state WHERE checklist = ?1 AND step = ?2"))
        .map_err(err)?
        .query_row(params![step.checklist, step.step], |r| status_row(r, 0))
        .optional()
        .map_err(err)?;
    row.map_or_else(|| Ok(StepStatus::default()), StatusRow::into_status)
}

/// The `step_state` columns a [`StepStatus`] is read from, in order.
const STATUS_COLUMNS: &str = "state, reason, changed_at, proof, checked_by";

/// A `step_state` row as SQLite gives it, before its names are parsed.
struct StatusRow {
    state: String,
    reason: Option<String>,
    changed_at: String,
    proof: Option<String>,
    checked_by: Option<i64>,
}

/// Reads [`STATUS_COLUMNS`] from `row`, starting at column `first`.
fn status_row(row: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<StatusRow> {
    Ok(StatusRow {
        state: row.get(first)?,
        reason: row.get(first + 1)?,
        changed_at: row.get(first + 2)?,
        proof: row.get(first + 3)?,
        checked_by: row.get(first + 4)?,
    })
}

impl StatusRow {
    fn into_status(self) -> Result<StepStatus> {
        Ok(StepStatus {
            state: parse_state(&self.state)?,
            reason: self.reason,
            changed_at: Some(self.changed_at),
            proof: self.proof.as_deref().map(parse_proof).transpose()?,
            checked_by: self.checked_by,
        })
    }
}

fn stored_result(seq: i64, at: String, json: &str) -> Result<StoredProbeResult> {
    let outcome = serde_json::from_str(json).map_err(|e| Error::internal(format!("stored check result {seq}: {e}")))?;
    Ok(StoredProbeResult { seq, at, outcome })
}

fn parse_proof(s: &str) -> Result<Proof> {
    Proof::parse(s).ok_or_else(|| Error::internal(format!("unknown proof {s} in database")))
}

/// Writes a step's new state and its history entry inside `tx`.
fn insert_change(tx: &rusqlite::Transaction<'_>, change: &NewChange<'_>, at: &str) -> rusqlite::Result<HistoryEntry> {
    let proof = change.proof.map(Proof::as_str);
    tx.execute(
        "INSERT INTO step_state (checklist, step, state, reason, changed_at, proof, checked_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (checklist, step) DO UPDATE SET state = excluded.state, reason = excluded.reason,
            changed_at = excluded.changed_at, proof = excluded.proof, checked_by = excluded.checked_by",
        params![
            change.step.checklist,
            change.step.step,
            change.state.as_str(),
            change.reason,
            at,
            proof,
            change.checked_by
        ],
    )?;
    tx.execute(
        "INSERT INTO step_history (checklist, step, state, reason, note, source, at, probe_result, proof)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            change.step.checklist,
            change.step.step,
            change.state.as_str(),
            change.reason,
            change.note,
            change.source.as_str(),
            at,
            change.probe_result,
            proof
        ],
    )?;
    Ok(HistoryEntry {
        seq: tx.last_insert_rowid(),
        checklist: change.step.checklist.clone(),
        step: change.step.step.clone(),
        state: change.state,
        reason: change.reason.map(str::to_owned),
        note: change.note.map(str::to_owned),
        source: change.source,
        at: at.to_owned(),
        probe_result: change.probe_result,
        proof: change.proof,
    })
}

/// Judges the database before anything writes to it: the write-ahead log
/// first, read by Overstap itself (SQLite would silently drop a damaged
/// one, see `wal.rs`), then through a read-only connection the schema
/// version (reading it needs no schema, so a newer one that this SQLite
/// cannot parse is still recognised as newer), then `quick_check`, which
/// reads every page and finds truncation and garbage.
fn inspect(path: &Path) -> Result<Health> {
    let io = |e: std::io::Error| Error::io(path, &e);
    match recovery::file_shape(path).map_err(io)? {
        FileShape::New => return Ok(Health::New),
        FileShape::NotSqlite => return Ok(Health::Damaged("the file is not a SQLite database".into())),
        FileShape::OrphanedLog => {
            return Ok(Health::Damaged(
                "the database file is missing or empty but its write-ahead log holds data".into(),
            ))
        }
        FileShape::Sqlite { page_size, holds_nothing } => {
            match wal::judge(&recovery::companion(path, "-wal"), Some(page_size)).map_err(io)? {
                WalVerdict::Damaged(why) => return Ok(Health::Damaged(why)),
                // Only the header page, and a log with frames but not one
                // commit SQLite would apply: whatever the log holds would
                // be lost under a fresh schema.
                WalVerdict::Sound { commits: 0 } if holds_nothing => {
                    return Ok(Health::Damaged(
                        "the database file holds only its header and its write-ahead log no committed change".into(),
                    ))
                }
                WalVerdict::Sound { .. } | WalVerdict::Empty => {}
            }
        }
    }
    let damaged_or = |e: rusqlite::Error| {
        if sqlite_error::is_corruption(&e) {
            Ok(Health::Damaged(e.to_string()))
        } else {
            Err(sqlite_error::to_error(path, e))
        }
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = match Connection::open_with_flags(path, flags) {
        Ok(c) => c,
        Err(e) => return damaged_or(e),
    };
    if let Err(e) = busy::wait_fairly(&conn) {
        return damaged_or(e);
    }
    let version: i64 = match conn.pragma_query_value(None, "user_version", |r| r.get(0)) {
        Ok(v) => v,
        Err(e) => return damaged_or(e),
    };
    if version > LATEST_VERSION as i64 {
        return Ok(Health::Newer(version));
    }
    let problems: rusqlite::Result<Vec<String>> = conn
        .prepare("PRAGMA quick_check")
        .and_then(|mut stmt| stmt.query_map([], |r| r.get::<_, String>(0))?.collect());
    match problems {
        Ok(p) if p == ["ok"] => Ok(if version == LATEST_VERSION as i64 { Health::Current } else { Health::Older }),
        Ok(p) => Ok(Health::Damaged(p.join("; "))),
        Err(e) => damaged_or(e),
    }
}

fn open_read_write(path: &Path) -> Result<Connection> {
    let err = |e| sqlite_error::to_error(path, e);
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(err)?;
    busy::wait_fairly(&conn).map_err(err)?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0)).map_err(err)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::new(ErrorCode::DataDirUnsuitable, "error-database-no-wal")
            .arg("path", path.display().to_string())
            .detail(format!("journal_mode stayed {mode}")));
    }
    // FULL: a commit survives power loss, not only a crash of the process.
    conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
    conn.pragma_update(None, "foreign_keys", "ON").map_err(err)?;
    Ok(conn)
}

/// A `-shm` this account cannot write is stale when no other Overstap has
/// the database open (the caller holds the exclusive lock): SQLite rebuilds
/// it from the log, so it is removed. One that cannot be removed is named
/// with what to do.
fn remove_stale_shm(path: &Path, shm: &Path) -> Result<()> {
    if !private_files::unwritable(shm) {
        return Ok(());
    }
    match std::fs::remove_file(shm) {
        Ok(()) => {
            tracing::warn!(shm = %shm.display(), "removed a stale shared-memory file this account could not write");
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::new(ErrorCode::DataDirUnsuitable, "error-database-shm-stale")
            .arg("path", shm.display().to_string())
            .arg("database", path.display().to_string())
            .detail(e)),
    }
}

fn newer(path: &Path, found: i64) -> Error {
    Error::new(ErrorCode::DatabaseNewer, "error-database-newer")
        .arg("path", path.display().to_string())
        .arg("found", found)
        .arg("supported", LATEST_VERSION)
        .detail(format!("user_version {found} > {LATEST_VERSION}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_are_durable_by_configuration() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::open(&dir.path().join("p.db")).unwrap();
        let mode: String = store.conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        let sync: i64 = store.conn.pragma_query_value(None, "synchronous", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(sync, 2, "synchronous = FULL");
    }
}
