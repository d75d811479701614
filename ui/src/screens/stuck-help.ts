// After "I'm stuck": who can help (the organisation's service desk, its
// contacts as links), a mail to the service desk already filled in, and
// the truth about the reason: IT sees it only in a progress report that
// includes reasons and that the person has read; otherwise it stays on
// this computer.
import { appInfo, fleetStatus, latestCheckResults } from "../api";
import type { CheckResultView } from "../bindings/CheckResultView";
import type { FleetStatusView } from "../bindings/FleetStatusView";
import type { StepView } from "../bindings/StepView";
import { h } from "../dom";
import { t } from "../i18n";
import { stuckMailHref } from "../support-links";
import { hasSupport, supportList } from "./support";

/** Where a blocked step's reason goes. */
export type ReasonReach = "reported" | "not-yet" | "local";

/**
 * "reported": reporting is on, includes reasons, and the person has read
 * the report (nothing is sent before: api/fleet.rs); "not-yet": it would,
 * but the report is not read yet; "local": it never leaves this computer.
 */
export function reasonReach(fleet: FleetStatusView): ReasonReach {
  if (fleet.state !== "on" || !fleet.includes.includes("blocked_reasons")) return "local";
  return fleet.seen ? "reported" : "not-yet";
}

/** The last check's line for the mail: its summary, and the failure's code when one decided it. */
function checkLine(result: CheckResultView | undefined): string | null {
  if (!result) return null;
  const code = result.evidence.failure?.kind;
  return code ? t("ui-stuck-mail-check-code", { summary: result.summary, code }) : t("ui-stuck-mail-check", { summary: result.summary });
}

/** The panel shown under a step just marked blocked with `reason`. */
export async function stuckHelp(step: StepView, ref: string, reason: string): Promise<HTMLElement> {
  const [info, fleet, results] = await Promise.all([appInfo(), fleetStatus(), latestCheckResults()]);
  const org = info.organisation;
  const headingId = `stuck-help-${step.id}`;
  const reach = reasonReach(fleet);
  const organisation = fleet.organisation ?? org?.name ?? t("ui-fleet-your-organisation");
  const panel = h(
    "section",
    { class: "stuck-help utrecht-alert utrecht-alert--info", "aria-labelledby": headingId, "data-reach": reach },
    h("h3", { class: "nl-heading nl-heading--level-4", id: headingId, tabindex: -1 }, t("ui-stuck-title")),
    h("p", { class: "nl-paragraph stuck-reach" }, t(`ui-stuck-reason-${reach}`, { organisation })),
  );
  if (!hasSupport(org)) {
    panel.append(h("p", { class: "nl-paragraph" }, t("ui-stuck-no-contacts")));
    return panel;
  }
  panel.append(h("p", { class: "nl-paragraph" }, t("ui-stuck-contacts", { organisation })), supportList(org) as HTMLElement);
  const latest = step.probe ? results.find((r) => r.probe === step.probe?.id) : undefined;
  const href = org.support_email
    ? stuckMailHref({
        to: org.support_email,
        subject: t("ui-stuck-mail-subject", { step: step.title }),
        lines: [
          t("ui-stuck-mail-intro"),
          "",
          t("ui-stuck-mail-step", { step: step.title, id: ref }),
          t("ui-stuck-mail-reason", { reason }),
          checkLine(latest),
          t("ui-stuck-mail-version", { version: info.version }),
        ],
      })
    : null;
  if (href) {
    // A link that looks like a button: it opens the mail program (main.ts), which is what a link does.
    panel.append(h("p", { class: "nl-paragraph" }, h("a", { class: "nl-button nl-button--primary stuck-mail", href, "data-external": "true" }, t("ui-stuck-write"))));
  }
  return panel;
}
