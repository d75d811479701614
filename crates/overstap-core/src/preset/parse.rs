//! Reading one preset file the way browsers read policies: every problem
//! is listed with file, line, column and key path, and everything valid
//! still applies. A setting with the wrong type or an unknown key is left
//! out; a syntax error, or a format newer than this build reads, refuses
//! the whole file (guessing what a broken file meant could weaken a lock).

use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;
use toml::de::{DeTable, DeValue};

use super::model::{Preset, FORMAT_VERSION};
use super::validate;
use crate::checklist::{line_col, Library};
use crate::lang::Lang;
use crate::probe::Message;

/// How many broken settings one file may have before the rest is not read either.
const MAX_PROBLEMS: usize = 200;

/// One problem in a preset file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PresetProblem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The key path (`servers.matrix`, `extra_steps[0].title`); empty for the whole file.
    pub key: String,
    /// What is wrong, rendered in the reader's language when shown.
    pub message: Message,
}

impl PresetProblem {
    /// `file:line:column: key: message`, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let place = format!("{}:{}:{}", self.file, self.line, self.column);
        match self.key.as_str() {
            "" => format!("{place}: {}", self.message.render(lang)),
            key => format!("{place}: {key}: {}", self.message.render(lang)),
        }
    }
}

/// A preset file read: the valid part, and what was wrong.
#[derive(Debug, Clone, Default)]
pub struct ParsedPreset {
    pub preset: Preset,
    pub problems: Vec<PresetProblem>,
    /// Nothing of the file applies (a syntax error, an unsupported format).
    pub refused: bool,
}

/// Where each key path stands in the text: its key (for "unknown key") and its value.
pub(super) struct Spans<'a> {
    file: &'a str,
    text: &'a str,
    keys: HashMap<String, (Range<usize>, Range<usize>)>,
}

impl Spans<'_> {
    /// A problem at `key` (the value's position, or the key's for `at_key`).
    pub(super) fn problem(&self, key: &str, at_key: bool, message: Message) -> PresetProblem {
        let offset =
            self.keys.get(key).or_else(|| self.nearest(key)).map_or(0, |(k, v)| if at_key { k.start } else { v.start });
        let (line, column) = line_col(self.text, offset);
        PresetProblem { file: self.file.to_owned(), line, column, key: key.to_owned(), message }
    }

    /// The closest enclosing key that has a position (`a.b[2].c` → `a.b[2]` → `a.b` …).
    fn nearest(&self, key: &str) -> Option<&(Range<usize>, Range<usize>)> {
        let mut k = key;
        while let Some(cut) = k.rfind(['.', '[']) {
            k = &k[..cut];
            if let Some(found) = self.keys.get(k) {
                return Some(found);
            }
        }
        None
    }
}

/// Reads `text` (from `file`, named in problems); checklist and step ids
/// are checked against `library`.
pub fn parse(text: &str, file: &str, library: &Library) -> ParsedPreset {
    let (document, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        let problems = syntax_errors
            .iter()
            .map(|e| {
                let (line, column) = line_col(text, e.span().map_or(0, |s| s.start));
                let detail = e.message().lines().next().unwrap_or_default().to_owned();
                PresetProblem {
                    file: file.to_owned(),
                    line,
                    column,
                    key: String::new(),
                    message: Message::new("preset-syntax").arg("detail", detail),
                }
            })
            .collect();
        return ParsedPreset { preset: Preset::default(), problems, refused: true };
    }
    let mut spans = Spans { file, text, keys: HashMap::new() };
    collect_spans(document.get_ref(), "", &mut spans.keys);
    let Ok(mut value) = toml::from_str::<toml::Value>(text) else {
        // The recovering parser accepted what the strict one refuses: refuse too.
        let problem = spans.problem("", false, Message::new("preset-syntax").arg("detail", "not a TOML document"));
        return ParsedPreset { preset: Preset::default(), problems: vec![problem], refused: true };
    };

    let mut problems = Vec::new();
    let preset = loop {
        match serde_path_to_error::deserialize::<_, Preset>(value.clone()) {
            Ok(preset) => break preset,
            Err(e) => {
                let key = e.path().to_string();
                let key = if key == "." { String::new() } else { key };
                let detail = e.inner().message().to_owned();
                let unknown = detail.starts_with("unknown field");
                let message = if unknown {
                    Message::new("preset-unknown-key")
                } else {
                    Message::new("preset-wrong-type").arg("detail", detail.lines().next().unwrap_or_default())
                };
                problems.push(spans.problem(&key, unknown, message));
                if problems.len() >= MAX_PROBLEMS || !remove(&mut value, &key) {
                    return ParsedPreset { preset: Preset::default(), problems, refused: true };
                }
            }
        }
    };

    let format = preset.preset.as_ref().and_then(|p| p.format);
    if let Some(found) = format.filter(|f| *f != FORMAT_VERSION) {
        problems.push(spans.problem(
            "preset.format",
            false,
            Message::new("preset-format-unsupported").arg("found", found).arg("supported", FORMAT_VERSION),
        ));
        return ParsedPreset { preset: Preset::default(), problems, refused: true };
    }
    let mut preset = preset;
    validate::validate(&mut preset, library, &spans, &mut problems);
    // In reading order, as an editor would list them.
    problems.sort_by_key(|p| (p.line, p.column));
    ParsedPreset { preset, problems, refused: false }
}

/// The positions of every key path in `text`, for checks made after the
/// file was read (`rollout.rs`); an empty map when the text does not parse.
pub(super) fn spans<'a>(text: &'a str, file: &'a str) -> Spans<'a> {
    let (document, _) = DeTable::parse_recoverable(text);
    let mut spans = Spans { file, text, keys: HashMap::new() };
    collect_spans(document.get_ref(), "", &mut spans.keys);
    spans
}

