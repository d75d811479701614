//! The shipped checklists load and are complete in every language, and every
//! kind of broken checklist data is refused with its file, line and key.

use overstap_core::checklist::{load_embedded, load_from, LoadError, Problem, SourceFile, StepKind};
use overstap_core::Lang;

#[test]
fn every_shipped_checklist_loads_complete_in_nl_de_and_en() {
    let library = load_embedded().unwrap_or_else(|e| panic!("shipped checklists are invalid:\n{e}"));
    let ids: Vec<_> = library.checklists().iter().map(|c| c.id.as_str()).collect();
    for wanted in ["mastodon", "matrix", "nextcloud", "libreoffice", "leave-big-tech", "security-key"] {
        assert!(ids.contains(&wanted), "missing checklist {wanted}: {ids:?}");
    }
    for c in library.checklists() {
        assert!(c.steps.len() >= 5, "{} has only {} steps", c.id, c.steps.len());
        for lang in Lang::ALL {
            assert!(!c.title.get(lang).is_empty() && !c.description.get(lang).is_empty());
            for s in &c.steps {
                assert!(!s.title.get(lang).is_empty(), "{}/{} has no {lang} title", c.id, s.id);
                assert!(s.body.get(lang).len() > 40, "{}/{} {lang} body is too thin", c.id, s.id);
                assert!(!s.body.get(lang).contains('\u{2068}'), "no isolation marks in text");
                for l in &s.links {
                    assert!(!l.label.get(lang).is_empty());
                }
            }
        }
        // Translated, not copied: the three titles of a checklist differ.
        let titles: std::collections::BTreeSet<_> = Lang::ALL.iter().map(|l| c.title.get(*l)).collect();
        assert_eq!(titles.len(), 3, "{}: titles not translated: {titles:?}", c.id);
    }
}

#[test]
fn shipped_data_uses_every_step_kind_and_the_required_content() {
    let library = load_embedded().unwrap();
    let all_steps: Vec<_> = library.checklists().iter().flat_map(|c| c.steps.iter().map(move |s| (c, s))).collect();
    for kind in [StepKind::Manual, StepKind::Probe, StepKind::Action] {
        assert!(all_steps.iter().any(|(_, s)| s.kind == kind), "no {kind:?} step");
    }
    // Probe steps name their probe; the leave-big-tech announcement waits for the Mastodon account.
    assert!(all_steps.iter().filter(|(_, s)| s.kind == StepKind::Probe).all(|(_, s)| s.probe.is_some()));
    let leave = library.checklist("leave-big-tech").unwrap();
    assert!(leave.steps.iter().any(|s| s.depends_on.iter().any(|d| d.checklist == "mastodon")));
    let matrix = library.checklist("matrix").unwrap();
    assert!(matrix.steps.iter().any(|s| s.probe.as_ref().is_some_and(|p| p.id == "matrix.key-backup")));
}

// ---- broken data ---------------------------------------------------------

const TOML: &str = r#"id = "demo"
order = 1

[[steps]]
id = "first"
kind = "manual"
links = [{ id = "home", url = "https://example.org/" }]

[[steps]]
id = "second"
kind = "probe"
probe = { id = "matrix.discovery" }
depends_on = ["first"]
"#;

fn ftl(lang: &str) -> String {
    format!(
        "demo = Demo {lang}\n    .description = About {lang}\n\
         demo--first = First {lang}\n    .body = Do the first thing.\n    .link-home = Home {lang}\n\
         demo--second = Second {lang}\n    .body = Then the second.\n"
    )
}

/// Loads the demo checklist with `toml` and per-language texts from `text`.
fn load(toml: &str, text: impl Fn(Lang) -> String) -> Result<(), Vec<LoadError>> {
    let texts: Vec<(Lang, String, String)> =
        Lang::ALL.iter().map(|l| (*l, format!("locales/{}/demo.ftl", l.code()), text(*l))).collect();
    let sources: Vec<_> = texts.iter().map(|(l, p, t)| (*l, SourceFile { path: p, text: t })).collect();
    load_from(&[SourceFile { path: "checklists/demo.toml", text: toml }], &sources).map(|_| ()).map_err(|e| e.0)
}

