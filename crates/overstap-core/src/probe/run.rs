//! What to check and running it: services run concurrently, and within a
//! service the probes that need the server found first wait for discovery.

use std::time::{Duration, Instant};

use overstap_net::{Limits, NetClient, Url};
use serde::{Deserialize, Serialize};

use super::element_desktop;
use super::federation;
use super::mastodon::{self, MastodonTarget};
use super::matrix::{self, MatrixTarget};
use super::matrix_devices;
use super::matrix_e2ee;
use super::matrix_messages;
use super::nextcloud::{self, NextcloudNet, NextcloudTarget};
use super::nextcloud_desktop;
use super::nextcloud_files;
use super::nextcloud_sync_mode;
use super::source_folder;
use super::{Message, ProbeOutcome, ProbeStatus, Secret};
use crate::error::{Error, ErrorCode, Result};

/// A service whose checks are available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Service {
    Matrix,
    Mastodon,
    Nextcloud,
    Libreoffice,
}

impl Service {
    pub const ALL: [Service; 4] = [Service::Matrix, Service::Mastodon, Service::Nextcloud, Service::Libreoffice];
}

/// Everything a check needs. Secrets (tokens) live only here, in memory.
#[derive(Debug, Clone, Default)]
pub struct CheckRequest {
    /// The services to check; empty means every available one.
    pub services: Vec<Service>,
    /// The work address (`j.jansen@example.nl`): its domain is where discovery starts.
    pub email: Option<String>,
    /// The Matrix server name (`example.nl`) or homeserver address (`https://matrix.example.nl`).
    pub matrix: Option<String>,
    pub matrix_token: Option<Secret>,
    /// The homeserver `matrix_token` belongs to (a stored sign-in): the token
    /// is sent only when discovery finds this one. `None`: no restriction.
    pub matrix_token_server: Option<Url>,
    /// The person agreed, for this run, that Overstap sends a test message
    /// in a room made for it (named in this language, left afterwards).
    pub matrix_roundtrip: Option<crate::lang::Lang>,
    /// The Mastodon server (`https://social.overheid.nl` or `social.overheid.nl`).
    pub mastodon: Option<String>,
    /// The Mastodon account (`@minbzk@social.overheid.nl`); default: the work address.
    pub mastodon_account: Option<String>,
    pub mastodon_token: Option<Secret>,
    /// The Nextcloud server (`https://cloud.example.nl`).
    pub nextcloud: Option<String>,
    /// The Nextcloud login name and app password (kept in memory only).
    pub nextcloud_login: Option<String>,
    pub nextcloud_app_password: Option<Secret>,
    /// The folder the person moves their files from (else their OneDrive or
    /// Google Drive folder is looked for).
    pub source_folder: Option<std::path::PathBuf>,
    /// The oldest LibreOffice version accepted (checklist data or preset).
    pub libreoffice_minimum_version: Option<String>,
    /// Extra trusted certificates (PEM), e.g. the organisation's own CA.
    pub extra_ca_pem: Option<Vec<u8>>,
    /// `None` uses the defaults (5 s connect, 10 s total, 1 MiB).
    pub limits: Option<Limits>,
}

/// The most of one WebDAV folder listing read (a folder of some ten thousand files).
const LISTING_BODY_BYTES: usize = 32 * 1024 * 1024;

/// Runs the requested checks; outcomes in a stable order (service, then probe).
pub async fn run_check(request: &CheckRequest) -> Result<Vec<ProbeOutcome>> {
    let mut results = Vec::new();
    run_check_each(request, |index, outcomes| results.push((index, outcomes))).await?;
    results.sort_by_key(|(index, _)| *index);
    Ok(results.into_iter().flat_map(|(_, o)| o).collect())
}

