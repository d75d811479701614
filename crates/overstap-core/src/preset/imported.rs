//! A preset the person imported: it must be signed by a key the system
//! preset or the build trusts, and not be older than one accepted before.
//! It is kept in the data folder (`preset/imported.toml` and its
//! `.minisig`), and checked again at every start, so a file swapped there
//! later (an older one, or an edited one) is refused too.

use std::path::{Path, PathBuf};

use super::parse::{parse, ParsedPreset};
use super::rollback::check_serial;
use super::signature::{signature_path, verify, SignedBy};
use super::sources::{read_capped, Layer, PresetSource};
use super::trusted_keys::TrustedKeys;
use super::Preset;
use crate::checklist::Library;
use crate::error::{Error, ErrorCode, Result};
use crate::probe::Message;
use crate::store::Store;

/// Where an accepted import is kept.
pub fn stored_path(data_dir: &Path) -> PathBuf {
    data_dir.join("preset").join("imported.toml")
}

/// The keys that may sign an import: the build's plus the system preset's.
pub fn trusted_keys(system: &Preset) -> Result<TrustedKeys> {
    let keys = system.trust.as_ref().and_then(|t| t.preset_signing_keys.clone()).unwrap_or_default();
    TrustedKeys::for_system_preset(&keys)
}

/// An import checked: signature, serial, contents.
pub struct Checked {
    pub signed_by: SignedBy,
    pub serial: u64,
    pub parsed: ParsedPreset,
}

/// Verifies `text` with `signature` and reads it; refuses anything that
/// would not apply at all.
pub fn check(
    text: &str,
    signature: &str,
    origin: &str,
    keys: &TrustedKeys,
    store: &Store,
    library: &Library,
) -> Result<Checked> {
    let signed_by = verify(text.as_bytes(), signature, keys)?;
    let parsed = parse(text, origin, library);
    if parsed.refused {
        let first = parsed.problems.first().cloned();
        let mut error =
            Error::new(ErrorCode::InvalidInput, "error-preset-import-refused").arg("count", parsed.problems.len());
        if let Some(p) = first {
            error = error
                .message_arg("first", p.message.clone())
                .arg("where", format!("{}:{}:{}", p.file, p.line, p.column));
        }
        return Err(error);
    }
    let serial = parsed.preset.preset.as_ref().and_then(|p| p.serial);
    let serial = check_serial(store, &signed_by, serial)?.serial;
    Ok(Checked { signed_by, serial, parsed })
}

/// The stored import, checked again; `None` when there is none.
pub fn load(data_dir: &Path, system: &Preset, store: &Store, library: &Library) -> Option<PresetSource> {
    let path = stored_path(data_dir);
    if !path.exists() {
        return None;
    }
    let origin = path.display().to_string();
    let refused = |message: Message| PresetSource::refused(Layer::Imported, &path, message);
    let text = match read_capped(&path) {
        Ok(t) => t,
        Err(m) => return Some(refused(m)),
    };
    let signature = match std::fs::read_to_string(signature_path(&path)) {
        Ok(s) => s,
        Err(e) => {
            return Some(refused(
                Message::new("preset-file-unreadable").arg("path", signature_path(&path).display()).arg("detail", e),
            ))
        }
    };
    let checked = trusted_keys(system).and_then(|keys| check(&text, &signature, &origin, &keys, store, library));
    match checked {
        Ok(c) => Some(PresetSource {
            layer: Layer::Imported,
            origin,
            base_dir: path.parent().map(Path::to_path_buf),
            parsed: c.parsed,
        }),
        Err(e) => {
            tracing::warn!(error = %e, "the imported preset no longer passes its checks");
            Some(refused(Message::new("preset-import-no-longer-valid").arg("code", e.code())))
        }
    }
}
