// The person's report: for whom and when (organisation, their work
// address if they gave one, today's date), progress per checklist, every
// blocked step with its reason; export as JSON or CSV to a file they
// choose, or print (styles.css leaves out the buttons and what only makes
// sense on screen); and what the organisation receives from this
// computer, when its preset turns progress reports on.
import { checklist, exportReport, fleetStatus, listChecklists, settings } from "../api";
import { errorBox, type App, type Screen } from "../app";
import type { ChecklistDetail } from "../bindings/ChecklistDetail";
import type { ReportFormat } from "../bindings/ReportFormat";
import { announce } from "../announce";
import { h } from "../dom";
import { lang, t } from "../i18n";
import { dataTable } from "../table";
import { fleetSection } from "./fleet";

/** Who and when, at the top of the page and of the printout. */
function heading(app: App, email: string | null | undefined): HTMLElement {
  const today = new Date();
  const row = (label: string, value: HTMLElement | string) => h("div", {}, h("dt", {}, label), h("dd", {}, value));
  return h(
    "dl",
    { class: "report-meta" },
    app.info.organisation?.name ? row(t("ui-report-organisation"), app.info.organisation.name) : null,
    // Overstap keeps no name, only the work address the person gave: that, or nothing.
    email ? row(t("ui-report-person"), email) : null,
    row(t("ui-report-date"), h("time", { datetime: today.toISOString().slice(0, 10) }, today.toLocaleDateString(lang(), { dateStyle: "long" }))),
  );
}

/** Every blocked step with its reason, per checklist. */
function blockedSection(details: ChecklistDetail[]): HTMLElement {
  const withBlocked = details.map((d) => ({ d, steps: d.steps.filter((s) => s.state === "blocked") })).filter((x) => x.steps.length > 0);
  return h(
    "section",
    { class: "report-blocked", "aria-labelledby": "report-blocked-title" },
    h("h2", { class: "nl-heading nl-heading--level-2", id: "report-blocked-title" }, t("ui-report-blocked-title")),
    withBlocked.length === 0
      ? h("p", { class: "nl-paragraph" }, t("ui-report-blocked-none"))
      : h(
          "div",
          {},
          ...withBlocked.map(({ d, steps }) =>
            h(
              "section",
              { class: "report-checklist", "data-checklist": d.id, "aria-labelledby": `report-blocked-${d.id}` },
              h("h3", { class: "nl-heading nl-heading--level-3", id: `report-blocked-${d.id}` }, d.title),
              h(
                "ul",
                {},
                ...steps.map((s) => h("li", { "data-step": s.id }, h("strong", {}, s.title), s.reason ? ` — ${t("ui-step-blocked-because", { reason: s.reason })}` : "")),
              ),
            ),
          ),
        ),
  );
}

export async function reportScreen(app: App): Promise<Screen> {
  const [checklists, fleet, mine] = await Promise.all([listChecklists(), fleetStatus(), settings()]);
  const details = await Promise.all(checklists.map((c) => checklist(c.id)));
  const email = mine.settings.find((s) => s.key === "email" && s.source === "person")?.value;
  const feedback = h("div", { class: "report-feedback" });
  const save = (format: ReportFormat) => async () => {
    feedback.replaceChildren();
    try {
      const path = await exportReport(format);
      if (path) {
        feedback.replaceChildren(h("p", { class: "nl-paragraph" }, t("ui-report-saved", { path })));
        announce(t("ui-report-saved", { path }));
      }
    } catch (e) {
      feedback.replaceChildren(errorBox(e));
    }
  };
  const rows = checklists.map((c) => {
    const p = c.progress;
    return [c.title, `${p.percent}%`, String(p.done), String(p.done_checked), String(p.done_confirmed), String(p.skipped), String(p.blocked), String(p.todo)];
  });
  // "Progress" for the percentage: "Done" is the column of steps done, and
  // the two after it say who proved them.
  const head = [
    "ui-report-col-checklist",
    "ui-report-col-progress",
    "ui-state-done",
    "ui-report-col-checked",
    "ui-report-col-confirmed",
    "ui-state-skipped",
    "ui-state-blocked",
    "ui-state-todo",
  ];
  const content = h(
    "div",
    { class: "report" },
    heading(app, email),
    h("p", { class: "nl-paragraph intro" }, t("ui-report-intro")),
    dataTable(t("ui-report-caption"), head.map((id) => t(id)), rows, true),
    blockedSection(details),
    h(
      "div",
      { class: "button-row no-print" },
      h("button", { class: "nl-button nl-button--primary", type: "button", onclick: save("json") }, t("ui-report-save-json")),
      h("button", { class: "nl-button nl-button--secondary", type: "button", onclick: save("csv") }, t("ui-report-save-csv")),
      h("button", { class: "nl-button nl-button--secondary", type: "button", onclick: () => window.print() }, t("ui-report-print")),
    ),
    feedback,
    fleetSection(app, fleet),
  );
  return { title: t("ui-report-title"), content };
}
