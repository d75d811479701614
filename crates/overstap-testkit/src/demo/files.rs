//! The files the demo leaves for people and scripts: the demo preset (the
//! shipped `assets/presets/local-demo.toml`, moved to other ports when
//! asked) and files only their owner may read.

use std::path::Path;

use super::DemoPorts;

const PRESET: &str = include_str!("../../../../assets/presets/local-demo.toml");

/// The demo preset for `ports`: the shipped file, its default ports
/// replaced (they appear only as `localhost:<port>`).
pub fn preset_for(ports: DemoPorts) -> String {
    // Through placeholders: a new port may be another server's default one.
    let pairs: Vec<(u16, u16)> = DemoPorts::DEFAULT.all().into_iter().zip(ports.all()).collect();
    let mut text = PRESET.to_owned();
    for (i, (from, _)) in pairs.iter().enumerate() {
        text = text.replace(&format!("localhost:{from}"), &format!("localhost:\u{0}{i}\u{0}"));
    }
    for (i, (_, to)) in pairs.iter().enumerate() {
        text = text.replace(&format!("localhost:\u{0}{i}\u{0}"), &format!("localhost:{to}"));
    }
    text
}

/// Writes `text` readable by its owner only (it holds tokens).
/// The files of the demo person's OneDrive folder (also on the demo Nextcloud:
/// the demo person has moved them).
pub const ONEDRIVE_FILES: [(&str, &[u8]); 3] = [
    ("Notities/overleg-2026-11.txt", b"Overleg over de overstap naar Nextcloud.\n"),
    ("Projecten/Overstap/planning.csv", b"week,stap\n49,chat\n50,bestanden\n"),
    ("Welkom.md", b"# Welkom\nDit is de OneDrive-map van de demo.\n"),
];

/// The demo person's OneDrive folder in `dir`: a few small files in
/// folders, as a person's documents would be (made afresh each start).
pub fn write_onedrive(dir: &Path) -> std::io::Result<std::path::PathBuf> {
    let root = dir.join("OneDrive");
    if root.exists() {
        std::fs::remove_dir_all(&root)?;
    }
    for (name, content) in ONEDRIVE_FILES {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().expect("a file in a folder"))?;
        std::fs::write(path, content)?;
    }
    Ok(root)
}

pub fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let _ = std::fs::remove_file(path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_ports_replace_every_default_one() {
        assert_eq!(preset_for(DemoPorts::DEFAULT), PRESET);
        let moved = preset_for(DemoPorts::from_base(20000).unwrap());
        for port in DemoPorts::DEFAULT.all() {
            assert!(!moved.contains(&format!("localhost:{port}")), "{port} left in the preset");
        }
        assert!(moved.contains("matrix = \"localhost:20000\""));
        assert!(moved.contains("mastodon = \"https://localhost:20001\""));
        assert!(moved.contains("nextcloud = \"https://localhost:20002\""));
        // Ports that are other servers' defaults.
        let shifted = preset_for(DemoPorts::from_base(8443).unwrap());
        assert!(shifted.contains("matrix = \"localhost:8443\""), "{shifted}");
        assert!(shifted.contains("mastodon = \"https://localhost:8444\""));
        assert!(shifted.contains("nextcloud = \"https://localhost:8445\""));
    }
}
