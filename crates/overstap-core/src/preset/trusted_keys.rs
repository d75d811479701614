//! The minisign public keys that may sign a preset: those pinned in this
//! build (`assets/preset-keys/*.pub`, embedded like every other asset) plus
//! those the system preset lists in `trust.preset_signing_keys`.
//!
//! A key is trusted only from these two places because both are out of a
//! person's (and malware running as that person's) reach: the build is
//! signed and installed by IT, the system preset lives in a folder only an
//! administrator can write. A preset that arrives by import or over the
//! network can therefore never vouch for itself.

use std::fmt;

use base64::Engine as _;
use serde::{Serialize, Serializer};

use crate::assets;
use crate::error::{Error, ErrorCode, Result};

/// The folder in `assets/` whose `*.pub` files are the build's pinned keys.
pub const BUILD_KEYS_FOLDER: &str = "preset-keys";

/// The two bytes minisign puts in front of an Ed25519 key ("Ed").
const ED25519: [u8; 2] = *b"Ed";

/// A minisign key id: eight random bytes chosen when the key pair is made,
/// and repeated in every signature, so a signature names its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub struct KeyId([u8; 8]);

impl KeyId {
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<KeyId> {
        Some(KeyId(bytes.try_into().ok()?))
    }
}

/// Written the way minisign prints it (`minisign public key 1A4FF4E47CF468BD`,
/// `minisign -V`): the bytes read as a little-endian number, 16 uppercase hex
/// digits (minisign itself leaves out leading zeros: `4B3ADF47ED0AAE8` is
/// `04B3ADF47ED0AAE8` here). IT recognises its key by this text.
impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016X}", u64::from_le_bytes(self.0))
    }
}

impl Serialize for KeyId {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Serialized as its text (see `Display`), so its schema is that text's shape.
impl schemars::JsonSchema for KeyId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "KeyId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A minisign key id as minisign prints it: 16 uppercase hex digits.",
            "type": "string",
            "pattern": "^[0-9A-F]{16}$"
        })
    }
}

/// Where a trusted key was pinned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum KeySource {
    /// Built into this Overstap: `assets/preset-keys/<file>`.
    Build { file: String },
    /// The system preset's `trust.preset_signing_keys`.
    SystemPreset,
}

/// One key that may sign presets.
#[derive(Debug, Clone)]
pub struct TrustedKey {
    pub id: KeyId,
    pub source: KeySource,
    pub(crate) key: minisign_verify::PublicKey,
}

/// Every key that may sign presets on this computer.
#[derive(Debug, Clone, Default)]
pub struct TrustedKeys {
    keys: Vec<TrustedKey>,
}

impl TrustedKeys {
    /// No key at all: every signed preset is refused.
    pub fn none() -> TrustedKeys {
        TrustedKeys::default()
    }

    /// The keys pinned in this build (`assets/preset-keys/*.pub`).
    pub fn built_in() -> Result<TrustedKeys> {
        let mut keys = TrustedKeys::none();
        for file in assets::files(BUILD_KEYS_FOLDER, "pub") {
            let name = file.path.rsplit('/').next().unwrap_or(file.path).to_owned();
            let (id, key) = parse_public_key(file.text).map_err(|problem| {
                Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-build-key-malformed")
                    .arg("file", format!("assets/{}", file.path))
                    .detail(problem)
            })?;
            keys.push(id, KeySource::Build { file: name }, key);
        }
        Ok(keys)
    }

    /// The build's keys plus the system preset's `trust.preset_signing_keys`:
    /// what an imported or fetched preset is checked against.
    pub fn for_system_preset(preset_signing_keys: &[String]) -> Result<TrustedKeys> {
        let mut keys = TrustedKeys::built_in()?;
        keys.add_system_preset_keys(preset_signing_keys)?;
        Ok(keys)
    }

