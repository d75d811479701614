//! The desktop app as a person uses it, in a real window (tests/window:
//! Xvfb, tauri-driver, WebKitWebDriver) against the real local servers of
//! the demo (Synapse, mastodon_mock, a Nextcloud-like WsgiDAV) and a real
//! OS keyring (GNOME Keyring on a private D-Bus): first start with the
//! organisation's preset, checks run from the window, a Nextcloud sign-in
//! through Login Flow v2, steps marked by keyboard and with a reason, and
//! everything still there after a restart. A screenshot of every screen
//! goes to target/screenshots/ (the README shows them).

// Xvfb, tauri-driver over WebKitWebDriver: Linux only.
#![cfg(target_os = "linux")]

mod window;

use std::path::Path;

use overstap_testkit::demo::{DemoPorts, DemoServers, NEXTCLOUD_USER};
use overstap_testkit::keyring::SecretService;
use overstap_testkit::running_as_root;
use overstap_testkit::webdav::WEB_PASSWORD;
use window::{screenshot_path, system_folder, App, AppOptions};

fn free_base_port() -> u16 {
    let free = |p: u16| std::net::TcpListener::bind(("127.0.0.1", p)).is_ok();
    let start = 30000 + (std::process::id() % 2000) as u16 * 10;
    (start..60000).step_by(3).find(|&b| free(b) && free(b + 1) && free(b + 2)).expect("three free ports")
}

/// Saves the screen's picture and checks it with axe-core inside the real
/// webview: no WCAG 2.1 A or AA violation.
fn shot(app: &App, name: &str) {
    app.screenshot(&screenshot_path(&format!("{name}.png")));
    let violations = app.axe_violations();
    assert!(violations.is_empty(), "{name}: axe-core in the webview found {violations:#?}");
}

/// Grants the Login Flow v2 at `login_url` as the person would in the browser.
fn grant_in_browser(ca_file: &Path, login_url: &str) {
    let ca = reqwest::Certificate::from_pem(&std::fs::read(ca_file).unwrap()).unwrap();
    let browser = reqwest::blocking::Client::builder().add_root_certificate(ca).build().unwrap();
    assert_eq!(browser.get(login_url).send().unwrap().status(), 200, "the sign-in page");
    let base = login_url.split("/login/v2/flow/").next().unwrap();
    let flow = login_url.rsplit('/').next().unwrap();
    let granted = browser
        .post(format!("{base}/login/v2/grant"))
        .form(&[("flow", flow), ("user", NEXTCLOUD_USER), ("password", WEB_PASSWORD)])
        .send()
        .unwrap();
    assert_eq!(granted.status(), 200);
}