/// Runs the requested checks, giving each service's outcomes to `arrived`
/// as soon as that service is done, with the service's place in the
/// stable order.
pub async fn run_check_each(
    request: &CheckRequest,
    mut arrived: impl FnMut(usize, Vec<ProbeOutcome>) + Send,
) -> Result<()> {
    let limits = request.limits.clone().unwrap_or_default();
    let net = NetClient::new(limits.clone(), request.extra_ca_pem.as_deref())
        .map_err(|detail| Error::new(ErrorCode::InvalidInput, "error-ca-file").arg("detail", detail))?;
    let mut services = if request.services.is_empty() { Service::ALL.to_vec() } else { request.services.clone() };
    // A service named twice is checked once (two Matrix runs would race to make two check rooms).
    let mut seen = Vec::new();
    services.retain(|s| {
        let first = !seen.contains(s);
        seen.push(*s);
        first
    });
    let mut tasks = tokio::task::JoinSet::new();
    for (index, service) in services.into_iter().enumerate() {
        let net = net.clone();
        let request = request.clone();
        let limits = limits.clone();
        tasks.spawn(async move {
            let outcomes = match service {
                Service::Matrix => check_matrix(&net, &matrix_target(&request)?).await,
                Service::Mastodon => timed_all(mastodon::check(&net, &mastodon_target(&request)?)).await,
                Service::Libreoffice => {
                    let minimum = request.libreoffice_minimum_version.clone();
                    timed_all(async move {
                        let installed = super::libreoffice::installed(minimum.as_deref()).await;
                        vec![
                            installed,
                            super::libreoffice::default_formats(),
                            super::libreoffice_templates::templates(),
                        ]
                    })
                    .await
                }
                Service::Nextcloud => {
                    let target = nextcloud_target(&request)?;
                    // Folder listings can be long: the same client with room for them.
                    let listing_limits = Limits { max_body_bytes: LISTING_BODY_BYTES, ..limits.clone() };
                    let listing = NetClient::new(listing_limits, request.extra_ca_pem.as_deref())
                        .map_err(|detail| Error::new(ErrorCode::InvalidInput, "error-ca-file").arg("detail", detail))?;
                    let net = NextcloudNet { client: &net, listing: &listing, target: &target };
                    let mut outcomes = timed_all(nextcloud::check(&net)).await;
                    // The desktop app is on this computer: it only needs to
                    // know which server to look for, not whether it answers.
                    match &target.server {
                        Some(server) => {
                            let env = nextcloud_desktop::DesktopEnv::current();
                            outcomes
                                .push(timed_outcome(async { nextcloud_desktop::desktop_client(server, &env) }).await);
                            outcomes.push(nextcloud_sync_mode::sync_mode(server, &env));
                            // Reading and hashing files takes a while: off the async threads.
                            let (server, target) = (server.clone(), target.clone());
                            let started = Instant::now();
                            let local = tokio::task::spawn_blocking(move || {
                                let ready = source_folder::source_ready(target.source_folder.as_deref(), &env);
                                [ready, nextcloud_files::files_in_sync_folder(&server, &target, &env)]
                            })
                            .await
                            .map_err(|e| Error::internal(format!("file comparison failed: {e}")))?;
                            for mut outcome in local {
                                outcome.elapsed_ms = millis(started.elapsed());
                                outcomes.push(outcome);
                            }
                        }
                        None => {
                            for probe in [
                                nextcloud_desktop::DESKTOP_CLIENT,
                                nextcloud_sync_mode::SYNC_MODE,
                                source_folder::SOURCE_READY,
                                nextcloud_files::FILES_IN_SYNC_FOLDER,
                            ] {
                                let m = Message::new("probe-nextcloud-no-target");
                                outcomes.push(ProbeOutcome::new(probe, ProbeStatus::Skipped, m));
                            }
                        }
                    }
                    outcomes
                }
            };
            Ok::<_, Error>((index, outcomes))
        });
    }
    while let Some(joined) = tasks.join_next().await {
        let (index, outcomes) = joined.map_err(|e| Error::internal(format!("check task failed: {e}")))??;
        arrived(index, outcomes);
    }
    Ok(())
}

/// Matrix: the homeserver's checks, and federation alongside them. Federation
/// needs only the server name, so it starts at once; given only a homeserver
/// address, the server name is the one in the signed-in user id
/// (`@jan:example.nl` → `example.nl`), checked once that is known; else it is skipped.
async fn check_matrix(net: &NetClient, target: &MatrixTarget) -> Vec<ProbeOutcome> {
    let early_federation = async {
        match &target.domain {
            Some(name) => Some(timed_outcome(federation::check(net, name)).await),
            None => None,
        }
    };
    let (mut outcomes, early_federation) = tokio::join!(homeserver_checks(net, target), early_federation);
    // Element Desktop is on this computer: no server needed.
    let installed =
        timed_outcome(async { element_desktop::element_installed(&nextcloud_desktop::DesktopEnv::current()) });
    outcomes.insert(0, installed.await);
    let federation = match early_federation {
        Some(outcome) => outcome,
        None => match signed_in_server_name(&outcomes) {
            Some(name) => timed_outcome(federation::check(net, &name)).await,
            None => federation::skipped_without_name(),
        },
    };
    outcomes.push(federation);
    outcomes
}

