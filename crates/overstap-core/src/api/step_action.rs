//! What a person can do to a step, and the limits on the text they give.

use serde::Deserialize;

use crate::error::{Error, ErrorCode, Result};
use crate::store::StepState;

/// The longest blocked reason, in characters: a sentence or two, enough to
/// name a specialist application and what fails in it.
pub const MAX_REASON_CHARS: usize = 500;
/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// A change a person asks for.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "action", rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum StepAction {
    Done,
    Skip,
    /// Back to `todo`.
    Reset,
    /// Cannot go on, and why (e.g. a specialist application that does not work yet).
    Block {
        reason: String,
    },
}

impl StepAction {
    pub fn state(&self) -> StepState {
        match self {
            StepAction::Done => StepState::Done,
            StepAction::Skip => StepState::Skipped,
            StepAction::Reset => StepState::Todo,
            StepAction::Block { .. } => StepState::Blocked,
        }
    }

    /// The reason, trimmed; an error when blocking without one.
    pub(crate) fn validated_reason(&self) -> Result<Option<String>> {
        match self {
            StepAction::Block { reason } => {
                let reason = clean_text(reason, "reason", MAX_REASON_CHARS)?;
                if reason.is_empty() {
                    return Err(Error::new(ErrorCode::InvalidInput, "error-reason-required"));
                }
                Ok(Some(reason))
            }
            _ => Ok(None),
        }
    }
}

/// Trims `text`, turns Windows line ends into plain ones, and refuses
/// control characters (other than line breaks and tabs), invisible and
/// direction-changing characters (which can make a reason read differently
/// to IT than it was typed; see [`crate::fleet::report::is_unsafe_char`])
/// and texts over `max` characters.
pub(crate) fn clean_text(text: &str, field: &'static str, max: usize) -> Result<String> {
    let normalized = text.replace("\r\n", "\n");
    let trimmed = normalized.trim();
    let chars = trimmed.chars().count();
    if chars > max {
        return Err(Error::new(ErrorCode::InvalidInput, "error-text-too-long")
            .arg("field", field_name(field))
            .arg("max", max)
            .arg("length", chars));
    }
    if trimmed.chars().any(crate::fleet::report::is_unsafe_char) {
        return Err(Error::new(ErrorCode::InvalidInput, "error-text-control-chars").arg("field", field_name(field)));
    }
    Ok(trimmed.to_owned())
}

/// The field's name, localized with the message it appears in.
fn field_name(field: &'static str) -> crate::i18n::Arg {
    let id = match field {
        "reason" => "field-reason",
        _ => "field-note",
    };
    crate::i18n::Arg::Message { id, args: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocking_needs_a_real_reason() {
        let err = StepAction::Block { reason: "  \n ".into() }.validated_reason().unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        let ok = StepAction::Block { reason: " e-Akte opens no .odt ".into() }.validated_reason().unwrap();
        assert_eq!(ok.as_deref(), Some("e-Akte opens no .odt"));
        assert_eq!(StepAction::Done.validated_reason().unwrap(), None);
    }

    #[test]
    fn long_and_control_texts_are_refused_with_their_field() {
        let long = "x".repeat(MAX_REASON_CHARS + 1);
        let err = StepAction::Block { reason: long }.validated_reason().unwrap_err();
        assert!(err.message(crate::Lang::En).contains(&MAX_REASON_CHARS.to_string()));
        assert!(clean_text("a\u{0}b", "note", 10).is_err());
        assert_eq!(clean_text("a\nb\tc", "note", 10).unwrap(), "a\nb\tc");
        assert_eq!(clean_text("a\r\nb", "note", 10).unwrap(), "a\nb");
        assert!(clean_text("pay \u{202E}gnp.exe", "reason", 50).is_err());
        for hidden in ["in\u{200B}visible", "\u{200F}rtl", "team\u{200D}work", "a\u{2028}b", "tag\u{E0041}"] {
            let err = clean_text(hidden, "reason", 50).unwrap_err();
            assert!(err.message(crate::Lang::En).contains("change the reading direction"), "{hidden:?}");
        }
        assert_eq!(clean_text("Zaaksysteem café 👍", "reason", 50).unwrap(), "Zaaksysteem café 👍");
    }
}
