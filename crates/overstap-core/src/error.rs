//! The closed set of error codes that crosses every boundary (CLI output,
//! exit codes, Tauri IPC), and the error type that carries one.
//!
//! Scripts and the UI branch on [`ErrorCode`]; people read the localized
//! message. Adding a code is an API change: add its text to every
//! `app.ftl`, its exit code here, and a line to `docs/cli.md`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Arg};
use crate::lang::Lang;

/// What went wrong, as a stable machine-readable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ErrorCode {
    /// The command line or call was malformed.
    Usage,
    /// A value was given but is not acceptable (empty reason, text too long …).
    InvalidInput,
    /// No checklist has this id.
    UnknownChecklist,
    /// The checklist exists but has no step with this id.
    UnknownStep,
    /// The step is done by a passing server check, not by hand.
    CheckRequired,
    /// Checklist data (shipped or from a preset) failed validation.
    ChecklistDataInvalid,
    /// The progress database was written by a newer Overstap.
    DatabaseNewer,
    /// Another process holds the progress database for too long.
    DatabaseBusy,
    /// The progress database failed in another way.
    DatabaseError,
    /// The disk is full: nothing was written.
    DiskFull,
    /// The data folder cannot be used (network share, synced folder, no access).
    DataDirUnsuitable,
    /// Reading or writing a file failed.
    IoError,
    /// A server could not be reached or did not answer as it should (sign-in, sign-out).
    NetworkError,
    /// A sign-in did not complete: refused, expired, cancelled in the browser.
    SignInFailed,
    /// The OS keyring (where tokens and app passwords live) is missing or locked.
    KeyringUnavailable,
    /// An imported or fetched preset was refused: no valid signature by a
    /// trusted key, or older than one already accepted (rollback).
    PresetSignatureInvalid,
    /// Fleet reporting is not turned on by the organisation's preset (or
    /// cannot work as configured): nothing is sent.
    ReportingOff,
    /// The person has not yet seen what a fleet report sends: nothing is
    /// sent before they have.
    ReportNotSeen,
    /// A defect in Overstap itself.
    Internal,
}

impl ErrorCode {
    /// Every code, for documentation and tests.
    pub const ALL: [ErrorCode; 19] = [
        ErrorCode::Usage,
        ErrorCode::InvalidInput,
        ErrorCode::UnknownChecklist,
        ErrorCode::UnknownStep,
        ErrorCode::CheckRequired,
        ErrorCode::ChecklistDataInvalid,
        ErrorCode::DatabaseNewer,
        ErrorCode::DatabaseBusy,
        ErrorCode::DatabaseError,
        ErrorCode::DiskFull,
        ErrorCode::DataDirUnsuitable,
        ErrorCode::IoError,
        ErrorCode::NetworkError,
        ErrorCode::SignInFailed,
        ErrorCode::KeyringUnavailable,
        ErrorCode::PresetSignatureInvalid,
        ErrorCode::ReportingOff,
        ErrorCode::ReportNotSeen,
        ErrorCode::Internal,
    ];

