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
//! The system folder is fixed in a release build. Only a debug build (what
//! `cargo build` and `cargo test` make) reads `OVERSTAP_SYSTEM_PRESET_DIR`
//! instead, so the tests can give each run a system preset of its own: in a
//! shipped program no user can point Overstap away from the organisation's
//! preset and its locks.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::parse::{parse, ParsedPreset, PresetProblem};
use crate::checklist::Library;
use crate::probe::Message;

/// Replaces the system preset folder in debug builds only (tests); a release
/// build never reads it.
pub const SYSTEM_DIR_ENV: &str = "OVERSTAP_SYSTEM_PRESET_DIR";
/// A preset larger than this is not a preset.
pub const MAX_PRESET_BYTES: u64 = 1024 * 1024;
/// Who counts as an administrator for the admin-only check: root.
#[cfg(unix)]
pub const ADMIN_UID: u32 = 0;

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
    test_system_dir().or_else(fixed_system_dir)
}

/// The folder the tests give a debug build.
#[cfg(debug_assertions)]
fn test_system_dir() -> Option<PathBuf> {
    std::env::var_os(SYSTEM_DIR_ENV).filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// A release build has no way around the fixed folder.
#[cfg(not(debug_assertions))]
fn test_system_dir() -> Option<PathBuf> {
    None
}

/// Where IT puts the organisation's preset on this OS.
fn fixed_system_dir() -> Option<PathBuf> {
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
    // A link that leads nowhere is there too: it is reported, not skipped.
    let mut sources: Vec<PresetSource> =
        files.iter().filter(|f| f.symlink_metadata().is_ok()).map(|f| read_system_file(f, library)).collect();
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
    let text = read_admin_only(path, MAX_PRESET_BYTES).and_then(|bytes| text_of(path, bytes));
    match text {
        Ok(text) => PresetSource {
            layer: Layer::System,
            origin: origin.clone(),
            base_dir: path.parent().map(Path::to_path_buf),
            parsed: parse(&text, &origin, library),
        },
        Err(message) => {
            tracing::warn!(path = %origin, id = %message.id, "system preset refused");
            PresetSource::refused(Layer::System, path, message)
        }
    }
}

/// The bytes of a file only administrators can change (at most `cap`),
/// checked and read through one descriptor (`admin_file.rs`).
#[cfg(unix)]
pub fn read_admin_only(path: &Path, cap: u64) -> Result<Vec<u8>, Message> {
    super::admin_file::read_admin_only(path, cap, &[ADMIN_UID])
}

/// Windows: the file's access list is checked (`system_windows.rs`), then
/// the file is read.
#[cfg(windows)]
pub fn read_admin_only(path: &Path, cap: u64) -> Result<Vec<u8>, Message> {
    super::system_windows::admin_only(path)?;
    read_bytes_capped(path, cap)
}

/// A file's text, refusing what is too large or not text.
pub fn read_capped(path: &Path) -> Result<String, Message> {
    text_of(path, read_bytes_capped(path, MAX_PRESET_BYTES)?)
}

/// At most `cap` bytes of `path`, read from the file opened once.
pub fn read_bytes_capped(path: &Path, cap: u64) -> Result<Vec<u8>, Message> {
    let file = std::fs::File::open(path)
        .map_err(|e| Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", e))?;
    read_capped_from(file, path, cap)
}

/// At most `cap` bytes from an open file; more is refused, whatever size
/// the file claimed when it was opened.
pub fn read_capped_from(file: std::fs::File, path: &Path, cap: u64) -> Result<Vec<u8>, Message> {
    use std::io::Read;
    let unreadable = |detail: &dyn std::fmt::Display| {
        Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", detail)
    };
    let too_large = |size: u64| Message::new("preset-file-too-large").arg("path", path.display()).arg("size", size);
    let size = file.metadata().map_err(|e| unreadable(&e))?.len();
    if size > cap {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes).map_err(|e| unreadable(&e))?;
    if bytes.len() as u64 > cap {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn text_of(path: &Path, bytes: Vec<u8>) -> Result<String, Message> {
    String::from_utf8(bytes)
        .map_err(|_| Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", "not UTF-8 text"))
}

/// A problem about a whole file.
pub fn whole_file(origin: &str, message: Message) -> PresetProblem {
    PresetProblem { file: origin.to_owned(), line: 1, column: 1, key: String::new(), message }
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
            // An ordinary user's folder and file are exactly what must be
            // refused; the folders on the way are judged first.
            assert!(source.parsed.refused);
            assert_eq!(source.parsed.problems[0].message.id, "preset-folder-writable");
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

    /// Issue 11, item 7, through the reading of a system preset: the link's
    /// own folder is judged, not only the folder the link points into.
    #[test]
    fn a_system_preset_linked_from_a_folder_others_can_write_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("root-only");
        std::fs::create_dir(&real).unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::write(real.join("preset.toml"), "[servers]\nmatrix = \"minbzk.nl\"\n").unwrap();
        std::fs::set_permissions(real.join("preset.toml"), std::fs::Permissions::from_mode(0o644)).unwrap();
        let open = dir.path().join("open");
        std::fs::create_dir(&open).unwrap();
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
        std::os::unix::fs::symlink(real.join("preset.toml"), open.join("preset.toml")).unwrap();
        let source = read_system_file(&open.join("preset.toml"), &library());
        assert!(source.parsed.refused);
        if nix::unistd::geteuid().is_root() {
            assert_eq!(source.parsed.problems[0].message.id, "preset-folder-writable");
            assert_eq!(source.parsed.problems[0].message.args["folder"], open.display().to_string());
            // The target itself, reached without the link, is fine.
            assert!(!read_system_file(&real.join("preset.toml"), &library()).parsed.refused);
        }
    }
}
