// The overview: every checklist with its progress and the single next step.
import "./styles.css";
import { appInfo, listChecklists, uiReady, type ApiError, type ChecklistSummary } from "./api";

const LABELS = {
  nl: { loading: "Checklists laden…", next: "Volgende stap", complete: "Klaar", progress: "voortgang", failed: "Er ging iets mis" },
  de: { loading: "Checklisten werden geladen…", next: "Nächster Schritt", complete: "Abgeschlossen", progress: "Fortschritt", failed: "Etwas ist schiefgegangen" },
  en: { loading: "Loading checklists…", next: "Next step", complete: "Complete", progress: "progress", failed: "Something went wrong" },
} as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function renderChecklist(c: ChecklistSummary, labels: (typeof LABELS)[keyof typeof LABELS]): HTMLLIElement {
  const item = element("li", "checklist");
  item.dataset.checklist = c.id;
  const heading = element("h2", "checklist-title", c.title);
  heading.id = `checklist-${c.id}`;
  const description = element("p", "checklist-description", c.description);
  const bar = element("progress", "checklist-progress");
  bar.max = 100;
  bar.value = c.progress.percent;
  bar.setAttribute("aria-labelledby", heading.id);
  bar.setAttribute("aria-valuetext", `${c.progress.percent}% ${labels.progress}`);
  const next = c.progress.next_step
    ? element("p", "checklist-next", `${labels.next}: ${c.progress.next_step.title}`)
    : element("p", "checklist-next", c.progress.complete ? labels.complete : "");
  item.append(heading, description, bar, next);
  return item;
}

async function main(): Promise<void> {
  const status = document.getElementById("status")!;
  const list = document.getElementById("checklists")!;
  try {
    const info = await appInfo();
    document.documentElement.lang = info.lang;
    const labels = LABELS[info.lang];
    status.textContent = labels.loading;
    for (const notice of info.notices) {
      const note = element("p", "notice", notice.message);
      note.setAttribute("role", "alert");
      list.before(note);
    }
    const checklists = await listChecklists(info.lang);
    list.replaceChildren(...checklists.map((c) => renderChecklist(c, labels)));
    status.textContent = "";
    await uiReady(checklists.length);
  } catch (e) {
    const err = e as ApiError;
    status.textContent = `${LABELS.en.failed}: ${err.message ?? String(e)}`;
  }
}

void main();
