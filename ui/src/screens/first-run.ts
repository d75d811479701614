// The first run. With a system preset there is none (the app opens on the
// overview). Otherwise: the language first (each named in itself; it
// applies at once), then the work address (where the servers are found
// from), the servers if the organisation gave them, or a signed preset file.
import { examplePresets, finishFirstRun, importPreset, setSetting, settings, useExample } from "../api";
import { errorBox, type App, type Screen } from "../app";
import type { SettingKey } from "../bindings/SettingKey";
import { focus, h } from "../dom";
import { t } from "../i18n";
import { announce } from "../announce";

function field(key: SettingKey, label: string, hint: string, type = "text"): HTMLElement {
  const id = `first-run-${key}`;
  return h(
    "div",
    { class: "utrecht-form-field" },
    h("label", { class: "utrecht-form-label", for: id }, label),
    h("p", { class: "utrecht-form-field-description", id: `${id}-hint` }, hint),
    h("input", { class: "utrecht-textbox", id, name: key, type, autocomplete: type === "email" ? "email" : "off", "aria-describedby": `${id}-hint` }),
  );
}

/**
 * The language choice, before anything else: each language named in
 * itself, so a person who cannot read the current one still finds theirs.
 * An organisation's locked language cannot be changed (the core refuses).
 */
async function languageChoice(app: App): Promise<HTMLElement> {
  const view = await settings();
  const language = view.settings.find((s) => s.key === "language");
  const id = "first-run-language";
  const select = h(
    "select",
    { class: "utrecht-select", id, disabled: language?.locked ?? false, "aria-describedby": `${id}-hint` },
    ...(["nl", "de", "en"] as const).map((l) => h("option", { value: l, lang: l, selected: app.info.lang === l }, t(`ui-language-${l}`))),
  );
  const feedback = h("div", {});
  select.addEventListener("change", async () => {
    feedback.replaceChildren();
    try {
      await setSetting("language", select.value);
      // At once: the first run drawn again in the chosen language, focus kept here.
      await app.reload();
      await app.go({ screen: "first-run" }, false);
      focus(document.getElementById(id));
      announce(t("ui-language-changed"));
    } catch (e) {
      feedback.replaceChildren(errorBox(e));
    }
  });
  return h(
    "div",
    { class: "utrecht-form-field first-run-language" },
    h("label", { class: "utrecht-form-label", for: id }, t("ui-first-run-language")),
    h("p", { class: "utrecht-form-field-description", id: `${id}-hint` }, t(language?.locked ? "ui-setting-locked" : "ui-setting-language-hint")),
    select,
    feedback,
  );
}

export async function firstRun(app: App): Promise<Screen> {
  const problems = h("div", { class: "form-problems", tabindex: -1 });
  const form = h(
    "form",
    { class: "first-run-form", novalidate: true },
    field("email", t("ui-first-run-email"), t("ui-first-run-email-hint"), "email"),
    h(
      "details",
      { class: "servers" },
      h("summary", {}, t("ui-first-run-servers")),
      h("p", { class: "nl-paragraph" }, t("ui-first-run-servers-hint")),
      field("matrix", t("ui-setting-matrix"), t("ui-setting-matrix-hint")),
      field("mastodon", t("ui-setting-mastodon"), t("ui-setting-mastodon-hint")),
      field("nextcloud", t("ui-setting-nextcloud"), t("ui-setting-nextcloud-hint")),
    ),
    problems,
    h("button", { class: "nl-button nl-button--primary", type: "submit" }, t("ui-first-run-start")),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    problems.replaceChildren();
    const data = new FormData(form);
    for (const key of ["email", "matrix", "mastodon", "nextcloud"] as SettingKey[]) {
      const value = String(data.get(key) ?? "").trim();
      if (!value) continue;
      try {
        await setSetting(key, value);
      } catch (err) {
        problems.replaceChildren(errorBox(err));
        const input = form.querySelector<HTMLInputElement>(`[name=${key}]`);
        input?.setAttribute("aria-invalid", "true");
        if (input?.closest("details")) (input.closest("details") as HTMLDetailsElement).open = true;
        focus(input ?? problems);
        return;
      }
    }
    await finishFirstRun();
    await app.reload();
    announce(t("ui-first-run-done"));
    await app.go({ screen: "overview" });
  });

  const importButton = h("button", { class: "nl-button nl-button--secondary", type: "button" }, t("ui-first-run-import"));
  const importResult = h("div", {});
  importButton.addEventListener("click", async () => {
    importResult.replaceChildren();
    try {
      const imported = await importPreset();
      if (!imported) return;
      await finishFirstRun();
      await app.reload();
      announce(t("ui-preset-imported", { file: imported.file }));
      await app.go({ screen: "overview" });
    } catch (err) {
      importResult.replaceChildren(errorBox(err));
      focus(importResult);
    }
  });

  const examples = await examplePresets();
  const exampleSelect = h(
    "select",
    { class: "utrecht-select", id: "first-run-example" },
    ...examples.map((e) => h("option", { value: e.id }, e.domain ? `${e.name} (${e.domain})` : e.name)),
  );
  const exampleResult = h("div", {});
  const exampleButton = h("button", { class: "nl-button nl-button--secondary", type: "button", id: "first-run-use-example" }, t("ui-first-run-example-use"));
  exampleButton.addEventListener("click", async () => {
    exampleResult.replaceChildren();
    try {
      await useExample(exampleSelect.value);
      await finishFirstRun();
      await app.reload();
      announce(t("ui-first-run-example-done"));
      await app.go({ screen: "overview" });
    } catch (err) {
      exampleResult.replaceChildren(errorBox(err));
      focus(exampleResult);
    }
  });

  const content = h(
    "div",
    { class: "first-run" },
    await languageChoice(app),
    h("p", { class: "nl-paragraph intro" }, t("ui-first-run-intro")),
    h("section", { "aria-labelledby": "first-run-address" }, h("h2", { class: "nl-heading nl-heading--level-2", id: "first-run-address" }, t("ui-first-run-address-title")), form),
    h(
      "section",
      { "aria-labelledby": "first-run-preset" },
      h("h2", { class: "nl-heading nl-heading--level-2", id: "first-run-preset" }, t("ui-first-run-preset-title")),
      h("p", { class: "nl-paragraph" }, t("ui-first-run-preset-hint")),
      importButton,
      importResult,
    ),
    examples.length === 0
      ? null
      : h(
          "section",
          { "aria-labelledby": "first-run-example-title" },
          h("h2", { class: "nl-heading nl-heading--level-2", id: "first-run-example-title" }, t("ui-first-run-example-title")),
          h("p", { class: "nl-paragraph", id: "first-run-example-hint" }, t("ui-first-run-example-hint")),
          h("div", { class: "utrecht-form-field" }, h("label", { class: "utrecht-form-label", for: "first-run-example" }, t("ui-first-run-example")), exampleSelect),
          exampleButton,
          exampleResult,
        ),
  );
  return { title: t("ui-first-run-title") , content };
}
