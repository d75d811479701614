//! The generated `.xcd` in a real LibreOffice (Debian's): LibreOffice itself
//! reports the default save formats it ends up with, and a person's profile
//! that says otherwise does not win (the values are finalized).
//!
//! Installed without touching the system: the test copies the
//! installation's `share/registry` and adds the file, then starts
//! `soffice` with `-env:CONFIGURATION_LAYERS=` naming that copy as the
//! installation layer and a private profile as the user layer (a bootstrap
//! variable, which the command line overrides over `fundamentalrc`). The
//! files are read exactly as in `share/registry`, in dependency order. A
//! Python-UNO script (`python3-uno`) asks the running LibreOffice through
//! its ConfigurationProvider.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use overstap_core::preset::client_configs::{write_client_configs, LIBREOFFICE_XCD};
use overstap_core::preset::model::{DefaultFormats, LibreOfficePolicy, Preset};
use serde_json::Value;
use url::Url;

const TEXT: &str = "com.sun.star.text.TextDocument";
const SHEET: &str = "com.sun.star.sheet.SpreadsheetDocument";
const SLIDES: &str = "com.sun.star.presentation.PresentationDocument";
const ODF: [&str; 3] = ["writer8", "calc8", "impress8"];
const OOXML: [&str; 3] = ["MS Word 2007 XML", "Calc MS Excel 2007 XML", "Impress MS PowerPoint 2007 XML"];

/// Connects to the LibreOffice listening on pipe `argv[1]`, prints the
/// effective values as JSON and shuts LibreOffice down.
const READ_CONFIG_PY: &str = r#"
import json, os, sys, time
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
deadline = time.time() + 60
while True:
    try:
        ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % sys.argv[1])
        break
    except NoConnectException:
        if time.time() > deadline:
            raise
        time.sleep(0.05)
smgr = ctx.ServiceManager
provider = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)

def node(path):
    arg = PropertyValue()
    arg.Name = "nodepath"
    arg.Value = path
    return provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", (arg,))

factories = node("/org.openoffice.Setup/Office/Factories")
out = {}
for s in sys.argv[2:]:
    # An uninstalled module has no factory (null), and must not get one.
    out[s] = factories.getByName(s).getPropertyValue("ooSetupFactoryDefaultFilter") if factories.hasByName(s) else None
document = node("/org.openoffice.Office.Common/Save/Document")
for name in ("WarnAlienFormat", "CreateBackup"):
    out[name] = document.getPropertyValue(name)
print(json.dumps(out), flush=True)
try:
    smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx).terminate()
except Exception:
    pass  # the bridge closes as LibreOffice goes: that is the point
# Skip the interpreter's teardown: tearing down a bridge whose other end has
# gone can fail, after the answer is out.
os._exit(0)
"#;

/// Debian's `python3-uno` belongs to the system Python, not to a pyenv or venv one.
const SYSTEM_PYTHON: &str = "/usr/bin/python3";

/// The installation's `share/registry` (Debian: a link to `/etc/libreoffice/registry`).
fn installation_registry() -> PathBuf {
    let (_, soffice) = overstap_core::probe::libreoffice::find_soffice()
        .expect("LibreOffice is not installed: scripts/setup.sh installs Debian's packages");
    // /usr/bin/soffice → /usr/lib/libreoffice/program/soffice
    let program = std::fs::canonicalize(&soffice).unwrap();
    let registry = program.parent().and_then(Path::parent).unwrap().join("share/registry");
    assert!(registry.join("main.xcd").is_file(), "no main.xcd in {}", registry.display());
    registry
}

/// A copy of `from` with links followed, so that the copy is ours to change.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_dir(&source, &target);
        } else if source.is_file() {
            std::fs::copy(&source, &target).unwrap();
        } // a dangling link (Debian's *.xcd.sample without the docs) is skipped
    }
}

