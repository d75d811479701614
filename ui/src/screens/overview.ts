// The overview: every checklist with its progress and the single next step.
import { finishFirstRun, fleetStatus, listChecklists, uiReady } from "../api";
import type { App, Screen } from "../app";
import type { ChecklistSummary } from "../bindings/ChecklistSummary";
import { h } from "../dom";
import { t } from "../i18n";
import { fleetNotice } from "./fleet";

function card(app: App, c: ChecklistSummary): HTMLElement {
  const headingId = `checklist-${c.id}`;
  const p = c.progress;
  const bar = h("progress", { class: "checklist-progress", max: 100, value: p.percent, "aria-labelledby": headingId });
  bar.setAttribute("aria-valuetext", t("ui-progress-value", { percent: p.percent, done: p.done, total: p.total }));
  const open = (step?: string) => () => void app.go({ screen: "checklist", id: c.id, step });
  const next = p.next_step
    ? h(
        "p",
        { class: "nl-paragraph checklist-next" },
        h("span", { class: "next-label" }, `${t("ui-next-step")}: `),
        h("button", { class: "link-button", type: "button", onclick: open(p.next_step.id) }, p.next_step.title),
      )
    : h("p", { class: "nl-paragraph checklist-next" }, p.complete ? t("ui-checklist-complete") : t("ui-checklist-waiting"));
  return h(
    "li",
    { class: "checklist", "data-checklist": c.id },
    h(
      "h2",
      { class: "nl-heading nl-heading--level-2", id: headingId },
      h("button", { class: "link-button heading-button", type: "button", onclick: open() }, c.title),
    ),
    h("p", { class: "nl-paragraph checklist-description" }, c.description),
    bar,
    h("p", { class: "nl-paragraph checklist-counts" }, t("ui-progress-counts", { done: p.done, total: p.total, blocked: p.blocked, skipped: p.skipped })),
    next,
  );
}

/** First start with a system preset: no questions, a welcome in the organisation's name. */
function welcome(app: App): HTMLElement | null {
  if (!app.info.managed || app.info.first_run_done) return null;
  const org = app.info.organisation;
  const box = h("section", { class: "welcome utrecht-alert utrecht-alert--info", "aria-labelledby": "welcome-title" });
  const ok = h("button", { class: "nl-button nl-button--primary", type: "button", id: "welcome-ok" }, t("ui-welcome-ok"));
  ok.addEventListener("click", async () => {
    await finishFirstRun();
    await app.reload();
    await app.go({ screen: "overview" });
  });
  box.append(
    h("h2", { class: "nl-heading nl-heading--level-2", id: "welcome-title" }, t("ui-welcome-title", { organisation: org?.name ?? "" })),
    h("p", { class: "nl-paragraph" }, t("ui-welcome-text", { organisation: org?.name ?? "" })),
  );
  if (org?.support_email) box.append(h("p", { class: "nl-paragraph" }, t("ui-welcome-help", { contact: org.support_email })));
  box.append(ok);
  return box;
}

export async function overview(app: App): Promise<Screen> {
  const [checklists, fleet] = await Promise.all([listChecklists(), fleetStatus()]);
  const greeting = app.info.organisation?.name
    ? h("p", { class: "nl-paragraph intro" }, t("ui-overview-intro-org", { organisation: app.info.organisation.name }))
    : h("p", { class: "nl-paragraph intro" }, t("ui-overview-intro"));
  const list = h("ul", { class: "checklists", id: "checklists" }, ...checklists.map((c) => card(app, c)));
  // After this paint: the start-up benchmark measures to here.
  requestAnimationFrame(() => void uiReady(checklists.length));
  return { title: t("ui-overview-title"), content: h("div", {}, welcome(app), fleetNotice(app, fleet), greeting, list) };
}
