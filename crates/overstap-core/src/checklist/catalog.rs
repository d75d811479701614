//! The probes and actions that checklist data may name.
//!
//! Data names them by id; the implementations arrive with the server checks.
//! Keeping the list here makes a typo in a checklist a load error instead
//! of a step that silently never runs.

/// Checks the app runs against the organisation's servers or this computer.
pub const PROBES: &[&str] = &[
    "matrix.discovery",
    "matrix.login-flows",
    "matrix.federation",
    "matrix.signed-in",
    "matrix.element-installed",
    "matrix.element-device",
    "matrix.session-verified",
    "matrix.first-message",
    "matrix.key-backup",
    "matrix.message-roundtrip",
    "mastodon.instance",
    "mastodon.account",
    "mastodon.profile-complete",
    "mastodon.website-links-back",
    "mastodon.link-verified",
    "mastodon.pinned-post",
    "mastodon.signed-in",
    "nextcloud.status",
    "nextcloud.capabilities",
    "nextcloud.signed-in",
    "nextcloud.quota",
    "nextcloud.link-shares",
    "nextcloud.files-in-sync-folder",
    "nextcloud.files-on-server",
    "nextcloud.desktop-client",
    "nextcloud.sync-mode",
    "nextcloud.source-folder",
    "libreoffice.installed",
    "libreoffice.default-formats",
    "libreoffice.templates",
];

/// Things the app does for the person.
pub const ACTIONS: &[&str] =
    &["matrix.login", "mastodon.login", "nextcloud.login", "libreoffice.set-odf-default", "security-key.test"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_namespaced() {
        let mut all: Vec<_> = PROBES.iter().chain(ACTIONS).collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n, "duplicate id");
        assert!(all.iter().all(|id| id.split_once('.').is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())));
    }
}
