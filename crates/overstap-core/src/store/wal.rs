//! Judges a database's write-ahead log (`progress.db-wal`) before SQLite
//! opens the database. SQLite silently ignores a log whose header or
//! frames fail their checksums, and deletes it on the last close: a
//! damaged log would lose acknowledged changes without a word. Reading the
//! log here first lets the store keep the database and its log aside
//! instead (see `recovery.rs`).
//!
//! The format (sqlite.org/fileformat2.html, "The Write-Ahead Log"): a
//! 32-byte header (magic, version, page size, checkpoint number, two salts,
//! a checksum of the first 24 bytes), then frames of a 24-byte header
//! (page number, database size after commit — non-zero only on a commit
//! frame —, the two salts, a running checksum) and one page.
//!
//! What counts as damage, and what does not:
//! - A header that fails its checks while frames follow it: SQLite would
//!   drop every frame.
//! - A frame that breaks the chain (salts or checksum) followed by a later
//!   commit frame carrying this log's salts: transactions SQLite had
//!   acknowledged would be dropped.
//! - A broken frame with no commit of this log after it is the tail of a
//!   write that never committed (a kill or power cut mid-write), or frames
//!   left from before the log was restarted (older salts): SQLite rightly
//!   ignores those, and so does this check.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

const HEADER_LEN: usize = 32;
const FRAME_HEADER_LEN: usize = 24;
/// The magic's last bit says in which byte order the checksums are read.
const MAGIC_LITTLE_ENDIAN: u32 = 0x377f_0682;
const MAGIC_BIG_ENDIAN: u32 = 0x377f_0683;
const FORMAT_VERSION: u32 = 3_007_000;

/// What SQLite would make of a write-ahead log.
#[derive(Debug, PartialEq, Eq)]
pub enum WalVerdict {
    /// No log, or one without a single whole frame: nothing to apply.
    Empty,
    /// Every frame SQLite would apply checks out. `commits` is how many
    /// committed transactions it holds (0: only an unfinished write).
    Sound { commits: u64 },
    /// SQLite would drop committed data; the words say why (English,
    /// technical: they go into the recovery notice's cause).
    Damaged(String),
}

/// Reads the log at `wal` (a missing file is [`WalVerdict::Empty`]).
/// `db_page_size` is the page size the database's own header gives, when
/// it has one: a log written for another page size is not this
/// database's.
pub fn judge(wal: &Path, db_page_size: Option<u32>) -> io::Result<WalVerdict> {
    let file = match File::open(wal) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(WalVerdict::Empty),
        Err(e) => return Err(e),
    };
    let len = file.metadata()?.len();
    let mut reader = BufReader::with_capacity(64 * 1024, file);
    let mut header = [0u8; HEADER_LEN];
    if len < HEADER_LEN as u64 {
        return Ok(WalVerdict::Empty);
    }
    reader.read_exact(&mut header)?;
    let Some(header) = Header::parse(&header) else {
        // Without a sound header SQLite applies nothing.
        return Ok(if len >= (HEADER_LEN + FRAME_HEADER_LEN) as u64 {
            WalVerdict::Damaged(format!(
                "the write-ahead log's header is damaged ({len} bytes of log would be ignored)"
            ))
        } else {
            WalVerdict::Empty
        });
    };
    let frame_len = FRAME_HEADER_LEN + header.page_size as usize;
    if len < (HEADER_LEN + frame_len) as u64 {
        return Ok(WalVerdict::Empty);
    }
    if let Some(db) = db_page_size.filter(|&db| db != header.page_size) {
        return Ok(WalVerdict::Damaged(format!(
            "the write-ahead log is for pages of {} bytes but the database has pages of {db} bytes",
            header.page_size
        )));
    }

    let mut frame = vec![0u8; frame_len];
    let mut sum = header.checksum;
    let mut commits = 0u64;
    let mut index = 0u64;
    // Walk the chain SQLite would apply.
    let broken_at = loop {
        if !read_frame(&mut reader, &mut frame)? {
            return Ok(WalVerdict::Sound { commits });
        }
        index += 1;
        let f = FrameHeader::parse(&frame);
        if f.salts != header.salts {
            break index;
        }
        let next =
            checksum(header.big_endian, &frame[FRAME_HEADER_LEN..], checksum(header.big_endian, &frame[..8], sum));
        if next != f.checksum {
            break index;
        }
        sum = next;
        if f.db_size_after_commit != 0 {
            commits += 1;
        }
    };
    // Past the break: a commit of this very log means acknowledged data lost.
    while read_frame(&mut reader, &mut frame)? {
        index += 1;
        let f = FrameHeader::parse(&frame);
        if f.salts == header.salts && f.db_size_after_commit != 0 {
            return Ok(WalVerdict::Damaged(format!(
                "frame {broken_at} of the write-ahead log is damaged; the committed frame {index} after it would be lost"
            )));
        }
    }
    Ok(WalVerdict::Sound { commits })
}

/// Fills `frame`; `false` at the end of the file (a partial last frame is
/// an unfinished write).
fn read_frame(reader: &mut impl Read, frame: &mut [u8]) -> io::Result<bool> {
    match reader.read_exact(frame) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(false),
        Err(e) => Err(e),
    }
}

struct Header {
    big_endian: bool,
    page_size: u32,
    salts: [u32; 2],
    checksum: (u32, u32),
}