/// Records the position of every key path under `prefix`.
fn collect_spans(table: &DeTable<'_>, prefix: &str, out: &mut HashMap<String, (Range<usize>, Range<usize>)>) {
    for (key, value) in table.iter() {
        let path = if prefix.is_empty() { key.get_ref().to_string() } else { format!("{prefix}.{}", key.get_ref()) };
        out.insert(path.clone(), (key.span(), value.span()));
        collect_value(value.get_ref(), &path, key.span(), out);
    }
}

fn collect_value(
    value: &DeValue<'_>,
    path: &str,
    key_span: Range<usize>,
    out: &mut HashMap<String, (Range<usize>, Range<usize>)>,
) {
    match value {
        DeValue::Table(table) => collect_spans(table, path, out),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let item_path = format!("{path}[{i}]");
                out.insert(item_path.clone(), (key_span.clone(), item.span()));
                collect_value(item.get_ref(), &item_path, item.span(), out);
            }
        }
        _ => {}
    }
}

/// Removes the value at `path` (`a.b[1].c`) so the rest can be read; false if it is not there.
fn remove(value: &mut toml::Value, path: &str) -> bool {
    let segments = split_path(path);
    let Some((last, parents)) = segments.split_last() else { return false };
    let mut node = value;
    for segment in parents {
        let next = match (segment, node) {
            (Segment::Key(k), toml::Value::Table(t)) => t.get_mut(k.as_str()),
            (Segment::Index(i), toml::Value::Array(a)) => a.get_mut(*i),
            _ => None,
        };
        match next {
            Some(n) => node = n,
            None => return false,
        }
    }
    match (last, node) {
        (Segment::Key(k), toml::Value::Table(t)) => t.remove(k.as_str()).is_some(),
        (Segment::Index(i), toml::Value::Array(a)) if *i < a.len() => {
            a.remove(*i);
            true
        }
        _ => false,
    }
}

enum Segment {
    Key(String),
    Index(usize),
}

/// `a.b[1].c` → `a`, `b`, 1, `c` (as serde_path_to_error writes paths).
fn split_path(path: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, rest) = part.split_once('[').map_or((part, ""), |(n, r)| (n, r));
        if !name.is_empty() {
            out.push(Segment::Key(name.to_owned()));
        }
        for index in rest.split('[').filter(|s| !s.is_empty()) {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                out.push(Segment::Index(i));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str, file: &str) -> ParsedPreset {
        super::parse(text, file, &crate::checklist::load_embedded().unwrap())
    }

    fn ids(parsed: &ParsedPreset) -> Vec<(String, String, usize)> {
        parsed.problems.iter().map(|p| (p.key.clone(), p.message.id.clone(), p.line)).collect()
    }

    #[test]
    fn unknown_keys_and_wrong_types_are_listed_and_the_rest_applies() {
        let text = "[servers]\nmatrix = \"minbzk.nl\"\nmastodn = \"https://social.overheid.nl\"\nnextcloud = 42\n\n[defaults]\nlanguage = \"nl\"\n";
        let parsed = parse(text, "preset.toml");
        assert!(!parsed.refused);
        assert_eq!(
            ids(&parsed),
            vec![
                ("servers.mastodn".into(), "preset-unknown-key".into(), 3),
                ("servers.nextcloud".into(), "preset-wrong-type".into(), 4)
            ]
        );
        let servers = parsed.preset.servers.unwrap();
        assert_eq!(servers.matrix.as_deref(), Some("minbzk.nl"));
        assert_eq!(servers.nextcloud, None);
        assert_eq!(parsed.preset.defaults.unwrap().language.as_deref(), Some("nl"));
        assert_eq!(parsed.problems[0].column, 1, "an unknown key is shown at the key");
        assert_eq!(parsed.problems[1].column, 13, "a wrong value is shown at the value");
    }

    #[test]
    fn a_syntax_error_refuses_the_whole_file_with_its_position() {
        let parsed = parse("[servers]\nmatrix = \"minbzk.nl\"\nnextcloud = https://x\n", "p.toml");
        assert!(parsed.refused);
        assert_eq!(parsed.preset, Preset::default());
        assert_eq!(parsed.problems[0].line, 3);
        assert_eq!(parsed.problems[0].message.id, "preset-syntax");
    }

    #[test]
    fn a_newer_format_is_refused() {
        let parsed = parse("[preset]\nformat = 2\n[servers]\nmatrix = \"x.nl\"\n", "p.toml");
        assert!(parsed.refused);
        assert_eq!(ids(&parsed), vec![("preset.format".into(), "preset-format-unsupported".into(), 2)]);
    }

    #[test]
    fn problems_inside_arrays_of_tables_are_placed() {
        let text = "[[extra_steps]]\nchecklist = \"matrix\"\nid = \"e-akte\"\ntitle = { nl = \"a\", de = \"b\", en = \"c\" }\ncolour = 1\n";
        let parsed = parse(text, "p.toml");
        assert_eq!(ids(&parsed), vec![("extra_steps[0].colour".into(), "preset-unknown-key".into(), 5)]);
        assert_eq!(parsed.preset.extra_steps.unwrap()[0].id, "e-akte");
    }

    #[test]
    fn split_path_reads_serde_paths() {
        let s = split_path("extra_steps[3].title.nl");
        assert!(
            matches!(&s[..], [Segment::Key(a), Segment::Index(3), Segment::Key(b), Segment::Key(c)] if a == "extra_steps" && b == "title" && c == "nl")
        );
    }
}
