//! The person's own settings through the API: the language, the work
//! address and the servers they typed in, and whether the first run is
//! finished. They sit below the organisation's preset: a setting the
//! preset locks cannot be changed, and the preset's unlocked values are
//! defaults the person may replace.

use serde::{Deserialize, Serialize};

use super::Overstap;
use crate::error::{Error, ErrorCode, Result};
use crate::lang::Lang;
use crate::probe::{self, CheckRequest};
use crate::store::ChangeSource;

/// The longest department name, in characters (the aggregate reads no longer one).
pub const MAX_DEPARTMENT_CHARS: usize = 200;

/// The settings a person can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SettingKey {
    Language,
    /// The work address (`j.jansen@example.nl`): where discovery starts.
    Email,
    Matrix,
    Mastodon,
    Nextcloud,
    /// The person's department, for fleet reports per department (one of
    /// the preset's `organisation.departments`, when it lists them).
    Department,
    /// The folder the person moves files from (an OneDrive or Google Drive
    /// folder or export): what the Nextcloud checks compare with.
    SourceFolder,
}

impl SettingKey {
    pub const ALL: [SettingKey; 7] = [
        SettingKey::Language,
        SettingKey::Email,
        SettingKey::Matrix,
        SettingKey::Mastodon,
        SettingKey::Nextcloud,
        SettingKey::Department,
        SettingKey::SourceFolder,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SettingKey::Language => "language",
            SettingKey::Email => "email",
            SettingKey::Matrix => "matrix",
            SettingKey::Mastodon => "mastodon",
            SettingKey::Nextcloud => "nextcloud",
            SettingKey::Department => "department",
            SettingKey::SourceFolder => "source_folder",
        }
    }

    /// The preset key that sets (and may lock) the same thing.
    fn preset_key(self) -> Option<&'static str> {
        match self {
            SettingKey::Language => Some("defaults.language"),
            SettingKey::Email => None,
            SettingKey::Matrix => Some("servers.matrix"),
            SettingKey::Mastodon => Some("servers.mastodon"),
            SettingKey::Nextcloud => Some("servers.nextcloud"),
            SettingKey::Department | SettingKey::SourceFolder => None,
        }
    }
}

/// Where a setting's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SettingSource {
    /// The person chose it.
    Person,
    /// The organisation's preset.
    Organisation,
    /// Nobody set it.
    Unset,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SettingView {
    pub key: SettingKey,
    pub value: Option<String>,
    pub source: SettingSource,
    /// The organisation's preset locks it: the person cannot change it.
    pub locked: bool,
}

/// The person's settings, each with its source and lock.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SettingsView {
    pub settings: Vec<SettingView>,
    pub first_run_done: bool,
    pub data_dir: String,
    /// The departments to choose from (the preset's list; empty: free text).
    pub department_choices: Vec<String>,
}

const FIRST_RUN_DONE: &str = "first_run_done";
/// What a reset writes into each step's history.
const RESET_NOTE: &str = "reset";

impl Overstap {
    /// Every setting with its value, source and lock.
    pub fn settings(&self) -> Result<SettingsView> {
        let stored = self.store()?.settings()?;
        let settings = SettingKey::ALL
            .into_iter()
            .map(|key| {
                let locked = self.setting_locked(key);
                let person = stored.get(key.as_str()).filter(|_| !locked).cloned();
                let organisation = self.preset_value(key);
                let (value, source) = match (person, organisation) {
                    (Some(v), _) => (Some(v), SettingSource::Person),
                    (None, Some(v)) => (Some(v), SettingSource::Organisation),
                    (None, None) => (None, SettingSource::Unset),
                };
                SettingView { key, value, source, locked }
            })
            .collect();
        Ok(SettingsView {
            settings,
            first_run_done: stored.get(FIRST_RUN_DONE).is_some_and(|v| v == "true"),
            data_dir: self.data_dir.display().to_string(),
            department_choices: self.department_choices(),
        })
    }

    /// Sets (or with `None`, clears) one of the person's settings, after
    /// checking the value; a setting the preset locks is refused.
    pub fn set_setting(&self, key: SettingKey, value: Option<&str>) -> Result<SettingsView> {
        if self.setting_locked(key) {
            return Err(Error::new(ErrorCode::InvalidInput, "error-setting-locked").arg("key", key.as_str()));
        }
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        if let Some(v) = value {
            check_value(key, v)?;
            let choices = self.department_choices();
            if key == SettingKey::Department && !choices.is_empty() && !choices.iter().any(|c| c == v) {
                return Err(Error::new(ErrorCode::InvalidInput, "error-setting-department")
                    .arg("given", v)
                    .arg("choices", choices.join(", ")));
            }
        }
        self.store()?.set_setting(key.as_str(), value)?;
        tracing::info!(setting = key.as_str(), set = value.is_some(), "setting changed");
        self.settings()
    }

    /// The person finished (or, with a system preset, skipped) the first run.
    pub fn finish_first_run(&self) -> Result<SettingsView> {
        self.store()?.set_setting(FIRST_RUN_DONE, Some("true"))?;
        self.settings()
    }

