//! Reads checklist structure from TOML, validates it, and joins it with
//! its texts. Every problem is collected (not just the first) so one run
//! shows everything to fix.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use super::load_error::{LoadError, LoadErrors, Problem};
use super::{
    catalog, graph, is_valid_id, text, Checklist, Invocation, Library, Link, Localized, Step, StepKind, StepRef,
};
use crate::assets;
use crate::lang::Lang;

/// Checklist ids that name the program's own text files in `locales/<lang>/`.
/// Ids a checklist cannot have: their `.ftl` names are taken by program texts.
const RESERVED_CHECKLIST_IDS: [&str; 6] = {
    let [a, b, c, d, e] = crate::i18n::PROGRAM_TEXT_FILES;
    [a, b, c, d, e, crate::i18n::UI_TEXT_FILE]
};

/// A file handed to the loader: its path (used in errors) and contents.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// Loads the checklists shipped inside the binary.
pub fn load_embedded() -> Result<Library, LoadErrors> {
    let to_source = |f: assets::AssetFile<'static>| SourceFile { path: f.path, text: f.text };
    let checklists: Vec<_> = assets::files("checklists", "toml").into_iter().map(to_source).collect();
    let texts: Vec<_> = Lang::ALL
        .iter()
        .flat_map(|lang| {
            assets::files(&format!("locales/{}", lang.code()), "ftl")
                .into_iter()
                .filter(|f| !RESERVED_CHECKLIST_IDS.contains(&file_stem(f.path)))
                .map(move |f| (*lang, to_source(f)))
        })
        .collect();
    load_from(&checklists, &texts)
}

/// Loads checklists from `checklists` (TOML, one per checklist) and `texts`
/// (Fluent, one per checklist and language, named `.../<lang>/<id>.ftl`).
pub fn load_from(checklists: &[SourceFile<'_>], texts: &[(Lang, SourceFile<'_>)]) -> Result<Library, LoadErrors> {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    // Texts of a checklist whose structure did not parse are not checked:
    // every one of them would otherwise be reported as unused.
    let mut unparsed: HashSet<&str> = HashSet::new();
    for file in checklists {
        match parse_file(file) {
            Ok(raw) => parsed.push((file, raw)),
            Err(e) => {
                unparsed.insert(file_stem(file.path));
                errors.push(e);
            }
        }
    }

    let mut seen_ids: HashSet<String> = HashSet::new();
    let mut built = Vec::new();
    let mut edges = Vec::new();
    for (file, raw) in &parsed {
        let at = |span: std::ops::Range<usize>| line_col(file.text, span.start);
        let id = raw.id.get_ref();
        let expected = file_stem(file.path);
        if !is_valid_id(id) {
            errors.push(LoadError::new(file.path, at(raw.id.span()), "id", Problem::InvalidId { id: id.clone() }));
        } else if RESERVED_CHECKLIST_IDS.contains(&id.as_str()) {
            errors.push(LoadError::new(file.path, at(raw.id.span()), "id", Problem::ReservedId { id: id.clone() }));
        } else if id != expected {
            errors.push(LoadError::new(
                file.path,
                at(raw.id.span()),
                "id",
                Problem::IdNotFileName { expected: expected.to_owned() },
            ));
        }
        if !seen_ids.insert(id.clone()) {
            errors.push(LoadError::new(
                file.path,
                at(raw.id.span()),
                "id",
                Problem::DuplicateChecklist { id: id.clone() },
            ));
            continue;
        }
        let mut positions = Positions::new();
        positions.insert(id.clone(), at(raw.id.span()));
        let checklist = build_checklist(file, raw, &mut errors, &mut edges, &mut positions);
        built.push(text::Untexted { file: file.path, positions, checklist });
    }

    let all_steps =
        built.iter().flat_map(|u| u.checklist.steps.iter().map(|s| StepRef::new(&u.checklist.id, &s.id))).collect();
    errors.extend(graph::check(&edges, &all_steps));

    let texts: Vec<_> = texts.iter().filter(|(_, f)| !unparsed.contains(file_stem(f.path))).copied().collect();
    let mut texted = text::attach(built, &texts, &mut errors);

    if !errors.is_empty() {
        return Err(LoadErrors(errors));
    }
    texted.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.id.cmp(&b.id)));
    Ok(Library { checklists: texted })
}

