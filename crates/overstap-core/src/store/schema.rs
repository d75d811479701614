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
    // 7: who proved a done step (store/proof.rs), and the passing check
    // result a step rests on (also before a `confirm` step is confirmed).
    // Steps done before this: the newest change says who did it; a done
    // that rested on a check counts as checked. (Actions done before this
    // count as confirmed: never more than was proved.)
    M::up(
        "ALTER TABLE step_state ADD COLUMN proof TEXT
            CHECK (proof IN ('checked', 'confirmed', 'checked-and-confirmed', 'done-by-overstap'));
        ALTER TABLE step_state ADD COLUMN checked_by INTEGER REFERENCES probe_result (seq);
        ALTER TABLE step_history ADD COLUMN proof TEXT
            CHECK (proof IN ('checked', 'confirmed', 'checked-and-confirmed', 'done-by-overstap'));
        UPDATE step_state SET
            checked_by = (SELECT h.probe_result FROM step_history h
                          WHERE h.checklist = step_state.checklist AND h.step = step_state.step
                          ORDER BY h.seq DESC LIMIT 1)
            WHERE state = 'done';
        UPDATE step_state SET proof = CASE WHEN checked_by IS NULL THEN 'confirmed' ELSE 'checked' END
            WHERE state = 'done';
        CREATE TRIGGER step_state_proof_when_done BEFORE UPDATE ON step_state
            WHEN (NEW.state = 'done') <> (NEW.proof IS NOT NULL)
            BEGIN SELECT RAISE(ABORT, 'a done step needs its proof, and only a done step has one'); END;
        CREATE TRIGGER step_state_proof_when_done_insert BEFORE INSERT ON step_state
            WHEN (NEW.state = 'done') <> (NEW.proof IS NOT NULL)
            BEGIN SELECT RAISE(ABORT, 'a done step needs its proof, and only a done step has one'); END;",
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

    #[test]
    fn steps_done_before_proofs_get_the_proof_their_newest_change_gives() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::migrations().to_version(&mut conn, 6).unwrap();
        conn.execute_batch(
            "INSERT INTO probe_result (seq, probe, status, outcome, at) VALUES (7, 'matrix.discovery', 'pass', '{}', 't');
             INSERT INTO step_history (checklist, step, state, source, at) VALUES ('matrix', 'find-server', 'todo', 'app', 't');
             INSERT INTO step_history (checklist, step, state, source, at, probe_result)
                VALUES ('matrix', 'find-server', 'done', 'probe', 't', 7);
             INSERT INTO step_history (checklist, step, state, source, at) VALUES ('matrix', 'install-element', 'done', 'app', 't');
             INSERT INTO step_history (checklist, step, state, source, at) VALUES ('matrix', 'key-backup', 'skipped', 'cli', 't');
             INSERT INTO step_state VALUES ('matrix', 'find-server', 'done', NULL, 't');
             INSERT INTO step_state VALUES ('matrix', 'install-element', 'done', NULL, 't');
             INSERT INTO step_state VALUES ('matrix', 'key-backup', 'skipped', NULL, 't');",
        )
        .unwrap();
        super::migrations().to_latest(&mut conn).unwrap();
        let proof = |step: &str| -> (Option<String>, Option<i64>) {
            conn.query_row("SELECT proof, checked_by FROM step_state WHERE step = ?1", [step], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap()
        };
        assert_eq!(proof("find-server"), (Some("checked".into()), Some(7)));
        assert_eq!(proof("install-element"), (Some("confirmed".into()), None));
        assert_eq!(proof("key-backup"), (None, None));
        let unproved = conn.execute("UPDATE step_state SET state = 'done', proof = NULL WHERE step = 'key-backup'", []);
        assert!(unproved.is_err(), "a done step without its proof is refused");
    }
}
