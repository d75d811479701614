//! Proof Key for Code Exchange (RFC 7636, method S256) and the random
//! `state` values that tie a browser's answer to the sign-in that asked.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// A verifier kept in memory and the challenge sent with the authorization request.
pub struct Pkce {
    pub verifier: String,
    pub challenge: String,
}

impl Pkce {
    pub fn new() -> Result<Pkce> {
        // 32 random bytes give a 43-character verifier, the shortest RFC 7636 allows.
        let verifier = random_token()?;
        Ok(Pkce { challenge: challenge_for(&verifier), verifier })
    }
}

/// `BASE64URL(SHA256(verifier))` without padding.
fn challenge_for(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// 256 random bits, URL-safe: PKCE verifiers and `state` values.
pub fn random_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| Error::internal(format!("no randomness from the OS: {e}")))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenge_matches_rfc_7636_appendix_b() {
        assert_eq!(
            challenge_for("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
        let a = Pkce::new().unwrap();
        assert_eq!(a.verifier.len(), 43);
        assert_ne!(a.verifier, Pkce::new().unwrap().verifier, "fresh randomness each time");
    }
}
