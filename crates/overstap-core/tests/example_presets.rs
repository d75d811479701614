//! The example presets in `assets/presets/` are what IT departments copy
//! from: each must read without a single problem, say what it is, and
//! change what it claims to (servers, checklists, texts in every language).

use std::path::Path;

use overstap_core::checklist::load_embedded;
use overstap_core::lang::Lang;
use overstap_core::preset::{apply, parse};

#[test]
fn every_example_preset_is_valid_and_does_something() {
    let library = load_embedded().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/presets");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        seen += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let parsed = parse(&text, &path.display().to_string(), &library);
        let problems: Vec<String> = parsed.problems.iter().map(|p| p.render(Lang::En)).collect();
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
        let preset = parsed.preset;
        let info = preset.preset.as_ref().expect("a [preset] section");
        assert_eq!(info.format, Some(1), "{}", path.display());
        assert!(info.serial.is_some() && info.description.is_some(), "{}", path.display());
        assert!(preset.servers.is_some() && preset.organisation.is_some(), "{}", path.display());
        let shaped = apply(&library, &preset);
        let shape = |l: &overstap_core::checklist::Library| -> Vec<(String, String, bool)> {
            l.checklists()
                .iter()
                .flat_map(|c| c.steps.iter().map(|s| (c.id.clone(), s.id.clone(), s.required)))
                .collect()
        };
        assert_ne!(shape(&shaped), shape(&library), "{} changes no checklist", path.display());
        for extra in preset.extra_steps.iter().flatten() {
            let step = shaped.checklist(&extra.checklist).and_then(|c| c.step(&extra.id)).expect("extra step added");
            for lang in Lang::ALL {
                assert!(!step.title.get(lang).is_empty());
            }
        }
    }
    assert!(seen >= 3, "found {seen} example presets in {}", dir.display());
}
