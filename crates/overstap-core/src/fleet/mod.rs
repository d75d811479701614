//! Fleet progress: what a laptop reports to its organisation, and how the
//! organisation reads all reports back. Off unless the preset's
//! `[reporting]` turns it on; nothing is sent anywhere but the
//! organisation's own upload share, and nothing before the person has seen
//! exactly what is sent (`api/fleet.rs`).
//!
//! - [`report`]: the schema-versioned report, the contract between writer and reader.
//! - [`config`]: whether reporting is on and where to (the preset's public upload share).
//! - [`laptop_id`]: the pseudonymous laptop id (keyed hash with the organisation's salt).
//! - [`build`]: a laptop's report from its progress, with only what the preset includes.
//! - [`upload`]: the WebDAV `PUT`, quick retries, and the back-off of the queue
//!   (the queue itself: `store/fleet_uploads.rs`).
//! - [`aggregate`]: every laptop's report read back into one dashboard and CSV (`overstap fleet aggregate`).
pub mod aggregate;
pub mod build;
pub mod config;
pub mod laptop_id;
pub mod report;
pub mod upload;
