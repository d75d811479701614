//! `overstap settings [show | set KEY VALUE | unset KEY | skip-first-run]`:
//! the person's own settings below the organisation's preset, for people
//! and for login scripts that fill them in during a rollout.

use overstap_core::api::{SettingKey, SettingSource, SettingsView};
use overstap_core::i18n::Arg;
use overstap_core::{Overstap, Result};

use crate::args::{SettingKeyArg, SettingsCommand};
use crate::bodies;
use crate::output::{print_line, Out};

pub fn run(api: &Overstap, out: &Out, command: Option<SettingsCommand>) -> Result<()> {
    let view = match command.unwrap_or(SettingsCommand::Show) {
        SettingsCommand::Show => api.settings()?,
        SettingsCommand::Set { key, value } => api.set_setting(key_of(key), Some(&value))?,
        SettingsCommand::Unset { key } => api.set_setting(key_of(key), None)?,
        SettingsCommand::SkipFirstRun => api.finish_first_run()?,
    };
    print(out, view)
}

fn print(out: &Out, view: SettingsView) -> Result<()> {
    if out.json {
        return out.json(bodies::Settings { settings: view });
    }
    for s in &view.settings {
        let source = match (s.locked, s.source) {
            (true, _) => "cli-setting-locked",
            (false, SettingSource::Person) => "cli-setting-person",
            (false, SettingSource::Organisation) => "cli-setting-organisation",
            (false, SettingSource::Unset) => "cli-setting-unset",
        };
        let value = s.value.clone().unwrap_or_else(|| "-".into());
        print_line(&format!("{:<11} {:<40} {}", s.key.as_str(), value, out.tr(source, &[])));
    }
    let done = if view.first_run_done { "cli-first-run-done" } else { "cli-first-run-pending" };
    print_line(&out.tr(done, &[("dir", Arg::from(view.data_dir.as_str()))]));
    Ok(())
}

fn key_of(key: SettingKeyArg) -> SettingKey {
    match key {
        SettingKeyArg::Language => SettingKey::Language,
        SettingKeyArg::Email => SettingKey::Email,
        SettingKeyArg::Matrix => SettingKey::Matrix,
        SettingKeyArg::Mastodon => SettingKey::Mastodon,
        SettingKeyArg::Nextcloud => SettingKey::Nextcloud,
        SettingKeyArg::Department => SettingKey::Department,
        SettingKeyArg::SourceFolder => SettingKey::SourceFolder,
    }
}
