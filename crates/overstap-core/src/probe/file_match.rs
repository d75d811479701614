//! Are the files of one folder somewhere among other files? The comparison
//! behind "every file of your OneDrive folder is in Nextcloud": a file
//! counts as there when a file of the same size has the same content (by
//! SHA-256 here, or by the checksum a server keeps), wherever it was put,
//! under whatever name. Only read: nothing is moved, changed or deleted.
//!
//! A file that is online only (OneDrive's Files On-Demand, Nextcloud's
//! virtual files: Windows cloud placeholders) would be downloaded by
//! reading it, so it is compared by size alone, and the result says how
//! many were.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::Digest;

/// Files looked at per folder, at most.
pub const MAX_FILES: usize = 500_000;
/// Missing files named in the evidence, at most (the count is always whole).
pub const MAX_NAMED: usize = 50;

/// One file of the folder to move: where it is and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: PathBuf,
    /// Relative to the folder, with `/`: how the person knows it.
    pub name: String,
    pub size: u64,
    /// Reading it would download it first: compared by size only.
    pub online_only: bool,
}

/// The files under `root` (no links followed), and whether the count stopped at [`MAX_FILES`].
pub fn list_files(root: &Path) -> std::io::Result<(Vec<SourceFile>, bool)> {
    std::fs::read_dir(root)?;
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(root).follow_links(false).into_iter().filter_map(Result::ok) {
        if !entry.file_type().is_file() {
            continue;
        }
        if files.len() >= MAX_FILES {
            return Ok((files, true));
        }
        let Ok(meta) = entry.metadata() else { continue };
        let name = entry
            .path()
            .strip_prefix(root)
            .map(|p| p.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"))
            .unwrap_or_default();
        files.push(SourceFile {
            path: entry.path().to_path_buf(),
            name,
            size: meta.len(),
            online_only: online_only(&meta),
        });
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((files, false))
}

/// Whether the file's content is not on this computer: a cloud placeholder
/// whose reading would download it (Windows file attributes `OFFLINE`,
/// `RECALL_ON_OPEN`, `RECALL_ON_DATA_ACCESS`, as OneDrive and Nextcloud set them).
#[cfg(windows)]
fn online_only(meta: &std::fs::Metadata) -> bool {
    use std::os::windows::fs::MetadataExt;
    const OFFLINE: u32 = 0x1000;
    const RECALL_ON_OPEN: u32 = 0x0004_0000;
    const RECALL_ON_DATA_ACCESS: u32 = 0x0040_0000;
    meta.file_attributes() & (OFFLINE | RECALL_ON_OPEN | RECALL_ON_DATA_ACCESS) != 0
}

/// Elsewhere every file's content is on this computer (a FUSE mount that
/// downloads on read looks like any other folder).
#[cfg(not(windows))]
fn online_only(_meta: &std::fs::Metadata) -> bool {
    false
}

/// A file's SHA-256, read in pieces; `None` when it cannot be read.
pub fn sha256(path: &Path) -> Option<[u8; 32]> {
    digest::<sha2::Sha256>(path)?.try_into().ok()
}

/// A file's SHA-1 (what Nextcloud's desktop app sends as `OC-Checksum`).
pub fn sha1(path: &Path) -> Option<[u8; 20]> {
    digest::<sha1::Sha1>(path)?.try_into().ok()
}

fn digest<D: Digest>(path: &Path) -> Option<Vec<u8>> {
    let mut file = std::fs::File::open(path).ok()?;
    let mut hasher = D::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buf).ok()?;
        if n == 0 {
            return Some(hasher.finalize().to_vec());
        }
        hasher.update(&buf[..n]);
    }
}

/// Which of `source` have a copy among `copies` (same size, same SHA-256;
/// the same size alone where either is online only): the names of those
/// that do not. Each file is hashed at most once, and only when a file of
/// its size is among the copies.
pub fn missing_locally(source: &[SourceFile], copies: &[SourceFile]) -> Vec<String> {
    let mut by_size: HashMap<u64, Vec<&SourceFile>> = HashMap::new();
    for c in copies {
        by_size.entry(c.size).or_default().push(c);
    }
    let mut hashes: HashMap<PathBuf, Option<[u8; 32]>> = HashMap::new();
    let mut hash = |p: &Path| *hashes.entry(p.to_path_buf()).or_insert_with(|| sha256(p));
    source
        .iter()
        .filter(|s| {
            let Some(candidates) = by_size.get(&s.size) else { return true };
            if s.online_only || candidates.iter().any(|c| c.online_only) {
                return false;
            }
            let Some(own) = hash(&s.path) else { return true };
            !candidates.iter().any(|c| hash(&c.path) == Some(own))
        })
        .map(|s| s.name.clone())
        .collect()
}

/// A file on the server: its name (last path segment), size and SHA-1 when the server keeps one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerFile {
    pub name: String,
    pub size: u64,
    pub sha1: Option<[u8; 20]>,
}

