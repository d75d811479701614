//! Texts from reports and file names made safe to print: hostile input must
//! not steer a terminal (escape sequences), reorder a line (bidi controls),
//! hide characters (zero-width ones) or flood the output.

use crate::fleet::report::is_unsafe_char;

/// `text` with control, invisible and bidi-control characters shown as `�`, cut to
/// `max_chars` with an ellipsis.
pub(crate) fn printable(text: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_chars * 4));
    for (i, c) in text.chars().enumerate() {
        if i == max_chars {
            out.push('…');
            break;
        }
        out.push(if is_unsafe_char(c) { '\u{FFFD}' } else { c });
    }
    out
}

/// Whitespace runs as one space, trimmed: how departments and reasons are compared.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_controls_are_defused_and_length_is_bounded() {
        assert_eq!(printable("a\u{1b}[31mb", 10), "a\u{FFFD}[31mb");
        assert_eq!(printable("x\u{202E}y", 10), "x\u{FFFD}y");
        assert_eq!(printable("a\u{200B}b\u{2029}c\u{E0001}", 10), "a\u{FFFD}b\u{FFFD}c\u{FFFD}");
        assert_eq!(printable("abcdef", 3), "abc…");
        assert_eq!(printable("line\nnext", 20), "line\nnext");
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(collapse_whitespace("  Team \t  Finance\n"), "Team Finance");
        assert_eq!(collapse_whitespace(" \n "), "");
    }
}
