//! LibreOffice on this computer: is it installed and recent enough, and
//! does it save in the open formats (ODF) by default. Where it and its
//! profile are: `libreoffice_locate.rs`; the action [`set_odf_default`]
//! that changes the profile safely: `libreoffice_odf.rs`. Facts:
//! `shared/reference/servers.md`, LibreOffice section.

use std::path::Path;
use std::time::Duration;

use super::libreoffice_xcu::value_of;
use super::{Evidence, Message, ProbeOutcome, ProbeStatus};

pub use super::libreoffice_locate::{find_soffice, profile_dir, InstallKind, Places, PROFILE_ENV, SOFFICE_ENV};
pub use super::libreoffice_odf::{set_odf_default, undo_odf_default, ProfileChange};

pub const INSTALLED: &str = "libreoffice.installed";
pub const DEFAULT_FORMATS: &str = "libreoffice.default-formats";

/// The three document kinds and their ODF save filters.
pub const DOCUMENT_KINDS: [(&str, &str, &str); 3] = [
    ("writer", "com.sun.star.text.TextDocument", "writer8"),
    ("calc", "com.sun.star.sheet.SpreadsheetDocument", "calc8"),
    ("impress", "com.sun.star.presentation.PresentationDocument", "impress8"),
];

const VERSION_TIMEOUT: Duration = Duration::from_secs(30);

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
    let Some((kind, soffice)) = find_soffice() else {
        return ProbeOutcome::new(INSTALLED, ProbeStatus::Fail, Message::new("probe-libreoffice-not-found"))
            .remedy(Message::new("probe-libreoffice-not-found-remedy"));
    };
    evidence.fact("path", soffice.display().to_string());
    evidence.fact("installation", serde_json::to_value(kind).unwrap_or_default());
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
    DOCUMENT_KINDS
        .iter()
        .map(|(kind, service, _)| (*kind, value_of(xcu, &factory_path(service), "ooSetupFactoryDefaultFilter")))
        .collect()
}

pub(super) fn factory_path(service: &str) -> String {
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
    fn versions_compare_by_number() {
        assert_eq!(parse_version("LibreOffice 7.4.7.2 40(Build:2)\n").as_deref(), Some("7.4.7.2"));
        assert_eq!(parse_version("LibreOffice 24.8.4.2 480(Build:2)").as_deref(), Some("24.8.4.2"));
        assert_eq!(parse_version("garbage"), None);
        assert!(at_least("7.4.7.2", "7.4"));
        assert!(at_least("24.8.1", "7.6"));
        assert!(!at_least("7.3.9", "7.4"));
    }
}
