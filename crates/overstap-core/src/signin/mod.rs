//! Signing in through the browser, the way each service wants it, and
//! keeping what that yields only in the OS keyring.
//!
//! - `nextcloud.rs`: Login Flow v2 (the browser grants an app password; we poll).
//! - `mastodon.rs`: OAuth 2 with PKCE and a loopback redirect (RFC 8252),
//!   or a code the person pastes when no loopback is possible.
//! - `matrix.rs`: SSO with a loopback redirect, or a password where the
//!   server offers nothing else.
//! - `loopback.rs`: the one-shot listener the browser returns to.
//! - `pkce.rs`: PKCE and random state values.
//! - `keyring.rs`: the OS keyring; the progress database only records who
//!   is signed in where (`store::SignInRecord`), never the secret.
//!
//! A sign-in is two calls: `begin` (returns the address to open in the
//! browser) and `finish` (waits for the browser's answer, verifies the
//! secret against the server). Dropping the `finish` future cancels it.

pub mod keyring;
mod loopback;
mod mastodon;
mod matrix;
mod nextcloud;
mod pkce;

use overstap_net::{NetClient, Request, Url};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};
use crate::i18n;
use crate::lang::Lang;
use crate::probe::Secret;
use keyring::StoredSecret;

/// A service with accounts to sign in to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SignInService {
    Matrix,
    Mastodon,
    Nextcloud,
}

impl SignInService {
    pub const ALL: [SignInService; 3] = [SignInService::Matrix, SignInService::Mastodon, SignInService::Nextcloud];

