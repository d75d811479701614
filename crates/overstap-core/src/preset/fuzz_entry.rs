//! The bodies of the preset fuzz targets (`fuzz/fuzz_targets/`), kept here
//! so the stable test `tests/preset_fuzz_corpus.rs` replays the very same
//! code over the corpus: CI runs on stable and has no time for cargo-fuzz,
//! but a crash found once must stay fixed.
//!
//! A preset comes from whoever can write a file or send one to be
//! imported, so every byte sequence must end in problems or settings, never
//! in a panic. Besides "returns normally", each function asserts what must
//! hold for any input (a refused file applies nothing), so the fuzzer also
//! finds wrong answers, not only crashes.
//!
//! Not part of the API: `#[doc(hidden)]`, no stability promised.

use std::path::PathBuf;
use std::sync::OnceLock;

use super::apply::apply;
use super::effective::merge;
use super::model::Preset;
use super::parse::parse;
use super::signature::verify;
use super::sources::{Layer, PresetSource};
use super::trusted_keys::TrustedKeys;
use crate::checklist::Library;
use crate::lang::Lang;

/// The public key the signature target trusts. Its secret half was thrown
/// away after signing the `signed-*` seeds in `fuzz/corpus/preset_signature/`
/// (see `docs/fuzzing.md`): those seeds get the fuzzer past the format
/// checks to the signature itself.
pub const FUZZ_PUBLIC_KEY: &str = "RWQVGcxBQ4OJ9exK8R222krccIvCDTqH3XjdjBzz2Jj2gOcXpRV1PT8x";

/// What one input came to, so the corpus test can tell it reached both
/// outcomes rather than refusing everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseOutcome {
    /// Not UTF-8: the file readers refuse it before parsing.
    NotText,
    Refused,
    /// Read; `problems` settings were left out.
    Read {
        problems: usize,
    },
}

/// A checklist reduced to what a preset can change: ids, which steps are
/// there and whether each is required, and what each waits for.
type Shape = Vec<(String, Vec<(String, bool, usize)>)>;

fn shape(library: &Library) -> Shape {
    library
        .checklists()
        .iter()
        .map(|c| (c.id.clone(), c.steps.iter().map(|s| (s.id.clone(), s.required, s.depends_on.len())).collect()))
        .collect()
}

fn library() -> &'static (Library, Shape) {
    static LIBRARY: OnceLock<(Library, Shape)> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let library =
            crate::checklist::load_embedded().expect("the embedded checklists load (a build defect otherwise)");
        let shape = shape(&library);
        (library, shape)
    })
}

/// Parses `bytes` as a preset file, merges it as a system preset, as an
/// imported one and as both, applies each result to the checklists and
/// renders every problem in every language.
#[doc(hidden)]
pub fn fuzz_preset_parse(bytes: &[u8]) -> ParseOutcome {
    let Ok(text) = std::str::from_utf8(bytes) else { return ParseOutcome::NotText };
    let (library, library_shape) = library();
    let parsed = parse(text, "fuzz.toml", library);
    for problem in &parsed.problems {
        assert!(problem.line >= 1 && problem.column >= 1, "positions count from 1: {problem:?}");
        for lang in Lang::ALL {
            // Rendering goes through Fluent with the file's text as arguments.
            let _ = problem.render(lang);
        }
    }
    if parsed.refused {
        assert_eq!(parsed.preset, Preset::default(), "a refused file keeps nothing");
        assert!(!parsed.problems.is_empty(), "a refused file says why");
    }

    let source = |layer: Layer| PresetSource {
        layer,
        origin: format!("{layer:?}.toml"),
        base_dir: Some(PathBuf::from("/etc/overstap")),
        parsed: parsed.clone(),
    };
    let system = source(Layer::System);
    let imported = source(Layer::Imported);
    // The same file on both layers: the import then meets the system's locks.
    for sources in [vec![system.clone()], vec![imported], vec![system, source(Layer::Imported)]] {
        let effective = merge(&sources);
        let shaped = apply(library, &effective.preset);
        // The files' own problems come first and were rendered above; only
        // the merge's own (locked, system-only) are new. Rendering is most
        // of the cost of an input, so not doing it four times matters.
        let own = sources.len() * parsed.problems.len();
        assert!(effective.problems.len() >= own, "the merge lost problems");
        for problem in &effective.problems[own..] {
            for lang in Lang::ALL {
                let _ = problem.render(lang);
            }
        }
        if parsed.refused {
            assert!(effective.settings.is_empty() && effective.locked.is_empty(), "refused, yet settings applied");
            assert_eq!(effective.preset, Preset::default(), "refused, yet settings applied");
            assert!(!effective.has_system_preset(), "a refused system file counts as none");
            assert_eq!(&shape(&shaped), library_shape, "refused, yet the checklists changed");
        }
    }

    match parsed.refused {
        true => ParseOutcome::Refused,
        false => ParseOutcome::Read { problems: parsed.problems.len() },
    }
}

/// How one signature input ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureOutcome {
    Accepted,
    Refused,
}

/// Splits `bytes` at the first NUL into a preset and its `.minisig` text
/// (lossily decoded: the check reads text) and verifies them against
/// [`FUZZ_PUBLIC_KEY`]; refusals are rendered in every language.
#[doc(hidden)]
pub fn fuzz_preset_signature(bytes: &[u8]) -> SignatureOutcome {
    static KEYS: OnceLock<TrustedKeys> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let mut keys = TrustedKeys::none();
        keys.add_system_preset_keys(&[FUZZ_PUBLIC_KEY.to_owned()]).expect("the fuzz key is a minisign public key");
        keys
    });
    let (preset, minisig) = match bytes.iter().position(|b| *b == 0) {
        Some(at) => (&bytes[..at], &bytes[at + 1..]),
        None => (bytes, &[][..]),
    };
    let minisig = String::from_utf8_lossy(minisig);
    match verify(preset, &minisig, keys) {
        Ok(signed_by) => {
            let trusted = keys.ids();
            assert!(trusted.contains(&signed_by.key_id), "accepted a key nobody trusts: {signed_by:?}");
            SignatureOutcome::Accepted
        }
        Err(error) => {
            for lang in Lang::ALL {
                let _ = error.message(lang);
            }
            let _ = error.to_string();
            SignatureOutcome::Refused
        }
    }
}
