//! Where presets come from, in order of precedence:
//!
//! 1. **System** (admin-only places): Linux `/etc/overstap/preset.toml`
//!    then `/etc/overstap/preset.d/*.toml` in name order (later files win
//!    per setting); Windows `%ProgramData%\Overstap\` and the policy key
//!    `HKLM\SOFTWARE\Policies\Overstap` (`system_windows.rs`); macOS
//!    `/Library/Application Support/Overstap/` and managed preferences
//!    (`system_macos.rs`). A system file that someone other than an
//!    administrator could change is refused, with the reason: otherwise any
//!    user could rewrite the organisation's locks.
//! 2. **Imported** by the person: a signed preset kept in the data folder.
//!
//! `OVERSTAP_SYSTEM_PRESET_DIR` replaces the system folder (tests, staged
//! rollouts); it must pass the same admin-only check, so it grants nothing
//! a user could not already do.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::parse::{parse, ParsedPreset, PresetProblem};
use crate::checklist::Library;
use crate::probe::Message;

/// Replaces the system preset folder; must be admin-only like the real one.
pub const SYSTEM_DIR_ENV: &str = "OVERSTAP_SYSTEM_PRESET_DIR";
/// A preset larger than this is not a preset.
pub const MAX_PRESET_BYTES: u64 = 1024 * 1024;

/// Which layer a preset belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Layer {
    System,
    Imported,
    /// An example organisation the person picked at first run (`examples.rs`).
    Example,
}

/// One preset as read, with where it came from.
#[derive(Debug, Clone)]
pub struct PresetSource {
    pub layer: Layer,
    /// A path, or a description of a non-file source (a registry key).
    pub origin: String,
    /// The folder relative paths in the preset (logo, CA files) are resolved against.
    pub base_dir: Option<PathBuf>,
    pub parsed: ParsedPreset,
}

impl PresetSource {
    /// A file none of which applies, with the one reason why.
    pub fn refused(layer: Layer, path: &Path, message: Message) -> PresetSource {
        let origin = path.display().to_string();
        PresetSource {
            layer,
            base_dir: path.parent().map(Path::to_path_buf),
            parsed: ParsedPreset {
                problems: vec![whole_file(&origin, message)],
                refused: true,
                ..ParsedPreset::default()
            },
            origin,
        }
    }
}

/// The system folder on this OS.
pub fn system_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(SYSTEM_DIR_ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if cfg!(target_os = "linux") {
        Some(PathBuf::from("/etc/overstap"))
    } else if cfg!(target_os = "macos") {
        Some(PathBuf::from("/Library/Application Support/Overstap"))
    } else if cfg!(windows) {
        std::env::var_os("ProgramData").map(|d| PathBuf::from(d).join("Overstap"))
    } else {
        None
    }
}

/// The system presets of this computer, in precedence order (later wins).
/// Files that are refused appear as problems, never silently.
pub fn system_presets(library: &Library) -> Vec<PresetSource> {
    let Some(dir) = system_dir() else { return Vec::new() };
    let mut files = vec![dir.join("preset.toml")];
    if let Ok(entries) = std::fs::read_dir(dir.join("preset.d")) {
        let mut fragments: Vec<PathBuf> =
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect();
        fragments.sort();
        files.extend(fragments);
    }
    #[cfg_attr(not(any(windows, target_os = "macos")), allow(unused_mut))]
    let mut sources: Vec<PresetSource> =
        files.iter().filter(|f| f.exists()).map(|f| read_system_file(f, library)).collect();
    // A preset delivered by the OS's own management channel comes last, so it wins.
    #[cfg(windows)]
    sources.extend(super::system_windows::registry_preset().map(|(o, t)| from_text(&o, &t, library)));
    #[cfg(target_os = "macos")]
    sources.extend(super::system_macos::managed_preset().map(|(o, t)| from_text(&o, &t, library)));
    sources
}

/// A system preset that arrived as text from an admin-only channel (registry, MDM).
#[cfg_attr(not(any(windows, target_os = "macos")), allow(dead_code))]
fn from_text(origin: &str, text: &str, library: &Library) -> PresetSource {
    PresetSource {
        layer: Layer::System,
        origin: origin.to_owned(),
        base_dir: None,
        parsed: parse(text, origin, library),
    }
}

/// Reads one system file if only administrators can change it.
pub fn read_system_file(path: &Path, library: &Library) -> PresetSource {
    let origin = path.display().to_string();
    let refused = |message: Message| PresetSource::refused(Layer::System, path, message);
    if let Err(message) = admin_only(path) {
        tracing::warn!(path = %origin, "system preset refused: not admin-only");
        return refused(message);
    }
    match read_capped(path) {
        Ok(text) => PresetSource {
            layer: Layer::System,
            origin: origin.clone(),
            base_dir: path.parent().map(Path::to_path_buf),
            parsed: parse(&text, &origin, library),
        },
        Err(message) => refused(message),
    }
}

