#!/usr/bin/env bash
# The Debian package as IT and people meet it, for real on this computer:
# what the .deb holds (binaries, desktop entry, the conffile, root ownership),
# `dpkg -i` without questions, `overstap` on the PATH, an organisation's
# preset in /etc/overstap/preset.d/ read by an ordinary user (who cannot
# point the installed program at another system folder), and that
# removing (`dpkg -r`) and purging (`dpkg -P`) the package leave the
# person's progress alone while dpkg treats /etc/overstap/preset.toml as a
# conffile (kept on remove, gone on purge).
#
#   scripts/test-deb.sh [PACKAGE.deb]     (default: build it with scripts/build-deb.sh)
#
# Installs and removes a package, so it needs root (CI runs as root) or
# passwordless sudo. It refuses to start when Overstap is installed or
# /etc/overstap exists, so it never touches a real installation, and leaves
# the package uninstalled and /etc/overstap gone, also when it fails.
# While it runs (seconds), other Overstap processes on this computer see the
# package's files; the test preset is there only for one `preset show`.
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
fail() {
  echo "FAIL $*" >&2
  echo "test-deb: $passed passed, 1 failed"
  exit 1
}
# expect DESCRIPTION COMMAND…: the command must succeed; its output is
# shown only when it does not.
expect() {
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then ok "$what"; else fail "$what"$'\n'"$out"; fi
}
# same VALUE EXPECTED DESCRIPTION
same() {
  if [ "$1" = "$2" ]; then ok "$3"; else fail "$3"$'\n'"$(diff <(echo "$2") <(echo "$1") | sed 's/^/    /')"; fi
}
trap 'echo "FAIL line $LINENO: $BASH_COMMAND" >&2; echo "test-deb: $passed passed, 1 failed"' ERR

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "test-deb: needs root or passwordless sudo: it installs and removes the overstap package with dpkg" >&2
  exit 1
fi
for tool in dpkg dpkg-deb jq desktop-file-validate sha256sum; do
  command -v "$tool" >/dev/null || { echo "test-deb: $tool is missing: run scripts/setup.sh" >&2; exit 1; }
done

as_root() { "${SUDO[@]}" "$@"; }
# Known to dpkg in any state but "not installed" (installed, config-files …).
installed() { dpkg-query -W -f='${db:Status-Abbrev}' overstap 2>/dev/null | grep -q '^.[^n]'; }
if installed; then
  echo "test-deb: the overstap package is installed here; remove it first (this test installs and purges it)" >&2
  exit 1
fi
if [ -e /etc/overstap ]; then
  echo "test-deb: /etc/overstap exists here (an organisation's preset?); this test needs a computer without it" >&2
  exit 1
fi

deb=${1:-}
if [ -z "$deb" ]; then
  deb=$(scripts/build-deb.sh | tail -n 1)
fi
[ -f "$deb" ] || { echo "test-deb: no package at '$deb'" >&2; exit 1; }
version=$(jq -r .version tauri.conf.json)

work=$(mktemp -d)
chmod 0755 "$work"
test_preset=/etc/overstap/preset.d/50-test-deb.toml
other_system=""
cleanup() {
  as_root rm -f "$test_preset"
  if [ -n "$other_system" ]; then as_root rm -rf "$other_system"; fi
  if installed; then as_root dpkg --purge overstap >/dev/null || true; fi
  as_root rm -rf "$work"
}
trap cleanup EXIT

echo "test-deb: $deb ($(du -h "$deb" | cut -f1))"

# --- What the package holds -------------------------------------------------
contents=$(dpkg-deb --contents "$deb")
for path in /usr/bin/overstap /usr/bin/overstap-app /usr/share/applications/Overstap.desktop /etc/overstap/preset.toml; do
  expect "the package holds $path" grep -q " \.$path\$" <<<"$contents"
