//! How results, notices and errors reach the terminal or a script.
//! JSON goes to standard output (results and errors alike, so a script reads
//! one stream); human text goes to stdout, warnings and errors to stderr.

use std::io::Write;

use overstap_core::api::Notice;
use overstap_core::{i18n, Error, Lang};
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
    pub fn json<T: Serialize>(&self, body: T) {
        print_line(&serde_json::to_string_pretty(&Envelope::new(body)).unwrap_or_default());
    }

    /// Prints `body` in its envelope on one line (JSON Lines, for commands
    /// that report more than once, such as `login` and `apply`).
    pub fn json_line<T: Serialize>(&self, body: T) {
        print_line(&serde_json::to_string(&Envelope::new(body)).unwrap_or_default());
    }

    pub fn tr(&self, id: &str, args: &[(&str, i18n::Arg)]) -> String {
        i18n::tr(self.lang, id, args)
    }

    pub fn error(&self, err: &Error) {
        if !self.json {
            eprintln!("{}: {}", self.tr("cli-error", &[]), err.message(self.lang));
            return;
        }
        let body = ErrorBody { error: err.to_payload(self.lang) };
        if self.lines {
            self.json_line(body);
        } else {
            self.json(body);
        }
    }

    /// On standard error, so that standard output stays the command's own.
    pub fn notice(&self, notice: &Notice) {
        if self.json {
            let body = NoticeBody {
                notice: NoticePayload { code: NoticeCode::of(notice), message: notice.message(self.lang) },
            };
            eprintln!("{}", serde_json::to_string(&Envelope::new(body)).unwrap_or_default());
        } else {
            eprintln!("{}: {}", self.tr("cli-warning", &[]), notice.message(self.lang));
        }
    }
}

/// Prints a line and flushes; a closed pipe (`| head`) is not an error.
pub fn print_line(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}").and_then(|()| stdout.flush());
}
