// Starts the interface: every screen is drawn from core calls (api.ts);
// links to the web open in the person's own browser.
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
  // Only web and mail addresses; the opener plugin's scope refuses others too.
  if (/^(https?:|mailto:)/.test(link.href)) void openUrl(link.href);
});

const app = new App({
  "first-run": firstRun,
  overview,
  checklist: checklistScreen,
  organisation: organisationScreen,
  report: reportScreen,
  settings: settingsScreen,
});
void app.start();
