//! `overstap show CHECKLIST`: one checklist with every step, its state,
//! instructions and links.

use overstap_core::checklist::StepKind;
use overstap_core::i18n::Arg;
use overstap_core::{Overstap, Result};

use super::{progress_lines, proof_line, state_label, state_marker};
use crate::bodies;
use crate::output::{print_line, Out};

pub fn run(api: &Overstap, out: &Out, checklist: &str) -> Result<()> {
    let c = api.checklist(checklist, out.lang)?;
    if out.json {
        out.json(bodies::Show { lang: out.lang, checklist: c })?;
        return Ok(());
    }
    print_line(&c.title);
    print_line(&c.description);
    for line in progress_lines(out, &c.progress, &c.id) {
        print_line(&line);
    }
    for (n, s) in c.steps.iter().enumerate() {
        let kind = match s.kind {
            StepKind::Manual => "kind-manual",
            StepKind::Probe => "kind-probe",
            StepKind::Action => "kind-action",
        };
        let mut tags = vec![out.tr(kind, &[]), state_label(out, s.status.state)];
        if !s.required {
            tags.push(out.tr("cli-optional", &[]));
        }
        print_line("");
        print_line(&format!(
            "{:>2}. {} {} ({}/{}): {}",
            n + 1,
            state_marker(s.status.state),
            s.title,
            c.id,
            s.id,
            tags.join(", ")
        ));
        if let Some(proof) = s.status.proof {
            print_line(&format!("      {}", proof_line(out, proof, s.checked.as_ref())));
        } else if let (Some(checked), Some(confirm)) = (&s.checked, s.confirm_text.as_deref()) {
            let step = format!("{}/{}", c.id, s.id);
            print_line(&format!(
                "      {}",
                out.tr(
                    "cli-awaiting-confirmation",
                    &[
                        ("what", Arg::from(checked.summary.as_str())),
                        ("step", Arg::from(step)),
                        ("confirm", Arg::from(confirm)),
                    ]
                )
            ));
        }
        if let Some(reason) = &s.status.reason {
            print_line(&format!("      {}", out.tr("cli-blocked-because", &[("reason", Arg::from(reason.as_str()))])));
        }
        for paragraph in s.body.split("\n\n") {
            print_line(&format!("      {paragraph}"));
        }
        for link in &s.links {
            print_line(&format!("      → {}: {}", link.label, link.url));
        }
        if !s.depends_on.is_empty() {
            print_line(&format!(
                "      {}",
                out.tr("cli-depends-on", &[("steps", Arg::from(s.depends_on.join(", ")))])
            ));
        }
    }
    Ok(())
}
