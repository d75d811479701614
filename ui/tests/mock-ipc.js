// A stand-in for the Tauri backend, for the interface tests in a plain
// browser. `installMockIpc` is injected with Playwright's page.addInitScript
// before the app's own code runs, so it must be self-contained: it gets its
// data as one JSON-able argument and touches nothing outside the page.
//
// How Tauri v2 reaches it (node_modules/@tauri-apps/api/core.js):
// - invoke(cmd, args) calls window.__TAURI_INTERNALS__.invoke(cmd, args, options);
//   a rejected promise carries the core's {code, message}.
// - new Channel() registers its handler through
//   window.__TAURI_INTERNALS__.transformCallback(handler) and keeps the id it
//   returns (channel.id); the backend answers with {message, index} envelopes,
//   index 0, 1, … in order, and finally {end: true, index: n}.
//
// The answers are the real core's views (fixtures/*.json, written by
// make-fixtures.sh through the real CLI). State lives in memory: marking a
// step changes what `checklist` and `list_checklists` return next, as the
// core's progress.rs computes it.

/**
 * @param {object} setup
 * @param {Record<string, object>} setup.fixtures  per language ("en", "nl", "de"): one fixture file
 * @param {string} setup.lang          the language at start
 * @param {boolean} [setup.firstRunDone]  default: the fixture's
 * @param {boolean} [setup.freshSettings] start from the settings before the first run
 * @param {string|null} [setup.theme]   localStorage["overstap-theme"] before start
 * @param {boolean} [setup.browserOpens] sign-in: whether the browser opened (default true)
 * @param {number} [setup.delayMs]      how long a check or sign-in takes before it answers (default 30)
 * @param {boolean} [setup.openFails]   the opener refuses every address (no mail or phone program)
 */
