//! LibreOffice with the real program (Debian's packages): found and recent
//! enough, the profile's default save formats, and "make ODF the default",
//! which must survive LibreOffice itself rewriting its profile, be refused
//! while LibreOffice runs, and be undoable without undoing what the person
//! changed since; Snap and Flatpak profiles in a home are found.

mod common;

use common::{json, result};

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The action refuses while any LibreOffice runs, so the tests that run
/// LibreOffice or the action take turns.
static LIBREOFFICE: Mutex<()> = Mutex::new(());

fn filter_line(service: &str, filter: &str) -> String {
    format!("<item oor:path=\"/org.openoffice.Setup/Office/Factories/org.openoffice.Setup:Factory['{service}']\"><prop oor:name=\"ooSetupFactoryDefaultFilter\" oor:op=\"fuse\"><value>{filter}</value></prop></item>\n")
}

const MS_DEFAULTS: &[(&str, &str)] = &[
    ("com.sun.star.text.TextDocument", "MS Word 2007 XML"),
    ("com.sun.star.sheet.SpreadsheetDocument", "Calc MS Excel 2007 XML"),
    ("com.sun.star.presentation.PresentationDocument", "Impress MS PowerPoint 2007 XML"),
];

/// `overstap` with the test's LibreOffice profile.
fn lo(data: &Path, profile: &Path, args: &[&str]) -> Output {
    common::overstap_with(data, args, &[("OVERSTAP_LIBREOFFICE_PROFILE", profile)])
}

