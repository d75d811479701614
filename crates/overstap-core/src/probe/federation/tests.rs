//! Resolution routes that need DNS records or the ports 443 and 8448, which
//! tests cannot have: a stand-in DNS and test ports, with real TLS servers
//! on loopback (certificates from a test CA) and key documents signed by
//! Synapse's own `signedjson`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;

use overstap_net::{FailureKind, Limits, NetClient, NetFailure};
use overstap_testkit::ca::TestCa;
use overstap_testkit::matrix_keys::signed_key_document;
use overstap_testkit::server::{Reply, TestServer};
use overstap_testkit::synapse::free_port;

use super::dns::{Dns, Srv};
use super::resolve::Ports;
use super::{check_with, ProbeOutcome};
use crate::probe::ProbeStatus;

/// DNS records as a test sets them; every name in `hosts` is on loopback.
#[derive(Default)]
struct FakeDns {
    srv: HashMap<String, Vec<Srv>>,
    aliases: HashMap<String, String>,
}

impl Dns for FakeDns {
    async fn srv(&self, name: &str) -> Result<Vec<Srv>, String> {
        Ok(self.srv.get(name).cloned().unwrap_or_default())
    }

    async fn alias(&self, name: &str) -> Result<Option<String>, String> {
        Ok(self.aliases.get(name).cloned())
    }

    async fn addresses(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, NetFailure> {
        match host {
            "localhost" | "chat.example.test" | "fed.example.test" => {
                Ok(vec![SocketAddr::from(([127, 0, 0, 1], port))])
            }
            _ => Err(NetFailure::new(FailureKind::DnsFailed, format!("https://{host}:{port}/"), "no such name")),
        }
    }
}

fn srv(target: &str, port: u16) -> Vec<Srv> {
    vec![Srv { target: target.into(), port, priority: 10, weight: 5 }]
}

const FAR_FUTURE: i64 = 4_102_444_800_000; // 2100-01-01

struct World {
    ca: TestCa,
    net: NetClient,
}

impl World {
    fn new() -> World {
        let ca = TestCa::new("Overstap Test CA");
        let limits = Limits {
            connect_timeout: Duration::from_secs(2),
            total_timeout: Duration::from_secs(4),
            ..Limits::default()
        };
        let net = NetClient::new(limits, Some(ca.cert_pem.as_bytes())).unwrap();
        World { ca, net }
    }