    /// The language to show: the person's choice unless the preset locks
    /// it, else the preset's, else `fallback` (the operating system's).
    pub fn language(&self, fallback: Lang) -> Lang {
        let chosen = self
            .settings()
            .ok()
            .and_then(|s| s.settings.into_iter().find(|s| s.key == SettingKey::Language))
            .and_then(|s| s.value?.parse().ok());
        chosen.unwrap_or(fallback)
    }

    /// Starts over: every step back to to-do (the history keeps what was
    /// done, with a note saying it was reset) and the settings forgotten,
    /// so the first run comes again. Sign-ins are ended separately
    /// ([`Overstap::sign_out`]): that needs the servers. Returns how many
    /// steps went back.
    pub fn reset_progress(&self) -> Result<usize> {
        let source = match self.source {
            ChangeSource::Cli => ChangeSource::Cli,
            _ => ChangeSource::App,
        };
        let changed = self.store()?.reset(source, RESET_NOTE)?;
        tracing::info!(changed, "progress reset");
        Ok(changed)
    }

    /// Gives a check the person's work address and servers where the call
    /// named none; a server the preset locks stays the preset's.
    pub(crate) fn fill_from_settings(&self, request: &mut CheckRequest) -> Result<()> {
        let view = self.settings()?;
        // Only the person's own values: the preset's come in `fill_from_preset`.
        let person = |key: SettingKey| {
            let setting = view.settings.iter().find(|s| s.key == key)?;
            setting.value.clone().filter(|_| setting.source == SettingSource::Person)
        };
        request.email = request.email.take().or_else(|| person(SettingKey::Email));
        request.matrix = request.matrix.take().or_else(|| person(SettingKey::Matrix));
        request.mastodon = request.mastodon.take().or_else(|| person(SettingKey::Mastodon));
        request.nextcloud = request.nextcloud.take().or_else(|| person(SettingKey::Nextcloud));
        request.source_folder =
            request.source_folder.take().or_else(|| person(SettingKey::SourceFolder).map(std::path::PathBuf::from));
        Ok(())
    }

    /// The organisation's preset locks `key`: the person cannot change it.
    fn setting_locked(&self, key: SettingKey) -> bool {
        key.preset_key().is_some_and(|k| self.preset.is_locked(k))
    }

    fn department_choices(&self) -> Vec<String> {
        self.preset.preset.organisation.as_ref().and_then(|o| o.departments.clone()).unwrap_or_default()
    }

    fn preset_value(&self, key: SettingKey) -> Option<String> {
        let p = &self.preset.preset;
        let servers = p.servers.as_ref();
        match key {
            SettingKey::Language => p.defaults.as_ref()?.language.clone(),
            SettingKey::Email | SettingKey::Department | SettingKey::SourceFolder => None,
            SettingKey::Matrix => servers?.matrix.clone(),
            SettingKey::Mastodon => servers?.mastodon.clone(),
            SettingKey::Nextcloud => servers?.nextcloud.clone(),
        }
    }
}

/// The same rules a check applies to what it is given, so a value that is
/// saved also works.
fn check_value(key: SettingKey, value: &str) -> Result<()> {
    // One line of plain text: no line breaks or tabs either.
    let unsafe_char = |c: char| c.is_control() || crate::fleet::report::is_unsafe_char(c);
    if value.chars().count() > 2048 || value.chars().any(unsafe_char) {
        return Err(Error::new(ErrorCode::InvalidInput, "error-text-control-chars").arg("field", key.as_str()));
    }
    match key {
        SettingKey::Language => value
            .parse::<Lang>()
            .map(|_| ())
            .map_err(|_| Error::new(ErrorCode::InvalidInput, "error-setting-language").arg("given", value)),
        SettingKey::Email => probe::email_domain(value).map(|_| ()),
        SettingKey::Department if value.chars().count() > MAX_DEPARTMENT_CHARS => {
            Err(Error::new(ErrorCode::InvalidInput, "error-text-too-long")
                .arg("field", key.as_str())
                .arg("length", value.chars().count())
                .arg("max", MAX_DEPARTMENT_CHARS))
        }
        SettingKey::Department => Ok(()),
        // A folder that is there now: a typo would make every comparison fail later.
        SettingKey::SourceFolder => {
            let path = std::path::Path::new(value);
            if path.is_absolute() && path.is_dir() {
                Ok(())
            } else {
                Err(Error::new(ErrorCode::InvalidInput, "error-setting-source-folder").arg("given", value))
            }
        }
        SettingKey::Matrix | SettingKey::Mastodon | SettingKey::Nextcloud => {
            let url = probe::parse_server(value)?;
            if url.scheme() != "https" {
                return Err(Error::new(ErrorCode::InvalidInput, "error-server-address").arg("given", value));
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_department_with_invisible_or_direction_changing_characters_is_refused() {
        // It goes into fleet reports, where "Finance" and "Fin\u{200B}ance"
        // would count as two departments that look the same.
        for hidden in ["Fin\u{200B}ance", "HR\u{200F}", "\u{FEFF}ICT", "ICT\u{202E}"] {
            let err = check_value(SettingKey::Department, hidden).unwrap_err();
            assert_eq!(err.code(), ErrorCode::InvalidInput, "{hidden:?}");
        }
        assert!(check_value(SettingKey::Department, "Financiën & Control").is_ok());
    }
}
