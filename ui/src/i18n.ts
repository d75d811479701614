// The interface's texts in nl, de and en, from the same Fluent source as
// the core (assets/locales/<lang>/ui.ftl), bundled at build time. Switching
// the language swaps the bundle; screens are drawn again.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import de from "../../assets/locales/de/ui.ftl?raw";
import en from "../../assets/locales/en/ui.ftl?raw";
import nl from "../../assets/locales/nl/ui.ftl?raw";
import type { Lang } from "./bindings/Lang";

const SOURCES: Record<Lang, string> = { nl, de, en };

function bundle(lang: Lang): FluentBundle {
  // No bidi isolation marks: all three languages run left to right, and
  // the marks would end up in copied text.
  const b = new FluentBundle(lang, { useIsolating: false });
  const errors = b.addResource(new FluentResource(SOURCES[lang]));
  if (errors.length > 0) console.error(`ui.ftl (${lang}):`, errors);
  return b;
}

let current: FluentBundle = bundle("en");
let currentLang: Lang = "en";

export function setLang(lang: Lang): void {
  current = bundle(lang);
  currentLang = lang;
  document.documentElement.lang = lang;
}

export function lang(): Lang {
  return currentLang;
}

/** The text `id` in the current language; the id itself if it is missing (a test catches that). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const message = current.getMessage(id);
  if (!message?.value) return id;
  return current.formatPattern(message.value, args);
}
