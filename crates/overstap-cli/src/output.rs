//! How results, notices and errors reach the terminal or a script.
//! JSON goes to standard output (results and errors alike, so a script reads
//! one stream); human text goes to stdout, warnings and errors to stderr.

use std::io::Write;

use overstap_core::api::Notice;
use overstap_core::{i18n, Error, Lang, SCHEMA_VERSION};
use serde::Serialize;
use serde_json::{json, Value};

/// Output settings shared by every command.
#[derive(Debug, Clone, Copy)]
pub struct Out {
    pub json: bool,
    pub lang: Lang,
}

impl Out {
    /// Prints `body` (an object) with `schema_version` added in front.
    pub fn json<T: Serialize>(&self, body: &T) {
        let mut value = serde_json::to_value(body).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut value {
            let mut with_version = serde_json::Map::new();
            with_version.insert("schema_version".into(), json!(SCHEMA_VERSION));
            with_version.extend(std::mem::take(map));
            value = Value::Object(with_version);
        }
        print_line(&serde_json::to_string_pretty(&value).unwrap_or_default());
    }

    /// Prints `body` as one line with `schema_version` (JSON Lines, for
    /// commands that report more than once, such as `login`).
    pub fn json_line<T: Serialize>(&self, body: &T) {
        let mut value = serde_json::to_value(body).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut value {
            map.insert("schema_version".into(), json!(SCHEMA_VERSION));
        }
        print_line(&value.to_string());
    }

    pub fn tr(&self, id: &str, args: &[(&str, i18n::Arg)]) -> String {
        i18n::tr(self.lang, id, args)
    }

    pub fn error(&self, err: &Error) {
        if self.json {
            let body = json!({ "schema_version": SCHEMA_VERSION, "error": err.to_payload(self.lang) });
            print_line(&serde_json::to_string_pretty(&body).unwrap_or_default());
        } else {
            eprintln!("{}: {}", self.tr("cli-error", &[]), err.message(self.lang));
        }
    }

    pub fn notice(&self, notice: &Notice) {
        if self.json {
            let body = json!({
                "schema_version": SCHEMA_VERSION,
                "notice": { "code": notice.code(), "message": notice.message(self.lang) }
            });
            eprintln!("{body}");
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
