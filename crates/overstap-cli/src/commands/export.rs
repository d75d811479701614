//! `overstap export --format json|csv [--out FILE]`: everything, for the
//! person's own records or IT.

use std::path::Path;

use overstap_core::i18n::Arg;
use overstap_core::report::write_atomically;
use overstap_core::{Overstap, Result};

use crate::args::ExportFormat;
use crate::bodies;
use crate::output::{print_line, Out};

pub fn run(api: &Overstap, out: &Out, format: ExportFormat, file: Option<&Path>) -> Result<()> {
    // Any file name can be written to; only `--json` cannot name every one,
    // and is refused before anything is written rather than after.
    if let Some(path) = file {
        out.json_can_name(path)?;
    }
    let report = api.report(out.lang)?;
    let text = match format {
        ExportFormat::Json => report.to_json()?,
        ExportFormat::Csv => report.to_csv()?,
    };
    match file {
        None => {
            // The export itself is the output, with or without --json.
            print_line(text.trim_end());
        }
        Some(path) => {
            write_atomically(path, text.as_bytes())?;
            if out.json {
                out.json(bodies::ExportWritten { written: path.to_owned() })?;
            } else {
                print_line(&out.tr("cli-export-written", &[("path", Arg::from(path.display().to_string()))]));
            }
        }
    }
    Ok(())
}
