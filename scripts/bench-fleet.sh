#!/usr/bin/env bash
# Prints the figures of `overstap fleet aggregate` on generated reports
# (speed is measured here, never asserted in tests):
#   scripts/bench-fleet.sh [REPORTS]      (default 30000; RUNS=3 runs)
# Writes REPORTS realistic fleet reports (crates/overstap-core/examples/
# fleet_reports.rs: the shipped checklists, departments, several weeks of
# progress, re-uploads, specialist applications blocking people, failing
# checks) into a temporary folder, then runs the release binary on them
# RUNS times and prints each run's wall time and peak memory (maximum
# resident set size of the process), then the median time and the highest
# peak against the goals for 30,000 reports: at most 5 s and 300 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
reports=${1:-30000}
runs=${RUNS:-3}
target=${CARGO_TARGET_DIR:-target}

cargo build --release --locked -p overstap-cli --bin overstap -p overstap-core --example fleet_reports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== generating $reports reports"
"$target/release/examples/fleet_reports" --out "$work/reports" --reports "$reports"
echo "on disk: $(du -sh "$work/reports" | cut -f1), $(nproc) cores"

# Wall time and peak RSS of one command: a fresh Python each time, so
# RUSAGE_CHILDREN holds that command alone (no /usr/bin/time needed).
measure() {
    python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = time.monotonic() - start
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{wall:.3f} {peak_kib} {done.returncode}")
PY
}

echo "== aggregating ($runs runs)"
"$target/release/overstap" fleet aggregate "$work/reports" --out "$work/dashboard.html" --csv "$work/figures.csv" \
    | sed 's/^/  /' | head -12
walls=()
peaks=()
for run in $(seq "$runs"); do
    read -r wall peak status < <(measure "$target/release/overstap" fleet aggregate "$work/reports" \
        --out "$work/dashboard.html" --csv "$work/figures.csv")
    if [ "$status" != 0 ]; then
        echo "run $run failed with exit code $status" >&2
        exit 1
    fi
    printf '  run %d: %6.2f s  %6.1f MB peak\n' "$run" "$wall" "$(echo "$peak" | awk '{print $1 / 1024}')"
    walls+=("$wall")
    peaks+=("$peak")
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
peak_mb=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1 | awk '{printf "%.1f", $1 / 1024}')
echo "dashboard: $(du -h "$work/dashboard.html" | cut -f1), CSV: $(du -h "$work/figures.csv" | cut -f1)"
echo "== $reports reports: median $median s, peak $peak_mb MB"
if [ "$reports" = 30000 ]; then
    verdict() { awk -v v="$1" -v goal="$2" 'BEGIN { print (v <= goal) ? "within the goal" : "OVER THE GOAL" }'; }
    echo "   goal for 30,000 reports: <= 5 s ($(verdict "$median" 5)), <= 300 MB ($(verdict "$peak_mb" 300))"
fi
