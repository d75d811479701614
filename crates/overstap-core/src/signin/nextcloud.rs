//! Nextcloud Login Flow v2 (developer manual, `client_apis/LoginFlow`):
//! `POST /index.php/login/v2` gives a page to open and a poll token; the
//! person signs in and grants access in the browser; polling the endpoint
//! answers 404 until then and, once, the app password. The app password is
//! checked against `/ocs/v1.php/cloud/user` before it is kept.

use std::time::{Duration, Instant};

use base64::Engine;
use overstap_net::{Method, NetClient, Request, Url};
use serde::Deserialize;
use serde_json::Value;

use super::keyring::StoredSecret;
use super::{accepted_json, browser_address, failed, fetch_json, required_text, Credential, Flow, Started, FORM};
use crate::error::{Error, Result};
use crate::probe::{join, Secret};

/// How often to ask whether the person has granted access.
const POLL_EVERY: Duration = Duration::from_secs(2);
/// Nextcloud forgets a login flow after 20 minutes.
const FLOW_LIFETIME: Duration = Duration::from_secs(20 * 60);
/// The name Nextcloud shows for the app password under Settings → Security.
const USER_AGENT: &str = "Overstap";

pub(crate) struct Pending {
    net: NetClient,
    server: Url,
    endpoint: Url,
    token: Secret,
}

#[derive(Deserialize)]
struct FlowStart {
    poll: PollInfo,
    login: String,
}

#[derive(Deserialize)]
struct PollInfo {
    token: String,
    endpoint: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Granted {
    login_name: String,
    app_password: String,
}

pub(crate) async fn begin(net: &NetClient, server: &Url) -> Result<Started> {
    let request =
        Request::get(join(server, "index.php/login/v2")).method(Method::POST).header("user-agent", USER_AGENT);
    let start: FlowStart = fetch_json(net, request).await?;
    let login = browser_address(&start.login)?;
    let endpoint = browser_address(&start.poll.endpoint)?;
    let pending = Pending { net: net.clone(), server: server.clone(), endpoint, token: Secret::new(start.poll.token) };
    Ok(Started { flow: Flow::Nextcloud(Box::new(pending)), browser_url: Some(login), needs_code: false })
}

pub(crate) async fn finish(p: Pending) -> Result<Credential> {
    let started = Instant::now();
    let body = url::form_urlencoded::Serializer::new(String::new()).append_pair("token", p.token.expose()).finish();
    let granted = loop {
        let request = Request::post(p.endpoint.clone(), FORM, body.clone());
        let fetched = p.net.fetch(request).await.map_err(|f| Error::network(&f))?;
        match fetched.status {
            // Not granted yet.
            404 => {}
            200 => break fetched.json::<Granted>().map_err(|f| Error::network(&f))?,
            _ => return Err(Error::network(&fetched.ensure_success().expect_err("not a success"))),
        }
        if started.elapsed() >= FLOW_LIFETIME {
            return Err(failed("error-sign-in-expired"));
        }
        tokio::time::sleep(POLL_EVERY).await;
    };
    let secret = Secret::new(granted.app_password);
    let user_id = user_id(&p.net, &p.server, &granted.login_name, &secret).await?;
    tracing::info!(user_id = %user_id, "Nextcloud granted an app password");
    Ok(Credential { server: p.server, account: granted.login_name, stored: StoredSecret::new(&secret) })
}

/// The user id the app password signs in as; also proves it works.
async fn user_id(net: &NetClient, server: &Url, login: &str, password: &Secret) -> Result<String> {
    let request = Request::get(join(server, "ocs/v1.php/cloud/user?format=json"))
        .header("authorization", &basic(login, password))
        .header("ocs-apirequest", "true");
    let json: Value = accepted_json(net, request).await?;
    required_text(&json, "/ocs/data/id")
}

/// `DELETE /ocs/v2.php/core/apppassword`: the app password stops working.
pub(crate) async fn revoke(net: &NetClient, server: &Url, login: &str, stored: &StoredSecret) -> Result<()> {
    let request = Request::get(join(server, "ocs/v2.php/core/apppassword"))
        .method(Method::DELETE)
        .header("authorization", &basic(login, &stored.secret()))
        .header("ocs-apirequest", "true");
    fetch_json::<Value>(net, request).await.map(drop)
}

fn basic(login: &str, password: &Secret) -> String {
    let pair = format!("{login}:{}", password.expose());
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(pair))
}
