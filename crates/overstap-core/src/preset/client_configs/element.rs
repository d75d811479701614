//! Element's `config.json` (Element Web and Element Desktop read the same
//! file), by the rules of element-web `docs/config.md`:
//!
//! - The homeserver comes from exactly one of `default_server_config` (the
//!   shape of a client well-known; `m.homeserver.base_url` is required,
//!   `server_name` is only shown) or `default_server_name` (Element looks
//!   the well-known up at start; documented as deprecated). Element refuses
//!   to load when a config mixes them with each other or with
//!   `default_hs_url`, so only one is ever written.
//! - `disable_custom_urls: true` keeps people from choosing another server
//!   when they sign in; written when the preset locks `servers.matrix`.
//! - `setting_defaults.language`: the `language` setting accepts the config
//!   level (element-web `src/settings/Settings.tsx`).
//!
//! Left out on purpose: `brand` (Element shows it as the app's own name, so
//! the organisation's name there would make every instruction that says
//! "Element" wrong) and `default_country_code` (a language is not a country).

use serde_json::{json, Map, Value};

use super::{invalid_server, is_locked, plain_https_url, Known};
use crate::error::Result;
use crate::preset::model::Preset;

/// The Matrix server as the preset (and a check) gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatrixServer {
    /// A server name (`example.nl`), with its homeserver address when known.
    Name { name: String, homeserver: Option<String> },
    /// A homeserver address (`https://matrix.example.nl`) and nothing more.
    Homeserver(String),
}

impl MatrixServer {
    /// How people know it: the name, or else the address.
    pub fn shown(&self) -> &str {
        match self {
            MatrixServer::Name { name, .. } => name,
            MatrixServer::Homeserver(url) => url,
        }
    }
}

/// Element's `config.json` for the preset; `None` when it names no Matrix server.
pub fn element_config(preset: &Preset, known: &Known) -> Result<Option<String>> {
    Ok(matrix_server(preset, known)?.map(|server| config_json(preset, &server)))
}

/// `servers.matrix` checked: an https:// address, or a server name by the
/// Matrix grammar's shape (host, optional port, nothing else).
pub(super) fn matrix_server(preset: &Preset, known: &Known) -> Result<Option<MatrixServer>> {
    let Some(given) = preset.servers.as_ref().and_then(|s| s.matrix.as_deref()) else {
        return Ok(None);
    };
    let invalid = || invalid_server("error-client-config-matrix-server", given);
    if given.contains("://") {
        return plain_https_url(given).map(|url| Some(MatrixServer::Homeserver(url))).ok_or_else(invalid);
    }
    let name = server_name(given).ok_or_else(invalid)?;
    let homeserver = match known.matrix_homeserver.as_deref() {
        Some(url) => {
            Some(plain_https_url(url).ok_or_else(|| invalid_server("error-client-config-matrix-server", url))?)
        }
        None => None,
    };
    Ok(Some(MatrixServer::Name { name, homeserver }))
}

/// `example.nl`, `example.nl:8448`, `[::1]:8448` (lowercased); `None` for
/// anything with a scheme, path, user or other extra.
fn server_name(given: &str) -> Option<String> {
    let given = given.trim().to_ascii_lowercase();
    let url = url::Url::parse(&format!("https://{given}/")).ok()?;
    let host = url.host_str().filter(|h| !h.is_empty() && !h.ends_with('.'))?;
    // `url` drops a default port (443); put back what was written.
    let rebuilt = match (url.port(), given.rsplit_once(':').filter(|(_, p)| p.chars().all(|c| c.is_ascii_digit()))) {
        (Some(port), _) => format!("{host}:{port}"),
        (None, Some((_, "443"))) => format!("{host}:443"),
        (None, _) => host.to_owned(),
    };
    (rebuilt == given && url.path() == "/").then_some(given)
}

