//! [`NetClient`]: the only way Overstap talks to a server.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Instant;

use serde::de::DeserializeOwned;
use url::Url;

use crate::body::read_capped;
use crate::cert::CertSummary;
use crate::classify::classify;
use crate::failure::{FailureKind, NetFailure};
use crate::limits::Limits;
use crate::redirect;

/// Response headers kept as evidence (others are dropped: they may carry cookies).
const KEPT_HEADERS: &[&str] =
    &["content-type", "server", "retry-after", "www-authenticate", "location", "access-control-allow-origin"];

/// A request to make.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: reqwest::Method,
    pub url: Url,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

impl Request {
    pub fn get(url: Url) -> Self {
        Request { method: reqwest::Method::GET, url, headers: Vec::new(), body: None }
    }

    /// A POST of `body`, sent as `content_type`.
    pub fn post(url: Url, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Request { method: reqwest::Method::POST, url, headers: Vec::new(), body: Some(body.into()) }
            .header("content-type", content_type)
    }

    /// The same request with another method (`DELETE`, a body-less `POST` …).
    pub fn method(mut self, method: reqwest::Method) -> Self {
        self.method = method;
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }
}

/// A response that arrived within the limits.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The final address, after redirects.
    pub url: Url,
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    pub body: Vec<u8>,
    pub elapsed_ms: u64,
    /// The server's certificate (leaf), when the connection used TLS.
    pub certificate: Option<CertSummary>,
}

impl Fetched {
    pub fn content_type(&self) -> Option<&str> {
        self.headers.get("content-type").map(String::as_str)
    }

    /// The response if its status is a success; otherwise the failure that
    /// status means (407 proxy, 503 maintenance, other errors).
    pub fn ensure_success(self) -> Result<Fetched, NetFailure> {
        let kind = match self.status {
            200..=299 => return Ok(self),
            407 => FailureKind::ProxyRequired,
            503 => FailureKind::Maintenance,
            _ => FailureKind::HttpStatus,
        };
        let detail = format!("HTTP {}", self.status);
        Err(NetFailure::new(kind, self.url.as_str(), detail).with_status(self.status))
    }

    /// The body as JSON of type `T`. An HTML page where JSON was due means
    /// something else answered (a portal, a proxy, a web server's error page).
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, NetFailure> {
        // Valid JSON wins even under a wrong content type (a common slip on
        // well-known files that clients accept); only then is HTML the diagnosis.
        let parsed = serde_json::from_slice(&self.body);
        if let Ok(value) = parsed {
            return Ok(value);
        }
        let looks_html = self.content_type().is_some_and(|c| c.contains("html"))
            || self.body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<');
        if looks_html {
            let detail =
                format!("an HTML page ({}) where JSON was expected", self.content_type().unwrap_or("no content type"));
            return Err(
                NetFailure::new(FailureKind::NotExpectedService, self.url.as_str(), detail).with_status(self.status)
            );
        }
        serde_json::from_slice(&self.body).map_err(|e| {
            NetFailure::new(FailureKind::InvalidJson, self.url.as_str(), format!("not the expected JSON: {e}"))
                .with_status(self.status)
        })
    }
}

/// An HTTP client with Overstap's limits. Cheap to clone; share one per run.
#[derive(Debug, Clone)]
pub struct NetClient {
    client: reqwest::Client,
    limits: Limits,
    /// The extra trusted certificates, kept to build [`NetClient::direct_to`] clients alike.
    extra_ca: Vec<reqwest::Certificate>,
    /// Set by [`NetClient::direct_to`]: the host whose connections go to fixed addresses.
    pinned: Option<Pin>,
}

/// Where a [`NetClient::direct_to`] client connects for one host name.
#[derive(Debug, Clone)]
struct Pin {
    host: String,
    addrs: Vec<SocketAddr>,
}

impl NetClient {
    /// A client that trusts the operating system's certificate store plus
    /// the certificates in `extra_ca_pem` (a PEM bundle, e.g. IT's own CA),
    /// and honours the system proxy settings.
    pub fn new(limits: Limits, extra_ca_pem: Option<&[u8]>) -> Result<NetClient, String> {
        let mut extra_ca = Vec::new();
        if let Some(pem) = extra_ca_pem {
            extra_ca =
                reqwest::Certificate::from_pem_bundle(pem).map_err(|e| format!("not a PEM certificate bundle: {e}"))?;
            if extra_ca.is_empty() {
                return Err("the file contains no PEM certificate".into());
            }
        }
        let client = builder(&limits, &extra_ca).build().map_err(|e| e.to_string())?;
        Ok(NetClient { client, limits, extra_ca, pinned: None })
    }

    /// A client with the same limits and trust that connects to `host` only
    /// at `addrs` (in that order; a port in the URL still wins), while TLS
    /// (SNI and the certificate check) and the Host header stay `host`.
    ///
    /// This is how Matrix federation reaches a server: an SRV record names
    /// the machine and port to connect to, but the certificate must be valid
    /// for the server's own name. Such a client bypasses any proxy: the
    /// question is whether that exact address answers, as it must for other
    /// servers, which connect directly. An empty `addrs` only bypasses the
    /// proxy (for IP-literal hosts, which need no lookup).
    pub fn direct_to(&self, host: &str, addrs: &[SocketAddr]) -> Result<NetClient, String> {
        let mut builder = builder(&self.limits, &self.extra_ca).no_proxy();
        if !addrs.is_empty() {
            builder = builder.resolve_to_addrs(host, addrs);
        }
        let client = builder.build().map_err(|e| e.to_string())?;
        let pinned = (!addrs.is_empty()).then(|| Pin { host: host.to_owned(), addrs: addrs.to_vec() });
        Ok(NetClient { client, limits: self.limits.clone(), extra_ca: self.extra_ca.clone(), pinned })
    }

