//! LibreOffice's default save formats, set for every person and
//! `oor:finalized` so that a person's own profile cannot change them.
//!
//! The `.xcd` has the shape of LibreOffice's own files in `share/registry`
//! (`pyuno.xcd`, `writer.xcd`): `oor:data`, `dependency` elements, then
//! `oor:component-data` per component. configmgr reads the files of that
//! folder in dependency order (`configmgr/source/xcdparser.cxx`); ours must
//! come after `writer`, `calc` and `impress`, which define the document
//! factories with `oor:op="replace"` and would otherwise wipe our values.
//! The dependencies are `optional`: one that is missing (no Impress
//! installed) is skipped instead of keeping LibreOffice from starting. The
//! factories are modified, never created, so a missing module stays missing.
//!
//! The `.reg` says the same through the Windows policy keys configmgr reads
//! (`configmgr/source/winreg.cxx`): one key per property under
//! `HKLM\SOFTWARE\Policies\LibreOffice\<node path>\<property>`, with
//! `Value` and `Final`=1.
//!
//! With OpenDocument, "keep the current format?" is forced on too
//! (`WarnAlienFormat`), so saving as .docx asks first. With the Microsoft
//! formats it is left alone: it would ask at every save.

use crate::preset::model::Preset;
use crate::probe::libreoffice::DOCUMENT_KINDS;

/// The formats documents are saved in by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFormats {
    Odf,
    Ooxml,
}

impl SaveFormats {
    /// The save filter of each document service, in [`DOCUMENT_KINDS`] order.
    pub fn filters(self) -> [(&'static str, &'static str); 3] {
        let [(_, text, odt), (_, sheet, ods), (_, slides, odp)] = DOCUMENT_KINDS;
        match self {
            SaveFormats::Odf => [(text, odt), (sheet, ods), (slides, odp)],
            SaveFormats::Ooxml => [
                (text, "MS Word 2007 XML"),
                (sheet, "Calc MS Excel 2007 XML"),
                (slides, "Impress MS PowerPoint 2007 XML"),
            ],
        }
    }

    /// `OpenDocument (.odt, .ods, .odp)`: for descriptions and the README.
    pub fn name(self) -> &'static str {
        match self {
            SaveFormats::Odf => "OpenDocument (.odt, .ods, .odp)",
            SaveFormats::Ooxml => "Microsoft Office (.docx, .xlsx, .pptx)",
        }
    }

    /// Whether "keep the current format?" is forced on.
    pub fn warns_on_other_formats(self) -> bool {
        self == SaveFormats::Odf
    }
}

const FACTORIES: &str = "/org.openoffice.Setup/Office/Factories";
const SAVE_DOCUMENT: &str = "/org.openoffice.Office.Common/Save/Document";
const FILTER: &str = "ooSetupFactoryDefaultFilter";
const WARN_ALIEN: &str = "WarnAlienFormat";

/// The `.xcd` for the preset's formats (OpenDocument when it names none).
pub fn libreoffice_xcd(preset: &Preset) -> String {
    xcd(SaveFormats::from_preset(preset))
}

/// The Windows registry file for the preset's formats.
pub fn libreoffice_reg(preset: &Preset) -> String {
    reg(SaveFormats::from_preset(preset))
}

pub(super) fn xcd(formats: SaveFormats) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<!-- Written by Overstap. Documents are saved as {} by default,\n     \
         and people cannot change that default. Goes into LibreOffice's\n     \
         share/registry folder; see README.txt. -->\n",
        formats.name()
    ));
    x.push_str(
        "<oor:data xmlns:oor=\"http://openoffice.org/2001/registry\" \
         xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n",
    );
    x.push_str("  <dependency file=\"main\"/>\n");
    for module in ["writer", "calc", "impress"] {
        x.push_str(&format!("  <dependency file=\"{module}\" optional=\"true\"/>\n"));
    }
    x.push_str("  <oor:component-data oor:package=\"org.openoffice\" oor:name=\"Setup\">\n");
    x.push_str("    <node oor:name=\"Office\">\n      <node oor:name=\"Factories\">\n");
    for (service, filter) in formats.filters() {
        x.push_str(&format!("        <node oor:name=\"{service}\">\n"));
        x.push_str(&finalized_prop(10, FILTER, filter));
        x.push_str("        </node>\n");
    }
    x.push_str("      </node>\n    </node>\n  </oor:component-data>\n");
    if formats.warns_on_other_formats() {
        x.push_str("  <oor:component-data oor:package=\"org.openoffice.Office\" oor:name=\"Common\">\n");
        x.push_str("    <node oor:name=\"Save\">\n      <node oor:name=\"Document\">\n");
        x.push_str(&finalized_prop(8, WARN_ALIEN, "true"));
        x.push_str("      </node>\n    </node>\n  </oor:component-data>\n");
    }
    x.push_str("</oor:data>\n");
    x
}

/// The values are fixed names without XML's special characters.
fn finalized_prop(indent: usize, name: &str, value: &str) -> String {
    let pad = " ".repeat(indent);
    format!("{pad}<prop oor:name=\"{name}\" oor:finalized=\"true\">\n{pad}  <value>{value}</value>\n{pad}</prop>\n")
}

