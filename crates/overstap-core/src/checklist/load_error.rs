//! What can be wrong with checklist data, and where: every problem names
//! the file, the line and column, and the key, so that whoever edits the
//! data (a developer, or IT writing its own steps) finds it at once.

use std::fmt;

use crate::error::{Error, ErrorCode};
use crate::i18n::{self, Arg};
use crate::lang::Lang;

/// One problem in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// Path relative to `assets/` (or as given to the loader).
    pub file: String,
    /// 1-based; 0 when the problem is about a file that does not exist.
    pub line: usize,
    pub column: usize,
    /// `steps[2].depends_on[0]` in a checklist, `matrix--install-element.body` in a text file.
    pub key: String,
    pub problem: Problem,
}

/// The kinds of problem, each with its own localized text (`load-…` in `app.ftl`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is not valid TOML or Fluent, or has a wrong or unknown key.
    Syntax {
        detail: String,
    },
    /// The checklist's `id` differs from its file name.
    IdNotFileName {
        expected: String,
    },
    /// An id does not match `^[a-z][a-z0-9-]*$`.
    InvalidId {
        id: String,
    },
    /// The id is used by the program itself (`app` names the program's texts).
    ReservedId {
        id: String,
    },
    DuplicateChecklist {
        id: String,
    },
    DuplicateStep {
        id: String,
    },
    DuplicateLink {
        id: String,
    },
    /// A probe step without `probe`, an action step without `action`, or the reverse.
    KindMismatch {
        kind: String,
    },
    /// `confirm = true` on a step that is not a probe step.
    ConfirmWithoutProbe,
    UnknownProbe {
        id: String,
    },
    UnknownAction {
        id: String,
    },
    /// `params` must be a table.
    ParamsNotTable,
    LinkNotHttps {
        url: String,
    },
    UnknownDependency {
        target: String,
    },
    DependencyCycle {
        cycle: String,
    },
    /// There is no text file for this checklist in one language.
    MissingTextFile {
        text_file: String,
    },
    /// A message or attribute that the structure needs is not in `text_file`.
    MissingText {
        text_file: String,
    },
    /// The same message or attribute twice.
    DuplicateText,
    EmptyText,
    /// A message or attribute that no checklist, step or link uses.
    UnknownTextKey,
}

impl Problem {
    fn message_id(&self) -> &'static str {
        match self {
            Problem::Syntax { .. } => "load-syntax",
            Problem::IdNotFileName { .. } => "load-id-not-file-name",
            Problem::InvalidId { .. } => "load-invalid-id",
            Problem::ReservedId { .. } => "load-reserved-id",
            Problem::DuplicateChecklist { .. } => "load-duplicate-checklist",
            Problem::DuplicateStep { .. } => "load-duplicate-step",
            Problem::DuplicateLink { .. } => "load-duplicate-link",
            Problem::KindMismatch { .. } => "load-kind-mismatch",
            Problem::ConfirmWithoutProbe => "load-confirm-without-probe",
            Problem::UnknownProbe { .. } => "load-unknown-probe",
            Problem::UnknownAction { .. } => "load-unknown-action",
            Problem::ParamsNotTable => "load-params-not-table",
            Problem::LinkNotHttps { .. } => "load-link-not-https",
            Problem::UnknownDependency { .. } => "load-unknown-dependency",
            Problem::DependencyCycle { .. } => "load-dependency-cycle",
            Problem::MissingTextFile { .. } => "load-missing-text-file",
            Problem::MissingText { .. } => "load-missing-text",
            Problem::DuplicateText => "load-duplicate-text",
            Problem::EmptyText => "load-empty-text",
            Problem::UnknownTextKey => "load-unknown-text-key",
        }
    }

    fn args(&self) -> Vec<(&'static str, Arg)> {
        let one = |name, value: &String| vec![(name, Arg::from(value.clone()))];
        match self {
            Problem::Syntax { detail } => one("detail", detail),
            Problem::IdNotFileName { expected } => one("expected", expected),
            Problem::InvalidId { id }
            | Problem::ReservedId { id }
            | Problem::DuplicateChecklist { id }
            | Problem::DuplicateStep { id }
            | Problem::DuplicateLink { id }
            | Problem::UnknownProbe { id }
            | Problem::UnknownAction { id } => one("id", id),
            Problem::KindMismatch { kind } => one("kind", kind),
            Problem::LinkNotHttps { url } => one("url", url),
            Problem::UnknownDependency { target } => one("target", target),
            Problem::DependencyCycle { cycle } => one("cycle", cycle),
            Problem::MissingText { text_file } | Problem::MissingTextFile { text_file } => one("file", text_file),
            Problem::ParamsNotTable
            | Problem::ConfirmWithoutProbe
            | Problem::DuplicateText
            | Problem::EmptyText
            | Problem::UnknownTextKey => Vec::new(),
        }
    }

    /// The problem as a message argument, localized with the message around it.
    pub(crate) fn as_arg(&self) -> Arg {
        Arg::Message { id: self.message_id(), args: self.args() }
    }

    /// The problem alone, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        i18n::tr(lang, self.message_id(), &self.args())
    }
}

impl LoadError {
    pub(crate) fn new(file: &str, (line, column): (usize, usize), key: impl Into<String>, problem: Problem) -> Self {
        LoadError { file: file.to_owned(), line, column, key: key.into(), problem }
    }

    /// `file:line:column: key: problem`, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}:{}:{}: {}: {}", self.file, self.line, self.column, self.key, self.problem.message(lang))
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Every problem found in one load, in file order; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadErrors(pub Vec<LoadError>);

impl LoadErrors {
    pub fn first(&self) -> &LoadError {
        &self.0[0]
    }
}

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadErrors {}

impl From<LoadErrors> for Error {
    fn from(errors: LoadErrors) -> Self {
        let first = errors.first();
        // The message shows the first problem in the person's language; the
        // detail (log, --verbose) lists them all.
        Error::new(ErrorCode::ChecklistDataInvalid, "error-checklist-data-invalid")
            .arg("count", errors.0.len())
            .arg("file", first.file.clone())
            .arg("line", first.line)
            .arg("column", first.column)
            .arg("key", first.key.clone())
            .arg("problem", first.problem.as_arg())
            .detail(errors)
    }
}
