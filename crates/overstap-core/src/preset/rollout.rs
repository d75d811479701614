//! What `preset validate` checks beyond one file's values, because it
//! breaks a rollout even when every value is well formed: reporting turned
//! on without a salt or an upload share (nothing would ever be sent), and
//! CA files that do not exist or cannot be read where the preset will
//! stand (paths relative to its folder, as the app resolves them).
//!
//! Not part of [`super::parse`]: a system preset may be split over several
//! files (`preset.toml`, `preset.d/*.toml`), so one file without a salt is
//! fine when another gives it; the app judges the merged preset
//! (`fleet/config.rs`, `named_files.rs`). IT validating one file is asked
//! about that file.

use std::path::Path;

use super::model::Preset;
use super::named_files::MAX_CA_FILE_BYTES;
use super::parse::{spans, PresetProblem};
use super::sources::read_bytes_capped;
use crate::fleet::config::PublicShare;
use crate::probe::Message;

/// The problems of `preset` (read from `text`, in `file`) that would break
/// a rollout; `folder` is where the file stands. `found` are the problems
/// already listed: a value refused there (a short salt, an http address) is
/// not reported again as missing.
pub fn check(text: &str, file: &str, preset: &Preset, folder: &Path, found: &[PresetProblem]) -> Vec<PresetProblem> {
    let spans = spans(text, file);
    let listed = |key: &str| found.iter().any(|p| p.key == key);
    let mut problems = Vec::new();
    let reporting_on = preset.reporting.as_ref().is_some_and(|r| r.enabled == Some(true));
    if reporting_on {
        let salt = preset.reporting.as_ref().and_then(|r| r.salt.as_deref());
        if salt.is_none() && !listed("reporting.salt") {
            problems.push(spans.problem("reporting.enabled", false, Message::new("preset-reporting-no-salt")));
        }
        match preset.servers.as_ref().and_then(|s| s.report_upload.as_deref()) {
            None if !listed("servers.report_upload") => {
                problems.push(spans.problem("reporting.enabled", false, Message::new("preset-reporting-no-upload")));
            }
            Some(link) if PublicShare::parse(link).is_none() => {
                let message = Message::new("preset-reporting-bad-share").arg("link", link);
                problems.push(spans.problem("servers.report_upload", false, message));
            }
            _ => {}
        }
    }
    for (i, path) in preset.trust.iter().flat_map(|t| t.ca_files.iter().flatten()).enumerate() {
        if let Some(message) = ca_file_problem(&folder.join(path), path) {
            problems.push(spans.problem(&format!("trust.ca_files[{i}]"), false, message));
        }
    }
    problems
}

/// Why the CA file at `full` (written `given` in the preset) cannot be
/// used: missing, unreadable, or no PEM certificate in it.
fn ca_file_problem(full: &Path, given: &str) -> Option<Message> {
    if let Err(e) = std::fs::metadata(full) {
        let id = if e.kind() == std::io::ErrorKind::NotFound { "preset-ca-missing" } else { "preset-ca-unreadable" };
        return Some(Message::new(id).arg("path", given).arg("full", full.display()).arg("detail", e));
    }
    match read_bytes_capped(full, MAX_CA_FILE_BYTES) {
        Err(refused) => {
            let detail = refused.args.get("detail").cloned().unwrap_or_else(|| refused.id.clone());
            Some(
                Message::new("preset-ca-unreadable")
                    .arg("path", given)
                    .arg("full", full.display())
                    .arg("detail", detail),
            )
        }
        Ok(bytes) if !bytes.windows(27).any(|w| w == b"-----BEGIN CERTIFICATE-----") => {
            Some(Message::new("preset-ca-not-pem").arg("path", given))
        }
        Ok(_) => None,
    }
}