    /// The code as it appears in JSON (`unknown_step`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Usage => "usage",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::UnknownChecklist => "unknown_checklist",
            ErrorCode::UnknownStep => "unknown_step",
            ErrorCode::CheckRequired => "check_required",
            ErrorCode::ChecklistDataInvalid => "checklist_data_invalid",
            ErrorCode::DatabaseNewer => "database_newer",
            ErrorCode::DatabaseBusy => "database_busy",
            ErrorCode::DatabaseError => "database_error",
            ErrorCode::DiskFull => "disk_full",
            ErrorCode::DataDirUnsuitable => "data_dir_unsuitable",
            ErrorCode::IoError => "io_error",
            ErrorCode::NetworkError => "network_error",
            ErrorCode::SignInFailed => "sign_in_failed",
            ErrorCode::KeyringUnavailable => "keyring_unavailable",
            ErrorCode::PresetSignatureInvalid => "preset_signature_invalid",
            ErrorCode::ReportingOff => "reporting_off",
            ErrorCode::ReportNotSeen => "report_not_seen",
            ErrorCode::Internal => "internal",
        }
    }

    /// The process exit code the CLI uses for this error. 0 is success and
    /// 1 is reserved for "a check failed"; see `docs/cli.md`.
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorCode::Usage | ErrorCode::InvalidInput | ErrorCode::CheckRequired => 2,
            ErrorCode::UnknownChecklist | ErrorCode::UnknownStep => 3,
            ErrorCode::ChecklistDataInvalid => 4,
            ErrorCode::DatabaseNewer | ErrorCode::DatabaseBusy | ErrorCode::DatabaseError => 5,
            ErrorCode::DiskFull | ErrorCode::DataDirUnsuitable | ErrorCode::IoError => 6,
            ErrorCode::NetworkError => 7,
            ErrorCode::SignInFailed => 8,
            ErrorCode::KeyringUnavailable => 9,
            ErrorCode::PresetSignatureInvalid => 10,
            ErrorCode::ReportingOff => 11,
            ErrorCode::ReportNotSeen => 12,
            ErrorCode::Internal => 70,
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error with its code, the text to show (a message id in `app.ftl`
/// plus arguments), and an optional technical detail for the log file.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    code: ErrorCode,
    message_id: &'static str,
    args: Vec<(&'static str, Arg)>,
    /// Arguments that are texts themselves (a probe's diagnosis), rendered in the reader's language.
    message_args: Vec<(&'static str, crate::probe::Message)>,
    detail: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error whose text is the message `message_id` of `app.ftl`.
    pub fn new(code: ErrorCode, message_id: &'static str) -> Self {
        Error { code, message_id, args: Vec::new(), message_args: Vec::new(), detail: None }
    }

    /// Adds a `{ $name }` argument for the message.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Adds a `{ $name }` argument that is itself a localized text.
    pub fn message_arg(mut self, name: &'static str, message: crate::probe::Message) -> Self {
        self.message_args.push((name, message));
        self
    }

    /// Adds the technical cause (English, for logs and `--verbose`; never a secret).
    pub fn detail(mut self, detail: impl fmt::Display) -> Self {
        self.detail = Some(detail.to_string());
        self
    }

    pub fn code(&self) -> ErrorCode {
        self.code
    }

    pub fn technical_detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The message for people, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        if self.message_args.is_empty() {
            return i18n::tr(lang, self.message_id, &self.args);
        }
        let mut args = self.args.clone();
        args.extend(self.message_args.iter().map(|(name, m)| (*name, Arg::from(m.render(lang)))));
        i18n::tr(lang, self.message_id, &args)
    }

    /// An error for a network failure: its localized diagnosis and remedy.
    pub(crate) fn network(failure: &overstap_net::NetFailure) -> Self {
        let (summary, remedy) = crate::probe::failure_messages(failure);
        Error::new(ErrorCode::NetworkError, "error-network")
            .message_arg("summary", summary)
            .message_arg("remedy", remedy)
            .detail(format!("{}: {}", failure.kind.as_str(), failure.detail))
    }

    /// The `{code, message}` pair that crosses the CLI and IPC boundaries.
    pub fn to_payload(&self, lang: Lang) -> ErrorPayload {
        ErrorPayload { code: self.code, message: self.message(lang) }
    }

    pub(crate) fn internal(detail: impl fmt::Display) -> Self {
        Error::new(ErrorCode::Internal, "error-internal").detail(detail)
    }

    pub(crate) fn io(path: &std::path::Path, err: &std::io::Error) -> Self {
        if is_disk_full(err) {
            return Error::new(ErrorCode::DiskFull, "error-disk-full")
                .arg("path", path.display().to_string())
                .detail(err);
        }
        Error::new(ErrorCode::IoError, "error-io")
            .arg("path", path.display().to_string())
            .arg("cause", err.to_string())
            .detail(err)
    }
}

/// ENOSPC / ERROR_DISK_FULL, as the standard library reports it.
fn is_disk_full(err: &std::io::Error) -> bool {
    err.kind() == std::io::ErrorKind::StorageFull
        || err.raw_os_error() == Some(28) // ENOSPC (Linux, macOS)
        || (cfg!(windows) && matches!(err.raw_os_error(), Some(39 | 112))) // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message(Lang::En))?;
        if let Some(detail) = &self.detail {
            write!(f, " ({detail})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// The serialized form of an error: `{"code": "...", "message": "..."}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialize_as_their_stable_names() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_ne!(code.exit_code(), 0);
            assert_ne!(code.exit_code(), 1, "1 is reserved for failed checks");
        }
    }

    #[test]
    fn disk_full_is_recognised_from_the_os_error() {
        let err = std::io::Error::from_raw_os_error(28);
        let e = Error::io(std::path::Path::new("/x"), &err);
        assert_eq!(e.code(), ErrorCode::DiskFull);
        assert!(e.message(Lang::Nl).contains("/x"));
    }
}
