//! The data folder holds the notes and reasons a person wrote, and logs
//! about them: on a shared computer no other account may read any of it.
//! Folders Overstap makes are 0700 and its files 0600 (SQLite gives the
//! database's `-wal` and `-shm` the mode of the database file); files and
//! folders an older version left wider are narrowed. The store, the logs
//! and the app's instance lock all make their files here. On Windows the
//! files inherit the ACL of the person's profile folder, which already
//! keeps other accounts out.

use std::io;
use std::path::Path;

/// Creates `dir` and its missing parents, the new ones readable by this
/// account only. An existing folder keeps its mode: it may be one IT chose.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// `options` creating files readable and writable by this account only.
pub fn mode(options: &mut std::fs::OpenOptions) -> &mut std::fs::OpenOptions {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    options
}

/// Makes an empty database file at `path` if there is none, before SQLite
/// creates it with its own default mode (0644).
pub fn create_file(path: &Path) -> io::Result<()> {
    match mode(std::fs::OpenOptions::new().write(true).create_new(true)).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Takes group and other access away from a file or folder of this
/// account's (a missing one is left missing).
pub fn narrow(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        if meta.uid() == nix::unistd::geteuid().as_raw() && meta.mode() & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(meta.mode() & 0o700))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Whether `path` exists but this account cannot write it (a `-shm` left
/// by Overstap run as another user, or made read-only): SQLite would then
/// fail every write with "attempt to write a readonly database".
pub fn unwritable(path: &Path) -> bool {
    match std::fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(_) => false,
        Err(e) => e.kind() == io::ErrorKind::PermissionDenied,
    }
}
