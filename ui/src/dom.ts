// A few helpers to build the page without a framework. Text always goes in
// as text (textContent), never as HTML.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null | EventListener>;

/** `h("button", { class: "x", onclick: f }, "Label")`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2), value as EventListener);
    } else if (value === true) {
      el.setAttribute(name, "");
    } else {
      el.setAttribute(name, String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** Paragraphs from text with blank lines between them. */
export function paragraphs(text: string): HTMLParagraphElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => h("p", { class: "nl-paragraph" }, p));
}

/** Moves keyboard focus to `el` (made focusable for it if it is not). */
export function focus(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.hasAttribute("tabindex") && !(el instanceof HTMLButtonElement || el instanceof HTMLInputElement)) {
    el.setAttribute("tabindex", "-1");
  }
  el.focus();
}
