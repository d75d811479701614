//! One app per data folder: `app.lock` in the data folder, held with an
//! exclusive advisory lock for as long as the app runs.
//!
//! The single-instance plugin hands a second start over to the first
//! window, but only through the D-Bus session bus on Linux: without a bus,
//! two apps would run side by side on one database. The lock does not
//! depend on a bus, so a second app that the plugin let through is refused
//! here, before it opens the core. The CLI never takes this lock: it may
//! run beside the app (the store's own `progress.db.lock` covers that).
//!
//! An app lets go of the lock as soon as it is leaving (its last window
//! closed), before the plugin frees its D-Bus name. So a start right after
//! (issue 5's reopen race) either finds the lock still held and waits a
//! moment for it ([`claim_within`]), or holds it and finds the name still
//! taken: that name can only belong to the app that is leaving, whose name
//! the bus frees a moment after it exits, and [`wait_for_leaving_instance`]
//! waits for that instead of handing over to it.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use overstap_core::private_files;

/// The lock file's name in the data folder.
pub const LOCK_FILE: &str = "app.lock";

/// How long a start waits for the lock of an app that may be leaving
/// (it lets go within moments of its last window closing) before it is
/// refused.
pub const LEAVING_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// The exit code of a start refused because another app holds the lock:
/// sysexits' EX_TEMPFAIL, "try again later" (once the other window is closed).
pub const EXIT_ALREADY_OPEN: i32 = 75;

/// What a start found.
pub enum Claim {
    /// This app holds the lock until [`InstanceLock::release`] or exit.
    Ours(InstanceLock),
    /// Another app holds it: this one must not open the core.
    HeldByAnother(PathBuf),
    /// The lock could not be taken at all (a folder that cannot be written, a
    /// file system without locks): the app starts as it would without one,
    /// since a missing lock must not keep the person from working.
    Unavailable,
}

/// The held lock. Dropping it (or the process ending) releases it.
pub struct InstanceLock {
    _file: File,
}

impl InstanceLock {
    /// Releases the lock now, before the app's last steps: the plugin frees
    /// its D-Bus name after this, so a new start never finds the lock free
    /// while the name is still held by an app that stays.
    pub fn release(self) {
        drop(self);
    }
}

/// Takes `data_dir/app.lock` without waiting.
pub fn claim(data_dir: &Path) -> Claim {
    let path = data_dir.join(LOCK_FILE);
    let file = match open_lock_file(data_dir, &path) {
        Ok(file) => file,
        Err(e) => {
            tracing::warn!(path = %path.display(), "app lock unavailable: {e}");
            return Claim::Unavailable;
        }
    };
    match file.try_lock() {
        Ok(()) => Claim::Ours(InstanceLock { _file: file }),
        Err(TryLockError::WouldBlock) => Claim::HeldByAnother(data_dir.to_owned()),
        Err(TryLockError::Error(e)) => {
            tracing::warn!(path = %path.display(), "app lock unavailable: {e}");
            Claim::Unavailable
        }
    }
}

/// Like [`claim`], but while another app holds the lock, looks again until
/// `within` has passed: an app that is leaving lets go of it within
/// moments, one that stays does not.
pub fn claim_within(data_dir: &Path, within: std::time::Duration) -> Claim {
    let deadline = std::time::Instant::now() + within;
    let mut logged = false;
    loop {
        match claim(data_dir) {
            Claim::HeldByAnother(_) if std::time::Instant::now() < deadline => {
                if !logged {
                    tracing::info!("app lock held: waiting in case that app is leaving");
                    logged = true;
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// Opens (or makes) the lock file, readable by its owner only, in a folder
/// only its owner may enter (the data folder holds the person's notes).
fn open_lock_file(data_dir: &Path, path: &Path) -> std::io::Result<File> {
    private_files::create_dir(data_dir)?;
    private_files::mode(OpenOptions::new().read(true).write(true).create(true).truncate(false)).open(path)
}

/// With the lock held, waits (bounded) until nobody owns the
/// single-instance plugin's D-Bus name `<identifier>.SingleInstance`: its
/// owner is an app that is leaving (it let go of the lock first), and
/// handing over to it would fail or land nowhere. Without a session bus
/// there is nothing to wait for. After the bound the plugin does what it
/// always does (an app on another data folder keeps the name and gets the
/// handover).
#[cfg(target_os = "linux")]
pub fn wait_for_leaving_instance(identifier: &str) {
    use std::time::{Duration, Instant};

    /// The bus frees a name within milliseconds of its owner exiting; this
    /// leaves room for a loaded machine.
    const LONGEST_WAIT: Duration = Duration::from_secs(5);
    const POLL: Duration = Duration::from_millis(20);

    let name = format!("{identifier}.SingleInstance");
    let Ok(bus) = zbus::blocking::Connection::session() else { return };
    let Ok(dbus) = zbus::blocking::fdo::DBusProxy::new(&bus) else { return };
    let Ok(well_known) = zbus::names::BusName::try_from(name.as_str()) else { return };
    let deadline = Instant::now() + LONGEST_WAIT;
    let mut waited = false;
    while dbus.name_has_owner(well_known.clone()).unwrap_or(false) {
        if Instant::now() >= deadline {
            tracing::warn!(name, "single-instance name still taken although the app lock is free");
            return;
        }
        if !waited {
            tracing::info!(name, "waiting for the app that is leaving to free its single-instance name");
            waited = true;
        }
        std::thread::sleep(POLL);
    }
    if waited {
        tracing::info!(name, "single-instance name free");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_on_the_same_folder_is_refused_until_the_first_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("overstap");
        let Claim::Ours(first) = claim(&data) else { panic!("the first claim gets the lock") };
        assert!(matches!(claim(&data), Claim::HeldByAnother(p) if p == data));
        first.release();
        assert!(matches!(claim(&data), Claim::Ours(_)), "free again once released");
    }

    #[test]
    fn a_claim_waits_for_an_app_that_lets_go_and_gives_up_on_one_that_stays() {
        use std::time::Duration;
        let dir = tempfile::tempdir().unwrap();
        let Claim::Ours(stays) = claim(dir.path()) else { panic!("claimed") };
        assert!(matches!(claim_within(dir.path(), Duration::from_millis(100)), Claim::HeldByAnother(_)));
        // Let go from another thread while the claim waits (it waits up to a minute).
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let leaving = std::thread::spawn(move || {
            rx.recv().unwrap();
            stays.release();
        });
        let path = dir.path().to_owned();
        let waiting = std::thread::spawn(move || claim_within(&path, Duration::from_secs(60)));
        tx.send(()).unwrap();
        leaving.join().unwrap();
        assert!(matches!(waiting.join().unwrap(), Claim::Ours(_)), "got it once the other let go");
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_file_and_a_new_data_folder_are_the_owners_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("new");
        let Claim::Ours(_held) = claim(&data) else { panic!("claimed") };
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&data.join(LOCK_FILE)), 0o600);
    }
}