    /// Adds the chain the server presented to a TLS failure, and makes the
    /// kind precise from it: verifiers report the first problem they meet
    /// (a self-signed certificate can surface as an algorithm mismatch),
    /// while a person needs the one that explains it.
    async fn explain_tls(&self, mut failure: NetFailure) -> NetFailure {
        let Ok(url) = Url::parse(&failure.url) else { return failure };
        let (Some(host), Some(port)) = (url.host_str(), url.port_or_known_default()) else { return failure };
        let host = host.trim_start_matches('[').trim_end_matches(']');
        // A pinned host is looked at where this client connected, not where
        // DNS points (a port in the URL wins there too, as it does for reqwest).
        let pinned = self.pinned.as_ref().filter(|pin| pin.host.eq_ignore_ascii_case(host));
        let connect_to = match pinned.and_then(|pin| pin.addrs.first()) {
            Some(addr) => SocketAddr::new(addr.ip(), url.port().unwrap_or(addr.port())).to_string(),
            None => format!("{host}:{port}"),
        };
        let Ok(chain) = crate::inspect::certificate_chain_at(host, &connect_to, self.limits.connect_timeout).await
        else {
            return failure;
        };
        if let Some(leaf) = chain.first() {
            failure.kind = if !leaf.valid_now {
                FailureKind::TlsExpired
            } else if !leaf.covers(host) {
                FailureKind::TlsWrongName
            } else if leaf.self_signed {
                FailureKind::TlsUnknownCa
            } else {
                failure.kind
            };
        }
        failure.certificates = chain;
        failure
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    pub async fn get(&self, url: Url) -> Result<Fetched, NetFailure> {
        self.fetch(Request::get(url)).await
    }

    /// Sends `request` within the limits. Only https:// addresses are
    /// accepted: Overstap never sends anything in the clear.
    pub async fn fetch(&self, request: Request) -> Result<Fetched, NetFailure> {
        let url = request.url.to_string();
        if request.url.scheme() != "https" {
            return Err(NetFailure::new(FailureKind::HttpOnly, &url, "only https:// addresses are checked"));
        }
        let started = Instant::now();
        let mut builder = self.client.request(request.method, request.url);
        for (name, value) in &request.headers {
            let Ok(mut value) = reqwest::header::HeaderValue::from_str(value) else {
                return Err(NetFailure::new(
                    FailureKind::BadResponse,
                    &url,
                    format!("the {name} header has characters HTTP does not allow"),
                ));
            };
            // Credentials are never indexed by HTTP/2 header compression.
            if name.eq_ignore_ascii_case("authorization") {
                value.set_sensitive(true);
            }
            builder = builder.header(name, value);
        }
        if let Some(body) = request.body {
            builder = builder.body(body);
        }
        // reqwest's own timeout covers the request; this one also bounds the
        // body read, so no server can hold a check open past the limit.
        let work = async {
            let mut response = builder.send().await.map_err(|e| classify(&e, &url))?;
            let certificate = response
                .extensions()
                .get::<reqwest::tls::TlsInfo>()
                .and_then(|info| info.peer_certificate())
                .and_then(CertSummary::from_der);
            let status = response.status().as_u16();
            let final_url = response.url().clone();
            let headers = response
                .headers()
                .iter()
                .filter(|(name, _)| KEPT_HEADERS.contains(&name.as_str()))
                .map(|(name, value)| (name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
                .collect();
            let body = read_capped(&mut response, self.limits.max_body_bytes).await?;
            Ok::<_, NetFailure>(Fetched { url: final_url, status, headers, body, elapsed_ms: 0, certificate })
        };
        match tokio::time::timeout(self.limits.total_timeout, work).await {
            Ok(Ok(mut fetched)) => {
                fetched.elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
                Ok(fetched)
            }
            Ok(Err(failure)) if failure.is_tls() => Err(self.explain_tls(failure).await),
            Ok(Err(failure)) => Err(failure),
            Err(_) => Err(NetFailure::new(
                FailureKind::Timeout,
                &url,
                format!("no complete answer within {} s", self.limits.total_timeout.as_secs_f32()),
            )),
        }
    }
}

/// The client settings every [`NetClient`] shares: limits, redirects, trust.
fn builder(limits: &Limits, extra_ca: &[reqwest::Certificate]) -> reqwest::ClientBuilder {
    let builder = reqwest::Client::builder()
        .connect_timeout(limits.connect_timeout)
        .timeout(limits.total_timeout)
        .redirect(redirect::policy(limits.max_redirects))
        .tls_info(true)
        .user_agent(concat!("Overstap/", env!("CARGO_PKG_VERSION"), " (server check)"));
    if extra_ca.is_empty() {
        builder
    } else {
        builder.tls_certs_merge(extra_ca.to_vec())
    }
}
