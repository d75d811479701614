//! The JSON Schemas in `docs/schemas/`: one per command output, made from
//! the types the commands print (`bodies.rs` inside `envelope.rs`), so the
//! committed files cannot drift from the output. The test below fails when
//! they differ; `OVERSTAP_WRITE_SCHEMAS=1 cargo test -p overstap-cli schemas`
//! writes them. `tests/json_schemas.rs` then checks the real binary's output
//! against the committed files.
//!
//! The schemas describe what is printed (the serialize side: a field that is
//! always printed is `required`, null included), and leave objects open:
//! a newer Overstap may add fields without changing `schema_version`.

use std::path::{Path, PathBuf};

use overstap_core::report::Report;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

use crate::bodies;
use crate::envelope::{Envelope, ErrorBody, NoticeBody};

/// What a document command prints on standard output: its body, or an error.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)] // only its schema is used
enum Printed<T> {
    Ok(Envelope<T>),
    Error(Envelope<ErrorBody>),
}

/// `export`: the export itself (no `--out`; `--format json`), where it was
/// written (`--out FILE --json`), or an error.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum ExportPrinted {
    Export(Report),
    Written(Envelope<bodies::ExportWritten>),
    Error(Envelope<ErrorBody>),
}

/// One line of `apply`: a line's result, or the error that stopped it all
/// (an input file that cannot be read).
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum ApplyPrinted {
    Line(Envelope<bodies::ApplyLine>),
    Error(Envelope<ErrorBody>),
}

/// One line of `login`: the sign-in begun, then signed in or an error.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum LoginPrinted {
    Started(Envelope<bodies::SignInStarted>),
    SignedIn(Envelope<bodies::SignedIn>),
    Error(Envelope<ErrorBody>),
}

/// One file of `docs/schemas/`.
pub struct SchemaFile {
    /// `<name>.schema.json`.
    pub name: &'static str,
    pub schema: Value,
}

/// Describes what is printed, as draft 2020-12.
fn schema_of<T: JsonSchema>(title: &str, description: &str) -> Value {
    let generator = SchemaSettings::draft2020_12().for_serialize().into_generator();
    let schema: Schema = generator.into_root_schema_for::<T>();
    // `$schema`, title and description first, for people reading the file.
    let mut head = serde_json::Map::new();
    let mut rest = match schema.to_value() {
        Value::Object(map) => map,
        other => panic!("a root schema is an object: {other}"),
    };
    head.insert("$schema".into(), rest.remove("$schema").unwrap_or(Value::Null));
    head.insert("title".into(), title.into());
    head.insert("description".into(), description.into());
    rest.remove("title");
    rest.remove("description");
    head.extend(rest);
    Value::Object(head)
}

fn file(name: &'static str, schema: Value) -> SchemaFile {
    SchemaFile { name, schema }
}

/// A command printing one document: its body, or an error.
fn document<T: JsonSchema>(name: &'static str, command: &str) -> SchemaFile {
    file(
        name,
        schema_of::<Printed<T>>(
            &format!("overstap {command} --json"),
            &format!("What `overstap {command} --json` prints on standard output: one JSON document, the result or an error."),
        ),
    )
}

