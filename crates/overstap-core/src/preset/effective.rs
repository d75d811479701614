//! Merging presets into the configuration that applies, setting by
//! setting, remembering where each value came from (the data behind
//! `overstap preset show`, like Firefox's about:policies):
//!
//! - system presets in order, later files winning per setting;
//! - then an imported preset, except for settings the system locks and for
//!   `locked` and `trust.preset_signing_keys`, which only a system preset
//!   may set (otherwise an import could unlock or trust itself).
//!
//! Relative file paths (logo, CA files) are made absolute against the
//! folder of the preset that named them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;
use serde_json::{Map, Value};

use super::model::Preset;
use super::named_files::NamedFiles;
use super::parse::PresetProblem;
use super::sources::{Layer, PresetSource};
use crate::probe::Message;

/// Settings only an administrator's (system) preset may make.
const SYSTEM_ONLY: [&str; 2] = ["locked", "trust.preset_signing_keys"];

/// Settings whose value is a secret: the salt keys the pseudonymous laptop
/// ids, so whoever has it can test a guessed machine against a report.
/// Views say only that it is set (`Overstap::preset_view`).
pub const SECRET_SETTINGS: [&str; 1] = ["reporting.salt"];

/// One setting that applies, with its origin.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Setting {
    /// The key path (`servers.matrix`).
    pub key: String,
    pub value: Value,
    pub layer: Layer,
    /// The file (or registry key) it came from.
    pub origin: String,
    /// Whether the person may change it.
    pub locked: bool,
    /// The value is a secret (`SECRET_SETTINGS`): views carry `null` instead.
    pub secret: bool,
}

/// A preset file that took part, and how it went.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SourceSummary {
    pub layer: Layer,
    pub origin: String,
    pub serial: Option<u64>,
    /// Nothing of it applies.
    pub refused: bool,
    pub problems: usize,
}

/// The configuration in force.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EffectivePreset {
    /// All layers merged; only valid, permitted settings.
    pub preset: Preset,
    pub settings: Vec<Setting>,
    pub sources: Vec<SourceSummary>,
    pub problems: Vec<PresetProblem>,
    /// Key paths the person cannot change.
    pub locked: BTreeSet<String>,
    /// The CA files and logo as read at the start (`named_files.rs`).
    #[serde(skip)]
    pub files: NamedFiles,
    /// Some system preset sets or locks at least one thing.
    #[serde(skip)]
    system_says_something: bool,
}

impl EffectivePreset {
    /// Whether a system preset applies (the app then skips its first-run
    /// questions): one that sets or locks something. A file of comments
    /// only, such as the one the Debian package ships as
    /// `/etc/overstap/preset.toml` for IT to fill in, is listed among the
    /// sources but sets nothing up, so the person still gets the first run.
    pub fn has_system_preset(&self) -> bool {
        self.system_says_something
    }

    /// Whether `key` (or a table above it) is locked.
    pub fn is_locked(&self, key: &str) -> bool {
        self.locked.iter().any(|l| covers(l, key))
    }
}

