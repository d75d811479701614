//! Matrix server names (`example.nl`, `localhost:8448`, `[::1]:8448`,
//! `192.0.2.1`), checked against the grammar of the Matrix appendix
//! "Server Name". The same grammar applies to the `m.server` value of a
//! server's `/.well-known/matrix/server` (a delegated name).

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The host part of a server name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// An IP literal: connected to directly, never looked up.
    Ip(IpAddr),
    /// A DNS name, as written (server names are compared as given).
    Dns(String),
}

/// A valid server name: host and, when written, port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerName {
    pub host: Host,
    pub port: Option<u16>,
}

impl ServerName {
    /// Parses `s` by the spec's grammar; the error says, in English, what is wrong.
    pub fn parse(s: &str) -> Result<ServerName, &'static str> {
        let (host, port) = match s.strip_prefix('[') {
            // `[` IPv6address `]`: the only form that may contain colons.
            Some(rest) => {
                let (inside, after) = rest.split_once(']').ok_or("an IPv6 address without its closing ]")?;
                let ipv6_chars = |c: char| c.is_ascii_hexdigit() || c == ':' || c == '.';
                if !(2..=45).contains(&inside.len()) || !inside.chars().all(ipv6_chars) {
                    return Err("not a valid IPv6 address between [ ]");
                }
                let ip: Ipv6Addr = inside.parse().map_err(|_| "not a valid IPv6 address between [ ]")?;
                let port = match after {
                    "" => None,
                    _ => Some(after.strip_prefix(':').ok_or("something other than :port after the ]")?),
                };
                (Host::Ip(IpAddr::V6(ip)), port)
            }
            None => {
                let (host, port) = match s.split_once(':') {
                    Some((host, port)) => (host, Some(port)),
                    None => (s, None),
                };
                (parse_host(host)?, port)
            }
        };
        let port = port.map(parse_port).transpose()?;
        Ok(ServerName { host, port })
    }

    /// The host as it appears in a URL (`[::1]` for IPv6).
    pub fn url_host(&self) -> String {
        match &self.host {
            Host::Ip(IpAddr::V6(ip)) => format!("[{ip}]"),
            Host::Ip(ip) => ip.to_string(),
            Host::Dns(name) => name.clone(),
        }
    }
}

impl fmt::Display for ServerName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url_host())?;
        match self.port {
            Some(port) => write!(f, ":{port}"),
            None => Ok(()),
        }
    }
}

/// `IPv4address / dns-name` (IPv6 is handled with its brackets).
fn parse_host(host: &str) -> Result<Host, &'static str> {
    if host.is_empty() {
        return Err("no host name");
    }
    // Four groups of one to three digits is an IPv4 address by the grammar,
    // so it must also be a real one (no 999.1.1.1 posing as a DNS name).
    let groups: Vec<&str> = host.split('.').collect();
    let digits = |g: &&str| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit());
    if groups.len() == 4 && groups.iter().all(digits) {
        let ip: Ipv4Addr = host.parse().map_err(|_| "not a valid IPv4 address")?;
        return Ok(Host::Ip(IpAddr::V4(ip)));
    }
    if host.len() > 255 {
        return Err("a host name longer than 255 characters");
    }
    if !host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') {
        return Err("characters other than letters, digits, '-' and '.' in the host name");
    }
    Ok(Host::Dns(host.to_owned()))
}

/// `1*5DIGIT`, and a port a connection can use (1–65535).
fn parse_port(port: &str) -> Result<u16, &'static str> {
    let bad = "a port that is not a number from 1 to 65535";
    if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad);
    }
    port.parse::<u16>().ok().filter(|p| *p != 0).ok_or(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> ServerName {
        ServerName::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn accepts_the_spec_examples() {
        // The examples of the Matrix appendix "Server Name".
        assert_eq!(ok("matrix.org"), ServerName { host: Host::Dns("matrix.org".into()), port: None });
        assert_eq!(ok("matrix.org:8888").port, Some(8888));
        assert_eq!(ok("1.2.3.4").host, Host::Ip("1.2.3.4".parse().unwrap()));
        assert_eq!(ok("1.2.3.4:1234").port, Some(1234));
        assert_eq!(ok("[1234:5678::abcd]").host, Host::Ip("1234:5678::abcd".parse().unwrap()));
        assert_eq!(ok("[1234:5678::abcd]:5678").port, Some(5678));
        assert_eq!(ok("localhost:8448").host, Host::Dns("localhost".into()));
    }

    #[test]
    fn writes_back_as_given() {
        for s in ["example.nl", "localhost:8448", "[::1]:8448", "192.0.2.1", "[2001:db8::1]"] {
            assert_eq!(ok(s).to_string(), s);
        }
        assert_eq!(ok("[::1]:8448").url_host(), "[::1]");
    }

    #[test]
    fn refuses_what_the_grammar_does_not_allow() {
        for bad in [
            "",
            ":8448",
            "example.nl:",
            "example.nl:0",
            "example.nl:65536",
            "example.nl:123456",
            "example.nl:84a8",
            "exa mple.nl",
            "example_nl",
            "jan@example.nl",
            "https://example.nl",
            "example.nl/path",
            "::1",
            "[::1",
            "[::1]8448",
            "[example.nl]",
            "999.1.1.1",
            "[::1]:8448:1",
            "example.nl:8448:1",
        ] {
            assert!(ServerName::parse(bad).is_err(), "{bad:?} must be refused");
        }
        assert!(ServerName::parse(&"a".repeat(256)).is_err());
        assert!(ServerName::parse(&"a".repeat(255)).is_ok());
    }
}
