//! IT presets: one configuration that sets up (and can lock) Overstap for a
//! whole organisation.
//!
//! - `model.rs`: what a preset may say, as types (also the JSON Schema).
//! - `client_configs/`: the files IT pushes to Element, the Nextcloud desktop
//!   client and LibreOffice, written from a preset.
pub mod client_configs;
pub mod model;

pub use model::Preset;
