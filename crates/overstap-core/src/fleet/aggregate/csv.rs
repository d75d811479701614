//! The figures as CSV in long form: one figure per row, so a spreadsheet's
//! pivot table or a script can slice them any way. Every cell that starts
//! like a formula is defused, as in the personal export: department names
//! and reasons come from reports, which anyone holding the upload link
//! could have written.

use super::figures::{ChecklistFigures, Figures};
use crate::report::defuse_formula;
use crate::{Error, SCHEMA_VERSION};

/// The columns, in order.
pub const COLUMNS: [&str; 10] =
    ["schema_version", "table", "scope", "department", "checklist", "step", "day", "item", "measure", "value"];

/// One row; empty cells where a column does not apply.
#[derive(Default)]
struct Row<'a> {
    table: &'a str,
    scope: &'a str,
    department: &'a str,
    checklist: &'a str,
    step: &'a str,
    day: &'a str,
    item: &'a str,
    measure: &'a str,
    value: String,
}

/// Which laptops a row is about: all of them, one department, or the reports naming none.
fn scope_of(department: Option<&Option<String>>) -> (&'static str, &str) {
    match department {
        None => ("all", ""),
        Some(Some(name)) => ("department", name),
        Some(None) => ("department_not_given", ""),
    }
}

pub(crate) fn to_csv(figures: &Figures) -> Result<String, Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| Error::internal(e);
    w.write_record(COLUMNS).map_err(fail)?;
    let version = SCHEMA_VERSION.to_string();
    let mut write = |row: Row| -> Result<(), Error> {
        let cells = [
            version.as_str(),
            row.table,
            row.scope,
            row.department,
            row.checklist,
            row.step,
            row.day,
            row.item,
            row.measure,
            row.value.as_str(),
        ];
        w.write_record(cells.iter().map(|cell| defuse_formula(cell))).map_err(fail)
    };
    let summary = [
        ("reports", figures.reports),
        ("replaced", figures.replaced),
        ("laptops", figures.laptops),
        ("complete_laptops", figures.complete_laptops),
        ("departments", figures.departments.len() as u64),
        ("skipped", figures.skipped_total),
    ];
    for (measure, value) in summary {
        write(Row { table: "summary", scope: "all", measure, value: value.to_string(), ..Row::default() })?;
    }
    for (code, count) in &figures.skipped_by_code {
        write(Row {
            table: "skipped",
            scope: "all",
            item: code,
            measure: "files",
            value: count.to_string(),
            ..Row::default()
        })?;
    }
    let groups = std::iter::once((None, None, &figures.checklists))
        .chain(figures.departments.iter().map(|d| (Some(&d.name), Some((d.laptops, d.complete)), &d.checklists)));
    for (department, laptops, checklists) in groups {
        let (scope, department) = scope_of(department);
        if let Some((laptops, complete)) = laptops {
            for (measure, value) in [("laptops", laptops), ("complete_laptops", complete)] {
                write(Row {
                    table: "department",
                    scope,
                    department,
                    measure,
                    value: value.to_string(),
                    ..Row::default()
                })?;
            }
        }
        for checklist in checklists {
            write_checklist(&mut write, scope, department, checklist)?;
        }
    }
    for day in &figures.timeline.days {
        let base = || Row { table: "timeline", scope: "all", day: &day.day, ..Row::default() };
        write(Row { measure: "reporting", value: day.reporting.to_string(), ..base() })?;
        write(Row { measure: "complete", value: day.complete.to_string(), ..base() })?;
        write(Row { measure: "percent_complete", value: format!("{:.1}", day.percent_complete()), ..base() })?;
        for (checklist, counts) in figures.timeline.checklists.iter().zip(&day.checklists) {
            let base = || Row { checklist, ..base() };
            write(Row { measure: "laptops", value: counts.laptops.to_string(), ..base() })?;
            write(Row { measure: "complete", value: counts.complete.to_string(), ..base() })?;
        }
    }
    for blocked in &figures.blocked {
        let reason = blocked.reason.as_deref().unwrap_or("");
        let base = || Row {
            table: "blocked",
            checklist: &blocked.checklist,
            step: &blocked.step,
            item: reason,
            ..Row::default()
        };
        write(Row { scope: "all", measure: "laptops", value: blocked.laptops.to_string(), ..base() })?;
        for affected in &blocked.departments {
            let (scope, department) = scope_of(Some(&affected.name));
            write(Row { scope, department, measure: "laptops", value: affected.laptops.to_string(), ..base() })?;
        }
    }
    for check in &figures.checks {
        let base = || Row { table: "check", scope: "all", item: &check.probe, ..Row::default() };
        for (measure, value) in
            [("pass", check.pass), ("warn", check.warn), ("fail", check.fail), ("skipped", check.skipped)]
        {
            write(Row { measure, value: value.to_string(), ..base() })?;
        }
        for failure in &check.failures {
            write(Row { table: "check_failure", measure: &failure.name, value: failure.count.to_string(), ..base() })?;
        }
    }
    for (table, counts) in [("app_version", &figures.versions), ("os", &figures.systems)] {
        for count in counts {
            write(Row {
                table,
                scope: "all",
                item: &count.name,
                measure: "laptops",
                value: count.count.to_string(),
                ..Row::default()
            })?;
        }
    }
    let bytes = w.into_inner().map_err(|e| Error::internal(e.to_string()))?;
    String::from_utf8(bytes).map_err(Error::internal)
}

fn write_checklist(
    write: &mut impl FnMut(Row) -> Result<(), Error>,
    scope: &str,
    department: &str,
    checklist: &ChecklistFigures,
) -> Result<(), Error> {
    let base = || Row { table: "checklist", scope, department, checklist: &checklist.id, ..Row::default() };
    write(Row { measure: "laptops", value: checklist.laptops.to_string(), ..base() })?;
    write(Row { measure: "complete", value: checklist.complete.to_string(), ..base() })?;
    write(Row { measure: "percent_complete", value: format!("{:.1}", checklist.percent_complete()), ..base() })?;
    write(Row { measure: "mean_done", value: format!("{:.2}", checklist.mean_done()), ..base() })?;
    write(Row { measure: "mean_done_checked", value: format!("{:.2}", checklist.mean_done_checked()), ..base() })?;
    write(Row { measure: "mean_required", value: format!("{:.2}", checklist.mean_required()), ..base() })?;
    for step in &checklist.steps {
        let base = || Row { table: "step", step: &step.id, ..base() };
        for (measure, value) in [
            ("required", step.required),
            ("todo", step.todo),
            ("done", step.done),
            ("done_confirmed", step.done_confirmed),
            ("skipped", step.skipped),
            ("blocked", step.blocked),
        ] {
            write(Row { measure, value: value.to_string(), ..base() })?;
        }
    }
    Ok(())
}
