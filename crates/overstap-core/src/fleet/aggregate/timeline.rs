//! Progress over time: for every day from the first report to the last,
//! how many laptops had reported so far and how many were complete, each
//! laptop counted by its newest report on or before that day.
//!
//! A report holds from its day until the laptop's next report, so each one
//! adds its figures to a range of days: difference arrays make that one
//! pass over the reports plus one over the days.

use time::Date;

use super::tally::TimelineEntry;

/// One day of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DayCount {
    pub day: Date,
    /// Laptops whose first report is on or before this day.
    pub reporting: u64,
    /// Of those, the ones whose newest report by then has every checklist complete.
    pub complete: u64,
    /// Per followed checklist: laptops that have it, and that have it complete.
    pub checklists: Vec<(u64, u64)>,
}

/// The timeline of `entries`, for `checklists` followed checklists.
pub(crate) fn build(mut entries: Vec<TimelineEntry>, checklists: usize) -> Vec<DayCount> {
    let (Some(first), Some(last)) = (entries.iter().map(|e| e.day).min(), entries.iter().map(|e| e.day).max()) else {
        return Vec::new();
    };
    let days = usize::try_from((last - first).whole_days()).unwrap_or(0) + 1;
    let index = |day: Date| usize::try_from((day - first).whole_days()).unwrap_or(0);
    // Changes per day; the figures are their running sums.
    let mut reporting = vec![0i64; days + 1];
    let mut complete = vec![0i64; days + 1];
    let mut present_by = vec![vec![0i64; days + 1]; checklists];
    let mut complete_by = vec![vec![0i64; days + 1]; checklists];
    entries.sort_unstable_by_key(|e| (e.laptop, e.day));
    for (i, entry) in entries.iter().enumerate() {
        let next = entries.get(i + 1).filter(|n| n.laptop == entry.laptop);
        let (from, until) = (index(entry.day), next.map_or(days, |n| index(n.day)));
        if i == 0 || entries[i - 1].laptop != entry.laptop {
            reporting[from] += 1;
        }
        let add = |changes: &mut [i64], on: bool| {
            if on {
                changes[from] += 1;
                changes[until] -= 1;
            }
        };
        add(&mut complete, entry.all_complete);
        for bit in 0..checklists {
            add(&mut present_by[bit], entry.present & (1 << bit) != 0);
            add(&mut complete_by[bit], entry.complete & (1 << bit) != 0);
        }
    }
    let running = |changes: &[i64]| -> Vec<u64> {
        changes[..days]
            .iter()
            .scan(0i64, |sum, change| {
                *sum += change;
                Some(u64::try_from(*sum).unwrap_or(0))
            })
            .collect()
    };
    let (reporting, complete) = (running(&reporting), running(&complete));
    let present_by: Vec<_> = present_by.iter().map(|c| running(c)).collect();
    let complete_by: Vec<_> = complete_by.iter().map(|c| running(c)).collect();
    (0..days)
        .map(|d| DayCount {
            day: first + time::Duration::days(d as i64),
            reporting: reporting[d],
            complete: complete[d],
            checklists: (0..checklists).map(|c| (present_by[c][d], complete_by[c][d])).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn entry(laptop: u32, day: Date, complete: bool) -> TimelineEntry {
        TimelineEntry { laptop, day, present: 1, complete: u64::from(complete), all_complete: complete }
    }

    #[test]
    fn each_laptop_counts_by_its_newest_report_on_or_before_each_day() {
        let entries = vec![
            entry(0, date!(2026 - 10 - 01), false),
            entry(0, date!(2026 - 10 - 03), true),
            entry(1, date!(2026 - 10 - 02), true),
            entry(1, date!(2026 - 10 - 04), false),
        ];
        let days = build(entries, 1);
        let figures: Vec<_> = days.iter().map(|d| (d.day.day(), d.reporting, d.complete, d.checklists[0])).collect();
        assert_eq!(
            figures,
            [(1, 1, 0, (1, 0)), (2, 2, 1, (2, 1)), (3, 2, 2, (2, 2)), (4, 2, 1, (2, 1))],
            "laptop 1 fell back on day 4"
        );
    }

    #[test]
    fn no_reports_no_days() {
        assert!(build(Vec::new(), 3).is_empty());
    }
}
