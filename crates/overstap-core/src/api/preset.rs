//! The preset through the API: what applies and why (`preset show`, the
//! app's organisation settings screen), checking a file before IT ships it
//! (`preset validate`), the JSON Schema, and the servers and CA a check
//! takes from the preset when the person gives none.

use serde::Serialize;

use super::Overstap;
use crate::error::{Error, ErrorCode, Result};
use crate::lang::Lang;
use std::path::Path;

use crate::preset::{self, EffectivePreset, Preset, PresetProblem, Setting, SourceSummary};
use crate::probe::CheckRequest;

/// A problem, rendered for people.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PresetProblemView {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub key: String,
    /// The message id (stable, for scripts).
    pub code: String,
    pub message: String,
}

/// The configuration in force, with each setting's source and every problem.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PresetView {
    /// A system preset applies: the app opens on the organisation's checklists.
    pub managed: bool,
    pub sources: Vec<SourceSummary>,
    pub settings: Vec<Setting>,
    pub locked: Vec<String>,
    pub problems: Vec<PresetProblemView>,
}

/// A signed preset accepted for import.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PresetImport {
    pub file: String,
    pub signed_by: preset::SignedBy,
    pub serial: u64,
    /// Settings of it that will not apply (locked, system-only) and other problems.
    pub problems: Vec<PresetProblemView>,
}

/// The client configurations written.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ClientConfigs {
    pub written: Vec<WrittenView>,
    /// Problems of the preset file they were made from (left out, the rest used).
    pub problems: Vec<PresetProblemView>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct WrittenView {
    pub path: String,
    /// What the file is and where it goes, in the reader's language.
    pub about: String,
}

/// One file checked.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct PresetValidation {
    pub file: String,
    pub valid: bool,
    /// Nothing of the file would apply.
    pub refused: bool,
    pub problems: Vec<PresetProblemView>,
}

impl Overstap {
    pub fn preset(&self) -> &EffectivePreset {
        &self.preset
    }

    /// What applies and where it came from, in `lang`. A secret setting
    /// (the reporting salt) is listed as set, with no value: this view goes
    /// to the app's window and to `preset show`, and the salt needs neither.
    pub fn preset_view(&self, lang: Lang) -> PresetView {
        let p = &self.preset;
        let settings = p
            .settings
            .iter()
            .map(|s| Setting { value: if s.secret { serde_json::Value::Null } else { s.value.clone() }, ..s.clone() })
            .collect();
        PresetView {
            managed: p.has_system_preset(),
            sources: p.sources.clone(),
            settings,
            locked: p.locked.iter().cloned().collect(),
            problems: p.problems.iter().map(|x| problem_view(x, lang)).collect(),
        }
    }

    /// Checks a preset file as IT writes it, against the shipped checklists,
    /// and for what would break its rollout (`preset/rollout.rs`: reporting
    /// without a salt or upload share, CA files missing next to it).
    pub fn validate_preset_file(&self, path: &Path, lang: Lang) -> Result<PresetValidation> {
        let file = path.display().to_string();
        let text = read_preset_file(path)?;
        let mut parsed = preset::parse(&text, &file, &self.shipped);
        if !parsed.refused {
            let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let more = preset::rollout::check(&text, &file, &parsed.preset, folder, &parsed.problems);
            parsed.problems.extend(more);
            parsed.problems.sort_by_key(|p| (p.line, p.column));
        }
        Ok(PresetValidation {
            valid: parsed.problems.is_empty(),
            refused: parsed.refused,
            problems: parsed.problems.iter().map(|x| problem_view(x, lang)).collect(),
            file,
        })
    }

