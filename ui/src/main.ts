// Starts the interface: every screen is drawn from core calls (api.ts);
// links open in the person's own browser, mail or phone program.
// NL Design System components; their tokens are bound in tokens.css.
import "@nl-design-system-candidate/button-css/button.css";
import "@nl-design-system-candidate/heading-css/heading.css";
import "@nl-design-system-candidate/paragraph-css/paragraph.css";
import "@nl-design-system-candidate/link-css/link.css";
import "@nl-design-system-candidate/skip-link-css/skip-link.css";
import "@nl-design-system-candidate/data-badge-css/data-badge.css";
import "@nl-design-system-candidate/code-css/code.css";
// Utrecht's CSS for what the NL Design System candidates do not have yet.
import "@utrecht/alert-css/dist/index.css";
import "@utrecht/form-field-css/dist/index.css";
import "@utrecht/form-label-css/dist/index.css";
import "@utrecht/form-field-description-css/dist/index.css";
import "@utrecht/textbox-css/dist/index.css";
import "@utrecht/select-css/dist/index.css";
import "@utrecht/textarea-css/dist/index.css";
import "@utrecht/table-css/dist/index.css";
import "./tokens.css";
import "./styles.css";
import { openUrl } from "@tauri-apps/plugin-opener";
import { App } from "./app";
import { h } from "./dom";
import { t } from "./i18n";
import { checklistScreen } from "./screens/checklist";
import { firstRun } from "./screens/first-run";
import { organisationScreen } from "./screens/organisation";
import { overview } from "./screens/overview";
import { reportScreen } from "./screens/report";
import { settingsScreen } from "./screens/settings";

document.addEventListener("click", (e) => {
  const link = (e.target as Element | null)?.closest<HTMLAnchorElement>("a[data-external]");
  if (!link) return;
  e.preventDefault();
  void openExternal(link);
});

// Web, mail and phone addresses only; the opener plugin's scope
// (capabilities/main.json) refuses every other kind too.
const OPENABLE = /^(https?:|mailto:|tel:)/;

/**
 * Opens a link in the program that handles it. A refusal (another kind of
 * address, no mail or phone program, a scope that says no) is said next to
 * the link, with the address to copy: never a click that does nothing.
 */
async function openExternal(link: HTMLAnchorElement): Promise<void> {
  // Said under the link: inside its list item (a list holds only items),
  // else after its paragraph; once.
  const item = link.closest("li");
  const line = item ? null : (link.closest("p") ?? link);
  const previous = item ? item.querySelector(":scope > .open-failed") : line?.nextElementSibling;
  if (previous?.classList.contains("open-failed")) previous.remove();
  try {
    if (!OPENABLE.test(link.href)) throw new Error("scheme not allowed");
    await openUrl(link.href);
  } catch {
    const address = shownAddress(link.href);
    const box = h(
      "div",
      { class: "utrecht-alert utrecht-alert--error open-failed", role: "alert" },
      h("p", { class: "nl-paragraph" }, t("ui-open-failed")),
      h("p", { class: "nl-paragraph" }, h("code", { class: "nl-code open-failed-address" }, address)),
    );
    if (item) item.append(box);
    else line?.after(box);
  }
}

/** What a person copies: the mail address or number itself, not a whole prefilled mailto. */
function shownAddress(href: string): string {
  const plain = /^(mailto|tel):([^?]*)/.exec(href);
  if (!plain) return href;
  try {
    return decodeURIComponent(plain[2]);
  } catch {
    return plain[2];
  }
}

const app = new App({
  "first-run": firstRun,
  overview,
  checklist: checklistScreen,
  organisation: organisationScreen,
  report: reportScreen,
  settings: settingsScreen,
});
void app.start();