fn one_error(result: Result<(), Vec<LoadError>>) -> LoadError {
    let errors = result.expect_err("must be refused");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

#[test]
fn the_fixture_itself_loads() {
    load(TOML, |l| ftl(l.code())).expect("valid fixture");
}

#[test]
fn a_missing_translation_names_the_text_file_and_key() {
    let e = one_error(load(TOML, |l| {
        if l == Lang::De {
            ftl("de").replace("    .body = Then the second.\n", "")
        } else {
            ftl(l.code())
        }
    }));
    assert_eq!(e.file, "locales/de/demo.ftl");
    assert_eq!(e.key, "demo--second.body");
    assert_eq!(e.line, 6, "the line of the message that lacks it");
    assert!(matches!(e.problem, Problem::MissingText { .. }));
    assert!(e.message(Lang::Nl).contains("ontbreekt"), "{}", e.message(Lang::Nl));
}

#[test]
fn a_wholly_missing_message_points_at_the_step_in_the_toml() {
    let e = one_error(load(TOML, |l| {
        if l == Lang::Nl {
            ftl("nl").replace("demo--second = Second nl\n    .body = Then the second.\n", "")
        } else {
            ftl(l.code())
        }
    }));
    assert_eq!((e.file.as_str(), e.line, e.key.as_str()), ("checklists/demo.toml", 10, "demo--second (nl)"));
}

#[test]
fn an_unknown_text_key_is_refused_with_its_line() {
    let e = one_error(
        load(TOML, |l| format!("{}demo--third = Stale\n    .body = Left over.\n", ftl(l.code()))).map_err(|mut v| {
            v.retain(|e| e.file.contains("/en/"));
            v
        }),
    );
    assert_eq!((e.file.as_str(), e.line, e.key.as_str()), ("locales/en/demo.ftl", 8, "demo--third"));
    assert!(matches!(e.problem, Problem::UnknownTextKey));
}

#[test]
fn an_unknown_attribute_is_refused() {
    let e = one_error(load(TOML, |l| ftl(l.code()).replace(".link-home", ".link-typo")).map_err(|mut v| {
        v.retain(|e| e.file.contains("/en/") && matches!(e.problem, Problem::UnknownTextKey));
        v
    }));
    assert_eq!((e.line, e.column, e.key.as_str()), (5, 5, "demo--first.link-typo"));
}

#[test]
fn a_duplicate_step_id_names_the_line() {
    let toml = TOML.replace("id = \"second\"", "id = \"first\"").replace("depends_on = [\"first\"]\n", "");
    let errors = load(&toml, |l| ftl(l.code())).unwrap_err();
    let e = errors.iter().find(|e| matches!(e.problem, Problem::DuplicateStep { .. })).expect("duplicate reported");
    assert_eq!((e.file.as_str(), e.line, e.key.as_str()), ("checklists/demo.toml", 10, "steps[1].id"));
}

#[test]
fn a_dangling_dependency_names_the_line_and_target() {
    let e = one_error(load(&TOML.replace("depends_on = [\"first\"]", "depends_on = [\"frist\"]"), |l| ftl(l.code())));
    assert_eq!((e.line, e.key.as_str()), (13, "steps[1].depends_on[0]"));
    assert_eq!(e.problem, Problem::UnknownDependency { target: "demo/frist".into() });
}

#[test]
fn a_dependency_cycle_is_refused_with_its_path() {
    let toml = TOML.replace("kind = \"manual\"", "kind = \"manual\"\ndepends_on = [\"second\"]");
    let e = one_error(load(&toml, |l| ftl(l.code())));
    match &e.problem {
        Problem::DependencyCycle { cycle } => {
            assert!(cycle.contains("demo/first") && cycle.contains("demo/second"), "{cycle}")
        }
        p => panic!("{p:?}"),
    }
}

#[test]
fn an_unknown_probe_is_a_load_error_not_a_silent_no_op() {
    let e = one_error(load(&TOML.replace("matrix.discovery", "matrix.discovry"), |l| ftl(l.code())));
    assert_eq!((e.line, e.key.as_str()), (12, "steps[1].probe.id"));
    assert_eq!(e.problem, Problem::UnknownProbe { id: "matrix.discovry".into() });
}

#[test]
fn http_links_and_wrong_kinds_and_unknown_keys_are_refused() {
    let e = one_error(load(&TOML.replace("https://example.org/", "http://example.org/"), |l| ftl(l.code())));
    assert!(matches!(e.problem, Problem::LinkNotHttps { .. }));
    assert_eq!(e.key, "steps[0].links[0].url");

    let e = one_error(load(&TOML.replace("kind = \"probe\"", "kind = \"manual\""), |l| ftl(l.code())));
    assert!(matches!(e.problem, Problem::KindMismatch { .. }));

    let e =
        one_error(load(&TOML.replace("kind = \"manual\"", "kind = \"manual\"\nrequird = false"), |l| ftl(l.code())));
    assert!(matches!(&e.problem, Problem::Syntax { detail } if detail.contains("requird")), "{e}");
    assert_eq!((e.line, e.key.as_str()), (7, "steps[0].requird"), "{e}");
}

#[test]
fn toml_and_fluent_syntax_errors_carry_their_line() {
    let e = one_error(load(&TOML.replace("order = 1", "order = = 1"), |l| ftl(l.code())));
    assert_eq!((e.file.as_str(), e.line), ("checklists/demo.toml", 2));

    let errors =
        load(
            TOML,
            |l| if l == Lang::En { ftl("en").replace("demo--second = ", "demo--second ") } else { ftl(l.code()) },
        )
        .unwrap_err();
    let e = errors.iter().find(|e| matches!(e.problem, Problem::Syntax { .. })).expect("fluent syntax error");
    assert_eq!((e.file.as_str(), e.line), ("locales/en/demo.ftl", 6));
}

#[test]
fn an_id_that_is_not_the_file_name_and_a_missing_text_file_are_refused() {
    let e = one_error(load(&TOML.replace("id = \"demo\"", "id = \"dmeo\""), |l| ftl(l.code())).map_err(|mut v| {
        v.retain(|e| matches!(e.problem, Problem::IdNotFileName { .. }));
        v
    }));
    assert_eq!((e.line, e.column), (1, 6));

    let sources = [(Lang::En, SourceFile { path: "locales/en/demo.ftl", text: &ftl("en") })];
    let errors = load_from(&[SourceFile { path: "checklists/demo.toml", text: TOML }], &sources).unwrap_err().0;
    assert_eq!(errors.len(), 2, "nl and de missing: {errors:#?}");
    assert!(errors.iter().all(|e| matches!(e.problem, Problem::MissingTextFile { .. })));
}

#[test]
fn escaped_braces_and_wrapped_lines_format_as_text() {
    let text = |l: Lang| {
        ftl(l.code()).replace("Do the first thing.", "Type {\"{\"}x{\"}\"}\n    on one line.\n\n    New paragraph.")
    };
    let texts: Vec<(Lang, String)> = Lang::ALL.iter().map(|l| (*l, text(*l))).collect();
    let paths: Vec<String> = Lang::ALL.iter().map(|l| format!("locales/{}/demo.ftl", l.code())).collect();
    let sources: Vec<_> = texts.iter().zip(&paths).map(|((l, t), p)| (*l, SourceFile { path: p, text: t })).collect();
    let lib = load_from(&[SourceFile { path: "checklists/demo.toml", text: TOML }], &sources).unwrap();
    assert_eq!(lib.checklist("demo").unwrap().steps[0].body.get(Lang::En), "Type {x} on one line.\n\nNew paragraph.");
}

#[test]
fn a_duplicate_fluent_term_is_refused_not_loaded_as_empty_text() {
    let errors = load(TOML, |l| format!("-brand = Overstap\n-brand = Overstap again\n{}", ftl(l.code()))).unwrap_err();
    let e = errors.iter().find(|e| e.file == "locales/en/demo.ftl").expect("reported in each language");
    assert_eq!((e.line, e.key.as_str()), (2, "-brand"), "the second definition: {e}");
    assert_eq!(e.problem, Problem::DuplicateText);
}

#[test]
fn the_id_app_is_reserved_for_the_programs_own_texts() {
    let toml = TOML.replace("id = \"demo\"", "id = \"app\"");
    let texts: Vec<(Lang, String, String)> = Lang::ALL
        .iter()
        .map(|l| (*l, format!("locales/{}/app.ftl", l.code()), ftl(l.code()).replace("demo", "app")))
        .collect();
    let sources: Vec<_> = texts.iter().map(|(l, p, t)| (*l, SourceFile { path: p, text: t })).collect();
    let errors = load_from(&[SourceFile { path: "checklists/app.toml", text: &toml }], &sources).unwrap_err().0;
    assert!(errors.iter().any(|e| matches!(&e.problem, Problem::ReservedId { id } if id == "app")), "{errors:#?}");
}
