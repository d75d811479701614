//! Turns what reqwest, hyper and rustls report into one [`FailureKind`].
//! The kind is found by walking the error's source chain: the outer error
//! says "request failed", the inner ones say why.

use std::error::Error as StdError;

use rustls::CertificateError;

use crate::failure::{FailureKind, NetFailure};
use crate::redirect::RefusedRedirect;

pub fn classify(err: &reqwest::Error, url: &str) -> NetFailure {
    let detail = chain_text(err);
    let kind = kind_of(err, &detail);
    NetFailure::new(kind, err.url().map_or(url, |u| u.as_str()), detail)
}

fn kind_of(err: &reqwest::Error, detail: &str) -> FailureKind {
    let mut source: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = source {
        if let Some(refused) = e.downcast_ref::<RefusedRedirect>() {
            return refused.0;
        }
        if let Some(tls) = find_rustls(e) {
            return tls_kind(tls);
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => return FailureKind::ConnectionRefused,
                std::io::ErrorKind::TimedOut => return FailureKind::Timeout,
                _ => {}
            }
        }
        source = e.source();
    }
    let lower = detail.to_lowercase();
    if err.is_timeout() || lower.contains("timed out") {
        FailureKind::Timeout
    } else if lower.contains("dns error") || lower.contains("failed to lookup address") {
        FailureKind::DnsFailed
    } else if lower.contains("too large") || lower.contains("invalid http") || lower.contains("parse") {
        FailureKind::BadResponse
    } else if err.is_redirect() {
        FailureKind::TooManyRedirects
    } else if lower.contains("proxy") && lower.contains("407") {
        FailureKind::ProxyRequired
    } else if err.is_connect() {
        FailureKind::ConnectionFailed
    } else {
        FailureKind::BadResponse
    }
}

/// The rustls error inside `e`, looking through `io::Error` wrappers (the
/// TLS stack wraps it in one, and hyper sometimes in another).
fn find_rustls<'a>(e: &'a (dyn StdError + 'static)) -> Option<&'a rustls::Error> {
    if let Some(tls) = e.downcast_ref::<rustls::Error>() {
        return Some(tls);
    }
    let inner = e.downcast_ref::<std::io::Error>()?.get_ref()?;
    find_rustls(inner)
}

pub fn tls_kind(err: &rustls::Error) -> FailureKind {
    match err {
        rustls::Error::InvalidCertificate(c) => match c {
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => FailureKind::TlsExpired,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                FailureKind::TlsWrongName
            }
            CertificateError::UnknownIssuer => FailureKind::TlsUnknownCa,
            _ => FailureKind::TlsOther,
        },
        // A plain-http server answers the TLS greeting with "HTTP/1.1 400 …",
        // which TLS reads as a record of an invalid type.
        rustls::Error::InvalidMessage(_) => FailureKind::HttpOnly,
        _ => FailureKind::TlsOther,
    }
}

/// Every message in the chain, joined: the evidence for IT.
fn chain_text(err: &reqwest::Error) -> String {
    let mut parts = vec![err.to_string()];
    let mut source = err.source();
    while let Some(e) = source {
        let text = e.to_string();
        if parts.last() != Some(&text) {
            parts.push(text);
        }
        source = e.source();
    }
    parts.join(": ")
}
