//! The IPC commands, one file per area, each command one core call. Inputs
//! are typed (serde refuses anything else; no paths or shell strings come
//! from the interface); errors are the closed `{code, message}` set.
//! Every command is allowed one by one in `permissions/app.toml`.

pub mod actions;
pub mod app;
pub mod checklists;
pub mod checks;
pub mod fleet;
pub mod preset;
pub mod report;
pub mod signin;