/// A file's text, refusing what is too large or not text.
pub fn read_capped(path: &Path) -> Result<String, Message> {
    let unreadable =
        |detail: String| Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", detail);
    let meta = std::fs::metadata(path).map_err(|e| unreadable(e.to_string()))?;
    if meta.len() > MAX_PRESET_BYTES {
        return Err(Message::new("preset-file-too-large").arg("path", path.display()).arg("size", meta.len()));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
    String::from_utf8(bytes).map_err(|_| unreadable("not UTF-8 text".into()))
}

/// A problem about a whole file.
pub fn whole_file(origin: &str, message: Message) -> PresetProblem {
    PresetProblem { file: origin.to_owned(), line: 1, column: 1, key: String::new(), message }
}

/// Only administrators can change `path`: it and every folder above it
/// belong to root and no one else may write them (a sticky folder such as
/// `/tmp` is fine: others cannot replace what is in it).
#[cfg(unix)]
pub fn admin_only(path: &Path) -> Result<(), Message> {
    use std::os::unix::fs::MetadataExt;
    let real = std::fs::canonicalize(path)
        .map_err(|e| Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", e.to_string()))?;
    let file = std::fs::metadata(&real)
        .map_err(|e| Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", e.to_string()))?;
    if file.uid() != 0 {
        return Err(Message::new("preset-file-not-admin").arg("path", path.display()).arg("uid", file.uid()));
    }
    if writable_by_others(file.mode(), file.gid()) {
        return Err(Message::new("preset-file-writable").arg("path", path.display()));
    }
    for folder in real.ancestors().skip(1) {
        let Ok(meta) = std::fs::metadata(folder) else { continue };
        let sticky = meta.mode() & 0o1000 != 0;
        if meta.uid() != 0 || (writable_by_others(meta.mode(), meta.gid()) && !sticky) {
            return Err(Message::new("preset-folder-writable")
                .arg("path", path.display())
                .arg("folder", folder.display()));
        }
    }
    Ok(())
}

/// Group write counts only for a group other than root's.
#[cfg(unix)]
fn writable_by_others(mode: u32, gid: u32) -> bool {
    mode & 0o002 != 0 || (mode & 0o020 != 0 && gid != 0)
}

/// Windows: the file's owner and everyone who may write it must be an
/// administrator (see `system_windows.rs`).
#[cfg(windows)]
pub fn admin_only(path: &Path) -> Result<(), Message> {
    super::system_windows::admin_only(path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn library() -> Library {
        crate::checklist::load_embedded().unwrap()
    }

    #[test]
    fn only_admin_only_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("preset.toml");
        std::fs::write(&file, "[servers]\nmatrix = \"minbzk.nl\"\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let source = read_system_file(&file, &library());
        // The test's own files belong to whoever runs it.
        let running_as_root = std::os::unix::fs::MetadataExt::uid(&std::fs::metadata(&file).unwrap()) == 0;
        if running_as_root {
            assert!(!source.parsed.refused, "{:?}", source.parsed.problems);
            assert_eq!(source.parsed.preset.servers.unwrap().matrix.as_deref(), Some("minbzk.nl"));
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).unwrap();
            let source = read_system_file(&file, &library());
            assert!(source.parsed.refused);
            assert_eq!(source.parsed.problems[0].message.id, "preset-file-writable");
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
            let source = read_system_file(&file, &library());
            assert_eq!(source.parsed.problems[0].message.id, "preset-folder-writable");
        } else {
            // A file an ordinary user owns is exactly what must be refused.
            assert!(source.parsed.refused);
            assert_eq!(source.parsed.problems[0].message.id, "preset-file-not-admin");
        }
    }

    #[test]
    fn oversized_and_binary_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; (MAX_PRESET_BYTES + 1) as usize]).unwrap();
        assert_eq!(read_capped(&big).unwrap_err().id, "preset-file-too-large");
        let binary = dir.path().join("bin.toml");
        std::fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
        assert_eq!(read_capped(&binary).unwrap_err().id, "preset-file-unreadable");
    }

    #[test]
    fn writable_by_others_reads_the_mode() {
        assert!(writable_by_others(0o666, 0));
        assert!(writable_by_others(0o664, 1000));
        assert!(!writable_by_others(0o664, 0), "root's group may write");
        assert!(!writable_by_others(0o644, 1000));
    }
}
