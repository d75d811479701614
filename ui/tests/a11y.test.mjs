// Accessibility and behaviour of every screen, in Debian's Chromium
// (/usr/bin/chromium, through playwright-core: no browser download), with
// the Tauri backend replaced by mock-ipc.js answering with the real core's
// views (fixtures/, from make-fixtures.sh).
//
// For every screen in the light, dark and high-contrast theme: axe-core
// (WCAG 2.0/2.1 A and AA) finds nothing, no text is a raw `ui-…` id, and a
// screenshot goes to target/screenshots/a11y/ (also at 320 px wide, where
// nothing may scroll sideways); in the light theme every Tab stop must show
// its focus. The three themes are shown in English, Dutch and German, so
// every language's texts are checked too. Then behaviour: a keyboard-only
// path through a checklist, the skip link, focus on each new screen's h1,
// the live region after "check now", the language switch, first run,
// sign-in with a pasted code, links, starting over.
//
// Run: (cd ui && npm run test:a11y)   (it builds ui/dist first)
// OVERSTAP_CHROMIUM overrides the browser's path; AXE_VERBOSE=1 prints what
// axe passed and left to review, and the Tab stops; AXE_EXTRA=1 also prints
// axe's best-practice and WCAG 2.2 findings (not asserted).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { installMockIpc } from "./mock-ipc.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const ui = resolve(here, "..");
const repo = resolve(ui, "..");
const dist = join(ui, "dist");
const shots = join(repo, "target/screenshots/a11y");
const CHROMIUM = process.env.OVERSTAP_CHROMIUM ?? "/usr/bin/chromium";
// Flags that work headless on a machine without a GPU, sandbox or network.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const LANGS = ["en", "nl", "de"];
/** Each theme in its own language, so all three languages are checked as well. */
const THEMES = [
  { theme: "light", lang: "en" },
  { theme: "dark", lang: "nl" },
  { theme: "contrast", lang: "de" },
];

const fixtures = {};
for (const profile of ["person", "managed"]) {
  fixtures[profile] = {};
  for (const lang of LANGS) fixtures[profile][lang] = JSON.parse(readFileSync(join(here, "fixtures", `${profile}.${lang}.json`), "utf8"));
}

/** The interface's texts (assets/locales/<lang>/ui.ftl), single-line messages only. */
const texts = {};
for (const lang of LANGS) {
  texts[lang] = {};
  for (const line of readFileSync(join(repo, "assets/locales", lang, "ui.ftl"), "utf8").split("\n")) {
    const m = /^(ui-[a-z0-9-]+) = (.+)$/.exec(line);
    if (m && !(m[1] in texts[lang])) texts[lang][m[1]] = m[2].trim();
  }
}
const T = (lang, id, args = {}) => {
  const text = texts[lang][id];
  assert.ok(text, `${lang}/ui.ftl has ${id} on one line`);
  return text.replace(/\{ \$(\w+) \}/g, (_, name) => String(args[name] ?? `{ $${name} }`));
};

// --- a static server for ui/dist on loopback ---------------------------------
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".json": "application/json" };
function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    // Chromium asks for one on its own; the app in its Tauri window never does.
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    let file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist + sep) && file !== dist) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

let server;
let base;
let browser;

before(async () => {
  statSync(join(dist, "index.html")); // built by `npm run test:a11y` (npm run build first)
  mkdirSync(shots, { recursive: true });
  server = await serve();
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

// --- opening the app ---------------------------------------------------------

/**
 * A fresh context (its own storage) with the mocked IPC, on the app's first screen.
 * Every page error, console error and unknown IPC command fails the test in `close`.
 */
async function openApp({ profile = "person", lang = "en", theme = "light", freshSettings = false, openFails = false, extra = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: "reduce" });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push(`request outside the app: ${r.url()}`);
  });
  // `extra`: fields added to every language's fixture (e.g. check results for the managed profile).
  const chosen = extra ? Object.fromEntries(LANGS.map((l) => [l, { ...fixtures[profile][l], ...extra(l) }])) : fixtures[profile];
  await page.addInitScript(installMockIpc, { fixtures: chosen, lang, theme, freshSettings, openFails });
  await page.goto(base);
  await screenReady(page);
  const close = async () => {
    const unknown = await page.evaluate(() => window.__MOCK_IPC__.unknown);
    await context.close();
    assert.deepEqual(unknown, [], "every IPC command the interface called is answered");
    assert.deepEqual(problems, [], "no errors in the page");
  };
  return { page, close, lang };
}

/** The current screen is drawn: its h1 is there and main is no longer busy. */
async function screenReady(page) {
  await page.waitForSelector("main#main:not([aria-busy]) > h1#screen-title");
}

async function go(page, screen) {
  await page.click(`.app-nav a[data-screen="${screen}"]`);
  await page.waitForFunction((s) => document.querySelector(`.app-nav a[data-screen="${s}"]`)?.getAttribute("aria-current") === "page", screen);
  await screenReady(page);
}

async function openChecklist(page, id) {
  await page.click(`li[data-checklist="${id}"] h2 button`);
  await page.waitForSelector(`.steps li.step`);
  await screenReady(page);
}

/** The first step of checklist `id` whose action is `action`. */
function stepWithAction(id, action) {
  return fixtures.person.en.checklist[id].steps.find((s) => s.action?.id === action).id;
}

async function checkNow(page) {
  await page.click("#check-server-ok");
  await page.waitForSelector('.check-result[data-result="fail"]');
  await page.waitForFunction(() => !document.querySelector("#check-server-ok")?.hasAttribute("aria-disabled"));
}