/// The server part of the signed-in user id (everything after the first colon).
fn signed_in_server_name(outcomes: &[ProbeOutcome]) -> Option<String> {
    let signed_in = outcomes.iter().find(|o| o.probe == matrix::SIGNED_IN && o.status == ProbeStatus::Pass)?;
    let user_id = signed_in.evidence.facts.get("user_id")?.as_str()?;
    user_id.split_once(':').map(|(_, name)| name.to_owned())
}

/// Discovery first, then the checks that need the homeserver.
async fn homeserver_checks(net: &NetClient, target: &MatrixTarget) -> Vec<ProbeOutcome> {
    let (discovery, base) = timed(matrix::discovery(net, target)).await;
    let mut outcomes = vec![discovery];
    let mut signed_in_checks = vec![
        matrix_devices::ELEMENT_DEVICE,
        matrix_devices::SESSION_VERIFIED,
        matrix_e2ee::KEY_BACKUP,
        matrix_messages::FIRST_MESSAGE,
    ];
    if target.roundtrip.is_some() {
        signed_in_checks.push(matrix_messages::MESSAGE_ROUNDTRIP);
    }
    let skipped = |probe, id| ProbeOutcome::new(probe, ProbeStatus::Skipped, Message::new(id));
    let Some(base) = base else {
        for probe in [matrix::LOGIN_FLOWS, matrix::SIGNED_IN].into_iter().chain(signed_in_checks) {
            outcomes.push(skipped(probe, "probe-skipped-server-not-found"));
        }
        return outcomes;
    };
    let token = target.token_for(&base).map(Secret::expose);
    let (flows, signed_in) = tokio::join!(
        timed_outcome(matrix::login_flows(net, &base)),
        timed_outcome(matrix::signed_in(net, &base, token))
    );
    let fact = |name: &str| signed_in.evidence.facts.get(name).and_then(|v| v.as_str()).map(str::to_owned);
    let (user_id, device_id) = (fact("user_id"), fact("device_id"));
    let signed_in_passed = signed_in.status == ProbeStatus::Pass;
    outcomes.extend([flows, signed_in]);
    match (user_id, device_id, token) {
        (Some(user_id), Some(own_device), Some(token)) if signed_in_passed => {
            let session = matrix_e2ee::Session { net, base: &base, user_id: &user_id, own_device: &own_device, token };
            let (element, verified, backup, first) = tokio::join!(
                timed_outcome(matrix_devices::element_device(&session)),
                timed_outcome(matrix_devices::session_verified(&session)),
                timed_outcome(matrix_e2ee::key_backup(&session)),
                timed_outcome(matrix_messages::first_message(&session)),
            );
            outcomes.extend([element, verified, backup, first]);
            // Only after the person's own messages were looked for: Overstap's never count.
            if let Some(lang) = target.roundtrip {
                outcomes.push(timed_outcome(matrix_messages::message_roundtrip(&session, lang)).await);
            }
        }
        _ => outcomes.extend(signed_in_checks.into_iter().map(|p| skipped(p, "probe-skipped-not-signed-in"))),
    }
    outcomes
}

/// Where Matrix discovery starts: an explicit homeserver address, a server
/// name, or the domain of the work address.
pub(crate) fn matrix_target(request: &CheckRequest) -> Result<MatrixTarget> {
    let mut target = MatrixTarget {
        token: request.matrix_token.clone(),
        token_server: request.matrix_token_server.clone(),
        roundtrip: request.matrix_roundtrip,
        ..MatrixTarget::default()
    };
    match request.matrix.as_deref().map(str::trim) {
        Some(given) if given.contains("://") => {
            let url = Url::parse(given).map_err(|e| invalid_address(given, e))?;
            target.homeserver = Some(url);
        }
        Some(name) if !name.is_empty() => target.domain = Some(name.to_ascii_lowercase()),
        _ => {}
    }
    // An address the person typed wins: the work address's domain is only a
    // starting point when no server was named.
    if target.domain.is_none() && target.homeserver.is_none() {
        target.domain = request.email.as_deref().map(email_domain).transpose()?;
    }
    Ok(target)
}

