//! The dashboard: one self-contained HTML file an IT person can open,
//! mail or print. Inline CSS (allowed by its hash in a strict Content
//! Security Policy), charts as inline SVG, no script and no address it
//! would load anything from. Every text from a report goes through maud,
//! which escapes it: a reason of `<script>` shows as text.
//!
//! Accessible as the app is (WCAG 2.1 AA): the language set, a heading
//! per section, each chart an image with a text alternative and its
//! figures in a real table, tables that scroll in their own region at
//! 320 px, and a print layout.

mod charts;
pub mod numbers;

use base64::Engine;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use sha2::{Digest, Sha256};

use super::figures::{percent, ChecklistFigures, Figures};
use super::titles::Titles;
use crate::i18n::{self, Arg};
use crate::lang::Lang;
use charts::{Bar, Line, STATE_FILLS};

const STYLE: &str = include_str!("style.css");

/// How many rows the longest tables show (the CSV has them all).
const MAX_DEPARTMENT_ROWS: usize = 200;
const MAX_BLOCKED_ROWS: usize = 100;
const MAX_CHECK_ROWS: usize = 50;
const MAX_CHART_BARS: usize = 12;
const MAX_SKIPPED_ROWS: usize = 500;
const MAX_VERSION_ROWS: usize = 30;

/// What the page says about where and when it was made.
pub(crate) struct PageFacts<'a> {
    pub made_at: &'a str,
    pub source: &'a str,
}

/// The `Content-Security-Policy`: nothing may load, the one style block may apply.
fn content_security_policy() -> String {
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(STYLE.as_bytes()));
    format!("default-src 'none'; style-src 'sha256-{hash}'; img-src 'none'; base-uri 'none'; form-action 'none'")
}

struct Page<'a> {
    figures: &'a Figures,
    titles: &'a Titles,
    lang: Lang,
}

