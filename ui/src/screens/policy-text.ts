// A preset setting in plain words for the organisation screen: its label
// in the person's language (not only the key path), and its value as a
// person reads it (yes/no, a language's name, step titles). A secret (the
// reporting salt) never reaches the interface: the core sends it as set,
// without its value (api/preset.rs), and it is shown as set.
import type { Setting } from "../bindings/Setting";
import type { JsonValue } from "../bindings/serde_json/JsonValue";
import { t } from "../i18n";

/** Titles the labels use: checklist id → title, `checklist/step` → step title. */
export interface Titles {
  checklists: Map<string, string>;
  steps: Map<string, string>;
}

/** The label of `key` (`servers.matrix`, `checklists.matrix.steps.verify-session`). */
export function policyLabel(key: string, titles: Titles): string {
  const step = /^checklists\.([^.]+)\.steps\.(.+)$/.exec(key);
  if (step) {
    const [, checklist, id] = step;
    return t("ui-policy-checklist-step", {
      step: titles.steps.get(`${checklist}/${id}`) ?? id,
      checklist: titles.checklists.get(checklist) ?? checklist,
    });
  }
  const enabled = /^checklists\.([^.]+)\.enabled$/.exec(key);
  if (enabled) return t("ui-policy-checklist-enabled", { checklist: titles.checklists.get(enabled[1]) ?? enabled[1] });
  const id = `ui-policy-${key.replace(/[._]/g, "-")}`;
  const label = t(id);
  // A key this interface has no words for yet (a newer preset format): the path itself.
  return label === id ? key : label;
}

function yesNo(v: boolean): string {
  return v ? t("ui-yes") : t("ui-no");
}

/** The value of `setting` as a person reads it. */
export function policyValue(setting: Setting): string {
  if (setting.secret) return t("ui-policy-secret-set");
  const v = setting.value;
  const key = setting.key;
  if (typeof v === "boolean") return yesNo(v);
  if (typeof v === "string") {
    if (/^checklists\..+\.steps\./.test(key)) return t(`ui-policy-step-${v}`);
    if (key === "defaults.language") return t(`ui-language-${v}`);
    if (key === "libreoffice.default_formats") return t(`ui-policy-formats-${v}`);
    return v;
  }
  if (Array.isArray(v)) {
    if (key === "reporting.include") return v.map((f) => t(`ui-fleet-field-${String(f).replace(/_/g, "-")}`)).join("; ");
    if (key === "extra_steps") return v.map((s) => extraStepTitle(s)).join("; ");
    return v.map((x) => (typeof x === "string" ? x : JSON.stringify(x))).join(", ");
  }
  return JSON.stringify(v);
}

/** An organisation's own step by its title in the person's language. */
function extraStepTitle(step: JsonValue | undefined): string {
  if (step && typeof step === "object" && !Array.isArray(step)) {
    const title = step.title;
    if (title && typeof title === "object" && !Array.isArray(title)) {
      const lang = document.documentElement.lang;
      const text = title[lang] ?? title.en;
      if (typeof text === "string") return text;
    }
    if (typeof step.id === "string") return step.id;
  }
  return JSON.stringify(step);
}
