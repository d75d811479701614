//! Test support shared by the workspace's tests (a dev-dependency of the other
//! crates; its one program, `overstap-demo-servers`, is for people):
//!
//! - [`demo::DemoServers`]: the servers below on fixed ports with demo accounts, for
//!   people trying Overstap (`overstap-demo-servers`, `scripts/demo.sh`);
//! - [`ca::TestCa`]: a certificate authority made fresh for each test run,
//!   with good, expired, wrong-name and untrusted certificates;
//! - [`keyring::SecretService`]: a real OS keyring (GNOME Keyring on a private D-Bus);
//! - [`mastodon::MastodonMock`]: the Mastodon API (mastodon_mock) over TLS (from `.venv`);
//! - [`synapse::Synapse`]: a real Synapse homeserver over TLS (from `.venv`);
//! - [`matrix_keys::signed_key_document`]: Matrix key documents signed by Synapse's `signedjson`;
//! - [`webdav::NextcloudLike`]: WsgiDAV laid out like a Nextcloud (real WebDAV and quota, documented status and user responses);
//! - [`process::spawn_server`]: how those servers start, so that none outlives its starter;
//! - [`server::TestServer`]: a TLS (or plain) HTTP server on loopback whose
//!   routes can answer normally or misbehave on purpose: stall, never end
//!   the body, send huge headers, redirect in circles or to plain http.

pub mod ca;
pub mod demo;
pub mod keyring;
pub mod mastodon;
pub mod matrix_keys;
pub mod process;
pub mod server;
pub mod synapse;
pub mod webdav;

/// Whether the tests run as root (CI does): only root can make a folder
/// that passes the admin-only rule of system presets, or play another
/// account with `setpriv`.
pub fn running_as_root() -> bool {
    #[cfg(target_os = "linux")]
    // SAFETY: geteuid has no preconditions and cannot fail.
    return unsafe { libc::geteuid() } == 0;
    #[cfg(not(target_os = "linux"))]
    false
}
