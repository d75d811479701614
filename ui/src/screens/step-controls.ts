// What a person can do with a step: mark it (done, skip, blocked with a
// reason, back to to-do), check it, let Overstap do it, sign in, and read
// its history.
import { runAction, setStep, stepHistory } from "../api";
import { errorBox } from "../app";
import type { StepAction } from "../bindings/StepAction";
import type { StepView } from "../bindings/StepView";
import { announce } from "../announce";
import { focus, h } from "../dom";
import { t } from "../i18n";
import type { StepContext } from "./checklist";
import { serviceOf } from "./checklist";
import { resultView } from "./results";
import { signInControls } from "./sign-in";
import { stuckHelp } from "./stuck-help";

function button(label: string, onclick: (e: Event) => void, kind = "secondary", id?: string): HTMLButtonElement {
  return h("button", { class: `nl-button nl-button--${kind}`, type: "button", onclick, id }, label);
}

export function stepControls(step: StepView, ref: string, ctx: StepContext): HTMLElement {
  const row = h("div", { class: "button-row" });
  // Its own block above the buttons: it grows while a sign-in waits.
  let signIn: HTMLElement | null = null;
  const feedback = h("div", { class: "step-feedback" });
  const mark = async (action: StepAction, focusNext: boolean) => {
    feedback.replaceChildren();
    try {
      await setStep(ref, action);
      announce(t(`ui-marked-${action.action}`, { step: step.title }));
      // Done or skipped: on to the next step; otherwise stay on this one.
      const next = focusNext ? nextStepHeading(step.id) : `step-${step.id}`;
      await ctx.refresh(next);
    } catch (e) {
      feedback.replaceChildren(errorBox(e));
      focus(feedback);
    }
  };

  if (step.kind === "probe" && step.probe) {
    const service = serviceOf(step.probe.id);
    if (service) {
      row.append(button(t("ui-check-now"), (e) => void ctx.check(service, e.currentTarget as HTMLElement), "primary", `check-${step.id}`));
    }
  }
  if (step.kind === "action" && step.action) {
    const id = step.action.id;
    if (id.endsWith(".login")) {
      signIn = signInControls(id.split(".")[0], ctx, step);
    } else {
      const run = (undo: boolean) => async () => {
        feedback.replaceChildren();
        try {
          const outcome = await runAction(id, undo);
          announce(t(undo ? "ui-action-undone" : "ui-action-done", { file: outcome.changed }));
          await ctx.refresh(`step-${step.id}`);
        } catch (e) {
          feedback.replaceChildren(errorBox(e));
          focus(feedback);
        }
      };
      row.append(button(t("ui-action-do"), () => void run(false)(), "primary"));
      if (step.state === "done") row.append(button(t("ui-action-undo"), () => void run(true)()));
    }
  }
  if (step.kind === "manual" && step.state !== "done") {
    row.append(button(t("ui-mark-done"), () => void mark({ action: "done" }, true), "primary", `done-${step.id}`));
  }
  // The Matrix test message: only when the person asks for it, saying first what it does.
  let testMessage: HTMLElement | null = null;
  if (step.probe?.id === "matrix.first-message") {
    const latest = ctx.results.get("matrix.message-roundtrip");
    testMessage = h(
      "div",
      { class: "test-message" },
      h("p", { class: "nl-paragraph", id: `test-message-hint-${step.id}` }, t("ui-test-message-hint")),
      h(
        "button",
        {
          class: "nl-button nl-button--secondary",
          type: "button",
          id: `test-message-${step.id}`,
          "aria-describedby": `test-message-hint-${step.id}`,
          onclick: (e: Event) => void ctx.check("matrix", e.currentTarget as HTMLElement, true),
        },
        t("ui-test-message"),
      ),
      h("div", { class: "check-results", "data-probe": "matrix.message-roundtrip" }, latest ? resultView(latest) : null),
    );
  }
  // A check step the person finishes: what only they can confirm after a
  // passing check, or a warning they judge for themselves (proof.rs).
  let confirmBox: HTMLElement | null = null;
  if (step.kind === "probe" && step.state !== "done") {
    const latest = step.probe ? ctx.results.get(step.probe.id) : undefined;
    if (step.confirm && step.checked && step.confirm_text) {
      confirmBox = h(
        "div",
        { class: "confirm-box" },
        h("p", { class: "nl-paragraph" }, t("ui-confirm-waiting", { what: step.checked.summary })),
        h("p", { class: "nl-paragraph confirm-text" }, step.confirm_text),
        button(t("ui-confirm-button"), () => void mark({ action: "done" }, true), "primary", `confirm-${step.id}`),
      );
    } else if (latest?.status === "warn") {
      confirmBox = h(
        "div",
        { class: "confirm-box" },
        h("p", { class: "nl-paragraph" }, t("ui-warn-confirm")),
        button(t("ui-mark-done-anyway"), () => void mark({ action: "done" }, true), "secondary", `done-anyway-${step.id}`),
      );
    }
  }
  if (step.state === "todo" && !step.required) {
    row.append(button(t("ui-mark-skip"), () => void mark({ action: "skip" }, true)));
  }
  if (step.state !== "blocked") {
    row.append(button(t("ui-mark-blocked"), () => blockForm(step, ref, feedback, mark), "secondary", `block-${step.id}`));
  }
  // Back to to-do: any marked manual step; a checked or done-for-you step
  // only from skipped or blocked (its "done" follows the check or action).
  if (step.state !== "todo" && (step.kind === "manual" || step.state !== "done")) {
    row.append(button(t("ui-mark-todo"), () => void mark({ action: "reset" }, false)));
  }
  return h("div", { class: "step-controls" }, signIn, confirmBox, row, testMessage, feedback, historyView(ref));
}

