//! The preset fuzz targets, replayed on stable: CI cannot run cargo-fuzz
//! (nightly, minutes per target), so this runs the same bodies
//! (`preset::fuzz_entry`) over every file in `fuzz/corpus/<target>/` plus a
//! few thousand deterministic mutations of them. A crash the fuzzer found
//! is added to the corpus and so stays fixed here.
//!
//! The mutations are a tiny xorshift, not a fuzzer: the same inputs on
//! every run (a failure names its seed and round), no dependency, and
//! cheap enough for a debug build.

use std::path::{Path, PathBuf};

use overstap_core::preset::fuzz_entry::{fuzz_preset_parse, fuzz_preset_signature, ParseOutcome, SignatureOutcome};

/// Mutated inputs per corpus file; kept low enough for ~10 s in debug.
const ROUNDS_PER_FILE: usize = 250;
/// Larger seeds are replayed as they are but not mutated (each parse of
/// them costs as much as hundreds of small ones).
const MUTATE_BELOW_BYTES: usize = 16 * 1024;

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the corpus of {target} is missing: {}", dir.display());
    files
        .into_iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect()
}

/// Marsaglia's xorshift64: deterministic and good enough to pick offsets.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that matter to TOML and to the checks: quotes, brackets, escapes,
/// line ends, a BOM, non-ASCII, NUL (the signature target's separator).
const INTERESTING: &[&[u8]] = &[
    b"\"",
    b"'",
    b"[",
    b"]",
    b"[[",
    b"{",
    b"}",
    b"=",
    b".",
    b",",
    b"\\",
    b"\\u",
    b"\n",
    b"\r\n",
    b"\r",
    b"#",
    b"\0",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    "é".as_bytes(),
    "\u{1F600}".as_bytes(),
    b"\"\"\"",
    b"'''",
    b"0x",
    b"1e999",
    b"-",
    b"locked",
    b"servers",
    b"extra_steps",
    b"checklists",
    b"matrix",
    b"https://",
];

/// One to four edits of `input`: flip, insert, delete, duplicate a slice, or splice from `other`.
fn mutate(input: &[u8], other: &[u8], rng: &mut XorShift) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            1 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                out.splice(at..at, piece.iter().copied());
            }
            2 => {
                let end = (at + rng.below(32)).min(out.len());
                out.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(64)).min(out.len());
                let copy = out[at..end].to_vec();
                out.splice(at..at, copy);
            }
            4 if !other.is_empty() => {
                let from = rng.below(other.len());
                let end = (from + rng.below(128)).min(other.len());
                out.splice(at..at, other[from..end].iter().copied());
            }
            _ => out.truncate(at),
        }
    }
    out
}

/// Runs `body` over the corpus and its mutations; a panic names the input.
fn replay<T>(target: &str, body: impl Fn(&[u8]) -> T) -> Vec<T> {
    let files = corpus(target);
    let mut outcomes = Vec::new();
    let mut rng = XorShift(0x0f5e_7a9c_2b1d_3e48);
    for (index, (name, bytes)) in files.iter().enumerate() {
        outcomes.push(run(target, name, bytes, &body));
        if bytes.len() >= MUTATE_BELOW_BYTES {
            continue;
        }
        let other = &files[(index + 1) % files.len()].1;
        for round in 0..ROUNDS_PER_FILE {
            let mutated = mutate(bytes, other, &mut rng);
            outcomes.push(run(target, &format!("{name} (mutation {round})"), &mutated, &body));
        }
    }
    outcomes
}

fn run<T>(target: &str, name: &str, bytes: &[u8], body: &impl Fn(&[u8]) -> T) -> T {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| body(bytes))) {
        Ok(outcome) => outcome,
        Err(_) => {
            // Written out so it can be replayed under the fuzzer or added to the corpus.
            let dump = std::env::temp_dir().join(format!("overstap-{target}-crash"));
            let _ = std::fs::write(&dump, bytes);
            panic!("{target} panicked on {name}; input written to {}", dump.display());
        }
    }
}

#[test]
fn preset_parse_corpus_and_mutations_never_panic() {
    // The assertions that refused files apply nothing are inside the body.
    let outcomes = replay("preset_parse", fuzz_preset_parse);
    let count = |f: fn(&ParseOutcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    let read = count(|o| matches!(o, ParseOutcome::Read { .. }));
    let with_problems = count(|o| matches!(o, ParseOutcome::Read { problems } if *problems > 0));
    let refused = count(|o| *o == ParseOutcome::Refused);
    let not_text = count(|o| *o == ParseOutcome::NotText);
    // Otherwise the mutations would be testing nothing but the syntax check.
    assert!(
        read > 100 && with_problems > 50 && refused > 100 && not_text > 0,
        "{read} {with_problems} {refused} {not_text}"
    );
}

#[test]
fn preset_signature_corpus_and_mutations_never_panic() {
    let outcomes = replay("preset_signature", fuzz_preset_signature);
    let accepted = outcomes.iter().filter(|o| **o == SignatureOutcome::Accepted).count();
    // The signed seeds (and mutations that only touch the untrusted comment) pass.
    assert!(accepted >= 4, "accepted {accepted}");
    assert!(outcomes.len() - accepted > 1000);
}

#[test]
fn every_signed_seed_is_accepted_and_every_other_refused() {
    for (name, bytes) in corpus("preset_signature") {
        let expected = if name.starts_with("signed-") { SignatureOutcome::Accepted } else { SignatureOutcome::Refused };
        assert_eq!(fuzz_preset_signature(&bytes), expected, "{name}");
    }
}
