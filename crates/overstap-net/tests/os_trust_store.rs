//! A CA in the operating system's trust store is trusted without any extra
//! CA file (corporate CAs must work: field note 2). On Linux the store is
//! read from the standard locations or `SSL_CERT_FILE`, which this test
//! points at a bundle with the test CA. Its own test binary, because it
//! changes the process environment.

use overstap_net::{FailureKind, Limits, NetClient, Url};
use overstap_testkit::ca::TestCa;
use overstap_testkit::server::{Reply, TestServer};

#[tokio::test]
async fn a_ca_in_the_os_trust_store_is_trusted() {
    let ca = TestCa::new("Ministerie Test Root CA");
    let server = TestServer::tls(&ca.leaf(&["localhost"]), |_, _| Reply::json(r#"{"ok":true}"#)).await;
    let url = Url::parse(&format!("https://localhost:{}/", server.port())).unwrap();

    // Not trusted yet: the OS store does not know this CA.
    let before = NetClient::new(Limits::default(), None).unwrap().get(url.clone()).await.unwrap_err();
    assert_eq!(before.kind, FailureKind::TlsUnknownCa, "{before}");

    let dir = std::env::temp_dir().join(format!("overstap-os-store-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bundle = dir.join("ca-certificates.crt");
    std::fs::write(&bundle, &ca.cert_pem).unwrap();
    std::env::set_var("SSL_CERT_FILE", &bundle);
    std::env::remove_var("SSL_CERT_DIR");

    let after = NetClient::new(Limits::default(), None).unwrap().get(url).await;
    std::fs::remove_dir_all(&dir).ok();
    let fetched = after.expect("trusted through the OS store");
    assert_eq!(fetched.status, 200);
}
