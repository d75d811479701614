//! Coordination between Overstap processes (the app, the CLI, IT scripts)
//! on one data folder, through `progress.db.lock`:
//!
//! - every open store holds a **shared** lock for its whole life;
//! - creating or migrating the schema, and moving a damaged database
//!   aside, need the **exclusive** lock, so they never happen under another
//!   process that has the database open.
//!
//! SQLite's own locking protects each transaction; this protects the
//! operations that replace or restructure the file itself.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, ErrorCode, Result};

const RETRY: Duration = Duration::from_millis(25);

#[derive(Debug)]
pub struct StoreLock {
    file: File,
    path: PathBuf,
}

impl StoreLock {
    /// Opens the lock file beside `database` and takes the shared lock,
    /// waiting up to `timeout` for a brief exclusive holder to finish.
    pub fn shared(database: &Path, timeout: Duration) -> Result<StoreLock> {
        let path = lock_path(database);
        let file = crate::private_files::mode(&mut std::fs::OpenOptions::new())
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::io(&path, &e))?;
        let lock = StoreLock { file, path };
        let deadline = Instant::now() + timeout;
        loop {
            match lock.file.try_lock_shared() {
                Ok(()) => return Ok(lock),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => std::thread::sleep(RETRY),
                Err(TryLockError::WouldBlock) => return Err(busy(&lock.path)),
                Err(TryLockError::Error(e)) => return Err(Error::io(&lock.path, &e)),
            }
        }
    }

    /// Trades the shared lock for the exclusive one. While waiting it holds
    /// no lock at all (waiters that kept their shared lock would block each
    /// other for ever), and asks `still_needed` whether another process has
    /// done the work meanwhile: then it returns `Ok(false)`, holding the
    /// shared lock again. Gives up with `database_busy` after `timeout`:
    /// another Overstap has the database open, and restructuring it under
    /// that process is unsafe.
    pub fn upgrade(&self, timeout: Duration, mut still_needed: impl FnMut() -> Result<bool>) -> Result<bool> {
        let deadline = Instant::now() + timeout;
        self.file.unlock().map_err(|e| Error::io(&self.path, &e))?;
        loop {
            match self.file.try_lock() {
                Ok(()) => return Ok(true),
                Err(TryLockError::WouldBlock) => {}
                Err(TryLockError::Error(e)) => return Err(Error::io(&self.path, &e)),
            }
            if !still_needed()? {
                self.relock_shared(deadline + timeout)?;
                return Ok(false);
            }
            if Instant::now() >= deadline {
                return Err(Error::new(ErrorCode::DatabaseBusy, "error-database-in-use")
                    .arg("path", self.path.display().to_string()));
            }
            std::thread::sleep(RETRY);
        }
    }

    /// Back from exclusive to shared, after the restructuring is done.
    pub fn downgrade(&self, timeout: Duration) -> Result<()> {
        self.file.unlock().map_err(|e| Error::io(&self.path, &e))?;
        self.relock_shared(Instant::now() + timeout)
    }

    fn relock_shared(&self, deadline: Instant) -> Result<()> {
        loop {
            match self.file.try_lock_shared() {
                Ok(()) => return Ok(()),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => std::thread::sleep(RETRY),
                Err(TryLockError::WouldBlock) => return Err(busy(&self.path)),
                Err(TryLockError::Error(e)) => return Err(Error::io(&self.path, &e)),
            }
        }
    }
}

fn busy(path: &Path) -> Error {
    Error::new(ErrorCode::DatabaseBusy, "error-database-busy").arg("path", path.display().to_string())
}

fn lock_path(database: &Path) -> PathBuf {
    let mut s = database.as_os_str().to_owned();
    s.push(".lock");
    PathBuf::from(s)
}
