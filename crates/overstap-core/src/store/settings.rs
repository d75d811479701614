//! The person's own settings (migration 5): the language they chose, their
//! work address, the servers they typed in, whether they finished the first
//! run. Plain values only; a secret never goes here. A setting the
//! organisation's preset locks is refused before it gets here (`api/settings.rs`).

use std::collections::BTreeMap;

use rusqlite::params;

use super::{sqlite_error, ChangeSource, NewChange, Store};
use crate::checklist::StepRef;
use crate::error::Result;
use crate::store::StepState;
use crate::time;

impl Store {
    /// Every stored setting, by key.
    pub fn settings(&self) -> Result<BTreeMap<String, String>> {
        let err = |e| sqlite_error::to_error(&self.path, e);
        let mut stmt = self.conn.prepare_cached("SELECT key, value FROM setting").map_err(err)?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).map_err(err)?;
        rows.collect::<Result<BTreeMap<_, _>, _>>().map_err(err)
    }

    /// Stores `value` under `key`, or removes the key for `None`.
    pub fn set_setting(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        let result = match value {
            Some(v) => self.conn.execute(
                "INSERT INTO setting (key, value, changed_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at",
                params![key, v, time::now_rfc3339()],
            ),
            None => self.conn.execute("DELETE FROM setting WHERE key = ?1", params![key]),
        };
        result.map(|_| ()).map_err(|e| sqlite_error::to_error(&self.path, e))
    }

    /// Starts over, in one transaction: every step not to-do goes back to
    /// to-do (a history entry each, with `note`: history is evidence and is
    /// kept), and the person's settings are forgotten, so the first run
    /// comes again. Returns how many steps changed.
    pub fn reset(&mut self, source: ChangeSource, note: &str) -> Result<usize> {
        let path = self.path.clone();
        let err = |e| sqlite_error::to_error(&path, e);
        let at = time::now_rfc3339();
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(err)?;
        let steps: Vec<(String, String)> = {
            let mut stmt = tx.prepare("SELECT checklist, step FROM step_state WHERE state <> 'todo'").map_err(err)?;
            let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).map_err(err)?;
            rows.collect::<Result<_, _>>().map_err(err)?
        };
        for (checklist, step) in &steps {
            let change = NewChange {
                step: &StepRef { checklist: checklist.clone(), step: step.clone() },
                state: StepState::Todo,
                reason: None,
                note: Some(note),
                source,
                probe_result: None,
                proof: None,
                checked_by: None,
            };
            super::insert_change(&tx, &change, &at).map_err(err)?;
        }
        tx.execute("DELETE FROM setting", []).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(steps.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_kept_replaced_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(&dir.path().join("p.db")).unwrap();
        assert!(store.settings().unwrap().is_empty());
        store.set_setting("language", Some("de")).unwrap();
        store.set_setting("language", Some("nl")).unwrap();
        store.set_setting("email", Some("j.jansen@example.nl")).unwrap();
        let (store_again, _) = Store::open(&dir.path().join("p.db")).unwrap();
        let all = store_again.settings().unwrap();
        assert_eq!(all.get("language").map(String::as_str), Some("nl"));
        assert_eq!(all.len(), 2);
        store.set_setting("email", None).unwrap();
        assert_eq!(store.settings().unwrap().len(), 1);
    }

    #[test]
    fn reset_puts_every_step_back_keeps_the_history_and_forgets_settings() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(&dir.path().join("p.db")).unwrap();
        let step = StepRef { checklist: "mastodon".into(), step: "create-account".into() };
        let done = NewChange {
            step: &step,
            state: StepState::Done,
            reason: None,
            note: None,
            source: ChangeSource::App,
            probe_result: None,
            proof: Some(crate::store::Proof::Confirmed),
            checked_by: None,
        };
        store.record(&done).unwrap();
        store.set_setting("email", Some("j.jansen@example.nl")).unwrap();
        assert_eq!(store.reset(ChangeSource::App, "reset").unwrap(), 1);
        assert_eq!(store.status(&step).unwrap().state, StepState::Todo);
        let history = store.history(Some(&step)).unwrap();
        assert_eq!(history.len(), 2, "the done entry stays as evidence");
        assert_eq!(history.last().unwrap().note.as_deref(), Some("reset"));
        assert!(store.settings().unwrap().is_empty());
        assert_eq!(store.reset(ChangeSource::App, "reset").unwrap(), 0, "nothing left to put back");
    }
}
