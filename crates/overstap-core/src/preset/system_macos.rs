//! macOS: a preset delivered by an MDM configuration profile lands in
//! managed preferences, `/Library/Managed Preferences/nl.overstap.app.plist`
//! (root-owned; only the MDM agent writes it), under the key `Preset` as a
//! whole preset in TOML text. Files in
//! `/Library/Application Support/Overstap/` are read like on Linux.

use std::path::Path;

/// The managed-preferences plist and its key.
const MANAGED: &str = "/Library/Managed Preferences/nl.overstap.app.plist";

/// The preset an MDM profile delivered, as `(origin, text)`.
pub fn managed_preset() -> Option<(String, String)> {
    let value = plist::Value::from_file(Path::new(MANAGED)).ok()?;
    let text = value.as_dictionary()?.get("Preset")?.as_string()?.to_owned();
    Some((format!("{MANAGED} (Preset)"), text))
}
