//! Every distinct text of all reports (ids, departments, reasons, versions)
//! kept once and referred to by number, within a byte budget: the counts
//! stay small however many reports there are, and a flood of made-up names
//! meets the budget instead of the machine's memory.

use std::collections::HashMap;

/// A text's number in the [`Interner`].
pub(crate) type NameId = u32;

#[derive(Debug, Default)]
pub(crate) struct Interner {
    ids: HashMap<Box<str>, NameId>,
    names: Vec<Box<str>>,
    bytes: usize,
}

impl Interner {
    pub fn get(&self, text: &str) -> Option<NameId> {
        self.ids.get(text).copied()
    }

    /// The text's number, adding it when new. Callers check the budget
    /// first with [`Interner::fits`].
    pub fn intern(&mut self, text: &str) -> NameId {
        if let Some(id) = self.get(text) {
            return id;
        }
        let id = NameId::try_from(self.names.len()).unwrap_or(NameId::MAX - 1);
        self.names.push(text.into());
        self.ids.insert(text.into(), id);
        self.bytes += text.len();
        id
    }

    pub fn name(&self, id: NameId) -> &str {
        self.names.get(id as usize).map_or("", |name| name)
    }

    /// Whether adding `texts` keeps the interner within `budget` bytes
    /// (texts already kept cost nothing).
    pub fn fits<'a>(&self, texts: impl IntoIterator<Item = &'a str>, budget: usize) -> bool {
        let new: usize = texts.into_iter().filter(|t| self.get(t).is_none()).map(str::len).sum();
        self.bytes + new <= budget
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_kept_once_and_the_budget_counts_only_new_ones() {
        let mut names = Interner::default();
        let a = names.intern("matrix");
        assert_eq!(names.intern("matrix"), a);
        assert_eq!(names.name(a), "matrix");
        assert!(names.fits(["matrix", "abcd"], 10));
        assert!(!names.fits(["abcde"], 10));
    }
}