#[test]
fn a_person_works_through_nextcloud_in_the_window_and_finds_it_all_after_a_restart() {
    if !running_as_root() {
        eprintln!("skipped: only root can make an admin-only system preset folder (CI runs as root)");
        return;
    }
    let keyring = SecretService::start();
    let state = tempfile::tempdir().unwrap();
    let ports = DemoPorts::from_base(free_base_port()).unwrap();
    let demo = DemoServers::start(state.path(), ports).expect("demo servers");
    let system = system_folder(&demo);
    let data = tempfile::tempdir().unwrap();
    // The demo person's OneDrive folder, as they would choose it in Settings:
    // what the Nextcloud space is compared with.
    {
        use overstap_core::api::{OpenOptions, SettingKey};
        let open =
            OpenOptions { data_dir: Some(data.path().to_path_buf()), source: overstap_core::store::ChangeSource::Cli };
        let (core, _) = overstap_core::Overstap::open(open).unwrap();
        core.set_setting(SettingKey::SourceFolder, Some(&demo.credentials.source_folder)).unwrap();
    }
    let mut options = AppOptions::new().lang("en").data_dir(data.path()).system_preset_dir(system.path());
    for (name, value) in keyring.env() {
        options = options.env(name, value);
    }
    // No real browser: the sign-in page is "opened" by a program that does nothing.
    options = options.env("BROWSER", "true");
    let mut app = App::start(options);

    // First start with a system preset: no questions, a welcome in the organisation's name.
    app.wait_for_text("#welcome-title", "Overstap Demo");
    assert_eq!(app.text(".app-organisation"), "Overstap Demo");
    shot(&app, "welcome");
    app.click("#welcome-ok");
    app.wait_until_gone("#welcome-title");
    shot(&app, "overview");

    // The Nextcloud checklist, its checks run from the window.
    app.click("li[data-checklist='nextcloud'] h2 button");
    app.wait_for_text("#screen-title", "Nextcloud");
    assert_eq!(app.execute("return document.activeElement.id", vec![]), "screen-title", "focus on the new screen");
    app.click("#check-all-nextcloud");
    app.wait_for(".check-results[data-probe='nextcloud.status'] .check-result[data-result='pass']");
    // The live region is visually hidden, so its text is read from the DOM.
    app.wait_until("the check summary in the live region", || {
        let said = app.execute("return document.getElementById('announcer').textContent", vec![]);
        said.as_str().filter(|s| s.contains("checks work")).map(str::to_owned)
    });
    assert_eq!(
        app.attr(".check-results[data-probe='nextcloud.quota'] .check-result", "data-result").as_deref(),
        Some("skipped"),
        "quota needs a sign-in"
    );
    shot(&app, "checklist-nextcloud");

    // Sign in through Login Flow v2: the address to open is shown, the
    // person grants access in the browser, the window follows.
    app.click("#sign-in-nextcloud");
    let login_url = app.wait_until("the sign-in address", || {
        app.attr("#sign-in-address-nextcloud", "value").filter(|v| v.contains("/login/v2/flow/"))
    });
    shot(&app, "sign-in-waiting");
    grant_in_browser(&demo.ca_file, &login_url);
    app.wait_for_text(".signed-in", "Signed in as demo");
    app.click("#check-all-nextcloud");
    app.wait_for(".check-results[data-probe='nextcloud.quota'] .check-result[data-result='pass']");
    // The run ends by drawing the checklist afresh (a new, idle button):
    // wait for that, or the step found next may be replaced under us.
    app.wait_for("#check-all-nextcloud:not(.busy)");

    // A manual step by keyboard: focus moves on to the next open step.
    let manual = app.wait_for("li.step-todo button[id^='done-']");
    let manual_id = manual.attr("id").unwrap();
    let step_id = manual_id.trim_start_matches("done-").to_owned();
    manual.type_text("\u{E007}"); // the Enter key
    app.wait_for(&format!("li.step-done[data-step='{step_id}']"));
    let focused = app.execute("return document.activeElement.id", vec![]);
    assert!(focused.as_str().unwrap().starts_with("step-"), "focus on a step heading: {focused}");

    // Blocked, with the reason IT will see.
    app.click("li.step-todo button[id^='block-']");
    app.wait_for("textarea[id^='reason-']");
    app.type_into("textarea[id^='reason-']", "The case system cannot open .odt files yet");
    app.click(".block-form button[type='submit']");
    app.wait_for_text(".blocked-reason", "The case system cannot open .odt files yet");
    shot(&app, "checklist-marked");

    // The other screens.
    app.click(".app-nav a[data-screen='organisation']");
    app.wait_for_text(".organisation", "servers.nextcloud");
    shot(&app, "organisation");
    app.click(".app-nav a[data-screen='report']");
    app.wait_for_text(".report", "Files in Nextcloud");
    shot(&app, "report");

    // Progress reports (the demo preset turns them on): nothing reaches the
    // organisation's server before the person has read the report; then the
    // background sender uploads exactly what was shown, while the window
    // stays usable.
    assert!(demo.nextcloud.dropped_files().is_empty(), "nothing sent before 'I have read it'");
    app.click("#fleet-show");
    app.wait_for("#fleet-preview-body");
    let shown: serde_json::Value = serde_json::from_str(&app.text("#fleet-preview-body")).expect("the report is JSON");
    assert_eq!(shown["department"], serde_json::Value::Null, "no department chosen");
    shot(&app, "report-fleet");
    app.click("#fleet-seen");
    app.wait_for_text("#fleet-title", "What your organisation receives");
    let (name, sent) =
        app.wait_until("the report on the organisation's server", || demo.nextcloud.dropped_files().into_iter().next());
    assert_eq!(serde_json::from_str::<serde_json::Value>(&sent).unwrap(), shown, "what arrived is what was shown");
    assert_eq!(Some(name.as_str()), shown["report_id"].as_str().map(|id| format!("overstap-{id}.json")).as_deref());
    app.click(".app-nav a[data-screen='report']");
    app.wait_for_text(".fleet table", "Sent");
    app.click(".app-nav a[data-screen='settings']");
    app.wait_for_text(".settings", "Set by your organisation");
    shot(&app, "settings");

    // Restart: the progress, the sign-in and the check results are still there.
    app.restart();
    app.wait_for("li.checklist");
    app.click("li[data-checklist='nextcloud'] h2 button");
    app.wait_for(&format!("li.step-done[data-step='{step_id}']"));
    app.wait_for_text(".blocked-reason", "The case system cannot open .odt files yet");
    app.wait_for_text(".signed-in", "Signed in as demo");
    app.wait_for(".check-results[data-probe='nextcloud.quota'] .check-result[data-result='pass']");
}

