//! Sign-ins in the person's own browser: Nextcloud Login Flow v2, Mastodon
//! OAuth + PKCE (loopback redirect, or a code to paste), Matrix SSO or a
//! password. The secret goes from the server to the OS keyring in Rust;
//! the interface only ever sees the server and the account name.

use overstap_core::api::{SignInRequest, SignInStartView};
use overstap_core::probe::Secret;
use overstap_core::signin::{SignInOptions, SignInService};
use overstap_core::store::SignInRecord;
use overstap_core::{Error, ErrorCode, ErrorPayload};
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;
use tokio::sync::oneshot;
use ts_rs::TS;

use crate::error::to_ipc;
use crate::state::{AppState, WaitingSignIn};

/// How the person wants to sign in.
#[derive(Debug, Default, Deserialize, TS)]
pub struct SignInChoice {
    /// Mastodon: show a code in the browser to paste back, for desktops
    /// where the loopback redirect does not come through.
    #[serde(default)]
    pub paste_code: bool,
    /// Matrix servers without organisation sign-in: user name and password
    /// (sent to the server once, never kept).
    #[serde(default)]
    pub matrix_user: Option<String>,
    #[serde(default)]
    pub matrix_password: Option<String>,
}

/// What happens while a sign-in waits.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum SignInEvent {
    /// The sign-in page is open in the browser (or could not be opened:
    /// `browser_opened` false, show `browser_url` to copy).
    Started { start: SignInStartView, browser_opened: bool },
}

/// Signs in to `service`; resolves when the browser part is done, fails
/// with `sign_in_failed` when cancelled ([`sign_in_cancel`]).
#[tauri::command]
pub async fn sign_in(
    app: AppHandle,
    state: State<'_, AppState>,
    service: SignInService,
    choice: SignInChoice,
    on_event: Channel<SignInEvent>,
) -> Result<SignInRecord, ErrorPayload> {
    let lang = state.lang();
    let core = state.core()?;
    let matrix_password = match (choice.matrix_user, choice.matrix_password) {
        (Some(user), Some(password)) if service == SignInService::Matrix => Some((user, Secret::new(password))),
        _ => None,
    };
    let request = SignInRequest {
        service,
        server: None,
        email: None,
        options: SignInOptions { paste_code: choice.paste_code, matrix_password },
        extra_ca_pem: None,
        limits: None,
    };
    let pending = core.begin_sign_in(&request, lang).await.map_err(|e| to_ipc(&e, lang))?;
    let (cancel, cancelled) = oneshot::channel();
    let (code_sender, code) = oneshot::channel();
    let needs_code = pending.needs_code;
    state
        .waiting_sign_ins
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(service, WaitingSignIn { cancel, code: needs_code.then_some(code_sender) });
    let browser_opened = match &pending.browser_url {
        Some(url) => match app.opener().open_url(url.as_str(), None::<&str>) {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!("the browser did not open: {e}");
                false
            }
        },
        None => false,
    };
    let _ = on_event.send(SignInEvent::Started { start: pending.view(), browser_opened });
    let cancelled_error = || Error::new(ErrorCode::SignInFailed, "error-sign-in-cancelled");
    let result = tokio::select! {
        finished = async {
            let pasted = if needs_code { Some(code.await.map_err(|_| cancelled_error())?) } else { None };
            core.finish_sign_in(pending, pasted).await
        } => finished,
        _ = cancelled => Err(cancelled_error()),
    };
    state.waiting_sign_ins.lock().unwrap_or_else(|p| p.into_inner()).remove(&service);
    result.map_err(|e| to_ipc(&e, lang))
}

/// Cancels a waiting sign-in (nothing is kept). No sign-in waiting: nothing happens.
#[tauri::command]
pub fn sign_in_cancel(state: State<'_, AppState>, service: SignInService) {
    if let Some(waiting) = state.waiting_sign_ins.lock().unwrap_or_else(|p| p.into_inner()).remove(&service) {
        let _ = waiting.cancel.send(());
    }
}

/// The code the Mastodon page showed, pasted by the person.
#[tauri::command]
pub fn sign_in_code(state: State<'_, AppState>, service: SignInService, code: String) -> Result<(), ErrorPayload> {
    let lang = state.lang();
    let mut waiting = state.waiting_sign_ins.lock().unwrap_or_else(|p| p.into_inner());
    let sender = waiting.get_mut(&service).and_then(|w| w.code.take());
    match sender {
        Some(sender) if !code.trim().is_empty() && code.len() <= 512 => {
            let _ = sender.send(code.trim().to_owned());
            Ok(())
        }
        _ => Err(to_ipc(&Error::new(ErrorCode::InvalidInput, "error-sign-in-not-waiting-for-code"), lang)),
    }
}

#[tauri::command]
pub async fn sign_ins(state: State<'_, AppState>) -> Result<Vec<SignInRecord>, ErrorPayload> {
    let lang = state.lang();
    state.core()?.sign_ins().map_err(|e| to_ipc(&e, lang))
}

/// Signs out: the server forgets the secret, the keyring and the database too.
#[tauri::command]
pub async fn sign_out(
    state: State<'_, AppState>,
    service: SignInService,
) -> Result<Option<SignInRecord>, ErrorPayload> {
    let lang = state.lang();
    state.core()?.sign_out(service, None, None).await.map_err(|e| to_ipc(&e, lang))
}
