//! What a source holds: the report files found (grouped per laptop, read
//! together), the files skipped before reading, and a count of the other
//! files, which are none of the aggregate's business.

use std::path::PathBuf;

use url::Url;

use super::file_name::{self, ReportName};
use super::limits::MAX_LISTED_FILES;
use super::skip::{SkipReason, Skipped};
use crate::{Error, ErrorCode};

/// Where a report file is.
#[derive(Debug, Clone)]
pub(crate) enum Location {
    Path(PathBuf),
    Url(Url),
}

/// One report file found.
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    /// Its path below the source, as shown to people.
    pub file: String,
    pub name: ReportName,
    pub location: Location,
}

#[derive(Debug, Default)]
pub(crate) struct Listing {
    pub reports: Vec<Listed>,
    pub skipped: Vec<Skipped>,
    /// Files that are not `.json` (left alone, only counted).
    pub other_files: u64,
}

impl Listing {
    /// Sorts a file in by its name: a report, a `.json` file that is not
    /// one (skipped, with that reason), or something else.
    pub fn add_file(&mut self, file: &str, base_name: &str, location: impl FnOnce() -> Location) -> Result<(), Error> {
        if !file_name::is_json(base_name) {
            self.other_files += 1;
            return Ok(());
        }
        match file_name::parse(base_name) {
            Some(name) => self.reports.push(Listed { file: file.to_owned(), name, location: location() }),
            None => self.skipped.push(Skipped::new(file, SkipReason::NotReportName)),
        }
        self.check_size()
    }

    pub fn skip(&mut self, file: &str, reason: SkipReason) -> Result<(), Error> {
        self.skipped.push(Skipped::new(file, reason));
        self.check_size()
    }

    /// Refuses a source with more files than any fleet has.
    fn check_size(&self) -> Result<(), Error> {
        if self.reports.len() + self.skipped.len() > MAX_LISTED_FILES {
            return Err(
                Error::new(ErrorCode::InvalidInput, "fleet-error-too-many-files").arg("limit", MAX_LISTED_FILES)
            );
        }
        Ok(())
    }

    /// The report files per laptop, each laptop's files by day and name.
    pub fn into_laptops(mut self) -> (Vec<Vec<Listed>>, Vec<Skipped>, u64) {
        self.reports.sort_by(|a, b| (&a.name, &a.file).cmp(&(&b.name, &b.file)));
        let mut laptops: Vec<Vec<Listed>> = Vec::new();
        for report in self.reports {
            match laptops.last_mut() {
                Some(files) if files[0].name.laptop_id == report.name.laptop_id => files.push(report),
                _ => laptops.push(vec![report]),
            }
        }
        (laptops, self.skipped, self.other_files)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fleet::aggregate::testing::ID;

    #[test]
    fn files_are_sorted_in_and_grouped_per_laptop() {
        let other = "ffffffffffffffffffffffffffffffff";
        let mut listing = Listing::default();
        let location = || Location::Path(PathBuf::new());
        for file in [
            format!("overstap-{other}-2026-10-02.json"),
            format!("a/overstap-{ID}-2026-10-03.json"),
            format!("overstap-{ID}-2026-10-01.json"),
            "notes.txt".to_owned(),
            "export.json".to_owned(),
        ] {
            let base = file.rsplit('/').next().unwrap().to_owned();
            listing.add_file(&file, &base, location).unwrap();
        }
        let (laptops, skipped, other_files) = listing.into_laptops();
        assert_eq!(other_files, 1);
        assert_eq!(skipped, [Skipped::new("export.json", SkipReason::NotReportName)]);
        let files: Vec<Vec<&str>> = laptops.iter().map(|l| l.iter().map(|f| f.file.as_str()).collect()).collect();
        assert_eq!(
            files,
            [
                vec![format!("overstap-{ID}-2026-10-01.json").as_str(), &format!("a/overstap-{ID}-2026-10-03.json")],
                vec![&format!("overstap-{other}-2026-10-02.json")]
            ]
        );
    }
}
