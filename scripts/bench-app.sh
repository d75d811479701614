#!/usr/bin/env bash
# Prints the desktop app's figures next to an empty Tauri v2 app's, built
# and measured in the same run (figures only: nothing is asserted):
# - start-up: process start to the overview drawn with data (the app's own
#   `overview-ready … elapsed_ms=M` and the wall clock from spawn), with a
#   fresh data folder each time and warm on the same folder: median, min, max;
# - memory: PSS of the whole process tree (app, WebKitWebProcess,
#   WebKitNetworkProcess, …) after idling 60 s, for both apps, and their
#   ratio against the goal of at most 1.25;
# - size of both release binaries.
# All under a private Xvfb. The empty app is bench/empty-tauri/ (its own
# workspace: the same Tauri, features, release profile and window size).
#
#   scripts/bench-app.sh [--runs N] [--warm N] [--idle SECONDS]
#
# Takes a few minutes (two release builds the first time, then about
# 2 × 60 s idling). scripts/bench.sh has the core's figures.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
(cd ui && npm run build --silent)

target="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --release --locked -p overstap-app -p overstap-cli
# Same target folder: the crates both share are built once.
cargo build --release --locked --manifest-path bench/empty-tauri/Cargo.toml --target-dir "$target"

python3 scripts/bench_app.py --app "$target/release/overstap-app" --empty "$target/release/empty-tauri" \
  --cli "$target/release/overstap" "$@"
