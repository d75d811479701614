//! Timestamps as Overstap stores and prints them: RFC 3339, UTC, milliseconds.

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Now, e.g. `2026-11-23T06:27:24.123Z`.
pub fn now_rfc3339() -> String {
    format(OffsetDateTime::now_utc())
}

pub fn format(t: OffsetDateTime) -> String {
    let t = t.replace_nanosecond(t.millisecond() as u32 * 1_000_000).unwrap_or(t);
    t.format(&Rfc3339).unwrap_or_else(|_| t.unix_timestamp().to_string())
}

/// A compact form for file names: `20261123T062724Z`.
pub fn file_stamp() -> String {
    let t = OffsetDateTime::now_utc();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}
