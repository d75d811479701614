//! `overstap fleet status | preview [--mark-seen] | send [--now] | schema`:
//! this computer's progress report to its organisation. Login scripts run
//! `fleet send` (exit 0: nothing left waiting; 1: something stays queued
//! and is retried later; `reporting_off` 11; `report_not_seen` 12).

use overstap_core::api::{FleetState, FleetStatusView, FleetUploadView};
use overstap_core::fleet::report;
use overstap_core::i18n::Arg;
use overstap_core::preset::model::ReportField;
use overstap_core::{Error, Overstap};

use super::{read_ca_file, runtime};
use crate::args::FleetCommand;
use crate::bodies;
use crate::output::{print_json, print_line, Out};

pub fn run(api: &Overstap, out: &Out, command: FleetCommand) -> Result<u8, Error> {
    match command {
        FleetCommand::Status => status(api, out),
        FleetCommand::Preview { mark_seen } => preview(api, out, mark_seen),
        FleetCommand::Send { now, ca_file } => send(api, out, now, ca_file.as_deref()),
        FleetCommand::Schema => {
            print_json(&report::schema())?;
            Ok(0)
        }
        // Routed in main.rs before a data folder is opened.
        FleetCommand::Aggregate(args) => super::fleet_aggregate::run(out, args),
    }
}

fn status(api: &Overstap, out: &Out) -> Result<u8, Error> {
    let view = api.fleet_status(out.lang)?;
    if out.json {
        out.json(bodies::FleetStatus { fleet: view })?;
        return Ok(0);
    }
    print_status(out, &view);
    Ok(0)
}

fn print_status(out: &Out, view: &FleetStatusView) {
    match view.state {
        FleetState::Off => print_line(&out.tr("cli-fleet-off", &[])),
        FleetState::Misconfigured => print_line(
            &out.tr("cli-fleet-misconfigured", &[("problem", Arg::from(view.problem.clone().unwrap_or_default()))]),
        ),
        FleetState::On => {
            let destination = Arg::from(view.destination.clone().unwrap_or_default());
            print_line(&out.tr("cli-fleet-on", &[("destination", destination)]));
            let fields: Vec<String> = std::iter::once(out.tr("cli-fleet-field-steps", &[]))
                .chain(view.includes.iter().map(|f| out.tr(field_id(*f), &[])))
                .collect();
            print_line(&out.tr("cli-fleet-includes", &[("fields", Arg::from(fields.join(", ")))]));
            match &view.seen_at {
                Some(at) => print_line(&out.tr("cli-fleet-seen", &[("at", Arg::from(at.as_str()))])),
                None => print_line(&out.tr("cli-fleet-not-seen", &[])),
            }
        }
    }
    for u in &view.uploads {
        print_line(&upload_line(out, u));
    }
}

fn upload_line(out: &Out, u: &FleetUploadView) -> String {
    match (&u.sent_at, &u.next_attempt_at) {
        (Some(at), _) => {
            out.tr("cli-fleet-sent", &[("name", Arg::from(u.name.as_str())), ("at", Arg::from(at.as_str()))])
        }
        (None, next) => out.tr(
            "cli-fleet-waiting",
            &[
                ("name", Arg::from(u.name.as_str())),
                ("attempts", Arg::from(u.attempts)),
                ("next", Arg::from(next.clone().unwrap_or_default())),
                ("failure", Arg::from(u.last_failure.clone().unwrap_or_else(|| "-".into()))),
            ],
        ),
    }
}

fn field_id(field: ReportField) -> &'static str {
    match field {
        ReportField::Department => "cli-fleet-field-department",
        ReportField::BlockedReasons => "cli-fleet-field-blocked-reasons",
        ReportField::CheckOutcomes => "cli-fleet-field-check-outcomes",
        ReportField::Names => "cli-fleet-field-names",
    }
}

fn preview(api: &Overstap, out: &Out, mark_seen: bool) -> Result<u8, Error> {
    let preview = api.fleet_preview()?;
    if mark_seen {
        api.fleet_mark_seen()?;
    }
    if out.json {
        out.json(bodies::FleetPreviewed { preview, marked_seen: mark_seen })?;
        return Ok(0);
    }
    let args =
        [("destination", Arg::from(preview.destination.as_str())), ("name", Arg::from(preview.file_name.as_str()))];
    print_line(&out.tr("cli-fleet-preview", &args));
    print_line(&preview.body);
    let closing = match (mark_seen, preview.seen) {
        (true, _) => "cli-fleet-marked-seen",
        (false, true) => "cli-fleet-already-seen",
        (false, false) => "cli-fleet-preview-not-seen",
    };
    print_line(&out.tr(closing, &[]));
    Ok(0)
}

fn send(api: &Overstap, out: &Out, now: bool, ca_file: Option<&std::path::Path>) -> Result<u8, Error> {
    let ca = ca_file.map(read_ca_file).transpose()?;
    let view = runtime()?.block_on(api.fleet_send(now, ca.as_deref(), out.lang))?;
    let code = if view.waiting.is_empty() { 0 } else { 1 };
    if out.json {
        out.json(bodies::FleetSend { fleet_send: view })?;
    } else {
        for name in &view.sent {
            print_line(&out.tr("cli-fleet-uploaded", &[("name", Arg::from(name.as_str()))]));
        }
        for u in &view.waiting {
            print_line(&upload_line(out, u));
        }
        if view.sent.is_empty() && view.waiting.is_empty() {
            print_line(&out.tr("cli-fleet-nothing-to-send", &[]));
        }
    }
    Ok(code)
}
