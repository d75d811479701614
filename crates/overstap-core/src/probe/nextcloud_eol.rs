//! Which Nextcloud server majors no longer get maintenance releases (end of
//! life), as data: a server on such a major still works, but gets no
//! security fixes, which is worth telling IT before everyone moves onto it.
//!
//! Source: the table of the nextcloud/server wiki page "Maintenance and
//! Release Schedule" (github.com/nextcloud/server/wiki/Maintenance-and-Release-Schedule),
//! read through endoflife.date's `products/nextcloud.md`, which is filled
//! from that table (columns "Version code" and "End of life"). Taken on
//! 2026-11-23; the copy read then listed majors up to 33 (its newest release
//! 33.0.3 of 2026-04-30). To update: add the new rows, change [`TAKEN`].

use time::macros::date;
use time::Date;

/// When the table below was taken from its source.
pub const TAKEN: &str = "2026-11-23";

/// Major → the last day it was maintained, newest first.
const END_OF_LIFE: &[(u32, Date)] = &[
    (33, date!(2027 - 02 - 28)),
    (32, date!(2026 - 09 - 30)),
    (31, date!(2026 - 02 - 28)),
    (30, date!(2025 - 10 - 31)),
    (29, date!(2025 - 04 - 30)),
    (28, date!(2024 - 12 - 31)),
    (27, date!(2024 - 06 - 30)),
    (26, date!(2024 - 03 - 31)),
    (25, date!(2023 - 10 - 31)),
    (24, date!(2023 - 04 - 30)),
    (23, date!(2022 - 12 - 31)),
    (22, date!(2022 - 07 - 31)),
    (21, date!(2022 - 02 - 28)),
    (20, date!(2021 - 11 - 30)),
    (19, date!(2021 - 06 - 30)),
    (18, date!(2021 - 01 - 31)),
    (17, date!(2020 - 10 - 31)),
    (16, date!(2020 - 06 - 30)),
    (15, date!(2019 - 12 - 31)),
    (14, date!(2019 - 09 - 30)),
    (13, date!(2019 - 02 - 28)),
    (12, date!(2018 - 11 - 30)),
    (11, date!(2018 - 03 - 31)),
    (10, date!(2017 - 08 - 31)),
    (9, date!(2017 - 08 - 31)),
];

/// The end-of-life date of `major`, when the table knows it.
pub fn end_of_life(major: u32) -> Option<Date> {
    END_OF_LIFE.iter().find(|(m, _)| *m == major).map(|(_, d)| *d)
}

/// The date `major` went out of maintenance, if it has by `today`. A major
/// the table does not know (newer than when it was taken) is never flagged:
/// better to say nothing than to call a fresh release old.
pub fn ended(major: u32, today: Date) -> Option<Date> {
    end_of_life(major).filter(|eol| *eol < today)
}

/// `30.0.4.1` or `30.0.4` → 30.
pub fn major_of(version: &str) -> Option<u32> {
    version.split('.').next()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_majors_are_flagged_and_unknown_newer_ones_are_not() {
        let today = date!(2026 - 11 - 23);
        assert_eq!(ended(30, today), Some(date!(2025 - 10 - 31)));
        assert_eq!(ended(32, today), Some(date!(2026 - 09 - 30)), "32 ended two months before");
        assert_eq!(ended(33, today), None, "maintained until 2027-02-28");
        assert_eq!(ended(34, today), None, "newer than the table: not judged");
        assert_eq!(ended(33, date!(2027 - 03 - 01)), Some(date!(2027 - 02 - 28)));
        assert_eq!(ended(33, date!(2027 - 02 - 28)), None, "the last day is still maintained");
        assert_eq!(major_of("30.0.4.1"), Some(30));
        assert_eq!(major_of("garbage"), None);
    }

    #[test]
    fn the_table_is_newest_first_without_gaps() {
        for pair in END_OF_LIFE.windows(2) {
            assert_eq!(pair[0].0, pair[1].0 + 1);
            assert!(pair[0].1 >= pair[1].1);
        }
    }
}
