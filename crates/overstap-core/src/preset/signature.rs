//! Checks the minisign signature of a preset that arrives by import or over
//! the network, against the keys this computer trusts ([`TrustedKeys`]).
//!
//! Each way a signature can fail has its own message, because each asks
//! something different of the person or of IT: a missing file, a damaged
//! one, a key nobody pinned, a file changed after signing. All share the
//! code `preset_signature_invalid`. How IT signs: `docs/preset-signing.md`.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde::Serialize;

use super::trusted_keys::{KeyId, KeySource, TrustedKeys};
use crate::error::{Error, ErrorCode, Result};

/// The two bytes in front of a prehashed signature ("ED": BLAKE2b-512 of
/// the file is signed, minisign's default since 0.10) and of a legacy one
/// ("Ed": the file itself is signed).
const PREHASHED: [u8; 2] = *b"ED";
const LEGACY: [u8; 2] = *b"Ed";

/// Who signed a preset that passed [`verify`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignedBy {
    /// The signing key's id, as minisign prints it (`1A4FF4E47CF468BD`).
    pub key_id: KeyId,
    /// Where that key was pinned.
    pub key_source: KeySource,
    /// The signature's trusted comment (`minisign -t`), covered by the
    /// signature: IT can state there what the preset is.
    pub trusted_comment: String,
    /// False for a legacy signature (`minisign -l`), still accepted: a preset
    /// is small, so signing the file itself is as safe as signing its hash.
    pub prehashed: bool,
}

/// Where a preset's signature is expected: next to it, `.minisig` appended
/// (`preset.toml` → `preset.toml.minisig`), as `minisign -S` writes it.
pub fn signature_path(preset: &Path) -> PathBuf {
    let mut name = preset.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

/// The error for a preset whose signature file is not there.
pub fn missing_signature_file(signature: &Path) -> Error {
    Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-signature-file-missing")
        .arg("path", signature.display().to_string())
}

/// Checks that `minisig_text` (the `.minisig` file) is a valid signature of
/// exactly `preset_bytes` by a key in `trusted_keys`. Refuses, in this
/// order: no trusted key configured, no signature, a malformed signature, a
/// key that is not trusted (naming it and the trusted ones), a signature
/// that does not match the bytes (tampered, or the signature of another file).
pub fn verify(preset_bytes: &[u8], minisig_text: &str, trusted_keys: &TrustedKeys) -> Result<SignedBy> {
    // First: with no key, no file could pass, and the way out is IT's.
    trusted_keys.require_any()?;
    if minisig_text.trim().is_empty() {
        return Err(Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-signature-missing"));
    }
    let malformed =
        |cause: String| Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-signature-malformed").detail(cause);
    let signature = minisign_verify::Signature::decode(minisig_text).map_err(|e| malformed(e.to_string()))?;
    let (key_id, prehashed) = signature_key_id(minisig_text).map_err(malformed)?;

    let mut candidates = trusted_keys.with_id(key_id).peekable();
    if candidates.peek().is_none() {
        let trusted: Vec<String> = trusted_keys.ids().iter().map(KeyId::to_string).collect();
        return Err(Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-signature-untrusted")
            .arg("key_id", key_id.to_string())
            .arg("trusted", trusted.join(", ")));
    }
    for trusted in candidates {
        match trusted.key.verify(preset_bytes, &signature, true) {
            Ok(()) => {
                return Ok(SignedBy {
                    key_id,
                    key_source: trusted.source.clone(),
                    trusted_comment: signature.trusted_comment().to_owned(),
                    prehashed,
                })
            }
            // Two keys can share an id only by accident or by malice: try the next.
            Err(minisign_verify::Error::InvalidSignature) => continue,
            Err(e) => return Err(malformed(e.to_string())),
        }
    }
    Err(Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-signature-tampered")
        .arg("key_id", key_id.to_string()))
}

/// The key id and mode of a signature that minisign-verify has already
/// decoded (it checks the format but keeps the id to itself): bytes 2..10
/// of the second line.
fn signature_key_id(minisig_text: &str) -> std::result::Result<(KeyId, bool), String> {
    let line = minisig_text.lines().nth(1).ok_or("no signature line")?.trim();
    let bytes = base64::engine::general_purpose::STANDARD.decode(line).map_err(|e| format!("not base64: {e}"))?;
    let prehashed = match bytes.get(..2) {
        Some(alg) if alg == PREHASHED => true,
        Some(alg) if alg == LEGACY => false,
        _ => return Err("unknown signature algorithm".into()),
    };
    let id = bytes.get(2..10).and_then(KeyId::from_bytes).ok_or("signature line too short")?;
    Ok((id, prehashed))
}

#[cfg(test)]
mod tests;
