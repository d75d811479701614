//! The three languages Overstap speaks, and how the default one is chosen.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language every text in Overstap exists in. Adding one is a data change
/// (a folder under `assets/locales/`) plus a variant here; the loader then
/// refuses to start until every text exists in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Lang {
    Nl,
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nl, Lang::De, Lang::En];
    /// Used when the operating system's language is none of ours.
    pub const FALLBACK: Lang = Lang::En;

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language of the operating system's locale (`nl-NL`, `de_DE.UTF-8`,
    /// `nl-BE` …), or English when it is none of ours.
    pub fn from_os() -> Lang {
        sys_locale::get_locales().find_map(|tag| Lang::from_locale_tag(&tag)).unwrap_or(Lang::FALLBACK)
    }

    /// Reads the primary subtag of a BCP 47 or POSIX locale name.
    pub fn from_locale_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_', '.', '@']).next()?;
        primary.parse().ok()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The language code was not one of `nl`, `de`, `en`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language '{}' (expected nl, de or en)", self.0)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "nl" => Ok(Lang::Nl),
            "de" => Ok(Lang::De),
            "en" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bcp47_and_posix_locale_names() {
        assert_eq!(Lang::from_locale_tag("nl-NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_locale_tag("nl_BE.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::from_locale_tag("de_DE@euro"), Some(Lang::De));
        assert_eq!(Lang::from_locale_tag("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_locale_tag("fr-FR"), None);
        assert_eq!(Lang::from_locale_tag(""), None);
    }

    #[test]
    fn parses_codes_case_insensitively_and_rejects_others() {
        assert_eq!("DE".parse::<Lang>(), Ok(Lang::De));
        assert_eq!("fr".parse::<Lang>(), Err(UnknownLang("fr".into())));
    }
}