/// Runs LibreOffice headless on the profile until it has started and shut down.
fn run_libreoffice_once(installation: &Path) {
    let status = Command::new("soffice")
        .args(["--headless", "--terminate_after_init", "--norestore"])
        .arg(format!("-env:UserInstallation=file://{}", installation.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("LibreOffice is installed (scripts/setup.sh)");
    assert!(status.success());
}

fn soffice_bin_running() -> bool {
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| std::fs::read_to_string(e.path().join("comm")).is_ok_and(|c| c.trim() == "soffice.bin"))
}

#[test]
fn libreoffice_formats_are_checked_set_to_odf_safely_and_undone() {
    let _turn = LIBREOFFICE.lock().unwrap_or_else(|e| e.into_inner());
    let installation = tempfile::tempdir().unwrap();
    run_libreoffice_once(installation.path());
    let profile = installation.path().join("user");
    let xcu = profile.join("registrymodifications.xcu");
    // An organisation that had made the Microsoft formats the default.
    let mut text = std::fs::read_to_string(&xcu).expect("LibreOffice made its profile");
    let close = text.rfind("</oor:items>").unwrap();
    let items: String = MS_DEFAULTS.iter().map(|(service, filter)| filter_line(service, filter)).collect();
    text.insert_str(close, &items);
    std::fs::write(&xcu, &text).unwrap();
    let ms_profile = text.clone();
    let data = tempfile::tempdir().unwrap();
    let d = data.path();

    let out = lo(d, &profile, &["check", "libreoffice", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let installed = result(&v, "libreoffice.installed");
    assert_eq!(installed["status"], "pass", "{installed}");
    assert!(installed["evidence"]["facts"]["version"].as_str().unwrap().starts_with(char::is_numeric));
    let formats = result(&v, "libreoffice.default-formats");
    assert_eq!(formats["status"], "fail");
    assert!(formats["summary"].as_str().unwrap().contains("MS Word 2007 XML"), "{formats}");

    // While LibreOffice runs, the change is refused and nothing is written.
    // In its own process group, so that exactly this LibreOffice is stopped below.
    let mut running = Command::new("soffice")
        .process_group(0)
        .args(["--headless", "--norestore"])
        .arg(format!("-env:UserInstallation=file://{}", installation.path().display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !soffice_bin_running() {
        assert!(Instant::now() < deadline, "LibreOffice did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let refused = lo(d, &profile, &["action", "libreoffice.set-odf-default", "--json"]);
    let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", running.id())]).status();
    let _ = running.wait();
    while soffice_bin_running() {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(refused.status.code(), Some(2));
    assert!(json(&refused)["error"]["message"].as_str().unwrap().contains("LibreOffice is open"));
    // LibreOffice may rewrite its profile on exit; what matters is that ours did not change it.
    let _ = std::fs::remove_file(profile.join(".lock"));
    std::fs::write(&xcu, &ms_profile).unwrap();

    // Make ODF the default: a backup, the step done, and LibreOffice keeps it.
    let done = json(&lo(d, &profile, &["action", "libreoffice.set-odf-default", "--json"]));
    let backup = done["action"]["backup"].as_str().expect("a backup was made").to_owned();
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), ms_profile);
    assert_eq!(done["action"]["changed_steps"][0], "libreoffice/set-odf-default");
    // Doing it again changes nothing and makes no second backup (undo still reaches the original).
    let again = json(&lo(d, &profile, &["action", "libreoffice.set-odf-default", "--json"]));
    assert!(again["action"]["backup"].is_null(), "{again}");
    run_libreoffice_once(installation.path());
    let after = std::fs::read_to_string(&xcu).unwrap();
    assert!(!after.contains("MS Word 2007 XML"), "LibreOffice did not bring the old default back");
    let out = lo(d, &profile, &["check", "libreoffice", "--json"]);
    let v = json(&out);
    assert_eq!(result(&v, "libreoffice.default-formats")["status"], "pass", "{v}");
    assert_eq!(out.status.code(), Some(0));

    // Since then the person changed another setting (LibreOffice writes one line per setting).
    let theirs = "<item oor:path=\"/org.openoffice.Office.Common/Save/Document\"><prop oor:name=\"CreateBackup\" oor:op=\"fuse\"><value>true</value></prop></item>\n";
    let mut changed = std::fs::read_to_string(&xcu).unwrap();
    changed.insert_str(changed.rfind("</oor:items>").unwrap(), theirs);
    std::fs::write(&xcu, &changed).unwrap();

    // Undo puts back only the three default formats; the rest stays as it is now.
    let undone = lo(d, &profile, &["action", "libreoffice.set-odf-default", "--undo"]);
    assert_eq!(undone.status.code(), Some(0), "{}", String::from_utf8_lossy(&undone.stderr));
    let after_undo = std::fs::read_to_string(&xcu).unwrap();
    assert!(after_undo.contains(theirs), "the person's own change is kept");
    let odf: Vec<String> = MS_DEFAULTS
        .iter()
        .zip(["writer8", "calc8", "impress8"])
        .map(|((service, _), odf)| filter_line(service, odf))
        .collect();
    let sorted = |text: &str| {
        let mut lines: Vec<String> = text.lines().map(|l| format!("{l}\n")).collect();
        lines.sort();
        lines
    };
    let mut expected: Vec<String> = sorted(&changed).into_iter().filter(|l| !odf.contains(l)).collect();
    expected.extend(MS_DEFAULTS.iter().map(|(service, filter)| filter_line(service, filter)));
    expected.sort();
    assert_eq!(sorted(&after_undo), expected, "only the three formats changed back");
    assert!(!Path::new(&backup).exists(), "the used backup is removed");
    let v = json(&lo(d, &profile, &["check", "libreoffice", "--json"]));
    assert_eq!(result(&v, "libreoffice.default-formats")["status"], "fail");
    let show = json(&lo(d, &profile, &["show", "libreoffice", "--json"]));
    let state = |id: &str| {
        show["checklist"]["steps"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap()["state"].clone()
    };
    assert_eq!(state("set-odf-default"), "todo");
    assert_eq!(state("check-default-format"), "todo");

    // Templates: none imported yet is a caveat; the Template Manager's Import
    // puts them in the profile's template folder, which proves the step.
    let templates = result(&v, "libreoffice.templates");
    assert_eq!(templates["status"], "warn", "{templates}");
    std::fs::create_dir_all(profile.join("template/Huisstijl")).unwrap();
    std::fs::write(profile.join("template/Huisstijl/Briefpapier.ott"), b"an imported template").unwrap();
    let v = json(&lo(d, &profile, &["check", "libreoffice", "--json"]));
    let templates = result(&v, "libreoffice.templates");
    assert_eq!(templates["status"], "pass", "{templates}");
    assert!(templates["summary"].as_str().unwrap().contains("Briefpapier.ott"), "{templates}");
    let show = json(&lo(d, &profile, &["show", "libreoffice", "--json"]));
    let step =
        show["checklist"]["steps"].as_array().unwrap().iter().find(|s| s["id"] == "install-templates").unwrap().clone();
    assert_eq!((step["state"].as_str(), step["proof"].as_str()), (Some("done"), Some("checked")), "{step}");
}

#[test]
fn a_libreoffice_older_than_the_minimum_is_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("soffice");
    std::fs::write(&fake, "#!/bin/sh\necho 'LibreOffice 6.4.7.2 40(Build:2)'\n").unwrap();
    Command::new("chmod").arg("755").arg(&fake).status().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_overstap"))
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .args(["check", "libreoffice", "--json"])
        .env("OVERSTAP_SOFFICE", &fake)
        .env("OVERSTAP_LIBREOFFICE_PROFILE", dir.path().join("no-profile"))
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    let v = json(&out);
    let installed = result(&v, "libreoffice.installed");
    assert_eq!(installed["status"], "fail");
    assert!(installed["summary"].as_str().unwrap().contains("6.4.7.2 is too old (at least 7.4"), "{installed}");
    // No profile yet means LibreOffice's own defaults: ODF.
    assert_eq!(result(&v, "libreoffice.default-formats")["status"], "pass");
}

#[test]
fn snap_and_flatpak_profiles_in_the_home_are_the_ones_checked_and_changed() {
    let _turn = LIBREOFFICE.lock().unwrap_or_else(|e| e.into_inner());
    for layout in [
        "snap/libreoffice/current/.config/libreoffice/4/user",
        ".var/app/org.libreoffice.LibreOffice/config/libreoffice/4/user",
    ] {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let profile = h.join(layout);
        std::fs::create_dir_all(&profile).unwrap();
        let xcu = profile.join("registrymodifications.xcu");
        let items: String = MS_DEFAULTS.iter().map(|(service, filter)| filter_line(service, filter)).collect();
        std::fs::write(&xcu, format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n{items}</oor:items>\n")).unwrap();
        let config = h.join(".config");
        let env = [("HOME", h), ("XDG_CONFIG_HOME", config.as_path())];
        let data = tempfile::tempdir().unwrap();
        let d = data.path();

        let v = json(&common::overstap_with(d, &["check", "libreoffice", "--json"], &env));
        let formats = result(&v, "libreoffice.default-formats");
        assert_eq!(formats["evidence"]["facts"]["profile"], profile.display().to_string(), "{layout}");
        assert_eq!(formats["status"], "fail");
        let done = json(&common::overstap_with(d, &["action", "libreoffice.set-odf-default", "--json"], &env));
        assert_eq!(done["action"]["changed"], xcu.display().to_string(), "{done}");
        let v = json(&common::overstap_with(d, &["check", "libreoffice", "--json"], &env));
        assert_eq!(result(&v, "libreoffice.default-formats")["status"], "pass", "{layout}");
        assert!(!config.join("libreoffice").exists(), "no ordinary profile was made beside it");
    }
}
