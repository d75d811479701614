//! The limits that keep `fleet aggregate` safe on hostile input: every
//! report, listing and text is bounded, so no file or server can make it
//! hang, crash or eat the machine's memory. Real reports are a few kB and
//! stay far below each of them.

use std::time::Duration;

/// The largest report file read (a real one is a few kB).
pub const MAX_REPORT_BYTES: usize = 1024 * 1024;

/// How deep below the folder reports are looked for (a folder per month
/// or per department is common; deeper is a mistake or a trap).
pub const MAX_FOLDER_DEPTH: usize = 4;

/// The most files one source may list; beyond it the source is refused
/// instead of filling the memory with names.
pub const MAX_LISTED_FILES: usize = 2_000_000;

/// The most WebDAV folders visited.
pub const MAX_WEBDAV_FOLDERS: usize = 1_000;

/// The largest WebDAV folder listing (PROPFIND answer) read: about 200,000
/// files in one folder.
pub const MAX_LISTING_BYTES: usize = 64 * 1024 * 1024;

/// Connection and request time limits for the WebDAV server.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// How many laptops' reports are downloaded at the same time.
pub const PARALLEL_DOWNLOADS: usize = 8;

/// Checklists, steps per checklist and checks one report may carry.
pub const MAX_CHECKLISTS: usize = 64;
pub const MAX_STEPS_PER_CHECKLIST: usize = 200;
pub const MAX_CHECKS: usize = 200;

/// Text lengths, in characters.
pub const MAX_ID_CHARS: usize = 64;
/// As the app itself allows for the department setting.
pub const MAX_DEPARTMENT_CHARS: usize = crate::api::MAX_DEPARTMENT_CHARS;
/// As the app itself allows for a blocked step's reason.
pub const MAX_REASON_CHARS: usize = crate::api::MAX_REASON_CHARS;
pub const MAX_PERSON_CHARS: usize = 320;
pub const MAX_VERSION_CHARS: usize = 64;

/// All distinct texts (ids, departments, reasons, versions) kept across
/// reports together: enough for millions of real reports, while a flood of
/// reports with made-up names cannot exhaust the memory.
pub const MAX_DISTINCT_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// The most checklists followed over time (a bit each per laptop and day).
pub const MAX_TIMELINE_CHECKLISTS: usize = 64;

/// The most skipped files listed one by one (all are counted).
pub const MAX_SKIPPED_LISTED: usize = 10_000;

/// The first day a report may describe: fleet reports did not exist
/// before; an earlier day is a broken clock or a forgery, and would
/// stretch the timeline over years.
pub const EARLIEST_DAY: time::Date = time::macros::date!(2025 - 01 - 01);
