//! Checks a document the binary printed against its committed schema in
//! `docs/schemas/`, the files IT scripts rely on.
//!
//! The committed schemas leave objects open (a newer Overstap may add a
//! field without a new `schema_version`). The tests close them: every object
//! that lists its properties gets `unevaluatedProperties: false`, so a field
//! printed but not in the schema fails here instead of going undocumented.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

pub fn schemas_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/schemas")
}

/// `docs/schemas/<name>.schema.json`, as committed.
pub fn committed(name: &str) -> Value {
    let path = schemas_dir().join(format!("{name}.schema.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Why `doc` does not fit the closed schema `name` (empty when it does).
pub fn problems(name: &str, doc: &Value) -> Vec<String> {
    let mut schema = committed(name);
    close(&mut schema, false);
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name}: not a valid schema: {e}"));
    validator.iter_errors(doc).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

/// Panics with every problem when `doc` does not fit schema `name`.
pub fn assert_valid(name: &str, doc: &Value) {
    let problems = problems(name, doc);
    assert!(problems.is_empty(), "{name}.schema.json refuses the output:\n{}\n{doc:#}", problems.join("\n"));
}

/// Each line of JSON Lines output (`apply`, `login`) against schema `name`.
pub fn assert_valid_lines(name: &str, stdout: &[u8]) -> Vec<Value> {
    let text = String::from_utf8_lossy(stdout);
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not one JSON document a line ({e}): {text}")))
        .collect();
    for line in &lines {
        assert_valid(name, line);
    }
    lines
}

/// Adds `unevaluatedProperties: false` to every object schema with
/// `properties`. Not to the alternatives of a flattened enum (an `anyOf`
/// beside `properties`, as in `apply`): the object around them closes them,
/// and seeing the other half's fields they would refuse them.
fn close(schema: &mut Value, inside_flattened: bool) {
    let Value::Object(map) = schema else { return };
    let flattened = map.contains_key("properties");
    if flattened && !inside_flattened && !map.contains_key("additionalProperties") {
        map.insert("unevaluatedProperties".into(), json!(false));
    }
    for (key, value) in map.iter_mut() {
        match (key.as_str(), value) {
            ("anyOf" | "oneOf", Value::Array(items)) => items.iter_mut().for_each(|s| close(s, flattened)),
            ("properties" | "$defs", Value::Object(children)) => children.values_mut().for_each(|s| close(s, false)),
            ("items" | "additionalProperties", child) => close(child, false),
            _ => {}
        }
    }
}
