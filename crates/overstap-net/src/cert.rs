//! A plain summary of a server certificate, as evidence a person or IT can
//! compare: for whom, by whom, until when, and its fingerprint.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use x509_parser::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CertSummary {
    pub subject: String,
    pub issuer: String,
    /// RFC 3339, UTC.
    pub not_before: String,
    /// RFC 3339, UTC.
    pub not_after: String,
    /// SHA-256 of the DER encoding, upper-case hex pairs joined by `:`.
    pub sha256: String,
    /// The DNS names and IP addresses the certificate is valid for.
    pub names: Vec<String>,
    pub self_signed: bool,
    /// Whether now lies within not_before..not_after.
    pub valid_now: bool,
}

impl CertSummary {
    /// Reads a DER certificate; `None` when it does not parse.
    pub fn from_der(der: &[u8]) -> Option<CertSummary> {
        let (_, cert) = X509Certificate::from_der(der).ok()?;
        let names = cert
            .subject_alternative_name()
            .ok()
            .flatten()
            .map(|san| {
                san.value
                    .general_names
                    .iter()
                    .filter_map(|n| match n {
                        GeneralName::DNSName(d) => Some((*d).to_owned()),
                        GeneralName::IPAddress(ip) => ip_to_string(ip),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let digest = Sha256::digest(der);
        Some(CertSummary {
            subject: cert.subject().to_string(),
            issuer: cert.issuer().to_string(),
            not_before: rfc3339(cert.validity().not_before),
            not_after: rfc3339(cert.validity().not_after),
            sha256: digest.iter().map(|b| format!("{b:02X}")).collect::<Vec<_>>().join(":"),
            names,
            self_signed: cert.subject() == cert.issuer(),
            valid_now: cert.validity().is_valid(),
        })
    }

    /// Whether the certificate names `host` (exactly, or by a `*.` wildcard
    /// for one label, as browsers match).
    pub fn covers(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.names.iter().any(|name| {
            let name = name.to_ascii_lowercase();
            match name.strip_prefix("*.") {
                Some(suffix) => host.split_once('.').is_some_and(|(label, rest)| !label.is_empty() && rest == suffix),
                None => name == host,
            }
        })
    }
}

fn rfc3339(t: ASN1Time) -> String {
    let dt = t.to_datetime();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        dt.year(),
        u8::from(dt.month()),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

fn ip_to_string(bytes: &[u8]) -> Option<String> {
    match bytes.len() {
        4 => Some(std::net::Ipv4Addr::from(<[u8; 4]>::try_from(bytes).ok()?).to_string()),
        16 => Some(std::net::Ipv6Addr::from(<[u8; 16]>::try_from(bytes).ok()?).to_string()),
        _ => None,
    }
}

/// Vendors of TLS-inspecting proxies and antivirus "web shields" whose names
/// appear in the issuer of the certificates they forge. When a server's
/// chain is issued by one of them, the organisation's network (or this
/// laptop's security software) intercepts HTTPS: IT must trust its root or
/// exempt the server.
const INTERCEPTION_VENDORS: &[&str] = &[
    "zscaler",
    "fortinet",
    "fortigate",
    "palo alto",
    "blue coat",
    "bluecoat",
    "symantec web",
    "sophos",
    "cisco umbrella",
    "opendns",
    "netskope",
    "mcafee web gateway",
    "skyhigh",
    "forcepoint",
    "websense",
    "check point",
    "checkpoint",
    "barracuda",
    "kaspersky",
    "eset ssl filter",
    "avast",
    "avg web",
    "bitdefender",
    "untangle",
    "cato networks",
    "menlo security",
    "watchguard",
    "sonicwall",
];

/// The interception vendor named in any issuer of `chain`, if any.
pub fn looks_like_interception(chain: &[CertSummary]) -> Option<&'static str> {
    chain.iter().find_map(|c| {
        let issuer = c.issuer.to_lowercase();
        INTERCEPTION_VENDORS.iter().find(|v| issuer.contains(*v)).copied()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(issuer: &str) -> CertSummary {
        CertSummary {
            subject: "CN=chat.example.nl".into(),
            issuer: issuer.into(),
            not_before: String::new(),
            not_after: String::new(),
            sha256: String::new(),
            names: vec![],
            self_signed: false,
            valid_now: true,
        }
    }

    #[test]
    fn wildcards_cover_one_label() {
        let mut c = summary("CN=x");
        c.names = vec!["*.example.nl".into(), "example.nl".into()];
        assert!(c.covers("chat.example.nl"));
        assert!(c.covers("EXAMPLE.nl."));
        assert!(!c.covers("a.chat.example.nl"));
        assert!(!c.covers("example.org"));
    }

    #[test]
    fn recognises_interception_proxies_by_issuer() {
        assert_eq!(
            looks_like_interception(&[summary("CN=Zscaler Intermediate Root CA, O=Zscaler Inc.")]),
            Some("zscaler")
        );
        assert_eq!(looks_like_interception(&[summary("CN=FortiGate CA, O=Fortinet")]), Some("fortinet"));
        assert_eq!(looks_like_interception(&[summary("CN=R11, O=Let's Encrypt, C=US")]), None);
        assert_eq!(looks_like_interception(&[summary("CN=Staat der Nederlanden Organisatie Services CA")]), None);
    }
}
