//! Timestamps as Overstap stores and prints them: RFC 3339, UTC, milliseconds.

use time::macros::format_description;
use time::OffsetDateTime;

/// Now, e.g. `2026-11-23T06:27:24.123Z`.
pub fn now_rfc3339() -> String {
    format(OffsetDateTime::now_utc())
}

/// Always three fraction digits, so that the strings sort like the times.
pub fn format(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    let fmt = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
    t.format(&fmt).unwrap_or_else(|_| t.unix_timestamp().to_string())
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

#[cfg(test)]
mod tests {
    #[test]
    fn milliseconds_are_always_three_digits() {
        let t = time::macros::datetime!(2026-11-23 06:52:34.080 UTC);
        assert_eq!(super::format(t), "2026-11-23T06:52:34.080Z");
        let whole = time::macros::datetime!(2026-11-23 06:52:34 UTC);
        assert_eq!(super::format(whole), "2026-11-23T06:52:34.000Z");
    }
}
