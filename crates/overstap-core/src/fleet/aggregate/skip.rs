//! Why a file was left out, as a stable code for scripts and a localized
//! sentence for people (`fleet-skip-<code>` in `fleet.ftl`). Values taken
//! from a file are cut short and defused before they go into a sentence.

use crate::i18n::{self, Arg};
use crate::lang::Lang;

use super::text::printable;

/// How much of a value from a hostile file a reason quotes.
const QUOTED_CHARS: usize = 60;

/// One file that was not counted, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// The file's path below the folder (or WebDAV folder), made printable.
    pub file: String,
    pub reason: SkipReason,
}

impl Skipped {
    pub(crate) fn new(file: &str, reason: SkipReason) -> Skipped {
        Skipped { file: printable(file, 300), reason }
    }
}

/// Every reason a file is skipped.
#[derive(Debug, Clone, PartialEq)]
pub enum SkipReason {
    /// A `.json` file not named `overstap-<laptop id>-<day>.json`.
    NotReportName,
    /// A symbolic link: never followed, it could point out of the folder.
    SymbolicLink,
    /// A pipe, device or socket with a report's name.
    NotRegularFile,
    /// Larger than [`super::limits::MAX_REPORT_BYTES`].
    TooLarge,
    /// The file could not be read.
    Unreadable { cause: String },
    /// The server listed the file but did not hand it over.
    DownloadFailed { cause: String },
    /// Not UTF-8 text.
    NotUtf8,
    /// Not JSON (or JSON nested deeper than any report).
    NotJson { detail: String },
    /// JSON, but no fleet report (`format` missing or another).
    NotAReport,
    /// A report of a newer layout than this Overstap reads.
    NewerSchema { version: u64 },
    /// A report whose `schema_version` is no version at all (0).
    BadSchemaVersion,
    /// A field of the wrong type or a missing one, with where.
    InvalidField { path: String, detail: String },
    /// `laptop_id` is not 32 lowercase hex digits.
    BadLaptopId,
    /// `day` (or another date) is not a real date.
    BadDate { field: String, value: String },
    /// `day` before fleet reports existed or after today.
    DayOutOfRange { day: String },
    /// `generated_at` is not an RFC 3339 time.
    BadGeneratedAt,
    /// `report_id` is not `<laptop_id>-<day>`.
    ReportIdMismatch,
    /// The file's name names another laptop or day than the report inside.
    NameMismatch,
    /// An id that is not an id (`matrix`, `install-element`, `matrix.discovery`).
    BadId { field: String, value: String },
    /// The same checklist, step or check twice.
    DuplicateId { id: String },
    /// A text longer than its limit.
    TextTooLong { field: String, limit: usize },
    /// A text with control or bidi-control characters.
    ControlCharacters { field: String },
    /// More checklists, steps or checks than any report has.
    TooMany { field: String, limit: usize },
    /// `done`, `required` and `complete` disagree with the steps.
    CountsInconsistent { checklist: String },
    /// The reports together carry more distinct names than are kept.
    TooManyDistinctTexts,
}