/// A dependency edge with where it is written, for the graph check.
#[derive(Debug, Clone)]
pub(super) struct Edge {
    pub from: StepRef,
    pub to: StepRef,
    pub file: String,
    pub pos: (usize, usize),
    pub key: String,
}

fn build_checklist(
    file: &SourceFile<'_>,
    raw: &RawChecklist,
    errors: &mut Vec<LoadError>,
    edges: &mut Vec<Edge>,
    positions: &mut Positions,
) -> Checklist {
    let at = |span: std::ops::Range<usize>| line_col(file.text, span.start);
    let checklist_id = raw.id.get_ref().clone();
    let mut step_ids = HashSet::new();
    let mut steps = Vec::new();
    for (i, raw_step) in raw.steps.iter().enumerate() {
        let key = |k: &str| format!("steps[{i}].{k}");
        let sid = raw_step.id.get_ref();
        positions.insert(text::step_key(&checklist_id, sid), at(raw_step.id.span()));
        if !is_valid_id(sid) {
            errors.push(LoadError::new(
                file.path,
                at(raw_step.id.span()),
                key("id"),
                Problem::InvalidId { id: sid.clone() },
            ));
        }
        if !step_ids.insert(sid.clone()) {
            errors.push(LoadError::new(
                file.path,
                at(raw_step.id.span()),
                key("id"),
                Problem::DuplicateStep { id: sid.clone() },
            ));
        }
        let kind = *raw_step.kind.get_ref();
        let kind_name = serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let kind_ok = match kind {
            StepKind::Manual => raw_step.probe.is_none() && raw_step.action.is_none(),
            StepKind::Probe => raw_step.probe.is_some() && raw_step.action.is_none(),
            StepKind::Action => raw_step.action.is_some() && raw_step.probe.is_none(),
        };
        if !kind_ok {
            errors.push(LoadError::new(
                file.path,
                at(raw_step.kind.span()),
                key("kind"),
                Problem::KindMismatch { kind: kind_name },
            ));
        }
        let confirm = raw_step.confirm.as_ref().is_some_and(|c| *c.get_ref());
        if let Some(c) = raw_step.confirm.as_ref().filter(|_| confirm && kind != StepKind::Probe) {
            // A manual step is confirmed anyway; an action is proved by doing it.
            errors.push(LoadError::new(file.path, at(c.span()), key("confirm"), Problem::ConfirmWithoutProbe));
        }
        let probe = raw_step
            .probe
            .as_ref()
            .map(|p| invocation(file, p, &key("probe"), catalog::PROBES, |id| Problem::UnknownProbe { id }, errors));
        let action = raw_step
            .action
            .as_ref()
            .map(|a| invocation(file, a, &key("action"), catalog::ACTIONS, |id| Problem::UnknownAction { id }, errors));

        let mut link_ids = HashSet::new();
        let mut links = Vec::new();
        for (j, raw_link) in raw_step.links.iter().enumerate() {
            let link_key = |k: &str| format!("steps[{i}].links[{j}].{k}");
            let lid = raw_link.id.get_ref();
            if !is_valid_id(lid) {
                errors.push(LoadError::new(
                    file.path,
                    at(raw_link.id.span()),
                    link_key("id"),
                    Problem::InvalidId { id: lid.clone() },
                ));
            } else if !link_ids.insert(lid.clone()) {
                errors.push(LoadError::new(
                    file.path,
                    at(raw_link.id.span()),
                    link_key("id"),
                    Problem::DuplicateLink { id: lid.clone() },
                ));
            }
            let url = raw_link.url.get_ref();
            if !is_https_url(url) {
                errors.push(LoadError::new(
                    file.path,
                    at(raw_link.url.span()),
                    link_key("url"),
                    Problem::LinkNotHttps { url: url.clone() },
                ));
            }
            links.push(Link { id: lid.clone(), url: url.clone(), label: Localized::default() });
        }

        let from = StepRef::new(&checklist_id, sid);
        let mut depends_on = Vec::new();
        for (j, dep) in raw_step.depends_on.iter().enumerate() {
            let target = match StepRef::parse(dep.get_ref()) {
                Some(qualified) => qualified,
                None => StepRef::new(&checklist_id, dep.get_ref()),
            };
            edges.push(Edge {
                from: from.clone(),
                to: target.clone(),
                file: file.path.to_owned(),
                pos: at(dep.span()),
                key: format!("steps[{i}].depends_on[{j}]"),
            });
            depends_on.push(target);
        }

        steps.push(Step {
            id: sid.clone(),
            kind,
            required: raw_step.required,
            depends_on,
            links,
            probe,
            action,
            confirm,
            title: Localized::default(),
            body: Localized::default(),
            confirm_text: Localized::default(),
        });
    }
    Checklist {
        id: checklist_id,
        order: raw.order,
        title: Localized::default(),
        description: Localized::default(),
        steps,
    }
}