/// Every file, in the order `docs/cli.md` lists them.
pub fn all() -> Vec<SchemaFile> {
    use bodies::*;
    vec![
        document::<Checklists>("checklists", "checklists"),
        document::<Show>("show", "show CHECKLIST"),
        document::<Step>("step", "step CHECKLIST/STEP done|skip|reset|block"),
        document::<Progress>("progress", "progress"),
        file(
            "export",
            schema_of::<ExportPrinted>(
                "overstap export",
                "What `overstap export --format json` prints (the export, also the content of `--out FILE`), \
                 what `overstap export --out FILE --json` prints, or an error with `--json`.",
            ),
        ),
        file(
            "apply",
            schema_of::<ApplyPrinted>(
                "overstap apply (JSON Lines)",
                "One line of `overstap apply`: each input line's result as soon as it is stored, or the error \
                 that stopped everything (with `--json`).",
            ),
        ),
        document::<Check>("check", "check [SERVICE…]"),
        document::<Action>("action", "action ID [--undo]"),
        file(
            "login",
            schema_of::<LoginPrinted>(
                "overstap login SERVICE --json (JSON Lines)",
                "One line of `overstap login --json`: first `sign_in` when the address to open is known, then \
                 `signed_in` or an error.",
            ),
        ),
        document::<SignedOut>("logout", "logout SERVICE"),
        document::<Accounts>("accounts", "accounts"),
        document::<Settings>("settings", "settings [show|set|unset|skip-first-run]"),
        document::<PresetShow>("preset-show", "preset show"),
        document::<PresetValidate>("preset-validate", "preset validate FILE"),
        document::<PresetImported>("preset-import", "preset import FILE"),
        document::<PresetExamples>("preset-examples", "preset examples"),
        document::<PresetUseExample>("preset-use-example", "preset use-example ID|--none"),
        document::<PresetClientConfigs>("preset-client-configs", "preset client-configs --out DIR"),
        document::<FleetStatus>("fleet-status", "fleet status"),
        document::<FleetPreviewed>("fleet-preview", "fleet preview [--mark-seen]"),
        document::<FleetSend>("fleet-send", "fleet send [--now]"),
        document::<FleetAggregate>("fleet-aggregate", "fleet aggregate SOURCE --out FILE [--csv FILE]"),
        file(
            "error",
            schema_of::<Envelope<ErrorBody>>(
                "overstap error (--json)",
                "How any command fails with `--json`, on standard output; `code` is the closed set of \
                 docs/cli.md, each with its exit code.",
            ),
        ),
        file(
            "notice",
            schema_of::<Envelope<NoticeBody>>(
                "overstap notice (--json)",
                "Something to know while the work goes on, one line on standard error with `--json`.",
            ),
        ),
        // What `preset schema` and `fleet schema` print, as they print it.
        file("preset-file", overstap_core::api::preset_schema()),
        file("fleet-report", overstap_core::fleet::report::schema()),
    ]
}

pub fn schemas_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/schemas")
}

/// The file's text: pretty, with a final newline.
pub fn text(schema: &Value) -> String {
    format!("{}\n", serde_json::to_string_pretty(schema).unwrap())
}

#[cfg(test)]
mod tests {
    use super::*;
    use overstap_core::ErrorCode;

    #[test]
    fn committed_schemas_match_the_printed_types() {
        let dir = schemas_dir();
        let files = all();
        if std::env::var_os("OVERSTAP_WRITE_SCHEMAS").is_some_and(|v| v == "1") {
            std::fs::create_dir_all(&dir).unwrap();
            for stale in committed_names(&dir) {
                if !files.iter().any(|f| f.name == stale) {
                    std::fs::remove_file(dir.join(format!("{stale}.schema.json"))).unwrap();
                }
            }
            for f in &files {
                std::fs::write(dir.join(format!("{}.schema.json", f.name)), text(&f.schema)).unwrap();
            }
            return;
        }
        let mut differ: Vec<String> = files
            .iter()
            .filter(|f| {
                std::fs::read_to_string(dir.join(format!("{}.schema.json", f.name))).ok() != Some(text(&f.schema))
            })
            .map(|f| f.name.to_owned())
            .collect();
        differ.extend(committed_names(&dir).into_iter().filter(|n| !files.iter().any(|f| f.name == *n)));
        assert!(
            differ.is_empty(),
            "docs/schemas/ is stale for {differ:?}: OVERSTAP_WRITE_SCHEMAS=1 cargo test -p overstap-cli schemas"
        );
    }

    /// The `name` of every `name.schema.json` in `dir`.
    fn committed_names(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| e.file_name().to_str()?.strip_suffix(".schema.json").map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn error_codes_are_the_closed_set() {
        let error = all().into_iter().find(|f| f.name == "error").unwrap().schema;
        // One `const` per code, each with its description.
        let codes: Vec<&str> = error["$defs"]["ErrorCode"]["oneOf"]
            .as_array()
            .unwrap_or_else(|| panic!("{error:#}"))
            .iter()
            .filter_map(|variant| variant["const"].as_str())
            .collect();
        let expected: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(codes, expected);
    }

    #[test]
    fn notice_codes_print_as_the_core_names_them() {
        let notice = overstap_core::api::Notice::DatabaseRecovered { moved_to: "x".into(), cause: String::new() };
        let code = crate::envelope::NoticeCode::of(&notice);
        assert_eq!(serde_json::to_value(code).unwrap(), notice.code());
    }

    #[test]
    fn every_command_schema_says_which_version_it_prints() {
        for f in all().iter().filter(|f| !matches!(f.name, "preset-file" | "fleet-report")) {
            let text = text(&f.schema);
            assert!(text.contains("\"const\": 1"), "{}: {text}", f.name);
        }
    }
}