/// A person's profile that sets these properties, as LibreOffice writes it.
fn profile_xcu(filters: [&str; 3], warn_alien: bool) -> String {
    let mut items = String::new();
    for (service, filter) in [TEXT, SHEET, SLIDES].into_iter().zip(filters) {
        items.push_str(&format!(
            "<item oor:path=\"/org.openoffice.Setup/Office/Factories/org.openoffice.Setup:Factory['{service}']\">\
             <prop oor:name=\"ooSetupFactoryDefaultFilter\" oor:op=\"fuse\"><value>{filter}</value></prop></item>\n"
        ));
    }
    for (name, value) in [("WarnAlienFormat", warn_alien), ("CreateBackup", true)] {
        items.push_str(&format!(
            "<item oor:path=\"/org.openoffice.Office.Common/Save/Document\">\
             <prop oor:name=\"{name}\" oor:op=\"fuse\"><value>{value}</value></prop></item>\n"
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" \
         xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n\
         {items}</oor:items>\n"
    )
}

/// The LibreOffice this test started, in its own process group: stopped
/// with everything it started, even when an assertion fails.
struct Office(Child);

impl Drop for Office {
    fn drop(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", self.0.id())]).status();
        let _ = self.0.wait();
    }
}

/// What LibreOffice reports with `xcd` (if any) added to its installation
/// and `profile` as the person's `registrymodifications.xcu`; `without`:
/// modules taken out of the installation (`impress.xcd`).
fn effective(xcd: Option<&Path>, profile: &str, without: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let registry = dir.path().join("registry");
    copy_dir(&installation_registry(), &registry);
    for module in without {
        std::fs::remove_file(registry.join(module)).unwrap();
    }
    if let Some(xcd) = xcd {
        std::fs::copy(xcd, registry.join(xcd.file_name().unwrap())).unwrap();
    }
    let installation = dir.path().join("profile");
    let xcu = installation.join("user/registrymodifications.xcu");
    std::fs::create_dir_all(xcu.parent().unwrap()).unwrap();
    std::fs::write(&xcu, profile).unwrap();
    let script = dir.path().join("read_config.py");
    std::fs::write(&script, READ_CONFIG_PY).unwrap();

    let registry_url = Url::from_directory_path(&registry).unwrap();
    let registry_url = registry_url.as_str().trim_end_matches('/');
    let layers = format!("xcsxcu:{registry_url} res:{registry_url} user:{}", Url::from_file_path(&xcu).unwrap());
    let pipe = format!("overstap-test-{}-{}", std::process::id(), dir.path().file_name().unwrap().to_string_lossy());
    let office = Office(
        Command::new("soffice")
            .process_group(0)
            .args(["--headless", "--invisible", "--norestore", "--nologo"])
            .arg(format!("-env:UserInstallation={}", Url::from_directory_path(&installation).unwrap()))
            .arg(format!("-env:CONFIGURATION_LAYERS={layers}"))
            .arg(format!("--accept=pipe,name={pipe};urp;"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("LibreOffice starts"),
    );
    let out = Command::new(SYSTEM_PYTHON).arg(&script).arg(&pipe).args([TEXT, SHEET, SLIDES]).output().unwrap();
    drop(office);
    assert!(
        out.status.success(),
        "reading LibreOffice's settings failed (is python3-uno installed? scripts/setup.sh installs it): {}\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn filters(v: &Value) -> [&str; 3] {
    [TEXT, SHEET, SLIDES].map(|s| v[s].as_str().unwrap_or_else(|| panic!("{s} missing in {v}")))
}

/// The `.xcd` Overstap writes for `preset`, in a folder that lives as long as the guard.
fn generated_xcd(preset: &Preset) -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let written = write_client_configs(preset, out.path()).unwrap();
    let xcd = written.into_iter().map(|w| w.path).find(|p| p.ends_with(LIBREOFFICE_XCD)).expect("the .xcd is written");
    (out, xcd)
}

#[test]
fn libreoffice_saves_in_the_presets_formats_whatever_the_profile_says() {
    let started = Instant::now();
    let person_prefers_ms = profile_xcu(OOXML, false);

    // Without the file, the person's profile decides (and is read: CreateBackup).
    let v = effective(None, &person_prefers_ms, &[]);
    assert_eq!(filters(&v), OOXML, "{v}");
    assert_eq!((&v["WarnAlienFormat"], &v["CreateBackup"]), (&Value::Bool(false), &Value::Bool(true)), "{v}");

    // With it, OpenDocument and "keep the current format?" win over the profile.
    let (_odf_dir, odf) = generated_xcd(&Preset::default());
    let v = effective(Some(&odf), &person_prefers_ms, &[]);
    assert_eq!(filters(&v), ODF, "finalized values win over the person's profile: {v}");
    assert_eq!(v["WarnAlienFormat"], true, "{v}");
    assert_eq!(v["CreateBackup"], true, "what the file does not set stays the person's: {v}");

    // Without Impress installed, LibreOffice still starts (the dependency is
    // optional), the others are set, and no presentation factory appears.
    let v = effective(Some(&odf), &person_prefers_ms, &["impress.xcd"]);
    assert_eq!(
        (&v[TEXT], &v[SHEET], &v[SLIDES]),
        (&Value::from("writer8"), &Value::from("calc8"), &Value::Null),
        "{v}"
    );

    // An organisation on the Microsoft formats: those win over a profile set to
    // OpenDocument, and the question is left to the person.
    let ooxml_preset = Preset {
        libreoffice: Some(LibreOfficePolicy { default_formats: Some(DefaultFormats::Ooxml), ..Default::default() }),
        ..Default::default()
    };
    let (_ooxml_dir, ooxml) = generated_xcd(&ooxml_preset);
    let v = effective(Some(&ooxml), &profile_xcu(ODF, false), &[]);
    assert_eq!(filters(&v), OOXML, "{v}");
    assert_eq!(v["WarnAlienFormat"], false, "{v}");

    assert!(started.elapsed() < Duration::from_secs(60), "took {:?}", started.elapsed());
}
