//! One laptop's files → what it contributes: its newest report (the current
//! state), its state on each day it reported (for the timeline), and the
//! files left out. Re-uploads of the same day (`… (2).json`) are settled
//! here: the report made last (`generated_at`) counts, the others are
//! counted as replaced.
//!
//! Files may be added in any order; only one full report is held at a time.

use std::collections::BTreeMap;

use time::{Date, OffsetDateTime};

use super::skip::{SkipReason, Skipped};
use super::validate::Checked;

/// A laptop's state on a day it reported, as the timeline needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DayState {
    pub day: Date,
    /// The checklists in the report, each with whether it is complete.
    pub checklists: Vec<(String, bool)>,
}

impl DayState {
    fn of(checked: &Checked) -> DayState {
        let checklists = checked.report.checklists.iter().map(|c| (c.id.clone(), c.complete)).collect();
        DayState { day: checked.day, checklists }
    }
}

/// What one laptop's files add up to.
#[derive(Debug, Default)]
pub(crate) struct LaptopOutcome {
    /// The newest valid report: the latest day, and on that day the one made last.
    pub current: Option<Checked>,
    /// One state per day with a valid report, oldest first.
    pub days: Vec<DayState>,
    /// Valid reports replaced by a newer upload for the same day.
    pub replaced: u64,
    pub skipped: Vec<Skipped>,
}

/// Collects one laptop's files.
#[derive(Debug, Default)]
pub(crate) struct LaptopBuilder {
    /// Per day: the report counted (when made, file name) and its state.
    days: BTreeMap<Date, (OffsetDateTime, String, DayState)>,
    current: Option<(String, Checked)>,
    replaced: u64,
    skipped: Vec<Skipped>,
}

impl LaptopBuilder {
    /// Adds the file `file` as read and checked.
    pub fn add(&mut self, file: &str, result: Result<Checked, SkipReason>) {
        let checked = match result {
            Ok(checked) => checked,
            Err(reason) => return self.skipped.push(Skipped::new(file, reason)),
        };
        // Ties (the same second) go to the later file name, so the outcome
        // does not depend on the order files were listed in.
        let key = (checked.generated_at, file.to_owned());
        match self.days.get(&checked.day) {
            Some((made, name, _)) if (*made, name.clone()) >= key => {
                self.replaced += 1;
                return;
            }
            Some(_) => self.replaced += 1,
            None => {}
        }
        self.days.insert(checked.day, (checked.generated_at, file.to_owned(), DayState::of(&checked)));
        let newer = self.current.as_ref().is_none_or(|(name, current)| {
            (checked.day, checked.generated_at, file) > (current.day, current.generated_at, name.as_str())
        });
        if newer {
            self.current = Some((file.to_owned(), checked));
        }
    }

    pub fn finish(self) -> LaptopOutcome {
        LaptopOutcome {
            current: self.current.map(|(_, checked)| checked),
            days: self.days.into_values().map(|(_, _, state)| state).collect(),
            replaced: self.replaced,
            skipped: self.skipped,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fleet::aggregate::testing::{checked, ID};

    #[test]
    fn the_newest_upload_of_a_day_counts_and_the_newest_day_is_current() {
        let mut laptop = LaptopBuilder::default();
        let old = checked(ID, "2026-10-01", "2026-10-01T09:00:00Z", &[("matrix", false)]);
        let first = checked(ID, "2026-10-05", "2026-10-05T09:00:00Z", &[("matrix", false)]);
        let again = checked(ID, "2026-10-05", "2026-10-05T17:00:00Z", &[("matrix", true)]);
        laptop.add("b (2).json", Ok(again));
        laptop.add("b.json", Ok(first));
        laptop.add("a.json", Ok(old));
        laptop.add("c.json", Err(SkipReason::NotUtf8));
        let outcome = laptop.finish();
        assert_eq!(outcome.replaced, 1);
        assert_eq!(outcome.skipped.len(), 1);
        let current = outcome.current.unwrap();
        assert_eq!(current.generated_at.hour(), 17);
        assert!(current.report.checklists[0].complete);
        let days: Vec<_> = outcome.days.iter().map(|d| (d.day.to_string(), d.checklists[0].1)).collect();
        assert_eq!(days, [("2026-10-01".to_owned(), false), ("2026-10-05".to_owned(), true)]);
    }
}
