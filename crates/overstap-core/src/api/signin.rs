//! Signing in and out through the API: the browser flows of `crate::signin`,
//! with the secret put in the OS keyring and only who-is-signed-in-where in
//! the progress database. Checks then use the stored sign-in
//! ([`Overstap::fill_sign_ins`]) when no token is given for that service.

use overstap_net::{Limits, NetClient, Url};
use serde::Serialize;

use super::Overstap;
use crate::error::{Error, ErrorCode, Result};
use crate::lang::Lang;
use crate::probe::{self, CheckRequest, Message};
use crate::signin::{self, keyring, Flow, SignInOptions, SignInService};
use crate::store::{SignInRecord, StepState};

/// What to sign in to.
#[derive(Debug, Clone)]
pub struct SignInRequest {
    pub service: SignInService,
    /// The server's address or host name; Matrix also takes a server name.
    pub server: Option<String>,
    /// The work address: Matrix finds the homeserver from its domain.
    pub email: Option<String>,
    pub options: SignInOptions,
    pub extra_ca_pem: Option<Vec<u8>>,
    pub limits: Option<Limits>,
}

/// A sign-in waiting for the person: open [`PendingSignIn::browser_url`],
/// then call [`Overstap::finish_sign_in`] (drop that future to cancel).
pub struct PendingSignIn {
    pub service: SignInService,
    pub server: Url,
    pub browser_url: Option<Url>,
    /// The server shows a code in the browser that the person pastes back.
    pub needs_code: bool,
    flow: Flow,
}

/// The start of a sign-in, for the CLI's JSON and the UI.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignInStartView {
    pub service: SignInService,
    pub server: String,
    pub browser_url: Option<String>,
    pub needs_code: bool,
}

impl PendingSignIn {
    pub fn view(&self) -> SignInStartView {
        SignInStartView {
            service: self.service,
            server: self.server.to_string(),
            browser_url: self.browser_url.as_ref().map(Url::to_string),
            needs_code: self.needs_code,
        }
    }
}

impl Overstap {
    /// Starts a sign-in: finds the server and asks it for a sign-in page.
    pub async fn begin_sign_in(&self, request: &SignInRequest, lang: Lang) -> Result<PendingSignIn> {
        keyring::ensure_available()?;
        let request = &self.filled_sign_in(request)?;
        let net = net_client(request.extra_ca_pem.as_deref(), request.limits.clone())?;
        let server = match request.service {
            SignInService::Matrix => matrix_homeserver(&net, request).await?,
            _ => match request.server.as_deref() {
                Some(given) => probe::parse_server(given)?,
                None => {
                    return Err(Error::new(ErrorCode::Usage, "error-sign-in-needs-server")
                        .arg("service", request.service.as_str()))
                }
            },
        };
        let started = signin::begin(&net, request.service, &server, &request.options, lang).await?;
        Ok(PendingSignIn {
            service: request.service,
            server,
            browser_url: started.browser_url,
            needs_code: started.needs_code,
            flow: started.flow,
        })
    }

    /// Waits for the browser (or uses the pasted code), proves the secret
    /// with the server, and keeps it in the OS keyring.
    pub async fn finish_sign_in(&self, pending: PendingSignIn, pasted_code: Option<String>) -> Result<SignInRecord> {
        let credential = signin::finish(pending.flow, pasted_code).await?;
        let service = pending.service;
        let server = credential.server.as_str();
        keyring::save(service, server, &credential.stored)?;
        let previous = self.store()?.sign_in(service.as_str())?;
        let record = self.store()?.save_sign_in(service.as_str(), server, &credential.account)?;
        // A sign-in at another server replaces the old one: its secret goes too.
        if let Some(previous) = previous.filter(|p| p.server != server) {
            let _ = keyring::delete(service, &previous.server);
        }
        tracing::info!(service = service.as_str(), server, "signed in");
        self.mark_action_steps(&format!("{}.login", service.as_str()), StepState::Done)?;
        Ok(record)
    }

    /// The request with what the call left out taken from the person's
    /// settings and the preset, as a check takes them: the server, the
    /// work address, the organisation's CA.
    fn filled_sign_in(&self, request: &SignInRequest) -> Result<SignInRequest> {
        let mut check = CheckRequest {
            email: request.email.clone(),
            extra_ca_pem: request.extra_ca_pem.clone(),
            ..CheckRequest::default()
        };
        fn slot(check: &mut CheckRequest, service: SignInService) -> &mut Option<String> {
            match service {
                SignInService::Matrix => &mut check.matrix,
                SignInService::Mastodon => &mut check.mastodon,
                SignInService::Nextcloud => &mut check.nextcloud,
            }
        }
        *slot(&mut check, request.service) = request.server.clone();
        self.fill_from_settings(&mut check)?;
        self.fill_from_preset(&mut check)?;
        Ok(SignInRequest {
            server: slot(&mut check, request.service).take(),
            email: check.email,
            extra_ca_pem: check.extra_ca_pem,
            ..request.clone()
        })
    }

