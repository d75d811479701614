//! Where LibreOffice is installed and where the person's profile (`…/4/user`)
//! is, per OS and per kind of installation. Linux: the distribution's
//! package, the Snap (profile `~/snap/libreoffice/current/.config/libreoffice/4/user`),
//! the Flatpak (`~/.var/app/org.libreoffice.LibreOffice/config/libreoffice/4/user`)
//! and upstream packages under `/opt/libreoffice*`. Windows: the registry's
//! `HKLM\SOFTWARE\LibreOffice\UNO\InstallPath`, then Program Files; profile
//! `%APPDATA%\LibreOffice\4\user`. macOS: the app bundle; profile
//! `~/Library/Application Support/LibreOffice/4/user`. Facts:
//! `shared/reference/servers.md`, LibreOffice section.

use std::path::PathBuf;

/// Overrides for tests and unusual installations.
pub const SOFFICE_ENV: &str = "OVERSTAP_SOFFICE";
pub const PROFILE_ENV: &str = "OVERSTAP_LIBREOFFICE_PROFILE";

const FLATPAK_ID: &str = "org.libreoffice.LibreOffice";

/// How LibreOffice came onto this computer: Snap and Flatpak keep their
/// own profile, every other kind the ordinary one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InstallKind {
    /// Named by `OVERSTAP_SOFFICE`.
    Given,
    /// The distribution's package, Windows' installer, the macOS bundle.
    System,
    /// An upstream package under `/opt/libreoffice*`.
    Upstream,
    Snap,
    Flatpak,
}

/// The folders looked in: the person's own, or a temporary home in tests.
#[derive(Debug, Clone)]
pub struct Places {
    pub home: Option<PathBuf>,
    /// `$XDG_CONFIG_HOME` or `~/.config` (Linux), `%APPDATA%` (Windows).
    pub config_dir: Option<PathBuf>,
    /// Where system-wide installs start: `/`, or a temporary folder in tests.
    pub root: PathBuf,
}

impl Places {
    pub fn current() -> Places {
        Places { home: dirs::home_dir(), config_dir: dirs::config_dir(), root: PathBuf::from("/") }
    }

