// The person's settings: language (takes effect at once), theme, work
// address and servers (unless the organisation locked them), where the
// data is kept, and starting over (after a confirmation).
import { resetProgress, setSetting, settings as loadSettings } from "../api";
import { errorBox, type App, type Screen } from "../app";
import type { SettingView } from "../bindings/SettingView";
import { announce } from "../announce";
import { focus, h } from "../dom";
import { t } from "../i18n";
import { applyTheme, storedTheme, type Theme } from "../theme";

function settingField(app: App, s: SettingView, departments: string[] = []): HTMLElement {
  const id = `setting-${s.key}`;
  const hint = s.locked ? t("ui-setting-locked") : s.source === "organisation" ? t("ui-setting-from-org") : t(`ui-setting-${s.key}-hint`);
  const feedback = h("div", { class: "field-feedback" });
  let input: HTMLInputElement | HTMLSelectElement;
  if (s.key === "language") {
    input = h(
      "select",
      { class: "utrecht-select", id, disabled: s.locked },
      ...(["nl", "de", "en"] as const).map((l) => h("option", { value: l, selected: (s.value ?? app.info.lang) === l }, t(`ui-language-${l}`))),
    );
  } else if (s.key === "department" && departments.length > 0) {
    // The organisation's own list: one of those, or none.
    input = h(
      "select",
      { class: "utrecht-select", id, disabled: s.locked },
      h("option", { value: "", selected: !s.value }, t("ui-setting-department-none")),
      ...departments.map((d) => h("option", { value: d, selected: s.value === d }, d)),
    );
  } else {
    input = h("input", { class: "utrecht-textbox", id, value: s.value ?? "", readonly: s.locked, type: s.key === "email" ? "email" : "text" });
  }
  input.setAttribute("aria-describedby", `${id}-hint`);
  input.addEventListener("change", async () => {
    feedback.replaceChildren();
    input.removeAttribute("aria-invalid");
    try {
      await setSetting(s.key, input.value.trim() || null);
      if (s.key === "language") {
        // At once: texts are drawn again in the new language, focus kept here.
        await app.reload();
        await app.go({ screen: "settings" }, false);
        focus(document.getElementById(id));
        announce(t("ui-language-changed"));
      } else {
        announce(t("ui-setting-saved"));
      }
    } catch (e) {
      input.setAttribute("aria-invalid", "true");
      feedback.replaceChildren(errorBox(e));
    }
  });
  return h(
    "div",
    { class: "utrecht-form-field" },
    h("label", { class: "utrecht-form-label", for: id }, t(`ui-setting-${s.key}`)),
    h("p", { class: "utrecht-form-field-description", id: `${id}-hint` }, hint),
    input,
    feedback,
  );
}

function themeField(): HTMLElement {
  const select = h(
    "select",
    { class: "utrecht-select", id: "setting-theme" },
    ...(["system", "light", "dark", "contrast"] as Theme[]).map((v) => h("option", { value: v, selected: storedTheme() === v }, t(`ui-theme-${v}`))),
  );
  select.addEventListener("change", () => applyTheme(select.value as Theme));
  return h("div", { class: "utrecht-form-field" }, h("label", { class: "utrecht-form-label", for: "setting-theme" }, t("ui-setting-theme")), select);
}

function resetSection(app: App): HTMLElement {
  const area = h("div", { class: "reset-area" });
  const ask = h("button", { class: "nl-button nl-button--secondary", type: "button", id: "reset-ask" }, t("ui-reset"));
  ask.addEventListener("click", () => {
    const confirmButton = h("button", { class: "nl-button nl-button--primary danger", type: "button", id: "reset-confirm" }, t("ui-reset-confirm"));
    const cancel = h("button", { class: "nl-button nl-button--secondary", type: "button" }, t("ui-cancel"));
    const box = h(
      "div",
      { class: "utrecht-alert utrecht-alert--warning", role: "group", "aria-labelledby": "reset-question" },
      h("p", { class: "nl-paragraph", id: "reset-question" }, t("ui-reset-question")),
      h("div", { class: "button-row" }, confirmButton, cancel),
    );
    cancel.addEventListener("click", () => {
      area.replaceChildren(ask);
      focus(ask);
    });
    confirmButton.addEventListener("click", async () => {
      try {
        const changed = await resetProgress();
        await app.reload();
        announce(t("ui-reset-done", { count: changed }));
        await app.go({ screen: "first-run" });
      } catch (e) {
        box.append(errorBox(e));
      }
    });
    area.replaceChildren(box);
    focus(cancel);
  });
  area.append(ask);
  return area;
}

export async function settingsScreen(app: App): Promise<Screen> {
  const view = await loadSettings();
  const content = h(
    "div",
    { class: "settings" },
    h(
      "section",
      { "aria-labelledby": "settings-display" },
      h("h2", { class: "nl-heading nl-heading--level-2", id: "settings-display" }, t("ui-settings-display")),
      ...view.settings.filter((s) => s.key === "language").map((s) => settingField(app, s)),
      themeField(),
    ),
    h(
      "section",
      { "aria-labelledby": "settings-servers" },
      h("h2", { class: "nl-heading nl-heading--level-2", id: "settings-servers" }, t("ui-settings-servers")),
      ...view.settings.filter((s) => s.key !== "language").map((s) => settingField(app, s, view.department_choices)),
    ),
    h(
      "section",
      { "aria-labelledby": "settings-data" },
      h("h2", { class: "nl-heading nl-heading--level-2", id: "settings-data" }, t("ui-settings-data")),
      h("p", { class: "nl-paragraph" }, t("ui-settings-data-dir")),
      h("p", { class: "nl-paragraph" }, h("code", { class: "nl-code", id: "data-dir" }, view.data_dir)),
      h("p", { class: "nl-paragraph" }, t("ui-version", { version: app.info.version })),
      resetSection(app),
    ),
  );
  return { title: t("ui-settings-title"), content };
}
