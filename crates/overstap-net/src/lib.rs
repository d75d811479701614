//! Overstap's network layer for checking servers. Every request Overstap
//! makes goes through [`NetClient`], which enforces what a hostile or
//! broken server must never be able to do to a laptop:
//!
//! - hang it: connect and total timeouts, always;
//! - fill its memory: the body is read up to a cap, then cut off;
//! - downgrade it: no plain-http URLs, never an https→http redirect, a
//!   bounded number of redirects, loops detected;
//! - fool it: TLS is verified against the operating system's trust store
//!   (so corporate CAs work) plus an optional extra CA file.
//!
//! When a request fails, [`NetFailure`] says precisely why, as one of a
//! closed set of [`FailureKind`]s that the probes turn into plain-language
//! remedies. [`inspect::certificate_chain`] looks at a certificate that
//! failed verification, to explain it (expired when, issued for what, by
//! whom; an interception proxy?).

mod body;
mod cert;
mod classify;
mod client;
mod failure;
pub mod inspect;
mod limits;
mod redirect;

pub use cert::{looks_like_interception, CertSummary};
pub use client::{Fetched, NetClient, Request};
pub use failure::{FailureKind, NetFailure};
pub use limits::Limits;
pub use reqwest::Method;
pub use url::Url;