    /// The programs to try, in order, with their kind.
    fn soffice_candidates(&self) -> Vec<(InstallKind, PathBuf)> {
        let r = |p: &str| self.root.join(p);
        if cfg!(windows) {
            let mut found: Vec<(InstallKind, PathBuf)> =
                registry_install_dirs().into_iter().map(|d| (InstallKind::System, d)).collect();
            found.extend(
                ["ProgramFiles", "ProgramFiles(x86)"]
                    .iter()
                    .filter_map(std::env::var_os)
                    .map(|d| (InstallKind::System, PathBuf::from(d).join("LibreOffice").join("program"))),
            );
            // InstallPath names the `program` folder; some installers the install root.
            return found
                .into_iter()
                .flat_map(|(k, d)| [(k, d.join("soffice.exe")), (k, d.join("program").join("soffice.exe"))])
                .collect();
        }
        if cfg!(target_os = "macos") {
            let mut apps = vec![r("Applications")];
            apps.extend(self.home.as_ref().map(|h| h.join("Applications")));
            return apps
                .into_iter()
                .map(|a| (InstallKind::System, a.join("LibreOffice.app/Contents/MacOS/soffice")))
                .collect();
        }
        let mut found: Vec<(InstallKind, PathBuf)> =
            ["usr/bin/soffice", "usr/bin/libreoffice", "usr/lib/libreoffice/program/soffice"]
                .iter()
                .map(|p| (InstallKind::System, r(p)))
                .collect();
        found.push((InstallKind::Snap, r("snap/bin/libreoffice")));
        // Flatpak exports a launcher that passes its arguments on to soffice.
        found.push((InstallKind::Flatpak, r("var/lib/flatpak/exports/bin").join(FLATPAK_ID)));
        if let Some(home) = &self.home {
            found.push((InstallKind::Flatpak, home.join(".local/share/flatpak/exports/bin").join(FLATPAK_ID)));
        }
        // Upstream packages install under /opt/libreofficeX.Y: newest first.
        if let Ok(entries) = std::fs::read_dir(r("opt")) {
            let mut opt: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("libreoffice")))
                .map(|p| p.join("program/soffice"))
                .collect();
            opt.sort();
            found.extend(opt.into_iter().rev().map(|p| (InstallKind::Upstream, p)));
        }
        found
    }

    /// The installed program, first found wins.
    pub fn soffice(&self) -> Option<(InstallKind, PathBuf)> {
        self.soffice_candidates().into_iter().find(|(_, p)| p.exists())
    }

    /// Where each kind of installation keeps the profile.
    pub fn profile_candidates(&self) -> Vec<(InstallKind, PathBuf)> {
        let home = self.home.clone();
        if cfg!(windows) {
            return self.config_dir.iter().map(|d| (InstallKind::System, d.join("LibreOffice/4/user"))).collect();
        }
        if cfg!(target_os = "macos") {
            return home
                .into_iter()
                .map(|h| (InstallKind::System, h.join("Library/Application Support/LibreOffice/4/user")))
                .collect();
        }
        let config = self.config_dir.clone().or_else(|| home.as_ref().map(|h| h.join(".config")));
        let mut found: Vec<(InstallKind, PathBuf)> =
            config.into_iter().map(|c| (InstallKind::System, c.join("libreoffice/4/user"))).collect();
        if let Some(h) = home {
            found.push((InstallKind::Snap, h.join("snap/libreoffice/current/.config/libreoffice/4/user")));
            found.push((InstallKind::Flatpak, h.join(".var/app").join(FLATPAK_ID).join("config/libreoffice/4/user")));
        }
        found
    }

    /// The profile LibreOffice uses: the one of the installation found, if
    /// it exists; else any that exists (an installation we did not
    /// recognise made it); else where the installation will make it. Snap
    /// and Flatpak folders are only used once their app folder exists:
    /// snapd and flatpak make those, and a folder made by hand there would
    /// confuse them.
    pub fn profile(&self, installed: Option<InstallKind>) -> Option<PathBuf> {
        let candidates = self.profile_candidates();
        let family = |k: InstallKind| match k {
            InstallKind::Snap | InstallKind::Flatpak => k,
            _ => InstallKind::System,
        };
        let own = installed.map(family).and_then(|k| candidates.iter().find(|(c, _)| *c == k)).map(|(_, p)| p.clone());
        if let Some(p) = own.as_ref().filter(|p| p.is_dir()) {
            return Some(p.clone());
        }
        if let Some((_, p)) = candidates.iter().find(|(_, p)| p.is_dir()) {
            return Some(p.clone());
        }
        let app_folder_exists = |k: InstallKind| {
            let home = self.home.as_ref();
            match k {
                InstallKind::Snap => home.is_some_and(|h| h.join("snap/libreoffice/current").is_dir()),
                InstallKind::Flatpak => home.is_some_and(|h| h.join(".var/app").join(FLATPAK_ID).is_dir()),
                _ => true,
            }
        };
        match installed.map(family) {
            Some(k) if app_folder_exists(k) => own,
            _ => candidates.into_iter().find(|(k, _)| *k == InstallKind::System).map(|(_, p)| p),
        }
    }
}

/// Where LibreOffice is, as the reference lists per OS (first found wins).
pub fn find_soffice() -> Option<(InstallKind, PathBuf)> {
    if let Some(p) = std::env::var_os(SOFFICE_ENV) {
        return Some((InstallKind::Given, PathBuf::from(p)));
    }
    Places::current().soffice()
}

/// The person's LibreOffice user profile folder (`…/4/user`).
pub fn profile_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(PROFILE_ENV) {
        return Some(PathBuf::from(p));
    }
    Places::current().profile(find_soffice().map(|(kind, _)| kind))
}

