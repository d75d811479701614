//! Mastodon sign-in: OAuth 2 authorization code with PKCE (S256) and a
//! loopback redirect (RFC 8252), as Mastodon 4.3+ announces in
//! `/.well-known/oauth-authorization-server`; older servers use the fixed
//! `/oauth/*` endpoints. Overstap registers itself as an app on the
//! person's server (`POST /api/v1/apps`) each time: no client secret is
//! built into the program. Then `verify_credentials` proves the token.

use overstap_net::{NetClient, Request, Url};
use serde::Deserialize;
use serde_json::{json, Value};

use super::keyring::StoredSecret;
use super::loopback::Loopback;
use super::pkce::{random_token, Pkce};
use super::{
    accepted_json, bearer_json, browser_address, failed, fetch_json, required_text, return_page, Credential, Flow,
    Started, FORM,
};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::probe::{join, Secret};

/// Enough to read the person's own account (`verify_credentials`).
const SCOPES: &str = "read:accounts";
/// Mastodon shows the code in the browser for this redirect.
const PASTE_REDIRECT: &str = "urn:ietf:wg:oauth:2.0:oob";

pub(crate) struct Pending {
    net: NetClient,
    server: Url,
    token_endpoint: Url,
    app: App,
    pkce: Pkce,
    state: String,
    redirect_uri: String,
    /// `None` when the person pastes the code.
    loopback: Option<(Loopback, String)>,
}

#[derive(Deserialize)]
struct App {
    client_id: String,
    client_secret: String,
}

struct Endpoints {
    authorize: Url,
    token: Url,
    register: Url,
}

pub(crate) async fn begin(net: &NetClient, server: &Url, paste_code: bool, lang: Lang) -> Result<Started> {
    let endpoints = endpoints(net, server).await?;
    let loopback = if paste_code { None } else { Some(Loopback::bind().await?) };
    let redirect_uri = loopback.as_ref().map_or(PASTE_REDIRECT.to_owned(), |l| l.redirect_uri.clone());

    let registration = json!({
        "client_name": "Overstap",
        "redirect_uris": redirect_uri,
        "scopes": SCOPES,
        "website": "https://example.invalid/overstap",
    });
    let request = Request::post(endpoints.register.clone(), "application/json", registration.to_string());
    let app: App = fetch_json(net, request).await?;

    let pkce = Pkce::new()?;
    let state = random_token()?;
    let mut authorize = endpoints.authorize.clone();
    authorize
        .query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", &app.client_id)
        .append_pair("redirect_uri", &redirect_uri)
        .append_pair("scope", SCOPES)
        .append_pair("state", &state)
        .append_pair("code_challenge", &pkce.challenge)
        .append_pair("code_challenge_method", "S256")
        .append_pair("lang", lang.code());
    let pending = Pending {
        net: net.clone(),
        server: server.clone(),
        token_endpoint: endpoints.token,
        app,
        pkce,
        state,
        redirect_uri,
        loopback: loopback.map(|l| (l, return_page(lang))),
    };
    Ok(Started { flow: Flow::Mastodon(Box::new(pending)), browser_url: Some(authorize), needs_code: paste_code })
}

/// The server's own OAuth endpoints (4.3+), else Mastodon's fixed ones.
async fn endpoints(net: &NetClient, server: &Url) -> Result<Endpoints> {
    let fixed = Endpoints {
        authorize: join(server, "oauth/authorize"),
        token: join(server, "oauth/token"),
        register: join(server, "api/v1/apps"),
    };
    let fetched =
        net.get(join(server, ".well-known/oauth-authorization-server")).await.map_err(|f| Error::network(&f))?;
    if fetched.status == 404 {
        return Ok(fixed);
    }
    let meta: Value = fetched.ensure_success().and_then(|f| f.json()).map_err(|f| Error::network(&f))?;
    let pkce = meta
        .get("code_challenge_methods_supported")
        .and_then(Value::as_array)
        .is_some_and(|a| a.iter().any(|m| m == "S256"));
    if !pkce {
        return Err(failed("error-sign-in-no-pkce").arg("server", server.as_str()));
    }
    let address = |key: &str, fallback: &Url| -> Result<Url> {
        meta.get(key).and_then(Value::as_str).map_or(Ok(fallback.clone()), browser_address)
    };
    Ok(Endpoints {
        authorize: address("authorization_endpoint", &fixed.authorize)?,
        token: address("token_endpoint", &fixed.token)?,
        register: address("app_registration_endpoint", &fixed.register)?,
    })
}

pub(crate) async fn finish(p: Pending, pasted_code: Option<String>) -> Result<Credential> {
    let code = match (p.loopback, pasted_code) {
        (Some((loopback, page)), _) => {
            let params = loopback.wait(&page).await?;
            if params.get("state") != Some(&p.state) {
                return Err(failed("error-sign-in-state"));
            }
            if let Some(error) = params.get("error") {
                return Err(failed("error-sign-in-refused").arg("detail", error.as_str()));
            }
            params.get("code").cloned().ok_or_else(|| failed("error-sign-in-refused").arg("detail", "no code"))?
        }
        (None, Some(code)) if !code.trim().is_empty() => code.trim().to_owned(),
        (None, _) => return Err(failed("error-sign-in-no-code")),
    };
    let form = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", "authorization_code")
        .append_pair("code", &code)
        .append_pair("redirect_uri", &p.redirect_uri)
        .append_pair("client_id", &p.app.client_id)
        .append_pair("client_secret", &p.app.client_secret)
        .append_pair("code_verifier", &p.pkce.verifier)
        .append_pair("scope", SCOPES)
        .finish();
    let token: Value = accepted_json(&p.net, Request::post(p.token_endpoint, FORM, form)).await?;
    let token = Secret::new(required_text(&token, "/access_token")?);

    let me: Value = bearer_json(&p.net, join(&p.server, "api/v1/accounts/verify_credentials"), &token).await?;
    let acct = required_text(&me, "/acct")?;
    // `acct` is local (`name`) for accounts on this server: name the server too.
    let account = if acct.contains('@') {
        format!("@{acct}")
    } else {
        let host = p.server.host_str().unwrap_or_default();
        match p.server.port() {
            Some(port) => format!("@{acct}@{host}:{port}"),
            None => format!("@{acct}@{host}"),
        }
    };
    let mut stored = StoredSecret::new(&token);
    stored.client_id = Some(p.app.client_id);
    stored.client_secret = Some(p.app.client_secret);
    Ok(Credential { server: p.server, account, stored })
}

/// `POST /oauth/revoke` with the app's credentials.
pub(crate) async fn revoke(net: &NetClient, server: &Url, stored: &StoredSecret) -> Result<()> {
    // Built before the request: the serializer is not Send, so it must not live across the await.
    let body = {
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        form.append_pair("token", &stored.secret);
        if let (Some(id), Some(secret)) = (&stored.client_id, &stored.client_secret) {
            form.append_pair("client_id", id).append_pair("client_secret", secret);
        }
        form.finish()
    };
    fetch_json::<Value>(net, Request::post(join(server, "oauth/revoke"), FORM, body)).await.map(drop)
}