    /// Who is signed in where (no secrets).
    pub fn sign_ins(&self) -> Result<Vec<SignInRecord>> {
        self.store()?.sign_ins()
    }

    /// Signs out: tells the server to forget the secret (best effort), then
    /// removes it from the keyring and the record from the database.
    pub async fn sign_out(
        &self,
        service: SignInService,
        extra_ca_pem: Option<&[u8]>,
        limits: Option<Limits>,
    ) -> Result<Option<SignInRecord>> {
        let Some(record) = self.store()?.sign_in(service.as_str())? else { return Ok(None) };
        if let (Some(stored), Ok(server)) = (keyring::load(service, &record.server)?, Url::parse(&record.server)) {
            let mut check = CheckRequest { extra_ca_pem: extra_ca_pem.map(<[u8]>::to_vec), ..CheckRequest::default() };
            self.fill_from_preset(&mut check)?;
            let net = net_client(check.extra_ca_pem.as_deref(), limits)?;
            signin::revoke(&net, service, &server, &record.account, &stored).await;
        }
        keyring::delete(service, &record.server)?;
        self.store()?.remove_sign_in(service.as_str())?;
        tracing::info!(service = service.as_str(), "signed out");
        self.mark_action_steps(&format!("{}.login", service.as_str()), StepState::Todo)?;
        Ok(Some(record))
    }

    /// Gives a check the stored sign-ins for services it has no secret for.
    /// A secret is only used for the server it was issued by; a keyring that
    /// cannot be read leaves the check unsigned-in rather than failing it.
    pub(crate) fn fill_sign_ins(&self, request: &mut CheckRequest) -> Result<()> {
        for record in self.store()?.sign_ins()? {
            let Some(service) = SignInService::parse(&record.service) else { continue };
            let secret = || match keyring::load(service, &record.server) {
                Ok(found) => found.map(|s| s.secret()),
                Err(e) => {
                    tracing::warn!(service = service.as_str(), error = %e, "the keyring could not be read");
                    None
                }
            };
            match service {
                SignInService::Nextcloud
                    if request.nextcloud_app_password.is_none()
                        && same_server(request.nextcloud.as_deref(), &record.server) =>
                {
                    request.nextcloud.get_or_insert_with(|| record.server.clone());
                    request.nextcloud_login.get_or_insert_with(|| record.account.clone());
                    request.nextcloud_app_password = secret();
                }
                SignInService::Mastodon
                    if request.mastodon_token.is_none() && same_server(request.mastodon.as_deref(), &record.server) =>
                {
                    request.mastodon.get_or_insert_with(|| record.server.clone());
                    if request.mastodon_account.is_none() && request.email.is_none() {
                        request.mastodon_account = Some(record.account.clone());
                    }
                    request.mastodon_token = secret();
                }
                SignInService::Matrix if request.matrix_token.is_none() => {
                    // Discovery may lead elsewhere: the token goes only to this homeserver.
                    if request.matrix.is_none() && request.email.is_none() {
                        request.matrix = Some(record.server.clone());
                    }
                    request.matrix_token = secret();
                    request.matrix_token_server = Url::parse(&record.server).ok();
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// Whether the server a check names (if any) is the one signed in to.
fn same_server(given: Option<&str>, signed_in: &str) -> bool {
    match given {
        None => true,
        Some(given) => probe::parse_server(given).is_ok_and(|u| u.as_str() == signed_in),
    }
}

fn net_client(extra_ca_pem: Option<&[u8]>, limits: Option<Limits>) -> Result<NetClient> {
    NetClient::new(limits.unwrap_or_default(), extra_ca_pem)
        .map_err(|detail| Error::new(ErrorCode::InvalidInput, "error-ca-file").arg("detail", detail))
}

/// The homeserver, found the way the `matrix.discovery` check finds it.
async fn matrix_homeserver(net: &NetClient, request: &SignInRequest) -> Result<Url> {
    let check =
        CheckRequest { matrix: request.server.clone(), email: request.email.clone(), ..CheckRequest::default() };
    let target = probe::matrix_target(&check)?;
    if target.domain.is_none() && target.homeserver.is_none() {
        return Err(Error::new(ErrorCode::Usage, "error-sign-in-needs-server").arg("service", "matrix"));
    }
    let (outcome, base) = probe::matrix::discovery(net, &target).await;
    base.ok_or_else(|| {
        Error::new(ErrorCode::SignInFailed, "error-sign-in-matrix-not-found")
            .message_arg("summary", outcome.summary.clone())
            .message_arg("remedy", outcome.remedy.clone().unwrap_or_else(|| Message::new("probe-status-fail")))
    })
}