/// Which of `source` are on the server: a file of the same name and size,
/// with the same SHA-1 where the server keeps one. Returns the missing
/// names and how many were compared by content (the rest by size only).
pub fn missing_on_server(source: &[SourceFile], server: &[ServerFile]) -> (Vec<String>, usize) {
    let mut by_name: HashMap<(&str, u64), Vec<&ServerFile>> = HashMap::new();
    for f in server {
        by_name.entry((f.name.as_str(), f.size)).or_default().push(f);
    }
    let mut by_content = 0;
    let missing = source
        .iter()
        .filter(|s| {
            let base = s.name.rsplit('/').next().unwrap_or(&s.name);
            let Some(candidates) = by_name.get(&(base, s.size)) else { return true };
            if s.online_only || candidates.iter().any(|c| c.sha1.is_none()) {
                return false;
            }
            // Every candidate has a checksum: the content must match one of them.
            let own = sha1(&s.path);
            by_content += 1;
            !candidates.iter().any(|c| c.sha1.is_some() && c.sha1 == own)
        })
        .map(|s| s.name.clone())
        .collect();
    (missing, by_content)
}

/// Whether one folder is inside the other (either way), as they really are.
pub fn overlap(a: &Path, b: &Path) -> bool {
    let (Ok(a), Ok(b)) = (a.canonicalize(), b.canonicalize()) else { return false };
    a.starts_with(&b) || b.starts_with(&a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, name: &str, content: &[u8]) {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }

    #[test]
    fn a_copy_counts_by_content_wherever_and_however_named() {
        let dir = tempfile::tempdir().unwrap();
        let (src, sync) = (dir.path().join("OneDrive"), dir.path().join("Nextcloud"));
        write(&src, "Projecten/plan.odt", b"plan v3");
        write(&src, "notitie.txt", b"hello");
        write(&src, "begroting.ods", b"12345");
        write(&sync, "Overstap/plan-kopie.odt", b"plan v3");
        // Same size, other content: not a copy.
        write(&sync, "begroting.ods", b"54321");
        let (source, incomplete) = list_files(&src).unwrap();
        assert!(!incomplete);
        assert_eq!(
            source.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
            ["Projecten/plan.odt", "begroting.ods", "notitie.txt"]
        );
        let (copies, _) = list_files(&sync).unwrap();
        assert_eq!(missing_locally(&source, &copies), ["begroting.ods", "notitie.txt"]);
        write(&sync, "notitie.txt", b"hello");
        write(&sync, "x/begroting.ods", b"12345");
        let (copies, _) = list_files(&sync).unwrap();
        assert!(missing_locally(&source, &copies).is_empty());
        assert!(std::fs::read(src.join("notitie.txt")).unwrap() == b"hello", "the originals are untouched");
    }

    #[test]
    fn the_server_is_compared_by_name_and_size_and_by_checksum_where_it_keeps_one() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a/plan.odt", b"plan v3");
        write(dir.path(), "b.txt", b"hello");
        let (source, _) = list_files(dir.path()).unwrap();
        let plan_sha1 = sha1(&dir.path().join("a/plan.odt"));
        let server = vec![
            ServerFile { name: "plan.odt".into(), size: 7, sha1: plan_sha1 },
            ServerFile { name: "b.txt".into(), size: 5, sha1: None },
        ];
        assert_eq!(missing_on_server(&source, &server), (Vec::<String>::new(), 1));
        let changed = vec![ServerFile { name: "plan.odt".into(), size: 7, sha1: Some([0; 20]) }];
        assert_eq!(missing_on_server(&source, &changed).0, ["a/plan.odt", "b.txt"]);
    }

    #[test]
    fn an_online_only_file_is_compared_by_size_and_never_read() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "copy.docx", b"12345");
        let (copies, _) = list_files(dir.path()).unwrap();
        // Not there to read at all: reading it would have to download it.
        let placeholder = |size| SourceFile {
            path: dir.path().join("not-downloaded.docx"),
            name: "not-downloaded.docx".into(),
            size,
            online_only: true,
        };
        assert!(missing_locally(&[placeholder(5)], &copies).is_empty(), "same size: counted, unread");
        assert_eq!(missing_locally(&[placeholder(6)], &copies), ["not-downloaded.docx"]);
        let server = [ServerFile { name: "not-downloaded.docx".into(), size: 5, sha1: Some([1; 20]) }];
        assert_eq!(missing_on_server(&[placeholder(5)], &server), (Vec::<String>::new(), 0), "no checksum compared");
    }

    #[test]
    fn folders_inside_each_other_overlap() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("Nextcloud/OneDrive")).unwrap();
        std::fs::create_dir_all(dir.path().join("Elsewhere")).unwrap();
        assert!(overlap(&dir.path().join("Nextcloud/OneDrive"), &dir.path().join("Nextcloud")));
        assert!(!overlap(&dir.path().join("Elsewhere"), &dir.path().join("Nextcloud")));
    }
}
