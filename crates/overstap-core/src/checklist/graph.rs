//! Step dependencies as a graph: every edge must land on a real step, and
//! there must be no cycle (a cycle would leave steps that can never be next).

use std::collections::{BTreeMap, BTreeSet};

use super::load::Edge;
use super::load_error::{LoadError, Problem};
use super::StepRef;

/// Checks all dependency edges of all checklists together, so that cycles
/// across checklists are found too. `edges` lists every step's dependencies;
/// the set of existing steps is every `from` plus the steps without edges,
/// which `all_steps` supplies.
pub(super) fn check(edges: &[Edge], all_steps: &BTreeSet<StepRef>) -> Vec<LoadError> {
    let mut errors = Vec::new();
    let mut graph: BTreeMap<&StepRef, Vec<&Edge>> = BTreeMap::new();
    for e in edges {
        if !all_steps.contains(&e.to) {
            errors.push(LoadError::new(
                &e.file,
                e.pos,
                e.key.clone(),
                Problem::UnknownDependency { target: e.to.to_string() },
            ));
            continue;
        }
        graph.entry(&e.from).or_default().push(e);
    }

    // Iterative depth-first search with three colours; a grey target is a cycle.
    #[derive(Clone, Copy, PartialEq)]
    enum Colour {
        Grey,
        Black,
    }
    let mut colour: BTreeMap<&StepRef, Colour> = BTreeMap::new();
    for start in all_steps {
        if colour.contains_key(start) {
            continue;
        }
        // Stack of (node, index of next edge to follow); `path` mirrors the grey nodes.
        let mut stack: Vec<(&StepRef, usize)> = vec![(start, 0)];
        colour.insert(start, Colour::Grey);
        while let Some((node, next)) = stack.last_mut() {
            let out = graph.get(*node).map_or(&[][..], Vec::as_slice);
            if let Some(edge) = out.get(*next) {
                *next += 1;
                match colour.get(&edge.to) {
                    None => {
                        colour.insert(&edge.to, Colour::Grey);
                        stack.push((&edge.to, 0));
                    }
                    Some(Colour::Grey) => {
                        let from = stack.iter().position(|(n, _)| **n == edge.to).unwrap_or(0);
                        let mut cycle: Vec<String> = stack[from..].iter().map(|(n, _)| n.to_string()).collect();
                        cycle.push(edge.to.to_string());
                        errors.push(LoadError::new(
                            &edge.file,
                            edge.pos,
                            edge.key.clone(),
                            Problem::DependencyCycle { cycle: cycle.join(" → ") },
                        ));
                    }
                    Some(Colour::Black) => {}
                }
            } else {
                colour.insert(node, Colour::Black);
                stack.pop();
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(from: &str, to: &str) -> Edge {
        Edge {
            from: StepRef::parse(from).unwrap(),
            to: StepRef::parse(to).unwrap(),
            file: "t.toml".into(),
            pos: (1, 1),
            key: format!("{from}->{to}"),
        }
    }

    fn steps(names: &[&str]) -> BTreeSet<StepRef> {
        names.iter().map(|n| StepRef::parse(n).unwrap()).collect()
    }

    #[test]
    fn accepts_a_diamond() {
        let edges = [edge("a/b", "a/a"), edge("a/c", "a/a"), edge("a/d", "a/b"), edge("a/d", "a/c")];
        assert!(check(&edges, &steps(&["a/a", "a/b", "a/c", "a/d"])).is_empty());
    }

    #[test]
    fn reports_a_cycle_across_checklists_with_its_path() {
        let edges = [edge("a/x", "b/y"), edge("b/y", "a/x")];
        let errors = check(&edges, &steps(&["a/x", "b/y"]));
        assert_eq!(errors.len(), 1);
        match &errors[0].problem {
            Problem::DependencyCycle { cycle } => assert_eq!(cycle, "a/x → b/y → a/x"),
            p => panic!("{p:?}"),
        }
    }

    #[test]
    fn reports_self_dependency_and_dangling_targets() {
        let edges = [edge("a/x", "a/x"), edge("a/y", "a/missing")];
        let errors = check(&edges, &steps(&["a/x", "a/y"]));
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors
            .iter()
            .any(|e| matches!(&e.problem, Problem::UnknownDependency { target } if target == "a/missing")));
    }
}
