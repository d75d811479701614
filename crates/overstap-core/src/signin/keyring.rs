//! The OS keyring: the only place a token or app password is kept.
//!
//! One entry per service and server, under the keyring service name
//! `Overstap`, so a person sees them in their keyring tool ("Passwords and
//! Keys", Credential Manager, Keychain Access) and can remove them there.
//! The value is a small JSON document: the secret plus what revoking it
//! needs (a Mastodon app's client id and secret).

use serde::{Deserialize, Serialize};

use super::SignInService;
use crate::error::{Error, ErrorCode, Result};
use crate::probe::Secret;

const KEYRING_SERVICE: &str = "Overstap";

/// What is kept in the keyring for one sign-in.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSecret {
    /// The access token or app password.
    pub secret: String,
    /// The OAuth app the token belongs to (Mastodon), to revoke it on sign-out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}

impl StoredSecret {
    pub fn new(secret: &Secret) -> StoredSecret {
        StoredSecret { secret: secret.expose().to_owned(), client_id: None, client_secret: None }
    }

    pub fn secret(&self) -> Secret {
        Secret::new(self.secret.clone())
    }
}

impl std::fmt::Debug for StoredSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoredSecret(<redacted>)")
    }
}

/// The keyring entry's user name: the service and the server.
fn entry(service: SignInService, server: &str) -> Result<keyring::Entry> {
    keyring::Entry::new(KEYRING_SERVICE, &format!("{} {server}", service.as_str())).map_err(unavailable)
}

pub fn save(service: SignInService, server: &str, value: &StoredSecret) -> Result<()> {
    let json = serde_json::to_string(value).map_err(Error::internal)?;
    entry(service, server)?.set_password(&json).map_err(unavailable)
}

/// The stored secret, or `None` when there is none (or it is not ours to read).
pub fn load(service: SignInService, server: &str) -> Result<Option<StoredSecret>> {
    match entry(service, server)?.get_password() {
        Ok(json) => Ok(serde_json::from_str(&json).ok()),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Fails with `keyring_unavailable` unless the keyring can be read: asked
/// before a sign-in, so nobody goes through the browser for nothing.
pub fn ensure_available() -> Result<()> {
    let probe = keyring::Entry::new(KEYRING_SERVICE, "availability check").map_err(unavailable)?;
    match probe.get_password() {
        Ok(_) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}

/// Removes the entry; `Ok(false)` when there was none.
pub fn delete(service: SignInService, server: &str) -> Result<bool> {
    match entry(service, server)?.delete_credential() {
        Ok(()) => Ok(true),
        Err(keyring::Error::NoEntry) => Ok(false),
        Err(e) => Err(unavailable(e)),
    }
}

/// The keyring is missing, locked or refused: say so; never fall back to a file.
fn unavailable(e: keyring::Error) -> Error {
    Error::new(ErrorCode::KeyringUnavailable, "error-keyring-unavailable").arg("detail", e.to_string()).detail(e)
}