    /// Imports a signed preset (`signature`: its `.minisig`; default: next to
    /// it). It takes effect the next time Overstap opens; what it may not
    /// change (locked or system-only settings) is listed in `problems`.
    pub fn import_preset(&self, path: &Path, signature: Option<&Path>, lang: Lang) -> Result<PresetImport> {
        let origin = path.display().to_string();
        let text = read_preset_file(path)?;
        let signature_file = signature.map_or_else(|| preset::signature_path(path), Path::to_path_buf);
        let signature =
            std::fs::read_to_string(&signature_file).map_err(|_| preset::missing_signature_file(&signature_file))?;
        let system = self.system_preset();
        let keys = preset::imported::trusted_keys(&system)?;
        let checked = {
            let store = self.store()?;
            preset::imported::check(&text, &signature, &origin, &keys, &store, &self.shipped)?
        };
        let stored = preset::imported::stored_path(&self.data_dir);
        if let Some(folder) = stored.parent() {
            std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, &e))?;
        }
        crate::report::write_atomically(&stored, text.as_bytes())?;
        crate::report::write_atomically(&preset::signature_path(&stored), signature.as_bytes())?;
        preset::record_accepted(&mut *self.store()?, &checked.signed_by, checked.serial)?;
        // What of it will apply, next to what the system sets.
        let mut sources = preset::sources::system_presets(&self.shipped);
        let imported = preset::PresetSource {
            layer: preset::Layer::Imported,
            origin: origin.clone(),
            base_dir: stored.parent().map(Path::to_path_buf),
            parsed: checked.parsed,
        };
        sources.push(imported);
        let merged = preset::merge(&sources);
        let problems = merged.problems.iter().filter(|p| p.file == origin).map(|x| problem_view(x, lang)).collect();
        tracing::info!(key = %checked.signed_by.key_id, serial = checked.serial, "preset imported");
        Ok(PresetImport { file: origin, signed_by: checked.signed_by, serial: checked.serial, problems })
    }

    /// Writes the other clients' configurations (Element, Nextcloud desktop
    /// client, LibreOffice) into `out`, from the preset `file` if given
    /// (its problems are returned; a refused file writes nothing), else
    /// from the configuration in force.
    pub fn write_client_configs(&self, out: &Path, file: Option<&Path>, lang: Lang) -> Result<ClientConfigs> {
        let (source, problems) = match file {
            Some(path) => {
                let checked = self.validate_preset_file(path, lang)?;
                if checked.refused {
                    return Err(Error::new(ErrorCode::InvalidInput, "error-client-config-refused")
                        .arg("file", path.display().to_string())
                        .arg("count", checked.problems.len()));
                }
                let text = read_preset_file(path)?;
                (preset::parse(&text, &path.display().to_string(), &self.shipped).preset, checked.problems)
            }
            None => (self.preset.preset.clone(), Vec::new()),
        };
        let written = preset::client_configs::write_client_configs(&source, out)?
            .into_iter()
            .map(|w| WrittenView { path: w.path.display().to_string(), about: w.about.render(lang) })
            .collect();
        Ok(ClientConfigs { written, problems })
    }

    /// The system layer alone (what may pin keys and lock settings).
    fn system_preset(&self) -> Preset {
        let sources: Vec<_> = preset::sources::system_presets(&self.shipped);
        preset::merge(&sources).preset
    }

    /// The example organisations a person can try when no system preset exists.
    pub fn example_presets(&self) -> Vec<preset::examples::ExampleView> {
        preset::examples::list(&self.shipped)
    }

    /// Uses the example `id` (or, with `None`, none) from the next start on,
    /// below any imported preset; refused while a system preset applies.
    pub fn use_example_preset(&self, id: Option<&str>) -> Result<()> {
        if self.preset.has_system_preset() {
            return Err(Error::new(ErrorCode::InvalidInput, "error-example-managed"));
        }
        if let Some(id) = id.filter(|id| !preset::examples::exists(id, &self.shipped)) {
            return Err(Error::new(ErrorCode::InvalidInput, "error-example-unknown").arg("id", id));
        }
        self.store()?.set_setting(preset::examples::SETTING, id)?;
        tracing::info!(example = id.unwrap_or("-"), "example preset chosen");
        Ok(())
    }

    /// Gives a check the preset's servers, CA and LibreOffice minimum where
    /// the person named none.
    pub(crate) fn fill_from_preset(&self, request: &mut CheckRequest) -> Result<()> {
        let p = &self.preset.preset;
        if let Some(servers) = &p.servers {
            // The organisation's own answer beats discovery from the work address.
            request.matrix = request.matrix.take().or_else(|| servers.matrix.clone());
            request.mastodon = request.mastodon.take().or_else(|| servers.mastodon.clone());
            request.nextcloud = request.nextcloud.take().or_else(|| servers.nextcloud.clone());
        }
        if let Some(version) = p.libreoffice.as_ref().and_then(|l| l.minimum_version.clone()) {
            request.libreoffice_minimum_version.get_or_insert(version);
        }
        if let Some(pem) = self.preset_ca_pem() {
            request.extra_ca_pem.get_or_insert_with(Vec::new).extend_from_slice(&pem);
        }
        Ok(())
    }

    /// The preset's extra CA certificates as one PEM bundle, if it names
    /// any: the bytes checked and read when the preset was loaded, never the
    /// files again (one changed since then changes nothing).
    pub(crate) fn preset_ca_pem(&self) -> Option<Vec<u8>> {
        self.preset.files.ca_pem()
    }
}

/// A preset file IT names (`validate`, `import`, `client-configs`), read with
/// the same cap as a system preset. Its problem is the error's whole text,
/// rendered in the reader's language when shown: wrapped in "could not read
/// or write" it named the file twice, and a file too large is no I/O failure.
fn read_preset_file(path: &Path) -> Result<String> {
    preset::sources::read_capped(path).map_err(|m| {
        if m.id == "preset-file-too-large" {
            return Error::new(ErrorCode::InvalidInput, "error-preset-file-too-large")
                .arg("path", path.display().to_string())
                .arg("size", m.args.get("size").cloned().unwrap_or_default())
                .arg("max", preset::sources::MAX_PRESET_BYTES.to_string());
        }
        Error::new(ErrorCode::IoError, "error-preset-file").message_arg("problem", m)
    })
}

/// The organisation's language from its system preset alone: for an error
/// from [`Overstap::open`], when there is no database to hold the person's
/// own choice but the organisation's still applies (so that the error is
/// in the language everything else would have been in).
pub fn system_preset_language() -> Option<Lang> {
    let shipped = crate::checklist::load_embedded().ok()?;
    let sources = preset::sources::system_presets(&shipped);
    preset::merge(&sources).preset.defaults?.language?.parse().ok()
}

/// The JSON Schema of a preset file.
pub fn preset_schema() -> serde_json::Value {
    preset::paths::schema()
}

fn problem_view(p: &PresetProblem, lang: Lang) -> PresetProblemView {
    PresetProblemView {
        file: p.file.clone(),
        line: p.line,
        column: p.column,
        key: p.key.clone(),
        code: p.message.id.clone(),
        message: p.message.render(lang),
    }
}
