//! `libreoffice.templates`: are templates of the organisation's installed
//! in LibreOffice? The Template Manager's Import copies them into the
//! person's profile (`<profile>/template/`, one folder per category), so
//! template files there show the step was done. None there is a caveat,
//! not a failure: IT may offer templates through a shared template path,
//! which only the person can confirm.

use std::path::Path;

use super::libreoffice::profile_dir;
use super::{Evidence, Message, ProbeOutcome, ProbeStatus};

pub const TEMPLATES: &str = "libreoffice.templates";

/// The extensions of templates LibreOffice imports: ODF, and Microsoft's it can open.
const TEMPLATE_EXTENSIONS: [&str; 10] = ["ott", "ots", "otp", "otg", "dotx", "xltx", "potx", "dot", "xlt", "pot"];

/// Template files looked at, at most.
const MAX_ENTRIES: usize = 10_000;

pub fn templates() -> ProbeOutcome {
    match profile_dir() {
        Some(profile) => templates_in(&profile),
        None => ProbeOutcome::new(TEMPLATES, ProbeStatus::Skipped, Message::new("probe-libreoffice-no-profile")),
    }
}

/// The check against the profile folder `profile` (`…/libreoffice/4/user`).
pub fn templates_in(profile: &Path) -> ProbeOutcome {
    let folder = profile.join("template");
    let mut evidence = Evidence::default();
    evidence.fact("folder", folder.display().to_string());
    let mut names: Vec<String> = walkdir::WalkDir::new(&folder)
        .follow_links(false)
        .into_iter()
        .take(MAX_ENTRIES)
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            e.path()
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| TEMPLATE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
        })
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    evidence.fact("count", names.len());
    evidence.fact("templates", names.iter().take(20).cloned().collect::<Vec<_>>());
    if names.is_empty() {
        let m = Message::new("probe-libreoffice-templates-none");
        ProbeOutcome::new(TEMPLATES, ProbeStatus::Warn, m.clone()).remedy(m.remedy()).evidence(evidence)
    } else {
        let m = Message::new("probe-libreoffice-templates-pass")
            .arg("count", names.len())
            .arg("names", names.iter().take(3).cloned().collect::<Vec<_>>().join(", "));
        ProbeOutcome::new(TEMPLATES, ProbeStatus::Pass, m).evidence(evidence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imported_templates_are_found_in_the_profile() {
        let profile = tempfile::tempdir().unwrap();
        let none = templates_in(profile.path());
        assert_eq!(none.status, ProbeStatus::Warn, "nothing proves it, and the person may know better");
        std::fs::create_dir_all(profile.path().join("template/Huisstijl")).unwrap();
        std::fs::write(profile.path().join("template/Huisstijl/notes.txt"), b"not a template").unwrap();
        assert_eq!(templates_in(profile.path()).status, ProbeStatus::Warn);
        std::fs::write(profile.path().join("template/Huisstijl/Brief.OTT"), b"template").unwrap();
        std::fs::write(profile.path().join("template/Memo.dotx"), b"template").unwrap();
        let found = templates_in(profile.path());
        assert_eq!((found.status, found.evidence.facts["count"].as_u64()), (ProbeStatus::Pass, Some(2)));
        assert_eq!(found.summary.args["names"], "Brief.OTT, Memo.dotx");
    }
}
