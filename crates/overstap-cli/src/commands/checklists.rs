//! `overstap checklists`: every checklist with its progress and next step.

use overstap_core::{Overstap, Result};

use super::progress_lines;
use crate::bodies;
use crate::output::{print_line, Out};

pub fn run(api: &Overstap, out: &Out) -> Result<()> {
    let checklists = api.checklists(out.lang)?;
    if out.json {
        out.json(bodies::Checklists { lang: out.lang, checklists })?;
        return Ok(());
    }
    for c in &checklists {
        print_line(&format!("{} ({}) {}%", c.title, c.id, c.progress.percent));
        for line in progress_lines(out, &c.progress, &c.id) {
            print_line(&format!("    {line}"));
        }
    }
    Ok(())
}
