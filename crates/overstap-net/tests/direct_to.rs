//! `NetClient::direct_to`: a host name connected to fixed addresses (as
//! Matrix SRV records ask), with TLS and the Host header still for the name,
//! and a certificate failure there explained from that same address.

use std::net::SocketAddr;
use std::time::Duration;

use overstap_net::{FailureKind, Limits, NetClient, Url};
use overstap_testkit::ca::TestCa;
use overstap_testkit::server::{Reply, TestServer};

/// A name no DNS knows: only the pin can make it reachable.
const NAME: &str = "chat.example.test";

fn client(ca: &TestCa) -> NetClient {
    let limits =
        Limits { connect_timeout: Duration::from_secs(2), total_timeout: Duration::from_secs(4), ..Limits::default() };
    NetClient::new(limits, Some(ca.cert_pem.as_bytes())).unwrap()
}

fn pin(server: &TestServer) -> Vec<SocketAddr> {
    vec![SocketAddr::from(([127, 0, 0, 1], server.port()))]
}

#[tokio::test]
async fn a_pinned_name_is_reached_at_its_address_with_tls_for_the_name() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(&[NAME]), |_, path| Reply::json(&format!(r#"{{"path":"{path}"}}"#))).await;
    let direct = client(&ca).direct_to(NAME, &pin(&server)).unwrap();
    // No port in the URL: the pinned address's port is used, and the Host header is the bare name.
    let fetched = direct.get(Url::parse(&format!("https://{NAME}/x")).unwrap()).await.unwrap();
    assert_eq!(fetched.status, 200);
    assert!(fetched.certificate.unwrap().names.contains(&NAME.to_owned()));
    // Without the pin the name leads nowhere (how it fails depends on this machine's DNS).
    assert!(client(&ca).get(Url::parse(&format!("https://{NAME}/x")).unwrap()).await.is_err());
}

#[tokio::test]
async fn a_certificate_failure_at_a_pinned_address_is_explained_from_there() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.expired_leaf(&[NAME]), |_, _| Reply::json("{}")).await;
    let direct = client(&ca).direct_to(NAME, &pin(&server)).unwrap();
    let failure = direct.get(Url::parse(&format!("https://{NAME}/x")).unwrap()).await.unwrap_err();
    assert_eq!(failure.kind, FailureKind::TlsExpired, "{failure}");
    assert!(failure.certificates[0].names.contains(&NAME.to_owned()), "{failure:?}");
}
