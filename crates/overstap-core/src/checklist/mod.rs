//! Checklists as data: the types, and the loader that builds them from
//! `assets/checklists/*.toml` plus `assets/locales/<lang>/*.ftl`.
//!
//! A [`Library`] is immutable once loaded and fully validated: every id is
//! unique, every dependency resolves, there is no cycle, and every text exists
//! in every [`Lang`]. Code that holds a `Library` never checks these again.

mod catalog;
mod graph;
mod load;
pub(crate) use load::line_col;
mod load_error;
mod text;

use serde::Serialize;

use crate::lang::Lang;

pub use catalog::{ACTIONS, PROBES};
pub use load::{load_embedded, load_from, SourceFile};
pub use load_error::{LoadError, LoadErrors, Problem};

/// All checklists, in overview order.
#[derive(Debug, Clone)]
pub struct Library {
    checklists: Vec<Checklist>,
}

impl Library {
    pub fn checklists(&self) -> &[Checklist] {
        &self.checklists
    }

    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    /// A library made of `checklists` that the caller has kept valid (the
    /// preset's policies only remove steps and add checked ones).
    pub(crate) fn from_checklists(checklists: Vec<Checklist>) -> Library {
        Library { checklists }
    }
}

/// One destination to move to (Matrix, Nextcloud …), as an ordered list of steps.
#[derive(Debug, Clone)]
pub struct Checklist {
    pub id: String,
    pub order: i64,
    pub title: Localized,
    pub description: Localized,
    pub steps: Vec<Step>,
}

impl Checklist {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

/// One thing the person does or the app checks.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    pub required: bool,
    pub depends_on: Vec<StepRef>,
    pub links: Vec<Link>,
    /// Set exactly when `kind` is [`StepKind::Probe`].
    pub probe: Option<Invocation>,
    /// Set exactly when `kind` is [`StepKind::Action`].
    pub action: Option<Invocation>,
    /// A probe step the check alone cannot prove: done only when its check
    /// passes *and* the person confirms [`Step::confirm_text`] (what no
    /// machine can see, e.g. "I have stored the recovery key").
    pub confirm: bool,
    pub title: Localized,
    pub body: Localized,
    /// What the person confirms (`.confirm`); empty unless `confirm`.
    pub confirm_text: Localized,
}

/// How a step gets done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum StepKind {
    /// The person does it and confirms it.
    Manual,
    /// The app checks it against the organisation's servers.
    Probe,
    /// The app does it for the person.
    Action,
}

/// A probe or action from the catalogue, with the parameters the data gives it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Invocation {
    pub id: String,
    /// A JSON object (empty when the data gives none).
    pub params: serde_json::Value,
}

/// A web page that helps with a step.
#[derive(Debug, Clone)]
pub struct Link {
    pub id: String,
    pub url: String,
    pub label: Localized,
}

/// `checklist/step`: how steps are named across the program.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct StepRef {
    pub checklist: String,
    pub step: String,
}

impl StepRef {
    pub fn new(checklist: impl Into<String>, step: impl Into<String>) -> Self {
        StepRef { checklist: checklist.into(), step: step.into() }
    }

    /// Parses `checklist/step`; `None` unless both halves are present.
    pub fn parse(text: &str) -> Option<StepRef> {
        let (checklist, step) = text.split_once('/')?;
        if checklist.is_empty() || step.is_empty() || step.contains('/') {
            return None;
        }
        Some(StepRef::new(checklist, step))
    }
}

impl std::fmt::Display for StepRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.checklist, self.step)
    }
}

/// A text in every language; complete by construction (the loader checks).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Localized {
    nl: String,
    de: String,
    en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }

    pub(crate) fn set(&mut self, lang: Lang, text: String) {
        match lang {
            Lang::Nl => self.nl = text,
            Lang::De => self.de = text,
            Lang::En => self.en = text,
        }
    }
}

/// Whether `id` is a valid checklist, step or link id: `^[a-z][a-z0-9-]*$`.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.contains("--") // "--" separates checklist and step in message ids
        && !id.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_refs_need_both_halves() {
        assert_eq!(StepRef::parse("matrix/install-element"), Some(StepRef::new("matrix", "install-element")));
        assert_eq!(StepRef::parse("matrix"), None);
        assert_eq!(StepRef::parse("matrix/"), None);
        assert_eq!(StepRef::parse("/x"), None);
        assert_eq!(StepRef::parse("a/b/c"), None);
    }

    #[test]
    fn ids_are_lowercase_kebab_without_double_dashes() {
        assert!(is_valid_id("install-element"));
        assert!(is_valid_id("x2"));
        assert!(!is_valid_id("Install"));
        assert!(!is_valid_id("2fa"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id("a-"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a_b"));
    }
}
