//! IT presets: one configuration that sets up (and can lock) Overstap for a
//! whole organisation.
//!
//! - `model.rs`: what a preset may say, as types (also the JSON Schema).
//! - `parse.rs`: one file read: every problem with file, line, column and
//!   key; the valid rest applies. `validate.rs`: the value checks.
//! - `paths.rs`: key paths from the schema (what `locked` may name).
//! - `sources.rs`: where presets come from (admin-only system places, an
//!   imported one) and the check that only administrators can change them;
//!   `admin_file.rs` that check on Linux and macOS, made on the descriptors
//!   the file is then read from.
//! - `named_files.rs`: the CA files and logo a preset names, held to the
//!   same rule and read once, at the start.
//! - `effective.rs`: the merge, setting by setting, with each value's source.
//! - `apply.rs`: what the merged preset does to the checklists.
//! - `imported.rs`: a preset the person imports (signed; kept and re-checked).
//! - `system_windows.rs`, `system_macos.rs`: the OS management channels
//!   (policy registry key, MDM managed preferences) and Windows' ACL check.
//! - `trusted_keys.rs`: the minisign keys that may sign a preset (pinned in
//!   the build or by the system preset).
//! - `signature.rs`: checks an imported or fetched preset's signature.
//! - `rollback.rs`: refuses a signed preset older than one already accepted.
//! - `client_configs/`: the files IT pushes to Element, the Nextcloud desktop
//!   client and LibreOffice, written from a preset.
//! - `fuzz_entry.rs`: the bodies of the fuzz targets (`fuzz/`), shared with
//!   the stable test that replays their corpus.
//!
//! How IT signs a preset: `docs/preset-signing.md`.
#[cfg(unix)]
mod admin_file;
mod apply;
pub mod client_configs;
mod effective;
pub mod examples;
#[doc(hidden)]
pub mod fuzz_entry;
pub mod imported;
pub mod model;
pub mod named_files;
mod parse;
pub mod paths;
pub mod rollback;
pub(crate) mod rollout;
pub mod signature;
pub mod sources;
#[cfg(target_os = "macos")]
mod system_macos;
#[cfg(windows)]
mod system_windows;
pub mod trusted_keys;
mod validate;

pub use apply::apply;
pub use effective::{merge, EffectivePreset, Setting, SourceSummary};
pub use model::Preset;
pub use parse::{parse, ParsedPreset, PresetProblem};
pub use rollback::{check_serial, record_accepted, SerialCheck};
pub use signature::{missing_signature_file, signature_path, verify, SignedBy};
pub use sources::{Layer, PresetSource};
pub use trusted_keys::{KeyId, KeySource, TrustedKey, TrustedKeys};

use std::path::Path;

use crate::checklist::Library;
use crate::store::Store;

/// The configuration in force on this computer: the system presets and,
/// if the person imported one that still checks out, the signed import.
pub fn load(shipped: &Library, data_dir: &Path, store: &Store) -> EffectivePreset {
    let mut sources = sources::system_presets(shipped);
    let system = merge(&sources);
    // An example only where the organisation set nothing up, and below an import.
    if !system.has_system_preset() {
        sources.extend(examples::load(store, shipped));
    }
    sources.extend(imported::load(data_dir, &system.preset, store, shipped));
    let mut effective = merge(&sources);
    named_files::read(&mut effective);
    for problem in &effective.problems {
        tracing::warn!(file = %problem.file, line = problem.line, key = %problem.key, id = %problem.message.id, "preset problem");
    }
    effective
}

#[cfg(test)]
mod tests {
    use crate::i18n::has_message;
    use crate::lang::Lang;

    /// Every `"preset-…"` message id the preset code names has its text in every language.
    #[test]
    fn every_message_named_in_the_code_exists() {
        let sources = [
            include_str!("parse.rs"),
            include_str!("validate.rs"),
            include_str!("sources.rs"),
            include_str!("effective.rs"),
            include_str!("imported.rs"),
            include_str!("signature.rs"),
            include_str!("trusted_keys.rs"),
            include_str!("rollback.rs"),
            include_str!("mod.rs"),
            include_str!("system_windows.rs"),
            include_str!("admin_file.rs"),
            include_str!("named_files.rs"),
        ];
        let mut ids: Vec<&str> = Vec::new();
        for source in sources {
            for piece in source.split('"').skip(1).step_by(2) {
                // (`preset-keys` is the assets folder of pinned keys, not a message.)
                let is_id = piece.starts_with("preset-") && piece != "preset-keys";
                if is_id && piece.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    ids.push(piece);
                }
            }
        }
        assert!(ids.len() > 15, "found {ids:?}");
        for lang in Lang::ALL {
            for id in &ids {
                assert!(has_message(lang, id), "{id} has no {lang:?} text");
            }
        }
    }
}