fn invocation(
    file: &SourceFile<'_>,
    raw: &Spanned<RawInvocation>,
    key: &str,
    known: &[&str],
    unknown: impl Fn(String) -> Problem,
    errors: &mut Vec<LoadError>,
) -> Invocation {
    let inner = raw.get_ref();
    let id = inner.id.get_ref();
    if !known.contains(&id.as_str()) {
        errors.push(LoadError::new(
            file.path,
            line_col(file.text, inner.id.span().start),
            format!("{key}.id"),
            unknown(id.clone()),
        ));
    }
    let params = match &inner.params {
        None => serde_json::Value::Object(Default::default()),
        Some(p) => match p.get_ref() {
            toml::Value::Table(t) => serde_json::to_value(t).unwrap_or_default(),
            _ => {
                errors.push(LoadError::new(
                    file.path,
                    line_col(file.text, p.span().start),
                    format!("{key}.params"),
                    Problem::ParamsNotTable,
                ));
                serde_json::Value::Null
            }
        },
    };
    Invocation { id: id.clone(), params }
}

fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/') && !url.chars().any(char::is_whitespace))
}

/// `checklists/matrix.toml` → `matrix`.
pub(super) fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.split_once('.').map_or(name, |(stem, _)| stem)
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn parse_file(file: &SourceFile<'_>) -> Result<RawChecklist, LoadError> {
    let syntax_error = |span: Option<std::ops::Range<usize>>, key: String, detail: String| {
        let pos = span.map_or((1, 1), |s| line_col(file.text, s.start));
        LoadError::new(file.path, pos, key, Problem::Syntax { detail })
    };
    let deserializer = toml::Deserializer::parse(file.text)
        .map_err(|e| syntax_error(e.span(), String::new(), e.message().to_owned()))?;
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let key = e.path().to_string();
        let key = if key == "." { String::new() } else { key };
        let inner = e.into_inner();
        syntax_error(inner.span(), key, inner.message().to_owned())
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChecklist {
    id: Spanned<String>,
    order: i64,
    steps: Vec<RawStep>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    kind: Spanned<StepKind>,
    #[serde(default = "required_by_default")]
    required: bool,
    #[serde(default)]
    depends_on: Vec<Spanned<String>>,
    #[serde(default)]
    links: Vec<RawLink>,
    probe: Option<Spanned<RawInvocation>>,
    action: Option<Spanned<RawInvocation>>,
    confirm: Option<Spanned<bool>>,
}

fn required_by_default() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    id: Spanned<String>,
    url: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInvocation {
    id: Spanned<String>,
    params: Option<Spanned<toml::Value>>,
}

/// Where each checklist and step is defined in its TOML file, by message
/// key, so that a missing text can be reported at the step it belongs to.
pub(super) type Positions = BTreeMap<String, (usize, usize)>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_characters() {
        let text = "a\nbé c\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 2), (2, 1));
        assert_eq!(line_col(text, 5), (2, 3)); // after "bé" (3 bytes, 2 chars)
        assert_eq!(line_col(text, 999), (3, 1));
    }

    #[test]
    fn only_absolute_https_links_pass() {
        assert!(is_https_url("https://element.io/download"));
        assert!(!is_https_url("http://element.io"));
        assert!(!is_https_url("https://"));
        assert!(!is_https_url("https:///x"));
        assert!(!is_https_url("https://a b"));
        assert!(!is_https_url("javascript:alert(1)"));
    }
}