done
not_root=$(awk '$2 != "root/root"' <<<"$contents")
same "$not_root" "" "every file in the package belongs to root/root"
same "$(dpkg-deb --info "$deb" conffiles)" "/etc/overstap/preset.toml" "DEBIAN/conffiles lists /etc/overstap/preset.toml"
same "$(dpkg-deb --field "$deb" Package)" "overstap" "the package is named overstap"
same "$(dpkg-deb --field "$deb" Version)" "$version" "its version is tauri.conf.json's"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/Overstap.desktop >"$work/Overstap.desktop"
expect "desktop-file-validate accepts the desktop entry" desktop-file-validate "$work/Overstap.desktop"
expect "the desktop entry starts overstap-app" grep -qx 'Exec=overstap-app' "$work/Overstap.desktop"

# --- Installing, without questions ------------------------------------------
# IT's unattended form: keep a preset.toml an administrator changed, never ask.
install_deb() {
  as_root env DEBIAN_FRONTEND=noninteractive dpkg --force-confdef --force-confold --install "$deb" </dev/null
}
expect "dpkg --install succeeds without a question" install_deb
same "$(as_root dpkg --verify overstap)" "" "dpkg --verify finds every installed file as packaged"
for dir in /etc/overstap /etc/overstap/preset.d; do
  same "$(stat -c '%U:%G %a' "$dir")" "root:root 755" "$dir is root's and only root may write it"
done

# --- As the person: an ordinary user with a home of their own ---------------
home="$work/home"
mkdir -m 0700 "$home"
person_cmd=()
if [ "$(id -u)" -eq 0 ]; then
  # Root would pass the admin-only checks trivially: be nobody instead.
  chown 65534:65534 "$home"
  person_cmd=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
