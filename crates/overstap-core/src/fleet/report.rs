//! The fleet report: what one laptop tells its organisation about a person's
//! migration, as schema-versioned JSON. This file is the contract between
//! the laptops that write reports and `overstap fleet aggregate`, which reads
//! tens of thousands of them; the JSON Schema comes from these types
//! (`overstap fleet schema`, `docs/schemas/fleet-report.schema.json`).
//!
//! Only what the preset's `[reporting] include` asks for is filled in; the
//! rest is left out of the JSON, not sent empty.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::probe::ProbeStatus;
use crate::store::{Proof, StepState};

/// The `format` every fleet report carries, so a folder shared with other
/// files can tell reports apart.
pub const FORMAT: &str = "overstap-fleet-report";

/// The fleet report's own version. Readers accept this version and older;
/// adding a field does not bump it, changing or removing one does.
pub const FLEET_SCHEMA_VERSION: u32 = 1;

/// Characters no text from a person or a preset may carry into a report or
/// IT's dashboard: what steers a terminal, and what is invisible or changes
/// the reading direction, so that a text could read (or count, as a
/// department) other than it is. By Unicode general category, so new such
/// characters come with the table rather than a list kept by hand:
///
/// - `Cc` controls, other than newline and tab;
/// - `Cf` format characters: the bidi embeddings, overrides and isolates
///   (U+202A–E, U+2066–9), the direction marks (U+200E/F, U+061C), zero-width
///   space, non-joiner and joiner (U+200B–D), the word joiner and invisible
///   operators (U+2060–4), the byte order mark (U+FEFF), the soft hyphen,
///   the interlinear annotation marks (U+FFF9–B) and the tag characters;
/// - `Zl`/`Zp`, the line and paragraph separators (U+2028/9), which break a
///   line where a CSV or a terminal sees none;
/// - the whole tag block U+E0000–E007F, its unassigned places too.
///
/// Refusing the zero-width joiner also refuses emoji joined by it (👩‍💻)
/// and flags made of tag characters (🏴 for Scotland): an accepted cost, as
/// a joiner between letters is just as invisible. Accents, other scripts
/// and plain emoji (with their variation selectors) stay.
///
/// The app refuses them in what a person types (`api/step_action.rs`,
/// `api/settings.rs`) and in a preset's departments
/// (`preset/validate.rs`); the aggregate skips a report that carries one
/// and shows file names with `�` in their place.
pub fn is_unsafe_char(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory};
    if c.is_ascii() {
        return c.is_ascii_control() && c != '\n' && c != '\t';
    }
    matches!(
        get_general_category(c),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
    ) || matches!(c, '\u{E0000}'..='\u{E007F}')
}

/// `text` without the characters [`is_unsafe_char`] refuses: for what
/// goes into a report from the database or the OS (a reason stored by an
/// older version, a full name), so that the aggregate, which skips a
/// report carrying one, never loses a laptop over one invisible character.
pub fn without_unsafe_chars(text: &str) -> String {
    text.chars().filter(|&c| !is_unsafe_char(c)).collect()
}

/// One laptop's report on one day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FleetReport {
    /// Always `overstap-fleet-report`.
    pub format: String,
    /// The version of this layout (1).
    pub schema_version: u32,
    /// `<laptop_id>-<day>`: the same laptop on the same day always has the
    /// same id and file name, so an upload that is retried or repeated
    /// replaces the day's report instead of adding one.
    pub report_id: String,
    /// A pseudonym for this person on this computer: a keyed hash (HMAC-SHA256
    /// with the organisation's salt) of the computer's id and the account
    /// name, 32 hex digits. Without the salt it cannot be traced back.
    pub laptop_id: String,
    /// The day the report describes (`YYYY-MM-DD`, UTC).
    pub day: String,
    /// When the report was made (RFC 3339, UTC).
    pub generated_at: String,
    /// The Overstap version that made it.
    pub app_version: String,
    /// `linux`, `windows` or `macos`.
    pub os: String,
    /// The serial of the preset in force, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset_serial: Option<u64>,
    /// The person's department, when the preset includes `department`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Who this is, only when the preset includes `names`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<FleetPerson>,
    /// Every checklist that applies, with its steps.
    pub checklists: Vec<FleetChecklist>,
    /// The newest result of every server check, when the preset includes
    /// `check_outcomes`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checks: Option<Vec<FleetCheck>>,
}

/// The person's identity, sent only when the preset asks for names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FleetPerson {
    /// The account's full name on this computer, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The account name on this computer.
    pub account: String,
    /// The work address the person gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FleetChecklist {
    /// The checklist's id (`matrix`).
    pub id: String,
    /// Required steps that are done.
    pub done: u32,
    /// Of `done`: those Overstap proved (a check passed, or Overstap did
    /// it); the rest are done on the person's word. Absent in reports of
    /// versions before proofs were kept.
    #[serde(default)]
    pub done_checked: u32,
    /// Required steps.
    pub required: u32,
    /// Every required step is done (skipping a required step does not
    /// complete a checklist).
    pub complete: bool,
    pub steps: Vec<FleetStep>,
}

