//! `overstap apply [FILE|-]`: step changes as JSON Lines, for scripts and
//! bulk updates. Each line is applied and durably stored before its result
//! line is printed, so a result line is an acknowledgement.
//!
//! A line is read up to [`MAX_LINE_BYTES`] and no further: a longer one is
//! refused with its own result line and the rest of it skipped without being
//! held in memory, so a stray 300 MB line costs no more than a short one.

use std::io::{BufRead, BufReader, Read as _};
use std::path::Path;

use overstap_core::api::{MAX_NOTE_CHARS, MAX_REASON_CHARS};
use overstap_core::{Error, ErrorCode, Overstap, Result};
use serde::Deserialize;

use crate::args::ActionArg;
use crate::bodies::ApplyLine;
use crate::output::Out;

/// The longest input line read. The longest real change (a step id, a
/// reason and a note at their limits, every character escaped as a
/// `\uXXXX` surrogate pair) is under 40 KiB.
pub const MAX_LINE_BYTES: usize = 64 * 1024;
const _: () = assert!((MAX_NOTE_CHARS + MAX_REASON_CHARS) * 12 + 1024 < MAX_LINE_BYTES);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    step: String,
    action: ActionArg,
    reason: Option<String>,
    note: Option<String>,
}

/// What [`read_line`] found.
enum Read {
    End,
    Line,
    TooLong,
}

/// Processes every line; returns the exit code of the first failed line
/// (0 when all succeeded). Failed lines are reported in their result line.
pub fn run(api: &Overstap, out: &Out, input: &Path) -> Result<u8> {
    let mut reader: Box<dyn BufRead> = if input == Path::new("-") {
        Box::new(BufReader::new(std::io::stdin().lock()))
    } else {
        let file = std::fs::File::open(input).map_err(|e| read_error(input, &e))?;
        Box::new(BufReader::new(file))
    };
    let mut first_error = None;
    let mut bytes = Vec::new();
    let mut number = 0;
    loop {
        let read = read_line(&mut reader, &mut bytes, MAX_LINE_BYTES).map_err(|e| read_error(input, &e))?;
        let result = match read {
            Read::End => break,
            Read::TooLong => {
                number += 1;
                Err(Error::new(ErrorCode::InvalidInput, "error-apply-line-too-long")
                    .arg("line", number)
                    .arg("max", MAX_LINE_BYTES))
            }
            Read::Line => {
                number += 1;
                // PowerShell 5 writes a byte order mark at the start of a file.
                let content =
                    if number == 1 { bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes) } else { &bytes[..] };
                match std::str::from_utf8(content) {
                    Ok(text) if text.trim().is_empty() => continue,
                    Ok(text) => serde_json::from_str::<Line>(text)
                        .map_err(|e| {
                            Error::new(ErrorCode::Usage, "error-usage").arg("detail", format!("line {number}: {e}"))
                        })
                        .and_then(|l| {
                            let action = super::step_action(l.action, l.reason)?;
                            api.set_step(&l.step, &action, l.note.as_deref())
                        }),
                    Err(_) => Err(Error::new(ErrorCode::Usage, "error-usage")
                        .arg("detail", format!("line {number}: not UTF-8 text"))),
                }
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

/// Reads one line (with its `\n`) into `line`, holding at most `max` bytes
/// of it: a longer line is consumed up to its end in the reader's own
/// buffer, piece by piece, and reported as [`Read::TooLong`].
fn read_line<R: BufRead>(reader: &mut R, line: &mut Vec<u8>, max: usize) -> std::io::Result<Read> {
    line.clear();
    // One byte over the limit tells a line of exactly `max` bytes from a longer one.
    let read = reader.by_ref().take(max as u64 + 1).read_until(b'\n', line)?;
    if read == 0 {
        return Ok(Read::End);
    }
    if line.len() <= max || (line.len() == max + 1 && line.ends_with(b"\n")) {
        return Ok(Read::Line);
    }
    line.clear();
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(Read::TooLong);
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => {
                reader.consume(end + 1);
                return Ok(Read::TooLong);
            }
            None => {
                let all = buffer.len();
                reader.consume(all);
            }
        }
    }
}

fn read_error(input: &Path, e: &std::io::Error) -> Error {
    Error::new(ErrorCode::IoError, "error-io").arg("path", input.display().to_string()).arg("cause", e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<Option<Vec<u8>>> {
        let mut reader = std::io::BufReader::with_capacity(4, input);
        let mut line = Vec::new();
        let mut found = Vec::new();
        loop {
            match read_line(&mut reader, &mut line, max).unwrap() {
                Read::End => return found,
                Read::Line => found.push(Some(line.clone())),
                Read::TooLong => found.push(None),
            }
        }
    }

    #[test]
    fn a_line_over_the_limit_is_skipped_to_its_end_and_the_next_one_read() {
        let got = lines(b"abcd\nabcdefghij\nxy\nabcdefghijk", 5);
        assert_eq!(got, vec![Some(b"abcd\n".to_vec()), None, Some(b"xy\n".to_vec()), None]);
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_read_with_or_without_its_line_end() {
        assert_eq!(lines(b"abcde\nabcde", 5), vec![Some(b"abcde\n".to_vec()), Some(b"abcde".to_vec())]);
        assert_eq!(lines(b"abcdef", 5), vec![None]);
    }
}
