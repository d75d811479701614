//! Fleet progress: what a laptop reports to its organisation, and how the
//! organisation reads all reports back. Off unless the preset's
//! `[reporting]` turns it on; nothing is sent anywhere else.
//!
//! - [`report`]: the schema-versioned report, the contract between writer and reader.
//! - [`aggregate`]: every laptop's report read back into one dashboard and CSV (`overstap fleet aggregate`).
pub mod aggregate;
pub mod report;
