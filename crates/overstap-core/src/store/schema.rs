//! The database schema, as versioned migrations (`PRAGMA user_version`).
//!
//! Migrations are append-only: never edit one that has shipped, add the next.

use rusqlite_migration::{Migrations, M};

const MIGRATIONS: &[M<'static>] = &[
    // 1: step states and their append-only history.
    M::up(
        "CREATE TABLE step_state (
            checklist  TEXT NOT NULL,
            step       TEXT NOT NULL,
            state      TEXT NOT NULL CHECK (state IN ('todo', 'done', 'skipped', 'blocked')),
            reason     TEXT CHECK ((state = 'blocked') = (reason IS NOT NULL)),
            changed_at TEXT NOT NULL,
            PRIMARY KEY (checklist, step)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE step_history (
            seq       INTEGER PRIMARY KEY,
            checklist TEXT NOT NULL,
            step      TEXT NOT NULL,
            state     TEXT NOT NULL CHECK (state IN ('todo', 'done', 'skipped', 'blocked')),
            reason    TEXT,
            note      TEXT,
            source    TEXT NOT NULL CHECK (source IN ('cli', 'app', 'probe', 'preset')),
            at        TEXT NOT NULL
        ) STRICT;
        CREATE INDEX step_history_by_step ON step_history (checklist, step, seq);

        -- History is evidence: it is only ever appended to.
        CREATE TRIGGER step_history_no_update BEFORE UPDATE ON step_history
            BEGIN SELECT RAISE(ABORT, 'step_history is append-only'); END;
        CREATE TRIGGER step_history_no_delete BEFORE DELETE ON step_history
            BEGIN SELECT RAISE(ABORT, 'step_history is append-only'); END;",
    ),
    // 2: results of server checks, with their evidence; history links to them.
    M::up(
        "CREATE TABLE probe_result (
            seq     INTEGER PRIMARY KEY,
            probe   TEXT NOT NULL,
            status  TEXT NOT NULL CHECK (status IN ('pass', 'warn', 'fail', 'skipped')),
            outcome TEXT NOT NULL CHECK (json_valid(outcome)),
            at      TEXT NOT NULL
        ) STRICT;
        CREATE INDEX probe_result_by_probe ON probe_result (probe, seq);
        CREATE TRIGGER probe_result_no_update BEFORE UPDATE ON probe_result
            BEGIN SELECT RAISE(ABORT, 'probe_result is append-only'); END;
        ALTER TABLE step_history ADD COLUMN probe_result INTEGER REFERENCES probe_result (seq);",
    ),
    // 3: who is signed in where. The secret itself is in the OS keyring, never here.
    M::up(
        "CREATE TABLE sign_in (
            service      TEXT NOT NULL PRIMARY KEY CHECK (service IN ('matrix', 'mastodon', 'nextcloud')),
            server       TEXT NOT NULL,
            account      TEXT NOT NULL,
            signed_in_at TEXT NOT NULL
        ) STRICT;",
    ),
    // 4: the highest preset serial accepted per signing key (minisign key id,
    // 16 uppercase hex digits), so an older signed preset is refused. It only
    // goes up and is never forgotten: a lowered or deleted record would let
    // a rollback through.
    M::up(
        "CREATE TABLE preset_serial (
            key_id      TEXT NOT NULL PRIMARY KEY
                        CHECK (length(key_id) = 16 AND key_id NOT GLOB '*[^0-9A-F]*'),
            serial      INTEGER NOT NULL CHECK (serial >= 0),
            accepted_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        CREATE TRIGGER preset_serial_only_up BEFORE UPDATE ON preset_serial
            WHEN NEW.serial < OLD.serial OR NEW.key_id IS NOT OLD.key_id
            BEGIN SELECT RAISE(ABORT, 'preset_serial only goes up'); END;
        CREATE TRIGGER preset_serial_no_delete BEFORE DELETE ON preset_serial
            BEGIN SELECT RAISE(ABORT, 'preset_serial is never forgotten'); END;",
    ),
    // 5: the person's own settings (language, work address, servers, first
    // run finished). Plain values only; secrets are in the OS keyring.
    M::up(
        "CREATE TABLE setting (
            key        TEXT NOT NULL PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
            value      TEXT NOT NULL CHECK (length(value) <= 4096),
            changed_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;",
    ),
    // 6: fleet reports waiting to be uploaded, and those sent (fleet/). One
    // row per report file name, so a day's report replaces itself.
    M::up(
        "CREATE TABLE fleet_upload (
            name            TEXT NOT NULL PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 200),
            destination     TEXT NOT NULL,
            day             TEXT NOT NULL,
            body            TEXT NOT NULL CHECK (json_valid(body)),
            digest          TEXT NOT NULL,
            queued_at       TEXT NOT NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_failure    TEXT CHECK (last_failure IS NULL OR json_valid(last_failure)),
            sent_at         TEXT
        ) STRICT, WITHOUT ROWID;",
    ),
];

/// The schema version this build writes.
pub const LATEST_VERSION: usize = MIGRATIONS.len();

pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().expect("migrations apply to an empty database");
    }
}