/// The folders the installer registered (64-bit view, then 32-bit).
#[cfg(windows)]
fn registry_install_dirs() -> Vec<PathBuf> {
    use winreg::enums::HKEY_LOCAL_MACHINE;
    use winreg::RegKey;
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    [r"SOFTWARE\LibreOffice\UNO\InstallPath", r"SOFTWARE\WOW6432Node\LibreOffice\UNO\InstallPath"]
        .iter()
        .filter_map(|key| hklm.open_subkey(key).ok())
        .filter_map(|key| key.get_value::<String, _>("").ok())
        .map(PathBuf::from)
        .collect()
}

#[cfg(not(windows))]
fn registry_install_dirs() -> Vec<PathBuf> {
    Vec::new()
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn places(home: &std::path::Path) -> Places {
        Places { home: Some(home.to_path_buf()), config_dir: None, root: home.join("root") }
    }

    fn mkdir(p: PathBuf) -> PathBuf {
        std::fs::create_dir_all(&p).unwrap();
        p
    }

    #[test]
    fn snap_and_flatpak_profiles_are_found_in_a_home() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let p = places(h);
        // Nothing yet: where a distribution's LibreOffice will make it.
        assert_eq!(p.profile(Some(InstallKind::System)), Some(h.join(".config/libreoffice/4/user")));
        // A Snap that has run once has its own profile.
        let snap = mkdir(h.join("snap/libreoffice/current/.config/libreoffice/4/user"));
        assert_eq!(p.profile(Some(InstallKind::Snap)), Some(snap.clone()));
        assert_eq!(p.profile(Some(InstallKind::System)), Some(snap.clone()), "the only profile there is");
        // With a Flatpak's profile too, each installation gets its own.
        let flatpak = mkdir(h.join(".var/app/org.libreoffice.LibreOffice/config/libreoffice/4/user"));
        assert_eq!(p.profile(Some(InstallKind::Flatpak)), Some(flatpak));
        assert_eq!(p.profile(Some(InstallKind::Snap)), Some(snap));
        let native = mkdir(h.join(".config/libreoffice/4/user"));
        assert_eq!(p.profile(Some(InstallKind::Upstream)), Some(native));
    }

    #[test]
    fn a_fresh_flatpak_gets_its_profile_only_once_its_app_folder_exists() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let p = places(h);
        assert_eq!(p.profile(Some(InstallKind::Flatpak)), Some(h.join(".config/libreoffice/4/user")));
        mkdir(h.join(".var/app/org.libreoffice.LibreOffice"));
        assert_eq!(
            p.profile(Some(InstallKind::Flatpak)),
            Some(h.join(".var/app/org.libreoffice.LibreOffice/config/libreoffice/4/user"))
        );
    }

    #[test]
    fn installations_are_told_apart() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let p = places(h);
        assert_eq!(p.soffice(), None);
        let exports = mkdir(h.join(".local/share/flatpak/exports/bin"));
        std::fs::write(exports.join("org.libreoffice.LibreOffice"), b"#!/bin/sh\n").unwrap();
        assert_eq!(p.soffice().map(|(k, _)| k), Some(InstallKind::Flatpak));
        let opt = mkdir(h.join("root/opt/libreoffice24.8/program"));
        std::fs::write(opt.join("soffice"), b"").unwrap();
        mkdir(h.join("root/snap/bin"));
        std::fs::write(h.join("root/snap/bin/libreoffice"), b"").unwrap();
        assert_eq!(p.soffice(), Some((InstallKind::Snap, h.join("root/snap/bin/libreoffice"))), "Snap before Flatpak");
        std::fs::remove_file(h.join("root/snap/bin/libreoffice")).unwrap();
        std::fs::remove_file(exports.join("org.libreoffice.LibreOffice")).unwrap();
        assert_eq!(p.soffice(), Some((InstallKind::Upstream, opt.join("soffice"))));
    }
}
