// One checklist: its steps with instructions and links, "check now" with
// each service's results appearing as they arrive, done / skip / blocked
// with a reason, sign-ins, actions, and each step's history.
import { checklist as loadChecklist, latestCheckResults, runCheck, signIns } from "../api";
import { errorBox, type App, type Route, type Screen } from "../app";
import type { ChecklistDetail } from "../bindings/ChecklistDetail";
import type { CheckResultView } from "../bindings/CheckResultView";
import type { Service } from "../bindings/Service";
import type { SignInRecord } from "../bindings/SignInRecord";
import type { StepView } from "../bindings/StepView";
import { announce } from "../announce";
import { focus, h, paragraphs } from "../dom";
import { t } from "../i18n";
import { progressLine, resultView } from "./results";
import { stepControls } from "./step-controls";
import { waitingHint } from "./waiting";

const SERVICES: Service[] = ["matrix", "mastodon", "nextcloud", "libreoffice"];

/** The service a probe belongs to (`matrix.discovery` → matrix). */
export function serviceOf(probe: string): Service | null {
  const prefix = probe.split(".")[0] as Service;
  return SERVICES.includes(prefix) ? prefix : null;
}

/** What a step view needs besides the step. */
export interface StepContext {
  checklistId: string;
  results: Map<string, CheckResultView>;
  signIns: SignInRecord[];
  /** Reloads the checklist and draws it again, focus on `focusId` when given. */
  refresh: (focusId?: string) => Promise<void>;
  /** Runs `service`'s checks; `sendTestMessage` only when the person asked for it. */
  check: (service: Service, trigger: HTMLElement, sendTestMessage?: boolean) => Promise<void>;
}

function stateBadge(step: StepView): HTMLElement {
  const label = t(`ui-state-${step.state}`);
  return h("span", { class: `nl-data-badge state state-${step.state}` }, label);
}

/** Who proved a done step: Overstap's check (with what it saw), the person, or both. */
function proofLine(step: StepView): HTMLElement | null {
  if (step.state !== "done" || !step.proof) return null;
  const what = step.checked?.summary ?? "";
  // A check proof without its result to show says less, never more.
  const proof = (step.proof === "checked" || step.proof === "checked-and-confirmed") && !step.checked ? "done-by-overstap" : step.proof;
  return h("p", { class: `nl-paragraph proof proof-${proof}` }, t(`ui-proof-${proof}`, { what }));
}

function stepView(step: StepView, ctx: StepContext): HTMLElement {
  const ref = `${ctx.checklistId}/${step.id}`;
  const headingId = `step-${step.id}`;
  const latest = step.probe ? ctx.results.get(step.probe.id) : undefined;
  return h(
    "li",
    { class: `step step-${step.state}`, "data-step": step.id, "aria-labelledby": headingId },
    h(
      "div",
      { class: "step-head" },
      h("h2", { class: "nl-heading nl-heading--level-3", id: headingId, tabindex: -1 }, step.title),
      stateBadge(step),
      step.required ? null : h("span", { class: "nl-data-badge optional" }, t("ui-step-optional")),
    ),
    proofLine(step),
    step.state === "blocked" && step.reason ? h("p", { class: "nl-paragraph blocked-reason" }, t("ui-step-blocked-because", { reason: step.reason })) : null,
    h("div", { class: "step-body" }, ...bodyWithLinks(step)),
    step.ready ? null : waitingHint(step),
    h("div", { class: "check-results", "data-probe": step.probe?.id ?? "" }, latest ? resultView(latest) : null),
    stepControls(step, ref, ctx),
  );
}

function bodyWithLinks(step: StepView): HTMLElement[] {
  const parts: HTMLElement[] = paragraphs(step.body);
  if (step.links.length > 0) {
    parts.push(
      h(
        "ul",
        { class: "step-links" },
        ...step.links.map((l) => h("li", {}, h("a", { class: "nl-link external", href: l.url, "data-external": "true" }, l.label))),
      ),
    );
  }
  return parts;
}

export async function checklistScreen(app: App, route: Route): Promise<Screen> {
  if (route.screen !== "checklist") throw new Error("wrong route");
  const [detail, latest, accounts] = await Promise.all([loadChecklist(route.id), latestCheckResults(), signIns()]);
  const results = new Map(latest.map((r) => [r.probe, r]));
  const container = h("div", { class: "checklist-screen" });
  const ctx: StepContext = {
    checklistId: detail.id,
    results,
    signIns: accounts,
    refresh: async (focusId?: string) => {
      const [fresh, signedIn] = await Promise.all([loadChecklist(detail.id), signIns()]);
      ctx.signIns = signedIn;
      draw(fresh);
      if (focusId) focus(document.getElementById(focusId));
    },
    check: async (service, trigger, sendTestMessage = false) => {
      // One run at a time per button: a second click while it runs does nothing.
      if (trigger.getAttribute("aria-disabled") === "true") return;
      trigger.setAttribute("aria-disabled", "true");
      trigger.classList.add("busy");
      announce(t("ui-check-running", { service: t(`ui-service-${service}`) }));
      try {
        const report = await runCheck([service], (arrived) => {
          for (const r of arrived) {
            results.set(r.probe, r);
            const slot = container.querySelector<HTMLElement>(`.check-results[data-probe="${r.probe}"]`);
            slot?.replaceChildren(resultView(r));
          }
          announce(progressLine(arrived));
        }, sendTestMessage);
        announce(report.summary);
        await ctx.refresh(trigger.id || undefined);
      } catch (e) {
        trigger.after(errorBox(e));
      } finally {
        trigger.removeAttribute("aria-disabled");
        trigger.classList.remove("busy");
      }
    },
  };
  const draw = (d: ChecklistDetail) => {
    const services = [...new Set(d.steps.map((s) => (s.probe ? serviceOf(s.probe.id) : null)).filter((s): s is Service => s !== null))];
    const checkAll = services.map((service) =>
      h(
        "button",
        {
          class: "nl-button nl-button--secondary",
          type: "button",
          id: `check-all-${service}`,
          onclick: (e: Event) => void ctx.check(service, e.currentTarget as HTMLElement),
        },
        t("ui-check-all", { service: t(`ui-service-${service}`) }),
      ),
    );
    const p = d.progress;
    const bar = h("progress", { class: "checklist-progress", max: 100, value: p.percent, "aria-label": t("ui-progress-label") });
    bar.setAttribute("aria-valuetext", t("ui-progress-value", { percent: p.percent, done: p.done, total: p.total }));
    const proof = p.done > 0 ? [h("p", { class: "nl-paragraph checklist-proof" }, t("ui-progress-proof", { checked: p.done_checked, confirmed: p.done_confirmed }))] : [];
    container.replaceChildren(
      h("p", { class: "nl-paragraph intro" }, d.description),
      bar,
      h("p", { class: "nl-paragraph checklist-counts" }, t("ui-progress-counts", { done: p.done, total: p.total, blocked: p.blocked, skipped: p.skipped })),
      ...proof,
      h("div", { class: "button-row" }, ...checkAll),
      h("ol", { class: "steps" }, ...d.steps.map((s) => stepView(s, ctx))),
      h("button", { class: "nl-button nl-button--subtle back", type: "button", onclick: () => void app.go({ screen: "overview" }) }, t("ui-back-to-overview")),
    );
  };
  draw(detail);
  const target = route.step ? container.querySelector<HTMLElement>(`#step-${CSS.escape(route.step)}`) : null;
  return { title: detail.title, content: container, focus: target };
}
