//! Example organisations a person can try at first run when no system
//! preset exists ("pick an example"): the shipped presets in
//! `assets/presets/`, minus the local demo's. Being part of the build they
//! need no signature, but they are only examples: they lock nothing and
//! carry no trust settings (no CA files, no signing keys) and never report,
//! and a system or imported preset always replaces them.

use serde::Serialize;

use super::parse::parse;
use super::sources::{Layer, PresetSource};
use crate::assets;
use crate::checklist::Library;
use crate::store::Store;

/// The person's setting that names the example in use.
pub const SETTING: &str = "example_preset";
/// The demo's preset points at servers on this computer: not an example to pick.
const NOT_AN_EXAMPLE: &str = "local-demo";

/// An example to choose from.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExampleView {
    /// The file's name without `.toml` (`nl-ministerie`).
    pub id: String,
    /// The organisation's name as the example gives it.
    pub name: String,
    /// Its mail domain, when it gives one.
    pub domain: Option<String>,
}

/// Every example, by id.
pub fn list(library: &Library) -> Vec<ExampleView> {
    let mut examples: Vec<ExampleView> = assets::files("presets", "toml")
        .into_iter()
        .filter_map(|file| {
            let id = file.path.rsplit('/').next()?.strip_suffix(".toml")?.to_owned();
            if id == NOT_AN_EXAMPLE {
                return None;
            }
            let organisation = parse(file.text, file.path, library).preset.organisation?;
            Some(ExampleView { id, name: organisation.name?, domain: organisation.domain })
        })
        .collect();
    examples.sort_by(|a, b| a.id.cmp(&b.id));
    examples
}

/// Whether `id` names an example.
pub fn exists(id: &str, library: &Library) -> bool {
    list(library).iter().any(|e| e.id == id)
}

/// The example the person chose, as a preset layer below an imported one.
pub fn load(store: &Store, library: &Library) -> Option<PresetSource> {
    let id = store.settings().ok()?.remove(SETTING)?;
    let path = format!("presets/{id}.toml");
    let file = assets::file(&path).filter(|_| id != NOT_AN_EXAMPLE)?;
    let mut parsed = parse(file.text, &path, library);
    // An example shows an organisation's choices; it does not bind the person.
    parsed.preset.locked = None;
    parsed.preset.trust = None;
    // Trying an example must never send a report anywhere.
    parsed.preset.reporting = None;
    if let Some(servers) = &mut parsed.preset.servers {
        servers.report_upload = None;
    }
    Some(PresetSource { layer: Layer::Example, origin: format!("{id}.toml"), base_dir: None, parsed })
}
