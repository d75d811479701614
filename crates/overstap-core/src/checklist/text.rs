//! Joins checklist structure with its texts from the Fluent files, and
//! checks that the two match exactly in every language.
//!
//! Message ids follow the structure: `<checklist>` (value = title,
//! `.description`) and `<checklist>--<step>` (value = title, `.body`,
//! `.link-<id>`, `.confirm` on a step with `confirm = true`). Anything missing, empty, or left over is an error.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;

use super::load::{file_stem, line_col, Positions, SourceFile};
use super::load_error::{LoadError, Problem};
use super::Checklist;
use crate::lang::Lang;

/// A checklist whose texts are still empty, with where it was defined.
pub(super) struct Untexted<'a> {
    pub file: &'a str,
    pub positions: Positions,
    pub checklist: Checklist,
}

/// The message id of a step.
pub(super) fn step_key(checklist: &str, step: &str) -> String {
    format!("{checklist}--{step}")
}

/// What one message must contain: its attributes.
struct Expected {
    attributes: BTreeSet<String>,
}

fn expectations(c: &Checklist) -> BTreeMap<String, Expected> {
    let mut map = BTreeMap::new();
    map.insert(c.id.clone(), Expected { attributes: ["description".to_owned()].into() });
    for s in &c.steps {
        let mut attributes: BTreeSet<String> = ["body".to_owned()].into();
        attributes.extend(s.links.iter().map(|l| format!("link-{}", l.id)));
        if s.confirm {
            attributes.insert("confirm".to_owned());
        }
        map.insert(step_key(&c.id, &s.id), Expected { attributes });
    }
    map
}

