//! `overstap fleet aggregate SOURCE --out dashboard.html [--csv FILE]`: every
//! laptop's fleet report in a folder or WebDAV folder, read into one
//! self-contained HTML dashboard (and CSV) on IT's computer. Skipped files
//! are listed with their reason and do not fail the command; a source that
//! cannot be read, a network failure or an unwritable output does.

use std::path::Path;

use overstap_core::fleet::aggregate::{self, Aggregation, Source, WebDavSource};
use overstap_core::i18n::Arg;
use overstap_core::probe::Secret;
use overstap_core::report::write_atomically;
use overstap_core::{Error, ErrorCode};
use overstap_net::Url;

use crate::args::AggregateArgs;
use crate::bodies::{AggregateView, FleetAggregate, SkippedFile};
use crate::output::{print_line, Out};

/// The environment variable the WebDAV password is read from (never an
/// argument: those show in the process list and shell history).
const PASSWORD_VARIABLE: &str = "OVERSTAP_WEBDAV_PASSWORD";

/// How many skipped files the text output names (all are in `--json` and the dashboard).
const SKIPPED_LINES: usize = 20;

pub fn run(out: &Out, args: AggregateArgs) -> Result<u8, Error> {
    let source = source(&args)?;
    // Every path the JSON output names, before minutes of reading.
    if let Source::Folder(folder) = &source {
        out.json_can_name(folder)?;
    }
    out.json_can_name(&args.out)?;
    if let Some(csv) = &args.csv {
        out.json_can_name(csv)?;
    }
    // Before the reading, which can take minutes over WebDAV.
    check_writable(&args.out)?;
    if let Some(csv) = &args.csv {
        check_writable(csv)?;
    }
    let aggregation = aggregate::aggregate(&source)?;
    write_atomically(&args.out, aggregation.dashboard(out.lang).as_bytes())?;
    if let Some(csv) = &args.csv {
        write_atomically(csv, aggregation.csv()?.as_bytes())?;
    }
    if out.json {
        print_json(out, aggregation, args)?;
    } else {
        print_text(out, &aggregation, &args);
    }
    Ok(0)
}

fn source(args: &AggregateArgs) -> Result<Source, Error> {
    // A folder's name need not be text (any bytes on Unix); an address is.
    let Some(text) = args.source.to_str() else {
        return Ok(Source::Folder(args.source.clone().into()));
    };
    let text = text.trim();
    let is_address = text.contains("://");
    if !is_address {
        return Ok(Source::Folder(text.into()));
    }
    let not_https = || Error::new(ErrorCode::InvalidInput, "fleet-error-source-not-https").arg("source", text);
    let url = Url::parse(text).map_err(|_| not_https())?;
    if url.scheme() != "https" {
        return Err(not_https());
    }
    let password = match std::env::var_os(PASSWORD_VARIABLE) {
        None => None,
        Some(value) => Some(Secret::new(value.into_string().map_err(|_| {
            Error::new(ErrorCode::Usage, "error-usage").arg("detail", format!("{PASSWORD_VARIABLE} is not valid text"))
        })?)),
    };
    match (&args.user, &password) {
        (Some(_), None) => return Err(Error::new(ErrorCode::Usage, "fleet-error-password-missing")),
        (None, Some(_)) => return Err(Error::new(ErrorCode::Usage, "fleet-error-password-without-user")),
        _ => {}
    }
    Ok(Source::WebDav(WebDavSource { url, user: args.user.clone(), password, ca_file: args.ca_file.clone() }))
}

/// Fails early when the folder a file is to be written in does not exist.
fn check_writable(path: &Path) -> Result<(), Error> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match std::fs::metadata(folder) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(io_error(path, "not a folder".into())),
        Err(e) => Err(io_error(path, e.to_string())),
    }
}

fn io_error(path: &Path, cause: String) -> Error {
    Error::new(ErrorCode::IoError, "error-io")
        .arg("path", path.display().to_string())
        .arg("cause", cause.clone())
        .detail(cause)
}

fn print_json(out: &Out, aggregation: Aggregation, args: AggregateArgs) -> Result<(), Error> {
    let skipped = aggregation
        .figures
        .skipped
        .iter()
        .map(|s| SkippedFile {
            file: s.file.clone(),
            code: s.reason.code().to_owned(),
            reason: s.reason.message(out.lang),
        })
        .collect();
    out.json(FleetAggregate {
        aggregate: AggregateView {
            source: aggregation.source,
            dashboard: args.out,
            csv: args.csv,
            other_files: aggregation.other_files,
            skipped,
            figures: aggregation.figures,
        },
    })
}

fn print_text(out: &Out, aggregation: &Aggregation, args: &AggregateArgs) {
    let f = &aggregation.figures;
    let count = |n: u64| aggregate::format_count(n, out.lang);
    let period = match (&f.first_day, &f.last_day) {
        (Some(first), Some(last)) if first != last => format!("{first} – {last}"),
        (Some(day), _) => day.clone(),
        _ => out.tr("fleet-no-period", &[]),
    };
    let complete = format!(
        "{} ({})",
        count(f.complete_laptops),
        aggregate::format_percent(aggregate::percent(f.complete_laptops, f.laptops), out.lang)
    );
    let mut lines = vec![
        ("fleet-label-reports", count(f.reports)),
        ("fleet-label-replaced", count(f.replaced)),
        ("fleet-label-laptops", count(f.laptops)),
        ("fleet-label-complete", complete),
        ("fleet-label-departments", count(f.departments.len() as u64)),
        ("fleet-label-period", period),
        ("fleet-label-skipped", count(f.skipped_total)),
    ];
    if aggregation.other_files > 0 {
        lines.push(("fleet-label-other-files", count(aggregation.other_files)));
    }
    let labelled: Vec<(String, String)> = lines.into_iter().map(|(id, value)| (out.tr(id, &[]), value)).collect();
    let width = labelled.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 1;
    for (label, value) in &labelled {
        print_line(&format!("{:<width$} {value}", format!("{label}:")));
    }
    for s in f.skipped.iter().take(SKIPPED_LINES) {
        print_line(&format!("  {}: {}", s.file, s.reason.message(out.lang)));
    }
    let unnamed = f.skipped_total.saturating_sub(SKIPPED_LINES.min(f.skipped.len()) as u64);
    if unnamed > 0 {
        print_line(&format!("  {}", out.tr("fleet-skipped-more", &[("count", Arg::from(count(unnamed)))])));
    }
    print_line(&out.tr("fleet-written-dashboard", &[("path", Arg::from(args.out.display().to_string()))]));
    if let Some(csv) = &args.csv {
        print_line(&out.tr("fleet-written-csv", &[("path", Arg::from(csv.display().to_string()))]));
    }
}
