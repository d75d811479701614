//! How results, notices and errors reach the terminal or a script.
//! JSON goes to standard output (results and errors alike, so a script reads
//! one stream); human text goes to stdout, warnings and errors to stderr.
//!
//! A result that cannot be written as JSON is an error of its own (never an
//! empty line with exit 0): a script must not take silence for success.

use std::io::Write;
use std::path::Path;

use overstap_core::api::Notice;
use overstap_core::{i18n, Error, ErrorCode, Lang};
use serde::Serialize;

use crate::envelope::{Envelope, ErrorBody, NoticeBody, NoticeCode, NoticePayload};

/// Output settings shared by every command.
#[derive(Debug, Clone, Copy)]
pub struct Out {
    pub json: bool,
    /// The command prints JSON Lines (`apply`, `login`): one document per
    /// line, so its errors go on one line too.
    pub lines: bool,
    pub lang: Lang,
}

impl Out {
    /// Prints `body` in its envelope (`schema_version` first), pretty.
    pub fn json<T: Serialize>(&self, body: T) -> Result<(), Error> {
        print_json(&Envelope::new(body))
    }

    /// Prints `body` in its envelope on one line (JSON Lines, for commands
    /// that report more than once, such as `login` and `apply`).
    pub fn json_line<T: Serialize>(&self, body: T) -> Result<(), Error> {
        let text = serde_json::to_string(&Envelope::new(body)).map_err(unserializable)?;
        print_line(&text);
        Ok(())
    }

    pub fn tr(&self, id: &str, args: &[(&str, i18n::Arg)]) -> String {
        i18n::tr(self.lang, id, args)
    }

    /// Refuses, before any work, a path that the `--json` output would have
    /// to name but cannot: JSON strings are Unicode, and a file name that is
    /// not UTF-8 would come out changed. Without `--json` any path works
    /// (text output shows it with `�` where a byte is not text).
    pub fn json_can_name(&self, path: &Path) -> Result<(), Error> {
        if !self.json || path.to_str().is_some() {
            return Ok(());
        }
        Err(Error::new(ErrorCode::InvalidInput, "error-path-not-text").arg("path", path.display().to_string()))
    }

    pub fn error(&self, err: &Error) {
        if !self.json {
            eprintln!("{}: {}", self.tr("cli-error", &[]), err.message(self.lang));
            return;
        }
        let envelope = Envelope::new(ErrorBody { error: err.to_payload(self.lang) });
        let text = if self.lines { serde_json::to_string(&envelope) } else { serde_json::to_string_pretty(&envelope) };
        match text {
            Ok(text) => print_line(&text),
            // Two strings and a code cannot fail to serialize; should they,
            // the script still gets a document with the code.
            Err(_) => print_line(&format!(
                "{{\"schema_version\": {}, \"error\": {{\"code\": \"{}\", \"message\": \"\"}}}}",
                overstap_core::SCHEMA_VERSION,
                err.code()
            )),
        }
    }

    /// On standard error, so that standard output stays the command's own.
    pub fn notice(&self, notice: &Notice) {
        if self.json {
            let body = NoticeBody {
                notice: NoticePayload { code: NoticeCode::of(notice), message: notice.message(self.lang) },
            };
            match serde_json::to_string(&Envelope::new(body)) {
                Ok(text) => eprintln!("{text}"),
                // Never silent: the notice says where a damaged database went.
                Err(_) => eprintln!("{}: {}", self.tr("cli-warning", &[]), notice.message(self.lang)),
            }
        } else {
            eprintln!("{}: {}", self.tr("cli-warning", &[]), notice.message(self.lang));
        }
    }
}

/// Prints any value as pretty JSON (a document or a schema), or fails.
pub fn print_json<T: Serialize>(value: &T) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value).map_err(unserializable)?;
    print_line(&text);
    Ok(())
}

/// Serialization failed: a defect (every path a document names was checked
/// by [`Out::json_can_name`] first), reported with the cause.
fn unserializable(e: serde_json::Error) -> Error {
    Error::new(ErrorCode::Internal, "error-output-not-json").arg("detail", e.to_string()).detail(e)
}

/// Prints a line and flushes; a closed pipe (`| head`) is not an error.
pub fn print_line(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}").and_then(|()| stdout.flush());
}
