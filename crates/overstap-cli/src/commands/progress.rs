//! `overstap progress`: where the person stands over all checklists.

use overstap_core::i18n::Arg;
use overstap_core::{Overstap, Result};

use super::progress_lines;
use crate::bodies;
use crate::output::{print_line, Out};

pub fn run(api: &Overstap, out: &Out) -> Result<()> {
    let p = api.progress(out.lang)?;
    if out.json {
        out.json(bodies::Progress { lang: out.lang, progress: p })?;
        return Ok(());
    }
    for c in &p.checklists {
        let lines = progress_lines(out, &c.progress, &c.id);
        print_line(&format!("{:>3}%  {} ({}): {}", c.progress.percent, c.title, c.id, lines.join(". ")));
    }
    print_line("");
    print_line(&out.tr(
        "cli-overall",
        &[
            ("done", Arg::from(p.done_steps + p.skipped_steps)),
            ("total", Arg::from(p.total_steps)),
            ("complete", Arg::from(p.complete_checklists)),
            ("checklists", Arg::from(p.checklists.len())),
        ],
    ));
    if p.done_steps > 0 {
        print_line(&out.tr(
            "cli-done-proof",
            &[("checked", Arg::from(p.done_checked_steps)), ("confirmed", Arg::from(p.done_confirmed_steps))],
        ));
    }
    Ok(())
}
