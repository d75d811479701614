//! Sending a report to the organisation's Nextcloud: a WebDAV `PUT` into
//! the public upload-only share, with the share token as user name (as
//! Nextcloud's public WebDAV expects). A few quick retries ride out a blip;
//! after that the report waits in the queue and is tried again later, each
//! time after a longer pause (back-off), so thousands of laptops coming
//! back online do not all knock at once.

use std::time::Duration;

use base64::Engine;
use overstap_net::{FailureKind, Method, NetClient, NetFailure, Request};
use time::OffsetDateTime;

use super::config::PublicShare;

/// Tries within one upload before it goes back to the queue.
const QUICK_TRIES: u32 = 3;
/// The first pause in the queue; it doubles with every failed upload.
const FIRST_BACK_OFF: Duration = Duration::from_secs(5 * 60);
/// The longest pause in the queue.
const MAX_BACK_OFF: Duration = Duration::from_secs(6 * 60 * 60);

/// Uploads `body` as `name` into `share`.
pub async fn put(net: &NetClient, share: &PublicShare, name: &str, body: &[u8]) -> Result<(), NetFailure> {
    put_with_pause(net, share, name, body, Duration::from_secs(1)).await
}

async fn put_with_pause(
    net: &NetClient,
    share: &PublicShare,
    name: &str,
    body: &[u8],
    pause: Duration,
) -> Result<(), NetFailure> {
    let credentials = base64::engine::general_purpose::STANDARD.encode(format!("{}:", share.token));
    let request = Request::post(share.upload_url(name), "application/json", body.to_vec())
        .method(Method::PUT)
        .header("authorization", &format!("Basic {credentials}"));
    let mut tries = 0;
    loop {
        tries += 1;
        let result = net.fetch(request.clone()).await.and_then(|r| r.ensure_success()).map(|_| ());
        match result {
            Err(failure) if tries < QUICK_TRIES && is_transient(&failure) => {
                tracing::debug!(kind = failure.kind.as_str(), tries, "upload failed, trying again");
                tokio::time::sleep(pause * tries).await;
            }
            other => return other,
        }
    }
}

/// Failures that may be gone a second later: the network, an overloaded
/// or restarting server. A refused share (401, 403, 404) or a certificate
/// problem is not retried at once; the queue tries again later.
fn is_transient(failure: &NetFailure) -> bool {
    use FailureKind::*;
    match failure.kind {
        Timeout | ConnectionFailed | ConnectionRefused | Maintenance | BadResponse => true,
        HttpStatus => failure.status.is_some_and(|s| s == 429 || s >= 500),
        _ => false,
    }
}

/// When to try again after `attempts` failed uploads: 5 minutes, doubling
/// up to 6 hours, spread by up to a fifth either way so a fleet that went
/// offline together does not return together.
pub fn next_attempt(now: OffsetDateTime, attempts: u32) -> OffsetDateTime {
    let base = FIRST_BACK_OFF.saturating_mul(1u32 << attempts.min(16)).min(MAX_BACK_OFF);
    let spread = base.as_secs_f64() * (jitter() * 0.4 - 0.2);
    now + Duration::from_secs_f64((base.as_secs_f64() + spread).max(1.0))
}

/// A number in [0, 1).
fn jitter() -> f64 {
    let mut bytes = [0u8; 4];
    if getrandom::fill(&mut bytes).is_err() {
        return 0.5;
    }
    f64::from(u32::from_le_bytes(bytes)) / (f64::from(u32::MAX) + 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_and_stops_at_six_hours() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let minutes = |attempts| (next_attempt(now, attempts) - now).whole_seconds() as f64 / 60.0;
        for _ in 0..50 {
            assert!((4.0..=6.0).contains(&minutes(0)), "{}", minutes(0));
            assert!((8.0..=12.0).contains(&minutes(1)));
            assert!((16.0..=24.0).contains(&minutes(2)));
            assert!((288.0..=432.0).contains(&minutes(30)), "capped at 6 h ± 20 %: {}", minutes(30));
        }
    }

    #[test]
    fn only_passing_trouble_is_retried_at_once() {
        let failure = |kind, status: Option<u16>| {
            let f = NetFailure::new(kind, "https://x/", "");
            match status {
                Some(s) => f.with_status(s),
                None => f,
            }
        };
        assert!(is_transient(&failure(FailureKind::Timeout, None)));
        assert!(is_transient(&failure(FailureKind::HttpStatus, Some(502))));
        assert!(is_transient(&failure(FailureKind::HttpStatus, Some(429))));
        assert!(!is_transient(&failure(FailureKind::HttpStatus, Some(401))));
        assert!(!is_transient(&failure(FailureKind::HttpStatus, Some(404))));
        assert!(!is_transient(&failure(FailureKind::TlsUnknownCa, None)));
        assert!(!is_transient(&failure(FailureKind::RedirectToHttp, None)));
    }
}
