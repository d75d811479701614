#!/usr/bin/env bash
# Installs everything Overstap needs to build and test on Debian 12+:
# the system libraries Tauri links against (WebKitGTK 4.1 …), Xvfb for the
# window tests, WebKitWebDriver and tauri-driver (into .tools/) to drive the
# real window over WebDriver, D-Bus and GNOME Keyring (the OS keyring the
# sign-in tests store secrets in), minisign (signs presets the way IT is told
# to), Chromium (the interface's accessibility tests drive Debian's build
# through playwright-core: no browser is downloaded), desktop-file-utils and
# jq (scripts/build-deb.sh and scripts/test-deb.sh: the .deb's desktop entry
# is validated, JSON read), strace (tests/app_network.rs and
# tests/app_instance.rs watch what the app connects to and opens),
# util-linux (unshare and setpriv: a tiny disk and another account in
# crates/overstap-cli/tests/data_files.rs and scripts/test-deb.sh), and the
# interface's npm packages (among them the Tauri CLI that bundles the .deb).
# Safe to run again: it only installs what
# is missing, and the Python test servers (tests/requirements.txt) into
# .venv. Rust (cargo) and Node.js >= 20.19 must exist or be installable from
# the configured package sources.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

APT_PACKAGES=(
  build-essential pkg-config file
  libwebkit2gtk-4.1-dev libjavascriptcoregtk-4.1-dev libsoup-3.0-dev libgtk-3-dev
  librsvg2-dev libssl-dev libxdo-dev
  libdbus-1-dev dbus gnome-keyring
  xvfb xauth webkit2gtk-driver
  python3 python3-venv python3-uno
  libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui
  minisign
  chromium
  desktop-file-utils jq
  util-linux
  strace
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo is missing. Install Rust 1.95 or newer with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
node_version=$(node -p 'process.versions.node')
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "setup: Node.js $node_version is too old for the interface build (Vite 7 needs 20.19 or newer)." >&2
  exit 1
fi

# tauri-driver (WebDriver for Tauri apps, over WebKitWebDriver) for the
# real-window tests (tests/window/), into the project's own .tools/: a fresh
# machine gets it, nothing outside the clone changes. Stays on 2.x.
if ! grep -qs '^"tauri-driver 2\.' .tools/.crates.toml || [ ! -x .tools/bin/tauri-driver ]; then
  echo "setup: tauri-driver into .tools/"
  cargo install tauri-driver --version '^2' --locked --root .tools --quiet
fi

# The real servers the tests run against (Synapse …), in a project venv.
# Reinstalled only when tests/requirements.txt changes.
stamp=".venv/.requirements.sha256"
wanted=$(sha256sum tests/requirements.txt | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "setup: Python test servers into .venv"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r tests/requirements.txt
  echo "$wanted" > "$stamp"
fi

echo "setup: npm packages for ui/"
# `npm install`, not `npm ci`: the lock file pins every version, but the
# registry reachable here lacks some of rollup's optional per-platform
# packages, so the lock cannot list them all and `npm ci` would refuse it.
(cd ui && npm install --no-fund --no-audit --loglevel=error)
