//! Errors cross IPC as the core's closed `{code, message}` set, localized
//! in the person's language; the technical detail stays in the log.

use overstap_core::{Error, ErrorCode, ErrorPayload, Lang};

pub fn to_ipc(err: &Error, lang: Lang) -> ErrorPayload {
    tracing::warn!(code = %err.code(), detail = err.technical_detail().unwrap_or(""), "command failed");
    err.to_payload(lang)
}

/// A failure of the shell itself (a dialog or the browser would not open),
/// in the same closed set.
pub fn shell_error(lang: Lang, detail: impl std::fmt::Display) -> ErrorPayload {
    to_ipc(&Error::new(ErrorCode::Internal, "error-internal").detail(detail), lang)
}
