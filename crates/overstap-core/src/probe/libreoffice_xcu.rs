//! Reading and editing single properties of `registrymodifications.xcu`,
//! LibreOffice's record of what the person changed. LibreOffice writes one
//! `<item>` with one `<prop>` per line, so a property is edited by its lines
//! and everything else is kept byte for byte.

/// A profile with no changes yet, as LibreOffice starts one.
pub const EMPTY_XCU: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n</oor:items>\n";

/// The value of property `name` of node `path` (the last setting wins, as
/// when LibreOffice reads it); `None` when the profile does not set it.
pub fn value_of(xcu: &str, path: &str, name: &str) -> Option<String> {
    let doc = roxmltree::Document::parse(xcu).ok()?;
    doc.descendants()
        .filter(|n| n.has_tag_name("item") && n.attributes().any(|a| a.name() == "path" && a.value() == path))
        .flat_map(|item| item.children().filter(|c| c.has_tag_name("prop")))
        .filter(|p| p.attributes().any(|a| a.name() == "name" && a.value() == name))
        .map(|p| p.children().find(|c| c.has_tag_name("value")).and_then(|v| v.text()).unwrap_or("").to_owned())
        .next_back()
}

fn sets(line: &str, path: &str, name: &str) -> bool {
    line.contains(&format!("oor:path=\"{path}\"")) && line.contains(&format!("oor:name=\"{name}\""))
}

/// The lines that set property `name` of `path`, as they are written.
pub fn lines_of(xcu: &str, path: &str, name: &str) -> Vec<String> {
    xcu.lines().filter(|l| sets(l, path, name)).map(str::to_owned).collect()
}

/// The line LibreOffice itself would write for a property set to `value`.
pub fn prop_line(path: &str, name: &str, value: &str) -> String {
    format!("<item oor:path=\"{path}\"><prop oor:name=\"{name}\" oor:op=\"fuse\"><value>{value}</value></prop></item>")
}

/// The profile with the lines of the `remove`d properties taken out and
/// `add` put before `</oor:items>`; `None` when the profile (or the result)
/// is not well-formed, so that a damaged profile is never touched.
pub fn edit(xcu: &str, remove: &[(&str, &str)], add: &[String]) -> Option<String> {
    roxmltree::Document::parse(xcu).ok()?;
    let close = xcu.rfind("</oor:items>")?;
    let mut out: String = xcu[..close]
        .lines()
        .filter(|line| !remove.iter().any(|(path, name)| sets(line, path, name)))
        .map(|l| format!("{l}\n"))
        .collect();
    for line in add {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&xcu[close..]);
    roxmltree::Document::parse(&out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MISC: &str = "/org.openoffice.Office.Common/Misc";

    #[test]
    fn edits_one_property_and_keeps_the_rest() {
        let xcu = edit(EMPTY_XCU, &[], &[prop_line(MISC, "FirstRun", "false"), prop_line(MISC, "Other", "1")]).unwrap();
        assert_eq!(value_of(&xcu, MISC, "FirstRun").as_deref(), Some("false"));
        let changed = edit(&xcu, &[(MISC, "FirstRun")], &[prop_line(MISC, "FirstRun", "true")]).unwrap();
        assert_eq!(value_of(&changed, MISC, "FirstRun").as_deref(), Some("true"));
        assert_eq!(lines_of(&changed, MISC, "Other"), lines_of(&xcu, MISC, "Other"));
        assert_eq!(value_of(&changed, MISC, "Missing"), None);
        assert!(edit("<broken", &[], &[]).is_none());
    }
}
