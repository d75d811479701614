//! Reading a file only administrators can change (Linux, macOS), without a
//! gap between the check and the read.
//!
//! The path is walked from `/` one name at a time through descriptors:
//! every folder is opened without following links and judged by `fstat`
//! on the descriptor that the next name is then opened from; a link on the
//! way must belong to an administrator and is followed by reading it and
//! walking its target the same way (so the folder holding the link is
//! judged, not only the folder it points into); the file itself is opened
//! with `O_NOFOLLOW`, judged by `fstat` on that descriptor and read from
//! it, capped. Nobody can swap a folder, a link or the file between the
//! check and the read: what was judged is what is read.

use std::collections::VecDeque;
use std::ffi::{OsStr, OsString};
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use nix::fcntl::{openat, readlinkat, AtFlags, OFlag};
use nix::sys::stat::{fstat, fstatat, FileStat, Mode, SFlag};

use crate::probe::Message;

/// Links followed before the path counts as a loop (Linux's own limit).
const MAX_LINKS: usize = 40;

/// The bytes of `path` (at most `cap`), if it, every folder it is reached
/// through and every link on the way belong to one of `admins` (root
/// alone, outside tests) and no one else may change them. A sticky folder such as
/// `/tmp` is fine: others cannot replace what they do not own in it.
pub fn read_admin_only(path: &Path, cap: u64, admins: &[u32]) -> Result<Vec<u8>, Message> {
    let unreadable = |detail: &dyn std::fmt::Display| {
        Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", detail)
    };
    let absolute = std::path::absolute(path).map_err(|e| unreadable(&e))?;
    let mut names: VecDeque<OsString> = VecDeque::new();
    queue(&absolute, &mut names);
    // Where the walk is, for messages: the folders as they were reached.
    let mut at = PathBuf::from("/");
    let mut dir = open_dir(None, OsStr::new("/")).map_err(|e| unreadable(&e))?;
    judge_folder(&dir, &at, path, admins)?;
    let mut links = 0;
    while let Some(name) = names.pop_front() {
        if name == "/" {
            at = PathBuf::from("/");
            dir = open_dir(None, &name).map_err(|e| unreadable(&e))?;
            judge_folder(&dir, &at, path, admins)?;
            continue;
        }
        if name == ".." {
            at.pop();
            dir = open_dir(Some(&dir), &name).map_err(|e| unreadable(&e))?;
            judge_folder(&dir, &at, path, admins)?;
            continue;
        }
        let here = fstatat(&dir, name.as_os_str(), AtFlags::AT_SYMLINK_NOFOLLOW).map_err(|e| unreadable(&e))?;
        if kind(&here) == SFlag::S_IFLNK {
            let link = at.join(&name);
            // A link someone else owns can be replaced by them in a sticky folder.
            if !admins.contains(&here.st_uid) {
                return Err(Message::new("preset-link-not-admin")
                    .arg("path", path.display())
                    .arg("link", link.display()));
            }
            links += 1;
            if links > MAX_LINKS {
                return Err(unreadable(&nix::errno::Errno::ELOOP));
            }
            let target = readlinkat(&dir, name.as_os_str()).map_err(|e| unreadable(&e))?;
            let mut rest = VecDeque::new();
            queue(Path::new(&target), &mut rest);
            rest.extend(names.drain(..));
            names = rest;
            continue;
        }
        if names.is_empty() {
            return read_file(&dir, &name, path, cap, admins);
        }
        at.push(&name);
        dir = open_dir(Some(&dir), &name).map_err(|e| unreadable(&e))?;
        judge_folder(&dir, &at, path, admins)?;
    }
    // The path ended in `/`, `.` or `..`: a folder, not a file.
    Err(Message::new("preset-file-not-regular").arg("path", path.display()))
}

/// The names of `path` to walk, in order; `/` restarts from the root.
fn queue(path: &Path, names: &mut VecDeque<OsString>) {
    for component in path.components() {
        match component {
            Component::RootDir => names.push_back(OsString::from("/")),
            Component::ParentDir => names.push_back(OsString::from("..")),
            Component::Normal(name) => names.push_back(name.to_owned()),
            Component::CurDir | Component::Prefix(_) => {}
        }
    }
}

/// A folder opened without following a link (`from`: the folder it is in).
fn open_dir(from: Option<&OwnedFd>, name: &OsStr) -> nix::Result<OwnedFd> {
    // O_PATH needs no read permission on the folder, only to pass through it.
    #[cfg(target_os = "linux")]
    let access = OFlag::O_PATH;
    #[cfg(not(target_os = "linux"))]
    let access = OFlag::O_RDONLY;
    let flags = access | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC;
    let fd = match from {
        Some(dir) => openat(dir, name.as_bytes(), flags, Mode::empty())?,
        None => nix::fcntl::open(name.as_bytes(), flags, Mode::empty())?,
    };
    // With O_PATH, O_NOFOLLOW would open a link itself: make sure it is a folder.
    if kind(&fstat(&fd)?) != SFlag::S_IFDIR {
        return Err(nix::errno::Errno::ENOTDIR);
    }
    Ok(fd)
}

/// A folder only an administrator may change the contents of (sticky is fine).
fn judge_folder(dir: &OwnedFd, at: &Path, path: &Path, admins: &[u32]) -> Result<(), Message> {
    let stat =
        fstat(dir).map_err(|e| Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", e))?;
    let mode = mode_bits(&stat);
    let sticky = mode & 0o1000 != 0;
    if !admins.contains(&stat.st_uid) || (writable_by_others(mode, stat.st_gid) && !sticky) {
        return Err(Message::new("preset-folder-writable").arg("path", path.display()).arg("folder", at.display()));
    }
    Ok(())
}

/// The file `name` in `dir`, judged on its descriptor and read from it.
fn read_file(dir: &OwnedFd, name: &OsStr, path: &Path, cap: u64, admins: &[u32]) -> Result<Vec<u8>, Message> {
    let unreadable = |detail: &dyn std::fmt::Display| {
        Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", detail)
    };
    // O_NONBLOCK: a FIFO put here must not hang the start; it is refused below.
    let flags = OFlag::O_RDONLY | OFlag::O_NOFOLLOW | OFlag::O_NONBLOCK | OFlag::O_NOCTTY | OFlag::O_CLOEXEC;
    let fd = openat(dir, name.as_bytes(), flags, Mode::empty()).map_err(|e| unreadable(&e))?;
    let stat = fstat(&fd).map_err(|e| unreadable(&e))?;
    if kind(&stat) != SFlag::S_IFREG {
        return Err(Message::new("preset-file-not-regular").arg("path", path.display()));
    }
    if !admins.contains(&stat.st_uid) {
        return Err(Message::new("preset-file-not-admin").arg("path", path.display()).arg("uid", stat.st_uid));
    }
    if writable_by_others(mode_bits(&stat), stat.st_gid) {
        return Err(Message::new("preset-file-writable").arg("path", path.display()));
    }
    super::sources::read_capped_from(std::fs::File::from(fd), path, cap)
}

/// Group write counts only for a group other than root's.
pub fn writable_by_others(mode: u32, gid: u32) -> bool {
    mode & 0o002 != 0 || (mode & 0o020 != 0 && gid != 0)
}

#[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
fn mode_bits(stat: &FileStat) -> u32 {
    // mode_t is u16 on macOS.
    u32::from(stat.st_mode as u32)
}

fn kind(stat: &FileStat) -> SFlag {
    SFlag::from_bits_truncate(mode_bits(stat) as nix::libc::mode_t & SFlag::S_IFMT.bits())
}

#[cfg(test)]
mod tests;
