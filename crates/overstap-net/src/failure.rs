//! Why a request failed: a closed set of kinds, each with its own remedy in
//! the probes' texts (`probes.ftl`), plus the technical detail for evidence.

use serde::{Deserialize, Serialize};

use crate::cert::CertSummary;

/// The closed set of network failure kinds. Adding one means adding its
/// summary and remedy to every `probes.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum FailureKind {
    /// The host name does not resolve.
    DnsFailed,
    /// Nothing listens on that port (or a firewall rejects the connection).
    ConnectionRefused,
    /// No answer within the time limit.
    Timeout,
    /// Another connection failure (reset, unreachable network …).
    ConnectionFailed,
    /// The certificate has expired (or is not valid yet).
    TlsExpired,
    /// The certificate is for another name.
    TlsWrongName,
    /// The certificate is signed by an authority this computer does not trust
    /// (self-signed, a private CA, or an interception proxy).
    TlsUnknownCa,
    /// Another TLS failure (revoked, bad signature, protocol mismatch …).
    TlsOther,
    /// The server speaks only plain http, or an http:// address was given.
    HttpOnly,
    /// A redirect pointed from https to plain http: refused.
    RedirectToHttp,
    /// More redirects than allowed, or a redirect loop.
    TooManyRedirects,
    /// A proxy demands authentication (HTTP 407) or refuses the tunnel.
    ProxyRequired,
    /// Something else answered: e.g. an HTML page where JSON was due.
    NotExpectedService,
    /// The server says it is in maintenance (HTTP 503, Nextcloud maintenance mode).
    Maintenance,
    /// The response is larger than the limit.
    BodyTooLarge,
    /// The response should be JSON but is not valid JSON.
    InvalidJson,
    /// The server answered with an error status.
    HttpStatus,
    /// The response is not valid HTTP (e.g. headers far too large).
    BadResponse,
}

impl FailureKind {
    /// The kind as it appears in JSON and in message ids (`tls_expired`).
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::DnsFailed => "dns_failed",
            FailureKind::ConnectionRefused => "connection_refused",
            FailureKind::Timeout => "timeout",
            FailureKind::ConnectionFailed => "connection_failed",
            FailureKind::TlsExpired => "tls_expired",
            FailureKind::TlsWrongName => "tls_wrong_name",
            FailureKind::TlsUnknownCa => "tls_unknown_ca",
            FailureKind::TlsOther => "tls_other",
            FailureKind::HttpOnly => "http_only",
            FailureKind::RedirectToHttp => "redirect_to_http",
            FailureKind::TooManyRedirects => "too_many_redirects",
            FailureKind::ProxyRequired => "proxy_required",
            FailureKind::NotExpectedService => "not_expected_service",
            FailureKind::Maintenance => "maintenance",
            FailureKind::BodyTooLarge => "body_too_large",
            FailureKind::InvalidJson => "invalid_json",
            FailureKind::HttpStatus => "http_status",
            FailureKind::BadResponse => "bad_response",
        }
    }

    pub const ALL: [FailureKind; 18] = [
        FailureKind::DnsFailed,
        FailureKind::ConnectionRefused,
        FailureKind::Timeout,
        FailureKind::ConnectionFailed,
        FailureKind::TlsExpired,
        FailureKind::TlsWrongName,
        FailureKind::TlsUnknownCa,
        FailureKind::TlsOther,
        FailureKind::HttpOnly,
        FailureKind::RedirectToHttp,
        FailureKind::TooManyRedirects,
        FailureKind::ProxyRequired,
        FailureKind::NotExpectedService,
        FailureKind::Maintenance,
        FailureKind::BodyTooLarge,
        FailureKind::InvalidJson,
        FailureKind::HttpStatus,
        FailureKind::BadResponse,
    ];
}

/// A failed request: what kind, where, and the evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NetFailure {
    pub kind: FailureKind,
    /// The address that failed (after redirects, where known).
    pub url: String,
    /// Technical detail in English, for evidence and logs (never a secret).
    pub detail: String,
    /// The HTTP status, for `HttpStatus`, `Maintenance`, `ProxyRequired`.
    pub status: Option<u16>,
    /// The chain the server presented (leaf first), when TLS failed.
    pub certificates: Vec<CertSummary>,
}

impl NetFailure {
    pub fn new(kind: FailureKind, url: impl Into<String>, detail: impl Into<String>) -> Self {
        NetFailure { kind, url: url.into(), detail: detail.into(), status: None, certificates: Vec::new() }
    }

    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Whether the failure concerns the server's certificate.
    pub fn is_tls(&self) -> bool {
        matches!(
            self.kind,
            FailureKind::TlsExpired | FailureKind::TlsWrongName | FailureKind::TlsUnknownCa | FailureKind::TlsOther
        )
    }
}

impl std::fmt::Display for NetFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.kind.as_str(), self.url, self.detail)
    }
}

impl std::error::Error for NetFailure {}
