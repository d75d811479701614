//! LibreOffice on this computer: is it installed and recent enough, and
//! does it save in the open formats (ODF) by default. The action
//! [`set_odf_default`] changes the person's profile safely. Facts:
//! `shared/reference/servers.md`, LibreOffice section.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{Evidence, Message, ProbeOutcome, ProbeStatus};
use crate::error::{Error, ErrorCode, Result};

pub const INSTALLED: &str = "libreoffice.installed";
pub const DEFAULT_FORMATS: &str = "libreoffice.default-formats";

/// Overrides for tests and unusual installations.
pub const SOFFICE_ENV: &str = "OVERSTAP_SOFFICE";
pub const PROFILE_ENV: &str = "OVERSTAP_LIBREOFFICE_PROFILE";

/// The three document kinds and their ODF save filters.
pub const DOCUMENT_KINDS: [(&str, &str, &str); 3] = [
    ("writer", "com.sun.star.text.TextDocument", "writer8"),
    ("calc", "com.sun.star.sheet.SpreadsheetDocument", "calc8"),
    ("impress", "com.sun.star.presentation.PresentationDocument", "impress8"),
];

const VERSION_TIMEOUT: Duration = Duration::from_secs(30);

/// Where LibreOffice is, as the reference lists per OS (first found wins).
pub fn find_soffice() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(SOFFICE_ENV) {
        return Some(PathBuf::from(p));
    }
    let mut candidates: Vec<PathBuf> = if cfg!(windows) {
        ["ProgramFiles", "ProgramFiles(x86)"]
            .iter()
            .filter_map(std::env::var_os)
            .map(|d| PathBuf::from(d).join("LibreOffice").join("program").join("soffice.exe"))
            .collect()
    } else if cfg!(target_os = "macos") {
        vec![PathBuf::from("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    } else {
        ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice", "/snap/bin/libreoffice"]
            .iter()
            .map(PathBuf::from)
            .collect()
    };
    if cfg!(target_os = "linux") {
        // Upstream packages install under /opt/libreofficeX.Y.
        if let Ok(entries) = std::fs::read_dir("/opt") {
            let mut opt: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("libreoffice")))
                .map(|p| p.join("program/soffice"))
                .collect();
            opt.sort();
            candidates.extend(opt.into_iter().rev());
        }
    }
    candidates.into_iter().find(|p| p.exists())
}

/// The person's LibreOffice user profile folder (`…/4/user`).
pub fn profile_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(PROFILE_ENV) {
        return Some(PathBuf::from(p));
    }
    let base = if cfg!(target_os = "macos") {
        dirs::home_dir()?.join("Library/Application Support/LibreOffice")
    } else if cfg!(windows) {
        dirs::config_dir()?.join("LibreOffice")
    } else {
        dirs::config_dir()?.join("libreoffice")
    };
    Some(base.join("4").join("user"))
}