    /// Adds the keys of a system preset's `trust.preset_signing_keys`. A key
    /// that is not a minisign public key is an error naming it (by position
    /// and text): a typo must not silently leave IT without its key.
    pub fn add_system_preset_keys(&mut self, preset_signing_keys: &[String]) -> Result<()> {
        for (index, text) in preset_signing_keys.iter().enumerate() {
            let (id, key) = parse_public_key(text).map_err(|problem| {
                Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-signing-key-malformed")
                    .arg("number", index + 1)
                    .arg("key", shorten(text.trim()))
                    .detail(problem)
            })?;
            self.push(id, KeySource::SystemPreset, key);
        }
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &TrustedKey> {
        self.keys.iter()
    }

    /// The ids of every trusted key, sorted, each once.
    pub fn ids(&self) -> Vec<KeyId> {
        let mut ids: Vec<KeyId> = self.keys.iter().map(|k| k.id).collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Refuses when no key is trusted: no signed preset could ever be
    /// accepted, and the message says how IT pins one. Callers may ask this
    /// before looking for a preset's files; [`super::signature::verify`] asks it first.
    pub fn require_any(&self) -> Result<()> {
        if self.is_empty() {
            return Err(Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-no-trusted-key"));
        }
        Ok(())
    }

    /// The trusted keys with this id (normally one; the same key pinned in
    /// the build and the system preset counts once).
    pub(crate) fn with_id(&self, id: KeyId) -> impl Iterator<Item = &TrustedKey> {
        self.keys.iter().filter(move |k| k.id == id)
    }

    fn push(&mut self, id: KeyId, source: KeySource, key: minisign_verify::PublicKey) {
        // The build's pin is named first and wins: it is the stronger claim.
        if self.keys.iter().any(|k| k.id == id && k.key == key) {
            return;
        }
        self.keys.push(TrustedKey { id, source, key });
    }
}

/// Parses a minisign public key: the base64 line (`RW…`), or a whole `.pub`
/// file (its `untrusted comment:` line is skipped). The error is a
/// technical cause in English, for the log.
pub fn parse_public_key(text: &str) -> std::result::Result<(KeyId, minisign_verify::PublicKey), String> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("untrusted comment:"));
    let (Some(line), None) = (lines.next(), lines.next()) else {
        return Err("expected exactly one base64 line".into());
    };
    // minisign-verify checks the key but does not expose its id; the id is
    // bytes 2..10 of the same base64 text, read here.
    let bytes = base64::engine::general_purpose::STANDARD.decode(line).map_err(|e| format!("not base64: {e}"))?;
    if bytes.len() != 42 {
        return Err(format!("{} bytes, a minisign public key has 42", bytes.len()));
    }
    if bytes[..2] != ED25519 {
        return Err("not an Ed25519 minisign key (it must start with RW)".into());
    }
    let key = minisign_verify::PublicKey::from_base64(line).map_err(|e| e.to_string())?;
    let id = KeyId::from_bytes(&bytes[2..10]).expect("eight bytes");
    Ok((id, key))
}

/// Keeps a pasted value readable in a message (a whole file pasted by mistake).
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// Made with `minisign -G`; its file said `minisign public key 1A4FF4E47CF468BD`.
    const PUB_FILE: &str = "untrusted comment: minisign public key 1A4FF4E47CF468BD\n\
                            RWS9aPR85PRPGgzQGjwlMZLFlbVvb/n2U4cpdJbcfL+4IKs+i7YEOzRA\n";

    #[test]
    fn key_ids_read_as_minisign_prints_them() {
        let (id, _) = parse_public_key(PUB_FILE).unwrap();
        assert_eq!(id.to_string(), "1A4FF4E47CF468BD");
        let (bare, _) = parse_public_key("  RWS9aPR85PRPGgzQGjwlMZLFlbVvb/n2U4cpdJbcfL+4IKs+i7YEOzRA ").unwrap();
        assert_eq!(bare, id);
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"1A4FF4E47CF468BD\"");
    }

    #[test]
    fn a_malformed_preset_key_is_named_by_position_and_text() {
        let good = "RWS9aPR85PRPGgzQGjwlMZLFlbVvb/n2U4cpdJbcfL+4IKs+i7YEOzRA".to_owned();
        for bad in ["RWS9aPR85PRPGgzQGjwlMZLFlbVvb/n2U4cpdJbcfL+4IKs+i7YEOz", "not a key", "", "RWQ!"] {
            let err = TrustedKeys::none().add_system_preset_keys(&[good.clone(), bad.to_owned()]).unwrap_err();
            assert_eq!(err.code(), ErrorCode::PresetSignatureInvalid);
            let text = err.message(Lang::En);
            assert!(text.contains("number 2") && text.contains(bad), "{text}");
        }
        // A signature pasted where a key belongs is not a key either.
        let sig_line =
            "RUS9aPR85PRPGkv1jtCqzBpVBXX5Vu8SLJGxbbYES9f8Z39gUxsOruJzwP4BdI18a8ldnaRUIpzVnjDzMenAV8jPxiakaCS9Ogc=";
        let err = TrustedKeys::none().add_system_preset_keys(&[sig_line.to_owned()]).unwrap_err();
        assert!(err.message(Lang::Nl).contains("…"), "long text shortened: {}", err.message(Lang::Nl));
    }

    #[test]
    fn the_same_key_twice_counts_once() {
        let mut keys = TrustedKeys::none();
        keys.add_system_preset_keys(&[PUB_FILE.to_owned(), PUB_FILE.lines().nth(1).unwrap().to_owned()]).unwrap();
        assert_eq!(keys.iter().count(), 1);
        assert_eq!(keys.ids().len(), 1);
    }

    #[test]
    fn no_key_is_refused_with_how_to_pin_one() {
        let err = TrustedKeys::none().require_any().unwrap_err();
        assert_eq!(err.code(), ErrorCode::PresetSignatureInvalid);
        assert!(err.message(Lang::En).contains("preset_signing_keys"), "{}", err.message(Lang::En));
    }

    #[test]
    fn the_keys_pinned_in_this_build_are_valid() {
        // An organisation that adds its `.pub` file learns here, not on a
        // colleague's laptop, that it pasted the wrong thing.
        let keys = TrustedKeys::built_in().expect("every assets/preset-keys/*.pub is a minisign public key");
        assert!(keys.iter().all(|k| matches!(k.source, KeySource::Build { .. })));
    }
}
