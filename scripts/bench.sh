#!/usr/bin/env bash
# Prints Overstap's benchmark figures: durable step update latency and
# `overstap progress` on 100,000 history rows. Speed is measured here, never
# asserted in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p overstap-cli
cargo bench -p overstap-core --bench store
