//! The desktop app driven over WebDriver in a real window (tests/window):
//! the overview in German on a fresh data folder shows every checklist with
//! the title the core gives it, and shows the same after a restart. This is
//! the harness's proof; the flows through the interface build on it. The
//! page cannot reach Tauri's core commands (window, events, paths, images,
//! menus, tray) or open a file: its capability grants none of them.

// Xvfb, tauri-driver over WebKitWebDriver: Linux only.
#![cfg(target_os = "linux")]

mod window;

use overstap_core::api::OpenOptions;
use overstap_core::store::ChangeSource;
use overstap_core::{Lang, Overstap};
use window::{screenshot_path, skip_first_run, App, AppOptions};

/// Tauri commands the interface never uses, each called from the page as
/// a script that got into it would: every one must be refused by the
/// capability, not answered.
const UNUSED_COMMANDS: &str = r#"
const done = arguments[arguments.length - 1];
const calls = [
  ["plugin:app|version", {}],
  ["plugin:path|resolve_directory", { directory: 21 }],
  ["plugin:event|listen", { event: "x", target: { kind: "Any" }, handler: 0 }],
  ["plugin:event|emit", { event: "x", payload: null }],
  ["plugin:window|title", { label: "main" }],
  ["plugin:webview|get_all_webviews", {}],
  ["plugin:image|size", { rid: 0 }],
  ["plugin:menu|new", { kind: "Menu", options: {} }],
  ["plugin:tray|get_by_id", { id: "main" }],
  ["plugin:resources|close", { rid: 0 }],
  ["plugin:opener|open_url", { url: "file:///etc/hostname" }],
  ["plugin:opener|open_path", { path: "/etc/hostname" }],
];
Promise.all(calls.map(([cmd, args]) =>
  window.__TAURI_INTERNALS__.invoke(cmd, args).then(
    (answer) => cmd + " answered " + JSON.stringify(answer),
    (error) => cmd + " refused: " + String(error)))).then(done);
"#;

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.len() > 24 && png.starts_with(b"\x89PNG\r\n\x1a\n") && &png[12..16] == b"IHDR", "not a PNG");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&png[16..20]), be(&png[20..24]))
}

#[test]
fn the_overview_in_german_lists_every_checklist_and_shows_the_same_after_a_restart() {
    let data = tempfile::tempdir().unwrap();
    skip_first_run(data.path());
    let mut app = App::start(AppOptions::new().lang("de").data_dir(data.path()));

    let items = app.wait_for_count("li.checklist", 6);
    let ids: Vec<String> = items.iter().map(|li| li.attr("data-checklist").expect("data-checklist")).collect();
    let titles = app.texts("li.checklist h2");
    assert_eq!(app.attr("html", "lang").as_deref(), Some("de"));

    // The same titles, in the same order, as the core gives in German.
    let (core, _) =
        Overstap::open(OpenOptions { data_dir: Some(app.data_dir().to_owned()), source: ChangeSource::Cli })
            .expect("the core opens the app's data folder");
    let expected = core.checklists(Lang::De).expect("checklists");
    drop(core);
    assert_eq!(ids, expected.iter().map(|c| c.id.clone()).collect::<Vec<_>>());
    assert_eq!(titles, expected.iter().map(|c| c.title.clone()).collect::<Vec<_>>());
    let matrix = expected.iter().find(|c| c.id == "matrix").expect("a matrix checklist");
    assert_eq!(app.text("li[data-checklist='matrix'] h2"), matrix.title);
    assert!(app.logs().contains("overview shown"), "{}", app.logs());

    let outcomes = app.block_on(app.client().execute_async(UNUSED_COMMANDS, vec![])).expect("the script ran");
    let outcomes: Vec<String> = serde_json::from_value(outcomes).expect("a list");
    assert_eq!(outcomes.len(), 12, "{outcomes:#?}");
    for outcome in &outcomes {
        assert!(outcome.to_lowercase().contains("not allowed"), "not refused by the capability: {outcome}");
    }

    let shot = screenshot_path("overview-de.png");
    let _ = std::fs::remove_file(&shot);
    app.screenshot(&shot);
    let (width, height) = png_size(&std::fs::read(&shot).expect("the screenshot was saved"));
    assert!(width >= 400 && height >= 300, "screenshot {width}×{height}");

    let first = app.app_pid().expect("the app runs under tauri-driver");
    app.restart();
    let second = app.app_pid().expect("the app runs again");
    assert_ne!(first, second, "a restart starts a new process");

    app.wait_for_count("li.checklist", 6);
    assert_eq!(app.texts("li.checklist h2"), titles);
    assert_eq!(app.text("li[data-checklist='matrix'] h2"), matrix.title);
    assert!(app.data_dir().join("progress.db").exists());
}
