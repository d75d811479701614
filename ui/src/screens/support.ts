// The organisation's help contacts as links: its mail address, phone
// number, help pages and chat room. Shown on the organisation screen and
// after "I'm stuck"; each opens in the program that handles it (main.ts).
import type { OrganisationView } from "../bindings/OrganisationView";
import { h } from "../dom";
import { t } from "../i18n";
import { mailtoHref, matrixToHref, telHref } from "../support-links";

/** Whether the organisation gave any way to reach its service desk. */
export function hasSupport(org: OrganisationView | null | undefined): org is OrganisationView {
  return !!org && !!(org.support_email || org.support_phone || org.support_web || org.support_matrix_room);
}

function link(href: string | null, text: string): HTMLElement | string {
  // A value no link can be made of is still shown, as text.
  return href ? h("a", { class: "nl-link", href, "data-external": "true" }, text) : text;
}

/** The contacts as a list; `null` when the organisation gave none. */
export function supportList(org: OrganisationView | null | undefined): HTMLElement | null {
  if (!hasSupport(org)) return null;
  const item = (label: string, value: HTMLElement | string) => h("li", {}, `${label}: `, value);
  return h(
    "ul",
    { class: "support" },
    org.support_email ? item(t("ui-org-support-email"), link(mailtoHref(org.support_email), org.support_email)) : null,
    org.support_phone ? item(t("ui-org-support-phone"), link(telHref(org.support_phone), org.support_phone)) : null,
    org.support_web ? h("li", {}, link(org.support_web, t("ui-org-support-web"))) : null,
    org.support_matrix_room ? item(t("ui-org-support-matrix"), link(matrixToHref(org.support_matrix_room), org.support_matrix_room)) : null,
  );
}