#[test]
fn without_a_preset_the_first_run_asks_the_work_address_and_the_language_changes_at_once() {
    let no_preset = tempfile::tempdir().unwrap();
    let mut app = App::start(AppOptions::new().lang("en").system_preset_dir(no_preset.path()));
    app.wait_for_text("#screen-title", "Welcome to Overstap");
    shot(&app, "first-run");

    // A wrong address: the core's own words, the field marked, nothing saved.
    app.type_into("#first-run-email", "jansen");
    app.click(".first-run-form button[type='submit']");
    app.wait_for_text(".form-problems", "is not a work e-mail address");
    assert_eq!(app.attr("#first-run-email", "aria-invalid").as_deref(), Some("true"));

    app.fill("#first-run-email", "j.jansen@example.nl");
    app.click(".first-run-form button[type='submit']");
    app.wait_for_text("#screen-title", "Your checklists");
    app.wait_for("li.checklist");

    app.click(".app-nav a[data-screen='settings']");
    app.wait_for("#setting-email");
    assert_eq!(app.attr("#setting-email", "value").as_deref(), Some("j.jansen@example.nl"));
    // Dutch, at once: the menu and the screen speak it without a restart.
    app.execute(
        "const s = document.getElementById('setting-language'); s.value = 'nl'; s.dispatchEvent(new Event('change'));",
        vec![],
    );
    app.wait_for_text(".app-nav a[data-screen='overview']", "Overzicht");
    app.wait_for_text("#screen-title", "Instellingen");
    assert_eq!(app.attr("html", "lang").as_deref(), Some("nl"));

    // Dark and high contrast in the real webview: drawn, and readable for axe-core.
    for theme in ["dark", "contrast"] {
        app.execute(
            "const s = document.getElementById('setting-theme'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));",
            vec![theme.into()],
        );
        assert_eq!(app.attr("html", "data-theme").as_deref(), Some(theme));
        let background = app.execute("return getComputedStyle(document.body).backgroundColor", vec![]);
        let expected = if theme == "dark" { "rgb(21, 26, 30)" } else { "rgb(255, 255, 255)" };
        assert_eq!(background, expected, "{theme}");
        shot(&app, &format!("settings-{theme}"));
    }

    // Kept: after a restart the first run is over and the language is Dutch.
    app.restart();
    app.wait_for_text("#screen-title", "Je checklists");

    // axe-core really runs in the webview: an image without a text is found.
    app.execute(
        "document.querySelector('main').append(Object.assign(document.createElement('img'), { src: 'data:,' }))",
        vec![],
    );
    let found = app.axe_violations();
    assert!(found.iter().any(|v| v.starts_with("image-alt")), "{found:?}");
}
