//! The name lookups federation needs: SRV records and whether a name is an
//! alias (hickory-resolver, with the operating system's DNS settings), and
//! a host's addresses (the operating system's resolver, as every other
//! request uses). Behind a trait so tests can stand in for DNS, which they
//! cannot change.

use std::net::SocketAddr;
use std::time::Duration;

use hickory_resolver::proto::rr::{RData, RecordType};
use hickory_resolver::TokioResolver;
use overstap_net::{FailureKind, NetFailure};

/// One SRV record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Srv {
    /// Without the final dot.
    pub target: String,
    pub port: u16,
    pub priority: u16,
    pub weight: u16,
}

/// The lookups federation resolution makes.
pub trait Dns {
    /// The SRV records of `name`: empty when there are none; an error
    /// (in English) when the lookup itself failed.
    async fn srv(&self, name: &str) -> Result<Vec<Srv>, String>;
    /// The name `name` is an alias (CNAME) for, if it is one.
    async fn alias(&self, name: &str) -> Result<Option<String>, String>;
    /// The addresses of `host`, each with `port`.
    async fn addresses(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, NetFailure>;
}

/// DNS as this computer has it set up.
pub struct SystemDns {
    /// `None` when the system's DNS settings cannot be read: SRV lookups then fail (and are reported).
    resolver: Option<TokioResolver>,
    timeout: Duration,
}

impl SystemDns {
    /// Each lookup is bounded by `timeout` (the connect limit): a silent
    /// DNS server must not hold the check open.
    pub fn new(timeout: Duration) -> SystemDns {
        let resolver = TokioResolver::builder_tokio().ok().and_then(|mut builder| {
            builder.options_mut().timeout = timeout;
            builder.options_mut().attempts = 1;
            builder.build().ok()
        });
        SystemDns { resolver, timeout }
    }

    async fn lookup(&self, name: &str, kind: RecordType) -> Result<Vec<RData>, String> {
        let resolver = self.resolver.as_ref().ok_or("this computer's DNS settings cannot be read")?;
        // A final dot: the name is complete, no search domains are tried.
        let fqdn = format!("{}.", name.trim_end_matches('.'));
        match tokio::time::timeout(self.timeout, resolver.lookup(fqdn.as_str(), kind)).await {
            Ok(Ok(lookup)) => Ok(lookup.answers().iter().map(|r| r.data.clone()).collect()),
            Ok(Err(e)) if e.is_no_records_found() || e.is_nx_domain() => Ok(Vec::new()),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err(format!("no DNS answer within {} s", self.timeout.as_secs_f32())),
        }
    }
}

impl Dns for SystemDns {
    async fn srv(&self, name: &str) -> Result<Vec<Srv>, String> {
        let records = self.lookup(name, RecordType::SRV).await?;
        Ok(records
            .into_iter()
            .filter_map(|r| match r {
                RData::SRV(srv) => Some(Srv {
                    target: srv.target.to_ascii().trim_end_matches('.').to_owned(),
                    port: srv.port,
                    priority: srv.priority,
                    weight: srv.weight,
                }),
                _ => None,
            })
            .collect())
    }

    async fn alias(&self, name: &str) -> Result<Option<String>, String> {
        let records = self.lookup(name, RecordType::CNAME).await?;
        Ok(records.into_iter().find_map(|r| match r {
            RData::CNAME(target) => Some(target.0.to_ascii().trim_end_matches('.').to_owned()),
            _ => None,
        }))
    }

    async fn addresses(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, NetFailure> {
        let url = format!("https://{host}:{port}/");
        match tokio::time::timeout(self.timeout, tokio::net::lookup_host((host, port))).await {
            Ok(Ok(addrs)) => {
                let addrs: Vec<SocketAddr> = addrs.collect();
                if addrs.is_empty() {
                    Err(NetFailure::new(FailureKind::DnsFailed, url, format!("{host} has no addresses")))
                } else {
                    Ok(addrs)
                }
            }
            Ok(Err(e)) => Err(NetFailure::new(FailureKind::DnsFailed, url, format!("looking up {host}: {e}"))),
            Err(_) => Err(NetFailure::new(FailureKind::Timeout, url, format!("no address for {host} in time"))),
        }
    }
}
