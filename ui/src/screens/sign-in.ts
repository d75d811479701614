// Signing in from a step: the page opens in the person's browser, this
// window waits (with cancel), takes a pasted code where Mastodon shows
// one, and offers a password for Matrix servers without organisation
// sign-in. No token ever reaches this page.
import { signIn, signInCancel, signInCode, signOut } from "../api";
import { errorBox } from "../app";
import type { SignInChoice } from "../bindings/SignInChoice";
import type { SignInService } from "../bindings/SignInService";
import type { StepView } from "../bindings/StepView";
import { announce } from "../announce";
import { focus, h } from "../dom";
import { t } from "../i18n";
import type { StepContext } from "./checklist";

export function signInControls(serviceName: string, ctx: StepContext, step: StepView): HTMLElement {
  const service = serviceName as SignInService;
  const box = h("div", { class: "sign-in" });
  const record = ctx.signIns.find((r) => r.service === service);
  if (record) {
    const out = h("button", { class: "nl-button nl-button--secondary", type: "button", id: `sign-out-${service}` }, t("ui-sign-out"));
    out.addEventListener("click", async () => {
      try {
        await signOut(service);
        announce(t("ui-signed-out", { service: t(`ui-service-${service}`) }));
        await ctx.refresh(`step-${step.id}`);
      } catch (e) {
        box.append(errorBox(e));
      }
    });
    box.append(h("p", { class: "nl-paragraph signed-in" }, t("ui-signed-in-as", { account: record.account, server: record.server })), out);
    return box;
  }
  const waiting = h("div", { class: "sign-in-waiting" });
  let busy = false;
  const start = async (choice: SignInChoice) => {
    // One sign-in at a time: a second would replace the one the browser is on.
    if (busy) return;
    busy = true;
    waiting.replaceChildren(h("p", { class: "nl-paragraph" }, t("ui-sign-in-starting")));
    try {
      const done = await signIn(service, choice, (event) => {
        const cancel = h("button", { class: "nl-button nl-button--secondary", type: "button", onclick: () => void signInCancel(service) }, t("ui-cancel"));
        const parts: HTMLElement[] = [h("p", { class: "nl-paragraph" }, t(event.browser_opened ? "ui-sign-in-in-browser" : "ui-sign-in-open-yourself"))];
        if (event.start.browser_url) {
          // Always there: a browser that opened may still be the wrong one, or hidden.
          const id = `sign-in-address-${service}`;
          parts.push(
            h("label", { class: "utrecht-form-label", for: id }, t(event.browser_opened ? "ui-sign-in-address-fallback" : "ui-sign-in-address")),
            h("input", { class: "utrecht-textbox sign-in-address", id, readonly: true, value: event.start.browser_url }),
          );
        }
        if (event.start.needs_code) parts.push(codeForm(service));
        parts.push(cancel);
        waiting.replaceChildren(...parts);
        announce(t("ui-sign-in-in-browser"));
        focus(waiting.querySelector<HTMLElement>("input:not([readonly])") ?? cancel);
      });
      announce(t("ui-signed-in-as", { account: done.account, server: done.server }));
      await ctx.refresh(`step-${step.id}`);
    } catch (e) {
      waiting.replaceChildren(errorBox(e));
      focus(waiting);
    } finally {
      busy = false;
    }
  };
  const main = h("button", { class: "nl-button nl-button--primary", type: "button", id: `sign-in-${service}` }, t("ui-sign-in", { service: t(`ui-service-${service}`) }));
  main.addEventListener("click", () => void start({ paste_code: false, matrix_user: null, matrix_password: null }));
  box.append(main);
  if (service === "mastodon") {
    box.append(h("button", { class: "nl-button nl-button--subtle", type: "button", onclick: () => void start({ paste_code: true, matrix_user: null, matrix_password: null }) }, t("ui-sign-in-with-code")));
  }
  if (service === "matrix") box.append(passwordForm(start));
  box.append(waiting);
  return box;
}

function codeForm(service: SignInService): HTMLElement {
  const id = `code-${service}`;
  const input = h("input", { class: "utrecht-textbox", id, autocomplete: "one-time-code" });
  const form = h(
    "form",
    { class: "code-form" },
    h("label", { class: "utrecht-form-label", for: id }, t("ui-sign-in-code")),
    input,
    h("button", { class: "nl-button nl-button--primary", type: "submit" }, t("ui-sign-in-code-send")),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await signInCode(service, input.value);
    } catch (err) {
      form.append(errorBox(err));
    }
  });
  return form;
}

function passwordForm(start: (c: SignInChoice) => Promise<void>): HTMLElement {
  const user = h("input", { class: "utrecht-textbox", id: "matrix-user", autocomplete: "username" });
  const password = h("input", { class: "utrecht-textbox", id: "matrix-password", type: "password", autocomplete: "current-password" });
  const form = h(
    "form",
    { class: "password-form" },
    h("label", { class: "utrecht-form-label", for: "matrix-user" }, t("ui-matrix-user")),
    user,
    h("label", { class: "utrecht-form-label", for: "matrix-password" }, t("ui-matrix-password")),
    password,
    h("button", { class: "nl-button nl-button--primary", type: "submit", id: "matrix-password-sign-in" }, t("ui-sign-in-password")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const choice = { paste_code: false, matrix_user: user.value, matrix_password: password.value };
    password.value = "";
    void start(choice);
  });
  return h("details", { class: "password-sign-in" }, h("summary", {}, t("ui-sign-in-password-instead")), form);
}