/// Merges `sources` (system presets first, in order; then an imported one).
pub fn merge(sources: &[PresetSource]) -> EffectivePreset {
    let mut effective = EffectivePreset::default();
    let mut values: BTreeMap<String, Setting> = BTreeMap::new();
    for source in sources {
        effective.problems.extend(source.parsed.problems.iter().cloned());
        effective.sources.push(SourceSummary {
            layer: source.layer,
            origin: source.origin.clone(),
            serial: source.parsed.preset.preset.as_ref().and_then(|p| p.serial),
            refused: source.parsed.refused,
            problems: source.parsed.problems.len(),
        });
        if source.parsed.refused {
            continue;
        }
        let mut preset = source.parsed.preset.clone();
        if let Some(base) = &source.base_dir {
            make_paths_absolute(&mut preset, base);
        }
        if source.layer == Layer::System {
            effective.locked.extend(preset.locked.iter().flatten().cloned());
        }
        for (key, value) in flatten(&preset) {
            if key == "preset" || key.starts_with("preset.") {
                continue; // about the file itself, not a setting
            }
            if source.layer == Layer::System {
                effective.system_says_something = true;
            }
            if source.layer != Layer::System {
                let refusal = if SYSTEM_ONLY.iter().any(|s| covers(s, &key)) {
                    Some("preset-system-only")
                } else if effective.locked.iter().any(|l| covers(l, &key)) {
                    Some("preset-locked")
                } else {
                    None
                };
                if let Some(id) = refusal {
                    effective.problems.push(PresetProblem {
                        file: source.origin.clone(),
                        line: 1,
                        column: 1,
                        key: key.clone(),
                        message: Message::new(id),
                    });
                    continue;
                }
            }
            if key == "locked" {
                continue; // collected above, shown through `Setting::locked`
            }
            values.insert(
                key.clone(),
                Setting {
                    secret: SECRET_SETTINGS.contains(&key.as_str()),
                    key,
                    value,
                    layer: source.layer,
                    origin: source.origin.clone(),
                    locked: false,
                },
            );
        }
    }
    for setting in values.values_mut() {
        setting.locked = effective.locked.iter().any(|l| covers(l, &setting.key));
    }
    effective.preset = unflatten(values.values().map(|s| (s.key.as_str(), s.value.clone())));
    effective.preset.locked = (!effective.locked.is_empty()).then(|| effective.locked.iter().cloned().collect());
    effective.settings = values.into_values().collect();
    effective
}

/// Whether lock (or prefix) `lock` covers `key`: equal, or a table above it.
fn covers(lock: &str, key: &str) -> bool {
    key == lock || key.strip_prefix(lock).is_some_and(|rest| rest.starts_with('.'))
}

/// Every setting of `preset` as (key path, value); tables are walked, arrays and scalars are values.
fn flatten(preset: &Preset) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    if let Ok(Value::Object(map)) = serde_json::to_value(preset) {
        walk(&map, "", &mut out);
    }
    out
}

fn walk(map: &Map<String, Value>, prefix: &str, out: &mut Vec<(String, Value)>) {
    for (key, value) in map {
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        match value {
            Value::Object(inner) if !inner.is_empty() => walk(inner, &path, out),
            Value::Null => {}
            other => out.push((path, other.clone())),
        }
    }
}

/// The preset made of `settings` (each already valid on its own).
fn unflatten<'a>(settings: impl Iterator<Item = (&'a str, Value)>) -> Preset {
    let mut root = Map::new();
    for (key, value) in settings {
        let mut node = &mut root;
        let parts: Vec<&str> = key.split('.').collect();
        for part in &parts[..parts.len() - 1] {
            let entry = node.entry(part.to_string()).or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            node = entry.as_object_mut().expect("just made an object");
        }
        node.insert(parts[parts.len() - 1].to_owned(), value);
    }
    serde_json::from_value(Value::Object(root)).unwrap_or_else(|e| {
        tracing::error!(error = %e, "merged preset did not read back; using none");
        Preset::default()
    })
}

