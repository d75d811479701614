//! Logs go to a file in the data folder (`logs/<program>.YYYY-MM-DD.log`,
//! e.g. `overstap-cli.2026-11-23.log`),
//! never to a server. Only ids, states and technical causes are logged:
//! never notes, reasons, tokens or passwords.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::EnvFilter;

use crate::paths::LOG_DIR;

/// Keeps the log writer alive; logs are flushed when it is dropped.
pub type Guard = WorkerGuard;

/// Environment variable with a `tracing` filter (default `info`).
pub const LOG_FILTER_ENV: &str = "OVERSTAP_LOG";
const KEEP_DAYS: usize = 14;

/// Starts logging into `data_dir/logs`. Returns a guard that flushes on drop,
/// or `None` when the folder cannot be written: a missing log must never
/// stop the person from working.
pub fn init(data_dir: &Path, program: &str) -> Option<WorkerGuard> {
    let dir = data_dir.join(LOG_DIR);
    std::fs::create_dir_all(&dir).ok()?;
    let appender = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix(program)
        .filename_suffix("log")
        .max_log_files(KEEP_DAYS)
        .build(&dir)
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let filter = EnvFilter::try_from_env(LOG_FILTER_ENV).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(writer).with_ansi(false).try_init().ok()?;
    Some(guard)
}
