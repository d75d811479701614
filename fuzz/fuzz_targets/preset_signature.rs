//! Arbitrary bytes as a preset and its `.minisig` (split at the first NUL),
//! verified against a fixed trusted key. The body is
//! `overstap_core::preset::fuzz_entry::fuzz_preset_signature`, which the
//! stable corpus test runs too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    overstap_core::preset::fuzz_entry::fuzz_preset_signature(bytes);
});
