//! Report file names: `overstap-<laptop_id>-<day>.json`, as laptops upload
//! them, or `overstap-<laptop_id>-<day> (2).json` when a Nextcloud file
//! drop keeps a re-upload beside the first instead of replacing it.
//!
//! The name alone tells which laptop and day a file is about, so the files
//! of one laptop are read together before any is parsed; the report inside
//! must then say the same (see `validate`).

use crate::fleet::laptop_id::{is_laptop_id, LAPTOP_ID_LEN};

/// What a report's file name says.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct ReportName {
    pub laptop_id: String,
    pub day: String,
}

/// Whether `day` has the shape `YYYY-MM-DD` (the calendar is checked later).
pub(crate) fn looks_like_day(day: &str) -> bool {
    let b = day.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Whether a file is worth a look at all: reports are `.json` files.
pub(crate) fn is_json(name: &str) -> bool {
    // Bytes, not a string slice: the cut may fall inside a character.
    let bytes = name.as_bytes();
    bytes.len() > 5 && bytes[bytes.len() - 5..].eq_ignore_ascii_case(b".json")
}

/// Reads a report's file name; `None` when it is not one.
pub(crate) fn parse(name: &str) -> Option<ReportName> {
    let stem = name.strip_prefix("overstap-")?.strip_suffix(".json")?;
    let stem = strip_copy_number(stem);
    let (laptop_id, day) = stem.split_at_checked(LAPTOP_ID_LEN)?;
    let day = day.strip_prefix('-')?;
    (is_laptop_id(laptop_id) && looks_like_day(day))
        .then(|| ReportName { laptop_id: laptop_id.to_owned(), day: day.to_owned() })
}

/// `name (2)` → `name`: the copy number Nextcloud adds to a name taken.
fn strip_copy_number(stem: &str) -> &str {
    let Some(open) = stem.rfind(" (") else { return stem };
    let number = &stem[open + 2..];
    match number.strip_suffix(')') {
        Some(digits) if !digits.is_empty() && digits.len() <= 6 && digits.bytes().all(|b| b.is_ascii_digit()) => {
            &stem[..open]
        }
        _ => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn reads_laptop_and_day_from_the_uploaded_name_and_its_copies() {
        let plain = parse(&format!("overstap-{ID}-2026-11-02.json")).unwrap();
        assert_eq!(plain, ReportName { laptop_id: ID.into(), day: "2026-11-02".into() });
        assert_eq!(parse(&format!("overstap-{ID}-2026-11-02 (2).json")), Some(plain.clone()));
        assert_eq!(parse(&format!("overstap-{ID}-2026-11-02 (13).json")), Some(plain));
    }

    #[test]
    fn other_names_are_not_reports() {
        for name in [
            "report.json".to_owned(),
            format!("overstap-{ID}-2026-11-02.json.part"),
            format!("overstap-{}-2026-11-02.json", ID.to_uppercase()),
            format!("overstap-{ID}x-2026-11-02.json"),
            format!("overstap-{ID}-2026-11-2.json"),
            format!("overstap-{ID}-2026-11-02 (x).json"),
            format!("overstap-{ID}-2026-11-02 ().json"),
            format!("overstap-{ID}-2026-11-02-extra.json"),
            "overstap-.json".to_owned(),
            format!("overstap-{}-2026-11-02.json", &ID[..31]),
            "overstap-ééééééééééééééééééééééééééééééééé-2026-11-02.json".to_owned(),
        ] {
            assert_eq!(parse(&name), None, "{name}");
        }
    }

    #[test]
    fn json_files_are_recognised_in_any_case() {
        assert!(is_json("a.json") && is_json("B.JSON"));
        assert!(!is_json(".json") && !is_json("a.json.tmp") && !is_json("aé.jso"));
    }
}
