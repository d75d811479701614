//! `matrix.element-installed`: is Element Desktop on this computer? Looked
//! for where its installers put it, and in the settings folder Element
//! writes when it first starts (Electron's user data folder, named
//! "Element"): that counts as proof too, wherever the program itself lives.
//!
//! Places (Element's own install instructions, element.io/download, and the
//! per-user config locations in `shared/reference/servers.md`): Linux
//! `element-desktop` on `PATH` (Element's Debian package, Snap), Flatpak
//! `im.riot.Riot`, `~/.config/Element`; Windows
//! `%LOCALAPPDATA%\element-desktop\Element.exe` (the per-user installer),
//! `%ProgramFiles%\Element\Element.exe`, `%APPDATA%\Element`; macOS
//! `Element.app` in `/Applications` or `~/Applications`,
//! `~/Library/Application Support/Element`.

use std::path::PathBuf;

use super::nextcloud_desktop::DesktopEnv;
use super::{Evidence, Message, ProbeOutcome, ProbeStatus};

pub const ELEMENT_INSTALLED: &str = "matrix.element-installed";

const FLATPAK_ID: &str = "im.riot.Riot";

/// Checks for Element Desktop in the folders of `env`.
pub fn element_installed(env: &DesktopEnv) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let found = program(env).or_else(|| settings_folder(env).map(|p| ("settings", p)));
    match found {
        Some((kind, path)) => {
            evidence.fact("found", kind);
            evidence.fact("path", path.display().to_string());
            ProbeOutcome::new(
                ELEMENT_INSTALLED,
                ProbeStatus::Pass,
                Message::new(if kind == "settings" {
                    "probe-matrix-element-installed-settings"
                } else {
                    "probe-matrix-element-installed-pass"
                })
                .arg("path", path.display()),
            )
            .evidence(evidence)
        }
        None => {
            let m = Message::new("probe-matrix-element-installed-missing");
            ProbeOutcome::new(ELEMENT_INSTALLED, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
        }
    }
}

/// The program, where installers put it.
fn program(env: &DesktopEnv) -> Option<(&'static str, PathBuf)> {
    if cfg!(windows) {
        let per_user = std::env::var_os("LOCALAPPDATA").map(|d| PathBuf::from(d).join("element-desktop/Element.exe"));
        let machine = ["ProgramFiles", "ProgramFiles(x86)"]
            .iter()
            .filter_map(std::env::var_os)
            .map(|d| PathBuf::from(d).join("Element").join("Element.exe"));
        return per_user.into_iter().chain(machine).find(|p| p.is_file()).map(|p| ("program", p));
    }
    if cfg!(target_os = "macos") {
        let mut apps = vec![env.root.join("Applications/Element.app")];
        apps.extend(env.home.as_ref().map(|h| h.join("Applications/Element.app")));
        return apps.into_iter().find(|p| p.is_dir()).map(|p| ("app", p));
    }
    if let Some(p) = env.path.iter().map(|d| d.join("element-desktop")).find(|p| p.is_file()) {
        return Some(("program", p));
    }
    let mut flatpaks = vec![env.root.join("var/lib/flatpak/app").join(FLATPAK_ID)];
    flatpaks.extend(env.home.as_ref().map(|h| h.join(".local/share/flatpak/app").join(FLATPAK_ID)));
    flatpaks.into_iter().find(|p| p.is_dir()).map(|p| ("flatpak", p))
}

/// The folder Element writes its settings to at first start.
fn settings_folder(env: &DesktopEnv) -> Option<PathBuf> {
    let mut candidates = Vec::new();
    if cfg!(target_os = "macos") {
        candidates.extend(env.home.as_ref().map(|h| h.join("Library/Application Support/Element")));
    } else {
        let config = env.config_dir.clone().or_else(|| env.home.as_ref().map(|h| h.join(".config")));
        candidates.extend(config.map(|c| c.join("Element")));
        if !cfg!(windows) {
            candidates.extend(env.home.as_ref().map(|h| h.join(".var/app").join(FLATPAK_ID).join("config/Element")));
        }
    }
    candidates.into_iter().find(|p| p.is_dir())
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn env(home: &std::path::Path) -> DesktopEnv {
        DesktopEnv {
            home: Some(home.to_path_buf()),
            config_dir: None,
            path: vec![home.join("bin")],
            root: home.join("root"),
        }
    }

    #[test]
    fn found_as_a_program_a_flatpak_or_by_its_settings() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let missing = element_installed(&env(h));
        assert_eq!(missing.status, ProbeStatus::Fail);
        assert!(missing.remedy.is_some());

        std::fs::create_dir_all(h.join(".config/Element")).unwrap();
        let settings = element_installed(&env(h));
        assert_eq!((settings.status, settings.evidence.facts["found"].as_str()), (ProbeStatus::Pass, Some("settings")));

        std::fs::create_dir_all(h.join("root/var/lib/flatpak/app/im.riot.Riot")).unwrap();
        assert_eq!(element_installed(&env(h)).evidence.facts["found"], "flatpak");

        std::fs::create_dir_all(h.join("bin")).unwrap();
        std::fs::write(h.join("bin/element-desktop"), "#!/bin/sh\n").unwrap();
        let program = element_installed(&env(h));
        assert_eq!(program.evidence.facts["found"], "program");
        assert!(program.summary.args["path"].ends_with("bin/element-desktop"));
    }

    #[test]
    fn a_folder_named_like_the_program_is_no_program() {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join("bin/element-desktop")).unwrap();
        assert_eq!(element_installed(&env(home.path())).status, ProbeStatus::Fail);
    }
}