// --- the screens, each reached as a person would -----------------------------
const SCREENS = [
  { name: "first-run", profile: "person", freshSettings: true, reach: async () => {} },
  { name: "overview", profile: "person", reach: async () => {} },
  {
    name: "checklist-results",
    profile: "person",
    reach: async (page) => {
      await openChecklist(page, "nextcloud");
      await checkNow(page);
      for (const status of ["pass", "warn", "fail"]) await page.waitForSelector(`.check-result[data-result="${status}"]`);
      // The evidence of the failing check open, as IT would read it.
      await page.click('.check-result[data-result="fail"] details.evidence > summary');
    },
  },
  {
    name: "step-block-form",
    profile: "person",
    reach: async (page, lang) => {
      await openChecklist(page, "nextcloud");
      await page.locator('li[data-step="export-files"]').getByRole("button", { name: T(lang, "ui-mark-blocked") }).click();
      await page.waitForSelector("#reason-export-files:focus");
    },
  },
  {
    // After "I'm stuck": the service desk's contacts and the prefilled mail.
    name: "step-stuck-help",
    profile: "managed",
    reach: async (page, lang) => {
      await openChecklist(page, "nextcloud");
      await page.locator('li[data-step="export-files"]').getByRole("button", { name: T(lang, "ui-mark-blocked") }).click();
      await page.fill("#reason-export-files", "Het zaaksysteem opent geen .odt");
      await page.click(".block-form button[type=submit]");
      await page.waitForSelector("#stuck-help-export-files:focus");
    },
  },
  {
    name: "sign-in-waiting",
    profile: "person",
    reach: async (page, lang) => {
      await openChecklist(page, "mastodon");
      const step = stepWithAction("mastodon", "mastodon.login");
      await page.locator(`li[data-step="${step}"]`).getByRole("button", { name: T(lang, "ui-sign-in-with-code") }).click();
      await page.waitForSelector("#code-mastodon:focus");
    },
  },
  { name: "organisation", profile: "managed", reach: async (page) => go(page, "organisation") },
  { name: "report", profile: "person", reach: async (page) => go(page, "report") },
  {
    // Progress reports on: the report exactly as it is sent, before "I have read it".
    name: "report-fleet",
    profile: "managed",
    reach: async (page) => {
      await go(page, "report");
      await page.click("#fleet-show");
      await page.waitForSelector("#fleet-preview-body:focus");
      await page.waitForSelector("#fleet-seen");
    },
  },
  {
    name: "settings-reset",
    profile: "person",
    reach: async (page) => {
      await go(page, "settings");
      await page.click("#reset-ask");
      await page.waitForSelector("#reset-confirm");
    },
  },
];

function describeViolations(violations) {
  return violations
    .map((v) => [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `    ${n.target.join(" ")}  ${n.failureSummary?.replace(/\n/g, " ") ?? ""}`)].join("\n"))
    .join("\n");
}

/** Every text and accessible-name attribute on the page: none may be a raw `ui-…` id. */
async function rawIds(page) {
  return page.evaluate(() => {
    const found = [];
    const re = /(^|[^\w-])(ui-[a-z0-9]+(?:-[a-z0-9]+)*)/g;
    const scan = (text, where) => {
      for (const m of text.matchAll(re)) found.push(`${where}: ${m[2]}`);
    };
    scan(document.title, "title");
    scan(document.body.textContent ?? "", "text");
    for (const el of document.querySelectorAll("[aria-label],[aria-valuetext],[title],[alt],[placeholder]")) {
      for (const attr of ["aria-label", "aria-valuetext", "title", "alt", "placeholder"]) {
        const v = el.getAttribute(attr);
        if (v) scan(v, `${el.tagName.toLowerCase()}[${attr}]`);
      }
    }
    return found;
  });
}

describe("every screen in every theme", () => {
  for (const screen of SCREENS) {
    for (const { theme, lang } of THEMES) {
      test(`${screen.name}, ${theme} (${lang})`, async () => {
        const app = await openApp({ profile: screen.profile, lang, theme, freshSettings: screen.freshSettings });
        const { page } = app;
        try {
          await screen.reach(page, lang);
          assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
          await page.screenshot({ path: join(shots, `${screen.name}-${theme}.png`), fullPage: true });
          assert.deepEqual(await rawIds(page), [], "every text comes from ui.ftl");
          const { violations, incomplete, passes } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          if (process.env.AXE_VERBOSE) console.log(`axe: ${screen.name}, ${theme}: ${passes.length} rules pass; to review: ${incomplete.map((r) => `${r.id} (${r.nodes.length})`).join(", ") || "none"}`);
          if (violations.length > 0) console.log(`axe: ${screen.name}, ${theme}:\n${describeViolations(violations)}`);
          assert.equal(violations.length, 0, `axe found no WCAG A/AA violation:\n${describeViolations(violations)}`);
          if (process.env.AXE_EXTRA) {
            const extra = await new AxeBuilder({ page }).withTags(["best-practice", "wcag22aa"]).analyze();
            console.log(`axe extra: ${screen.name}, ${theme}:\n${describeViolations(extra.violations)}`);
          }
          if (theme === "light") {
            const unseen = await focusWithoutIndicator(page);
            assert.deepEqual(unseen, [], "every Tab stop shows where the focus is (WCAG 2.4.7)");
          }
          // Reflow (WCAG 1.4.10): at 320 CSS pixels wide nothing needs scrolling sideways.
          await page.setViewportSize({ width: 320, height: 800 });
          const wide = await page.evaluate(() => {
            const limit = document.documentElement.clientWidth;
            return [...document.querySelectorAll("body *")]
              .filter((el) => el.getBoundingClientRect().right > limit + 1 && el.getClientRects().length > 0)
              .filter((el) => !el.closest(".visually-hidden, .nl-skip-link"))
              .map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${[...el.classList].join(".")} (${Math.round(el.getBoundingClientRect().right)}px)`);
          });
          const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
          await page.screenshot({ path: join(shots, `${screen.name}-${theme}-320px.png`), fullPage: true });
          assert.equal(scrolls, false, `at 320 px wide the page scrolls sideways; too wide: ${wide.slice(0, 10).join(", ")}`);
        } finally {
          await app.close();
        }
      });
    }
  }
});

// fleet aggregate's dashboard: a document for IT, made by the CLI
// (fixtures/dashboard.<lang>.html), opened from disk as IT opens it.
describe("the fleet dashboard", () => {
  for (const lang of LANGS) {
    test(`dashboard (${lang})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      // A style or anything else the page's own CSP refuses shows here.
      page.on("console", (m) => problems.push(`console ${m.type()}: ${m.text()}`));
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) problems.push(`request: ${r.url()}`);
      });
      try {
        await page.goto(pathToFileURL(join(here, "fixtures", `dashboard.${lang}.html`)).href);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily !== "" && document.styleSheets.length);
        assert.ok(styled, "the inline style applies (allowed by its hash)");
        assert.equal(await page.locator("h1").count(), 1);
        assert.ok((await page.locator("svg[role=img]").count()) >= 3, "the charts are there, each an image with a text alternative");
        for (const label of await page.locator("svg[role=img]").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")))) {
          assert.match(label, /\d/, "a chart's text alternative gives its figures");
        }
        assert.ok((await page.locator("table").count()) >= 5);
        assert.match(await page.locator("body").innerText(), /overstap-0123456789abcdef0123456789abcdef-2026-01-01\.json/, "the broken file is listed");
        await page.screenshot({ path: join(shots, `dashboard-${lang}.png`), fullPage: true });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        assert.equal(violations.length, 0, `axe found no WCAG A/AA violation:\n${describeViolations(violations)}`);
        const unseen = await focusWithoutIndicator(page);
        assert.deepEqual(unseen, [], "every Tab stop (the scrolling tables and charts) shows where the focus is");
        await page.setViewportSize({ width: 320, height: 800 });
        const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
        await page.screenshot({ path: join(shots, `dashboard-${lang}-320px.png`), fullPage: true });
        assert.equal(scrolls, false, "at 320 px wide the page itself does not scroll sideways (wide tables scroll in their own region)");
        assert.deepEqual(problems, [], "the page loads nothing and nothing is refused");
      } finally {
        await context.close();
      }
    });
  }
});

