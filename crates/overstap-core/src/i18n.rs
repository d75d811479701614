//! The program's own texts (errors, notices, CLI and UI labels), localized
//! with Fluent from `assets/locales/<lang>/{app,probes,signin,preset,fleet}.ftl`.
//!
//! Checklist texts are not formatted here: they are resolved once when the
//! checklists load (see `checklist::text`). Both come from the same source
//! folder, which the UI will read too.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::assets;
use crate::lang::Lang;

/// A value to put into a message placeable (`{ $name }`).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another message, formatted in the same language as the one it is put into.
    Message {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(n.into())
    }
}

/// The program's own text files in each `assets/locales/<lang>/` (every
/// other `.ftl` there belongs to a checklist of the same name).
pub const PROGRAM_TEXT_FILES: [&str; 5] = ["app", "probes", "signin", "preset", "fleet"];

/// The desktop interface's texts (`assets/locales/<lang>/ui.ftl`), bundled
/// into `ui/` at its build; the core only checks them (tests below).
pub const UI_TEXT_FILE: &str = "ui";

/// The path of one of a language's program text files inside `assets/`.
pub fn program_ftl_path(lang: Lang, name: &str) -> String {
    format!("locales/{}/{name}.ftl", lang.code())
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::Nl => &BUNDLES[0],
        Lang::De => &BUNDLES[1],
        Lang::En => &BUNDLES[2],
    };
    slot.get_or_init(|| build_bundle(lang))
}

fn build_bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("static language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) would end up in terminal output and CSV files.
    bundle.set_use_isolating(false);
    for name in PROGRAM_TEXT_FILES {
        if let Some(file) = assets::file(&program_ftl_path(lang, name)) {
            // A syntax error still yields the entries that parsed; the tests
            // in this module fail the build on any error.
            let resource = match FluentResource::try_new(file.text.to_owned()) {
                Ok(r) => r,
                Err((r, _errors)) => r,
            };
            let _ = bundle.add_resource(resource);
        }
    }
    bundle
}

/// Formats message `id` in `lang`, falling back to English and then to the
/// id itself, so that a missing text never hides the information.
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    format_in(lang, id, args).or_else(|| format_in(Lang::FALLBACK, id, args)).unwrap_or_else(|| id.to_owned())
}

/// Whether message `id` exists in `lang` (for tests that keep codes and texts in step).
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// A text argument as Fluent should see it: a whole number written as one
/// (`3`, not `007`, `24.2` or `NaN`) is a number, so a message's plural
/// selector (`[one] 1 key`) matches it. Probe messages carry every argument
/// as text (`probe::Message`), counts too.
fn text_value(s: &str) -> FluentValue<'_> {
    let whole =
        !s.is_empty() && s.len() <= 15 && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    match s.parse::<i64>() {
        Ok(n) if whole => FluentValue::from(n),
        _ => FluentValue::from(s),
    }
}

