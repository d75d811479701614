//! The files a preset names — CA certificates (`trust.ca_files`) and the
//! logo (`branding.logo`) — read once, when the preset is loaded.
//!
//! A file a system preset names must be admin-only like the preset itself,
//! checked and read through one descriptor (`sources::read_admin_only`):
//! anyone who could swap the organisation's CA could make every check,
//! sign-in and report upload trust their server. What was read is kept in
//! memory and every later use takes those bytes, never the path again, so
//! a file changed after the start changes nothing. A file that is missing,
//! not what it claims or refused is left out, with the reason among the
//! preset's problems (`preset show`), so a check still runs (the OS trust
//! store may hold the CA anyway).

use std::path::Path;

use super::effective::EffectivePreset;
use super::parse::PresetProblem;
use super::sources::{self, Layer};
use crate::probe::Message;

/// A CA file larger than this is not one (a whole OS bundle is about 200 KiB).
pub const MAX_CA_FILE_BYTES: u64 = 1024 * 1024;
/// The largest logo the interface is given.
pub const MAX_LOGO_BYTES: u64 = 512 * 1024;

/// The named files as read at the start.
#[derive(Debug, Clone, Default)]
pub struct NamedFiles {
    ca: Vec<NamedFile>,
    logo: Option<NamedFile>,
}

/// One file's path (absolute, as the preset named it) and its bytes.
#[derive(Debug, Clone)]
pub struct NamedFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl NamedFiles {
    /// The extra CA certificates as one PEM bundle, if any were read.
    pub fn ca_pem(&self) -> Option<Vec<u8>> {
        let mut all = Vec::new();
        for file in &self.ca {
            all.extend_from_slice(&file.bytes);
            all.push(b'\n');
        }
        (!all.is_empty()).then_some(all)
    }

    /// The organisation's logo, if it was read.
    pub fn logo(&self) -> Option<&NamedFile> {
        self.logo.as_ref()
    }
}

/// Reads every file the merged preset names, keeping the bytes in
/// `effective.files` and leaving out (with a problem) what cannot be used.
pub(super) fn read(effective: &mut EffectivePreset) {
    let layer_of = |key: &str| setting_of(effective, key).map_or(Layer::System, |(layer, _)| layer);
    let (ca_layer, logo_layer) = (layer_of("trust.ca_files"), layer_of("branding.logo"));
    let mut problems = Vec::new();
    let mut files = NamedFiles::default();
    if let Some(paths) = effective.preset.trust.as_mut().and_then(|t| t.ca_files.as_mut()) {
        paths.retain(|path| {
            let problem = match read_named(path, ca_layer, MAX_CA_FILE_BYTES) {
                Ok(bytes) if contains(&bytes, b"-----BEGIN CERTIFICATE-----") => {
                    files.ca.push(NamedFile { path: path.clone(), bytes });
                    return true;
                }
                Ok(_) => Message::new("preset-ca-not-pem").arg("path", path),
                Err(message) => message,
            };
            problems.push(("trust.ca_files", problem));
            false
        });
    }
    if let Some(branding) = effective.preset.branding.as_mut() {
        if let Some(path) = branding.logo.clone() {
            match read_named(&path, logo_layer, MAX_LOGO_BYTES) {
                Ok(bytes) => files.logo = Some(NamedFile { path, bytes }),
                Err(message) => {
                    branding.logo = None;
                    problems.push(("branding.logo", message));
                }
            }
        }
    }
    for (key, message) in problems {
        tracing::warn!(key, id = %message.id, "a file the preset names is left out");
        let file = setting_of(effective, key).map(|(_, origin)| origin).unwrap_or_default();
        effective.problems.push(PresetProblem { file, line: 1, column: 1, key: key.to_owned(), message });
    }
    effective.files = files;
}

/// The layer and origin of the setting `key`.
fn setting_of(effective: &EffectivePreset, key: &str) -> Option<(Layer, String)> {
    effective.settings.iter().find(|s| s.key == key).map(|s| (s.layer, s.origin.clone()))
}

/// A system preset's file only when admin-only; another layer's (the
/// person's own import) as it is.
fn read_named(path: &str, layer: Layer, cap: u64) -> Result<Vec<u8>, Message> {
    let read = match layer {
        Layer::System => sources::read_admin_only(Path::new(path), cap),
        Layer::Imported | Layer::Example => sources::read_bytes_capped(Path::new(path), cap),
    };
    read.map_err(|message| as_named_file(message, cap))
}

/// The reading's refusal, worded for a file the preset names (left out)
/// rather than for a preset (not used); the arguments stay the same.
fn as_named_file(message: Message, cap: u64) -> Message {
    let id = match message.id.as_str() {
        "preset-file-unreadable" => "preset-file-missing",
        "preset-file-too-large" => "preset-named-file-too-large",
        "preset-file-not-admin" => "preset-named-file-not-admin",
        "preset-file-writable" => "preset-named-file-writable",
        "preset-file-writable-by" => "preset-named-file-writable-by",
        "preset-folder-writable" => "preset-named-folder-writable",
        _ => return message,
    };
    Message { id: id.to_owned(), ..message }.arg("max", cap)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(all(test, unix))]
mod tests;
