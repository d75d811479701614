// What a step that is not ready yet waits for, by name: the titles of the
// steps it depends on that are not done or skipped, from the checklist
// just drawn; a step in another checklist also names that checklist
// (loaded when it was not drawn yet). Until the names are known, the count.
import { checklist, lastChecklist } from "../api";
import type { ChecklistDetail } from "../bindings/ChecklistDetail";
import type { StepView } from "../bindings/StepView";
import { h } from "../dom";
import { lang, t } from "../i18n";

const FINISHED = new Set(["done", "skipped"]);

/** `“Title”`, or `“Title” (Checklist)` for a step of another checklist; `null` when it is finished or unknown. */
function pendingName(ref: string, own: string, details: Map<string, ChecklistDetail>): string | null {
  const [checklistId, stepId] = ref.split("/");
  const detail = details.get(checklistId);
  const step = detail?.steps.find((s) => s.id === stepId);
  if (!detail || !step || FINISHED.has(step.state)) return null;
  return checklistId === own ? `“${step.title}”` : `“${step.title}” (${detail.title})`;
}

function sentence(step: StepView, own: string, details: Map<string, ChecklistDetail>): string {
  const names = step.depends_on.map((ref) => pendingName(ref, own, details)).filter((n): n is string => n !== null);
  if (names.length === 0) return t("ui-step-waiting", { count: step.depends_on.length });
  const list = new Intl.ListFormat(lang(), { type: "conjunction" }).format(names);
  return t("ui-step-waiting-for", { count: names.length, steps: list });
}

/** The hint under a step that waits; `own` is the checklist it is in. */
export function waitingHint(step: StepView): HTMLElement {
  const own = step.depends_on.length > 0 ? ownChecklist(step) : "";
  const ids = [...new Set(step.depends_on.map((ref) => ref.split("/")[0]))];
  const known = new Map(ids.map((id) => [id, lastChecklist(id)]).filter((e): e is [string, ChecklistDetail] => !!e[1]));
  const hint = h("p", { class: "nl-paragraph waiting" }, sentence(step, own, known));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    // Another checklist not drawn yet: its titles once loaded; the count until then.
    void Promise.all(missing.map((id) => checklist(id).then((d) => known.set(id, d))))
      .then(() => {
        hint.textContent = sentence(step, own, known);
      })
      .catch(() => {});
  }
  return hint;
}

/** The checklist `step` belongs to: the one drawn last that holds it. */
function ownChecklist(step: StepView): string {
  for (const ref of step.depends_on) {
    const id = ref.split("/")[0];
    if (lastChecklist(id)?.steps.some((s) => s.id === step.id && s.title === step.title)) return id;
  }
  return "";
}
