#!/usr/bin/env bash
# Sets up this machine (scripts/setup.sh), builds the interface and the
# desktop app in release mode, and starts Overstap. Extra arguments go to
# the app; OVERSTAP_DATA_DIR and OVERSTAP_LANG work as documented in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
(cd ui && npm run build --silent)
cargo build --release -p overstap-app -p overstap-cli
exec target/release/overstap-app "$@"
