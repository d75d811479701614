#!/usr/bin/env bash
# Fuzzes the preset parser and the signature check with cargo-fuzz
# (libFuzzer, nightly): each target for N seconds (default 60), then prints
# its figures. `scripts/fuzz.sh 600` for a longer run, `scripts/fuzz.sh 600
# preset_parse` for one target. See docs/fuzzing.md.
#
# New inputs go to a scratch corpus (fuzz/target/work-corpus/), not to the
# committed seeds in fuzz/corpus/: those stay small and chosen by hand. A
# crash is written to fuzz/artifacts/<target>/ and the run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("${@:-preset_parse preset_signature}")

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "cargo-fuzz needs the nightly toolchain: rustup toolchain install nightly" >&2
    exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

target_dir="${CARGO_TARGET_DIR:-fuzz/target}"
for target in ${targets[*]}; do
    work="fuzz/target/work-corpus/$target"
    mkdir -p "$work"
    log="$(mktemp)"
    echo "== $target, ${seconds}s"
    # max_len: the large seeds (huge arrays, deep nesting) are for the stable
    # corpus test; the fuzzer does better with many small inputs.
    # Fewer allocation stack traces and no quarantine: the targets hunt
    # panics in safe Rust, and this gives about 1.6 times the executions per second.
    if ! ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0:quarantine_size_mb=0:detect_leaks=0}" cargo +nightly fuzz run --target-dir "$target_dir" "$target" "$work" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "== $target FAILED: the input is in fuzz/artifacts/$target/" >&2
        exit 1
    fi
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" || true
    rm -f "$log"
done
