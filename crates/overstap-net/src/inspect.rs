//! Looks at the certificate chain a server presents without trusting it,
//! to explain a TLS failure: when it expired, which names it covers, who
//! issued it, and whether an interception proxy forged it. Nothing is sent
//! after the handshake.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

use crate::cert::CertSummary;
use crate::failure::{FailureKind, NetFailure};

/// The chain (leaf first) presented by `host:port` for the name `host`.
pub async fn certificate_chain(host: &str, port: u16, timeout: Duration) -> Result<Vec<CertSummary>, NetFailure> {
    certificate_chain_at(host, &format!("{host}:{port}"), timeout).await
}

/// The chain presented for the name `host` by the server at `target`
/// (`host:port` or `ip:port`): for connections pinned to an address.
pub async fn certificate_chain_at(host: &str, target: &str, timeout: Duration) -> Result<Vec<CertSummary>, NetFailure> {
    let fail = |kind, detail: String| NetFailure::new(kind, format!("https://{target}/"), detail);
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let recorder = Arc::new(Recorder { chain: Mutex::new(Vec::new()), provider: provider.clone() });
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| fail(FailureKind::TlsOther, e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(recorder.clone())
        .with_no_client_auth();
    let name = ServerName::try_from(host.to_owned()).map_err(|e| fail(FailureKind::DnsFailed, e.to_string()))?;
    let handshake = async {
        let tcp = tokio::net::TcpStream::connect(target).await.map_err(|e| {
            let kind = match e.kind() {
                std::io::ErrorKind::ConnectionRefused => FailureKind::ConnectionRefused,
                _ => FailureKind::ConnectionFailed,
            };
            fail(kind, e.to_string())
        })?;
        tokio_rustls::TlsConnector::from(Arc::new(config)).connect(name, tcp).await.map_err(|e| {
            let kind = e
                .get_ref()
                .and_then(|i| i.downcast_ref::<rustls::Error>())
                .map_or(FailureKind::TlsOther, crate::classify::tls_kind);
            fail(kind, e.to_string())
        })
    };
    match tokio::time::timeout(timeout, handshake).await {
        Ok(Ok(_stream)) => {}
        Ok(Err(failure)) => return Err(failure),
        Err(_) => return Err(fail(FailureKind::Timeout, "no TLS handshake within the time limit".into())),
    }
    let chain = recorder.chain.lock().map(|c| c.clone()).unwrap_or_default();
    Ok(chain.iter().filter_map(|der| CertSummary::from_der(der)).collect())
}

/// Accepts any certificate and remembers the chain. Used only for looking.
#[derive(Debug)]
struct Recorder {
    chain: Mutex<Vec<Vec<u8>>>,
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut chain) = self.chain.lock() {
            *chain = std::iter::once(end_entity).chain(intermediates).map(|c| c.to_vec()).collect();
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}
