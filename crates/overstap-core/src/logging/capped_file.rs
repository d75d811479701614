//! A log file with a size cap: `<program>.log` until it would grow past
//! [`MAX_FILE_BYTES`], then it becomes `<program>.log.1` (the one before
//! `.2`, and so on) and a new one starts; only [`KEEP_OLD_FILES`] old ones
//! are kept. So a program's logs never take more than about
//! `(KEEP_OLD_FILES + 1) × MAX_FILE_BYTES` (4 MiB; the app and the CLI 8 MiB
//! together), however much is logged.
//!
//! Several processes may write the same file (many `overstap` commands at
//! once): each appends, and the one that finds the file full rotates it
//! under `<program>.log.lock`, unless another already did (then the file at
//! the path is not the one it writes, and it only reopens it).

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::private_files;

/// The largest a log file grows before it is rotated.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// How many rotated files are kept besides the current one.
pub const KEEP_OLD_FILES: usize = 3;

/// Appends to `<dir>/<program>.log`, rotating it when full.
#[derive(Debug)]
pub struct CappedFile {
    path: PathBuf,
    file: File,
    max_bytes: u64,
    keep: usize,
}

impl CappedFile {
    pub fn open(dir: &Path, program: &str, max_bytes: u64, keep: usize) -> io::Result<CappedFile> {
        let path = dir.join(format!("{program}.log"));
        let file = open_private(&path)?;
        Ok(CappedFile { path, file, max_bytes, keep })
    }

    /// The file at the path with the `n`th old one's number (`.1` is the newest).
    fn old(&self, n: usize) -> PathBuf {
        let mut name = self.path.clone().into_os_string();
        name.push(format!(".{n}"));
        name.into()
    }

    /// Makes room for `incoming` bytes: rotates when this file would pass
    /// the cap (an empty file takes any event, however long).
    fn make_room(&mut self, incoming: u64) -> io::Result<()> {
        let ours = self.file.metadata()?.len();
        if ours == 0 || ours + incoming <= self.max_bytes {
            return Ok(());
        }
        // One rotation at a time across processes; a process that finds
        // another rotating only reopens.
        let lock = open_private(&self.lock_path())?;
        if lock.try_lock().is_ok() {
            // Another process may have rotated it already: the file at the
            // path is then not ours any more (a new one, with room).
            if self.path_is_ours()? {
                self.shift();
            }
            let _ = lock.unlock();
        }
        self.file = open_private(&self.path)?;
        Ok(())
    }

    fn lock_path(&self) -> PathBuf {
        let mut name = self.path.clone().into_os_string();
        name.push(".lock");
        name.into()
    }

    /// Whether the file at the path is the one this handle writes.
    fn path_is_ours(&self) -> io::Result<bool> {
        let at_path = match std::fs::metadata(&self.path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e),
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ours = self.file.metadata()?;
            Ok(at_path.dev() == ours.dev() && at_path.ino() == ours.ino())
        }
        #[cfg(not(unix))]
        Ok(at_path.len() + 1 > self.max_bytes)
    }

    /// `.log` → `.log.1` → `.log.2` …, the oldest removed. Best effort: a
    /// file that cannot be moved is written on rather than losing the log.
    fn shift(&self) {
        let _ = std::fs::remove_file(self.old(self.keep));
        for n in (1..self.keep).rev() {
            let _ = std::fs::rename(self.old(n), self.old(n + 1));
        }
        if self.keep == 0 {
            let _ = std::fs::remove_file(&self.path);
        } else {
            let _ = std::fs::rename(&self.path, self.old(1));
        }
    }
}

impl Write for CappedFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // A failed look at the size must not cost the event.
        let _ = self.make_room(buf.len() as u64);
        self.file.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

/// Opens `path` for appending, created 0600 on Unix (and narrowed if an
/// older Overstap created it readable by others).
fn open_private(path: &Path) -> io::Result<File> {
    let file = private_files::mode(OpenOptions::new().create(true).append(true)).open(path)?;
    private_files::narrow(path)?;
    Ok(file)
}

/// Creates `dir` (and any missing folder above it) 0700 on Unix, and
/// narrows an existing log folder too: it is Overstap's own.
pub(super) fn create_private_dir(dir: &Path) -> io::Result<()> {
    private_files::create_dir(dir)?;
    private_files::narrow(dir)
}

