#!/usr/bin/env bash
# Prints Overstap's benchmark figures (speed is measured here, never asserted
# in tests):
# - store: durable step update latency; `overstap progress` on 100,000 history rows;
# - writers: 8 processes writing at once (4 `apply` streams, 4 `step` loops):
#   latency percentiles and refusals (`database_busy`);
# - check: all services checked at once vs one by one against the local test
#   servers, and the engine's overhead per request.
# The desktop app's figures (start-up to the overview, memory of the whole
# process tree next to an empty Tauri app, binary size) are in
# scripts/bench-app.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release -p overstap-cli
cargo bench -p overstap-core --bench store
cargo bench -p overstap-core --bench check
cargo bench -p overstap-core --bench writers
