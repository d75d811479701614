//! One report file → a report that can be counted, or the reason it cannot.
//!
//! Reports come from thousands of laptops through an upload link anyone
//! holding it can use, so each is treated as hostile: parsed with a type
//! (unknown nesting is bounded by serde_json's recursion limit), then
//! checked field by field: the format and version, the ids' shapes, real
//! dates, the name matching the content, text lengths, and counts that
//! agree with the steps.

use std::collections::HashSet;

use serde::Deserialize;
use time::{Date, Duration, OffsetDateTime};

use super::file_name::{looks_like_day, ReportName};
use super::limits::*;
use super::skip::SkipReason;
use crate::checklist::is_valid_id;
use crate::fleet::laptop_id::is_laptop_id;
use crate::fleet::report::{is_unsafe_char, FleetReport, FLEET_SCHEMA_VERSION, FORMAT};

/// A report that passed every check, with its dates parsed.
#[derive(Debug, Clone)]
pub(crate) struct Checked {
    /// The report, without `person`: the aggregate counts, it names no one.
    pub report: FleetReport,
    pub day: Date,
    pub generated_at: OffsetDateTime,
}

/// Parses and checks one file named `name` whose content is `bytes`.
pub(crate) fn check(bytes: &[u8], name: &ReportName, today: Date) -> Result<Checked, SkipReason> {
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(SkipReason::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| SkipReason::NotUtf8)?;
    let mut report = parse(text)?;
    check_head(&report)?;
    let day = check_day(|| "day".into(), &report.day)?;
    if day < EARLIEST_DAY || day > today + Duration::days(1) {
        return Err(SkipReason::DayOutOfRange { day: report.day.clone() });
    }
    let generated_at = parse_time(&report.generated_at)?;
    let id_day = report.report_id.strip_prefix(report.laptop_id.as_str()).and_then(|rest| rest.strip_prefix('-'));
    if id_day != Some(report.day.as_str()) {
        return Err(SkipReason::ReportIdMismatch);
    }
    if report.laptop_id != name.laptop_id || report.day != name.day {
        return Err(SkipReason::NameMismatch);
    }
    check_texts(&report)?;
    check_checklists(&report)?;
    check_checks(&report)?;
    report.person = None;
    Ok(Checked { report, day, generated_at })
}

/// Just enough of a report to say why the full parse failed.
#[derive(Deserialize)]
struct Head {
    format: Option<String>,
    schema_version: Option<u64>,
}

fn parse(text: &str) -> Result<FleetReport, SkipReason> {
    // The plain parse first: tracking the path costs time on every value,
    // and only a file that fails needs it.
    let error = match serde_json::from_str::<FleetReport>(text) {
        Ok(report) => return Ok(report),
        Err(error) => error,
    };
    // The file did not parse as a report: say the most useful thing first.
    if !matches!(error.classify(), serde_json::error::Category::Data) {
        return Err(SkipReason::NotJson { detail: error.to_string() });
    }
    match serde_json::from_str::<Head>(text) {
        Ok(head) if head.format.as_deref() != Some(FORMAT) => Err(SkipReason::NotAReport),
        Ok(Head { schema_version: Some(v), .. }) if v > u64::from(FLEET_SCHEMA_VERSION) => {
            Err(SkipReason::NewerSchema { version: v })
        }
        Ok(_) => {
            let mut deserializer = serde_json::Deserializer::from_str(text);
            let path = match serde_path_to_error::deserialize::<_, FleetReport>(&mut deserializer) {
                Err(e) => e.path().to_string(),
                Ok(_) => String::new(),
            };
            Err(SkipReason::InvalidField { path, detail: error.to_string() })
        }
        Err(_) => Err(SkipReason::NotAReport),
    }
}

fn check_head(report: &FleetReport) -> Result<(), SkipReason> {
    if report.format != FORMAT {
        return Err(SkipReason::NotAReport);
    }
    match report.schema_version {
        0 => return Err(SkipReason::BadSchemaVersion),
        v if v > FLEET_SCHEMA_VERSION => return Err(SkipReason::NewerSchema { version: v.into() }),
        _ => {}
    }
    if !is_laptop_id(&report.laptop_id) {
        return Err(SkipReason::BadLaptopId);
    }
    Ok(())
}

/// A `YYYY-MM-DD` that is a day of the calendar (not 2026-02-30). By hand,
/// without a format parser's cost: reports carry a date per step.
fn calendar_day(value: &str) -> Option<Date> {
    if !looks_like_day(value) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| value[range].parse::<u16>().ok();
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(i32::from(year), month, u8::try_from(day).ok()?).ok()
}

/// A date inside a report; `field` names it only when it is wrong.
fn check_day(field: impl FnOnce() -> String, value: &str) -> Result<Date, SkipReason> {
    calendar_day(value).ok_or_else(|| SkipReason::BadDate { field: field(), value: value.to_owned() })
}

