//! How a connection waits for another process's write to finish.
//!
//! SQLite's own busy handler (`busy_timeout`) sleeps longer the longer it
//! has waited, up to 100 ms between tries. Under steady writes from several
//! processes (the app, a person's terminal, IT's scripts) a writer that has
//! waited a while tries rarely, and each time a newcomer that tries every
//! millisecond has taken the lock first: it starves until it gives up with
//! `database_busy`, although no transaction takes long. This handler does
//! the opposite: it tries more often the longer it has waited (from every
//! 2 ms down to every 0.2 ms, with jitter so that waiters do not move in
//! step), so the oldest waiter is the likeliest to get the lock next.

use std::cell::Cell;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rusqlite::Connection;

use super::BUSY_TIMEOUT;

const FIRST_PAUSE_US: u64 = 2_000;
const SHORTEST_PAUSE_US: u64 = 200;

thread_local! {
    /// When this thread's current wait began (SQLite counts the tries of
    /// one wait from 0, and calls the handler on the waiting thread).
    static WAITING_SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Installs the handler on `conn` (replacing `busy_timeout`'s).
pub fn wait_fairly(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_handler(Some(try_again))
}

/// SQLite's busy callback: `true` to try again after a pause, `false` to
/// give up (the statement then fails with `SQLITE_BUSY`).
fn try_again(attempt: i32) -> bool {
    let now = Instant::now();
    let since = WAITING_SINCE.with(|since| {
        if attempt == 0 || since.get().is_none() {
            since.set(Some(now));
        }
        since.get().unwrap_or(now)
    });
    let waited = now - since;
    if waited >= BUSY_TIMEOUT {
        return false;
    }
    std::thread::sleep(pause(waited));
    true
}

/// Shorter the longer the wait has lasted (2 µs less per millisecond
/// waited), plus up to 25 % jitter.
fn pause(waited: Duration) -> Duration {
    let shrink = (waited.as_millis() as u64).saturating_mul(2);
    let base = FIRST_PAUSE_US.saturating_sub(shrink).max(SHORTEST_PAUSE_US);
    let jitter =
        SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| u64::from(d.subsec_nanos())) % (base / 4 + 1);
    Duration::from_micros(base + jitter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pause_shrinks_as_the_wait_grows() {
        let fresh = pause(Duration::ZERO);
        let later = pause(Duration::from_millis(500));
        let long = pause(Duration::from_secs(3));
        assert!(fresh >= Duration::from_micros(FIRST_PAUSE_US), "{fresh:?}");
        assert!(later < fresh, "{later:?} < {fresh:?}");
        assert!(long >= Duration::from_micros(SHORTEST_PAUSE_US) && long < later, "{long:?}");
    }

    #[test]
    fn a_wait_gives_up_after_the_timeout_and_a_new_one_starts_afresh() {
        assert!(try_again(0));
        WAITING_SINCE.with(|s| s.set(Some(Instant::now() - BUSY_TIMEOUT)));
        assert!(!try_again(7), "past the timeout");
        assert!(try_again(0), "a new wait counts from now");
    }
}