/// `LibreOffice 7.4.7.2 40(Build:2)` → `7.4.7.2`.
pub fn parse_version(output: &str) -> Option<String> {
    output
        .split_whitespace()
        .skip_while(|w| !w.contains("LibreOffice"))
        .nth(1)
        .filter(|v| v.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(str::to_owned)
}

/// Whether dotted version `have` is at least `want` (`7.4.7.2` ≥ `7.4`).
pub fn at_least(have: &str, want: &str) -> bool {
    let parts = |v: &str| v.split('.').map(|p| p.parse::<u32>().unwrap_or(0)).collect::<Vec<_>>();
    let (h, w) = (parts(have), parts(want));
    for i in 0..w.len().max(h.len()) {
        let (a, b) = (h.get(i).copied().unwrap_or(0), w.get(i).copied().unwrap_or(0));
        if a != b {
            return a > b;
        }
    }
    true
}

/// Found, and at least `minimum_version` (from the checklist data or the organisation's preset).
pub async fn installed(minimum_version: Option<&str>) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let Some(soffice) = find_soffice() else {
        return ProbeOutcome::new(INSTALLED, ProbeStatus::Fail, Message::new("probe-libreoffice-not-found"))
            .remedy(Message::new("probe-libreoffice-not-found-remedy"));
    };
    evidence.fact("path", soffice.display().to_string());
    let output = match run_version(&soffice).await {
        Ok(o) => o,
        Err(detail) => {
            let m =
                Message::new("probe-libreoffice-does-not-start").arg("path", soffice.display()).arg("detail", detail);
            return ProbeOutcome::new(INSTALLED, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
        }
    };
    let text = String::from_utf8_lossy(&output.stdout);
    let Some(version) = parse_version(&text) else {
        let m =
            Message::new("probe-libreoffice-does-not-start").arg("path", soffice.display()).arg("detail", text.trim());
        return ProbeOutcome::new(INSTALLED, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    };
    evidence.fact("version", version.clone());
    match minimum_version {
        Some(min) if !at_least(&version, min) => {
            let m = Message::new("probe-libreoffice-too-old").arg("version", &version).arg("minimum", min);
            ProbeOutcome::new(INSTALLED, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
        }
        _ => ProbeOutcome::new(
            INSTALLED,
            ProbeStatus::Pass,
            Message::new("probe-libreoffice-installed-pass").arg("version", version),
        )
        .evidence(evidence),
    }
}

/// Runs `soffice --version` within the time limit. On Linux `soffice` is a
/// script that starts further processes: they run in their own process
/// group, and the whole group is killed when the limit passes.
async fn run_version(soffice: &Path) -> std::result::Result<std::process::Output, String> {
    let mut command = tokio::process::Command::new(soffice);
    command
        .arg("--version")
        .kill_on_drop(true)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    #[cfg(unix)]
    command.process_group(0);
    let child = command.spawn().map_err(|e| e.to_string())?;
    let pid = child.id();
    match tokio::time::timeout(VERSION_TIMEOUT, child.wait_with_output()).await {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(_) => {
            #[cfg(any(target_os = "linux", target_os = "macos"))]
            if let Some(pid) = pid.and_then(|p| i32::try_from(p).ok()) {
                let _ = nix::sys::signal::killpg(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGKILL);
            }
            #[cfg(not(any(target_os = "linux", target_os = "macos")))]
            let _ = pid;
            Err(format!("no answer within {} s", VERSION_TIMEOUT.as_secs()))
        }
    }
}

/// The default save filter of each document kind in the profile (`None`:
/// not set, so LibreOffice's own default, which is ODF).
pub fn default_filters(xcu: &str) -> Vec<(&'static str, Option<String>)> {
    let doc = roxmltree::Document::parse(xcu).ok();
    DOCUMENT_KINDS
        .iter()
        .map(|(kind, service, _)| {
            let path = factory_path(service);
            let value = doc.as_ref().and_then(|d| {
                d.descendants()
                    .filter(|n| {
                        n.has_tag_name("item") && n.attributes().any(|a| a.name() == "path" && a.value() == path)
                    })
                    .flat_map(|item| item.children().filter(|c| c.has_tag_name("prop")))
                    .filter(|p| {
                        p.attributes().any(|a| a.name() == "name" && a.value() == "ooSetupFactoryDefaultFilter")
                    })
                    .filter_map(|p| {
                        p.children().find(|c| c.has_tag_name("value")).and_then(|v| v.text()).map(str::to_owned)
                    })
                    .next_back()
            });
            (*kind, value)
        })
        .collect()
}

fn factory_path(service: &str) -> String {
    format!("/org.openoffice.Setup/Office/Factories/org.openoffice.Setup:Factory['{service}']")
}

pub fn default_formats() -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let Some(profile) = profile_dir() else {
        return ProbeOutcome::new(DEFAULT_FORMATS, ProbeStatus::Skipped, Message::new("probe-libreoffice-no-profile"));
    };
    let xcu_path = profile.join("registrymodifications.xcu");
    evidence.fact("profile", profile.display().to_string());
    let xcu = match std::fs::read_to_string(&xcu_path) {
        Ok(x) => x,
        // No profile yet: LibreOffice was never started, and its defaults are ODF.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            let m =
                Message::new("probe-libreoffice-profile-unreadable").arg("path", xcu_path.display()).arg("detail", e);
            return ProbeOutcome::new(DEFAULT_FORMATS, ProbeStatus::Fail, m.clone())
                .remedy(m.remedy())
                .evidence(evidence);
        }
    };
    let filters = default_filters(&xcu);
    let not_odf: Vec<String> = filters
        .iter()
        .zip(DOCUMENT_KINDS)
        .filter(|((_, value), (_, _, odf))| value.as_deref().is_some_and(|v| v != *odf))
        .map(|((kind, value), _)| format!("{kind}: {}", value.as_deref().unwrap_or_default()))
        .collect();
    for (kind, value) in &filters {
        evidence.fact(
            &format!("{kind}_default_filter"),
            value.clone().unwrap_or_else(|| "(LibreOffice default: ODF)".into()),
        );
    }
    if not_odf.is_empty() {
        ProbeOutcome::new(DEFAULT_FORMATS, ProbeStatus::Pass, Message::new("probe-libreoffice-formats-pass"))
            .evidence(evidence)
    } else {
        let m = Message::new("probe-libreoffice-formats-not-odf").arg("formats", not_odf.join(", "));
        ProbeOutcome::new(DEFAULT_FORMATS, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence)
    }
}

/// What [`set_odf_default`] did, and how to undo it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProfileChange {
    pub profile: PathBuf,
    /// The copy made before the change; `None` when there was no file yet.
    pub backup: Option<PathBuf>,
}

