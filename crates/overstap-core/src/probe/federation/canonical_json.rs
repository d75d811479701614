//! Matrix canonical JSON (appendix "Canonical JSON"): the exact bytes a
//! server signs. Object keys sorted by code point, no insignificant
//! whitespace, UTF-8 rather than `\u` escapes, integers only.
//!
//! Written here rather than through `serde_json::to_string`, because the
//! workspace turns on serde_json's `preserve_order` (maps keep the order
//! they were read in), and because numbers need the spec's rules.

use serde_json::{Map, Value};

/// The largest integer canonical JSON allows (2^53 − 1), and its negative.
const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

/// The canonical form of `value`; an error when it holds a number canonical
/// JSON cannot express (a fraction, or an integer beyond ±(2^53 − 1)).
pub fn encode(value: &Value) -> Result<String, String> {
    let mut out = String::new();
    write(value, &mut out)?;
    Ok(out)
}

/// The canonical form of a signed object without its `signatures` and
/// `unsigned`: what its signatures are over.
pub fn signed_bytes(object: &Map<String, Value>) -> Result<Vec<u8>, String> {
    let mut bare = object.clone();
    bare.remove("signatures");
    bare.remove("unsigned");
    encode(&Value::Object(bare)).map(String::into_bytes)
}

fn write(value: &Value, out: &mut String) -> Result<(), String> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&integer(n)?.to_string()),
        // serde_json escapes exactly what canonical JSON escapes: `"`, `\`
        // and control characters (short forms where JSON has them, else
        // `\u00xx` in lower case), and leaves everything else as UTF-8.
        Value::String(s) => out.push_str(&serde_json::to_string(s).map_err(|e| e.to_string())?),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            // Sorting the UTF-8 bytes sorts by code point.
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_unstable();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(key).map_err(|e| e.to_string())?);
                out.push(':');
                write(&map[key], out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

/// A JSON number as canonical JSON's integer. Whole numbers written as
/// floats (`1e10`, `-0`) are that integer, as in the spec's examples.
fn integer(n: &serde_json::Number) -> Result<i64, String> {
    let value = match (n.as_i64(), n.as_f64()) {
        (Some(i), _) => i,
        (None, Some(f)) if f.fract() == 0.0 && f.abs() <= MAX_SAFE_INTEGER as f64 => f as i64,
        _ => return Err(format!("the number {n} is not an integer canonical JSON allows")),
    };
    if value.abs() > MAX_SAFE_INTEGER {
        return Err(format!("the number {n} is outside canonical JSON's range"));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(input: &str) -> String {
        encode(&serde_json::from_str(input).unwrap()).unwrap()
    }

    /// The examples of the Matrix appendix "Canonical JSON", input → output.
    #[test]
    fn the_spec_examples() {
        assert_eq!(canonical("{}"), "{}");
        assert_eq!(canonical(r#"{ "one": 1, "two": "Two" }"#), r#"{"one":1,"two":"Two"}"#);
        assert_eq!(canonical(r#"{ "b": "2", "a": "1" }"#), r#"{"a":"1","b":"2"}"#);
        assert_eq!(canonical(r#"{"b":"2","a":"1"}"#), r#"{"a":"1","b":"2"}"#);
        assert_eq!(
            canonical(
                r#"{
                    "auth": {
                        "success": true,
                        "mxid": "@john.doe:example.com",
                        "profile": {
                            "display_name": "John Doe",
                            "three_pids": [
                                { "medium": "email", "address": "john.doe@example.org" },
                                { "medium": "msisdn", "address": "123456789" }
                            ]
                        }
                    }
                }"#
            ),
            r#"{"auth":{"mxid":"@john.doe:example.com","profile":{"display_name":"John Doe","three_pids":[{"address":"john.doe@example.org","medium":"email"},{"address":"123456789","medium":"msisdn"}]},"success":true}}"#
        );
        assert_eq!(canonical(r#"{ "a": "日本語" }"#), r#"{"a":"日本語"}"#);
        assert_eq!(canonical(r#"{ "本": 2, "日": 1 }"#), r#"{"日":1,"本":2}"#);
        assert_eq!(canonical(r#"{ "a": "\u65E5" }"#), r#"{"a":"日"}"#);
        assert_eq!(canonical(r#"{ "a": null }"#), r#"{"a":null}"#);
        assert_eq!(canonical(r#"{ "a": -0, "b": 1e10 }"#), r#"{"a":0,"b":10000000000}"#);
    }

    #[test]
    fn escapes_only_what_must_be_escaped() {
        assert_eq!(canonical(r#"{"a":"\"\\\n\t\u0001/é"}"#), "{\"a\":\"\\\"\\\\\\n\\t\\u0001/é\"}");
    }

    #[test]
    fn refuses_numbers_it_cannot_express() {
        for bad in [r#"{"a":1.5}"#, r#"{"a":9007199254740992}"#, r#"{"a":-9007199254740992}"#] {
            assert!(encode(&serde_json::from_str(bad).unwrap()).is_err(), "{bad}");
        }
        assert_eq!(canonical(r#"{"a":9007199254740991}"#), r#"{"a":9007199254740991}"#);
    }

    #[test]
    fn signatures_and_unsigned_are_not_signed() {
        let v: Value = serde_json::from_str(r#"{"z":1,"signatures":{"x":{}},"unsigned":{"age":1},"a":2}"#).unwrap();
        assert_eq!(signed_bytes(v.as_object().unwrap()).unwrap(), br#"{"a":2,"z":1}"#);
    }
}
