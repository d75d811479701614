//! The hard limits of every request, with the defaults the server checks use.

use std::time::Duration;

/// What one request may cost at most.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Time to establish the connection (TCP and TLS).
    pub connect_timeout: Duration,
    /// Time for the whole request: connect, redirects, headers and body.
    pub total_timeout: Duration,
    /// The most of a response body that is read; larger bodies fail.
    pub max_body_bytes: usize,
    /// How many redirects are followed.
    pub max_redirects: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connect_timeout: Duration::from_secs(5),
            total_timeout: Duration::from_secs(10),
            max_body_bytes: 1024 * 1024,
            max_redirects: 5,
        }
    }
}
