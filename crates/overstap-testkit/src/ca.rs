//! A certificate authority made at test time: nothing to ship, nothing that
//! expires in the repository.

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use time::{Duration, OffsetDateTime};

/// A certificate and its private key, in PEM.
#[derive(Debug, Clone)]
pub struct Leaf {
    pub cert_pem: String,
    pub key_pem: String,
    /// The chain a server presents: leaf, then the CA.
    pub chain_pem: String,
}

pub struct TestCa {
    issuer: Issuer<'static, KeyPair>,
    pub cert_pem: String,
}

impl TestCa {
    /// A new CA named `name` (e.g. "Overstap Test CA").
    pub fn new(name: &str) -> TestCa {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        params.distinguished_name.push(DnType::OrganizationName, name);
        params.key_usages =
            vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
        params.not_before = OffsetDateTime::now_utc() - Duration::days(1);
        params.not_after = OffsetDateTime::now_utc() + Duration::days(30);
        let key = KeyPair::generate().expect("key");
        let cert = params.self_signed(&key).expect("CA certificate");
        TestCa { cert_pem: cert.pem(), issuer: Issuer::new(params, key) }
    }

    /// A server certificate for `names`, valid from now for a month.
    pub fn leaf(&self, names: &[&str]) -> Leaf {
        let now = OffsetDateTime::now_utc();
        self.leaf_valid(names, now - Duration::days(1), now + Duration::days(30))
    }

    /// Writes what a loopback test server needs into `dir`: `tls.crt` (the
    /// chain for localhost and 127.0.0.1), `tls.key`, and `ca.pem` for clients.
    pub fn write_server_files(&self, dir: &std::path::Path) {
        let leaf = self.leaf(&["localhost", "127.0.0.1"]);
        std::fs::write(dir.join("tls.crt"), &leaf.chain_pem).expect("tls.crt");
        std::fs::write(dir.join("tls.key"), &leaf.key_pem).expect("tls.key");
        std::fs::write(dir.join("ca.pem"), &self.cert_pem).expect("ca.pem");
    }

    /// A server certificate that expired yesterday.
    pub fn expired_leaf(&self, names: &[&str]) -> Leaf {
        let now = OffsetDateTime::now_utc();
        self.leaf_valid(names, now - Duration::days(60), now - Duration::days(1))
    }

    pub fn leaf_valid(&self, names: &[&str], not_before: OffsetDateTime, not_after: OffsetDateTime) -> Leaf {
        let mut params =
            CertificateParams::new(names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>()).expect("params");
        params.distinguished_name.push(DnType::CommonName, names.first().copied().unwrap_or("test"));
        params.not_before = not_before;
        params.not_after = not_after;
        let key = KeyPair::generate().expect("key");
        let cert = params.signed_by(&key, &self.issuer).expect("leaf certificate");
        Leaf {
            chain_pem: format!("{}{}", cert.pem(), self.cert_pem),
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        }
    }

    /// A certificate that signs itself (no CA at all).
    pub fn self_signed(names: &[&str]) -> Leaf {
        let mut params =
            CertificateParams::new(names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>()).expect("params");
        params.distinguished_name.push(DnType::CommonName, names.first().copied().unwrap_or("test"));
        let key = KeyPair::generate().expect("key");
        let cert = params.self_signed(&key).expect("self-signed certificate");
        Leaf { chain_pem: cert.pem(), cert_pem: cert.pem(), key_pem: key.serialize_pem() }
    }
}
