//! Benchmark (prints figures; asserts nothing about speed): server checks
//! against the local test servers (Synapse, the Mastodon API, WebDAV), all
//! services at once next to the sum of each alone, and the engine's
//! overhead per probe against a bare HTTP client on the same server.
//!
//! Needs `.venv` (scripts/setup.sh). Run with `scripts/bench.sh`.

use std::time::{Duration, Instant};

use overstap_core::probe::{run_check, CheckRequest, Secret, Service};
use overstap_net::{Limits, NetClient, Url};
use overstap_testkit::ca::TestCa;
use overstap_testkit::mastodon::{MastodonMock, SeedAccount};
use overstap_testkit::server::{Reply, TestServer};
use overstap_testkit::synapse::Synapse;
use overstap_testkit::webdav::NextcloudLike;

const RUNS: usize = 15;
const OVERHEAD_RUNS: usize = 300;

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let ca = TestCa::new("Overstap Bench CA");
    let started = Instant::now();
    let synapse = Synapse::start(&ca);
    let mastodon = MastodonMock::start(
        &ca,
        &[SeedAccount { username: "minbzk", display_name: "Ministerie", note: "Officieel account.", token: "tok" }],
    );
    let nextcloud = NextcloudLike::start(&ca, "alice", "app-pass");
    println!("test servers up in {:.1} s", started.elapsed().as_secs_f64());

    let all = CheckRequest {
        services: Vec::new(),
        matrix: Some(synapse.server_name.clone()),
        mastodon: Some(mastodon.base_url.clone()),
        mastodon_account: Some(format!("@minbzk@{}", mastodon.domain)),
        mastodon_token: Some(Secret::new("tok")),
        nextcloud: Some(nextcloud.base_url.clone()),
        nextcloud_login: Some("alice".into()),
        nextcloud_app_password: Some(Secret::new("app-pass")),
        extra_ca_pem: Some(ca.cert_pem.as_bytes().to_vec()),
        ..CheckRequest::default()
    };
    let probes = rt.block_on(run_check(&all)).unwrap().len();
    let mut together = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let outcomes = rt.block_on(run_check(&all)).unwrap();
        together.push(t.elapsed());
        assert_eq!(outcomes.len(), probes);
    }
    let mut one_by_one = Vec::new();
    for _ in 0..RUNS {
        let mut sum = Duration::ZERO;
        for service in Service::ALL {
            let only = CheckRequest { services: vec![service], ..all.clone() };
            let t = Instant::now();
            rt.block_on(run_check(&only)).unwrap();
            sum += t.elapsed();
        }
        one_by_one.push(sum);
    }
    report(&format!("all {} services at once ({probes} probes)", Service::ALL.len()), &mut together);
    report("the same services one by one (sum)", &mut one_by_one);

    // Engine overhead: the same GET through NetClient (limits, redirect policy,
    // body cap, certificate evidence) and through a bare reqwest client.
    let server = rt.block_on(TestServer::tls(&ca.leaf(&["localhost"]), |_, _| Reply::json(r#"{"installed":true}"#)));
    let url = Url::parse(&format!("https://localhost:{}/status.php", server.port())).unwrap();
    let net = NetClient::new(Limits::default(), Some(ca.cert_pem.as_bytes())).unwrap();
    let bare = reqwest::Client::builder()
        .tls_certs_merge(reqwest::Certificate::from_pem_bundle(ca.cert_pem.as_bytes()).unwrap())
        .build()
        .unwrap();
    let mut engine = Vec::new();
    let mut baseline = Vec::new();
    for _ in 0..OVERHEAD_RUNS {
        let t = Instant::now();
        let f = rt.block_on(net.get(url.clone())).unwrap();
        engine.push(t.elapsed());
        assert_eq!(f.status, 200);
        let t = Instant::now();
        let body = rt.block_on(async { bare.get(url.clone()).send().await.unwrap().bytes().await.unwrap() });
        baseline.push(t.elapsed());
        assert!(!body.is_empty());
    }
    report("one request through NetClient (reused connection)", &mut engine);
    report("one request through a bare reqwest client", &mut baseline);
    let overhead = median(&engine).as_secs_f64() - median(&baseline).as_secs_f64();
    println!("engine overhead per request (median difference): {:.3} ms", overhead * 1000.0);
}

fn median(times: &[Duration]) -> Duration {
    let mut t = times.to_vec();
    t.sort();
    t[t.len() / 2]
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let p = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize].as_secs_f64() * 1000.0;
    println!("{what}\n  median {:.3} ms   p90 {:.3} ms   min {:.3} ms   (n = {})", p(0.5), p(0.9), p(0.0), times.len());
}
