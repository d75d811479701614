//! The kind of network file system a folder is on, if any, asked of the
//! operating system (not read from the path's text): statfs's type on
//! Linux and macOS, and on Linux for FUSE, which says only "FUSE", the
//! mount's subtype from `/proc/self/mountinfo` (sshfs, rclone, GNOME's
//! gvfs …), found by the folder's device number.

use std::path::Path;

/// The kind of network file system `dir` (or its nearest existing parent) is on.
#[cfg(target_os = "linux")]
pub fn network_filesystem(dir: &Path) -> Option<String> {
    const NETWORK: &[(i64, &str)] = &[
        (0x6969, "NFS"),
        (0x517B, "SMB"),
        (0xFF53_4D42, "CIFS"),
        (0xFE53_4D42, "SMB2"),
        (0x5346_414F, "AFS"),
        (0x0102_1997, "9P"),
        (0x00C3_6400, "Ceph"),
        (0x7375_7245, "Coda"),
        (0x6B41_4653, "kAFS"),
    ];
    const FUSE: i64 = 0x6573_5546;
    let existing = dir.ancestors().find(|p| p.exists())?;
    let stat = nix::sys::statfs::statfs(existing).ok()?;
    #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
    let magic = i64::from(stat.filesystem_type().0 as i64) & 0xFFFF_FFFF;
    if magic == FUSE {
        return network_fuse(existing);
    }
    NETWORK.iter().find(|(m, _)| *m == magic).map(|(_, name)| (*name).to_owned())
}

/// FUSE file systems that keep their files on another computer or in a
/// cloud (`fuse.<subtype>` in mountinfo). Local ones (ntfs-3g, gocryptfs,
/// AppImages …) are fine for the database.
#[cfg(target_os = "linux")]
const NETWORK_FUSE: &[&str] = &[
    "sshfs",
    "rclone",
    "s3fs",
    "gcsfuse",
    "davfs",
    "gvfsd-fuse",
    "kio-fuse",
    "onedriver",
    "google-drive-ocamlfuse",
    "seadrive",
    "glusterfs",
    "ceph-fuse",
    "juicefs",
];

/// The subtype of the FUSE mount `dir` is on, when it is a network one.
#[cfg(target_os = "linux")]
fn network_fuse(dir: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let dev = std::fs::metadata(dir).ok()?.dev();
    let device = format!("{}:{}", nix::sys::stat::major(dev), nix::sys::stat::minor(dev));
    network_fuse_in(&std::fs::read_to_string("/proc/self/mountinfo").ok()?, &device)
}

/// The network FUSE subtype of the mount of `device` (`major:minor`) in a
/// mountinfo table. By device, not by mount point: mountinfo escapes spaces
/// in paths, and a bind mount shows the same file system elsewhere.
#[cfg(target_os = "linux")]
fn network_fuse_in(table: &str, device: &str) -> Option<String> {
    // A line that does not parse is skipped, not the whole table.
    let mount = table
        .lines()
        .filter_map(|line| procfs_core::process::MountInfo::from_line(line).ok())
        .find(|m| m.majmin == device)?;
    let subtype = mount.fs_type.strip_prefix("fuse.").unwrap_or(&mount.fs_type);
    NETWORK_FUSE.contains(&subtype).then(|| subtype.to_owned())
}

/// UNC paths (`\\server\share\…`) are network shares. Mapped drive letters
/// would need `GetDriveTypeW`; IT deploys to `%LOCALAPPDATA%`, which is local.
#[cfg(windows)]
pub fn network_filesystem(dir: &Path) -> Option<String> {
    use std::path::{Component, Prefix};
    match dir.components().next() {
        Some(Component::Prefix(p)) => match p.kind() {
            Prefix::UNC(..) | Prefix::VerbatimUNC(..) => Some("SMB".to_owned()),
            _ => None,
        },
        _ => None,
    }
}

/// macOS names the file system of network mounts in statfs's `f_fstypename`.
#[cfg(target_os = "macos")]
pub fn network_filesystem(dir: &Path) -> Option<String> {
    let existing = dir.ancestors().find(|p| p.exists())?;
    let stat = nix::sys::statfs::statfs(existing).ok()?;
    let kind = match stat.filesystem_type_name() {
        "nfs" => "NFS",
        "smbfs" => "SMB",
        "afpfs" => "AFP",
        "webdav" => "WebDAV",
        _ => return None,
    };
    Some(kind.to_owned())
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
pub fn network_filesystem(_dir: &Path) -> Option<String> {
    None
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn a_local_folder_is_on_no_network_file_system() {
        assert_eq!(network_filesystem(&std::env::temp_dir()), None);
        assert_eq!(network_filesystem(Path::new("/proc/self")), None);
    }

    #[test]
    fn fuse_mounts_are_told_apart_by_their_subtype() {
        let table = "\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:52 / /home/j/Google\\040Drive rw,nosuid,nodev shared:20 - fuse.rclone gdrive: rw,user_id=1000
41 22 0:53 / /run/user/1000/gvfs rw,nosuid,nodev shared:21 - fuse.gvfsd-fuse gvfsd-fuse rw,user_id=1000
42 22 0:54 / /mnt/usb rw,relatime shared:22 - fuseblk /dev/sdb1 rw,user_id=0
43 22 0:55 / /home/j/vault rw,relatime shared:23 - fuse.gocryptfs /home/j/.vault rw
not a mountinfo line
";
        assert_eq!(network_fuse_in(table, "0:52").as_deref(), Some("rclone"));
        assert_eq!(network_fuse_in(table, "0:53").as_deref(), Some("gvfsd-fuse"));
        assert_eq!(network_fuse_in(table, "0:54"), None, "ntfs-3g on a USB disk is local");
        assert_eq!(network_fuse_in(table, "0:55"), None, "an encrypted local folder");
        assert_eq!(network_fuse_in(table, "0:99"), None);
    }
}
