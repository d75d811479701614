//! Key paths of a preset (`servers.matrix`): which ones exist, read from
//! the JSON Schema the model generates, so `locked` can only name real
//! settings and the merge can say where each value came from.

use std::sync::OnceLock;

use serde_json::Value;

use super::model::Preset;
use crate::checklist::Library;

/// The JSON Schema of a preset file (what `overstap preset schema` prints).
pub fn schema() -> Value {
    serde_json::to_value(schemars::schema_for!(Preset)).unwrap_or(Value::Null)
}

/// Every table and setting path the schema defines (`servers`, `servers.matrix` …).
/// Maps keyed by the person's data (`checklists.<id>`) appear as `checklists`.
pub fn known_paths() -> &'static [String] {
    static PATHS: OnceLock<Vec<String>> = OnceLock::new();
    PATHS.get_or_init(|| {
        let schema = schema();
        let mut out = Vec::new();
        walk(&schema, &schema, "", &mut out, 0);
        out.sort();
        out
    })
}

/// Whether `path` may be locked: a known path, or `checklists.<id>` of a real checklist.
pub fn is_lockable(path: &str, library: &Library) -> bool {
    if let Some(id) = path.strip_prefix("checklists.") {
        return library.checklist(id).is_some();
    }
    known_paths().iter().any(|p| p == path) && path != "locked" && !path.starts_with("preset")
}

fn walk(root: &Value, node: &Value, prefix: &str, out: &mut Vec<String>, depth: usize) {
    if depth > 8 {
        return;
    }
    let node = resolve(root, node);
    if let Some(any_of) = node.get("anyOf").and_then(Value::as_array) {
        for option in any_of {
            walk(root, option, prefix, out, depth + 1);
        }
        return;
    }
    if let Some(properties) = node.get("properties").and_then(Value::as_object) {
        for (name, child) in properties {
            let path = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
            if !out.contains(&path) {
                out.push(path.clone());
            }
            walk(root, child, &path, out, depth + 1);
        }
    }
}

/// Follows a `$ref` to `#/$defs/…`.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
        Some(name) => root.pointer(&format!("/$defs/{name}")).unwrap_or(node),
        None => node,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_names_every_setting() {
        let paths = known_paths();
        for p in ["servers", "servers.matrix", "defaults.language", "branding.colors.primary", "reporting.include"] {
            assert!(paths.iter().any(|x| x == p), "{p} missing from {paths:?}");
        }
        let library = crate::checklist::load_embedded().unwrap();
        assert!(is_lockable("servers.matrix", &library));
        assert!(is_lockable("checklists.matrix", &library));
        assert!(!is_lockable("checklists.myspace", &library));
        assert!(!is_lockable("servers.matrx", &library));
        assert!(!is_lockable("locked", &library));
    }
}
