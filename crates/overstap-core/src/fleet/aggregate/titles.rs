//! What checklists, steps and checks are called and in which order they
//! come, from the checklists shipped in this Overstap. Reports may name
//! others (an organisation's own steps, a newer Overstap's): those keep
//! their id and come after the known ones, by id.

use crate::checklist::{load_embedded, Library};
use crate::lang::Lang;

#[derive(Debug, Default)]
pub(crate) struct Titles {
    library: Option<Library>,
}

impl Titles {
    pub fn shipped() -> Titles {
        Titles { library: load_embedded().ok() }
    }

    /// Sorts checklist ids: known ones in overview order, then the others by id.
    pub fn checklist_rank(&self, id: &str) -> (usize, String) {
        let position = self.library.as_ref().and_then(|l| l.checklists().iter().position(|c| c.id == id));
        (position.unwrap_or(usize::MAX), id.to_owned())
    }

    /// Sorts step ids within a checklist the same way.
    pub fn step_rank(&self, checklist: &str, step: &str) -> (usize, String) {
        let position = self
            .library
            .as_ref()
            .and_then(|l| l.checklist(checklist))
            .and_then(|c| c.steps.iter().position(|s| s.id == step));
        (position.unwrap_or(usize::MAX), step.to_owned())
    }

    pub fn checklist(&self, id: &str, lang: Lang) -> Option<&str> {
        Some(self.library.as_ref()?.checklist(id)?.title.get(lang))
    }

    pub fn step(&self, checklist: &str, step: &str, lang: Lang) -> Option<&str> {
        Some(self.library.as_ref()?.checklist(checklist)?.step(step)?.title.get(lang))
    }

    /// A check is called after the step it does.
    pub fn probe(&self, probe: &str, lang: Lang) -> Option<&str> {
        self.library
            .as_ref()?
            .checklists()
            .iter()
            .flat_map(|c| &c.steps)
            .find(|s| s.probe.as_ref().is_some_and(|p| p.id == probe))
            .map(|s| s.title.get(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_names_and_order_with_unknown_ids_last() {
        let titles = Titles::shipped();
        assert!(titles.checklist("matrix", Lang::En).is_some());
        assert!(titles.step("matrix", "install-element", Lang::De).is_some());
        assert!(titles.probe("matrix.discovery", Lang::Nl).is_some());
        assert_eq!(titles.checklist("own-checklist", Lang::En), None);
        assert!(titles.checklist_rank("matrix") < titles.checklist_rank("aaa-own"));
        assert!(titles.step_rank("matrix", "install-element") < titles.step_rank("matrix", "find-server"));
    }
}
