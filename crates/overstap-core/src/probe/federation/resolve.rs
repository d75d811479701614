//! Where other servers connect to reach a server name, by the Matrix
//! server-server spec, "Resolving server names":
//!
//! 1. an IP literal: that address, with its port or 8448;
//! 2. a name with a port: that name and port, nothing else is looked up;
//! 3. else `https://<name>/.well-known/matrix/server` → `m.server`: the
//!    delegated name, which goes through 1, 2, then its SRV records, then 8448;
//! 4. without a (usable) well-known: SRV `_matrix-fed._tcp.<name>`, then the
//!    deprecated `_matrix._tcp.<name>`;
//! 5. else `<name>:8448`.
//!
//! Whatever the route, TLS and the Host header are for the (delegated)
//! name, not for an SRV target: that is what [`Destination::base`] holds,
//! while [`Destination::targets`] says where to connect. Each step is
//! written to the evidence.

use serde_json::json;

use overstap_net::{NetClient, Request, Url};

use super::dns::{Dns, Srv};
use super::server_name::{Host, ServerName};
use crate::probe::Evidence;

/// The ports of the spec; tests, which cannot listen on 443 or 8448, give their own.
#[derive(Debug, Clone, Copy)]
pub struct Ports {
    /// Where `/.well-known/matrix/server` is asked for (https: 443).
    pub well_known: u16,
    /// Where servers connect when nothing says otherwise (8448).
    pub federation: u16,
}

impl Ports {
    pub const SPEC: Ports = Ports { well_known: 443, federation: 8448 };
}

/// How the destination was found: shapes the text when it cannot be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The server name has an IP address or a port: used as given.
    AsGiven,
    /// `m.server` in the well-known (`delegated`).
    WellKnown { delegated: String },
    /// An SRV record (`record`: its name), of the delegated name if there was one.
    Srv { record: String },
    /// Nothing found: the name on the default port.
    Default,
}

/// Where to send federation requests.
#[derive(Debug, Clone)]
pub struct Destination {
    /// `https://<name>[:port]`: the name TLS and the Host header use.
    pub base: Url,
    /// The name to connect to fixed addresses (`None` for an IP literal).
    pub pin_host: Option<String>,
    /// Where to connect, in order of preference: host (name or IP) and port.
    pub targets: Vec<(String, u16)>,
    pub route: Route,
    /// A well-known that exists but cannot be used, and why: other servers
    /// ignore it and carry on, so it matters only if that fails too.
    pub broken_well_known: Option<String>,
}

impl Destination {
    /// The targets as `host:port`, for texts and evidence.
    pub fn target_list(&self) -> String {
        self.targets.iter().map(|(h, p)| host_port(h, *p)).collect::<Vec<_>>().join(", ")
    }
}

/// Why resolution cannot even produce a destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// An SRV record points at an alias (RFC 2782 forbids it).
    SrvCname { record: String, target: String, alias: String },
}

/// Resolves `name` as a sending server does, writing each step to `evidence`.
pub async fn resolve(
    net: &NetClient,
    dns: &impl Dns,
    ports: Ports,
    name: &ServerName,
    evidence: &mut Evidence,
) -> Result<Destination, ResolveError> {
    let host = match &name.host {
        Host::Ip(_) => return Ok(as_given(name, ports, Route::AsGiven, None)),
        Host::Dns(_) if name.port.is_some() => return Ok(as_given(name, ports, Route::AsGiven, None)),
        Host::Dns(host) => host,
    };
    let (delegated, broken_well_known) = well_known(net, ports, host, evidence).await;
    if let Some(delegated) = delegated {
        let route = Route::WellKnown { delegated: delegated.to_string() };
        let delegated_host = match &delegated.host {
            Host::Dns(h) if delegated.port.is_none() => h.clone(),
            _ => return Ok(as_given(&delegated, ports, route, None)),
        };
        return srv_or_default(dns, ports, &delegated_host, route, None, evidence).await;
    }
    srv_or_default(dns, ports, host, Route::Default, broken_well_known, evidence).await
}

