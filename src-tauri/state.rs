//! What the shell holds while running: the core (or why it could not
//! open), the notices to show, the sign-ins waiting for the browser, and
//! the start time for the benchmark.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use overstap_core::api::{Notice, OpenOptions};
use overstap_core::signin::SignInService;
use overstap_core::store::ChangeSource;
use overstap_core::{Error, ErrorCode, ErrorPayload, Lang, Overstap};
use tokio::sync::oneshot;

use crate::error::to_ipc;

/// A sign-in waiting in the browser: how to cancel it, and where a pasted
/// code goes (Mastodon without a loopback redirect).
pub struct WaitingSignIn {
    pub cancel: oneshot::Sender<()>,
    pub code: Option<oneshot::Sender<String>>,
}

pub struct AppState {
    /// The core, or the error that kept it from opening (shown in the window
    /// instead of a crash: e.g. a database from a newer version). Replaced
    /// when an imported preset or a reset needs a fresh start.
    core: RwLock<Result<Arc<Overstap>, Error>>,
    pub notices: Mutex<Vec<Notice>>,
    /// The operating system's language (or `OVERSTAP_LANG`), for when
    /// neither the person nor the organisation chose one.
    pub os_lang: Lang,
    pub started: Instant,
    pub waiting_sign_ins: Mutex<HashMap<SignInService, WaitingSignIn>>,
}

impl AppState {
    /// Opens the core. Called only once this app is the only one on its
    /// data folder (lib.rs, instance.rs).
    pub fn open(started: Instant, os_lang: Lang) -> AppState {
        let (core, notices) = open_core();
        AppState {
            core: RwLock::new(core),
            notices: Mutex::new(notices),
            os_lang,
            started,
            waiting_sign_ins: Mutex::new(HashMap::new()),
        }
    }

    /// The open core, or the reason it is not open (in the language
    /// [`AppState::lang`] gives).
    pub fn core(&self) -> Result<Arc<Overstap>, ErrorPayload> {
        match &*self.core.read().unwrap_or_else(|p| p.into_inner()) {
            Ok(core) => Ok(core.clone()),
            Err(e) => Err(to_ipc(e, self.closed_lang())),
        }
    }

    /// The language to show now: the person's, else the organisation's,
    /// else the system's; every error crosses IPC in it too.
    pub fn lang(&self) -> Lang {
        match &*self.core.read().unwrap_or_else(|p| p.into_inner()) {
            Ok(core) => core.language(self.os_lang),
            Err(_) => self.closed_lang(),
        }
    }

    /// Without a core there are no personal settings, but the
    /// organisation's system preset may still name a language.
    fn closed_lang(&self) -> Lang {
        overstap_core::api::system_preset_language().unwrap_or(self.os_lang)
    }

    /// Closes the core and opens it again (after a preset import, which
    /// applies at start). The old one is dropped first: it holds the store's lock.
    pub fn reopen(&self) {
        let mut slot = self.core.write().unwrap_or_else(|p| p.into_inner());
        *slot = Err(Error::new(ErrorCode::Internal, "error-internal"));
        let (core, notices) = open_core();
        *slot = core;
        self.notices.lock().unwrap_or_else(|p| p.into_inner()).extend(notices);
    }
}

/// The operating system's language, or `OVERSTAP_LANG` (tests, support).
pub fn os_lang() -> Lang {
    std::env::var("OVERSTAP_LANG").ok().and_then(|l| l.parse().ok()).unwrap_or_else(Lang::from_os)
}

fn open_core() -> (Result<Arc<Overstap>, Error>, Vec<Notice>) {
    match Overstap::open(OpenOptions { data_dir: None, source: ChangeSource::App }) {
        Ok((core, notices)) => (Ok(Arc::new(core)), notices),
        Err(e) => {
            tracing::error!(code = %e.code(), detail = e.technical_detail().unwrap_or(""), "could not open");
            (Err(e), Vec::new())
        }
    }
}
