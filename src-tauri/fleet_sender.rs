//! Sends the progress report in the background while the app runs: a
//! little after start, every few minutes, and at once when the person has
//! just seen the report. Only when the preset turns reporting on and the
//! person has seen what is sent; the core decides both and keeps the queue
//! and its back-off, so an offline laptop simply tries again later. The
//! network part holds no lock, so the window never waits for an upload.

use std::sync::Arc;
use std::time::Duration;

use overstap_core::ErrorCode;
use tauri::{AppHandle, Manager};
use tokio::sync::Notify;

use crate::state::AppState;

/// Long enough not to compete with drawing the first screen.
const FIRST_DELAY: Duration = Duration::from_secs(20);
/// Reports are per day and the queue's back-off starts at 5 minutes.
const PERIOD: Duration = Duration::from_secs(5 * 60);

/// Wakes the sender early (held as Tauri state).
#[derive(Default, Clone)]
pub struct FleetSender {
    wake: Arc<Notify>,
}

impl FleetSender {
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Starts the loop on Tauri's runtime; it ends with the app.
    pub fn start(&self, app: AppHandle) {
        let wake = self.wake.clone();
        tauri::async_runtime::spawn(async move {
            let _ = tokio::time::timeout(FIRST_DELAY, wake.notified()).await;
            loop {
                send_due(&app).await;
                let _ = tokio::time::timeout(PERIOD, wake.notified()).await;
            }
        });
    }
}

async fn send_due(app: &AppHandle) {
    let state = app.state::<AppState>();
    let Ok(core) = state.core() else { return };
    let plan = match core.fleet_prepare_send(false, None) {
        Ok(plan) => plan,
        // Off, or not seen yet: nothing to do, nothing to say (but in a
        // debug log: tests/app_network.rs waits for this first look).
        Err(e) if matches!(e.code(), ErrorCode::ReportingOff | ErrorCode::ReportNotSeen) => {
            tracing::debug!(code = %e.code(), "fleet report: nothing due");
            return;
        }
        Err(e) => {
            tracing::warn!(code = %e.code(), detail = e.technical_detail().unwrap_or(""), "fleet report not queued");
            return;
        }
    };
    if plan.is_empty() {
        tracing::debug!("fleet report: nothing due");
        return;
    }
    let attempts = plan.upload().await;
    if let Err(e) = core.fleet_record_sent(&attempts, state.lang()) {
        tracing::warn!(code = %e.code(), "fleet upload outcome not recorded");
    }
}
