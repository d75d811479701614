//! Numbers as each language writes them: 12.345 and 62,5% in Dutch,
//! 12.345 and 62,5 % in German, 12,345 and 62.5% in English.

use crate::lang::Lang;

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Nl | Lang::De => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// A count with thousands grouped.
pub fn count(n: u64, lang: Lang) -> String {
    let (group, _) = separators(lang);
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(digit);
    }
    out
}

/// A number with one decimal.
pub fn decimal(x: f64, lang: Lang) -> String {
    let (_, point) = separators(lang);
    let rounded = (x * 10.0).round() / 10.0;
    let whole = rounded.trunc() as u64;
    let tenth = ((rounded - rounded.trunc()) * 10.0).round() as u64;
    format!("{}{point}{tenth}", count(whole, lang))
}

/// A percentage with one decimal.
pub fn percent(x: f64, lang: Lang) -> String {
    match lang {
        // German puts a (non-breaking) space before the sign.
        Lang::De => format!("{}\u{a0}%", decimal(x, lang)),
        Lang::Nl | Lang::En => format!("{}%", decimal(x, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_points_its_own_way() {
        assert_eq!(count(1_234_567, Lang::En), "1,234,567");
        assert_eq!(count(1_234_567, Lang::Nl), "1.234.567");
        assert_eq!(count(999, Lang::De), "999");
        assert_eq!(count(0, Lang::De), "0");
        assert_eq!(percent(62.46, Lang::En), "62.5%");
        assert_eq!(percent(62.46, Lang::Nl), "62,5%");
        assert_eq!(percent(100.0, Lang::De), "100,0\u{a0}%");
        assert_eq!(decimal(4.96, Lang::En), "5.0");
    }
}
