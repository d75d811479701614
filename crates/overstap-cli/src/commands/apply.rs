//! `overstap apply [FILE|-]`: step changes as JSON Lines, for scripts and
//! bulk updates. Each line is applied and durably stored before its result
//! line is printed, so a result line is an acknowledgement.

use std::io::{BufRead, BufReader};
use std::path::Path;

use overstap_core::{Error, ErrorCode, Overstap, Result};
use serde::Deserialize;
use serde_json::json;

use crate::args::ActionArg;
use crate::output::{print_line, Out};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    step: String,
    action: ActionArg,
    reason: Option<String>,
    note: Option<String>,
}

/// Processes every line; returns the exit code of the first failed line
/// (0 when all succeeded). Failed lines are reported in their result line.
pub fn run(api: &Overstap, out: &Out, input: &Path) -> Result<u8> {
    let reader: Box<dyn BufRead> = if input == Path::new("-") {
        Box::new(BufReader::new(std::io::stdin().lock()))
    } else {
        let file = std::fs::File::open(input).map_err(|e| {
            Error::new(ErrorCode::IoError, "error-io")
                .arg("path", input.display().to_string())
                .arg("cause", e.to_string())
        })?;
        Box::new(BufReader::new(file))
    };
    let mut first_error = None;
    for (n, line) in reader.lines().enumerate() {
        let number = n + 1;
        let line = line.map_err(|e| {
            Error::new(ErrorCode::IoError, "error-io")
                .arg("path", input.display().to_string())
                .arg("cause", e.to_string())
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let result = serde_json::from_str::<Line>(&line)
            .map_err(|e| Error::new(ErrorCode::Usage, "error-usage").arg("detail", format!("line {number}: {e}")))
            .and_then(|l| {
                let action = super::step_action(l.action, l.reason)?;
                api.set_step(&l.step, &action, l.note.as_deref())
            });
        let body = match result {
            Ok(change) => json!({ "line": number, "ok": true, "change": change }),
            Err(err) => {
                let body = json!({ "line": number, "ok": false, "error": err.to_payload(out.lang) });
                first_error.get_or_insert(err);
                body
            }
        };
        print_line(&body.to_string());
    }
    Ok(first_error.map_or(0, |err: Error| err.code().exit_code()))
}
