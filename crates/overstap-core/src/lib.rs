//! Overstap's core: everything the app does, free of any user interface.
//!
//! The Tauri shell, the `overstap` CLI and the tests all go through
//! [`api::Overstap`]; nothing here knows which of them is calling. Errors
//! leave as [`error::Error`], whose [`error::ErrorCode`] is a closed set.
//!
//! - [`checklist`]: checklists as data, loaded and validated from `assets/`.
//! - [`store`]: the local SQLite progress store with its append-only history.
//! - [`progress`]: what is done and what comes next, derived from both.
//! - [`probe`]: server checks with plain-language diagnoses.
//! - [`preset`]: IT presets (servers, checklists, branding, locks).
//! - [`report`]: exports of progress as JSON and CSV.
//! - [`fleet`]: fleet progress reports (opt-in by the preset) and their aggregation.
//! - [`signin`]: browser sign-ins; secrets only in the OS keyring.

pub mod api;
mod assets;
pub mod checklist;
mod data_dir_file;
pub mod error;
pub mod fleet;
pub mod i18n;
pub mod lang;
pub mod logging;
pub mod paths;
pub mod preset;
pub mod private_files;
pub mod probe;
pub mod progress;
pub mod report;
pub mod signin;
pub mod store;
mod time;

pub use api::Overstap;
pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use lang::Lang;

/// Version of every JSON document Overstap prints or exports. Bump it when a
/// field changes meaning or disappears; adding a field does not bump it.
pub const SCHEMA_VERSION: u32 = 1;

/// The version of Overstap itself.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