describe("behaviour", () => {
  test("the mock answers in the real core's shapes", async () => {
    const app = await openApp();
    try {
      const f = fixtures.person.en;
      const shapes = await app.page.evaluate(async () => {
        const invoke = window.__TAURI_INTERNALS__.invoke;
        const changed = await invoke("set_step", { step: "nextcloud/mobile-app", action: { action: "done" }, note: null });
        const history = await invoke("step_history", { step: "nextcloud/mobile-app" });
        const detail = await invoke("checklist", { id: "nextcloud" });
        const list = await invoke("list_checklists");
        let refused = null;
        try {
          await invoke("set_step", { step: "nextcloud/server-ok", action: { action: "done" }, note: null });
        } catch (e) {
          refused = e;
        }
        return { changed, history, detail, list, refused };
      });
      const keys = (o) => Object.keys(o).sort();
      assert.deepEqual(keys(shapes.changed), keys(f.samples.step_changed));
      assert.equal(shapes.changed.source, "app");
      assert.deepEqual(keys(shapes.history[0]), keys(f.samples.history[0]));
      assert.deepEqual(keys(shapes.detail), keys(f.checklist.nextcloud));
      assert.deepEqual(keys(shapes.detail.progress), keys(f.checklist.nextcloud.progress));
      assert.deepEqual(keys(shapes.detail.steps[0]), keys(f.checklist.nextcloud.steps[0]));
      assert.deepEqual(keys(shapes.list[0]), keys(f.list_checklists[0]));
      // The state is kept: the marked step is done, and counted.
      assert.equal(shapes.detail.steps.find((s) => s.id === "mobile-app").state, "done");
      assert.equal(shapes.detail.progress.done, f.checklist.nextcloud.progress.done + 1);
      assert.equal(shapes.list.find((c) => c.id === "nextcloud").progress.done, f.checklist.nextcloud.progress.done + 1);
      // A check step cannot be marked by hand: the core's own refusal.
      assert.deepEqual(shapes.refused, f.errors.check_required);
    } finally {
      await app.close();
    }
  });

  test("keyboard only: Tab to the first manual step's button, Enter, focus on the next step", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      // To the checklist by keyboard too: Tab to its card's button, Enter.
      await tabTo(page, 'li[data-checklist="leave-big-tech"] h2 button');
      await page.keyboard.press("Enter");
      await page.waitForSelector(".steps li.step");
      await screenReady(page);
      const steps = fixtures.person.en.checklist["leave-big-tech"].steps;
      const first = steps.find((s) => s.kind === "manual");
      const button = `#done-${first.id}`;
      assert.equal(await page.textContent(button), T("en", "ui-mark-done"));
      await tabTo(page, button);
      // The focus can be seen (WCAG 2.4.7).
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, "none", "the focused button shows its focus");
      await page.keyboard.press("Enter");
      await page.waitForSelector(`li.step-done[data-step="${first.id}"]`);
      const next = steps.slice(steps.indexOf(first) + 1)[0];
      await page.waitForFunction((id) => document.activeElement?.id === `step-${id}`, next.id);
      assert.equal(await page.evaluate(() => document.activeElement.tagName), "H2");
      // And it is stored: the checklist says so when drawn again.
      const state = await page.evaluate(async (ref) => (await window.__TAURI_INTERNALS__.invoke("checklist", { id: "leave-big-tech" })).steps.find((s) => s.id === ref).state, first.id);
      assert.equal(state, "done");
      const announced = await page.waitForFunction(() => document.getElementById("announcer")?.textContent || null);
      assert.ok((await announced.jsonValue()).includes(first.title), "the live region says which step was marked");
    } finally {
      await app.close();
    }
  });

  test("who proved a step: what the check saw, a caveat left to the person, and what only they can confirm", async () => {
    // The recovery key step's check passes (the real core's result shape): the person confirms the rest.
    const keyBackup = (l) => {
      const matrix = structuredClone(fixtures.person[l].run_check.matrix);
      const pass = { probe: "matrix.key-backup", status: "pass", summary: "Your message keys are in key storage (12 keys).", remedy: null, evidence: { requests: [], facts: { count: 12 } }, elapsed_ms: 4, seq: 900, changed_steps: ["matrix/key-backup"] };
      matrix.results = matrix.results.map((r) => (r.probe === "matrix.key-backup" ? pass : r));
      return { run_check: { ...fixtures.person[l].run_check, matrix } };
    };
    const app = await openApp({ extra: keyBackup });
    const { page } = app;
    try {
      await openChecklist(page, "nextcloud");
      await checkNow(page);
      await page.waitForSelector('li[data-step="server-ok"] .proof-checked');
      const status = fixtures.person.en.run_check.nextcloud.results.find((r) => r.probe === "nextcloud.status").summary;
      assert.equal(await page.textContent('li[data-step="server-ok"] .proof-checked'), T("en", "ui-proof-checked", { what: status }));
      assert.equal(await page.textContent(".checklist-proof"), T("en", "ui-progress-proof", { checked: 1, confirmed: 0 }));
      // The quota check has a caveat: not done, and the person may judge it.
      await page.click("#done-anyway-check-quota");
      await page.waitForSelector('li[data-step="check-quota"].step-done .proof-confirmed');
      assert.equal(await page.textContent(".checklist-proof"), T("en", "ui-progress-proof", { checked: 1, confirmed: 1 }));
      // The key backup is on the server: the step waits for what only the person knows.
      await page.click(".app-nav a[data-screen='overview']");
      await screenReady(page);
      await openChecklist(page, "matrix");
      await page.click("#check-all-matrix");
      await page.waitForSelector("#confirm-key-backup");
      const box = await page.textContent('li[data-step="key-backup"] .confirm-box');
      assert.ok(box.includes("Your message keys are in key storage (12 keys)"), box);
      const confirmText = fixtures.person.en.checklist.matrix.steps.find((st) => st.id === "key-backup").confirm_text;
      assert.ok(confirmText && box.includes(confirmText), box);
      assert.equal(await page.getAttribute('li[data-step="key-backup"]', "class"), "step step-todo");
      await page.click("#confirm-key-backup");
      await page.waitForSelector('li[data-step="key-backup"].step-done .proof-checked-and-confirmed');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      assert.equal(violations.length, 0, `axe found no WCAG A/AA violation:\n${describeViolations(violations)}`);
    } finally {
      await app.close();
    }
  });

  test("the Matrix test message is sent only when the person asks for it, after saying what it does", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await openChecklist(page, "matrix");
      await page.click("#check-all-matrix");
      await page.waitForFunction(() => !document.querySelector("#check-all-matrix")?.hasAttribute("aria-disabled"));
      const hint = await page.textContent("#test-message-hint-first-message");
      assert.equal(hint, T("en", "ui-test-message-hint"));
      assert.equal(await page.getAttribute("#test-message-first-message", "aria-describedby"), "test-message-hint-first-message");
      await page.click("#test-message-first-message");
      await page.waitForFunction(() => window.__MOCK_IPC__.calls.filter((c) => c.cmd === "run_check").length === 2);
      const calls = await page.evaluate(() => window.__MOCK_IPC__.calls.filter((c) => c.cmd === "run_check").map((c) => c.args));
      assert.deepEqual(calls.map((c) => [c.services, c.sendTestMessage]), [[["matrix"], false], [["matrix"], true]]);
      await page.waitForFunction(() => !document.querySelector("#test-message-first-message")?.hasAttribute("aria-disabled"));
    } finally {
      await app.close();
    }
  });

  test("the skip link is the first Tab stop, shows, and leads to the main content", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.className), "nl-skip-link");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), T("en", "ui-skip-to-content"));
      const box = await page.locator(".nl-skip-link").boundingBox();
      assert.ok(box && box.y >= 0 && box.height >= 24, `the focused skip link is on screen: ${JSON.stringify(box)}`);
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.id === "main");
      // The next Tab goes on from the main content, not from the menu.
      await page.keyboard.press("Tab");
      assert.ok(await page.evaluate(() => document.getElementById("main").contains(document.activeElement)), "Tab continues inside main");
    } finally {
      await app.close();
    }
  });

  test("focus goes to the new screen's h1 after navigation", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      const titles = { organisation: "ui-org-title", report: "ui-report-title", settings: "ui-settings-title", overview: "ui-overview-title" };
      for (const [screen, title] of Object.entries(titles)) {
        await go(page, screen);
        await page.waitForFunction(() => document.activeElement?.id === "screen-title");
        assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1");
        assert.equal(await page.textContent("#screen-title"), T("en", title));
        assert.equal(await page.title(), `${T("en", title)} – Overstap`);
      }
      await openChecklist(page, "matrix");
      await page.waitForFunction(() => document.activeElement?.id === "screen-title");
      assert.equal(await page.textContent("#screen-title"), fixtures.person.en.checklist.matrix.title);
      // The overview's "next step" link goes to that step's heading instead.
      await go(page, "overview");
      const next = fixtures.person.en.list_checklists.find((c) => c.id === "matrix").progress.next_step;
      await page.click('li[data-checklist="matrix"] .checklist-next button');
      await page.waitForFunction((id) => document.activeElement?.id === `step-${id}`, next.id);
    } finally {
      await app.close();
    }
  });

  test("the live region reads out the check's summary after \"check now\"", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await openChecklist(page, "nextcloud");
      await checkNow(page);
      const summary = fixtures.person.en.run_check.nextcloud.summary;
      await page.waitForFunction((s) => document.getElementById("announcer")?.textContent === s, summary);
      const region = await page.$eval("#announcer", (el) => ({ role: el.getAttribute("role"), live: el.getAttribute("aria-live") }));
      assert.deepEqual(region, { role: "status", live: "polite" });
      // Focus stayed on the button that started the check.
      assert.equal(await page.evaluate(() => document.activeElement?.id), "check-server-ok");
      // The steps the check decided are marked: passed done; a caveat proves nothing, the failed one to do.
      assert.equal(await page.getAttribute('li[data-step="server-ok"]', "class"), "step step-done");
      assert.equal(await page.getAttribute('li[data-step="check-quota"]', "class"), "step step-todo");
      assert.equal(await page.getAttribute('li[data-step="install-client"]', "class"), "step step-todo");
      const calls = await page.evaluate(() => window.__MOCK_IPC__.calls.filter((c) => c.cmd === "run_check"));
      assert.equal(calls.length, 1);
      assert.deepEqual(calls[0].args.services, ["nextcloud"]);
      assert.match(calls[0].args.onResults, /^__CHANNEL__:\d+$/);
    } finally {
      await app.close();
    }
  });

  test("the language switch in settings changes the texts at once", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      // Something announced first, so the live region is in use before the frame is drawn again.
      await openChecklist(page, "leave-big-tech");
      const first = fixtures.person.en.checklist["leave-big-tech"].steps[0];
      await page.click(`#done-${first.id}`);
      await page.waitForFunction((title) => document.getElementById("announcer")?.textContent.includes(title), first.title);
      await go(page, "settings");
      const nav = 'a[data-screen="overview"]';
      assert.equal(await page.textContent(nav), T("en", "ui-nav-overview"));
      assert.notEqual(T("en", "ui-nav-overview"), T("nl", "ui-nav-overview"));
      await page.selectOption("#setting-language", "nl");
      await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent === text, [nav, T("nl", "ui-nav-overview")]);
      assert.equal(await page.getAttribute("nav.app-nav", "aria-label"), T("nl", "ui-nav-label"));
      assert.equal(await page.textContent("#screen-title"), T("nl", "ui-settings-title"));
      assert.equal(await page.evaluate(() => document.documentElement.lang), "nl");
      // Focus stays on the language choice; the change is announced in Dutch.
      await page.waitForFunction(() => document.activeElement?.id === "setting-language");
      await page.waitForFunction((text) => document.getElementById("announcer")?.textContent === text, T("nl", "ui-language-changed"));
      // The checklists come in Dutch from then on.
      await go(page, "overview");
      assert.equal(await page.textContent('li[data-checklist="nextcloud"] h2'), fixtures.person.nl.checklist.nextcloud.title);
      // And to German.
      await go(page, "settings");
      await page.selectOption("#setting-language", "de");
      await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent === text, [nav, T("de", "ui-nav-overview")]);
      assert.deepEqual(await rawIds(page), []);
    } finally {
      await app.close();
    }
  });

  test("progress reports: the overview says so, the report is shown as sent, and nothing is sent before 'I have read it'", async () => {
    const app = await openApp({ profile: "managed" });
    const { page } = app;
    const f = fixtures.managed.en;
    try {
      // The overview says a report is asked for, and where it goes.
      const notice = await page.textContent(".fleet-notice");
      assert.ok(notice.includes(T("en", "ui-fleet-notice-unseen", { destination: f.fleet_status_unseen.destination })), notice);
      await page.click(".fleet-notice button");
      await page.waitForSelector("#fleet-title");
      assert.ok((await page.textContent(".fleet-unseen")).includes(T("en", "ui-fleet-unseen")));
      for (const field of f.fleet_status_unseen.includes) {
        assert.ok((await page.textContent(".fleet-fields")).includes(T("en", `ui-fleet-field-${field.replace(/_/g, "-")}`)), field);
      }
      // Exactly the bytes the core would upload, focused for reading.
      await page.click("#fleet-show");
      await page.waitForSelector("#fleet-preview-body:focus");
      assert.equal(await page.textContent("#fleet-preview-body"), f.fleet_preview.body);
      assert.equal(await page.getAttribute("#fleet-show", "aria-expanded"), "true");
      const before = await page.evaluate(() => window.__MOCK_IPC__.calls.map((c) => c.cmd));
      assert.ok(!before.includes("fleet_mark_seen"), "not marked seen by looking alone");
      await page.click("#fleet-seen");
      await page.waitForFunction((text) => document.getElementById("announcer")?.textContent === text, T("en", "ui-fleet-seen-done"));
      await page.waitForFunction(() => document.activeElement?.id === "fleet-title");
      assert.equal(await page.$(".fleet-unseen"), null, "the 'nothing sent yet' line is gone");
      assert.ok((await page.textContent(".fleet table")).includes(f.fleet_status_seen.uploads[0].last_failure));
      await go(page, "overview");
      assert.ok((await page.textContent(".fleet-notice")).includes(T("en", "ui-fleet-notice-on", { destination: f.fleet_status_seen.destination })));
    } finally {
      await app.close();
    }
  });

  test("first run: the work address leads to the overview, with the menu", async () => {
    const app = await openApp({ freshSettings: true });
    const { page } = app;
    try {
      assert.equal(await page.$(".app-nav"), null, "no menu before the first run is done");
      await page.fill("#first-run-email", "not-an-address");
      await page.keyboard.press("Enter");
      await page.waitForSelector('#first-run-email[aria-invalid="true"]:focus');
      assert.equal(await page.textContent(".form-problems .utrecht-alert p"), fixtures.person.en.errors.bad_email.message);
      await page.fill("#first-run-email", "j.jansen@minvz.example");
      await page.keyboard.press("Enter");
      await page.waitForSelector(".app-nav");
      await page.waitForSelector("ul#checklists");
      await page.waitForFunction(() => document.activeElement?.id === "screen-title");
      assert.equal(await page.textContent("#screen-title"), T("en", "ui-overview-title"));
    } finally {
      await app.close();
    }
  });

  test("links open in the person's browser, and starting over leads to the first run", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await openChecklist(page, "nextcloud");
      const link = page.locator('li[data-step="install-client"] a[data-external]').first();
      const href = await link.getAttribute("href");
      await link.click();
      await page.waitForFunction(() => window.__MOCK_IPC__.calls.some((c) => c.cmd === "plugin:opener|open_url"));
      const opened = await page.evaluate(() => window.__MOCK_IPC__.calls.filter((c) => c.cmd === "plugin:opener|open_url").map((c) => c.args.url));
      assert.deepEqual(opened, [href]);
      assert.equal(page.url(), base, "the window itself stays on the app");
      await go(page, "settings");
      await page.click("#reset-ask");
      await page.waitForFunction(() => document.activeElement?.textContent === document.querySelector("#reset-confirm + button")?.textContent);
      await page.click("#reset-confirm");
      await page.waitForSelector("#first-run-email");
      await page.waitForFunction(() => document.activeElement?.id === "screen-title");
      assert.equal(await page.textContent("#screen-title"), T("en", "ui-first-run-title"));
      assert.equal(await page.$(".app-nav"), null);
    } finally {
      await app.close();
    }
  });

  test("I'm stuck: Escape closes the form; saved, the reason stays on this computer when nothing reports it", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await openChecklist(page, "nextcloud");
      const row = page.locator('li[data-step="export-files"]');
      await row.getByRole("button", { name: T("en", "ui-mark-blocked") }).click();
      await page.waitForSelector("#reason-export-files:focus");
      await page.keyboard.type("half a reason");
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => !document.querySelector("#reason-export-files"));
      await page.waitForFunction(() => document.activeElement?.id === "step-export-files");
      assert.equal(await page.getAttribute('li[data-step="export-files"]', "class"), "step step-todo", "Escape saves nothing");
      // Saved: no organisation, no reports: the truth is that nobody else sees it.
      await row.getByRole("button", { name: T("en", "ui-mark-blocked") }).click();
      await page.fill("#reason-export-files", "The case system opens no .odt");
      await page.click(".block-form button[type=submit]");
      await page.waitForSelector("#stuck-help-export-files:focus");
      assert.equal(await page.getAttribute('li[data-step="export-files"]', "class"), "step step-blocked");
      assert.equal(await page.textContent(".stuck-help .stuck-reach"), T("en", "ui-stuck-reason-local"));
      assert.ok((await page.textContent(".stuck-help")).includes(T("en", "ui-stuck-no-contacts")));
      assert.equal(await page.$(".stuck-help a.stuck-mail"), null, "no mail without the service desk's address");
    } finally {
      await app.close();
    }
  });

  test("I'm stuck with an organisation: its contacts as links, a prefilled mail with the step, reason and last check, and who sees the reason", async () => {
    // The managed profile with the person's check results (a failed Matrix check).
    const app = await openApp({ profile: "managed", extra: (l) => ({ run_check: fixtures.person[l].run_check }) });
    const { page } = app;
    const f = fixtures.managed.en;
    const org = f.organisation;
    try {
      await openChecklist(page, "matrix");
      await page.click("#check-all-matrix");
      await page.waitForSelector('li[data-step="find-server"] .check-result[data-result="fail"]');
      await page.waitForFunction(() => !document.querySelector("#check-all-matrix")?.hasAttribute("aria-disabled"));
      const step = f.checklist.matrix.steps.find((s) => s.id === "find-server");
      const result = fixtures.person.en.run_check.matrix.results.find((r) => r.probe === "matrix.discovery");
      const reason = "Element says: 100% unknown server & no #room?";
      await page.locator('li[data-step="find-server"]').getByRole("button", { name: T("en", "ui-mark-blocked") }).click();
      await page.fill("#reason-find-server", reason);
      await page.click(".block-form button[type=submit]");
      await page.waitForSelector("#stuck-help-find-server:focus");
      // Reports include reasons, but the report is not read yet: nothing has gone.
      assert.equal(await page.getAttribute(".stuck-help", "data-reach"), "not-yet");
      assert.equal(await page.textContent(".stuck-help .stuck-reach"), T("en", "ui-stuck-reason-not-yet", { organisation: org.name }));
      const links = await page.$$eval(".stuck-help ul.support a", (as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(links, [`mailto:${org.support_email}`, "tel:+31700000000", org.support_web, "https://matrix.to/#/%23overstap-hulp%3Aminvz.example"]);
      // The mail: decoded as a mail program reads it (RFC 6068).
      const href = await page.getAttribute(".stuck-help a.stuck-mail", "href");
      const [to, query] = href.slice("mailto:".length).split("?");
      assert.equal(decodeURIComponent(to), org.support_email);
      const fields = Object.fromEntries(query.split("&").map((p) => p.split("=")).map(([k, v]) => [k, decodeURIComponent(v)]));
      assert.deepEqual(Object.keys(fields), ["subject", "body"]);
      assert.equal(fields.subject, T("en", "ui-stuck-mail-subject", { step: step.title }));
      const body = fields.body.split("\r\n");
      assert.ok(body.includes(T("en", "ui-stuck-mail-step", { step: step.title, id: "matrix/find-server" })), fields.body);
      assert.ok(body.includes(T("en", "ui-stuck-mail-reason", { reason })), fields.body);
      assert.ok(body.includes(T("en", "ui-stuck-mail-check-code", { summary: result.summary, code: result.evidence.failure.kind })), fields.body);
      assert.doesNotMatch(fields.body, /password|token|salt/i, "nothing secret");
      // The mail link opens the mail program with exactly that address.
      await page.click(".stuck-help a.stuck-mail");
      await page.waitForFunction(() => window.__MOCK_IPC__.calls.some((c) => c.cmd === "plugin:opener|open_url"));
      const opened = await page.evaluate(() => window.__MOCK_IPC__.calls.filter((c) => c.cmd === "plugin:opener|open_url").map((c) => c.args.url));
      assert.deepEqual(opened, [href]);
      // Once the report is read, the reason does reach IT, and the panel says so.
      await go(page, "report");
      await page.click("#fleet-show");
      await page.click("#fleet-seen");
      await page.waitForFunction(() => document.activeElement?.id === "fleet-title");
      await go(page, "overview");
      await openChecklist(page, "matrix");
      await page.locator('li[data-step="find-server"]').getByRole("button", { name: T("en", "ui-mark-todo") }).click();
      await page.waitForSelector('li.step-todo[data-step="find-server"]');
      await page.locator('li[data-step="find-server"]').getByRole("button", { name: T("en", "ui-mark-blocked") }).click();
      await page.fill("#reason-find-server", reason);
      await page.click(".block-form button[type=submit]");
      await page.waitForSelector("#stuck-help-find-server:focus");
      assert.equal(await page.textContent(".stuck-help .stuck-reach"), T("en", "ui-stuck-reason-reported", { organisation: org.name }));
    } finally {
      await app.close();
    }
  });

  test("a link the opener refuses says so, with the address to copy", async () => {
    const app = await openApp({ profile: "managed", openFails: true });
    const { page } = app;
    try {
      await go(page, "organisation");
      const phone = page.locator('ul.support a[href^="tel:"]');
      assert.equal(await phone.textContent(), fixtures.managed.en.organisation.support_phone);
      await phone.click();
      await page.waitForSelector("ul.support .open-failed[role=alert]");
      assert.equal(await page.textContent(".open-failed p"), T("en", "ui-open-failed"));
      assert.equal(await page.textContent(".open-failed-address"), "+31700000000");
      // A second refusal replaces the first: one message per link.
      await phone.click();
      // The old message goes before the second call is made; then the new one comes.
      await page.waitForFunction(
        () => window.__MOCK_IPC__.calls.filter((c) => c.cmd === "plugin:opener|open_url").length === 2 && document.querySelectorAll(".open-failed").length === 1,
      );
      assert.equal(page.url(), base, "the window itself stays on the app");
    } finally {
      await app.close();
    }
  });

  test("first run: the language comes first, each named in itself, and applies at once", async () => {
    const app = await openApp({ freshSettings: true });
    const { page } = app;
    try {
      // Before anything else on the screen: the first control after the heading.
      const first = await page.evaluate(() => document.querySelector("main select, main input, main button, main textarea")?.id);
      assert.equal(first, "first-run-language");
      const options = await page.$$eval("#first-run-language option", (os) => os.map((o) => [o.value, o.lang, o.textContent]));
      assert.deepEqual(options, ["nl", "de", "en"].map((l) => [l, l, T(l, `ui-language-${l}`)]));
      await page.selectOption("#first-run-language", "de");
      await page.waitForFunction((text) => document.getElementById("screen-title")?.textContent === text, T("de", "ui-first-run-title"));
      assert.equal(await page.evaluate(() => document.documentElement.lang), "de");
      await page.waitForFunction(() => document.activeElement?.id === "first-run-language");
      await page.waitForFunction((text) => document.getElementById("announcer")?.textContent === text, T("de", "ui-language-changed"));
      assert.equal(await page.textContent('label[for="first-run-email"]'), T("de", "ui-first-run-email"));
      const set = await page.evaluate(() => window.__MOCK_IPC__.calls.filter((c) => c.cmd === "set_setting").map((c) => c.args));
      assert.deepEqual(set, [{ key: "language", value: "de" }]);
      assert.deepEqual(await rawIds(page), []);
    } finally {
      await app.close();
    }
  });

  test("organisation: each setting labelled in plain words, the salt only said to be set, locks readable at 480 px", async () => {
    const app = await openApp({ profile: "managed" });
    const { page } = app;
    try {
      await go(page, "organisation");
      // The core never sends the salt: the view has no value for it.
      const salt = await page.evaluate(async () => (await window.__TAURI_INTERNALS__.invoke("preset_view")).settings.find((s) => s.key === "reporting.salt"));
      assert.deepEqual([salt.value, salt.secret], [null, true]);
      assert.equal(await page.textContent('.policy[data-key="reporting.salt"] .policy-value'), T("en", "ui-policy-secret-set"));
      assert.doesNotMatch(await page.textContent("main"), /ui-fixture-salt/);
      assert.equal(await page.textContent('.policy[data-key="servers.matrix"] .policy-label'), T("en", "ui-policy-servers-matrix"));
      assert.equal(await page.textContent('.policy[data-key="servers.matrix"] .policy-key'), "servers.matrix");
      assert.equal(await page.textContent('.policy[data-key="servers.matrix"] .policy-locked'), T("en", "ui-org-locked-badge"));
      assert.equal(await page.$('.policy[data-key="organisation.name"] .policy-locked'), null);
      assert.equal(await page.textContent('.policy[data-key="reporting.enabled"] .policy-value'), T("en", "ui-yes"));
      assert.equal(await page.textContent('.policy[data-key="checklists.libreoffice.steps.choose-interface"] .policy-value'), T("en", "ui-policy-step-hidden"));
      // Every setting has words of its own, not only its key path.
      const bare = await page.$$eval(".policy", (ps) => ps.filter((p) => p.querySelector(".policy-label").textContent === p.dataset.key).map((p) => p.dataset.key));
      assert.deepEqual(bare, []);
      await page.setViewportSize({ width: 480, height: 800 });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false);
      const cut = await page.$$eval(".policy, .sources li", (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
      assert.equal(cut, 0, "no setting or source runs out of its box at 480 px");
      await page.screenshot({ path: join(shots, "organisation-480px.png"), fullPage: true });
    } finally {
      await app.close();
    }
  });

  test("organisation: an example organisation is named as the example, not as 'no organisation'", async () => {
    const org = fixtures.managed.en.organisation;
    const example = (l) => ({
      organisation: { ...org, colors: { primary: null, primary_text: null, link: null, focus: null } },
      preset_view: {
        managed: false,
        sources: [{ layer: "example", origin: "nl-ministerie.toml", serial: null, refused: false, problems: 0 }],
        settings: fixtures.managed[l].preset_view.settings
          .filter((s) => s.key.startsWith("organisation."))
          .map((s) => ({ ...s, layer: "example", origin: "nl-ministerie.toml", locked: false })),
        locked: [],
        problems: [],
      },
    });
    const app = await openApp({ extra: example });
    const { page } = app;
    try {
      await go(page, "organisation");
      assert.equal(await page.textContent(".organisation .intro"), T("en", "ui-org-example", { organisation: org.name }));
      assert.ok(!(await page.textContent("main")).includes(T("en", "ui-org-unmanaged")));
      assert.ok((await page.textContent(".sources")).includes(T("en", "ui-layer-example")));
    } finally {
      await app.close();
    }
  });

  test("report: who and when, blocked steps with their reasons, distinct column names, and a printout without the screen-only parts", async () => {
    const app = await openApp({ profile: "managed" });
    const { page } = app;
    const f = fixtures.managed.en;
    try {
      await page.evaluate(() => window.__TAURI_INTERNALS__.invoke("set_step", { step: "libreoffice/test-own-files", action: { action: "block", reason: "Fachverfahren VIS opens no .odt" }, note: null }));
      await go(page, "report");
      const meta = await page.textContent(".report-meta");
      assert.ok(meta.includes(f.organisation.name), meta);
      assert.ok(meta.includes(T("en", "ui-report-date")), meta);
      assert.ok(!meta.includes(T("en", "ui-report-person")), "no work address given: no line for the person, and no invented name");
      const heads = await page.$$eval(".report table thead th", (ths) => ths.map((th) => th.textContent));
      assert.equal(new Set(heads).size, heads.length, `every column has its own name: ${heads}`);
      assert.ok(heads.includes(T("en", "ui-report-col-progress")) && heads.includes(T("en", "ui-state-done")));
      // Who proved the done steps, apart.
      assert.ok(heads.includes(T("en", "ui-report-col-checked")) && heads.includes(T("en", "ui-report-col-confirmed")), `${heads}`);
      const title = f.checklist.libreoffice.steps.find((s) => s.id === "test-own-files").title;
      const blocked = await page.textContent('.report-blocked [data-checklist="libreoffice"] li[data-step="test-own-files"]');
      assert.ok(blocked.includes(title) && blocked.includes("Fachverfahren VIS opens no .odt"), blocked);
      assert.equal(await page.locator(".report-blocked li").count(), 1);
      // On paper: the report, without buttons or "read the report below first".
      await page.emulateMedia({ media: "print" });
      assert.equal(await page.isVisible(".fleet-unseen"), false);
      assert.equal(await page.isVisible(".report .button-row"), false);
      assert.equal(await page.isVisible(".app-header"), false);
      assert.equal(await page.isVisible(".report-blocked"), true);
      assert.equal(await page.isVisible(".report-meta"), true);
      await page.screenshot({ path: join(shots, "report-print.png"), fullPage: true });
    } finally {
      await app.close();
    }
    // The person's own work address, when they gave one.
    const person = await openApp();
    try {
      await go(person.page, "report");
      assert.ok((await person.page.textContent(".report-meta")).includes(fixtures.person.en.settings.settings.find((s) => s.key === "email").value));
      assert.equal(await person.page.textContent(".report-blocked p"), T("en", "ui-report-blocked-none"));
    } finally {
      await person.close();
    }
  });

  test("a waiting step names the steps it waits for, in its own checklist and in another one", async () => {
    const app = await openApp();
    const { page } = app;
    const f = fixtures.person.en;
    try {
      await openChecklist(page, "matrix");
      const find = f.checklist.matrix.steps.find((s) => s.id === "find-server");
      const hint = await page.textContent('li[data-step="check-sso"] .waiting');
      assert.ok(hint.includes(`“${find.title}”`), hint);
      // Another checklist's step is named with its checklist.
      await go(page, "overview");
      await openChecklist(page, "leave-big-tech");
      const account = f.checklist.mastodon.steps.find((s) => s.id === "account-ready");
      await page.waitForFunction((text) => document.querySelector('li[data-step="announce-move"] .waiting')?.textContent.includes(text), `“${account.title}” (${f.checklist.mastodon.title})`);
    } finally {
      await app.close();
    }
  });

  test("sign-in with a pasted code finishes, and cancel stops a waiting one", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await openChecklist(page, "mastodon");
      const step = stepWithAction("mastodon", "mastodon.login");
      const row = page.locator(`li[data-step="${step}"]`);
      await row.getByRole("button", { name: T("en", "ui-sign-in-with-code") }).click();
      await page.waitForSelector("#code-mastodon:focus");
      await page.keyboard.type("abc123");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#sign-out-mastodon");
      await page.waitForFunction((id) => document.activeElement?.id === `step-${id}`, step);
      await page.click("#sign-out-mastodon");
      await page.waitForSelector("#sign-in-mastodon");
      await row.getByRole("button", { name: T("en", "ui-sign-in-with-code") }).click();
      await page.waitForSelector("#code-mastodon:focus");
      await row.locator(".sign-in-waiting").getByRole("button", { name: T("en", "ui-cancel") }).click();
      await page.waitForSelector(`li[data-step="${step}"] .sign-in-waiting .utrecht-alert`);
      assert.equal(await row.locator(".sign-in-waiting .utrecht-alert p").first().textContent(), fixtures.person.en.errors.sign_in_cancelled.message);
    } finally {
      await app.close();
    }
  });
});

/**
 * Tabs through the whole page once (from the top, at most 250 stops) and
 * lists the Tab stops that show no focus indicator (neither an outline nor
 * a box-shadow).
 */
async function focusWithoutIndicator(page) {
  // Tab from the very top: a focus point before everything else, removed after the first Tab.
  await page.evaluate(() => {
    const start = document.createElement("span");
    start.id = "tab-start";
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const unseen = [];
  const seen = new Set();
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      document.getElementById("tab-start")?.remove();
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const key = `${el.tagName.toLowerCase()}#${el.id}.${el.className}:${(el.textContent ?? "").trim().slice(0, 30)}:${[...document.querySelectorAll("*")].indexOf(el)}`;
      const focused = getComputedStyle(el);
      const shows = (focused.outlineStyle !== "none" && parseFloat(focused.outlineWidth) > 0) || focused.boxShadow !== "none";
      return { key, shows };
    });
    if (!stop) break;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    if (!stop.shows) unseen.push(stop.key);
  }
  assert.ok(seen.size > 0, "Tab reaches something");
  if (process.env.AXE_VERBOSE) console.log(`${seen.size} Tab stops`);
  return unseen;
}

/** Presses Tab until `selector` has the focus (at most 150 times). */
async function tabTo(page, selector) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}