pub(super) fn attach(
    untexted: Vec<Untexted<'_>>,
    texts: &[(Lang, SourceFile<'_>)],
    errors: &mut Vec<LoadError>,
) -> Vec<Checklist> {
    let mut result = Vec::new();
    let mut claimed: BTreeSet<(Lang, String)> = BTreeSet::new();
    let mut checklists: Vec<(Untexted<'_>, BTreeMap<String, Expected>)> = untexted
        .into_iter()
        .map(|u| {
            let e = expectations(&u.checklist);
            (u, e)
        })
        .collect();

    for lang in Lang::ALL {
        for (u, expected) in &mut checklists {
            let id = u.checklist.id.clone();
            let Some(file) = texts.iter().find(|(l, f)| *l == lang && file_stem(f.path) == id).map(|(_, f)| f) else {
                let at = u.positions.get(&id).copied().unwrap_or((1, 1));
                errors.push(LoadError::new(
                    u.file,
                    at,
                    format!("{id} ({})", lang.code()),
                    Problem::MissingTextFile { text_file: format!("locales/{}/{id}.ftl", lang.code()) },
                ));
                continue;
            };
            claimed.insert((lang, file.path.to_owned()));
            if let Some(resolved) = check_file(lang, file, u, expected, errors) {
                apply(&mut u.checklist, lang, &resolved);
            }
        }
        // Text files that belong to no checklist: every message in them is left over.
        for (l, file) in texts.iter().filter(|(l, _)| *l == lang) {
            if claimed.contains(&(*l, file.path.to_owned())) {
                continue;
            }
            if let Ok(resource) = fluent_syntax::parser::parse(file.text) {
                for m in messages(&resource) {
                    let at = locate(file.text, m.id.name, None);
                    errors.push(LoadError::new(file.path, at, m.id.name, Problem::UnknownTextKey));
                }
            }
        }
    }
    result.extend(checklists.into_iter().map(|(u, _)| u.checklist));
    result
}

fn messages<'r, 's>(resource: &'r ast::Resource<&'s str>) -> impl Iterator<Item = &'r ast::Message<&'s str>> {
    resource.body.iter().filter_map(|e| match e {
        ast::Entry::Message(m) => Some(m),
        _ => None,
    })
}

/// Checks one language's text file for one checklist and returns every
/// expected text, formatted; `None` when anything is wrong.
fn check_file(
    lang: Lang,
    file: &SourceFile<'_>,
    u: &Untexted<'_>,
    expected: &BTreeMap<String, Expected>,
    errors: &mut Vec<LoadError>,
) -> Option<BTreeMap<(String, Option<String>), String>> {
    let before = errors.len();
    let resource = match fluent_syntax::parser::parse(file.text) {
        Ok(r) => r,
        Err((_, parse_errors)) => {
            for e in parse_errors {
                let at = line_col(file.text, e.pos.start);
                errors.push(LoadError::new(
                    file.path,
                    at,
                    String::new(),
                    Problem::Syntax { detail: e.kind.to_string() },
                ));
            }
            return None;
        }
    };

    // Terms (`-brand = …`) may be shared by a file's texts, once each.
    let mut terms = BTreeSet::new();
    for entry in &resource.body {
        if let ast::Entry::Term(t) = entry {
            if !terms.insert(t.id.name) {
                let key = format!("-{}", t.id.name);
                errors.push(LoadError::new(file.path, locate_nth(file.text, &key, 2), key, Problem::DuplicateText));
            }
        }
    }

    let mut found: BTreeMap<&str, &ast::Message<&str>> = BTreeMap::new();
    for m in messages(&resource) {
        let name = m.id.name;
        let Some(exp) = expected.get(name) else {
            errors.push(LoadError::new(file.path, locate(file.text, name, None), name, Problem::UnknownTextKey));
            continue;
        };
        if found.insert(name, m).is_some() {
            errors.push(LoadError::new(file.path, locate(file.text, name, None), name, Problem::DuplicateText));
            continue;
        }
        if m.value.is_none() {
            errors.push(LoadError::new(
                file.path,
                locate(file.text, name, None),
                name,
                Problem::MissingText { text_file: file.path.to_owned() },
            ));
        }
        let mut attrs_seen = BTreeSet::new();
        for a in &m.attributes {
            let key = format!("{name}.{}", a.id.name);
            if !exp.attributes.contains(a.id.name) {
                errors.push(LoadError::new(
                    file.path,
                    locate(file.text, name, Some(a.id.name)),
                    key,
                    Problem::UnknownTextKey,
                ));
            } else if !attrs_seen.insert(a.id.name) {
                errors.push(LoadError::new(
                    file.path,
                    locate(file.text, name, Some(a.id.name)),
                    key,
                    Problem::DuplicateText,
                ));
            }
        }
        for attr in exp.attributes.iter().filter(|a| !attrs_seen.contains(a.as_str())) {
            errors.push(LoadError::new(
                file.path,
                locate(file.text, name, None),
                format!("{name}.{attr}"),
                Problem::MissingText { text_file: file.path.to_owned() },
            ));
        }
    }
    for key in expected.keys().filter(|k| !found.contains_key(k.as_str())) {
        let at = u.positions.get(key).copied().unwrap_or((1, 1));
        errors.push(LoadError::new(
            u.file,
            at,
            format!("{key} ({})", lang.code()),
            Problem::MissingText { text_file: file.path.to_owned() },
        ));
    }
    if errors.len() > before {
        return None;
    }
    format_all(lang, file, expected, errors)
}

/// Formats every expected text through Fluent (so escapes like `{"{"}` work)
/// and rejects empty ones.
fn format_all(
    lang: Lang,
    file: &SourceFile<'_>,
    expected: &BTreeMap<String, Expected>,
    errors: &mut Vec<LoadError>,
) -> Option<BTreeMap<(String, Option<String>), String>> {
    let before = errors.len();
    let fail = |errors: &mut Vec<LoadError>, key: &str, detail: String| {
        let (id, attr) = key.split_once('.').map_or((key, None), |(i, a)| (i, Some(a)));
        errors.push(LoadError::new(file.path, locate(file.text, id, attr), key, Problem::Syntax { detail }));
    };
    let langid: unic_langid::LanguageIdentifier = lang.code().parse().expect("static language code");
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(file.text.to_owned()) {
        Ok(r) => r,
        Err((_, e)) => {
            fail(errors, "", format!("{e:?}"));
            return None;
        }
    };
    // Duplicate terms (`-brand` twice) are the one clash the message checks
    // above cannot see; the bundle reports them here.
    if let Err(clashes) = bundle.add_resource(resource) {
        for clash in clashes {
            let detail = clash.to_string();
            let key = match &clash {
                fluent_bundle::FluentError::Overriding { id, .. } => id.clone(),
                _ => String::new(),
            };
            errors.push(LoadError::new(file.path, locate(file.text, &key, None), key, Problem::Syntax { detail }));
        }
        return None;
    }

    let mut out = BTreeMap::new();
    for (id, exp) in expected {
        let Some(message) = bundle.get_message(id) else {
            fail(errors, id, "message not found".into());
            continue;
        };
        let mut parts = Vec::new();
        match message.value() {
            Some(v) => parts.push((None, v)),
            None => fail(errors, id, "message has no value".into()),
        }
        for attr in &exp.attributes {
            match message.get_attribute(attr) {
                Some(a) => parts.push((Some(attr.clone()), a.value())),
                None => fail(errors, &format!("{id}.{attr}"), "attribute not found".into()),
            }
        }
        for (attr, pattern) in parts {
            let mut format_errors = Vec::new();
            let text = paragraphs(&bundle.format_pattern(pattern, None, &mut format_errors));
            let key = attr.as_ref().map_or_else(|| id.clone(), |a| format!("{id}.{a}"));
            let at = locate(file.text, id, attr.as_deref());
            if let Some(e) = format_errors.first() {
                errors.push(LoadError::new(file.path, at, key, Problem::Syntax { detail: e.to_string() }));
            } else if text.is_empty() {
                errors.push(LoadError::new(file.path, at, key, Problem::EmptyText));
            } else {
                out.insert((id.clone(), attr), text);
            }
        }
    }
    (errors.len() == before).then_some(out)
}

/// Fluent keeps the line breaks of a wrapped value; in checklist texts a
/// single line break is only wrapping (a space) and a blank line separates
/// paragraphs (kept as one blank line).
fn paragraphs(text: &str) -> String {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out.join("\n\n")
}

fn apply(c: &mut Checklist, lang: Lang, texts: &BTreeMap<(String, Option<String>), String>) {
    let get = |id: &str, attr: Option<&str>| {
        texts.get(&(id.to_owned(), attr.map(str::to_owned))).cloned().unwrap_or_default()
    };
    c.title.set(lang, get(&c.id, None));
    c.description.set(lang, get(&c.id, Some("description")));
    for s in &mut c.steps {
        let key = step_key(&c.id, &s.id);
        s.title.set(lang, get(&key, None));
        s.body.set(lang, get(&key, Some("body")));
        if s.confirm {
            s.confirm_text.set(lang, get(&key, Some("confirm")));
        }
        for l in &mut s.links {
            l.label.set(lang, get(&key, Some(&format!("link-{}", l.id))));
        }
    }
}

/// Line of the `n`th definition of entry `id` (1-based), for duplicates.
fn locate_nth(text: &str, id: &str, n: usize) -> (usize, usize) {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .nth(n - 1)
        .map_or((1, 1), |(i, _)| (i + 1, 1))
}

/// Line and column of message `id` (or its attribute) in Fluent source.
/// The Fluent AST carries no positions, so this scans the lines the way the
/// syntax defines them: a message starts at column 1, attributes are
/// indented lines beginning with `.name =`.
fn locate(text: &str, id: &str, attr: Option<&str>) -> (usize, usize) {
    let starts_entry =
        |line: &str, name: &str| line.strip_prefix(name).is_some_and(|rest| rest.trim_start().starts_with('='));
    let mut in_message = false;
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with([' ', '\t']) && !line.is_empty() {
            in_message = starts_entry(line, id);
            if in_message && attr.is_none() {
                return (i + 1, 1);
            }
        } else if in_message {
            if let Some(a) = attr {
                let trimmed = line.trim_start();
                if trimmed.strip_prefix('.').is_some_and(|rest| starts_entry(rest, a)) {
                    return (i + 1, line.len() - trimmed.len() + 1);
                }
            }
        }
    }
    (1, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_becomes_spaces_and_blank_lines_paragraphs() {
        assert_eq!(paragraphs("  one\n two\n\n\n three \n"), "one two\n\nthree");
        assert_eq!(paragraphs(" \n "), "");
    }

    #[test]
    fn locates_messages_and_attributes() {
        let text = "# c\nmatrix = Chat\n    .description = x\nmatrix--a = A\n    .body = b\n    .link-x = L\n";
        assert_eq!(locate(text, "matrix", None), (2, 1));
        assert_eq!(locate(text, "matrix", Some("description")), (3, 5));
        assert_eq!(locate(text, "matrix--a", Some("link-x")), (6, 5));
        assert_eq!(locate(text, "matrix--a", Some("description")), (1, 1));
    }
}
