//! The TypeScript types of everything that crosses IPC, generated from the
//! Rust types by ts-rs into `ui/src/bindings/` (never copied by hand).
//! The test below fails when the committed files differ from what the
//! types say; `OVERSTAP_WRITE_BINDINGS=1 cargo test -p overstap-app bindings`
//! writes them.

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    use overstap_core::api as core;
    use ts_rs::{Config, TS};

    use crate::{branding, commands};

    fn bindings_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings")
    }

    /// Every `.ts` file under `dir` (ts-rs puts serde_json's types in a
    /// subfolder), by path relative to `dir`.
    fn read_all(dir: &Path) -> BTreeMap<String, String> {
        let mut files = BTreeMap::new();
        let mut folders = vec![dir.to_path_buf()];
        while let Some(folder) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else { continue };
            for path in entries.flatten().map(|e| e.path()) {
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "ts") {
                    let name = path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                    files.insert(name, std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        files
    }

    fn export_to(dir: &Path) {
        let cfg = Config::new().with_out_dir(dir);
        // The roots: each export_all also writes the types they use.
        core::ChecklistSummary::export_all(&cfg).unwrap();
        core::ChecklistDetail::export_all(&cfg).unwrap();
        core::StepChanged::export_all(&cfg).unwrap();
        core::StepAction::export_all(&cfg).unwrap();
        core::CheckReport::export_all(&cfg).unwrap();
        core::PresetView::export_all(&cfg).unwrap();
        core::PresetImport::export_all(&cfg).unwrap();
        core::SettingsView::export_all(&cfg).unwrap();
        core::ActionOutcome::export_all(&cfg).unwrap();
        overstap_core::store::HistoryEntry::export_all(&cfg).unwrap();
        overstap_core::store::SignInRecord::export_all(&cfg).unwrap();
        overstap_core::probe::Service::export_all(&cfg).unwrap();
        overstap_core::ErrorPayload::export_all(&cfg).unwrap();
        commands::app::AppInfo::export_all(&cfg).unwrap();
        commands::signin::SignInChoice::export_all(&cfg).unwrap();
        commands::signin::SignInEvent::export_all(&cfg).unwrap();
        commands::report::ReportFormat::export_all(&cfg).unwrap();
        branding::OrganisationView::export_all(&cfg).unwrap();
        overstap_core::preset::examples::ExampleView::export_all(&cfg).unwrap();
        core::FleetStatusView::export_all(&cfg).unwrap();
        core::FleetPreview::export_all(&cfg).unwrap();
    }

    #[test]
    fn bindings_match_the_rust_types() {
        let fresh = tempfile::tempdir().unwrap();
        export_to(fresh.path());
        let generated = read_all(fresh.path());
        assert!(
            generated.contains_key("ChecklistDetail.ts") && generated.contains_key("ErrorCode.ts"),
            "{generated:?}"
        );
        if std::env::var_os("OVERSTAP_WRITE_BINDINGS").is_some_and(|v| v == "1") {
            let dir = bindings_dir();
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            for (name, text) in &generated {
                let path = dir.join(name);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            }
        }
        let committed = read_all(&bindings_dir());
        let differ: Vec<&String> = generated
            .keys()
            .chain(committed.keys())
            .filter(|name| generated.get(*name) != committed.get(*name))
            .collect();
        assert!(
            differ.is_empty(),
            "ui/src/bindings/ is out of date for {differ:?}: run OVERSTAP_WRITE_BINDINGS=1 cargo test -p overstap-app bindings"
        );
    }
}
