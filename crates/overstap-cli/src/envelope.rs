//! The envelope around every JSON document the CLI prints: `schema_version`
//! first, then the command's body (`{"schema_version": 1, "progress": …}`),
//! or `{"schema_version": 1, "error": {"code", "message"}}`. Printing and the
//! JSON Schemas in `docs/schemas/` both go through these types, so what is
//! printed and what is documented are one and the same.

use overstap_core::{ErrorPayload, SCHEMA_VERSION};
use schemars::JsonSchema;
use serde::Serialize;

// A document as printed: the version, then the body's own fields. Not a doc
// comment, so each schema describes its document with the body's own words;
// inlined, so it shows that document whole (not as `Envelope2`).
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(inline)]
pub struct Envelope<T> {
    pub schema_version: SchemaVersion,
    #[serde(flatten)]
    pub body: T,
}

impl<T> Envelope<T> {
    pub fn new(body: T) -> Envelope<T> {
        Envelope { schema_version: SchemaVersion, body }
    }
}

/// Always [`SCHEMA_VERSION`]; a type of its own so the schema says which
/// version a build prints (`"const": 1`), not just "a number".
#[derive(Debug, Clone, Copy)]
pub struct SchemaVersion;

impl Serialize for SchemaVersion {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(SCHEMA_VERSION)
    }
}

impl JsonSchema for SchemaVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The version of this document's layout. It changes only when a field changes meaning or disappears; new fields may appear without it changing.",
            "type": "integer",
            "const": SCHEMA_VERSION
        })
    }
}

/// `{"error": {"code", "message"}}`: how any command fails with `--json`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ErrorBody {
    pub error: ErrorPayload,
}

/// `{"notice": {"code", "message"}}`, on standard error: something the
/// person must know while the work goes on (a damaged database moved aside).
#[derive(Debug, Serialize, JsonSchema)]
pub struct NoticeBody {
    pub notice: NoticePayload,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct NoticePayload {
    pub code: NoticeCode,
    /// For people, in the chosen language.
    pub message: String,
}

/// The closed set of notice codes (`overstap_core::api::Notice::code`).
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoticeCode {
    /// The database was damaged: it was moved aside (the message says where) and a fresh one started.
    DatabaseRecovered,
}

impl NoticeCode {
    pub fn of(notice: &overstap_core::api::Notice) -> NoticeCode {
        match notice {
            overstap_core::api::Notice::DatabaseRecovered { .. } => NoticeCode::DatabaseRecovered,
        }
    }
}
