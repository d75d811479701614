//! What a preset does to the checklists: the organisation's own steps are
//! added, checklists switched off, steps made required, optional or hidden.
//! Dependencies on a step that is no longer there count as met, so hiding
//! a step never leaves others waiting for ever.

use std::collections::BTreeSet;

use super::model::{ExtraStep, Preset, StepPolicy};
use crate::checklist::{Checklist, Invocation, Library, Link, Localized, Step, StepKind, StepRef};
use crate::lang::Lang;

/// The library as this organisation's preset shapes it. `preset` has been
/// validated against `library` (unknown ids are already left out).
pub fn apply(library: &Library, preset: &Preset) -> Library {
    let mut checklists: Vec<Checklist> = library.checklists().to_vec();
    for extra in preset.extra_steps.iter().flatten() {
        if let Some(checklist) = checklists.iter_mut().find(|c| c.id == extra.checklist) {
            checklist.steps.push(extra_step(extra));
        }
    }
    if let Some(policies) = &preset.checklists {
        checklists.retain(|c| policies.get(&c.id).and_then(|p| p.enabled) != Some(false));
        for checklist in &mut checklists {
            let Some(steps) = policies.get(&checklist.id).and_then(|p| p.steps.as_ref()) else { continue };
            checklist.steps.retain(|s| steps.get(&s.id) != Some(&StepPolicy::Hidden));
            for step in &mut checklist.steps {
                match steps.get(&step.id) {
                    Some(StepPolicy::Required) => step.required = true,
                    Some(StepPolicy::Optional) => step.required = false,
                    _ => {}
                }
            }
        }
    }
    let present: BTreeSet<StepRef> =
        checklists.iter().flat_map(|c| c.steps.iter().map(|s| StepRef::new(&c.id, &s.id))).collect();
    for step in checklists.iter_mut().flat_map(|c| c.steps.iter_mut()) {
        step.depends_on.retain(|d| present.contains(d));
    }
    Library::from_checklists(checklists)
}

fn extra_step(extra: &ExtraStep) -> Step {
    let localized = |texts: Option<&std::collections::BTreeMap<String, String>>| {
        let mut l = Localized::default();
        for lang in Lang::ALL {
            l.set(lang, texts.and_then(|t| t.get(lang.code())).cloned().unwrap_or_default());
        }
        l
    };
    let probe = extra.probe.as_ref().map(|id| Invocation { id: id.clone(), params: serde_json::json!({}) });
    Step {
        id: extra.id.clone(),
        kind: if probe.is_some() { StepKind::Probe } else { StepKind::Manual },
        required: extra.required.unwrap_or(true),
        depends_on: extra
            .depends_on
            .iter()
            .flatten()
            .map(|d| StepRef::parse(d).unwrap_or_else(|| StepRef::new(&extra.checklist, d)))
            .collect(),
        links: extra
            .links
            .iter()
            .flatten()
            .enumerate()
            .map(|(i, link)| Link {
                id: format!("link-{i}"),
                url: link.url.clone(),
                label: localized(Some(&link.label)),
            })
            .collect(),
        probe,
        action: None,
        confirm: false,
        title: localized(Some(&extra.title)),
        body: localized(extra.body.as_ref()),
        confirm_text: Localized::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::parse;

    #[test]
    fn a_preset_adds_hides_and_reweighs_steps() {
        let library = crate::checklist::load_embedded().unwrap();
        let text = r#"
[checklists.mastodon]
enabled = false
[checklists.matrix.steps]
install-element = "hidden"
verify-session = "optional"

[[extra_steps]]
checklist = "matrix"
id = "join-help-room"
title = { nl = "Ga naar de hulpruimte", de = "Treten Sie dem Hilferaum bei", en = "Join the help room" }
depends_on = ["install-element", "signed-in"]
"#;
        let parsed = parse(text, "p.toml", &library);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let shaped = apply(&library, &parsed.preset);
        assert!(shaped.checklist("mastodon").is_none());
        let matrix = shaped.checklist("matrix").unwrap();
        assert!(matrix.step("install-element").is_none());
        assert!(!matrix.step("verify-session").unwrap().required);
        let extra = matrix.step("join-help-room").unwrap();
        assert_eq!(extra.title.get(Lang::De), "Treten Sie dem Hilferaum bei");
        assert_eq!(extra.depends_on, vec![StepRef::new("matrix", "signed-in")], "a hidden dependency counts as met");
        assert!(matrix.step("sign-in-element").unwrap().depends_on.iter().all(|d| d.step != "install-element"));
    }
}
