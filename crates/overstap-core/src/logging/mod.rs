//! Logs go to a file in the data folder (`logs/<program>.log`, e.g.
//! `overstap-cli.log`), never to a server. Only ids, states and technical
//! causes are logged: never notes, reasons, tokens or passwords.
//!
//! The files are capped by size, not by day (a million changes in a day
//! made 122 MB): see [`capped_file`]. On Unix the folder is 0700 and the
//! files 0600, as the rest of the data folder, so that other accounts on
//! a shared computer cannot read them.

mod capped_file;

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::EnvFilter;

pub use capped_file::{CappedFile, KEEP_OLD_FILES, MAX_FILE_BYTES};

use crate::paths::LOG_DIR;

/// Keeps the log writer alive; logs are flushed when it is dropped.
pub type Guard = WorkerGuard;

/// Environment variable with a `tracing` filter (default `info`).
pub const LOG_FILTER_ENV: &str = "OVERSTAP_LOG";

/// Starts logging into `data_dir/logs`. Returns a guard that flushes on drop,
/// or `None` when the folder cannot be written: a missing log must never
/// stop the person from working.
pub fn init(data_dir: &Path, program: &str) -> Option<WorkerGuard> {
    let dir = data_dir.join(LOG_DIR);
    capped_file::create_private_dir(&dir).ok()?;
    capped_file::tidy(&dir, program);
    let file = CappedFile::open(&dir, program, MAX_FILE_BYTES, KEEP_OLD_FILES).ok()?;
    let (writer, guard) = tracing_appender::non_blocking(file);
    let filter = EnvFilter::try_from_env(LOG_FILTER_ENV).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(writer).with_ansi(false).try_init().ok()?;
    Some(guard)
}
