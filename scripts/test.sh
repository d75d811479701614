#!/usr/bin/env bash
# Sets up this machine (scripts/setup.sh), builds everything (interface,
# core, CLI, desktop app) and runs every test: unit, integration, the CLI
# end-to-end tests (SIGKILL durability, damaged databases), the interface's
# accessibility and behaviour tests (every screen in Debian's Chromium with
# mocked IPC, ui/tests/) and the desktop window test (it starts its own Xvfb
# when there is no DISPLAY); then the Debian package: built in release mode,
# installed, used and removed for real (scripts/test-deb.sh, needs root or
# passwordless sudo).
# README.md gives this command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
(cd ui && npm run build --silent)
(cd ui && npm run test:a11y)
cargo fmt --all --check
cargo build --workspace --all-targets --locked
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked
scripts/test-deb.sh