export function installMockIpc(setup) {
  const clone = (v) => JSON.parse(JSON.stringify(v));
  const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const wait = setup.delayMs ?? 30;
  if (setup.theme) localStorage.setItem("overstap-theme", setup.theme);

  const fixtureFor = (lang) => setup.fixtures[lang] ?? setup.fixtures.en;
  const base = fixtureFor(setup.lang);
  const state = {
    lang: setup.lang,
    settings: clone(setup.freshSettings ? base.settings_fresh : base.settings),
    firstRunDone: setup.firstRunDone ?? (setup.freshSettings ? base.settings_fresh.first_run_done : base.settings.first_run_done),
    /** "checklist/step" → {state, reason, changed_at} for steps changed here. */
    steps: new Map(),
    history: [],
    historySeq: 0,
    /** Probes with a result: their latest CheckResultView comes from the fixture of the current language. */
    results: new Map(),
    signIns: clone(base.sign_ins ?? []),
    waiting: new Map(),
    /** The managed profile's progress report has been read ("I have read it"). */
    fleetSeen: false,
  };

  const calls = [];
  const unknown = [];
  window.__MOCK_IPC__ = { calls, unknown, state };

  const fixture = () => fixtureFor(state.lang);
  const fail = (error) => Promise.reject(clone(error));
  const now = () => new Date().toISOString().replace(/\.(\d{3})\d*Z$/, ".$1Z");

  // --- steps and progress (crates/overstap-core/src/progress.rs) ----------
  function stepStatus(ref) {
    return state.steps.get(ref) ?? { state: "todo", reason: null, changed_at: null, proof: null, checked_by: null, checked: null };
  }
  function isReady(step) {
    return step.depends_on.every((dep) => ["done", "skipped"].includes(stepStatus(dep).state));
  }
  function detail(id) {
    const d = clone(fixture().checklist[id]);
    for (const step of d.steps) Object.assign(step, stepStatus(`${d.id}/${step.id}`));
    for (const step of d.steps) step.ready = isReady(step);
    d.progress = progress(d);
    return d;
  }
  function progress(d) {
    const p = { total: d.steps.length, required: d.steps.filter((s) => s.required).length, done: 0, done_checked: 0, done_confirmed: 0, skipped: 0, blocked: 0, todo: 0, percent: 0, complete: true, next_step: null };
    for (const step of d.steps) {
      p[step.state] += 1;
      if (step.state === "done") p[step.proof === "confirmed" || !step.proof ? "done_confirmed" : "done_checked"] += 1;
      if (step.required && step.state !== "done") p.complete = false;
      if (!p.next_step && step.state === "todo" && step.ready) p.next_step = { id: step.id, title: step.title };
    }
    p.percent = p.total === 0 ? 100 : Math.floor(((p.done + p.skipped) * 100) / p.total);
    return p;
  }
  function findStep(ref) {
    const [checklistId, stepId] = String(ref).split("/");
    const d = fixture().checklist[checklistId];
    return d?.steps.find((s) => s.id === stepId) ?? null;
  }
  /** `status.proof` and `status.checked` (the passing result a step rests on) as the core keeps them (api/proof.rs). */
  function record(ref, status, note, source, probeResult) {
    const proof = status.state === "done" ? (status.proof ?? "confirmed") : null;
    const checked = status.checked ?? null;
    state.steps.set(ref, { state: status.state, reason: status.reason, changed_at: status.at, proof, checked_by: checked?.seq ?? null, checked });
    const [checklist, step] = ref.split("/");
    state.historySeq += 1;
    const entry = { seq: state.historySeq, checklist, step, state: status.state, reason: status.reason, note, source, at: status.at, probe_result: probeResult, proof };
    state.history.push(entry);
    return entry;
  }
  function setStep({ step: ref, action, note }) {
    const step = findStep(ref);
    if (!step) {
      const [c, s] = String(ref).split("/");
      const err = clone(fixture().errors.unknown_step);
      err.message = err.message.replaceAll("nextcloud", c).replaceAll("no-such-step", s);
      return fail(err);
    }
    // Who proves a check step (api/proof.rs): the person only on top of a
    // passing check (a confirm step) or after a caveat (any other).
    let proof = action.action === "done" ? "confirmed" : null;
    if (action.action === "done" && step.kind === "probe") {
      const current = stepStatus(ref);
      const latest = state.results.has(step.probe.id) ? resultsIn(state.lang).get(step.probe.id) : null;
      if (step.confirm && current.checked) proof = "checked-and-confirmed";
      else if (!step.confirm && latest?.status === "warn") proof = "confirmed";
      else return fail(fixture().errors.check_required);
    }
    if (action.action === "done" && step.kind === "action") proof = "done-by-overstap";
    if (action.action === "block" && !String(action.reason ?? "").trim()) return fail(fixture().errors.no_reason);
    const to = { done: "done", skip: "skipped", reset: "todo", block: "blocked" }[action.action];
    const reason = action.action === "block" ? action.reason.trim() : null;
    const checked = stepStatus(ref).checked;
    const entry = record(ref, { state: to, reason, at: now(), proof, checked }, note ?? null, "app", null);
    return { step: ref, state: entry.state, reason: entry.reason, note: entry.note, source: entry.source, at: entry.at, seq: entry.seq, proof: entry.proof };
  }

  // --- checks ------------------------------------------------------------
  /** Sends `messages` over a Channel as the Rust side does, then its end. */
  async function sendOverChannel(channel, messages) {
    const callbacks = window.__TAURI_INTERNALS__.callbacks;
    let index = 0;
    for (const message of messages) {
      await delay(wait);
      callbacks.get(channel.id)?.({ message: clone(message), index });
      index += 1;
    }
    callbacks.get(channel.id)?.({ end: true, index });
  }
  function resultsIn(lang) {
    const byProbe = new Map();
    for (const report of Object.values(fixtureFor(lang).run_check ?? {})) for (const r of report.results) byProbe.set(r.probe, r);
    return byProbe;
  }
  async function runCheck({ services, onResults }) {
    const reports = fixture().run_check ?? {};
    const wanted = services.length > 0 ? services : Object.keys(reports);
    const batches = [];
    const all = [];
    for (const service of wanted) {
      const report = reports[service];
      if (!report) return fail({ code: "internal", message: `mock: no fixture for check ${service}` });
      batches.push(report.results);
      all.push(...report.results);
    }
    // A pass proves a check step (a confirm step then waits for the person);
    // anything else leaves it to do (api/proof.rs). changed_steps are the core's own.
    for (const r of all) {
      state.results.set(r.probe, true);
      for (const ref of r.changed_steps) {
        const pass = r.status === "pass";
        const checked = pass ? { seq: r.seq, probe: r.probe, summary: r.summary, at: now() } : null;
        const to = pass && !findStep(ref)?.confirm ? "done" : "todo";
        record(ref, { state: to, reason: null, at: now(), proof: to === "done" ? "checked" : null, checked }, null, "probe", r.seq);
      }
    }
    await sendOverChannel(onResults, batches);
    if (wanted.length === 1) return clone(reports[wanted[0]]);
    const count = (s) => all.filter((r) => r.status === s).length;
    return { results: clone(all), pass: count("pass"), warn: count("warn"), fail: count("fail"), skipped: count("skipped"), summary: reports[wanted[0]].summary };
  }
  function latestResults() {
    const rendered = resultsIn(state.lang);
    return [...state.results.keys()].map((probe) => clone(rendered.get(probe)));
  }

  // --- sign-ins ----------------------------------------------------------
  async function signIn({ service, choice, onEvent }) {
    const server = state.settings.settings.find((s) => s.key === service)?.value ?? fixture().preset_view.settings.find((s) => s.key === `servers.${service}`)?.value ?? null;
    const needsCode = service === "mastodon" && choice.paste_code;
    const browserUrl = server ? `${server.replace(/\/$/, "")}/oauth/authorize?response_type=code&client_id=overstap` : null;
    const start = { service, server: server ?? "", browser_url: browserUrl, needs_code: needsCode };
    const done = new Promise((resolve, reject) => state.waiting.set(service, { resolve, reject, needsCode }));
    await sendOverChannel(onEvent, [{ event: "started", start, browser_opened: setup.browserOpens ?? true }]);
    return done;
  }
  function finishSignIn(service) {
    const waiting = state.waiting.get(service);
    state.waiting.delete(service);
    const server = state.settings.settings.find((s) => s.key === service)?.value ?? "";
    const record = { service, server: server.endsWith("/") ? server : `${server}/`, account: service === "mastodon" ? "@j.jansen@social.overheid.nl" : "j.jansen", signed_in_at: now() };
    state.signIns = state.signIns.filter((r) => r.service !== service).concat(record);
    waiting?.resolve(clone(record));
  }

  // --- settings ----------------------------------------------------------
  function setSetting({ key, value }) {
    const s = state.settings.settings.find((x) => x.key === key);
    if (!s) return fail({ code: "invalid_input", message: `mock: no setting ${key}` });
    if (s.locked) return fail({ code: "invalid_input", message: `mock: ${key} is locked` });
    if (value !== null && key === "email" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
      const err = clone(fixture().errors.bad_email);
      err.message = err.message.replace("not-an-address", value);
      return fail(err);
    }
    if (value !== null && ["matrix", "mastodon", "nextcloud"].includes(key) && /^[a-z]+:/i.test(value) && !/^https:\/\//i.test(value)) {
      const err = clone(fixture().errors.bad_server);
      err.message = err.message.replace("http://cloud.minvz.example", value);
      return fail(err);
    }
    if (value !== null && key === "language" && !["nl", "de", "en"].includes(value)) return fail({ code: "invalid_input", message: `mock: no language ${value}` });
    s.value = value;
    s.source = value === null ? "unset" : "person";
    if (key === "language") state.lang = value ?? setup.lang;
    return settingsView();
  }
  function settingsView() {
    return { ...clone(state.settings), first_run_done: state.firstRunDone };
  }

  // --- the commands ------------------------------------------------------
  const commands = {
    app_info: () => ({
      version: fixture().version,
      lang: state.lang,
      core_error: null,
      managed: fixture().managed,
      first_run_done: state.firstRunDone,
      organisation: clone(fixture().organisation),
      notices: [],
    }),
    settings: () => settingsView(),
    set_setting: setSetting,
    finish_first_run: () => {
      state.firstRunDone = true;
      return settingsView();
    },
    reset_progress: () => {
      let changed = 0;
      for (const [ref, s] of state.steps) {
        if (s.state !== "todo") {
          record(ref, { state: "todo", reason: null, at: now() }, null, "app", null);
          changed += 1;
        }
      }
      state.settings = clone(fixture().settings_fresh ?? state.settings);
      state.firstRunDone = false;
      state.signIns = [];
      return changed;
    },
    ui_ready: () => null,
    list_checklists: () =>
      fixture().list_checklists.map((c) => {
        const d = detail(c.id);
        return { id: d.id, title: d.title, description: d.description, progress: d.progress };
      }),
    checklist: ({ id }) => (fixture().checklist[id] ? detail(id) : fail({ code: "unknown_checklist", message: `mock: no checklist ${id}` })),
    set_step: setStep,
    step_history: ({ step }) => {
      const [checklist, id] = String(step).split("/");
      return clone(state.history.filter((e) => e.checklist === checklist && e.step === id));
    },
    run_check: runCheck,
    latest_check_results: latestResults,
    run_action: ({ id, undo }) => {
      const ref = Object.values(fixture().checklist).flatMap((d) => d.steps.filter((s) => s.action?.id === id).map((s) => `${d.id}/${s.id}`));
      for (const r of ref) record(r, { state: undo ? "todo" : "done", reason: null, at: now(), proof: "done-by-overstap" }, null, "app", null);
      return { action: id, undone: undo, changed: "/home/j.jansen/.config/libreoffice/4/user/registrymodifications.xcu", backup: null, changed_steps: ref };
    },
    sign_in: signIn,
    sign_in_cancel: ({ service }) => {
      const waiting = state.waiting.get(service);
      state.waiting.delete(service);
      waiting?.reject(clone(fixture().errors.sign_in_cancelled));
      return null;
    },
    sign_in_code: ({ service, code }) => {
      const waiting = state.waiting.get(service);
      if (!waiting?.needsCode || !String(code).trim()) return fail(fixture().errors.sign_in_no_code);
      setTimeout(() => finishSignIn(service), wait);
      return null;
    },
    sign_ins: () => clone(state.signIns),
    sign_out: ({ service }) => {
      const record = state.signIns.find((r) => r.service === service) ?? null;
      state.signIns = state.signIns.filter((r) => r.service !== service);
      return clone(record);
    },
    preset_view: () => clone(fixture().preset_view),
    import_preset: () => null,
    example_presets: () => clone(fixture().example_presets ?? []),
    use_example: () => null,
    export_report: ({ format }) => `/home/j.jansen/Documents/overstap-report.${format}`,
    // Progress reports: off for the person; on for the managed profile,
    // before and after "I have read it".
    fleet_status: () => clone(fixture().fleet_status ?? (state.fleetSeen ? fixture().fleet_status_seen : fixture().fleet_status_unseen)),
    fleet_preview: () => (fixture().fleet_preview ? clone(fixture().fleet_preview) : fail({ code: "reporting_off", message: "mock: reporting is off" })),
    fleet_mark_seen: () => {
      state.fleetSeen = true;
      return clone(fixture().fleet_status_seen);
    },
    // The opener plugin with main.json's scope: http(s), mailto and tel; it
    // rejects with a plain string, as the plugin does.
    "plugin:opener|open_url": ({ url }) =>
      !setup.openFails && /^(https?:|mailto:|tel:)/.test(url) ? null : Promise.reject(`Not allowed to open url ${url}`),
  };

  const callbacks = new Map();
  let nextId = 1;
  window.__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
    callbacks,
    transformCallback(callback, once = false) {
      const id = nextId++;
      callbacks.set(id, (data) => {
        if (once) callbacks.delete(id);
        return callback && callback(data);
      });
      return id;
    },
    unregisterCallback(id) {
      callbacks.delete(id);
    },
    runCallback(id, data) {
      callbacks.get(id)?.(data);
    },
    async invoke(cmd, args = {}, _options) {
      // As the real IPC sends them: a Channel as "__CHANNEL__:<id>" (its toJSON).
      calls.push({ cmd, args: JSON.parse(JSON.stringify(args ?? {})) });
      const handler = commands[cmd];
      if (!handler) {
        unknown.push(cmd);
        throw { code: "internal", message: `mock: unknown command ${cmd}` };
      }
      return await handler(args ?? {});
    },
  };
}
