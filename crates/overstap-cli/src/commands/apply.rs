//! `overstap apply [FILE|-]`: step changes as JSON Lines, for scripts and
//! bulk updates. Each line is applied and durably stored before its result
//! line is printed, so a result line is an acknowledgement.

use std::io::{BufRead, BufReader};
use std::path::Path;

use overstap_core::{Error, ErrorCode, Overstap, Result};
use serde::Deserialize;

use crate::args::ActionArg;
use crate::bodies::ApplyLine;
use crate::output::Out;

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
    let mut reader = reader;
    let mut first_error = None;
    let mut bytes = Vec::new();
    let mut number = 0;
    loop {
        bytes.clear();
        let read = reader.read_until(b'\n', &mut bytes).map_err(|e| {
            Error::new(ErrorCode::IoError, "error-io")
                .arg("path", input.display().to_string())
                .arg("cause", e.to_string())
        })?;
        if read == 0 {
            break;
        }
        number += 1;
        // PowerShell 5 writes a byte order mark at the start of a file.
        let content = if number == 1 { bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes) } else { &bytes[..] };
        let result = match std::str::from_utf8(content) {
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => serde_json::from_str::<Line>(text)
                .map_err(|e| Error::new(ErrorCode::Usage, "error-usage").arg("detail", format!("line {number}: {e}")))
                .and_then(|l| {
                    let action = super::step_action(l.action, l.reason)?;
                    api.set_step(&l.step, &action, l.note.as_deref())
                }),
            Err(_) => {
                Err(Error::new(ErrorCode::Usage, "error-usage").arg("detail", format!("line {number}: not UTF-8 text")))
            }
        };
        let line = match result {
            Ok(change) => ApplyLine::Applied { line: number, ok: true, change },
            Err(err) => {
                let line = ApplyLine::Refused { line: number, ok: false, error: err.to_payload(out.lang) };
                first_error.get_or_insert(err);
                line
            }
        };
        out.json_line(line)?;
    }
    Ok(first_error.map_or(0, |err: Error| err.code().exit_code()))
}