/// Makes ODF the default save format in the person's profile: refuses while
/// LibreOffice runs (it would overwrite the change on exit), keeps a backup,
/// writes atomically. Undo with [`undo_odf_default`].
pub fn set_odf_default(profile: &Path) -> Result<ProfileChange> {
    refuse_while_running(profile)?;
    let xcu_path = profile.join("registrymodifications.xcu");
    let current = match std::fs::read_to_string(&xcu_path) {
        Ok(x) => Some(x),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io(&xcu_path, &e)),
    };
    // Already ODF everywhere: nothing to change, and no backup that an undo
    // would then "restore" to the same state.
    if let Some(text) = &current {
        let filters = default_filters(text);
        if filters.iter().zip(DOCUMENT_KINDS).all(|((_, v), (_, _, odf))| v.as_deref().is_none_or(|v| v == odf)) {
            return Ok(ProfileChange { profile: profile.to_path_buf(), backup: None });
        }
    }
    let backup = match &current {
        Some(text) => Some(write_backup(profile, text)?),
        None => {
            std::fs::create_dir_all(profile).map_err(|e| Error::io(profile, &e))?;
            None
        }
    };
    let updated = with_odf_defaults(current.as_deref().unwrap_or(EMPTY_XCU)).ok_or_else(|| {
        Error::new(ErrorCode::InvalidInput, "error-libreoffice-profile-damaged")
            .arg("path", xcu_path.display().to_string())
    })?;
    crate::report::write_atomically(&xcu_path, updated.as_bytes())?;
    tracing::info!(profile = %profile.display(), "LibreOffice default formats set to ODF");
    Ok(ProfileChange { profile: profile.to_path_buf(), backup })
}

/// Writes a backup under a name no other backup has (never overwriting one).
fn write_backup(profile: &Path, text: &str) -> Result<PathBuf> {
    use std::io::Write;
    let stamp = crate::time::file_stamp();
    for n in 0..1000 {
        let name = if n == 0 {
            format!("registrymodifications.xcu.overstap-backup-{stamp}")
        } else {
            format!("registrymodifications.xcu.overstap-backup-{stamp}-{n:03}")
        };
        let path = profile.join(name);
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                file.write_all(text.as_bytes()).and_then(|()| file.sync_all()).map_err(|e| Error::io(&path, &e))?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(&path, &e)),
        }
    }
    Err(Error::internal("no free backup name"))
}

/// Puts back the newest backup made by [`set_odf_default`].
pub fn undo_odf_default(profile: &Path) -> Result<PathBuf> {
    refuse_while_running(profile)?;
    let newest = std::fs::read_dir(profile)
        .map_err(|e| Error::io(profile, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("registrymodifications.xcu.overstap-backup-"))
        })
        .max()
        .ok_or_else(|| {
            Error::new(ErrorCode::InvalidInput, "error-libreoffice-no-backup")
                .arg("path", profile.display().to_string())
        })?;
    let text = std::fs::read(&newest).map_err(|e| Error::io(&newest, &e))?;
    crate::report::write_atomically(&profile.join("registrymodifications.xcu"), &text)?;
    std::fs::remove_file(&newest).map_err(|e| Error::io(&newest, &e))?;
    Ok(newest)
}

