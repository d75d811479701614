//! IT presets: one configuration that sets up (and can lock) Overstap for a
//! whole organisation.
//!
//! - `model.rs`: what a preset may say, as types (also the JSON Schema).
pub mod model;

pub use model::Preset;