/**
 * The reason form for "I'm stuck", asked kindly. Once the step is blocked,
 * the help panel (stuck-help.ts) takes its place: who can help, a mail to
 * the service desk, and whether IT sees the reason. Escape closes the form.
 */
function blockForm(step: StepView, ref: string, feedback: HTMLElement, mark: (a: StepAction, next: boolean) => Promise<void>): void {
  const id = `reason-${step.id}`;
  const textarea = h("textarea", { class: "utrecht-textarea", id, rows: 3, maxlength: 500, "aria-describedby": `${id}-hint` });
  const close = () => {
    feedback.replaceChildren();
    focus(document.getElementById(`step-${step.id}`));
  };
  const form = h(
    "form",
    { class: "block-form" },
    h("label", { class: "utrecht-form-label", for: id }, t("ui-block-reason")),
    h("p", { class: "utrecht-form-field-description", id: `${id}-hint` }, t("ui-block-reason-hint-help")),
    textarea,
    h(
      "div",
      { class: "button-row" },
      h("button", { class: "nl-button nl-button--primary", type: "submit" }, t("ui-block-save")),
      button(t("ui-cancel"), close),
    ),
  );
  form.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    close();
  });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const reason = textarea.value.trim();
    await mark({ action: "block", reason: textarea.value }, false);
    // `mark` drew the checklist again from the core: only a step that is
    // blocked now gets the help panel (a refusal stays in the form's place).
    const li = document.querySelector<HTMLElement>(`li.step[data-step="${CSS.escape(step.id)}"]`);
    if (!li?.classList.contains("step-blocked")) return;
    const slot = li.querySelector<HTMLElement>(".step-feedback");
    if (!slot) return;
    try {
      const panel = await stuckHelp(step, ref, reason);
      slot.replaceChildren(panel);
      focus(panel.querySelector("h3"));
    } catch (err) {
      slot.replaceChildren(errorBox(err));
    }
  });
  feedback.replaceChildren(form);
  focus(textarea);
}

function nextStepHeading(current: string): string | undefined {
  const steps = [...document.querySelectorAll<HTMLElement>("li.step")];
  const i = steps.findIndex((s) => s.dataset.step === current);
  const next = steps.slice(i + 1).find((s) => !s.classList.contains("step-done") && !s.classList.contains("step-skipped"));
  return next ? `step-${next.dataset.step}` : `step-${current}`;
}

function historyView(ref: string): HTMLElement {
  const list = h("ol", { class: "history" });
  const details = h("details", { class: "history-details" }, h("summary", {}, t("ui-history")), list);
  details.addEventListener("toggle", async () => {
    if (!details.open) return;
    try {
      const entries = await stepHistory(ref);
      list.replaceChildren(
        ...(entries.length === 0
          ? [h("li", {}, t("ui-history-empty"))]
          : entries
              .slice()
              .reverse()
              .map((e) =>
                h(
                  "li",
                  {},
                  h("time", { datetime: e.at }, new Date(e.at).toLocaleString(document.documentElement.lang)),
                  " — ",
                  t(`ui-state-${e.state}`),
                  ` (${t(`ui-source-${e.source}`)})`,
                  e.reason ? ` — ${e.reason}` : "",
                  e.note ? ` — ${e.note}` : "",
                  e.proof ? ` — ${t(`ui-proof-label-${e.proof}`)}` : "",
                  e.probe_result !== null ? ` — ${t("ui-history-check", { seq: e.probe_result })}` : "",
                ),
              )),
      );
    } catch (err) {
      list.replaceChildren(h("li", {}, errorBox(err)));
    }
  });
  return details;
}
