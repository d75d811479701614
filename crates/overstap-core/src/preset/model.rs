//! The preset an IT department pushes: what each key means, as Rust types.
//! The same types give the published JSON Schema (`overstap preset schema`,
//! via schemars) and the parser's checks, so documentation and behaviour
//! cannot drift apart.
//!
//! Every field is optional: a preset may set only what it needs, and
//! several presets (`preset.toml` plus `preset.d/*.toml`, then an imported
//! one) are merged key by key. Keys are `snake_case`, tables nest the way
//! the documentation reads (`[servers] matrix = "…"`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the preset format this build reads (`[preset] format`).
pub const FORMAT_VERSION: u32 = 1;

/// One preset file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Overstap preset", description = "Configuration an IT department pushes to Overstap.")]
pub struct Preset {
    /// About the preset itself: format and serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<PresetInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Organisation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding: Option<Branding>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub servers: Option<Servers>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust: Option<Trust>,
    /// Per checklist id: on or off, and how each step counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checklists: Option<BTreeMap<String, ChecklistPolicy>>,
    /// The organisation's own steps, added to the shipped checklists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_steps: Option<Vec<ExtraStep>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub libreoffice: Option<LibreOfficePolicy>,
    /// Fleet reporting: off unless this section turns it on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting: Option<Reporting>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defaults: Option<Defaults>,
    /// Settings the person cannot change, as key paths (`servers.matrix`,
    /// `defaults.language`, or a whole table: `servers`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PresetInfo {
    /// The preset format version; this build reads 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<u32>,
    /// Goes up with every new version IT publishes. A signed preset whose
    /// serial is lower than one already accepted is refused (rollback).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial: Option<u64>,
    /// For people reading the file: what this preset is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The name people see ("Ministerie van Binnenlandse Zaken").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The mail domain of work addresses (`minbzk.nl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Departments a person can pick (for fleet reports per department).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departments: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<Support>,
}

/// Where people get help.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Support {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// An https:// page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    /// A Matrix room (`#overstap-hulp:minbzk.nl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix_room: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Branding {
    /// An SVG or PNG file, relative to the preset file's folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// Design tokens the interface applies, as `#rrggbb`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colors: Option<Colors>,
}

/// The colours of the organisation's house style; the interface checks
/// contrast and falls back to its own where a pair would be unreadable.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    /// Buttons, the header bar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<String>,
    /// Text on `primary`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_text: Option<String>,
    /// Links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The keyboard focus ring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Servers {
    /// The Mastodon server (`https://social.overheid.nl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mastodon: Option<String>,
    /// The Matrix server name (`minbzk.nl`) or homeserver address (`https://matrix.minbzk.nl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<String>,
    /// The Nextcloud server (`https://cloud.minbzk.nl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nextcloud: Option<String>,
    /// Where fleet reports go: a Nextcloud public upload-only share
    /// (`https://cloud.minbzk.nl/s/<token>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_upload: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Trust {
    /// Extra CA certificates (PEM files, absolute or relative to the preset
    /// file's folder), added to the operating system's trust store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_files: Option<Vec<String>>,
    /// minisign public keys (the base64 line of a `.pub` file) that may sign
    /// presets imported by a person or fetched over the network. Only a
    /// system preset may set this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset_signing_keys: Option<Vec<String>>,
}

/// How a checklist applies in this organisation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChecklistPolicy {
    /// `false` hides the whole checklist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Per step id: required, optional or hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<BTreeMap<String, StepPolicy>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum StepPolicy {
    Required,
    Optional,
    Hidden,
}

/// A step of the organisation's own, in three languages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraStep {
    /// The checklist it joins (a shipped id).
    pub checklist: String,
    /// Unique in that checklist; lowercase a-z, 0-9 and '-'.
    pub id: String,
    /// Title per language (`nl`, `de`, `en`); every language the app offers is needed.
    pub title: BTreeMap<String, String>,
    /// Instructions per language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<BTreeMap<String, String>>,
    /// A probe id from the catalogue: the step is then done by its check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probe: Option<String>,
    /// Step ids this one waits for (`install-element`, or `matrix/install-element`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<String>>,
    /// Default true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// https:// links shown with the step, label per language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<ExtraLink>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraLink {
    pub url: String,
    /// Label per language.
    pub label: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LibreOfficePolicy {
    /// The oldest version accepted (`24.2`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_version: Option<String>,
    /// The formats documents are saved in by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_formats: Option<DefaultFormats>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DefaultFormats {
    /// OpenDocument: .odt, .ods, .odp.
    Odf,
    /// Microsoft Office: .docx, .xlsx, .pptx.
    Ooxml,
}

/// Fleet progress reports: nothing is sent unless `enabled = true`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reporting {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// What a report carries beyond step states: `department`,
    /// `blocked_reasons`, `check_outcomes`, `names`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ReportField>>,
    /// The organisation's secret salt for the pseudonymous laptop id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salt: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ReportField {
    Department,
    BlockedReasons,
    CheckOutcomes,
    /// The person's name and work address instead of a pseudonym.
    Names,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// `nl`, `de` or `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}