impl Header {
    /// `None` when the magic, version, page size or checksum is wrong.
    fn parse(b: &[u8; HEADER_LEN]) -> Option<Header> {
        let big_endian = match be(b, 0) {
            MAGIC_BIG_ENDIAN => true,
            MAGIC_LITTLE_ENDIAN => false,
            _ => return None,
        };
        let page_size = be(b, 8);
        let checksum = (be(b, 24), be(b, 28));
        let valid = be(b, 4) == FORMAT_VERSION
            && page_size.is_power_of_two()
            && (512..=65536).contains(&page_size)
            && self::checksum(big_endian, &b[..24], (0, 0)) == checksum;
        valid.then_some(Header { big_endian, page_size, salts: [be(b, 16), be(b, 20)], checksum })
    }
}

struct FrameHeader {
    db_size_after_commit: u32,
    salts: [u32; 2],
    checksum: (u32, u32),
}

impl FrameHeader {
    fn parse(b: &[u8]) -> FrameHeader {
        FrameHeader { db_size_after_commit: be(b, 4), salts: [be(b, 8), be(b, 12)], checksum: (be(b, 16), be(b, 20)) }
    }
}

/// SQLite's WAL checksum: over 32-bit words in pairs, continuing from `seed`.
fn checksum(big_endian: bool, data: &[u8], seed: (u32, u32)) -> (u32, u32) {
    let (mut s0, mut s1) = seed;
    for pair in data.chunks_exact(8) {
        let word = |i: usize| {
            let w = [pair[i], pair[i + 1], pair[i + 2], pair[i + 3]];
            if big_endian {
                u32::from_be_bytes(w)
            } else {
                u32::from_le_bytes(w)
            }
        };
        s0 = s0.wrapping_add(word(0)).wrapping_add(s1);
        s1 = s1.wrapping_add(word(4)).wrapping_add(s0);
    }
    (s0, s1)
}

fn be(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A log SQLite itself wrote: the database stays open (as after a
    /// kill), and its files are copied while it is.
    fn written_log(dir: &Path, transactions: usize) -> (std::path::PathBuf, Vec<u8>) {
        let db = dir.join("w.db");
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute("CREATE TABLE t (x TEXT)", []).unwrap();
        for i in 0..transactions {
            conn.execute("INSERT INTO t VALUES (?1)", [format!("{i} {}", "x".repeat(300))]).unwrap();
        }
        let wal = std::fs::read(dir.join("w.db-wal")).unwrap();
        std::mem::forget(conn);
        (dir.join("w.db-wal"), wal)
    }

    fn judge_bytes(dir: &Path, bytes: &[u8]) -> WalVerdict {
        let path = dir.join("copy.db-wal");
        std::fs::write(&path, bytes).unwrap();
        judge(&path, Some(4096)).unwrap()
    }

    #[test]
    fn a_log_sqlite_wrote_is_sound_with_its_commits_counted() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = written_log(dir.path(), 20);
        // The table's creation and 20 inserts, each its own transaction.
        assert_eq!(judge(&path, Some(4096)).unwrap(), WalVerdict::Sound { commits: 21 });
    }

    #[test]
    fn a_flipped_header_byte_is_damage() {
        let dir = tempfile::tempdir().unwrap();
        let (_, mut wal) = written_log(dir.path(), 5);
        wal[31] ^= 0x01;
        assert!(matches!(judge_bytes(dir.path(), &wal), WalVerdict::Damaged(w) if w.contains("header")));
    }

    #[test]
    fn a_flipped_bit_in_an_early_frame_is_damage() {
        let dir = tempfile::tempdir().unwrap();
        let (_, mut wal) = written_log(dir.path(), 5);
        wal[HEADER_LEN + FRAME_HEADER_LEN + 100] ^= 0x10;
        assert!(matches!(judge_bytes(dir.path(), &wal), WalVerdict::Damaged(w) if w.contains("frame 1 ")));
    }

    #[test]
    fn an_unfinished_last_frame_is_not_damage() {
        let dir = tempfile::tempdir().unwrap();
        let (_, wal) = written_log(dir.path(), 5);
        let frame = FRAME_HEADER_LEN + 4096;
        let frames = (wal.len() - HEADER_LEN) / frame;
        // Cut into the last frame, and separately spoil it: both are what a
        // write that never committed leaves.
        // The table's creation and 5 inserts; the last one is cut off.
        assert_eq!(judge_bytes(dir.path(), &wal[..wal.len() - 10]), WalVerdict::Sound { commits: 5 });
        let mut spoiled = wal.clone();
        spoiled[HEADER_LEN + (frames - 1) * frame + FRAME_HEADER_LEN + 7] ^= 0xff;
        assert_eq!(judge_bytes(dir.path(), &spoiled), WalVerdict::Sound { commits: 5 });
    }

    #[test]
    fn a_log_for_another_page_size_is_damage() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = written_log(dir.path(), 2);
        assert!(matches!(judge(&path, Some(1024)).unwrap(), WalVerdict::Damaged(w) if w.contains("1024")));
    }

    #[test]
    fn no_log_or_a_header_only_log_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(judge(&dir.path().join("none-wal"), None).unwrap(), WalVerdict::Empty);
        let (_, wal) = written_log(dir.path(), 1);
        assert_eq!(judge_bytes(dir.path(), &wal[..HEADER_LEN]), WalVerdict::Empty);
    }
}
