// The organisation's settings, like Firefox's about:policies: who set
// Overstap up (IT on this computer, a signed file, an example the person
// tries), how to reach its service desk, every setting in plain words
// with where it comes from and whether it is locked, the files they came
// from, and every problem found in them. A list rather than a table, so it
// reads at 480 px without scrolling sideways.
import { checklist, listChecklists, presetView } from "../api";
import type { App, Screen } from "../app";
import type { PresetView } from "../bindings/PresetView";
import type { Setting } from "../bindings/Setting";
import { h } from "../dom";
import { t } from "../i18n";
import { policyLabel, policyValue, type Titles } from "./policy-text";
import { supportList } from "./support";

/** Who set Overstap up, in one sentence. */
function intro(view: PresetView, organisation: string | null | undefined): string {
  const name = organisation ?? t("ui-fleet-your-organisation");
  const applies = (layer: string) => view.sources.some((s) => s.layer === layer && !s.refused);
  if (view.managed) return t("ui-org-managed", { organisation: name });
  if (applies("imported")) return t("ui-org-imported", { organisation: name });
  if (applies("example")) return t("ui-org-example", { organisation: name });
  return t("ui-org-unmanaged");
}

/** The titles the labels name: every checklist, and the steps of those a setting is about. */
async function titles(settings: Setting[]): Promise<Titles> {
  const list = await listChecklists();
  const result: Titles = { checklists: new Map(list.map((c) => [c.id, c.title])), steps: new Map() };
  const named = new Set(settings.map((s) => /^checklists\.([^.]+)\.steps\./.exec(s.key)?.[1]).filter((id): id is string => !!id));
  const details = await Promise.all([...named].filter((id) => result.checklists.has(id)).map((id) => checklist(id)));
  for (const d of details) for (const s of d.steps) result.steps.set(`${d.id}/${s.id}`, s.title);
  return result;
}

function settingItem(s: Setting, names: Titles): HTMLElement {
  const source = `${t("ui-org-col-source")}: ${t(`ui-layer-${s.layer}`)} (${s.origin})`;
  return h(
    "div",
    { class: "policy", "data-key": s.key },
    h("dt", {}, h("span", { class: "policy-label" }, policyLabel(s.key, names)), " ", h("code", { class: "nl-code policy-key" }, s.key)),
    h("dd", { class: `policy-value${s.secret ? " policy-secret" : ""}` }, policyValue(s)),
    h(
      "dd",
      { class: "policy-meta" },
      source,
      s.locked ? h("span", { class: "nl-data-badge policy-locked" }, t("ui-org-locked-badge")) : null,
    ),
  );
}

export async function organisationScreen(app: App): Promise<Screen> {
  const view = await presetView();
  const org = app.info.organisation;
  const parts: (HTMLElement | null)[] = [];
  parts.push(h("p", { class: "nl-paragraph intro" }, intro(view, org?.name)));
  const support = supportList(org);
  if (support) {
    parts.push(
      h(
        "section",
        { "aria-labelledby": "org-support" },
        h("h2", { class: "nl-heading nl-heading--level-2", id: "org-support" }, t("ui-org-support")),
        support,
      ),
    );
  }
  if (view.problems.length > 0) {
    parts.push(
      h(
        "section",
        { "aria-labelledby": "org-problems" },
        h("h2", { class: "nl-heading nl-heading--level-2", id: "org-problems" }, t("ui-org-problems", { count: view.problems.length })),
        h("ul", { class: "problems" }, ...view.problems.map((p) => h("li", {}, h("code", { class: "nl-code" }, `${p.file}:${p.line}:${p.column} ${p.key}`), ` — ${p.message}`))),
      ),
    );
  }
  const names = await titles(view.settings);
  parts.push(
    h(
      "section",
      { "aria-labelledby": "org-settings" },
      h("h2", { class: "nl-heading nl-heading--level-2", id: "org-settings" }, t("ui-org-settings-caption")),
      view.settings.length > 0
        ? h("dl", { class: "policies" }, ...view.settings.map((s) => settingItem(s, names)))
        : h("p", { class: "nl-paragraph" }, t("ui-org-no-settings")),
    ),
  );
  if (view.sources.length > 0) {
    parts.push(
      h(
        "section",
        { "aria-labelledby": "org-sources" },
        h("h2", { class: "nl-heading nl-heading--level-2", id: "org-sources" }, t("ui-org-sources-caption")),
        h(
          "ul",
          { class: "sources" },
          ...view.sources.map((s) =>
            h(
              "li",
              {},
              h("span", { class: "source-layer" }, `${t(`ui-layer-${s.layer}`)}: `),
              h("code", { class: "nl-code" }, s.origin),
              ` — ${s.refused ? t("ui-org-refused") : t("ui-org-applied", { problems: s.problems })}`,
            ),
          ),
        ),
      ),
    );
  }
  return { title: t("ui-org-title"), content: h("div", { class: "organisation" }, ...parts) };
}
