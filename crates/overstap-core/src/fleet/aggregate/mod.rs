//! `overstap fleet aggregate`: every laptop's report in a folder or a
//! WebDAV folder, read into one self-contained HTML dashboard and CSV.
//!
//! The pipeline, one module per step:
//!
//! - [`folder`] / [`webdav`] list the source; [`listing`] sorts files into
//!   reports (by their [`file_name`]), files to skip, and others;
//! - each laptop's files are read together ([`run`]), several laptops at
//!   a time, each file checked by [`validate`] (reports are hostile input;
//!   every bound is in [`limits`]) and settled by [`laptop`] (newest report
//!   per day, newest day current);
//! - [`tally`] adds each laptop once and drops it, naming texts through the
//!   budgeted [`interner`]; [`reasons`] groups blocked reasons;
//! - [`figures`] resolves the tally (with [`timeline`] and [`titles`]) into
//!   what [`dashboard`], [`csv`] and the CLI's `--json` show.
//!
//! Files that cannot be counted are skipped with a reason ([`skip`]);
//! only a source that cannot be read at all is an error.

mod csv;
mod dashboard;
mod figures;
mod file_name;
mod folder;
mod interner;
mod laptop;
pub mod limits;
mod listing;
mod reasons;
mod run;
mod skip;
mod tally;
#[cfg(test)]
mod testing;
mod text;
mod timeline;
mod titles;
mod validate;
mod webdav;

use std::path::PathBuf;

pub use dashboard::numbers::{count as format_count, percent as format_percent};
pub use figures::{
    percent, BlockedFigures, CheckFigures, ChecklistFigures, DayChecklist, DayFigures, DepartmentCount,
    DepartmentFigures, Figures, NamedCount, StepFigures, TimelineFigures,
};
pub use skip::{SkipReason, Skipped};
pub use webdav::WebDavSource;

use crate::lang::Lang;
use crate::{Error, Result};
use text::printable;
use titles::Titles;

/// Where the reports are.
#[derive(Debug)]
pub enum Source {
    /// A local folder (and its subfolders).
    Folder(PathBuf),
    /// A WebDAV folder.
    WebDav(WebDavSource),
}

impl Source {
    /// The source as shown to people: a folder's path, or the address
    /// without any user name, password or query in it.
    pub fn display(&self) -> String {
        match self {
            Source::Folder(path) => printable(&path.display().to_string(), 500),
            Source::WebDav(dav) => {
                let mut url = dav.url.clone();
                let _ = url.set_username("");
                let _ = url.set_password(None);
                url.set_query(None);
                url.set_fragment(None);
                printable(url.as_str(), 500)
            }
        }
    }
}

/// The outcome of an aggregate.
#[derive(Debug)]
pub struct Aggregation {
    pub figures: Figures,
    /// Files that are not `.json`, left alone.
    pub other_files: u64,
    /// When it was made (RFC 3339, UTC).
    pub made_at: String,
    /// [`Source::display`].
    pub source: String,
    titles: Titles,
}

/// Reads every report in `source` and adds them up.
pub fn aggregate(source: &Source) -> Result<Aggregation> {
    let now = time::OffsetDateTime::now_utc();
    let read = match source {
        Source::Folder(root) => run::folder(root, now.date())?,
        Source::WebDav(dav) => run::webdav(dav, now.date())?,
    };
    let titles = Titles::shipped();
    let figures = Figures::from_tally(read.tally, &titles);
    Ok(Aggregation {
        figures,
        other_files: read.other_files,
        made_at: crate::time::format(now),
        source: source.display(),
        titles,
    })
}

impl Aggregation {
    /// The dashboard, one HTML file, in `lang`.
    pub fn dashboard(&self, lang: Lang) -> String {
        let made_at = self.made_at.get(..16).unwrap_or(&self.made_at).replace('T', " ") + " UTC";
        let facts = dashboard::PageFacts { made_at: &made_at, source: &self.source };
        dashboard::render(&self.figures, &self.titles, lang, &facts)
    }

    /// The figures as CSV, one figure per row.
    pub fn csv(&self) -> std::result::Result<String, Error> {
        csv::to_csv(&self.figures)
    }
}