impl SkipReason {
    /// The stable code scripts branch on (`not_json`).
    pub fn code(&self) -> &'static str {
        match self {
            SkipReason::NotReportName => "not_report_name",
            SkipReason::SymbolicLink => "symbolic_link",
            SkipReason::NotRegularFile => "not_regular_file",
            SkipReason::TooLarge => "too_large",
            SkipReason::Unreadable { .. } => "unreadable",
            SkipReason::DownloadFailed { .. } => "download_failed",
            SkipReason::NotUtf8 => "not_utf8",
            SkipReason::NotJson { .. } => "not_json",
            SkipReason::NotAReport => "not_a_report",
            SkipReason::NewerSchema { .. } => "newer_schema",
            SkipReason::BadSchemaVersion => "bad_schema_version",
            SkipReason::InvalidField { .. } => "invalid_field",
            SkipReason::BadLaptopId => "bad_laptop_id",
            SkipReason::BadDate { .. } => "bad_date",
            SkipReason::DayOutOfRange { .. } => "day_out_of_range",
            SkipReason::BadGeneratedAt => "bad_generated_at",
            SkipReason::ReportIdMismatch => "report_id_mismatch",
            SkipReason::NameMismatch => "name_mismatch",
            SkipReason::BadId { .. } => "bad_id",
            SkipReason::DuplicateId { .. } => "duplicate_id",
            SkipReason::TextTooLong { .. } => "text_too_long",
            SkipReason::ControlCharacters { .. } => "control_characters",
            SkipReason::TooMany { .. } => "too_many",
            SkipReason::CountsInconsistent { .. } => "counts_inconsistent",
            SkipReason::TooManyDistinctTexts => "too_many_distinct_texts",
        }
    }

    /// Every code, for the tests that keep codes and texts in step.
    pub const CODES: [&'static str; 25] = [
        "not_report_name",
        "symbolic_link",
        "not_regular_file",
        "too_large",
        "unreadable",
        "download_failed",
        "not_utf8",
        "not_json",
        "not_a_report",
        "newer_schema",
        "bad_schema_version",
        "invalid_field",
        "bad_laptop_id",
        "bad_date",
        "day_out_of_range",
        "bad_generated_at",
        "report_id_mismatch",
        "name_mismatch",
        "bad_id",
        "duplicate_id",
        "text_too_long",
        "control_characters",
        "too_many",
        "counts_inconsistent",
        "too_many_distinct_texts",
    ];

    /// The reason in words, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let quote = |s: &str| Arg::from(printable(s, QUOTED_CHARS));
        let args: Vec<(&str, Arg)> = match self {
            SkipReason::TooLarge => {
                vec![("limit", Arg::from(format!("{} MiB", super::limits::MAX_REPORT_BYTES / (1024 * 1024))))]
            }
            SkipReason::Unreadable { cause } | SkipReason::DownloadFailed { cause } => vec![("cause", quote(cause))],
            SkipReason::NotJson { detail } => vec![("detail", quote(detail))],
            SkipReason::NewerSchema { version } => vec![
                ("version", Arg::from(i64::try_from(*version).unwrap_or(i64::MAX))),
                ("supported", Arg::from(crate::fleet::report::FLEET_SCHEMA_VERSION)),
            ],
            SkipReason::InvalidField { path, detail } => {
                // serde_path_to_error names the top level "."; no field to point at.
                let place = if path.is_empty() || path == "." { "whole" } else { "field" };
                vec![("place", Arg::from(place)), ("field", quote(path)), ("detail", quote(detail))]
            }
            SkipReason::BadDate { field, value } => vec![("field", quote(field)), ("value", quote(value))],
            SkipReason::DayOutOfRange { day } => {
                vec![("day", quote(day)), ("earliest", Arg::from(super::limits::EARLIEST_DAY.to_string()))]
            }
            SkipReason::BadId { field, value } => vec![("field", quote(field)), ("value", quote(value))],
            SkipReason::DuplicateId { id } => vec![("id", quote(id))],
            SkipReason::TextTooLong { field, limit } | SkipReason::TooMany { field, limit } => {
                vec![("field", quote(field)), ("limit", Arg::from(*limit))]
            }
            SkipReason::ControlCharacters { field } => vec![("field", quote(field))],
            SkipReason::CountsInconsistent { checklist } => vec![("checklist", quote(checklist))],
            _ => Vec::new(),
        };
        i18n::tr(lang, &format!("fleet-skip-{}", self.code().replace('_', "-")), &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_text_in_every_language() {
        for code in SkipReason::CODES {
            let id = format!("fleet-skip-{}", code.replace('_', "-"));
            for lang in Lang::ALL {
                assert!(i18n::has_message(lang, &id), "{lang}: {id}");
            }
        }
    }

    #[test]
    fn a_wrong_field_is_named_and_a_wrong_whole_report_is_not_called_a_field() {
        let field = SkipReason::InvalidField { path: "checklists[0].done".into(), detail: "invalid type".into() };
        let text = field.message(Lang::En);
        assert!(text.starts_with("The field"), "{text}");
        assert!(text.contains("checklists[0].done") && text.contains("invalid type"), "{text}");
        let whole = SkipReason::InvalidField { path: ".".into(), detail: "missing field `report_id`".into() };
        for lang in Lang::ALL {
            let text = whole.message(lang);
            assert!(!text.contains(" . ") && text.contains("report_id"), "{lang}: {text}");
        }
    }

    #[test]
    fn quoted_values_are_cut_and_defused() {
        let reason =
            SkipReason::BadId { field: "checklists[0].id".into(), value: format!("\u{1b}[2J{}", "x".repeat(500)) };
        let text = reason.message(Lang::En);
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(text.len() < 300, "{text}");
    }
}