    /// A Matrix server for federation whose key document is for `server_name`.
    async fn matrix_server(&self, server_name: &str) -> TestServer {
        let keys = signed_key_document(server_name, FAR_FUTURE);
        let leaf = self.ca.leaf(&["localhost", "chat.example.test", "127.0.0.1"]);
        TestServer::tls(&leaf, move |_, path| match path {
            "/_matrix/federation/v1/version" => Reply::json(r#"{"server":{"name":"Synapse","version":"1.2.3"}}"#),
            "/_matrix/key/v2/server" => Reply::json(&keys),
            _ => Reply::status(404, "application/json", r#"{"errcode":"M_UNRECOGNIZED"}"#),
        })
        .await
    }

    /// A web server on `localhost` answering the well-known with `body` (200).
    async fn well_known(&self, body: impl Into<String>) -> TestServer {
        let body = body.into();
        TestServer::tls(&self.ca.leaf(&["localhost"]), move |_, path| match path {
            "/.well-known/matrix/server" => Reply::json(&body),
            _ => Reply::status(404, "text/plain", ""),
        })
        .await
    }

    /// A web server on `localhost` without a well-known.
    async fn no_well_known(&self) -> TestServer {
        TestServer::tls(&self.ca.leaf(&["localhost"]), |_, _| Reply::status(404, "text/plain", "")).await
    }

    async fn check(&self, dns: &FakeDns, ports: Ports, name: &str) -> ProbeOutcome {
        check_with(&self.net, dns, ports, name).await
    }
}

fn assert_outcome(o: &ProbeOutcome, status: ProbeStatus, summary: &str) {
    assert_eq!((o.status, o.summary.id.as_str()), (status, summary), "{o:#?}");
    if status == ProbeStatus::Fail {
        assert_eq!(o.remedy.as_ref().map(|r| r.id.clone()), Some(format!("{summary}-remedy")));
    }
}

#[tokio::test]
async fn a_well_known_delegation_to_a_name_and_port_is_followed_with_that_name() {
    let w = World::new();
    let server = w.matrix_server("localhost").await;
    let web = w.well_known(format!(r#"{{"m.server": "chat.example.test:{}"}}"#, server.port())).await;
    let ports = Ports { well_known: web.port(), federation: free_port() };
    let o = w.check(&FakeDns::default(), ports, "localhost").await;
    assert_outcome(&o, ProbeStatus::Pass, "probe-matrix-federation-pass");
    let facts = &o.evidence.facts;
    assert_eq!(facts["well_known"]["m.server"], format!("chat.example.test:{}", server.port()));
    assert_eq!(facts["connect_to"][0], format!("chat.example.test:{}", server.port()));
    assert_eq!(facts["key_ids"][0], "ed25519:test");
    assert_eq!((facts["server_software"].as_str(), facts["server_version"].as_str()), (Some("Synapse"), Some("1.2.3")));
    // TLS was for the delegated name: the certificate is part of the evidence.
    let version = o.evidence.requests.iter().find(|r| r.url.contains("/federation/v1/version")).unwrap();
    assert!(version.url.starts_with(&format!("https://chat.example.test:{}/", server.port())), "{}", version.url);
    assert!(version.certificate.as_ref().unwrap().names.contains(&"chat.example.test".to_owned()));
}

#[tokio::test]
async fn a_well_known_pointing_to_a_dead_port_fails_along_that_route() {
    let w = World::new();
    let dead = free_port();
    let web = w.well_known(format!(r#"{{"m.server": "localhost:{dead}"}}"#)).await;
    let o = w.check(&FakeDns::default(), Ports { well_known: web.port(), federation: free_port() }, "localhost").await;
    assert_outcome(&o, ProbeStatus::Fail, "probe-matrix-federation-delegation-unreachable");
    assert_eq!(o.summary.args["via"], format!("localhost:{dead}"));
    assert_eq!(o.evidence.failure.as_ref().unwrap().kind, FailureKind::ConnectionRefused);
    let text = o.remedy.unwrap().render(crate::Lang::En);
    assert!(text.contains("/.well-known/matrix/server points to localhost:"), "{text}");
}

#[tokio::test]
async fn a_broken_well_known_is_the_cause_when_the_fallback_fails_and_a_caveat_when_it_works() {
    let w = World::new();
    let web = w.well_known(r#"{"m.homeserver": {"base_url": "https://chat.example.test"}}"#).await;
    let o = w.check(&FakeDns::default(), Ports { well_known: web.port(), federation: free_port() }, "localhost").await;
    assert_outcome(&o, ProbeStatus::Fail, "probe-matrix-federation-bad-well-known");
    assert!(o.summary.args["detail"].contains("m.server"), "{o:#?}");

    // Other servers skip the broken file and reach localhost on the default port.
    let server = w.matrix_server("localhost").await;
    let o =
        w.check(&FakeDns::default(), Ports { well_known: web.port(), federation: server.port() }, "localhost").await;
    assert_outcome(&o, ProbeStatus::Warn, "probe-matrix-federation-bad-well-known-ignored");

    let web = w.well_known("this is not JSON").await;
    let o = w.check(&FakeDns::default(), Ports { well_known: web.port(), federation: free_port() }, "localhost").await;
    assert_outcome(&o, ProbeStatus::Fail, "probe-matrix-federation-bad-well-known");
}

#[tokio::test]
async fn srv_records_name_the_machine_while_tls_stays_with_the_server_name() {
    let w = World::new();
    let server = w.matrix_server("localhost").await;
    let web = w.no_well_known().await;
    let ports = Ports { well_known: web.port(), federation: free_port() };

    let mut dns = FakeDns::default();
    dns.srv.insert("_matrix-fed._tcp.localhost".into(), srv("fed.example.test", server.port()));
    let o = w.check(&dns, ports, "localhost").await;
    assert_outcome(&o, ProbeStatus::Pass, "probe-matrix-federation-pass");
    assert_eq!(o.evidence.facts["srv"][0]["records"][0], format!("10 5 {} fed.example.test", server.port()));
    assert_eq!(o.evidence.facts["addresses"][0], format!("127.0.0.1:{}", server.port()));
    // The request went to https://localhost/ (no port: the Host header is the server name).
    assert!(o.evidence.requests.iter().any(|r| r.url == "https://localhost/_matrix/key/v2/server"), "{o:#?}");

    // The deprecated record is still followed when the new one is absent.
    let mut dns = FakeDns::default();
    dns.srv.insert("_matrix._tcp.localhost".into(), srv("fed.example.test", server.port()));
    assert_outcome(&w.check(&dns, ports, "localhost").await, ProbeStatus::Pass, "probe-matrix-federation-pass");

    // An SRV target that is an alias is refused (RFC 2782).
    dns.aliases.insert("fed.example.test".into(), "real.example.test".into());
    let o = w.check(&dns, ports, "localhost").await;
    assert_outcome(&o, ProbeStatus::Fail, "probe-matrix-federation-srv-cname");
    assert_eq!(o.summary.args["alias"], "real.example.test");

    // An SRV record pointing at a port where nothing listens.
    let mut dns = FakeDns::default();
    dns.srv.insert("_matrix-fed._tcp.localhost".into(), srv("fed.example.test", free_port()));
    let o = w.check(&dns, ports, "localhost").await;
    assert_outcome(&o, ProbeStatus::Fail, "probe-matrix-federation-srv-unreachable");
    assert_eq!(o.summary.args["via"], "_matrix-fed._tcp.localhost");
}

#[tokio::test]
async fn without_well_known_or_srv_the_default_port_is_tried() {
    let w = World::new();
    let web = w.no_well_known().await;
    let dead = free_port();
    let o = w.check(&FakeDns::default(), Ports { well_known: web.port(), federation: dead }, "localhost").await;
    assert_outcome(&o, ProbeStatus::Fail, "probe-matrix-federation-no-delegation-unreachable");
    assert_eq!(o.summary.args["target"], format!("localhost:{dead}"));
    assert_eq!(o.evidence.facts["well_known"]["status"], 404);
    assert_eq!(o.evidence.facts["srv"].as_array().unwrap().len(), 2, "both SRV names were asked");

    let server = w.matrix_server("localhost").await;
    let o =
        w.check(&FakeDns::default(), Ports { well_known: web.port(), federation: server.port() }, "localhost").await;
    assert_outcome(&o, ProbeStatus::Pass, "probe-matrix-federation-pass");
}

#[tokio::test]
async fn an_ip_literal_is_used_as_given() {
    let w = World::new();
    let server = w.matrix_server(&format!("127.0.0.1:{}", free_port())).await;
    let name = format!("127.0.0.1:{}", server.port());
    let o = w.check(&FakeDns::default(), Ports::SPEC, &name).await;
    // The key document names another server: other servers would refuse it.
    assert_outcome(&o, ProbeStatus::Fail, "probe-matrix-federation-wrong-server-name");
    assert!(!o.evidence.facts.contains_key("well_known"), "an IP literal has no well-known");
}

#[tokio::test]
async fn an_invalid_server_name_says_what_is_wrong() {
    let w = World::new();
    let o = w.check(&FakeDns::default(), Ports::SPEC, "example.nl:99999").await;
    assert_outcome(&o, ProbeStatus::Fail, "probe-matrix-federation-bad-server-name");
    assert!(o.summary.args["detail"].contains("port"));
    assert!(o.evidence.requests.is_empty(), "nothing is sent for an invalid name");
}

#[test]
fn every_text_renders_in_every_language() {
    let ids = [
        "pass",
        "no-server-name",
        "bad-server-name",
        "srv-cname",
        "unreachable",
        "delegation-unreachable",
        "srv-unreachable",
        "no-delegation-unreachable",
        "bad-well-known",
        "bad-well-known-ignored",
        "no-federation-api",
        "no-keys",
        "wrong-server-name",
        "keys-expired",
        "no-ed25519-key",
        "bad-signature",
    ];
    for id in ids {
        let mut m = crate::probe::Message::new(format!("probe-matrix-federation-{id}"));
        let args = ["name", "target", "via", "port", "record", "alias", "software", "version", "found", "until", "key"];
        for arg in args.into_iter().chain(["detail", "url", "status"]) {
            m = m.arg(arg, "x");
        }
        for lang in crate::Lang::ALL {
            let with_remedy = id != "pass" && id != "no-server-name";
            for m in std::iter::once(m.clone()).chain(with_remedy.then(|| m.remedy())) {
                let text = m.render(lang);
                assert!(text != m.id && !text.contains("{ $") && !text.contains("{$"), "{lang}: {}: {text}", m.id);
            }
        }
    }
}