/// Tidies what earlier versions left of `program`'s logs: removes their
/// daily files (`<program>.YYYY-MM-DD.log`: nothing prunes them any more,
/// and one could hold a hundred megabytes) and makes its other files 0600.
pub(super) fn tidy(dir: &Path, program: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(program)?.strip_prefix('.')) else {
            continue;
        };
        let day = rest.strip_suffix(".log").unwrap_or("");
        let is_day = day.len() == 10
            && day.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
        if is_day {
            let _ = std::fs::remove_file(entry.path());
        } else {
            let _ = private_files::narrow(&entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The log files and their sizes (not the empty rotation lock).
    fn sizes(dir: &Path) -> Vec<(String, u64)> {
        let mut found: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| !e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".lock"))
            .map(|e| {
                let e = e.unwrap();
                (e.file_name().to_string_lossy().into_owned(), e.metadata().unwrap().len())
            })
            .collect();
        found.sort();
        found
    }

    #[test]
    fn the_file_rotates_at_its_cap_and_only_a_few_old_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        let mut log = CappedFile::open(dir.path(), "overstap-cli", 1000, 2).unwrap();
        let line = [b'x'; 99];
        for _ in 0..500 {
            log.write_all(&line).unwrap();
            log.write_all(b"\n").unwrap();
        }
        let found = sizes(dir.path());
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["overstap-cli.log", "overstap-cli.log.1", "overstap-cli.log.2"]);
        assert!(found.iter().all(|(_, size)| *size <= 1000), "{found:?}");
        assert_eq!(found[1].1, 1000, "a full file holds whole writes up to the cap");
    }

    #[test]
    fn a_second_writer_does_not_rotate_what_the_first_just_rotated() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = CappedFile::open(dir.path(), "p", 100, 3).unwrap();
        let mut second = CappedFile::open(dir.path(), "p", 100, 3).unwrap();
        first.write_all(&[b'a'; 90]).unwrap();
        first.write_all(&[b'b'; 20]).unwrap(); // rotates: .log.1 holds the a's
        second.write_all(&[b'c'; 20]).unwrap(); // its file (now .log.1) is full, but the new .log has room
        let found = sizes(dir.path());
        assert_eq!(found, [("p.log".into(), 40), ("p.log.1".into(), 90)]);
    }

    #[cfg(unix)]
    #[test]
    fn a_writer_whose_file_was_rotated_away_never_rotates_the_new_one() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = CappedFile::open(dir.path(), "p", 100, 3).unwrap();
        let mut second = CappedFile::open(dir.path(), "p", 100, 3).unwrap();
        first.write_all(&[b'a'; 90]).unwrap();
        first.write_all(&[b'b'; 95]).unwrap(); // rotates; the new .log is nearly full too
                                               // Its file is now .log.1 and full, and so is the new one: judged by
                                               // size alone it would rotate again, pushing the b's away.
        second.write_all(&[b'c'; 20]).unwrap();
        let found = sizes(dir.path());
        assert_eq!(found, [("p.log".into(), 115), ("p.log.1".into(), 90)]);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_0600_and_the_folder_0700_also_when_made_by_an_older_version() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data/logs");
        create_private_dir(&dir).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&dir), mode(&root.path().join("data"))), (0o700, 0o700));
        std::fs::write(dir.join("p.log"), b"old\n").unwrap();
        std::fs::set_permissions(dir.join("p.log"), std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        create_private_dir(&dir).unwrap();
        let mut log = CappedFile::open(&dir, "p", 10, 1).unwrap();
        log.write_all(b"0123456789").unwrap(); // rotates the old file
        assert_eq!((mode(&dir), mode(&dir.join("p.log")), mode(&dir.join("p.log.1"))), (0o700, 0o600, 0o600));
    }

    #[test]
    fn only_the_programs_own_daily_files_are_removed_and_its_others_made_private() {
        let dir = tempfile::tempdir().unwrap();
        for name in
            ["overstap-cli.2026-11-23.log", "overstap-cli.log", "overstap-app.2026-11-23.log", "overstap-cli.notes.log"]
        {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        tidy(dir.path(), "overstap-cli");
        let names: Vec<String> = sizes(dir.path()).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["overstap-app.2026-11-23.log", "overstap-cli.log", "overstap-cli.notes.log"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |n: &str| std::fs::metadata(dir.path().join(n)).unwrap().permissions().mode() & 0o777;
            assert_eq!((mode("overstap-cli.log"), mode("overstap-cli.notes.log")), (0o600, 0o600));
        }
    }
}