/// Steps 1 and 2 (and 3.1, 3.2 for a delegated name): connect where the name says.
fn as_given(name: &ServerName, ports: Ports, route: Route, broken: Option<String>) -> Destination {
    let port = name.port.unwrap_or(ports.federation);
    let (base, pin_host) = match &name.host {
        // An IP needs no lookup, so nothing can be pinned: the port goes into
        // the URL (and so the Host header), which servers do not mind.
        Host::Ip(_) => (format!("https://{}:{port}", name.url_host()), None),
        Host::Dns(host) => (format!("https://{name}"), Some(host.clone())),
    };
    let target = match &name.host {
        Host::Ip(ip) => ip.to_string(),
        Host::Dns(host) => host.clone(),
    };
    Destination {
        base: Url::parse(&base).expect("a valid server name makes a valid URL"),
        pin_host,
        targets: vec![(target, port)],
        route,
        broken_well_known: broken,
    }
}

/// Step 3's request. Returns the delegated name, or else why a well-known
/// that answered 200 is unusable; anything else (404, no web server) is
/// simply no delegation, as the spec says.
async fn well_known(
    net: &NetClient,
    ports: Ports,
    host: &str,
    evidence: &mut Evidence,
) -> (Option<ServerName>, Option<String>) {
    let Ok(url) = Url::parse(&format!("https://{host}:{}/.well-known/matrix/server", ports.well_known)) else {
        return (None, None);
    };
    let fetched = match net.fetch(Request::get(url.clone())).await {
        Ok(f) => f,
        Err(failure) => {
            evidence.fact("well_known", json!({"url": url.as_str(), "error": failure.to_string()}));
            return (None, None);
        }
    };
    evidence.request(&fetched);
    if fetched.status != 200 {
        evidence.fact("well_known", json!({"url": url.as_str(), "status": fetched.status}));
        return (None, None);
    }
    let parsed = fetched.json::<serde_json::Value>().map_err(|f| f.detail).and_then(|json| {
        let value = json.get("m.server").and_then(|v| v.as_str()).ok_or("no \"m.server\" text in it")?;
        ServerName::parse(value).map_err(|e| format!("m.server \"{value}\": {e}"))
    });
    match parsed {
        Ok(delegated) => {
            evidence.fact("well_known", json!({"url": url.as_str(), "m.server": delegated.to_string()}));
            (Some(delegated), None)
        }
        Err(detail) => {
            evidence.fact("well_known", json!({"url": url.as_str(), "error": detail}));
            (None, Some(detail))
        }
    }
}

/// Steps 3.3–3.5 and 4–6: SRV records of `host`, else `host` on the default port.
async fn srv_or_default(
    dns: &impl Dns,
    ports: Ports,
    host: &str,
    route: Route,
    broken: Option<String>,
    evidence: &mut Evidence,
) -> Result<Destination, ResolveError> {
    let base = Url::parse(&format!("https://{host}")).expect("a valid server name makes a valid URL");
    let mut destination =
        Destination { base, pin_host: Some(host.to_owned()), targets: Vec::new(), route, broken_well_known: broken };
    let mut lookups = Vec::new();
    for record in [format!("_matrix-fed._tcp.{host}"), format!("_matrix._tcp.{host}")] {
        let answer = dns.srv(&record).await;
        lookups.push(match &answer {
            Ok(records) => json!({"name": record, "records": records.iter().map(srv_text).collect::<Vec<_>>()}),
            Err(e) => json!({"name": record, "error": e}),
        });
        // A target of "." means "no such service here" (RFC 2782).
        let mut records: Vec<Srv> = answer.unwrap_or_default().into_iter().filter(|r| !r.target.is_empty()).collect();
        if records.is_empty() {
            continue;
        }
        evidence.fact("srv", lookups);
        // Lowest priority first; within one, the heaviest first.
        records.sort_by(|a, b| a.priority.cmp(&b.priority).then(b.weight.cmp(&a.weight)));
        for r in &records {
            if let Ok(Some(alias)) = dns.alias(&r.target).await {
                return Err(ResolveError::SrvCname { record, target: r.target.clone(), alias });
            }
        }
        destination.targets = records.into_iter().map(|r| (r.target, r.port)).collect();
        if destination.route == Route::Default {
            destination.route = Route::Srv { record };
        }
        return Ok(destination);
    }
    evidence.fact("srv", lookups);
    destination.targets = vec![(host.to_owned(), ports.federation)];
    Ok(destination)
}

fn srv_text(r: &Srv) -> String {
    format!("{} {} {} {}", r.priority, r.weight, r.port, r.target)
}

/// `host:port`, with brackets for IPv6.
pub fn host_port(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}
