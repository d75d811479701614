// Light, dark and high contrast, and the organisation's own colours as
// design tokens. The shell only sends colours that are readable (WCAG AA);
// the person's choice of theme is kept in this window's storage.
import type { ColorTokens } from "./bindings/ColorTokens";

export type Theme = "system" | "light" | "dark" | "contrast";
const KEY = "overstap-theme";

export function storedTheme(): Theme {
  const v = localStorage.getItem(KEY);
  return v === "light" || v === "dark" || v === "contrast" ? v : "system";
}

export function applyTheme(theme: Theme): void {
  localStorage.setItem(KEY, theme);
  const root = document.documentElement;
  root.dataset.theme = theme;
}

/** The organisation's colours, in light mode only: dark and high-contrast keep their own. */
export function applyOrganisationColors(colors: ColorTokens | null): void {
  const style = document.documentElement.style;
  const set = (name: string, value: string | null | undefined) =>
    value ? style.setProperty(name, value) : style.removeProperty(name);
  set("--overstap-org-primary", colors?.primary);
  set("--overstap-org-primary-text", colors?.primary_text);
  set("--overstap-org-link", colors?.link);
  set("--overstap-org-focus", colors?.focus);
}
