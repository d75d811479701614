//! The body of each command's `--json` output, one type per output. The
//! commands print these (inside [`crate::envelope::Envelope`]) and
//! `schemas.rs` makes `docs/schemas/` from them: a field added here is
//! printed and documented at once, and one printed by hand could not be.

use std::path::PathBuf;

use overstap_core::api::{
    ActionOutcome, CheckReport, ChecklistDetail, ChecklistSummary, ClientConfigs, FleetPreview, FleetSendView,
    FleetStatusView, PresetImport, PresetValidation, PresetView, ProgressView, SettingsView, SignInStartView,
    StepChanged,
};
use overstap_core::fleet::aggregate::Figures;
use overstap_core::preset::examples::ExampleView;
use overstap_core::store::SignInRecord;
use overstap_core::{ErrorPayload, Lang};
use schemars::JsonSchema;
use serde::Serialize;

/// `checklists`: every checklist with its progress and next step.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Checklists {
    /// The language of every text in the document.
    pub lang: Lang,
    pub checklists: Vec<ChecklistSummary>,
}

/// `show CHECKLIST`: one checklist with every step.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Show {
    /// The language of every text in the document.
    pub lang: Lang,
    pub checklist: ChecklistDetail,
}

/// `step CHECKLIST/STEP ACTION`: the change, as stored.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Step {
    pub change: StepChanged,
}

/// `progress`: every checklist's progress plus the totals.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Progress {
    /// The language of every text in the document.
    pub lang: Lang,
    pub progress: ProgressView,
}

/// `export --out FILE`: where the export went (the export itself is in the file).
#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportWritten {
    pub written: PathBuf,
}

/// One result line of `apply`, printed once that line's change is stored
/// (or refused).
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum ApplyLine {
    Applied {
        /// The input line's number, from 1 (blank lines count, but print nothing).
        line: usize,
        #[schemars(extend("const" = true))]
        ok: bool,
        change: StepChanged,
    },
    Refused {
        /// The input line's number, from 1.
        line: usize,
        #[schemars(extend("const" = false))]
        ok: bool,
        error: ErrorPayload,
    },
}

/// `check`: every check's result with its evidence, and the counts.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Check {
    /// The language of every text in the document.
    pub lang: Lang,
    pub check: CheckReport,
}

/// `action ID [--undo]`: what the action did.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Action {
    pub action: ActionOutcome,
}

/// `login`'s first line: the sign-in has begun (open `browser_url`).
#[derive(Debug, Serialize, JsonSchema)]
pub struct SignInStarted {
    pub sign_in: SignInStartView,
}

/// `login`'s last line when it worked.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SignedIn {
    pub signed_in: SignInRecord,
}

/// `logout SERVICE`: the sign-in removed, or null when there was none.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SignedOut {
    pub signed_out: Option<SignInRecord>,
}

/// `accounts`: where the person is signed in (never the secrets).
#[derive(Debug, Serialize, JsonSchema)]
pub struct Accounts {
    pub accounts: Vec<SignInRecord>,
}

/// `settings [show | set | unset | skip-first-run]`: every setting afterwards.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Settings {
    pub settings: SettingsView,
}

/// `preset show`: the configuration in force.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PresetShow {
    pub preset: PresetView,
}

/// `preset validate FILE`: every problem of one file.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PresetValidate {
    pub validation: PresetValidation,
}

/// `preset import FILE`: the signed preset accepted.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PresetImported {
    pub imported: PresetImport,
}

/// `preset examples`: the example organisations to try.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PresetExamples {
    pub examples: Vec<ExampleView>,
}

/// `preset use-example ID | --none`: the example in use from the next start (null: none).
#[derive(Debug, Serialize, JsonSchema)]
pub struct PresetUseExample {
    pub example: Option<String>,
}

/// `preset client-configs --out DIR`: the files written.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PresetClientConfigs {
    pub client_configs: ClientConfigs,
}

/// `fleet status`: whether reporting is on, where to, what waits.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FleetStatus {
    pub fleet: FleetStatusView,
}

/// `fleet preview [--mark-seen]`: exactly what would be sent now.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FleetPreviewed {
    pub preview: FleetPreview,
    /// `--mark-seen` was given: the person has now seen what is sent.
    pub marked_seen: bool,
}

/// `fleet send [--now]`: what was uploaded and what still waits.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FleetSend {
    pub fleet_send: FleetSendView,
}

/// `fleet aggregate SOURCE --out FILE`: what was read and written, and the figures.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FleetAggregate {
    pub aggregate: AggregateView,
}

/// The run of `fleet aggregate`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AggregateView {
    /// The folder or WebDAV address read (without any password).
    pub source: String,
    /// The HTML dashboard written.
    pub dashboard: PathBuf,
    /// The CSV written, when `--csv` was given.
    pub csv: Option<PathBuf>,
    /// Files that are not `.json`, left alone.
    pub other_files: u64,
    /// The files skipped, each with its reason (up to a limit: `figures.skipped_total` counts all).
    pub skipped: Vec<SkippedFile>,
    /// Everything the dashboard shows.
    pub figures: Figures,
}

/// A report file left out of the figures.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SkippedFile {
    /// Its path inside the source.
    pub file: String,
    /// Why, as a stable code scripts can branch on (`not_json`, `too_large`, `newer_schema`, …).
    pub code: String,
    /// Why, in the output's language.
    pub reason: String,
}