pub(super) fn reg(formats: SaveFormats) -> String {
    let mut r = String::from("Windows Registry Editor Version 5.00\n\n");
    r.push_str(&format!(
        "; Written by Overstap. LibreOffice saves documents as {} by default,\n\
         ; and people cannot change that default (\"Final\"). Import on each computer\n\
         ; or push through Group Policy; see README.txt.\n",
        formats.name()
    ));
    let mut key = |path: String, name: &str, value: &str| {
        let key = format!("{}/{name}", path.trim_start_matches('/')).replace('/', "\\");
        r.push_str(&format!(
            "\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\LibreOffice\\{key}]\n\"Value\"=\"{value}\"\n\"Final\"=dword:00000001\n"
        ));
    };
    for (service, filter) in formats.filters() {
        key(format!("{FACTORIES}/org.openoffice.Setup:Factory['{service}']"), FILTER, filter);
    }
    if formats.warns_on_other_formats() {
        key(SAVE_DOCUMENT.to_owned(), WARN_ALIEN, "true");
    }
    // Registry Editor's own files use CRLF.
    r.replace('\n', "\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::model::{DefaultFormats, LibreOfficePolicy};

    fn with_formats(f: Option<DefaultFormats>) -> Preset {
        Preset {
            libreoffice: Some(LibreOfficePolicy { default_formats: f, ..Default::default() }),
            ..Default::default()
        }
    }

    /// (service, filter, finalized) for every factory property in the document.
    fn factory_props(xcd: &str) -> Vec<(String, String, bool)> {
        let doc = roxmltree::Document::parse(xcd).unwrap();
        doc.descendants()
            .filter(|n| {
                n.has_tag_name("prop") && n.attribute(("http://openoffice.org/2001/registry", "name")) == Some(FILTER)
            })
            .map(|p| {
                let oor = "http://openoffice.org/2001/registry";
                let service = p.parent().unwrap().attribute((oor, "name")).unwrap().to_owned();
                let value = p.children().find(|c| c.has_tag_name("value")).unwrap().text().unwrap().to_owned();
                (service, value, p.attribute((oor, "finalized")) == Some("true"))
            })
            .collect()
    }

    #[test]
    fn odf_unless_the_preset_asks_for_ooxml() {
        for (preset, filters) in [
            (Preset::default(), ["writer8", "calc8", "impress8"]),
            (with_formats(Some(DefaultFormats::Odf)), ["writer8", "calc8", "impress8"]),
            (
                with_formats(Some(DefaultFormats::Ooxml)),
                ["MS Word 2007 XML", "Calc MS Excel 2007 XML", "Impress MS PowerPoint 2007 XML"],
            ),
        ] {
            let props = factory_props(&libreoffice_xcd(&preset));
            let got: Vec<&str> = props.iter().map(|(_, f, _)| f.as_str()).collect();
            assert_eq!(got, filters);
            assert!(props.iter().all(|(_, _, finalized)| *finalized));
        }
    }

    #[test]
    fn the_xcd_follows_after_the_modules_and_never_creates_a_factory() {
        let xcd = libreoffice_xcd(&Preset::default());
        let doc = roxmltree::Document::parse(&xcd).unwrap();
        let root = doc.root_element();
        assert!(root.has_tag_name(("http://openoffice.org/2001/registry", "data")));
        let deps: Vec<(&str, Option<&str>)> = root
            .children()
            .filter(|n| n.has_tag_name("dependency"))
            .map(|d| (d.attribute("file").unwrap(), d.attribute("optional")))
            .collect();
        assert_eq!(deps, [("main", None), ("writer", Some("true")), ("calc", Some("true")), ("impress", Some("true"))]);
        assert!(!xcd.contains("oor:op="), "factories are modified, not replaced or created");
        assert!(xcd.contains("<prop oor:name=\"WarnAlienFormat\" oor:finalized=\"true\">"));
        assert!(!libreoffice_xcd(&with_formats(Some(DefaultFormats::Ooxml))).contains(WARN_ALIEN));
    }

    #[test]
    fn the_reg_file_uses_the_policy_keys_with_final() {
        let reg = libreoffice_reg(&Preset::default());
        assert!(reg.starts_with("Windows Registry Editor Version 5.00\r\n"));
        assert!(reg.contains(
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\LibreOffice\\org.openoffice.Setup\\Office\\Factories\\\
             org.openoffice.Setup:Factory['com.sun.star.text.TextDocument']\\ooSetupFactoryDefaultFilter]\r\n\
             \"Value\"=\"writer8\"\r\n\"Final\"=dword:00000001\r\n"
        ));
        assert!(reg.contains(
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\LibreOffice\\org.openoffice.Office.Common\\Save\\Document\\WarnAlienFormat]\r\n\
             \"Value\"=\"true\"\r\n\"Final\"=dword:00000001\r\n"
        ));
        assert_eq!(reg.matches("\"Final\"=dword:00000001").count(), 4);
        assert!(!reg.replace("\r\n", "").contains('\n'), "CRLF only");
    }
}