fn parse_time(value: &str) -> Result<OffsetDateTime, SkipReason> {
    if value.len() > MAX_ID_CHARS {
        return Err(SkipReason::BadGeneratedAt);
    }
    OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339).map_err(|_| SkipReason::BadGeneratedAt)
}

/// A free text: at most `limit` characters, nothing that steers a
/// terminal; `field` names it only when it is wrong.
fn check_text(field: impl FnOnce() -> String, value: &str, limit: usize) -> Result<(), SkipReason> {
    if value.chars().count() > limit {
        return Err(SkipReason::TextTooLong { field: field(), limit });
    }
    if value.chars().any(is_unsafe_char) {
        return Err(SkipReason::ControlCharacters { field: field() });
    }
    Ok(())
}

fn check_texts(report: &FleetReport) -> Result<(), SkipReason> {
    check_text(|| "app_version".into(), &report.app_version, MAX_VERSION_CHARS)?;
    check_text(|| "os".into(), &report.os, MAX_VERSION_CHARS)?;
    if let Some(department) = &report.department {
        check_text(|| "department".into(), department, MAX_DEPARTMENT_CHARS)?;
    }
    if let Some(person) = &report.person {
        check_text(|| "person.account".into(), &person.account, MAX_PERSON_CHARS)?;
        for (field, value) in [("person.name", &person.name), ("person.email", &person.email)] {
            if let Some(value) = value {
                check_text(|| field.into(), value, MAX_PERSON_CHARS)?;
            }
        }
    }
    Ok(())
}

/// An id's shape; `field` names it only when it is wrong (names cost an
/// allocation, and a report has hundreds of ids).
fn check_id(field: impl FnOnce() -> String, id: &str) -> Result<(), SkipReason> {
    if id.len() <= MAX_ID_CHARS && is_valid_id(id) {
        Ok(())
    } else {
        Err(SkipReason::BadId { field: field(), value: id.to_owned() })
    }
}

fn check_count(field: impl FnOnce() -> String, len: usize, limit: usize) -> Result<(), SkipReason> {
    if len > limit {
        return Err(SkipReason::TooMany { field: field(), limit });
    }
    Ok(())
}

fn check_checklists(report: &FleetReport) -> Result<(), SkipReason> {
    check_count(|| "checklists".into(), report.checklists.len(), MAX_CHECKLISTS)?;
    let mut checklist_ids = HashSet::new();
    for (i, checklist) in report.checklists.iter().enumerate() {
        check_id(|| format!("checklists[{i}].id"), &checklist.id)?;
        if !checklist_ids.insert(checklist.id.as_str()) {
            return Err(SkipReason::DuplicateId { id: checklist.id.clone() });
        }
        check_count(|| format!("checklists[{i}].steps"), checklist.steps.len(), MAX_STEPS_PER_CHECKLIST)?;
        let mut step_ids = HashSet::new();
        for (j, step) in checklist.steps.iter().enumerate() {
            let field = |name: &str| format!("checklists[{i}].steps[{j}].{name}");
            check_id(|| field("id"), &step.id)?;
            if !step_ids.insert(step.id.as_str()) {
                return Err(SkipReason::DuplicateId { id: format!("{}/{}", checklist.id, step.id) });
            }
            if let Some(reason) = &step.reason {
                check_text(|| field("reason"), reason, MAX_REASON_CHARS)?;
            }
            if let Some(changed_on) = &step.changed_on {
                check_day(|| field("changed_on"), changed_on)?;
            }
        }
        if !checklist.counts_agree() {
            return Err(SkipReason::CountsInconsistent { checklist: checklist.id.clone() });
        }
    }
    Ok(())
}

/// A check's id: checklist-style ids joined by dots (`matrix.login-flows`).
fn is_probe_id(id: &str) -> bool {
    id.len() <= MAX_ID_CHARS && id.split('.').all(is_valid_id)
}

/// A failure kind: lowercase letters, digits and `_` (`tls_expired`).
fn is_failure_kind(kind: &str) -> bool {
    !kind.is_empty()
        && kind.len() <= MAX_ID_CHARS
        && kind.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

fn check_checks(report: &FleetReport) -> Result<(), SkipReason> {
    let Some(checks) = &report.checks else { return Ok(()) };
    check_count(|| "checks".into(), checks.len(), MAX_CHECKS)?;
    let mut probes = HashSet::new();
    for (i, check) in checks.iter().enumerate() {
        if !is_probe_id(&check.probe) {
            return Err(SkipReason::BadId { field: format!("checks[{i}].probe"), value: check.probe.clone() });
        }
        if !probes.insert(check.probe.as_str()) {
            return Err(SkipReason::DuplicateId { id: check.probe.clone() });
        }
        if let Some(failure) = &check.failure {
            if !is_failure_kind(failure) {
                return Err(SkipReason::BadId { field: format!("checks[{i}].failure"), value: failure.clone() });
            }
        }
        check_day(|| format!("checks[{i}].checked_on"), &check.checked_on)?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
