//! Matrix sign-in (client-server API, "Login"): single sign-on through the
//! browser where the server offers it (`m.login.sso`, redirected back to a
//! loopback address with a `loginToken`, exchanged by `m.login.token`),
//! else a password sent once to the server's own `/login`. The access
//! token is proved by `/account/whoami`. Servers that only speak the newer
//! OAuth API (MSC2965) are not handled here yet; their sign-in fails with
//! a message that says so.

use overstap_net::{NetClient, Request, Url};
use serde_json::{json, Value};

use super::keyring::StoredSecret;
use super::loopback::Loopback;
use super::{accepted_json, bearer_json, failed, fetch_json, required_text, return_page, Credential, Flow, Started};
use crate::error::Result;
use crate::lang::Lang;
use crate::probe::{join, Secret};

/// The device name other sessions see.
const DEVICE_NAME: &str = "Overstap";

pub(crate) struct Pending {
    net: NetClient,
    base: Url,
    how: How,
}

enum How {
    Sso { loopback: Loopback, page: String },
    Password { user: String, password: Secret },
}

pub(crate) async fn begin(
    net: &NetClient,
    base: &Url,
    password: Option<(String, Secret)>,
    lang: Lang,
) -> Result<Started> {
    let flows: Value = fetch_json(net, Request::get(join(base, "_matrix/client/v3/login"))).await?;
    let offers = |kind: &str| {
        flows
            .get("flows")
            .and_then(Value::as_array)
            .is_some_and(|a| a.iter().any(|f| f.get("type").and_then(Value::as_str) == Some(kind)))
    };
    if let Some((user, password)) = password {
        if !offers("m.login.password") {
            return Err(failed("error-sign-in-matrix-no-password"));
        }
        let pending = Pending { net: net.clone(), base: base.clone(), how: How::Password { user, password } };
        return Ok(Started { flow: Flow::Matrix(Box::new(pending)), browser_url: None, needs_code: false });
    }
    if !offers("m.login.sso") {
        let id = if offers("m.login.password") {
            "error-sign-in-matrix-use-password"
        } else {
            "error-sign-in-matrix-no-method"
        };
        return Err(failed(id));
    }
    let loopback = Loopback::bind().await?;
    let mut address = join(base, "_matrix/client/v3/login/sso/redirect");
    address.query_pairs_mut().append_pair("redirectUrl", &loopback.redirect_uri);
    let pending = Pending { net: net.clone(), base: base.clone(), how: How::Sso { loopback, page: return_page(lang) } };
    Ok(Started { flow: Flow::Matrix(Box::new(pending)), browser_url: Some(address), needs_code: false })
}

pub(crate) async fn finish(p: Pending) -> Result<Credential> {
    let body = match p.how {
        How::Sso { loopback, page } => {
            let params = loopback.wait(&page).await?;
            let token = params
                .get("loginToken")
                .ok_or_else(|| failed("error-sign-in-refused").arg("detail", "no loginToken"))?;
            json!({ "type": "m.login.token", "token": token, "initial_device_display_name": DEVICE_NAME })
        }
        How::Password { user, password } => json!({
            "type": "m.login.password",
            "identifier": { "type": "m.id.user", "user": user },
            "password": password.expose(),
            "initial_device_display_name": DEVICE_NAME,
        }),
    };
    let request = Request::post(join(&p.base, "_matrix/client/v3/login"), "application/json", body.to_string());
    let login: Value = accepted_json(&p.net, request).await?;
    let token = Secret::new(required_text(&login, "/access_token")?);

    let whoami: Value = bearer_json(&p.net, join(&p.base, "_matrix/client/v3/account/whoami"), &token).await?;
    let user_id = required_text(&whoami, "/user_id")?;
    Ok(Credential { server: p.base, account: user_id.to_owned(), stored: StoredSecret::new(&token) })
}

/// `POST /logout`: the device and its token end.
pub(crate) async fn revoke(net: &NetClient, base: &Url, stored: &StoredSecret) -> Result<()> {
    let request = Request::post(join(base, "_matrix/client/v3/logout"), "application/json", "{}")
        .header("authorization", &format!("Bearer {}", stored.secret));
    fetch_json::<Value>(net, request).await.map(drop)
}