# Only what a login gives: no OVERSTAP_* or XDG_* from whoever runs the test.
person() { "${person_cmd[@]}" env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
data="$home/.local/share/overstap"

same "$(person sh -c 'command -v overstap')" "/usr/bin/overstap" "overstap is on the PATH"
same "$(person overstap --version)" "overstap $version" "overstap --version prints the package's version"

shown=$(person overstap --json preset show) || fail "overstap --json preset show"
same "$(jq -c '[.preset.managed, .preset.sources[0].origin, .preset.sources[0].refused]' <<<"$shown")" \
  '[false,"/etc/overstap/preset.toml",false]' \
  "the shipped preset.toml is read (root-owned) and, of comments only, sets nothing up"

# An organisation's preset as IT puts it: root's, in preset.d.
cat >"$work/preset.toml" <<'EOF'
# The organisation's preset of scripts/test-deb.sh.
locked = ["servers.matrix"]

[preset]
format = 1
serial = 1

[organisation]
name = "Ministerie van Proefzaken"
domain = "proefzaken.example"

[servers]
matrix = "proefzaken.example"
EOF
expect "the test preset is valid" person overstap preset validate "$work/preset.toml"
# Another admin-only system folder, with a preset that unlocks and changes the server.
other_system=$(as_root mktemp -d)
as_root chmod 0755 "$other_system"
printf '[servers]\nmatrix = "evil.example"\n' | as_root tee "$other_system/preset.toml" >/dev/null
as_root chmod 0644 "$other_system/preset.toml"
as_root install -o root -g root -m 0644 "$work/preset.toml" "$test_preset"
shown=$(person overstap --json preset show) || fail "overstap --json preset show with the test preset"
# The person cannot step around the organisation's preset and its lock with
# OVERSTAP_SYSTEM_PRESET_DIR, which only a debug build reads (docs/presets.md):
# not with `/` (admin-only, no preset in it), not with an admin-only folder
# holding a preset of its own.
shown_root=$(person OVERSTAP_SYSTEM_PRESET_DIR=/ overstap --json preset show) || fail "preset show with the variable"
shown_other=$(person OVERSTAP_SYSTEM_PRESET_DIR="$other_system" overstap --json preset show) || fail "preset show with the variable"
set_evil() { person OVERSTAP_SYSTEM_PRESET_DIR="$1" overstap --json settings set matrix https://evil.example; }
evil_root=$(set_evil / 2>&1) && evil_root_status=0 || evil_root_status=$?
evil_other=$(set_evil "$other_system" 2>&1) && evil_other_status=0 || evil_other_status=$?
# At once: other Overstap processes on this computer would see it too.
as_root rm -f "$test_preset"
same "$shown_root" "$shown" "OVERSTAP_SYSTEM_PRESET_DIR=/ changes nothing preset show says"
same "$shown_other" "$shown" "OVERSTAP_SYSTEM_PRESET_DIR naming another admin-only preset changes nothing preset show says"
same "$evil_root_status $(jq -r .error.code <<<"$evil_root")" "2 invalid_input" \
  "OVERSTAP_SYSTEM_PRESET_DIR=/ does not unlock servers.matrix: settings set is refused"
same "$evil_other_status $(jq -r .error.code <<<"$evil_other")" "2 invalid_input" \
  "OVERSTAP_SYSTEM_PRESET_DIR to another preset does not unlock servers.matrix either"
for bin in /usr/bin/overstap /usr/bin/overstap-app; do
  same "$(grep -c OVERSTAP_SYSTEM_PRESET_DIR "$bin" || true)" "0" "$bin does not even name OVERSTAP_SYSTEM_PRESET_DIR"
done
setting() { jq -c --arg k "$1" '.preset.settings[] | select(.key == $k) | [.value, .layer, .origin, .locked]' <<<"$shown"; }
same "$(jq .preset.managed <<<"$shown")" "true" "with the preset in preset.d, the computer is managed (no first-run questions)"
same "$(setting organisation.name)" "[\"Ministerie van Proefzaken\",\"system\",\"$test_preset\",false]" \
  "preset show: the organisation's name, from $test_preset"
same "$(setting servers.matrix)" "[\"proefzaken.example\",\"system\",\"$test_preset\",true]" \
  "preset show: the Matrix server, locked"
same "$(jq -c .preset.problems <<<"$shown")" "[]" "preset show: no problems"

expect "the person marks a step done" person overstap step leave-big-tech/list-accounts "done" --note "test-deb"
progress() { person overstap --json show leave-big-tech | jq -r '.checklist.steps[] | select(.id == "list-accounts") | .state'; }
same "$(progress)" "done" "the person's progress is stored"

# Everything in the person's data folder: names, sizes, contents.
snapshot() { (cd "$data" && find . -printf '%y %m %s %p\n' | LC_ALL=C sort && find . -type f -exec sha256sum {} + | LC_ALL=C sort -k2); }
before=$(snapshot)

# --- Removing: programs go, the conffile and the person's data stay ---------
expect "dpkg --remove succeeds" as_root dpkg --remove overstap
for path in /usr/bin/overstap /usr/bin/overstap-app /usr/share/applications/Overstap.desktop; do
  expect "$path is gone after dpkg --remove" test ! -e "$path"
done
expect "the conffile /etc/overstap/preset.toml is kept after dpkg --remove" test -f /etc/overstap/preset.toml
same "$(dpkg-query -W -f='${Status}' overstap)" "deinstall ok config-files" "dpkg keeps the package's configuration"
same "$(snapshot)" "$before" "the person's data folder is untouched by dpkg --remove"

expect "dpkg --install again succeeds without a question" install_deb
same "$(progress)" "done" "after reinstalling, the person's progress is still there"
before=$(snapshot)

# --- Purging: the conffile goes, the person's data stays --------------------
expect "dpkg --purge succeeds" as_root dpkg --purge overstap
expect "/etc/overstap/preset.toml is gone after dpkg --purge" test ! -e /etc/overstap/preset.toml
expect "/etc/overstap is gone after dpkg --purge (nothing of IT's was left in it)" test ! -e /etc/overstap
same "$(installed && echo known || echo unknown)" "unknown" "dpkg knows nothing of overstap after dpkg --purge"
same "$(snapshot)" "$before" "the person's data folder is untouched by dpkg --purge"

echo "test-deb: $passed passed, 0 failed"
