// The organisation's settings, like Firefox's about:policies: every value
// the preset sets, where it comes from, whether it is locked, and every
// problem found in the preset files.
import { presetView } from "../api";
import type { App, Screen } from "../app";
import { h } from "../dom";
import { t } from "../i18n";
import { dataTable } from "../table";
import { supportList } from "./support";

function display(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export async function organisationScreen(app: App): Promise<Screen> {
  const view = await presetView();
  const org = app.info.organisation;
  const parts: (HTMLElement | null)[] = [];
  parts.push(h("p", { class: "nl-paragraph intro" }, view.managed ? t("ui-org-managed", { organisation: org?.name ?? "" }) : t("ui-org-unmanaged")));
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
  parts.push(
    view.settings.length > 0
      ? dataTable(
          t("ui-org-settings-caption"),
          [t("ui-org-col-setting"), t("ui-org-col-value"), t("ui-org-col-source"), t("ui-org-col-locked")],
          view.settings.map((s) => [h("code", { class: "nl-code" }, s.key), display(s.value), `${t(`ui-layer-${s.layer}`)}: ${s.origin}`, s.locked ? t("ui-yes") : t("ui-no")]),
        )
      : h("p", { class: "nl-paragraph" }, t("ui-org-no-settings")),
  );
  if (view.sources.length > 0) {
    parts.push(
      dataTable(
        t("ui-org-sources-caption"),
        [t("ui-org-col-file"), t("ui-org-col-source"), t("ui-org-col-status")],
        view.sources.map((s) => [s.origin, t(`ui-layer-${s.layer}`), s.refused ? t("ui-org-refused") : t("ui-org-applied", { problems: s.problems })]),
      ),
    );
  }
  return { title: t("ui-org-title"), content: h("div", { class: "organisation" }, ...parts) };
}
