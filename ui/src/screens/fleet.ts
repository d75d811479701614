// The progress report to the organisation, where the person sees it: a
// notice on the overview whenever reporting is on (so nobody is reported
// on without knowing), and on the report screen what is included, the
// exact report as it is uploaded, "I have read it" (nothing is sent
// before), and how the uploads stand.
import { fleetMarkSeen, fleetPreview } from "../api";
import { errorBox, type App } from "../app";
import type { FleetStatusView } from "../bindings/FleetStatusView";
import type { FleetUploadView } from "../bindings/FleetUploadView";
import { announce } from "../announce";
import { focus, h } from "../dom";
import { t } from "../i18n";
import { dataTable } from "../table";

/** On the overview: says that reports go to the organisation, and links to them. */
export function fleetNotice(app: App, status: FleetStatusView): HTMLElement | null {
  if (status.state !== "on") return null;
  const text = status.seen
    ? t("ui-fleet-notice-on", { destination: status.destination ?? "" })
    : t("ui-fleet-notice-unseen", { destination: status.destination ?? "" });
  return h(
    "div",
    { class: "utrecht-alert utrecht-alert--info fleet-notice", role: "note" },
    h("p", { class: "nl-paragraph" }, text, " ", h("button", { class: "link-button", type: "button", onclick: () => void app.go({ screen: "report" }) }, t("ui-fleet-notice-link"))),
  );
}

/** On the report screen; nothing when reporting is off. */
export function fleetSection(app: App, status: FleetStatusView): HTMLElement | null {
  if (status.state === "off") return null;
  const section = h("section", { class: "fleet", "aria-labelledby": "fleet-title" }, h("h2", { class: "nl-heading nl-heading--level-2", id: "fleet-title" }, t("ui-fleet-title")));
  if (status.state === "misconfigured") {
    section.append(h("div", { class: "utrecht-alert utrecht-alert--warning" }, h("p", { class: "nl-paragraph" }, t("ui-fleet-misconfigured", { problem: status.problem ?? "" }))));
    return section;
  }
  const organisation = status.organisation ?? t("ui-fleet-your-organisation");
  section.append(
    h("p", { class: "nl-paragraph" }, t("ui-fleet-intro", { organisation, destination: status.destination ?? "" })),
    h("p", { class: "nl-paragraph" }, t("ui-fleet-contains")),
    h(
      "ul",
      { class: "utrecht-unordered-list fleet-fields" },
      h("li", {}, t("ui-fleet-field-steps")),
      ...status.includes.map((f) => h("li", {}, t(`ui-fleet-field-${f.replace(/_/g, "-")}`))),
    ),
  );
  if (!status.seen) section.append(h("p", { class: "nl-paragraph fleet-unseen" }, h("strong", {}, t("ui-fleet-unseen"))));
  const preview = h("div", { class: "fleet-preview" });
  const feedback = h("div", { class: "fleet-feedback" });
  const show = h("button", { class: "nl-button nl-button--secondary", type: "button", id: "fleet-show", "aria-expanded": "false", "aria-controls": "fleet-preview-body" }, t("ui-fleet-show"));
  show.addEventListener("click", async () => {
    feedback.replaceChildren();
    try {
      const p = await fleetPreview();
      const body = h("pre", { class: "fleet-body", id: "fleet-preview-body", tabindex: 0, role: "region", "aria-label": t("ui-fleet-body-label", { name: p.file_name }) }, p.body);
      preview.replaceChildren(h("p", { class: "nl-paragraph" }, t("ui-fleet-exactly", { name: p.file_name, destination: p.destination })), body);
      show.setAttribute("aria-expanded", "true");
      if (!status.seen) preview.append(seenButton(app, feedback));
      focus(body);
    } catch (e) {
      feedback.replaceChildren(errorBox(e));
    }
  });
  section.append(h("div", { class: "button-row no-print" }, show), preview, feedback);
  if (status.uploads.length > 0) section.append(uploadsTable(status.uploads));
  return section;
}

function seenButton(app: App, feedback: HTMLElement): HTMLElement {
  const button = h("button", { class: "nl-button nl-button--primary", type: "button", id: "fleet-seen" }, t("ui-fleet-seen-button"));
  button.addEventListener("click", async () => {
    feedback.replaceChildren();
    try {
      await fleetMarkSeen();
      announce(t("ui-fleet-seen-done"));
      await app.go({ screen: "report" }, false);
      focus(document.getElementById("fleet-title"));
    } catch (e) {
      feedback.replaceChildren(errorBox(e));
    }
  });
  return h("div", { class: "button-row no-print" }, button);
}

function uploadsTable(uploads: FleetUploadView[]): HTMLElement {
  const rows = uploads.map((u) => [
    u.day,
    u.sent_at ? t("ui-fleet-upload-sent", { at: u.sent_at.replace("T", " ").slice(0, 16) }) : t("ui-fleet-upload-waiting", { attempts: u.attempts }),
    u.last_failure ?? "",
  ]);
  return dataTable(t("ui-fleet-uploads-caption"), [t("ui-fleet-col-day"), t("ui-fleet-col-state"), t("ui-fleet-col-problem")], rows, true);
}