fn make_paths_absolute(preset: &mut Preset, base: &Path) {
    let absolute = |p: &mut String| {
        if Path::new(p.as_str()).is_relative() {
            *p = base.join(p.as_str()).display().to_string();
        }
    };
    if let Some(files) = preset.trust.as_mut().and_then(|t| t.ca_files.as_mut()) {
        files.iter_mut().for_each(absolute);
    }
    if let Some(logo) = preset.branding.as_mut().and_then(|b| b.logo.as_mut()) {
        absolute(logo);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::parse;

    fn source(layer: Layer, origin: &str, text: &str) -> PresetSource {
        let library = crate::checklist::load_embedded().unwrap();
        PresetSource {
            layer,
            origin: origin.into(),
            base_dir: Some(Path::new("/etc/overstap").into()),
            parsed: parse(text, origin, &library),
        }
    }

    #[test]
    fn later_system_files_win_and_every_value_names_its_source() {
        let a =
            source(Layer::System, "preset.toml", "[servers]\nmatrix = \"a.nl\"\nnextcloud = \"https://cloud.a.nl\"\n");
        let b = source(Layer::System, "preset.d/10.toml", "[servers]\nmatrix = \"b.nl\"\n");
        let e = merge(&[a, b]);
        let servers = e.preset.servers.clone().unwrap();
        assert_eq!(
            (servers.matrix.as_deref(), servers.nextcloud.as_deref()),
            (Some("b.nl"), Some("https://cloud.a.nl"))
        );
        let origin = |k: &str| e.settings.iter().find(|s| s.key == k).unwrap().origin.clone();
        assert_eq!(
            (origin("servers.matrix"), origin("servers.nextcloud")),
            ("preset.d/10.toml".into(), "preset.toml".into())
        );
        assert!(e.has_system_preset());
    }

    #[test]
    fn an_import_cannot_change_locked_settings_or_trust_itself() {
        let system = source(
            Layer::System,
            "/etc/overstap/preset.toml",
            "locked = [\"servers\"]\n[servers]\nmatrix = \"minbzk.nl\"\n[defaults]\nlanguage = \"nl\"\n",
        );
        let import = source(
            Layer::Imported,
            "imported.toml",
            "locked = []\n[servers]\nmatrix = \"evil.example\"\n[defaults]\nlanguage = \"de\"\n[trust]\npreset_signing_keys = [\"RWQx\"]\n",
        );
        let e = merge(&[system, import]);
        assert_eq!(e.preset.servers.as_ref().unwrap().matrix.as_deref(), Some("minbzk.nl"));
        assert_eq!(e.preset.defaults.as_ref().unwrap().language.as_deref(), Some("de"), "unlocked: the import wins");
        assert!(e.is_locked("servers.matrix") && !e.is_locked("defaults.language"));
        let refused: Vec<(&str, &str)> = e
            .problems
            .iter()
            .filter(|p| p.file == "imported.toml")
            .map(|p| (p.key.as_str(), p.message.id.as_str()))
            .collect();
        assert!(refused.contains(&("servers.matrix", "preset-locked")), "{refused:?}");
        assert!(refused.contains(&("trust.preset_signing_keys", "preset-system-only")), "{refused:?}");
        assert_eq!(e.preset.trust, None);
    }

    #[test]
    fn refused_files_count_but_apply_nothing_and_paths_become_absolute() {
        let broken = source(Layer::System, "broken.toml", "[servers\n");
        let good = source(Layer::System, "good.toml", "[trust]\nca_files = [\"ca/org.pem\", \"/abs/x.pem\"]\n");
        let e = merge(&[broken, good]);
        assert!(e.sources[0].refused);
        assert_eq!(
            e.preset.trust.unwrap().ca_files.unwrap(),
            vec!["/etc/overstap/ca/org.pem".to_owned(), "/abs/x.pem".to_owned()]
        );
    }

    #[test]
    fn a_system_file_of_comments_only_sets_nothing_up() {
        let comments = source(Layer::System, "/etc/overstap/preset.toml", "# IT: put the preset here\n");
        let about_itself = source(Layer::System, "preset.d/00.toml", "[preset]\nformat = 1\n");
        let e = merge(&[comments.clone(), about_itself]);
        assert_eq!(e.sources.len(), 2, "still listed");
        assert!(!e.has_system_preset());
        let locks_only = source(Layer::System, "preset.d/10.toml", "locked = [\"defaults.language\"]\n");
        assert!(merge(&[comments.clone(), locks_only]).has_system_preset());
        let overridden = source(Layer::System, "preset.d/10.toml", "[defaults]\nlanguage = \"nl\"\n");
        let import = source(Layer::Imported, "imported.toml", "[defaults]\nlanguage = \"de\"\n");
        assert!(merge(&[comments, overridden, import]).has_system_preset(), "an import changing it keeps it managed");
    }

    #[test]
    fn covers_means_equal_or_a_table_above() {
        assert!(covers("servers", "servers.matrix"));
        assert!(covers("servers.matrix", "servers.matrix"));
        assert!(!covers("servers.mat", "servers.matrix"));
        assert!(!covers("servers.matrix", "servers"));
    }
}
