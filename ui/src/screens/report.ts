// The person's report: progress per checklist on screen, export as JSON or
// CSV to a file they choose, or print; and what the organisation receives
// from this computer, when its preset turns progress reports on.
import { exportReport, fleetStatus, listChecklists } from "../api";
import { errorBox, type App, type Screen } from "../app";
import type { ReportFormat } from "../bindings/ReportFormat";
import { announce } from "../announce";
import { h } from "../dom";
import { t } from "../i18n";
import { dataTable } from "../table";
import { fleetSection } from "./fleet";

export async function reportScreen(app: App): Promise<Screen> {
  const [checklists, fleet] = await Promise.all([listChecklists(), fleetStatus()]);
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
    return [c.title, `${p.percent}%`, String(p.done), String(p.skipped), String(p.blocked), String(p.todo)];
  });
  const head = ["ui-report-col-checklist", "ui-report-col-percent", "ui-state-done", "ui-state-skipped", "ui-state-blocked", "ui-state-todo"];
  const content = h(
    "div",
    { class: "report" },
    h("p", { class: "nl-paragraph intro" }, t("ui-report-intro")),
    dataTable(t("ui-report-caption"), head.map((id) => t(id)), rows, true),
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
