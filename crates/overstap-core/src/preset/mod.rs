//! IT presets: one configuration that sets up (and can lock) Overstap for a
//! whole organisation.
//!
//! - `model.rs`: what a preset may say, as types (also the JSON Schema).
//! - `trusted_keys.rs`: the minisign keys that may sign a preset (pinned in
//!   the build or by the system preset).
//! - `signature.rs`: checks an imported or fetched preset's signature.
//! - `rollback.rs`: refuses a signed preset older than one already accepted.
//!
//! How IT signs a preset: `docs/preset-signing.md`.
pub mod model;
pub mod rollback;
pub mod signature;
pub mod trusted_keys;

pub use model::Preset;
pub use rollback::{check_serial, record_accepted, SerialCheck};
pub use signature::{missing_signature_file, signature_path, verify, SignedBy};
pub use trusted_keys::{KeyId, KeySource, TrustedKey, TrustedKeys};