/// The Mastodon server from `--mastodon` (address or host name), and the
/// account from `--mastodon-account` or else the work address.
fn mastodon_target(request: &CheckRequest) -> Result<MastodonTarget> {
    let instance = request.mastodon.as_deref().filter(|s| !s.trim().is_empty()).map(parse_server).transpose()?;
    let account = request.mastodon_account.clone().or_else(|| request.email.clone());
    if let Some(given) = &account {
        if mastodon::split_acct(given).is_none() {
            return Err(Error::new(ErrorCode::InvalidInput, "error-mastodon-account").arg("given", given.as_str()));
        }
    }
    // A token is only ever sent to the server the person named, never to one
    // that WebFinger points at.
    if request.mastodon_token.is_some() && instance.is_none() {
        return Err(Error::new(ErrorCode::Usage, "error-mastodon-token-needs-server"));
    }
    Ok(MastodonTarget { instance, account, token: request.mastodon_token.clone() })
}

fn nextcloud_target(request: &CheckRequest) -> Result<NextcloudTarget> {
    let server = request.nextcloud.as_deref().filter(|s| !s.trim().is_empty()).map(parse_server).transpose()?;
    Ok(NextcloudTarget {
        server,
        login: request.nextcloud_login.clone().or_else(|| request.email.clone()),
        app_password: request.nextcloud_app_password.clone(),
        source_folder: request.source_folder.clone(),
    })
}

/// A server the person names, as an address (`https://cloud.example.nl`)
/// or a host name (`cloud.example.nl`, taken as https). Addresses with a
/// user name or password in them are refused: those belong in the keyring.
pub(crate) fn parse_server(given: &str) -> Result<Url> {
    let given = given.trim();
    let url = if given.contains("://") { Url::parse(given) } else { Url::parse(&format!("https://{given}")) }
        .map_err(|e| invalid_address(given, e))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::new(ErrorCode::InvalidInput, "error-server-address-credentials"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid_address(given, "no host"));
    }
    Ok(url)
}

pub(crate) fn email_domain(email: &str) -> Result<String> {
    let invalid = || Error::new(ErrorCode::InvalidInput, "error-email").arg("given", email);
    let (local, domain) = email.trim().rsplit_once('@').ok_or_else(invalid)?;
    if local.is_empty() || domain.is_empty() || domain.contains(['/', ' ', '@']) {
        return Err(invalid());
    }
    Ok(domain.to_ascii_lowercase())
}

fn invalid_address(given: &str, e: impl std::fmt::Display) -> Error {
    Error::new(ErrorCode::InvalidInput, "error-server-address").arg("given", given).detail(e)
}

async fn timed<T>(work: impl std::future::Future<Output = (ProbeOutcome, T)>) -> (ProbeOutcome, T) {
    let started = Instant::now();
    let (mut outcome, extra) = work.await;
    outcome.elapsed_ms = millis(started.elapsed());
    (outcome, extra)
}

async fn timed_outcome(work: impl std::future::Future<Output = ProbeOutcome>) -> ProbeOutcome {
    timed(async { (work.await, ()) }).await.0
}

/// Probes that run in sequence inside one future report their total time
/// on the first and their own share is not measurable apart: each gets the
/// time since the service started, which is what a person waits.
async fn timed_all(work: impl std::future::Future<Output = Vec<ProbeOutcome>>) -> Vec<ProbeOutcome> {
    let started = Instant::now();
    let mut outcomes = work.await;
    let elapsed = millis(started.elapsed());
    for o in &mut outcomes {
        o.elapsed_ms = elapsed;
    }
    outcomes
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_come_from_the_address_or_the_flags() {
        let r = CheckRequest { email: Some("J.Jansen@Minbzk.NL".into()), ..Default::default() };
        assert_eq!(matrix_target(&r).unwrap().domain.as_deref(), Some("minbzk.nl"));
        let r = CheckRequest { matrix: Some("https://matrix.example.nl".into()), ..Default::default() };
        let t = matrix_target(&r).unwrap();
        assert_eq!((t.domain, t.homeserver.map(|u| u.to_string())), (None, Some("https://matrix.example.nl/".into())));
        let r = CheckRequest { matrix: Some("example.de".into()), email: Some("a@b.nl".into()), ..Default::default() };
        assert_eq!(matrix_target(&r).unwrap().domain.as_deref(), Some("example.de"), "the flag wins");
        assert!(email_domain("no-at-sign").is_err());
        assert!(email_domain("@example.nl").is_err());
    }
}
