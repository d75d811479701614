//! Errors cross IPC as the core's closed `{code, message}` set, localized
//! in the person's language; the technical detail stays in the log.

use overstap_core::{Error, ErrorPayload, Lang};

pub fn to_ipc(err: &Error, lang: Lang) -> ErrorPayload {
    tracing::warn!(code = %err.code(), detail = err.technical_detail().unwrap_or(""), "command failed");
    err.to_payload(lang)
}
