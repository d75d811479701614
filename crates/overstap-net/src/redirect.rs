//! The redirect policy: bounded, loop-detecting, and never from https to
//! plain http (a downgrade would expose the request to anyone on the path).

use crate::failure::FailureKind;

/// The reason a redirect was refused, found again in reqwest's error chain.
#[derive(Debug)]
pub struct RefusedRedirect(pub FailureKind, pub String);

impl std::fmt::Display for RefusedRedirect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1)
    }
}

impl std::error::Error for RefusedRedirect {}

pub fn policy(max_redirects: usize) -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(move |attempt| {
        let next = attempt.url().clone();
        let previous = attempt.previous();
        let from_https = previous.last().is_some_and(|p| p.scheme() == "https");
        if from_https && next.scheme() != "https" {
            let detail = format!("redirect from https to {next} refused");
            return attempt.error(RefusedRedirect(FailureKind::RedirectToHttp, detail));
        }
        if previous.iter().any(|p| p == &next) {
            let detail = format!("redirect loop back to {next}");
            return attempt.error(RefusedRedirect(FailureKind::TooManyRedirects, detail));
        }
        if previous.len() > max_redirects {
            let detail = format!("more than {max_redirects} redirects");
            return attempt.error(RefusedRedirect(FailureKind::TooManyRedirects, detail));
        }
        attempt.follow()
    })
}
