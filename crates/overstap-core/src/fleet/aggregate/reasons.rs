//! Blocked reasons as people type them, grouped: "e-Akte braucht Makros",
//! "e-akte braucht makros." and "e-Akte  braucht Makros!" are one reason.
//! This is where the specialist applications that hold people back show
//! up, so near-identical spellings must not split a group.

use super::text::collapse_whitespace;

/// Punctuation that ends a sentence without changing what it says.
const TRAILING: &[char] = &['.', ',', ';', ':', '!', '?', '…', '。'];

/// The reason as it is shown: whitespace collapsed, trailing punctuation
/// dropped, its own capitals kept. `None` when nothing is left.
pub(crate) fn shown(reason: &str) -> Option<String> {
    let collapsed = collapse_whitespace(reason);
    let trimmed = collapsed.trim_end_matches(|c: char| TRAILING.contains(&c) || c.is_whitespace());
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The key reasons are grouped by: [`shown`] in lower case.
pub(crate) fn group_key(shown: &str) -> String {
    shown.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_that_differ_in_case_space_and_final_punctuation_group_together() {
        let variants = [
            "e-Akte braucht Makros",
            "e-akte  braucht makros.",
            " E-Akte braucht Makros !! ",
            "e-akte\tbraucht makros…",
        ];
        let keys: Vec<_> = variants.iter().map(|v| group_key(&shown(v).unwrap())).collect();
        assert!(keys.iter().all(|k| k == "e-akte braucht makros"), "{keys:?}");
        assert_eq!(shown(" Vakapplicatie  Corsa. ").as_deref(), Some("Vakapplicatie Corsa"));
    }

    #[test]
    fn a_reason_of_only_punctuation_is_no_reason() {
        assert_eq!(shown(" ... "), None);
        assert_eq!(shown(""), None);
    }

    #[test]
    fn punctuation_inside_is_kept() {
        assert_eq!(shown("v2.1: needs VBA!").as_deref(), Some("v2.1: needs VBA"));
    }
}
