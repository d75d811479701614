//! Hostile and broken servers: each misbehaviour gives its own specific
//! failure kind, within the time limit, with the body never read past the
//! cap, and nothing panics. All servers run on loopback with certificates
//! from a CA made for this test run.

use std::time::{Duration, Instant};

use overstap_net::{inspect, FailureKind, Limits, NetClient, NetFailure, Url};
use overstap_testkit::ca::TestCa;
use overstap_testkit::server::{Reply, TestServer};

const NAMES: &[&str] = &["localhost", "127.0.0.1"];

fn limits() -> Limits {
    Limits {
        connect_timeout: Duration::from_secs(1),
        total_timeout: Duration::from_secs(2),
        max_body_bytes: 64 * 1024,
        max_redirects: 3,
    }
}

fn client(ca: &TestCa) -> NetClient {
    NetClient::new(limits(), Some(ca.cert_pem.as_bytes())).expect("client")
}

fn url(server: &TestServer, path: &str) -> Url {
    Url::parse(&format!("https://localhost:{}{path}", server.port())).unwrap()
}

/// Runs a request and checks it came back within the total limit (plus slack).
async fn fetch_json(client: &NetClient, url: Url) -> Result<serde_json::Value, NetFailure> {
    let started = Instant::now();
    let result = async { client.get(url).await?.ensure_success()?.json::<serde_json::Value>() }.await;
    assert!(started.elapsed() < limits().total_timeout + Duration::from_millis(800), "took {:?}", started.elapsed());
    result
}

async fn expect_kind(client: &NetClient, url: Url, kind: FailureKind) -> NetFailure {
    let failure = fetch_json(client, url).await.expect_err("must fail");
    assert_eq!(failure.kind, kind, "{failure}");
    failure
}

#[tokio::test]
async fn a_good_server_answers_with_json_and_its_certificate() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(NAMES), |_, _| Reply::json(r#"{"versions":["v1.11"]}"#)).await;
    let fetched = client(&ca).get(url(&server, "/_matrix/client/versions")).await.unwrap();
    assert_eq!(fetched.status, 200);
    let v: serde_json::Value = fetched.json().unwrap();
    assert_eq!(v["versions"][0], "v1.11");
    let cert = fetched.certificate.expect("certificate evidence");
    assert!(cert.subject.contains("localhost"));
    assert!(cert.issuer.contains("Overstap Test CA"));
    assert_eq!(cert.sha256.len(), 32 * 3 - 1, "{}", cert.sha256);
    assert!(cert.names.contains(&"127.0.0.1".to_owned()));
}

#[tokio::test]
async fn a_stalling_server_times_out() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(NAMES), |_, _| Reply::Stall).await;
    expect_kind(&client(&ca), url(&server, "/"), FailureKind::Timeout).await;
}

#[tokio::test]
async fn an_endless_body_is_cut_off_at_the_cap() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(NAMES), |_, _| Reply::EndlessBody).await;
    expect_kind(&client(&ca), url(&server, "/"), FailureKind::BodyTooLarge).await;
}

#[tokio::test]
async fn an_announced_huge_body_is_refused_before_reading() {
    let ca = TestCa::new("Overstap Test CA");
    let big = "x".repeat(200 * 1024);
    let server = TestServer::tls(&ca.leaf(NAMES), move |_, _| Reply::status(200, "application/json", &big)).await;
    expect_kind(&client(&ca), url(&server, "/"), FailureKind::BodyTooLarge).await;
}

#[tokio::test]
async fn huge_headers_are_a_bad_response() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(NAMES), |_, _| Reply::HugeHeaders).await;
    expect_kind(&client(&ca), url(&server, "/"), FailureKind::BadResponse).await;
}

#[tokio::test]
async fn redirect_loops_and_chains_are_bounded() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(NAMES), |_, path| match path {
        "/a" => Reply::Redirect { status: 302, location: "/b".into() },
        "/b" => Reply::Redirect { status: 302, location: "/a".into() },
        p => {
            let n: u32 = p.trim_start_matches("/hop/").parse().unwrap_or(0);
            Reply::Redirect { status: 307, location: format!("/hop/{}", n + 1) }
        }
    })
    .await;
    let c = client(&ca);
    let looped = expect_kind(&c, url(&server, "/a"), FailureKind::TooManyRedirects).await;
    assert!(looped.detail.contains("loop"), "{looped}");
    expect_kind(&c, url(&server, "/hop/0"), FailureKind::TooManyRedirects).await;
}

#[tokio::test]
async fn a_redirect_from_https_to_http_is_refused() {
    let ca = TestCa::new("Overstap Test CA");
    let plain = TestServer::plain(|_, _| Reply::json("{}")).await;
    let target = format!("http://localhost:{}/", plain.port());
    let server =
        TestServer::tls(&ca.leaf(NAMES), move |_, _| Reply::Redirect { status: 301, location: target.clone() }).await;
    expect_kind(&client(&ca), url(&server, "/.well-known/matrix/client"), FailureKind::RedirectToHttp).await;
}

#[tokio::test]
async fn an_html_page_where_json_was_due_is_not_the_expected_service() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(NAMES), |_, _| {
        Reply::status(200, "text/html; charset=utf-8", "<!doctype html><title>Welcome to nginx!</title>")
    })
    .await;
    expect_kind(&client(&ca), url(&server, "/"), FailureKind::NotExpectedService).await;
}

#[tokio::test]
async fn invalid_json_is_reported_as_such() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(NAMES), |_, _| Reply::json(r#"{"versions": ["v1.1""#)).await;
    expect_kind(&client(&ca), url(&server, "/"), FailureKind::InvalidJson).await;
}

