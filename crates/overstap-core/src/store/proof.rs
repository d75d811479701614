//! Who proved a done step. A "done" is a promise people act on and IT
//! counts, so the store keeps, with every done step, whether Overstap
//! checked it, did it, or has only the person's word for it.

use serde::{Deserialize, Serialize};

/// Why a step is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Proof {
    /// A check of Overstap's passed (the step's `checked_by` result says what it saw).
    Checked,
    /// The person said so.
    Confirmed,
    /// A check passed and the person confirmed what no check can see
    /// (a probe step with `confirm = true`).
    CheckedAndConfirmed,
    /// Overstap did it for the person (an action, a sign-in).
    DoneByOverstap,
}

impl Proof {
    pub const ALL: [Proof; 4] = [Proof::Checked, Proof::Confirmed, Proof::CheckedAndConfirmed, Proof::DoneByOverstap];

    pub fn as_str(self) -> &'static str {
        match self {
            Proof::Checked => "checked",
            Proof::Confirmed => "confirmed",
            Proof::CheckedAndConfirmed => "checked-and-confirmed",
            Proof::DoneByOverstap => "done-by-overstap",
        }
    }

    pub(super) fn parse(s: &str) -> Option<Proof> {
        Proof::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Whether Overstap itself saw or did it (rather than the person alone).
    pub fn by_overstap(self) -> bool {
        !matches!(self, Proof::Confirmed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for p in Proof::ALL {
            assert_eq!(Proof::parse(p.as_str()), Some(p));
            assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
        }
        assert_eq!(Proof::parse("done"), None);
        assert!(!Proof::Confirmed.by_overstap() && Proof::CheckedAndConfirmed.by_overstap());
    }
}