pub(super) fn config_json(preset: &Preset, server: &MatrixServer) -> String {
    let mut config = Map::new();
    match server {
        MatrixServer::Name { name, homeserver: Some(url) } => {
            config.insert(
                "default_server_config".into(),
                json!({ "m.homeserver": { "base_url": url, "server_name": name } }),
            );
        }
        MatrixServer::Name { name, homeserver: None } => {
            config.insert("default_server_name".into(), json!(name));
        }
        MatrixServer::Homeserver(url) => {
            config.insert("default_server_config".into(), json!({ "m.homeserver": { "base_url": url } }));
        }
    }
    if is_locked(preset, "servers.matrix") {
        config.insert("disable_custom_urls".into(), json!(true));
    }
    if let Some(language) = preset.defaults.as_ref().and_then(|d| d.language.as_deref()) {
        config.insert("setting_defaults".into(), json!({ "language": language }));
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(config)).expect("a JSON object serializes");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::super::tests::preset;
    use super::*;
    use crate::error::ErrorCode;
    use crate::preset::model::Defaults;

    /// The homeserver keys of which Element accepts exactly one.
    const HOMESERVER_KEYS: [&str; 3] = ["default_server_config", "default_server_name", "default_hs_url"];

    fn parsed(p: &Preset, known: &Known) -> Value {
        let text = element_config(p, known).unwrap().expect("a Matrix server was given");
        let v: Value = serde_json::from_str(&text).unwrap();
        let sources = HOMESERVER_KEYS.iter().filter(|k| v.get(**k).is_some()).count();
        assert_eq!(sources, 1, "exactly one homeserver source: {v}");
        v
    }

    #[test]
    fn a_homeserver_address_becomes_the_default_server_config() {
        let v = parsed(&preset(Some("https://matrix.example.nl/"), None, &[]), &Known::default());
        assert_eq!(v["default_server_config"]["m.homeserver"]["base_url"], "https://matrix.example.nl");
        assert!(v["default_server_config"]["m.homeserver"].get("server_name").is_none());
        assert!(v.get("disable_custom_urls").is_none(), "not locked: people may choose");
    }

    #[test]
    fn a_server_name_is_looked_up_by_element_unless_its_address_is_known() {
        let p = preset(Some("Example.nl"), None, &[]);
        let v = parsed(&p, &Known::default());
        assert_eq!(v["default_server_name"], "example.nl");

        let known = Known { matrix_homeserver: Some("https://matrix.example.nl".into()) };
        let v = parsed(&p, &known);
        assert_eq!(v["default_server_config"]["m.homeserver"]["base_url"], "https://matrix.example.nl");
        assert_eq!(v["default_server_config"]["m.homeserver"]["server_name"], "example.nl");
    }

    #[test]
    fn locked_servers_disable_custom_urls() {
        for lock in ["servers.matrix", "servers"] {
            let v = parsed(&preset(Some("example.nl"), None, &[lock]), &Known::default());
            assert_eq!(v["disable_custom_urls"], true, "{lock}");
        }
        let v = parsed(&preset(Some("example.nl"), None, &["servers.nextcloud"]), &Known::default());
        assert!(v.get("disable_custom_urls").is_none());
    }

    #[test]
    fn the_default_language_becomes_elements_default() {
        let mut p = preset(Some("example.nl:8448"), None, &[]);
        p.defaults = Some(Defaults { language: Some("nl".into()) });
        let v = parsed(&p, &Known::default());
        assert_eq!(v["default_server_name"], "example.nl:8448");
        assert_eq!(v["setting_defaults"]["language"], "nl");
        assert!(v.get("brand").is_none());
    }

    #[test]
    fn no_matrix_server_no_config_and_bad_ones_are_refused() {
        assert_eq!(element_config(&preset(None, None, &[]), &Known::default()).unwrap(), None);
        assert_eq!(element_config(&Preset::default(), &Known::default()).unwrap(), None);
        for bad in ["http://matrix.example.nl", "example.nl/path", "user@example.nl", "exa mple.nl", "", "example.nl:x"]
        {
            let err = element_config(&preset(Some(bad), None, &[]), &Known::default()).unwrap_err();
            assert_eq!(err.code(), ErrorCode::InvalidInput, "{bad}");
        }
        assert_eq!(server_name("[::1]:8448").as_deref(), Some("[::1]:8448"));
        assert_eq!(server_name("example.nl:443").as_deref(), Some("example.nl:443"));
    }
}
