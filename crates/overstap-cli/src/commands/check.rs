//! `overstap check [SERVICE…]`: checks the organisation's servers for real.
//! Exit 0 when every check works (caveats included), 1 when any does not.

use std::time::Duration;

use overstap_core::api::CheckReport;
use overstap_core::probe::{CheckRequest, ProbeStatus, Service};
use overstap_core::{Error, ErrorCode, Overstap, Result};
use overstap_net::Limits;

use crate::args::{CheckArgs, ServiceArg};
use crate::bodies;
use crate::output::{print_line, Out};

/// The longest total time a request may be given, in seconds.
const MAX_TIMEOUT_SECONDS: f64 = 300.0;

pub fn run(api: &Overstap, out: &Out, request: CheckArgs) -> Result<u8> {
    let check = to_check_request(request, out.lang)?;
    let runtime = super::runtime()?;
    let report = runtime.block_on(api.check(&check, out.lang))?;
    if out.json {
        let failed = report.any_failed();
        out.json(bodies::Check { lang: out.lang, check: report })?;
        return Ok(u8::from(failed));
    }
    print_report(out, &report);
    Ok(u8::from(report.any_failed()))
}

fn to_check_request(r: CheckArgs, lang: overstap_core::Lang) -> Result<CheckRequest> {
    let mut limits = Limits::default();
    if let Some(seconds) = r.timeout {
        if !(seconds > 0.0 && seconds <= MAX_TIMEOUT_SECONDS) {
            return Err(Error::new(ErrorCode::Usage, "error-usage")
                .arg("detail", format!("--timeout must be between 0 and {MAX_TIMEOUT_SECONDS} seconds")));
        }
        limits.total_timeout = Duration::from_secs_f64(seconds);
        limits.connect_timeout = limits.connect_timeout.min(limits.total_timeout);
    }
    let extra_ca_pem = r.ca_file.as_deref().map(super::read_ca_file).transpose()?;
    Ok(CheckRequest {
        services: r
            .services
            .iter()
            .map(|s| match s {
                ServiceArg::Matrix => Service::Matrix,
                ServiceArg::Mastodon => Service::Mastodon,
                ServiceArg::Nextcloud => Service::Nextcloud,
                ServiceArg::Libreoffice => Service::Libreoffice,
            })
            .collect(),
        email: r.email,
        matrix: r.matrix,
        matrix_token: r.matrix_token,
        matrix_token_server: None,
        // Asked for by name: the person agrees to the test room for this run.
        matrix_roundtrip: r.send_test_message.then_some(lang),
        mastodon: r.mastodon,
        mastodon_account: r.mastodon_account,
        mastodon_token: r.mastodon_token,
        nextcloud: r.nextcloud,
        nextcloud_login: r.nextcloud_login,
        nextcloud_app_password: r.nextcloud_app_password,
        source_folder: r.source_folder,
        libreoffice_minimum_version: None,
        extra_ca_pem,
        limits: Some(limits),
    })
}

fn print_report(out: &Out, report: &CheckReport) {
    for r in &report.results {
        let marker = match r.status {
            ProbeStatus::Pass => "[ok]",
            ProbeStatus::Warn => "[!] ",
            ProbeStatus::Fail => "[x] ",
            ProbeStatus::Skipped => "[-] ",
        };
        let status = out.tr(&format!("probe-status-{}", r.status.as_str()), &[]);
        print_line(&format!("{marker} {} ({}, {status}): {}", r.probe, format_ms(r.elapsed_ms), r.summary));
        if let Some(remedy) = &r.remedy {
            print_line(&format!("      {}: {remedy}", out.tr("check-remedy-label", &[])));
        }
    }
    print_line("");
    print_line(&report.summary);
}

fn format_ms(ms: u64) -> String {
    if ms < 1000 {
        format!("{ms} ms")
    } else {
        format!("{:.1} s", ms as f64 / 1000.0)
    }
}