    pub fn as_str(self) -> &'static str {
        match self {
            SignInService::Matrix => "matrix",
            SignInService::Mastodon => "mastodon",
            SignInService::Nextcloud => "nextcloud",
        }
    }

    pub fn parse(s: &str) -> Option<SignInService> {
        SignInService::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// What a completed sign-in yields: where, as whom, and the secret.
pub(crate) struct Credential {
    pub server: Url,
    pub account: String,
    pub stored: StoredSecret,
}

/// A sign-in waiting for the browser (or for a pasted code).
pub(crate) enum Flow {
    Nextcloud(Box<nextcloud::Pending>),
    Mastodon(Box<mastodon::Pending>),
    Matrix(Box<matrix::Pending>),
}

/// How a sign-in starts.
pub(crate) struct Started {
    pub flow: Flow,
    /// The address the person opens (`None` for a password sign-in).
    pub browser_url: Option<Url>,
    /// The person pastes a code shown by the server instead of a redirect.
    pub needs_code: bool,
}

/// Options that shape a sign-in.
#[derive(Debug, Clone, Default)]
pub struct SignInOptions {
    /// Mastodon: show the code in the browser to paste here, instead of a
    /// loopback redirect (for desktops where those fail, field note 12).
    pub paste_code: bool,
    /// Matrix: sign in with a password (servers without SSO).
    pub matrix_password: Option<(String, Secret)>,
}

pub(crate) async fn begin(
    net: &NetClient,
    service: SignInService,
    server: &Url,
    options: &SignInOptions,
    lang: Lang,
) -> Result<Started> {
    match service {
        SignInService::Nextcloud => nextcloud::begin(net, server).await,
        SignInService::Mastodon => mastodon::begin(net, server, options.paste_code, lang).await,
        SignInService::Matrix => matrix::begin(net, server, options.matrix_password.clone(), lang).await,
    }
}

pub(crate) async fn finish(flow: Flow, pasted_code: Option<String>) -> Result<Credential> {
    match flow {
        Flow::Nextcloud(p) => nextcloud::finish(*p).await,
        Flow::Mastodon(p) => mastodon::finish(*p, pasted_code).await,
        Flow::Matrix(p) => matrix::finish(*p).await,
    }
}

/// Tells the server to forget the secret (best effort: it is removed here anyway).
pub(crate) async fn revoke(
    net: &NetClient,
    service: SignInService,
    server: &Url,
    account: &str,
    stored: &StoredSecret,
) {
    let result = match service {
        SignInService::Nextcloud => nextcloud::revoke(net, server, account, stored).await,
        SignInService::Mastodon => mastodon::revoke(net, server, stored).await,
        SignInService::Matrix => matrix::revoke(net, server, stored).await,
    };
    if let Err(e) = result {
        tracing::warn!(service = service.as_str(), error = %e, "the server did not confirm the sign-out");
    }
}

/// The page the browser shows when it comes back to Overstap.
pub(crate) fn return_page(lang: Lang) -> String {
    let title = html_escape(&i18n::tr(lang, "sign-in-page-title", &[]));
    let body = html_escape(&i18n::tr(lang, "sign-in-page-body", &[]));
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <meta name=\"viewport\" content=\"width=device-width\"></head>\
         <body style=\"font-family:sans-serif;max-width:36em;margin:4em auto;line-height:1.5\">\
         <h1>{title}</h1><p>{body}</p></body></html>",
        lang.code()
    )
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The content type of HTML form posts (OAuth token requests, polling).
pub(crate) const FORM: &str = "application/x-www-form-urlencoded";

/// Sends `request` and reads its JSON answer; any failure is a
/// `network_error` carrying its diagnosis.
pub(crate) async fn fetch_json<T: serde::de::DeserializeOwned>(net: &NetClient, request: Request) -> Result<T> {
    let fetched = net.fetch(request).await.map_err(|f| Error::network(&f))?;
    fetched.ensure_success().and_then(|f| f.json()).map_err(|f| Error::network(&f))
}

/// Sends a request that carries the fruit of a sign-in (a code, a password,
/// a fresh secret): 400, 401 and 403 mean the server did not accept it.
pub(crate) async fn accepted_json<T: serde::de::DeserializeOwned>(net: &NetClient, request: Request) -> Result<T> {
    let url = request.url.clone();
    let fetched = net.fetch(request).await.map_err(|f| Error::network(&f))?;
    if matches!(fetched.status, 400 | 401 | 403) {
        return Err(failed("error-sign-in-not-accepted").detail(format!("{url} answered {}", fetched.status)));
    }
    fetched.ensure_success().and_then(|f| f.json()).map_err(|f| Error::network(&f))
}

/// `GET url` with the token as bearer, read as JSON (who the token belongs to).
pub(crate) async fn bearer_json<T: serde::de::DeserializeOwned>(
    net: &NetClient,
    url: Url,
    token: &Secret,
) -> Result<T> {
    accepted_json(net, Request::get(url).header("authorization", &format!("Bearer {}", token.expose()))).await
}

/// The text at `pointer` (`/access_token`) of a server's answer; without it
/// the server did not really accept the sign-in.
pub(crate) fn required_text(json: &serde_json::Value, pointer: &str) -> Result<String> {
    json.pointer(pointer)
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| failed("error-sign-in-not-accepted").detail(format!("the answer has no {pointer}")))
}

/// A sign-in the server or the browser did not complete.
pub(crate) fn failed(message_id: &'static str) -> Error {
    Error::new(ErrorCode::SignInFailed, message_id)
}

/// The server gave an address for the browser: only https is opened (a
/// hostile server must not make us open a file or a script).
pub(crate) fn browser_address(given: &str) -> Result<Url> {
    match Url::parse(given) {
        Ok(url) if url.scheme() == "https" => Ok(url),
        _ => Err(failed("error-sign-in-bad-address").arg("given", given).detail("not an https address")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_addresses_go_to_the_browser() {
        assert!(browser_address("https://cloud.example.nl/login/v2/flow/x").is_ok());
        for bad in ["http://cloud.example.nl/", "file:///etc/passwd", "javascript:alert(1)", "not a url"] {
            assert_eq!(browser_address(bad).unwrap_err().code(), ErrorCode::SignInFailed, "{bad}");
        }
    }

    #[test]
    fn the_return_page_is_localized_and_escaped() {
        let page = return_page(Lang::Nl);
        assert!(page.contains("lang=\"nl\""));
        assert!(!page.contains("sign-in-page"), "message ids resolved: {page}");
        assert_eq!(html_escape("<a href=\"x\">&"), "&lt;a href=&quot;x&quot;&gt;&amp;");
    }
}