#[tokio::test]
async fn error_statuses_say_what_they_mean() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(NAMES), |_, path| match path {
        "/maintenance" => Reply::status(503, "application/json", r#"{"maintenance":true}"#),
        "/proxy" => Reply::status(407, "text/plain", "Proxy Authentication Required"),
        _ => Reply::status(404, "application/json", r#"{"errcode":"M_UNRECOGNIZED"}"#),
    })
    .await;
    let c = client(&ca);
    let m = expect_kind(&c, url(&server, "/maintenance"), FailureKind::Maintenance).await;
    assert_eq!(m.status, Some(503));
    expect_kind(&c, url(&server, "/proxy"), FailureKind::ProxyRequired).await;
    let nf = expect_kind(&c, url(&server, "/missing"), FailureKind::HttpStatus).await;
    assert_eq!(nf.status, Some(404));
}

#[tokio::test]
async fn an_expired_certificate_is_named_and_shown() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.expired_leaf(NAMES), |_, _| Reply::json("{}")).await;
    let failure = expect_kind(&client(&ca), url(&server, "/"), FailureKind::TlsExpired).await;
    let leaf = failure.certificates.first().expect("the presented chain is evidence");
    assert!(!leaf.valid_now && leaf.issuer.contains("Overstap Test CA"));
    let chain = inspect::certificate_chain("localhost", server.port(), Duration::from_secs(2)).await.unwrap();
    let today = time::OffsetDateTime::now_utc().date().to_string();
    assert!(chain[0].not_after < today, "expired {} before {today}", chain[0].not_after);
}

#[tokio::test]
async fn a_self_signed_certificate_is_an_unknown_authority() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&TestCa::self_signed(NAMES), |_, _| Reply::json("{}")).await;
    expect_kind(&client(&ca), url(&server, "/"), FailureKind::TlsUnknownCa).await;
    let chain = inspect::certificate_chain("localhost", server.port(), Duration::from_secs(2)).await.unwrap();
    assert!(chain[0].self_signed);
}

#[tokio::test]
async fn a_certificate_for_another_name_is_a_wrong_name() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(&["chat.example.nl"]), |_, _| Reply::json("{}")).await;
    expect_kind(&client(&ca), url(&server, "/"), FailureKind::TlsWrongName).await;
    let chain = inspect::certificate_chain("localhost", server.port(), Duration::from_secs(2)).await.unwrap();
    assert_eq!(chain[0].names, ["chat.example.nl"]);
}

#[tokio::test]
async fn an_interception_proxy_is_recognised_from_the_chain() {
    let proxy_ca = TestCa::new("Zscaler Intermediate Root CA");
    let server = TestServer::tls(&proxy_ca.leaf(NAMES), |_, _| Reply::json("{}")).await;
    let trusted = TestCa::new("Overstap Test CA");
    expect_kind(&client(&trusted), url(&server, "/"), FailureKind::TlsUnknownCa).await;
    let chain = inspect::certificate_chain("localhost", server.port(), Duration::from_secs(2)).await.unwrap();
    assert_eq!(overstap_net::looks_like_interception(&chain), Some("zscaler"));
    // And once IT's proxy CA is trusted (the extra CA file), the same server passes.
    let with_proxy_ca = NetClient::new(limits(), Some(proxy_ca.cert_pem.as_bytes())).unwrap();
    assert!(fetch_json(&with_proxy_ca, url(&server, "/")).await.is_ok());
}

#[tokio::test]
async fn a_plain_http_server_behind_an_https_address_is_http_only() {
    let ca = TestCa::new("Overstap Test CA");
    let plain = TestServer::plain(|_, _| Reply::json("{}")).await;
    expect_kind(
        &client(&ca),
        Url::parse(&format!("https://localhost:{}/", plain.port())).unwrap(),
        FailureKind::HttpOnly,
    )
    .await;
    let given_http =
        client(&ca).get(Url::parse(&format!("http://localhost:{}/", plain.port())).unwrap()).await.unwrap_err();
    assert_eq!(given_http.kind, FailureKind::HttpOnly, "never sends in the clear");
}

#[tokio::test]
async fn refused_connections_and_unknown_names_have_their_own_kinds() {
    let ca = TestCa::new("Overstap Test CA");
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    expect_kind(
        &client(&ca),
        Url::parse(&format!("https://127.0.0.1:{port}/")).unwrap(),
        FailureKind::ConnectionRefused,
    )
    .await;
    expect_kind(&client(&ca), Url::parse("https://no-such-host.invalid/").unwrap(), FailureKind::DnsFailed).await;
}

#[tokio::test]
async fn a_broken_extra_ca_file_is_refused_up_front() {
    let err = NetClient::new(limits(), Some(b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n"))
        .unwrap_err();
    assert!(!err.is_empty());
    assert!(NetClient::new(limits(), Some(b"no pem here")).is_err());
}

#[test]
fn every_failure_kind_has_a_distinct_name() {
    let mut names: Vec<_> = FailureKind::ALL.iter().map(|k| k.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), FailureKind::ALL.len());
}

#[tokio::test]
async fn evidence_keeps_the_headers_diagnoses_need_and_no_others() {
    let ca = TestCa::new("Overstap Test CA");
    let server = TestServer::tls(&ca.leaf(NAMES), |_, _| Reply::json("{}")).await;
    let fetched = client(&ca).get(url(&server, "/")).await.unwrap();
    assert_eq!(fetched.content_type(), Some("application/json"));
    assert!(fetched.headers.keys().all(|k| [
        "content-type",
        "server",
        "retry-after",
        "www-authenticate",
        "location",
        "access-control-allow-origin"
    ]
    .contains(&k.as_str())));
}
