//! The admin-only read, with the test's own account counting as an
//! administrator next to root, so the rules about folders, links and modes
//! are tested whoever runs the tests; what needs a file of another account
//! runs as root (CI) only.

use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;

use super::{read_admin_only, writable_by_others};

/// Root and whoever runs the test.
fn admins() -> [u32; 2] {
    [0, nix::unistd::geteuid().as_raw()]
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    read_admin_only(path, 1024, &admins()).map_err(|m| m.id)
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A folder only the test's account may write, holding `preset.toml`.
fn admin_folder(root: &Path, name: &str) -> std::path::PathBuf {
    let dir = root.join(name);
    std::fs::create_dir(&dir).unwrap();
    chmod(&dir, 0o755);
    std::fs::write(dir.join("preset.toml"), format!("# {name}\n")).unwrap();
    chmod(&dir.join("preset.toml"), 0o644);
    dir
}

fn running_as_root() -> bool {
    nix::unistd::geteuid().is_root()
}

#[test]
fn an_admin_only_file_is_read_and_the_rest_refused_with_the_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let good = admin_folder(tmp.path(), "good");
    assert_eq!(read(&good.join("preset.toml")).unwrap(), b"# good\n");

    chmod(&good.join("preset.toml"), 0o666);
    assert_eq!(read(&good.join("preset.toml")).unwrap_err(), "preset-file-writable");

    let open = admin_folder(tmp.path(), "open");
    chmod(&open, 0o777);
    let message = read_admin_only(&open.join("preset.toml"), 1024, &admins()).unwrap_err();
    assert_eq!(message.id, "preset-folder-writable");
    assert_eq!(message.args["folder"], open.display().to_string());

    // Sticky like /tmp: others cannot replace what they do not own.
    let sticky = admin_folder(tmp.path(), "sticky");
    chmod(&sticky, 0o1777);
    assert_eq!(read(&sticky.join("preset.toml")).unwrap(), b"# sticky\n");
}

/// Issue 11, item 7: `preset.toml -> /root-only/preset.toml` in a folder
/// anyone may write was accepted, because only the link's target was
/// judged; whoever can write the folder can swap the link between the check
/// and the read.
#[test]
fn a_link_in_a_folder_others_can_write_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let real = admin_folder(tmp.path(), "root-only");
    let open = tmp.path().join("open");
    std::fs::create_dir(&open).unwrap();
    chmod(&open, 0o777);
    symlink(real.join("preset.toml"), open.join("preset.toml")).unwrap();
    let message = read_admin_only(&open.join("preset.toml"), 1024, &admins()).unwrap_err();
    assert_eq!(message.id, "preset-folder-writable");
    assert_eq!(message.args["folder"], open.display().to_string());

    // The same through a linked folder: `open/etc -> ../root-only`.
    symlink("../root-only", open.join("etc")).unwrap();
    assert_eq!(read(&open.join("etc/preset.toml")).unwrap_err(), "preset-folder-writable");
}

#[test]
fn links_kept_by_admins_are_followed_and_judged_where_they_lead() {
    let tmp = tempfile::tempdir().unwrap();
    let real = admin_folder(tmp.path(), "real");
    let links = admin_folder(tmp.path(), "links");
    std::fs::remove_file(links.join("preset.toml")).unwrap();
    // Relative and absolute links, to the file and to its folder.
    symlink("../real/preset.toml", links.join("relative.toml")).unwrap();
    symlink(real.join("preset.toml"), links.join("absolute.toml")).unwrap();
    symlink("../real", links.join("folder")).unwrap();
    symlink("relative.toml", links.join("chain.toml")).unwrap();
    for name in ["relative.toml", "absolute.toml", "folder/preset.toml", "chain.toml"] {
        assert_eq!(read(&links.join(name)).unwrap(), b"# real\n", "{name}");
    }
    // Where a link leads is judged too.
    let open = tmp.path().join("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::write(open.join("preset.toml"), "# open\n").unwrap();
    chmod(&open, 0o777);
    symlink("../open/preset.toml", links.join("to-open.toml")).unwrap();
    assert_eq!(read(&links.join("to-open.toml")).unwrap_err(), "preset-folder-writable");
    // A loop ends.
    symlink("loop-b.toml", links.join("loop-a.toml")).unwrap();
    symlink("loop-a.toml", links.join("loop-b.toml")).unwrap();
    assert_eq!(read(&links.join("loop-a.toml")).unwrap_err(), "preset-file-unreadable");
    symlink("gone.toml", links.join("dangling.toml")).unwrap();
    assert_eq!(read(&links.join("dangling.toml")).unwrap_err(), "preset-file-unreadable");
}

#[test]
fn only_regular_files_within_the_cap_are_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = admin_folder(tmp.path(), "dir");
    // A FIFO would block an ordinary open until someone writes to it.
    nix::unistd::mkfifo(&dir.join("fifo.toml"), nix::sys::stat::Mode::from_bits_truncate(0o644)).unwrap();
    assert_eq!(read(&dir.join("fifo.toml")).unwrap_err(), "preset-file-not-regular");
    assert_eq!(read(&dir).unwrap_err(), "preset-file-not-regular");
    std::fs::write(dir.join("big.toml"), vec![b'#'; 1025]).unwrap();
    chmod(&dir.join("big.toml"), 0o644);
    let message = read_admin_only(&dir.join("big.toml"), 1024, &admins()).unwrap_err();
    assert_eq!((message.id.as_str(), message.args["size"].as_str()), ("preset-file-too-large", "1025"));
}

#[test]
fn files_and_links_of_other_accounts_are_refused() {
    if !running_as_root() {
        return; // only root can give a file to another account
    }
    let nobody = nix::unistd::Uid::from_raw(65534);
    let tmp = tempfile::tempdir().unwrap();
    let dir = admin_folder(tmp.path(), "dir");
    std::os::unix::fs::lchown(dir.join("preset.toml"), Some(nobody.as_raw()), None).unwrap();
    let message = read_admin_only(&dir.join("preset.toml"), 1024, &[0]).unwrap_err();
    assert_eq!((message.id.as_str(), message.args["uid"].as_str()), ("preset-file-not-admin", "65534"));

    // In a sticky folder the owner of a link can replace it at any time.
    let real = admin_folder(tmp.path(), "real");
    let sticky = tmp.path().join("sticky");
    std::fs::create_dir(&sticky).unwrap();
    chmod(&sticky, 0o1777);
    symlink(real.join("preset.toml"), sticky.join("preset.toml")).unwrap();
    assert_eq!(read_admin_only(&sticky.join("preset.toml"), 1024, &[0]).unwrap(), b"# real\n");
    std::os::unix::fs::lchown(sticky.join("preset.toml"), Some(nobody.as_raw()), None).unwrap();
    let message = read_admin_only(&sticky.join("preset.toml"), 1024, &[0]).unwrap_err();
    assert_eq!(message.id, "preset-link-not-admin");
    assert_eq!(message.args["link"], sticky.join("preset.toml").display().to_string());

    // A folder of another account.
    let theirs = admin_folder(tmp.path(), "theirs");
    std::os::unix::fs::lchown(&theirs, Some(nobody.as_raw()), None).unwrap();
    assert_eq!(read_admin_only(&theirs.join("preset.toml"), 1024, &[0]).unwrap_err().id, "preset-folder-writable");
}

#[test]
fn writable_by_others_reads_the_mode() {
    assert!(writable_by_others(0o666, 0));
    assert!(writable_by_others(0o664, 1000));
    assert!(!writable_by_others(0o664, 0), "root's group may write");
    assert!(!writable_by_others(0o644, 1000));
}
