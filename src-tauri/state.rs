//! What the shell holds while running: the core (or why it could not
//! open), the notices to show, and the start time for the benchmark.

use std::time::Instant;

use overstap_core::api::{Notice, OpenOptions};
use overstap_core::store::ChangeSource;
use overstap_core::{Error, Lang, Overstap};

pub struct AppState {
    /// The core, or the error that kept it from opening (shown in the window
    /// instead of a crash: e.g. a database from a newer version).
    pub core: Result<Overstap, Error>,
    pub notices: Vec<Notice>,
    pub lang: Lang,
    pub started: Instant,
}

impl AppState {
    pub fn open(started: Instant) -> AppState {
        let lang = std::env::var("OVERSTAP_LANG").ok().and_then(|l| l.parse().ok()).unwrap_or_else(Lang::from_os);
        let (core, notices) = match Overstap::open(OpenOptions { data_dir: None, source: ChangeSource::App }) {
            Ok((core, notices)) => (Ok(core), notices),
            Err(e) => {
                tracing::error!(code = %e.code(), detail = e.technical_detail().unwrap_or(""), "could not open");
                (Err(e), Vec::new())
            }
        };
        AppState { core, notices, lang, started }
    }
}