impl Page<'_> {
    fn t(&self, id: &str) -> String {
        i18n::tr(self.lang, id, &[])
    }

    fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        i18n::tr(self.lang, id, args)
    }

    fn count(&self, n: u64) -> String {
        numbers::count(n, self.lang)
    }

    fn percent(&self, x: f64) -> String {
        numbers::percent(x, self.lang)
    }

    fn checklist_title(&self, id: &str) -> String {
        self.titles.checklist(id, self.lang).unwrap_or(id).to_owned()
    }

    /// A checklist's title with its id under it (IT searches by id).
    fn checklist_cell(&self, id: &str) -> Markup {
        html! { (self.checklist_title(id)) br; span.id { (id) } }
    }

    fn step_cell(&self, checklist: &str, step: &str) -> Markup {
        let title = self.titles.step(checklist, step, self.lang).unwrap_or(step);
        html! { (title) br; span.id { (checklist) "/" (step) } }
    }

    fn probe_cell(&self, probe: &str) -> Markup {
        let title = self.titles.probe(probe, self.lang).unwrap_or(probe);
        html! { (title) br; span.id { (probe) } }
    }

    fn department(&self, name: &Option<String>) -> String {
        name.clone().unwrap_or_else(|| self.t("fleet-department-not-given"))
    }

    /// A table in a region that scrolls sideways on a narrow screen, reachable by keyboard.
    fn scrolling(&self, label: &str, table: Markup) -> Markup {
        html! { div.scroll role="region" aria-label=(label) tabindex="0" { (table) } }
    }

    /// A chart with its caption; on a narrow screen it scrolls sideways in
    /// a region of its own, reachable by keyboard.
    fn chart(&self, title: &str, chart: Markup) -> Markup {
        html! {
            figure.chart {
                div.scroll role="region" aria-label=(title) tabindex="0" { (chart) }
                figcaption { (self.t("fleet-dashboard-chart-note")) }
            }
        }
    }

    fn render(&self, facts: &PageFacts) -> Markup {
        let f = self.figures;
        let sections = [
            ("checklists", "fleet-dashboard-checklists"),
            ("timeline", "fleet-dashboard-timeline"),
            ("departments", "fleet-dashboard-departments"),
            ("steps", "fleet-dashboard-steps"),
            ("blocked", "fleet-dashboard-blocked"),
            ("checks", "fleet-dashboard-checks"),
            ("versions", "fleet-dashboard-versions"),
            ("skipped", "fleet-dashboard-skipped"),
        ];
        html! {
            (DOCTYPE)
            html lang=(self.lang.code()) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta http-equiv="Content-Security-Policy" content=(content_security_policy());
                    meta name="referrer" content="no-referrer";
                    meta name="color-scheme" content="light";
                    title { (self.t("fleet-dashboard-title")) " – Overstap" }
                    style { (PreEscaped(STYLE)) }
                }
                body {
                    a.skip href="#main" { (self.t("fleet-dashboard-skip-link")) }
                    (charts::pattern_definitions())
                    header {
                        h1 { (self.t("fleet-dashboard-title")) }
                        p.meta { (self.ta("fleet-dashboard-made", &[
                            ("when", facts.made_at.into()),
                            ("source", facts.source.into()),
                            ("version", crate::VERSION.into()),
                        ])) }
                        nav aria-label=(self.t("fleet-dashboard-contents")) {
                            ul { @for (id, title) in sections { li { a href=(format!("#{id}")) { (self.t(title)) } } } }
                        }
                    }
                    main id="main" tabindex="-1" {
                        (self.summary())
                        @if f.laptops == 0 {
                            p { strong { (self.t("fleet-dashboard-empty")) } }
                        }
                        (self.checklists())
                        (self.timeline())
                        (self.departments())
                        (self.steps())
                        (self.blocked())
                        (self.checks())
                        (self.versions())
                        (self.skipped())
                    }
                    footer { p { (self.ta("fleet-dashboard-footer", &[
                        ("version", crate::VERSION.into()),
                        ("schema", crate::fleet::report::FLEET_SCHEMA_VERSION.into()),
                    ])) } }
                }
            }
        }
    }

    fn summary(&self) -> Markup {
        let f = self.figures;
        let period = match (&f.first_day, &f.last_day) {
            (Some(first), Some(last)) if first != last => format!("{first} – {last}"),
            (Some(day), _) => day.clone(),
            _ => self.t("fleet-no-period"),
        };
        html! {
            section aria-labelledby="summary" {
                h2 id="summary" { (self.t("fleet-dashboard-summary")) }
                dl.cards {
                    div { dt { (self.t("fleet-label-laptops")) } dd { (self.count(f.laptops)) } }
                    div {
                        dt { (self.t("fleet-label-complete")) }
                        dd { (self.count(f.complete_laptops)) small { (self.percent(percent(f.complete_laptops, f.laptops))) } }
                    }
                    div { dt { (self.t("fleet-label-departments")) } dd { (self.count(f.departments.len() as u64)) } }
                    div { dt { (self.t("fleet-label-period")) } dd { (period) } }
                    div {
                        dt { (self.t("fleet-label-reports")) }
                        dd { (self.count(f.reports)) small { (self.t("fleet-label-replaced")) ": " (self.count(f.replaced)) } }
                    }
                    div { dt { (self.t("fleet-label-skipped")) } dd { a href="#skipped" { (self.count(f.skipped_total)) } } }
                }
            }
        }
    }

    fn checklists(&self) -> Markup {
        let list = &self.figures.checklists;
        let bars: Vec<Bar> = list
            .iter()
            .map(|c| Bar {
                label: self.checklist_title(&c.id),
                value: c.percent_complete(),
                max: 100.0,
                text: self.percent(c.percent_complete()),
            })
            .collect();
        let title = self.t("fleet-chart-checklists-title");
        html! {
            section aria-labelledby="checklists" {
                h2 id="checklists" { (self.t("fleet-dashboard-checklists")) }
                p { (self.t("fleet-dashboard-checklists-intro")) }
                @if !bars.is_empty() { (self.chart(&title, charts::bars(&title, &bars))) }
                (self.scrolling(&self.t("fleet-dashboard-checklists"), self.checklist_table(list)))
            }
        }
    }

    fn checklist_table(&self, list: &[ChecklistFigures]) -> Markup {
        html! {
            table {
                thead { tr {
                    th scope="col" { (self.t("fleet-col-checklist")) }
                    th.n scope="col" { (self.t("fleet-col-laptops")) }
                    th.n scope="col" { (self.t("fleet-col-complete")) }
                    th.n scope="col" { (self.t("fleet-col-percent")) }
                    th.n scope="col" { (self.t("fleet-col-mean")) }
                    th.n scope="col" { (self.t("fleet-col-mean-checked")) }
                } }
                tbody { @for c in list { tr {
                    th scope="row" { (self.checklist_cell(&c.id)) }
                    td.n { (self.count(c.laptops)) }
                    td.n { (self.count(c.complete)) }
                    td.n { (self.percent(c.percent_complete())) }
                    td.n { (self.ta("fleet-mean-of", &[
                        ("done", numbers::decimal(c.mean_done(), self.lang).into()),
                        ("required", numbers::decimal(c.mean_required(), self.lang).into()),
                    ])) }
                    td.n { (numbers::decimal(c.mean_done_checked(), self.lang)) }
                } } }
            }
        }
    }

    fn timeline(&self) -> Markup {
        let timeline = &self.figures.timeline;
        let labels: Vec<String> = timeline.days.iter().map(|d| d.day.clone()).collect();
        let complete = Line { values: timeline.days.iter().map(|d| d.percent_complete()).collect() };
        let reporting = Line { values: timeline.days.iter().map(|d| d.reporting as f64).collect() };
        let most = timeline.days.iter().map(|d| d.reporting).max().unwrap_or(0);
        let lang = self.lang;
        let complete_title = self.t("fleet-chart-timeline-complete-title");
        let reporting_title = self.t("fleet-chart-timeline-reporting-title");
        html! {
            section aria-labelledby="timeline" {
                h2 id="timeline" { (self.t("fleet-dashboard-timeline")) }
                p { (self.t("fleet-dashboard-timeline-intro")) }
                @if !timeline.days.is_empty() {
                    h3 { (complete_title) }
                    (self.chart(&complete_title, charts::line(&complete_title, &labels, &complete, 100.0,
                        |v| numbers::percent(v, lang))))
                    h3 { (reporting_title) }
                    (self.chart(&reporting_title, charts::line(&reporting_title, &labels, &reporting,
                        nice_ceiling(most), |v| numbers::count(v.round() as u64, lang))))
                    (self.scrolling(&self.t("fleet-dashboard-timeline"), html! {
                        table {
                            thead { tr {
                                th scope="col" { (self.t("fleet-col-day")) }
                                th.n scope="col" { (self.t("fleet-col-reporting")) }
                                th.n scope="col" { (self.t("fleet-col-complete")) }
                                th.n scope="col" { (self.t("fleet-col-percent")) }
                                @for c in &timeline.checklists { th.n scope="col" { (self.checklist_title(c)) } }
                            } }
                            tbody { @for d in &timeline.days { tr {
                                th scope="row" { (d.day) }
                                td.n { (self.count(d.reporting)) }
                                td.n { (self.count(d.complete)) }
                                td.n { (self.percent(d.percent_complete())) }
                                @for c in &d.checklists { td.n { (self.percent(percent(c.complete, c.laptops))) } }
                            } } }
                        }
                    }))
                }
            }
        }
    }

    fn departments(&self) -> Markup {
        let f = self.figures;
        let mut shown: Vec<_> = f.departments.iter().collect();
        shown.sort_by_key(|d| std::cmp::Reverse(d.laptops));
        shown.truncate(MAX_DEPARTMENT_ROWS);
        shown.sort_by(|a, b| (a.name.is_none(), &a.name).cmp(&(b.name.is_none(), &b.name)));
        let columns = &f.checklists;
        html! {
            section aria-labelledby="departments" {
                h2 id="departments" { (self.t("fleet-dashboard-departments")) }
                @if shown.len() < f.departments.len() {
                    p.note { (self.ta("fleet-dashboard-departments-more", &[("shown", shown.len().into()), ("total", f.departments.len().into())])) }
                }
                (self.scrolling(&self.t("fleet-dashboard-departments"), html! {
                    table {
                        thead { tr {
                            th scope="col" { (self.t("fleet-col-department")) }
                            th.n scope="col" { (self.t("fleet-col-laptops")) }
                            th.n scope="col" { (self.t("fleet-col-complete")) }
                            th.n scope="col" { (self.t("fleet-col-percent")) }
                            td {}
                            @for c in columns { th.n scope="col" { (self.checklist_title(&c.id)) } }
                        } }
                        tbody { @for d in &shown { tr {
                            th scope="row" { (self.department(&d.name)) }
                            td.n { (self.count(d.laptops)) }
                            td.n { (self.count(d.complete)) }
                            td.n { (self.percent(d.percent_complete())) }
                            td.bar { (charts::share(d.percent_complete() / 100.0)) }
                            @for c in columns {
                                @let own = d.checklists.iter().find(|o| o.id == c.id);
                                td.n { (own.map_or_else(|| "–".to_owned(), |o| self.percent(o.percent_complete()))) }
                            }
                        } } }
                    }
                }))
            }
        }
    }

    fn steps(&self) -> Markup {
        let states =
            [(1, "fleet-state-done"), (2, "fleet-state-skipped"), (3, "fleet-state-blocked"), (0, "fleet-state-todo")];
        html! {
            section aria-labelledby="steps" {
                h2 id="steps" { (self.t("fleet-dashboard-steps")) }
                p { (self.t("fleet-dashboard-steps-intro")) }
                ul.legend aria-hidden="true" {
                    @for (state, id) in states { li { (charts::swatch(STATE_FILLS[state])) (self.t(id)) } }
                }
                @for c in &self.figures.checklists {
                    h3 { (self.checklist_title(&c.id)) }
                    (self.scrolling(&self.checklist_title(&c.id), html! {
                        table {
                            thead { tr {
                                th scope="col" { (self.t("fleet-col-step")) }
                                th.n scope="col" { (self.t("fleet-col-required")) }
                                th.n scope="col" { (self.t("fleet-state-done")) }
                                th.n scope="col" { (self.t("fleet-col-done-confirmed")) }
                                @for (_, id) in &states[1..] { th.n scope="col" { (self.t(id)) } }
                                td {}
                            } }
                            tbody { @for s in &c.steps { tr {
                                th scope="row" {
                                    (self.step_cell(&c.id, &s.id))
                                    @if s.required == 0 { " (" (self.t("fleet-step-optional")) ")" }
                                }
                                td.n { (self.count(s.required)) }
                                @for count in [s.done, s.done_confirmed, s.skipped, s.blocked, s.todo] { td.n { (self.count(count)) } }
                                td.bar { (charts::states([s.todo, s.done, s.skipped, s.blocked])) }
                            } } }
                        }
                    }))
                }
            }
        }
    }

    fn blocked(&self) -> Markup {
        let all = &self.figures.blocked;
        let shown = &all[..all.len().min(MAX_BLOCKED_ROWS)];
        html! {
            section aria-labelledby="blocked" {
                h2 id="blocked" { (self.t("fleet-dashboard-blocked")) }
                p { (self.t("fleet-dashboard-blocked-intro")) }
                @if all.is_empty() {
                    p { (self.t("fleet-dashboard-blocked-none")) }
                } @else {
                    @if shown.len() < all.len() {
                        p.note { (self.ta("fleet-dashboard-blocked-more", &[("shown", shown.len().into()), ("total", all.len().into())])) }
                    }
                    (self.scrolling(&self.t("fleet-dashboard-blocked"), html! {
                        table {
                            thead { tr {
                                th scope="col" { (self.t("fleet-col-reason")) }
                                th scope="col" { (self.t("fleet-col-where")) }
                                th.n scope="col" { (self.t("fleet-col-laptops")) }
                                th scope="col" { (self.t("fleet-col-department")) }
                            } }
                            tbody { @for b in shown { tr {
                                td.reason {
                                    @match &b.reason {
                                        Some(reason) => (reason),
                                        None => em { (self.t("fleet-reason-not-given")) },
                                    }
                                }
                                td { (self.step_cell(&b.checklist, &b.step)) }
                                td.n { (self.count(b.laptops)) }
                                td {
                                    @for (i, d) in b.departments.iter().enumerate() {
                                        @if i > 0 { ", " }
                                        (self.department(&d.name)) " (" (self.count(d.laptops)) ")"
                                    }
                                }
                            } } }
                        }
                    }))
                }
            }
        }
    }

    fn checks(&self) -> Markup {
        let all = &self.figures.checks;
        let shown = &all[..all.len().min(MAX_CHECK_ROWS)];
        let bars: Vec<Bar> = all
            .iter()
            .filter(|c| c.fail > 0)
            .take(MAX_CHART_BARS)
            .map(|c| {
                let checked = c.pass + c.warn + c.fail + c.skipped;
                Bar {
                    label: self.titles.probe(&c.probe, self.lang).unwrap_or(&c.probe).to_owned(),
                    value: c.fail as f64,
                    max: checked as f64,
                    text: format!("{} ({})", self.count(c.fail), self.percent(percent(c.fail, checked))),
                }
            })
            .collect();
        html! {
            section aria-labelledby="checks" {
                h2 id="checks" { (self.t("fleet-dashboard-checks")) }
                @if all.is_empty() {
                    p { (self.t("fleet-dashboard-checks-none")) }
                } @else {
                    p { (self.t("fleet-dashboard-checks-intro")) }
                    @if !bars.is_empty() { (self.chart(&self.t("fleet-chart-checks-title"), charts::bars(&self.t("fleet-chart-checks-title"), &bars))) }
                    (self.scrolling(&self.t("fleet-dashboard-checks"), html! {
                        table {
                            thead { tr {
                                th scope="col" { (self.t("fleet-col-check")) }
                                th.n scope="col" { (self.t("fleet-col-fail")) }
                                th.n scope="col" { (self.t("fleet-col-warn")) }
                                th.n scope="col" { (self.t("fleet-col-pass")) }
                                th.n scope="col" { (self.t("fleet-col-not-checked")) }
                                th scope="col" { (self.t("fleet-col-causes")) }
                            } }
                            tbody { @for c in shown { tr {
                                th scope="row" { (self.probe_cell(&c.probe)) }
                                td.n { (self.count(c.fail)) }
                                td.n { (self.count(c.warn)) }
                                td.n { (self.count(c.pass)) }
                                td.n { (self.count(c.skipped)) }
                                td {
                                    @for (i, failure) in c.failures.iter().take(3).enumerate() {
                                        @if i > 0 { ", " }
                                        span.id { (failure.name) } " (" (self.count(failure.count)) ")"
                                    }
                                }
                            } } }
                        }
                    }))
                }
            }
        }
    }

    fn versions(&self) -> Markup {
        let f = self.figures;
        let table = |column: &str, counts: &[super::figures::NamedCount]| {
            html! {
                table {
                    thead { tr { th scope="col" { (self.t(column)) } th.n scope="col" { (self.t("fleet-col-laptops")) } } }
                    tbody { @for c in counts.iter().take(MAX_VERSION_ROWS) { tr { th scope="row" { (c.name) } td.n { (self.count(c.count)) } } } }
                }
            }
        };
        html! {
            section aria-labelledby="versions" {
                h2 id="versions" { (self.t("fleet-dashboard-versions")) }
                (self.scrolling(&self.t("fleet-col-version"), table("fleet-col-version", &f.versions)))
                (self.scrolling(&self.t("fleet-col-os"), table("fleet-col-os", &f.systems)))
            }
        }
    }

    fn skipped(&self) -> Markup {
        let f = self.figures;
        let shown = &f.skipped[..f.skipped.len().min(MAX_SKIPPED_ROWS)];
        html! {
            section aria-labelledby="skipped" {
                h2 id="skipped" { (self.t("fleet-dashboard-skipped")) }
                @if f.skipped_total == 0 {
                    p { (self.t("fleet-dashboard-skipped-none")) }
                } @else {
                    p { (self.t("fleet-dashboard-skipped-intro")) }
                    @if (shown.len() as u64) < f.skipped_total {
                        p.note { (self.ta("fleet-dashboard-skipped-more", &[("shown", shown.len().into()), ("total", Arg::Number(i64::try_from(f.skipped_total).unwrap_or(i64::MAX)))])) }
                    }
                    (self.scrolling(&self.t("fleet-dashboard-skipped"), html! {
                        table {
                            thead { tr {
                                th scope="col" { (self.t("fleet-col-file")) }
                                th scope="col" { (self.t("fleet-col-reason")) }
                                th scope="col" { (self.t("fleet-col-code")) }
                            } }
                            tbody { @for s in shown { tr {
                                td.reason { span.id { (s.file) } }
                                td.reason { (s.reason.message(self.lang)) }
                                td { span.id { (s.reason.code()) } }
                            } } }
                        }
                    }))
                }
            }
        }
    }
}

/// A round number at or above `n` for a chart's axis, so that its four
/// gridlines fall on round numbers too.
fn nice_ceiling(n: u64) -> f64 {
    let n = n.max(4) as f64;
    let magnitude = 10f64.powf(n.log10().floor());
    let step = [1.0, 2.0, 4.0, 8.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= n).unwrap_or(n);
    step.max(4.0)
}

/// The dashboard of `figures` in `lang`.
pub(crate) fn render(figures: &Figures, titles: &Titles, lang: Lang, facts: &PageFacts) -> String {
    Page { figures, titles, lang }.render(facts).into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_exactly_the_page_style() {
        let policy = content_security_policy();
        assert!(policy.starts_with("default-src 'none'; style-src 'sha256-"), "{policy}");
        assert!(!policy.contains("unsafe"), "{policy}");
    }

    #[test]
    fn axis_maxima_are_round() {
        assert_eq!(nice_ceiling(0), 4.0);
        assert_eq!(nice_ceiling(7), 8.0);
        assert_eq!(nice_ceiling(30_000), 40_000.0);
        assert_eq!(nice_ceiling(1_234), 2_000.0);
    }
}
