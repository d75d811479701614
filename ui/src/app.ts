// The frame around every screen: skip link, header with the organisation,
// navigation, the main area and the live region; and moving between
// screens, with focus put on each new screen's heading.
import { appInfo, isApiError, type ApiError } from "./api";
import type { AppInfo } from "./bindings/AppInfo";
import { focus, h } from "./dom";
import { setLang, t } from "./i18n";
import { applyOrganisationColors, applyTheme, storedTheme } from "./theme";

export type Route =
  | { screen: "first-run" }
  | { screen: "overview" }
  | { screen: "checklist"; id: string; step?: string }
  | { screen: "organisation" }
  | { screen: "report" }
  | { screen: "settings" };

export interface Screen {
  /** The page title and the screen's h1. */
  title: string;
  content: HTMLElement;
  /** Where focus goes once drawn (default: the h1). */
  focus?: HTMLElement | null;
}

export type ScreenFn = (app: App, route: Route) => Promise<Screen>;

const NAV: { screen: Route["screen"]; label: string }[] = [
  { screen: "overview", label: "ui-nav-overview" },
  { screen: "organisation", label: "ui-nav-organisation" },
  { screen: "report", label: "ui-nav-report" },
  { screen: "settings", label: "ui-nav-settings" },
];

export class App {
  info!: AppInfo;
  route: Route = { screen: "overview" };
  private main!: HTMLElement;

  constructor(private readonly screens: Record<Route["screen"], ScreenFn>) {}

  async start(): Promise<void> {
    applyTheme(storedTheme());
    await this.reload();
    const first = this.info.managed || this.info.first_run_done ? { screen: "overview" as const } : { screen: "first-run" as const };
    await this.go(first, false);
  }

  /** Reads the app info again (after a language change, an import, a reset). */
  async reload(): Promise<void> {
    this.info = await appInfo();
    setLang(this.info.lang);
    applyOrganisationColors(this.info.organisation?.colors ?? null);
    this.drawFrame();
  }

  /** Shows `route`; `moveFocus` false on start-up (focus stays at the top of the page). */
  async go(route: Route, moveFocus = true): Promise<void> {
    this.route = route;
    this.markCurrentNav();
    if (this.info.core_error) {
      this.show({ title: t("ui-core-error-title"), content: errorBox(this.info.core_error) }, moveFocus);
      return;
    }
    this.main.setAttribute("aria-busy", "true");
    try {
      const screen = await this.screens[route.screen](this, route);
      this.show(screen, moveFocus);
    } catch (e) {
      this.show({ title: t("ui-error-title"), content: errorBox(e) }, moveFocus);
    } finally {
      this.main.removeAttribute("aria-busy");
    }
  }

  private show(screen: Screen, moveFocus: boolean): void {
    document.title = `${screen.title} – Overstap`;
    const heading = h("h1", { class: "nl-heading nl-heading--level-1", id: "screen-title", tabindex: -1 }, screen.title);
    this.main.replaceChildren(heading, screen.content);
    if (moveFocus) focus(screen.focus ?? heading);
  }

  private drawFrame(): void {
    const org = this.info.organisation;
    const skip = h("a", { class: "nl-skip-link", href: "#main" }, t("ui-skip-to-content"));
    const brand = h(
      "div",
      { class: "app-brand" },
      org?.logo ? h("img", { class: "app-logo", src: org.logo, alt: org.name ?? "" }) : null,
      h("span", { class: "app-name" }, "Overstap"),
      org?.name ? h("span", { class: "app-organisation" }, org.name) : null,
    );
    const nav = h(
      "nav",
      { class: "app-nav", "aria-label": t("ui-nav-label") },
      h(
        "ul",
        {},
        ...NAV.map((item) =>
          h(
            "li",
            {},
            h(
              "a",
              {
                href: `#${item.screen}`,
                "data-screen": item.screen,
                onclick: (e: Event) => {
                  e.preventDefault();
                  void this.go({ screen: item.screen } as Route);
                },
              },
              t(item.label),
            ),
          ),
        ),
      ),
    );
    const header = h("header", { class: "app-header" }, brand, this.info.first_run_done || this.info.managed ? nav : null);
    this.main = h("main", { id: "main", tabindex: -1 });
    const notices = this.info.notices.map((n) =>
      h("div", { class: "utrecht-alert utrecht-alert--warning notice", role: "alert" }, n.message),
    );
    const announcer = h("div", { id: "announcer", class: "visually-hidden", role: "status", "aria-live": "polite" });
    document.body.replaceChildren(skip, header, ...notices, this.main, announcer);
  }

  private markCurrentNav(): void {
    const current = this.route.screen === "checklist" ? "overview" : this.route.screen;
    for (const a of document.querySelectorAll<HTMLAnchorElement>(".app-nav a")) {
      if (a.dataset.screen === current) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    }
  }
}

/** A failure in plain words, with the code for IT. */
export function errorBox(e: unknown): HTMLElement {
  const err: ApiError = isApiError(e) ? e : { code: "internal", message: String(e) };
  return h(
    "div",
    { class: "utrecht-alert utrecht-alert--error", role: "alert" },
    h("p", { class: "nl-paragraph" }, err.message),
    h("p", { class: "nl-paragraph error-code" }, t("ui-error-code", { code: err.code })),
  );
}
