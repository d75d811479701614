//! A network failure in words: `failure-<kind>` and `failure-<kind>-remedy`
//! in `probes.ftl`, with the certificate's facts when TLS failed, and an
//! interception proxy named when its signature is in the chain.

use overstap_net::{looks_like_interception, FailureKind, NetFailure, Url};

use super::Message;

pub fn failure_messages(f: &NetFailure) -> (Message, Message) {
    let host = Url::parse(&f.url).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_else(|| f.url.clone());
    let leaf = f.certificates.first();
    let vendor = (f.kind == FailureKind::TlsUnknownCa).then(|| looks_like_interception(&f.certificates)).flatten();
    let id = match vendor {
        Some(_) => "failure-tls_intercepted".to_owned(),
        None => format!("failure-{}", f.kind.as_str()),
    };
    let fill = |m: Message| {
        let mut m = m.arg("url", &f.url).arg("host", &host).arg("detail", &f.detail).arg("limit", "1 MB");
        if let Some(status) = f.status {
            m = m.arg("status", status);
        }
        if let Some(leaf) = leaf {
            m = m
                .arg("expiry", leaf.not_after.split('T').next().unwrap_or(&leaf.not_after))
                .arg("names", if leaf.names.is_empty() { "-".to_owned() } else { leaf.names.join(", ") })
                .arg("issuer", common_name(&leaf.issuer));
        } else {
            m = m.arg("expiry", "?").arg("names", "?").arg("issuer", "?");
        }
        if let Some(v) = vendor {
            m = m.arg("vendor", vendor_name(v));
        }
        m
    };
    (fill(Message::new(&id)), fill(Message::new(format!("{id}-remedy"))))
}

/// `CN=R11, O=Let's Encrypt, C=US` → `R11 (Let's Encrypt)`: what a person can read to IT.
fn common_name(dn: &str) -> String {
    let part = |key: &str| dn.split(", ").find_map(|p| p.strip_prefix(key)).map(str::to_owned);
    match (part("CN="), part("O=")) {
        (Some(cn), Some(o)) if cn != o => format!("{cn} ({o})"),
        (Some(cn), _) => cn,
        (None, Some(o)) => o,
        (None, None) => dn.to_owned(),
    }
}

fn vendor_name(v: &str) -> String {
    v.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use overstap_net::CertSummary;

    #[test]
    fn every_failure_kind_has_a_summary_and_remedy_in_every_language() {
        for kind in FailureKind::ALL {
            let (summary, remedy) = failure_messages(&NetFailure::new(kind, "https://chat.example.nl/x", "detail"));
            for lang in crate::Lang::ALL {
                for m in [&summary, &remedy] {
                    let text = m.render(lang);
                    assert_ne!(text, m.id, "{lang}: {} missing", m.id);
                    assert!(!text.contains("{ $"), "{text}");
                }
            }
        }
    }

    #[test]
    fn an_untrusted_chain_from_a_known_proxy_names_the_proxy() {
        let mut f = NetFailure::new(FailureKind::TlsUnknownCa, "https://chat.example.nl/", "UnknownIssuer");
        f.certificates.push(CertSummary {
            subject: "CN=chat.example.nl".into(),
            issuer: "CN=Zscaler Intermediate Root CA, O=Zscaler Inc.".into(),
            not_before: "2026-01-01T00:00:00Z".into(),
            not_after: "2027-01-01T00:00:00Z".into(),
            sha256: String::new(),
            names: vec!["chat.example.nl".into()],
            self_signed: false,
            valid_now: true,
        });
        let (summary, remedy) = failure_messages(&f);
        assert_eq!(summary.id, "failure-tls_intercepted");
        let text = remedy.render(crate::Lang::En);
        assert!(text.contains("Zscaler") && text.contains("chat.example.nl"), "{text}");
    }

    #[test]
    fn distinguished_names_read_plainly() {
        assert_eq!(common_name("CN=R11, O=Let's Encrypt, C=US"), "R11 (Let's Encrypt)");
        assert_eq!(common_name("O=Overstap Test CA"), "Overstap Test CA");
    }
}
