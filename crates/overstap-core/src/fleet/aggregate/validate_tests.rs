//! Each check of `validate` refuses its own kind of broken or hostile file.

use serde_json::{json, Value};
use time::macros::date;

use super::*;
use crate::fleet::aggregate::testing::{report, ID};

const TODAY: Date = date!(2026 - 11 - 23);

fn name() -> ReportName {
    ReportName { laptop_id: ID.into(), day: "2026-11-02".into() }
}

fn valid() -> Value {
    serde_json::to_value(report(ID, "2026-11-02", "2026-11-02T08:30:00Z", &[("matrix", true), ("nextcloud", false)]))
        .unwrap()
}

fn check_value(value: &Value) -> Result<Checked, SkipReason> {
    check(value.to_string().as_bytes(), &name(), TODAY)
}

/// The reason `change` makes a valid report skipped for.
fn refused(change: impl FnOnce(&mut Value)) -> SkipReason {
    let mut value = valid();
    change(&mut value);
    check_value(&value).expect_err("refused")
}

#[test]
fn a_valid_report_passes_without_the_person() {
    let mut value = valid();
    value["person"] = json!({ "account": "jjansen", "name": "J. Jansen" });
    let checked = check_value(&value).unwrap();
    assert_eq!(checked.day, date!(2026 - 11 - 02));
    assert_eq!(checked.report.person, None, "names are never kept");
}

#[test]
fn broken_bytes_are_named_as_such() {
    let check = |bytes: &[u8]| check(bytes, &name(), TODAY).unwrap_err();
    assert_eq!(check(b"\xff\xfe{}"), SkipReason::NotUtf8);
    assert!(matches!(check(b"{\"format\": "), SkipReason::NotJson { .. }));
    assert!(matches!(check(b"not json"), SkipReason::NotJson { .. }));
    assert_eq!(check(b"[1, 2, 3]"), SkipReason::NotAReport);
    assert_eq!(check(b"{\"hello\": \"world\"}"), SkipReason::NotAReport);
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    // Not even an object: refused before anything is nested.
    assert_eq!(check(deep.as_bytes()), SkipReason::NotAReport);
    // Deep nesting in a field no report has is skipped over without
    // recursion (serde_json ignores values with a loop), in one that has a
    // type it is refused at the first wrong bracket.
    let deep_unknown =
        valid().to_string().replacen('{', &format!("{{\"extra\":{}1{},", "[".repeat(100_000), "]".repeat(100_000)), 1);
    assert!(super::check(deep_unknown.as_bytes(), &name(), TODAY).is_ok());
    let deep_typed = valid().to_string().replacen(
        '{',
        &format!("{{\"department\":{}1{},", "[".repeat(100_000), "]".repeat(100_000)),
        1,
    );
    assert!(matches!(check(deep_typed.as_bytes()), SkipReason::InvalidField { path, .. } if path == "department"));
    assert_eq!(check(&vec![b' '; MAX_REPORT_BYTES + 1]), SkipReason::TooLarge);
    let trailing = format!("{} {{}}", valid());
    assert!(matches!(check(trailing.as_bytes()), SkipReason::NotJson { .. }));
}

#[test]
fn versions_are_told_apart() {
    assert_eq!(refused(|v| v["schema_version"] = json!(2)), SkipReason::NewerSchema { version: 2 });
    // A newer layout may change fields too: the version is still what is said.
    assert_eq!(
        refused(|v| {
            v["schema_version"] = json!(3);
            v["checklists"] = json!("moved");
        }),
        SkipReason::NewerSchema { version: 3 }
    );
    assert_eq!(refused(|v| v["schema_version"] = json!(0)), SkipReason::BadSchemaVersion);
    assert_eq!(refused(|v| v["format"] = json!("something-else")), SkipReason::NotAReport);
}

#[test]
fn a_wrong_field_is_named_with_its_path() {
    let reason = refused(|v| v["checklists"][1]["steps"][0]["state"] = json!("finished"));
    let SkipReason::InvalidField { path, .. } = reason else { panic!("{reason:?}") };
    assert_eq!(path, "checklists[1].steps[0].state");
    assert!(matches!(
        refused(|v| v.as_object_mut().unwrap().remove("day").map(drop).unwrap_or(())),
        SkipReason::InvalidField { .. }
    ));
}

