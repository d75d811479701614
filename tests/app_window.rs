//! The desktop app starts in a real window (under Xvfb), its interface asks
//! the core for the checklists over IPC and draws them. The app reports
//! "overview-ready" only after the list is in the page.

// Xvfb, tauri-driver over WebKitWebDriver: Linux only.
#![cfg(target_os = "linux")]

mod window;

use std::process::Command;
use std::time::Duration;

use window::{skip_first_run, Display};

#[test]
fn the_window_opens_and_lists_every_checklist_through_the_core() {
    let display = Display::get();
    let data = tempfile::tempdir().unwrap();
    skip_first_run(data.path());
    // Files, not pipes: nobody reads a pipe while we wait, and WebKit may write a lot.
    let out_path = data.path().join("stdout.txt");
    let err_path = data.path().join("stderr.txt");
    let mut child = Command::new(env!("CARGO_BIN_EXE_overstap-app"))
        .env("DISPLAY", display.name())
        .env("OVERSTAP_DATA_DIR", data.path())
        .env("OVERSTAP_EXIT_WHEN_READY", "1")
        .env("OVERSTAP_LANG", "de")
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("the app starts");

    // Bounded wait: a hung window must fail the test, not hang CI.
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("the app did not draw its overview within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let stdout = std::fs::read_to_string(&out_path).unwrap();
    assert!(status.success(), "exit {status}; stderr: {}", std::fs::read_to_string(&err_path).unwrap());
    assert!(stdout.contains("overview-ready checklists=6 "), "stdout: {stdout}");

    // The shell logged it in the data folder, where IT finds logs.
    let logs: String = std::fs::read_dir(data.path().join("logs"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(logs.contains("overview shown") && logs.contains("checklists=6"), "{logs}");
    assert!(data.path().join("progress.db").exists());
}