fn format_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, text_value(s)),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Message { id, args } => fluent_args.set(*name, FluentValue::from(tr(lang, id, args))),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_texts_parse_without_errors_in_every_language() {
        for lang in Lang::ALL {
            for name in PROGRAM_TEXT_FILES.into_iter().chain([UI_TEXT_FILE]) {
                let path = program_ftl_path(lang, name);
                let file = assets::file(&path).unwrap_or_else(|| panic!("missing {path}"));
                if let Err((_, errors)) = FluentResource::try_new(file.text.to_owned()) {
                    panic!("{path}: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn every_program_message_exists_in_every_language() {
        let ids = |lang: Lang| -> std::collections::BTreeSet<String> {
            let mut ids = std::collections::BTreeSet::new();
            for name in PROGRAM_TEXT_FILES.into_iter().chain([UI_TEXT_FILE]) {
                let file = assets::file(&program_ftl_path(lang, name)).expect("program text file");
                let resource = fluent_syntax::parser::parse(file.text).expect("parses");
                for entry in &resource.body {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        // A second definition would be dropped without a word.
                        assert!(ids.insert(m.id.name.to_owned()), "{lang}: {} is defined twice", m.id.name);
                    }
                }
            }
            ids
        };
        let en = ids(Lang::En);
        assert!(en.len() > 10, "app.ftl looks empty");
        for lang in [Lang::Nl, Lang::De] {
            let other = ids(lang);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, extra {extra:?}");
        }
    }

    #[test]
    fn a_count_given_as_text_selects_its_plural() {
        // probe::Message carries every argument as text.
        let one = tr(Lang::En, "probe-matrix-key-backup-pass", &[("count", "1".into())]);
        let many = tr(Lang::En, "probe-matrix-key-backup-pass", &[("count", "12".into())]);
        assert!(one.contains("(1 key)") && many.contains("(12 keys)"), "{one} / {many}");
        assert!(tr(Lang::De, "probe-matrix-key-backup-pass", &[("count", "1".into())]).contains("1 Schlüssel"));
        // Only whole numbers written as such become numbers: the rest stays text.
        for text in ["007", "24.2", "NaN", "1e3", "", "12345678901234567890"] {
            assert_eq!(text_value(text), FluentValue::from(text), "{text:?}");
        }
        assert_eq!(text_value("0"), FluentValue::from(0));
    }

    /// Every count a message shows with a noun after it goes through a
    /// plural selector on that count (`{ $count -> [one] 1 key *[other] { $count } keys }`),
    /// never straight into the text ("1 keys", "problem(s)").
    #[test]
    fn counts_go_through_plural_selectors() {
        use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
        const COUNTS: [&str; 5] = ["count", "total", "attempts", "problems", "checklists"];
        // No noun after them: "3 blocked" (an adjective), "2.1 GB" (a size as text).
        const NO_NOUN: [(&str, &str); 3] = [
            ("cli-blocked-count", "count"),
            ("probe-nextcloud-quota-pass", "total"),
            ("probe-nextcloud-quota-low", "total"),
        ];
        // The variables placed in `pattern` outside a selector on themselves.
        fn loose<'a>(pattern: &Pattern<&'a str>, selected: Option<&str>, out: &mut Vec<&'a str>) {
            for element in &pattern.elements {
                let PatternElement::Placeable { expression } = element else { continue };
                match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) if Some(id.name) != selected => {
                        out.push(id.name)
                    }
                    Expression::Select { selector, variants } => {
                        let on = match selector {
                            InlineExpression::VariableReference { id } => Some(id.name),
                            _ => None,
                        };
                        for v in variants {
                            loose(&v.value, on, out);
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut unselected = Vec::new();
        for lang in Lang::ALL {
            for name in ["ui", "app", "probes", "preset"] {
                let file = assets::file(&program_ftl_path(lang, name)).expect("text file");
                let resource = fluent_syntax::parser::parse(file.text).expect("parses");
                for entry in &resource.body {
                    let fluent_syntax::ast::Entry::Message(m) = entry else { continue };
                    let Some(value) = &m.value else { continue };
                    let mut found = Vec::new();
                    loose(value, None, &mut found);
                    for var in found.into_iter().filter(|v| COUNTS.contains(v) && !NO_NOUN.contains(&(m.id.name, *v))) {
                        unselected.push(format!("{lang}/{name}.ftl {}: ${var}", m.id.name));
                    }
                }
            }
        }
        assert!(unselected.is_empty(), "counts without a plural selector:\n{}", unselected.join("\n"));
    }

    #[test]
    fn formats_arguments_and_falls_back_to_the_id() {
        let text = tr(Lang::En, "error-unknown-checklist", &[("id", "fax".into())]);
        assert!(text.contains("fax"), "{text}");
        assert!(!text.contains('\u{2068}'), "no isolation marks: {text:?}");
        assert_eq!(tr(Lang::De, "no-such-message-id", &[]), "no-such-message-id");
    }
}