const EMPTY_XCU: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n</oor:items>\n";

/// The profile text with the three default filters set to ODF: existing
/// settings of those properties are removed (line by line, as LibreOffice
/// writes one item per line) and ours appended before `</oor:items>`.
fn with_odf_defaults(xcu: &str) -> Option<String> {
    roxmltree::Document::parse(xcu).ok()?;
    let close = xcu.rfind("</oor:items>")?;
    let kept: String = xcu[..close]
        .lines()
        .filter(|line| {
            !(line.contains("ooSetupFactoryDefaultFilter")
                && DOCUMENT_KINDS.iter().any(|(_, service, _)| line.contains(&factory_path(service))))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let mut out = kept;
    for (_, service, odf) in DOCUMENT_KINDS {
        out.push_str(&format!(
            "<item oor:path=\"{}\"><prop oor:name=\"ooSetupFactoryDefaultFilter\" oor:op=\"fuse\"><value>{odf}</value></prop></item>\n",
            factory_path(service)
        ));
    }
    out.push_str(&xcu[close..]);
    roxmltree::Document::parse(&out).ok()?;
    Some(out)
}

/// LibreOffice rewrites the profile when it exits, so a change made while it
/// runs would be lost. On Linux its process (`soffice.bin`) is looked for;
/// elsewhere its lock file (`<user installation>/.lock`, beside `user/`).
fn refuse_while_running(profile: &Path) -> Result<()> {
    // The lock file sits in the user installation, the parent of `user/`.
    let lock = profile.parent().unwrap_or(profile).join(".lock");
    let running = if cfg!(target_os = "linux") { soffice_process_running() } else { lock.exists() };
    if running {
        return Err(Error::new(ErrorCode::InvalidInput, "error-libreoffice-running"));
    }
    Ok(())
}

fn soffice_process_running() -> bool {
    let Ok(entries) = std::fs::read_dir("/proc") else { return false };
    entries
        .filter_map(|e| e.ok())
        .any(|e| std::fs::read_to_string(e.path().join("comm")).is_ok_and(|comm| comm.trim() == "soffice.bin"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS_DEFAULTS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office/Factories/org.openoffice.Setup:Factory['com.sun.star.text.TextDocument']"><prop oor:name="ooSetupFactoryDefaultFilter" oor:op="fuse"><value>MS Word 2007 XML</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office/Factories/org.openoffice.Setup:Factory['com.sun.star.sheet.SpreadsheetDocument']"><prop oor:name="ooSetupFactoryDefaultFilter" oor:op="fuse"><value>Calc MS Excel 2007 XML</value></prop></item>
</oor:items>
"#;

    #[test]
    fn reads_default_filters_from_the_profile() {
        let f = default_filters(MS_DEFAULTS);
        assert_eq!(f[0], ("writer", Some("MS Word 2007 XML".into())));
        assert_eq!(f[1], ("calc", Some("Calc MS Excel 2007 XML".into())));
        assert_eq!(f[2], ("impress", None));
    }

    #[test]
    fn odf_defaults_replace_the_old_ones_and_keep_everything_else() {
        let out = with_odf_defaults(MS_DEFAULTS).unwrap();
        let f = default_filters(&out);
        assert_eq!(f.iter().map(|(_, v)| v.clone().unwrap()).collect::<Vec<_>>(), ["writer8", "calc8", "impress8"]);
        assert!(out.contains("FirstRun"), "other settings stay");
        assert!(!out.contains("MS Word 2007 XML"));
        assert!(with_odf_defaults("<broken").is_none(), "a damaged profile is not touched");
    }

    #[test]
    fn versions_compare_by_number() {
        assert_eq!(parse_version("LibreOffice 7.4.7.2 40(Build:2)\n").as_deref(), Some("7.4.7.2"));
        assert_eq!(parse_version("LibreOffice 24.8.4.2 480(Build:2)").as_deref(), Some("24.8.4.2"));
        assert_eq!(parse_version("garbage"), None);
        assert!(at_least("7.4.7.2", "7.4"));
        assert!(at_least("24.8.1", "7.6"));
        assert!(!at_least("7.3.9", "7.4"));
    }
}