impl FleetChecklist {
    /// A checklist with its counts made from `steps`, as a laptop makes them.
    pub fn from_steps(id: String, steps: Vec<FleetStep>) -> FleetChecklist {
        let (done, done_checked, required) = counts(&steps);
        FleetChecklist { id, done, done_checked, required, complete: done == required, steps }
    }

    /// Whether `done`, `done_checked`, `required` and `complete` say what
    /// the steps say (the aggregate skips a report where they do not).
    pub fn counts_agree(&self) -> bool {
        let (done, done_checked, required) = counts(&self.steps);
        self.done == done
            && self.done_checked == done_checked
            && self.required == required
            && self.complete == (done == required)
    }
}

/// Required steps that are done, those of them Overstap proved, and
/// required steps. Only `done` counts: a skipped required step leaves the
/// checklist incomplete, as in the app (`progress.rs`).
fn counts(steps: &[FleetStep]) -> (u32, u32, u32) {
    let required = steps.iter().filter(|s| s.required);
    let done = required.clone().filter(|s| s.state == StepState::Done);
    let checked = done.clone().filter(|s| s.proof.is_some_and(Proof::by_overstap)).count();
    (done.count() as u32, checked as u32, required.count() as u32)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FleetStep {
    /// The step's id within its checklist (`install-element`).
    pub id: String,
    pub state: StepState,
    pub required: bool,
    /// Who proved a done step: `checked` / `checked-and-confirmed` /
    /// `done-by-overstap` (Overstap saw or did it) or `confirmed` (the
    /// person's word). Absent in reports of versions before proofs were kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<Proof>,
    /// Why the step is blocked, in the person's words; only for blocked
    /// steps and only when the preset includes `blocked_reasons`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The day the step last changed (`YYYY-MM-DD`), not the time: a report
    /// says how far someone is, not when they work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FleetCheck {
    /// The check's id (`matrix.discovery`).
    pub probe: String,
    pub status: ProbeStatus,
    /// What went wrong on the network, when that is the cause
    /// (`timeout`, `certificate_expired`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
    /// The day of the check (`YYYY-MM-DD`).
    pub checked_on: String,
}

impl FleetReport {
    /// The name the report is uploaded and stored under.
    pub fn file_name(&self) -> String {
        file_name(&self.report_id)
    }
}

/// `overstap-<report_id>.json`.
pub fn file_name(report_id: &str) -> String {
    format!("overstap-{report_id}.json")
}

/// The JSON Schema of a fleet report.
pub fn schema() -> serde_json::Value {
    // Through Serialize, which puts `$schema`, `title` … first; a schema is
    // a JSON object, so this cannot fail.
    serde_json::to_value(schemars::schema_for!(FleetReport)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::is_unsafe_char;

    #[test]
    fn invisible_and_direction_changing_characters_are_unsafe() {
        let groups: [(&str, &[char]); 10] = [
            ("controls", &['\u{0}', '\u{1b}', '\r', '\u{7f}', '\u{85}']),
            ("embeddings, overrides, isolates", &['\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}']),
            ("LRM, RLM, ALM", &['\u{200E}', '\u{200F}', '\u{061C}']),
            ("ZWSP, ZWNJ, ZWJ", &['\u{200B}', '\u{200C}', '\u{200D}']),
            ("word joiner, invisible operators", &['\u{2060}', '\u{2061}', '\u{2062}', '\u{2063}', '\u{2064}']),
            ("byte order mark", &['\u{FEFF}']),
            ("soft hyphen", &['\u{00AD}']),
            ("line and paragraph separators", &['\u{2028}', '\u{2029}']),
            ("interlinear annotation", &['\u{FFF9}', '\u{FFFA}', '\u{FFFB}']),
            ("tags", &['\u{E0000}', '\u{E0001}', '\u{E0020}', '\u{E0041}', '\u{E007F}']),
        ];
        for (group, chars) in groups {
            for &c in chars {
                assert!(is_unsafe_char(c), "{group}: U+{:04X} must be refused", u32::from(c));
            }
        }
    }

    #[test]
    fn ordinary_text_in_any_script_stays() {
        let texts = [
            "Team Financiën & Control — 2e etage, kamer 3.14",
            "Straße, Ærø, Łódź, çà, ñ, ő",
            "数字化转型 デジタル 디지털",
            "العربية עברית",
            "line one\nline two\tand a tab",
            "emoji 👍 ❤\u{FE0F} 🇳🇱 👋🏽",
        ];
        for text in texts {
            assert!(!text.chars().any(is_unsafe_char), "{text:?} must stay");
        }
    }
}
