//! Arbitrary bytes as a preset file: parsed, merged as a system and as an
//! imported preset, applied to the checklists, every problem rendered.
//! The body is `overstap_core::preset::fuzz_entry::fuzz_preset_parse`,
//! which the stable corpus test runs too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    overstap_core::preset::fuzz_entry::fuzz_preset_parse(bytes);
});