#[test]
fn identity_and_dates_must_hold_together() {
    assert_eq!(refused(|v| v["laptop_id"] = json!(ID.to_uppercase())), SkipReason::BadLaptopId);
    assert!(matches!(refused(|v| v["day"] = json!("2026-02-30")), SkipReason::BadDate { .. }));
    assert!(matches!(refused(|v| v["day"] = json!("2026-11-2")), SkipReason::BadDate { .. }));
    assert!(matches!(refused(|v| v["day"] = json!("2024-12-31")), SkipReason::DayOutOfRange { .. }));
    assert!(matches!(refused(|v| v["day"] = json!("2026-11-25")), SkipReason::DayOutOfRange { .. }));
    assert_eq!(refused(|v| v["generated_at"] = json!("yesterday")), SkipReason::BadGeneratedAt);
    assert_eq!(refused(|v| v["report_id"] = json!("someone-else")), SkipReason::ReportIdMismatch);
    let other_day = refused(|v| {
        v["day"] = json!("2026-11-03");
        v["report_id"] = json!(format!("{ID}-2026-11-03"));
    });
    assert_eq!(other_day, SkipReason::NameMismatch);
}

#[test]
fn ids_texts_and_counts_are_bounded_and_consistent() {
    assert!(matches!(refused(|v| v["checklists"][0]["id"] = json!("<script>")), SkipReason::BadId { .. }));
    assert!(matches!(
        refused(|v| v["checklists"][0]["steps"][1]["id"] = json!("first")),
        SkipReason::DuplicateId { .. }
    ));
    assert!(matches!(refused(|v| v["checklists"][1]["id"] = json!("matrix")), SkipReason::DuplicateId { .. }));
    assert!(matches!(refused(|v| v["checks"][0]["probe"] = json!("matrix..x")), SkipReason::BadId { .. }));
    assert!(matches!(refused(|v| v["checks"][0]["failure"] = json!("Time Out")), SkipReason::BadId { .. }));
    assert!(matches!(refused(|v| v["department"] = json!("x".repeat(201))), SkipReason::TextTooLong { .. }));
    assert!(matches!(refused(|v| v["department"] = json!("Fin\u{1b}[2Jance")), SkipReason::ControlCharacters { .. }));
    // Invisible and direction-changing characters, as the app refuses them.
    for hidden in ["Fin\u{200B}ance", "HR\u{200F}", "\u{FEFF}ICT", "a\u{2028}b", "x\u{E0041}"] {
        assert!(
            matches!(refused(|v| v["department"] = json!(hidden)), SkipReason::ControlCharacters { .. }),
            "{hidden:?}"
        );
    }
    assert!(matches!(
        refused(|v| {
            v["checklists"][0]["steps"][0]["state"] = json!("blocked");
            v["checklists"][0]["steps"][0]["reason"] = json!("works\u{200D}not");
        }),
        SkipReason::ControlCharacters { .. }
    ));
    assert!(matches!(
        refused(|v| {
            v["checklists"][0]["steps"][0]["state"] = json!("blocked");
            v["checklists"][0]["steps"][0]["reason"] = json!("r".repeat(501));
        }),
        SkipReason::TextTooLong { .. }
    ));
    let many: Vec<Value> = (0..=MAX_CHECKS)
        .map(|i| json!({"probe": format!("p{i}.x"), "status": "pass", "checked_on": "2026-11-02"}))
        .collect();
    assert!(matches!(refused(|v| v["checks"] = json!(many)), SkipReason::TooMany { .. }));
    assert_eq!(
        refused(|v| v["checklists"][0]["done"] = json!(1)),
        SkipReason::CountsInconsistent { checklist: "matrix".into() }
    );
    assert_eq!(
        refused(|v| v["checklists"][1]["complete"] = json!(true)),
        SkipReason::CountsInconsistent { checklist: "nextcloud".into() }
    );
}

#[test]
fn a_skipped_required_step_is_counted_as_the_laptop_counts_it() {
    // As a laptop writes it: the skipped required step is not done, the checklist incomplete.
    let mut value = valid();
    value["checklists"][0]["steps"][1]["state"] = json!("skipped");
    value["checklists"][0]["done"] = json!(1);
    value["checklists"][0]["complete"] = json!(false);
    let checked = check_value(&value).expect("a laptop's own counts are accepted");
    assert_eq!((checked.report.checklists[0].done, checked.report.checklists[0].complete), (1, false));
    // Counting the skipped step as done is not what a laptop writes.
    assert_eq!(
        refused(|v| v["checklists"][0]["steps"][1]["state"] = json!("skipped")),
        SkipReason::CountsInconsistent { checklist: "matrix".into() }
    );
}
