//! The command line, as clap types. Parsing only: no behaviour here.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use overstap_core::probe::Secret;
use overstap_core::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "overstap",
    version,
    about = "Overstap: move your work to your organisation's own open platforms, step by step.",
    long_about = None,
    after_help = "Exit codes: 0 ok, 1 a check failed (check) or a report stays queued (fleet send), 2 usage or \
                  invalid input, 3 unknown checklist or step, 4 invalid checklist data, 5 database, 6 file system \
                  (disk full, unsuitable data folder), 7 network, 8 sign-in failed, 9 keyring unavailable, 10 preset \
                  signature invalid, 11 fleet reporting off, 12 fleet report not yet seen, 70 internal; preset \
                  validate: 4 when the file has problems. With --json every output has a JSON Schema in \
                  docs/schemas/. See docs/cli.md."
)]
pub struct Cli {
    /// Folder for the progress database and logs [default: the per-OS local app-data folder; env: OVERSTAP_DATA_DIR]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language of the output: nl, de or en [default: the OS language, else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Print JSON (with schema_version) instead of text, errors as {"error":{"code","message"}}
    #[arg(long, global = true)]
    pub json: bool,

    #[command(subcommand)]
    pub command: Command,
}

// `Check` carries many flags; the value is parsed once per process, so its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every checklist with its progress and next step
    Checklists,
    /// Show one checklist with all its steps
    Show {
        /// The checklist's id, e.g. matrix
        checklist: String,
    },
    /// Mark a step done, skipped, blocked (with a reason), or back to to-do
    Step {
        /// The step, as checklist/step, e.g. matrix/install-element
        step: String,
        action: ActionArg,
        /// Why the step is blocked (required with `block`)
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// A note to keep in the step's history
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Show progress over all checklists
    Progress,
    /// Export all progress and history
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file (atomically) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Check the organisation's servers for real; exit 0 when all work, 1 when any does not
    Check(CheckArgs),
    /// Do something for you (an action step), e.g. libreoffice.set-odf-default; --undo reverts it
    Action {
        /// The action's id
        action: String,
        /// Revert what the action did (restores the backup it made)
        #[arg(long)]
        undo: bool,
    },
    /// Sign in through your browser; the token or app password is kept only in your computer's keyring
    Login(LoginArgs),
    /// Sign out: the server forgets the token or app password, and it leaves the keyring
    Logout {
        service: LoginService,
        /// Extra trusted certificates (PEM), e.g. your organisation's own CA
        #[arg(long, value_name = "PEM")]
        ca_file: Option<PathBuf>,
    },
    /// Where you are signed in with Overstap (never the secrets themselves)
    Accounts,
    /// Your own settings (language, work address, servers): show, set, clear; the
    /// organisation's locked settings cannot be changed
    Settings {
        #[command(subcommand)]
        command: Option<SettingsCommand>,
    },
    /// The organisation's preset: what applies and where it came from, checking a file, the schema
    Preset {
        #[command(subcommand)]
        command: PresetCommand,
    },
    /// Fleet progress reports: what this computer sends the organisation (only when its
    /// preset turns reporting on), and reading every laptop's report back into one dashboard
    Fleet {
        #[command(subcommand)]
        command: FleetCommand,
    },
    /// Apply step changes from JSON Lines (for scripts): one
    /// {"step":"c/s","action":"done|skip|reset|block","reason":"…","note":"…"} per line;
    /// prints one JSON result per line as soon as it is durably stored
    Apply {
        /// The file to read, or - for standard input
        #[arg(default_value = "-", value_name = "FILE")]
        input: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionArg {
    Done,
    Skip,
    Reset,
    Block,
}

/// The flags of `overstap check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Services to check [default: all available]
    #[arg(value_enum)]
    pub services: Vec<ServiceArg>,
    /// Your work address: discovery starts at its domain
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
    /// The Matrix server name (example.nl) or homeserver address (https://matrix.example.nl)
    #[arg(long, value_name = "NAME_OR_URL")]
    pub matrix: Option<String>,
    /// A Matrix access token, to check that you are signed in (never stored or logged)
    #[arg(long, value_name = "TOKEN", env = "OVERSTAP_MATRIX_TOKEN", hide_env_values = true)]
    pub matrix_token: Option<Secret>,
    /// Also send a test message: in a private room made for it (named in your language), left and forgotten afterwards
    #[arg(long)]
    pub send_test_message: bool,
    /// The Mastodon server (https://social.overheid.nl or social.overheid.nl)
    #[arg(long, value_name = "URL")]
    pub mastodon: Option<String>,
    /// The organisation's Mastodon account (@name@server) [default: --email]
    #[arg(long, value_name = "ACCOUNT")]
    pub mastodon_account: Option<String>,
    /// A Mastodon access token, to check that you are signed in (never stored or logged)
    #[arg(long, value_name = "TOKEN", env = "OVERSTAP_MASTODON_TOKEN", hide_env_values = true)]
    pub mastodon_token: Option<Secret>,
    /// The Nextcloud server (https://cloud.example.nl)
    #[arg(long, value_name = "URL")]
    pub nextcloud: Option<String>,
    /// Your Nextcloud login name [default: --email]
    #[arg(long, value_name = "LOGIN")]
    pub nextcloud_login: Option<String>,
    /// A Nextcloud app password, to check sign-in and quota (never stored or logged)
    #[arg(long, value_name = "PASSWORD", env = "OVERSTAP_NEXTCLOUD_APP_PASSWORD", hide_env_values = true)]
    pub nextcloud_app_password: Option<Secret>,
    /// Extra trusted certificates (PEM), e.g. your organisation's own CA
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// The folder you move files from, to compare with your Nextcloud space [default: your OneDrive or Google Drive folder]
    #[arg(long, value_name = "FOLDER")]
    pub source_folder: Option<PathBuf>,
    /// Seconds each request may take in total [default: 10]
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
}

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Print every setting with its value, where it comes from and whether it is locked (the default)
    Show,
    /// Set one: language (nl, de, en), email, matrix, mastodon, nextcloud, department, source-folder
    Set { key: SettingKeyArg, value: String },
    /// Clear one (the organisation's value, if any, applies again)
    Unset { key: SettingKeyArg },
    /// Skip the app's first-run questions (for rollouts that fill in the settings by script)
    SkipFirstRun,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SettingKeyArg {
    Language,
    Email,
    Matrix,
    Mastodon,
    Nextcloud,
    Department,
    /// The folder you move files from (OneDrive, Google Drive or an export)
    SourceFolder,
}

#[derive(Debug, Subcommand)]
pub enum PresetCommand {
    /// Print the configuration in force: each setting with its source and lock, every problem
    Show,
    /// Check a preset file: every problem with file, line, column and key; exit 4 when there is any
    Validate {
        /// The preset file (TOML)
        file: PathBuf,
    },
    /// Print the JSON Schema of preset files
    Schema,
    /// Write what IT pushes to the other clients: Element config.json, Nextcloud desktop client settings and
    /// mass-deployment scripts, a LibreOffice .xcd (and .reg) that sets and locks the default formats
    ClientConfigs {
        /// The folder to write into (created if missing)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Make them from this preset file instead of the configuration in force
        #[arg(long, value_name = "FILE")]
        preset: Option<PathBuf>,
    },
    /// The example organisations to try when no system preset exists
    Examples,
    /// Try an example organisation (locks nothing; from the next start); --none stops
    UseExample {
        /// The example's id, from `preset examples`
        #[arg(required_unless_present = "none")]
        id: Option<String>,
        /// Stop using an example
        #[arg(long, conflicts_with = "id")]
        none: bool,
    },
    /// Import a preset signed by your organisation (it applies from the next start)
    Import {
        /// The preset file (TOML)
        file: PathBuf,
        /// Its minisign signature [default: FILE.minisig]
        #[arg(long, value_name = "MINISIG")]
        signature: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum FleetCommand {
    /// Whether reporting is on, where reports go, what they include, what waits to be sent
    Status,
    /// Print exactly the report that would be sent now; --mark-seen records that you have read it
    /// (nothing is sent before that)
    Preview {
        /// Record that you have seen what is sent (needed once, before the first upload)
        #[arg(long)]
        mark_seen: bool,
    },
    /// Queue today's report and upload everything due; exit 0 when nothing is left waiting, 1 when
    /// something stays queued (offline, server trouble: it is retried later)
    Send {
        /// Try every queued report now, even those waiting out a back-off
        #[arg(long)]
        now: bool,
        /// Extra trusted certificates (PEM), e.g. your organisation's own CA [default: the preset's]
        #[arg(long, value_name = "PEM")]
        ca_file: Option<PathBuf>,
    },
    /// Read every report in a folder or WebDAV folder into one self-contained HTML dashboard (and CSV)
    Aggregate(AggregateArgs),
    /// Print the JSON Schema of a fleet report
    Schema,
}

/// The flags of `overstap fleet aggregate`.
#[derive(Debug, clap::Args)]
pub struct AggregateArgs {
    /// A folder of reports, or a WebDAV folder (https://cloud.example.nl/remote.php/dav/files/it/reports/)
    #[arg(value_name = "DIR_OR_WEBDAV_URL")]
    pub source: std::ffi::OsString,
    /// The dashboard to write (one HTML file, no outside resources)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Also write the figures as CSV
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// WebDAV user name (the password comes from OVERSTAP_WEBDAV_PASSWORD)
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// Extra trusted certificates (PEM) for the WebDAV server
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
}

/// The flags of `overstap login`.
#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    pub service: LoginService,
    /// The server (https://cloud.example.nl); for Matrix also a server name (example.nl)
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
    /// Your work address: Matrix finds your chat server from its domain
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
    /// Print the address to open instead of opening the browser
    #[arg(long)]
    pub no_browser: bool,
    /// Mastodon: copy the code from the browser instead of a redirect back to this computer
    #[arg(long)]
    pub paste_code: bool,
    /// Matrix: sign in with this user name and a password (asked for; read from standard input when it is not a terminal)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Extra trusted certificates (PEM), e.g. your organisation's own CA
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LoginService {
    Matrix,
    Mastodon,
    Nextcloud,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ServiceArg {
    Matrix,
    Mastodon,
    Nextcloud,
    Libreoffice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_flags_work_after_the_subcommand() {
        let cli = Cli::try_parse_from(["overstap", "show", "matrix", "--lang", "nl", "--json"]).unwrap();
        assert_eq!(cli.lang, Some(Lang::Nl));
        assert!(cli.json);
        assert!(Cli::try_parse_from(["overstap", "--lang", "fr", "progress"]).is_err());
    }
}
