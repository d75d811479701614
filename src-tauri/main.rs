//! The Overstap desktop app's entry point; everything is in lib.rs.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    overstap_app::run();
}
