#!/usr/bin/env bash
# Builds Overstap's Debian package and prints its path as the last line:
# the desktop app (/usr/bin/overstap-app, its desktop entry and icons), the
# `overstap` command line on the PATH (/usr/bin/overstap), and /etc/overstap/
# with preset.toml as a conffile for the organisation's preset.
#
#   scripts/build-deb.sh          (after scripts/setup.sh; CARGO_TARGET_DIR is honoured)
#
# 1. the interface (ui/dist, embedded into the app);
# 2. both release binaries in one cargo run, as scripts/run-app.sh and
#    scripts/bench-app.sh build them, so the crates they share are compiled
#    once and a target folder warmed by either is reused;
# 3. the CLI copied to packaging/sidecar/overstap-<target triple>
#    (scripts/cli-sidecar.mjs), where Tauri's bundler takes external binaries
#    from: the same way the Windows and macOS installers get it
#    (packaging/tauri.bundle-cli.json, which docs/rollout.md passes);
# 4. `tauri bundle`, which packages what cargo built without compiling again
#    (the package's settings: bundle.linux.deb in tauri.conf.json; the CLI as
#    bundle.externalBin, given here only: in tauri.conf.json, tauri-build
#    would demand the sidecar from every `cargo build`);
# 5. a repack: the Tauri bundler never writes DEBIAN/conffiles, and without it
#    `dpkg -r` would delete /etc/overstap/preset.toml with the package. The
#    package is unpacked with dpkg-deb, every file under /etc is listed as a
#    conffile, and it is packed again with root as the owner of every file
#    (--root-owner-group: a repack by another user would record that user,
#    and Overstap refuses a system preset that is not root's).
#
# The maintainer scripts and the shipped preset.toml live in packaging/linux/,
# not under assets/: everything in assets/ is embedded into every binary
# (crates/overstap-core/src/assets.rs).
# Safe to run again: each run packages afresh and replaces the .deb.
# Progress goes to standard error; standard output is the path alone.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${CARGO_TARGET_DIR:-$PWD/target}"
tauri=ui/node_modules/.bin/tauri
fail() { echo "build-deb: $*" >&2; exit 1; }

for tool in cargo rustc node npm jq dpkg-deb dpkg; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/setup.sh first"
done
[ -x "$tauri" ] || fail "$tauri is missing: run scripts/setup.sh first (it installs ui/'s npm packages)"

echo "build-deb: interface" >&2
(cd ui && npm run build --silent) >&2

echo "build-deb: release binaries (overstap-app, overstap)" >&2
cargo build --release --locked -p overstap-app -p overstap-cli >&2

echo "build-deb: the CLI beside the app (packaging/sidecar/)" >&2
node scripts/cli-sidecar.mjs --no-build >&2

echo "build-deb: Tauri bundler" >&2
"$tauri" bundle --bundles deb --ci --config '{"bundle": {"externalBin": ["packaging/sidecar/overstap"]}}' >&2

version=$(jq -r .version tauri.conf.json)
arch=$(dpkg --print-architecture)
deb="$target/release/bundle/deb/$(jq -r .productName tauri.conf.json)_${version}_${arch}.deb"
[ -f "$deb" ] || fail "the bundler did not write $deb"

echo "build-deb: conffiles and root ownership" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb --raw-extract "$deb" "$work/pkg"
(cd "$work/pkg" && find etc -type f -printf '/%p\n' | LC_ALL=C sort) > "$work/pkg/DEBIAN/conffiles"
grep -qx /etc/overstap/preset.toml "$work/pkg/DEBIAN/conffiles" \
  || fail "/etc/overstap/preset.toml is not in the package (bundle.linux.deb.files in tauri.conf.json)"
chmod 0644 "$work/pkg/DEBIAN/conffiles"
dpkg-deb --root-owner-group --build "$work/pkg" "$work/overstap.deb" >/dev/null
mv "$work/overstap.deb" "$deb"

echo "$deb"
