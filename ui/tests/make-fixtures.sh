#!/usr/bin/env bash
# Writes ui/tests/fixtures/*.json, the data the mocked IPC (mock-ipc.js)
# answers with, from the real core through the real CLI: every checklist,
# settings, the preset view, real check results and real error messages,
# in nl, de and en. The CLI wraps each answer in {schema_version, ...};
# the fixtures keep the inner view, the same value the app's IPC command
# returns. Run again after changing checklists, texts or views:
#
#   ui/tests/make-fixtures.sh          (as root, or with sudo available)
#
# Two profiles:
# - person:  no system preset; fresh settings (first run) and settings filled
#            in; check results of nextcloud (against the Nextcloud stand-in
#            tests/servers/nextcloud_like.py over TLS with a CA made here:
#            status passes, the quota is low (a caveat), the desktop app is
#            not installed (a failure)), of libreoffice (this computer), and of
#            matrix and mastodon against a closed loopback port.
# - managed: a system preset (ui/tests/system-preset.toml, root-owned as the
#            core demands) with organisation, colours, locks and one problem,
#            and progress reports on (the report before and after it is seen).
#
# Temporary paths are replaced by the ones a person would see
# (/etc/overstap, ~/.local/share/overstap).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
out="$root/ui/tests/fixtures"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

cargo build -p overstap-cli --locked --quiet
# Before HOME changes below: rustup finds its toolchain through HOME.
cargo build -p overstap-core --example fleet_reports --locked --quiet
target=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
bin="$target/debug/overstap"

work=$(mktemp -d /tmp/overstap-fixtures.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  $SUDO rm -rf "$work"
}
trap cleanup EXIT
raw="$work/raw"
mkdir -p "$raw" "$work/home"
# A home of its own: no LibreOffice profile, no Nextcloud desktop app.
export HOME="$work/home"
unset XDG_DATA_HOME XDG_CONFIG_HOME OVERSTAP_DATA_DIR OVERSTAP_SYSTEM_PRESET_DIR

# --- The Nextcloud stand-in over TLS, with a CA made here -------------------
tls="$work/tls"
mkdir -p "$tls"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tls/ca.key" -out "$tls/ca.pem" -days 2 \
  -subj "/CN=Overstap UI fixtures CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$tls/tls.key" -out "$tls/tls.csr" -subj "/CN=localhost" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' >"$tls/ext"
openssl x509 -req -in "$tls/tls.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial \
  -out "$tls/tls.crt" -days 2 -extfile "$tls/ext" 2>/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
nc="$work/nextcloud"
mkdir -p "$nc/public" "$nc/ocs" "$nc/ocs2" "$nc/files"
printf 'not really a document' >"$nc/files/Welkom.odt"
cp tests/fixtures/nextcloud/status.json "$nc/public/status.php"
cp tests/fixtures/nextcloud/cloud-user.json "$nc/ocs/user"
cp tests/fixtures/nextcloud/capabilities.json "$nc/ocs2/capabilities"
# 600 MB: under 1 GB free, so the quota check gives its caveat.
echo 600000000 >"$nc/quota"
cat >"$nc/wsgidav.yaml" <<EOF
host: 127.0.0.1
port: $port
server: cheroot
ssl_certificate: "$tls/tls.crt"
ssl_private_key: "$tls/tls.key"
verbose: 1
logging:
  enable: false
provider_mapping:
  "/": "$nc/public"
  "/ocs/v1.php/cloud": "$nc/ocs"
  "/ocs/v2.php/cloud": "$nc/ocs2"
  "/remote.php/dav/files/alice": "$nc/files"
http_authenticator:
  accept_basic: true
  accept_digest: false
  default_to_digest: false
simple_dc:
  user_mapping:
    "/": true
    "/ocs/v1.php/cloud":
      "alice": { password: "app-password" }
    "/ocs/v2.php/cloud":
      "alice": { password: "app-password" }
    "/remote.php/dav/files/alice":
      "alice": { password: "app-password" }
dir_browser:
  enable: false
login_flow:
  user: "alice"
  web_password: "web-password"
  app_password: "app-password"
  log_dir: "$nc"
user_quota:
  files: "$nc/files"
  quota_file: "$nc/quota"
EOF
[ -x .venv/bin/python ] || { echo "make-fixtures: .venv is missing; run scripts/setup.sh first" >&2; exit 1; }
.venv/bin/python tests/servers/nextcloud_like.py "$nc/wsgidav.yaml" >"$nc/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  if curl -fsS --cacert "$tls/ca.pem" "https://localhost:$port/status.php" >/dev/null 2>&1; then break; fi
  sleep 0.2
done
curl -fsS --cacert "$tls/ca.pem" "https://localhost:$port/status.php" >/dev/null || { cat "$nc/server.log" >&2; exit 1; }
nextcloud="https://localhost:$port"

# run NAME ARGS...: the CLI's JSON into $raw/NAME.json (a non-zero exit is fine
# where the answer is an error or a failed check: the JSON is what counts).
run() {
  local name=$1; shift
  mkdir -p "$(dirname "$raw/$name")"
  "$bin" --json "$@" >"$raw/$name.json" || true
  node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$raw/$name.json"
}

checklist_ids() {
  node -e 'for (const c of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).checklists) console.log(c.id)' "$1"
}

# --- person: no system preset ---------------------------------------------
for lang in en nl de; do
  d="$work/person-$lang/data"
  r="person/$lang"
  g=(--lang "$lang" --data-dir "$d")
  run "$r/settings_fresh" "${g[@]}" settings
  run "$r/checklists" "${g[@]}" checklists
  for id in $(checklist_ids "$raw/$r/checklists.json"); do
    run "$r/show/$id" "${g[@]}" show "$id"
  done
  run "$r/accounts" "${g[@]}" accounts
  run "$r/preset" "${g[@]}" preset show
  run "$r/examples" "${g[@]}" preset examples
  run "$r/fleet_status" "${g[@]}" fleet status
  # Real error messages the mock answers with.
  run "$r/error_check_required" "${g[@]}" step nextcloud/server-ok done
  run "$r/error_unknown_step" "${g[@]}" step nextcloud/no-such-step done
  run "$r/error_no_reason" "${g[@]}" step nextcloud/export-files block --reason " "
  run "$r/error_bad_email" "${g[@]}" settings set email not-an-address
  run "$r/error_bad_server" "${g[@]}" settings set nextcloud http://cloud.minvz.example
  # The person's own settings, as the first run fills them in.
  run "$r/set_email" "${g[@]}" settings set email j.jansen@minvz.example
  run "$r/set_matrix" "${g[@]}" settings set matrix https://matrix.minvz.example
  run "$r/set_mastodon" "${g[@]}" settings set mastodon https://social.overheid.nl
  run "$r/set_nextcloud" "${g[@]}" settings set nextcloud "$nextcloud"
  run "$r/skip_first_run" "${g[@]}" settings skip-first-run
  run "$r/settings" "${g[@]}" settings
  # Checks, each in a data folder of its own so every report is the first
  # (its changed_steps are those of a fresh start, as the mock's state is).
  run "$r/check_nextcloud" --lang "$lang" --data-dir "$work/person-$lang/nc" check nextcloud \
    --nextcloud "$nextcloud" --nextcloud-login alice --nextcloud-app-password app-password --ca-file "$tls/ca.pem"
  run "$r/check_libreoffice" --lang "$lang" --data-dir "$work/person-$lang/lo" check libreoffice
  run "$r/check_matrix" --lang "$lang" --data-dir "$work/person-$lang/mx" check matrix --matrix https://127.0.0.1:9 --timeout 3
  run "$r/check_mastodon" --lang "$lang" --data-dir "$work/person-$lang/ma" check mastodon \
    --mastodon https://127.0.0.1:9 --mastodon-account @overstap@127.0.0.1:9 --timeout 3
  # One step changed by the app's own path, and its history.
  run "$r/step_done" --lang "$lang" --data-dir "$work/person-$lang/st" step nextcloud/mobile-app done
  run "$r/export" --lang "$lang" --data-dir "$work/person-$lang/st" export --format json
done

# --- managed: a system preset, admin-only as the core requires ---------------
sys="$work/etc/overstap"
$SUDO mkdir -p "$sys"
$SUDO cp ui/tests/system-preset.toml "$sys/preset.toml"
$SUDO chown -R root:root "$work/etc"
$SUDO chmod 755 "$work" "$work/etc" "$sys"
$SUDO chmod 644 "$sys/preset.toml"
for lang in en nl de; do
  d="$work/managed-$lang/data"
  r="managed/$lang"
  g=(--lang "$lang" --data-dir "$d")
  export OVERSTAP_SYSTEM_PRESET_DIR="$sys"
  run "$r/settings" "${g[@]}" settings
  run "$r/checklists" "${g[@]}" checklists
  for id in $(checklist_ids "$raw/$r/checklists.json"); do
    run "$r/show/$id" "${g[@]}" show "$id"
  done
  run "$r/preset" "${g[@]}" preset show
  # Progress reports: a department, a blocked step, the report before and
  # after "I have read it", and one upload that waits (nothing answers).
  run "$r/set_department" "${g[@]}" settings set department "DG Digitale Overheid"
  run "$r/block" "${g[@]}" step libreoffice/test-own-files block --reason "Fachverfahren VIS opens no .odt"
  run "$r/fleet_status_unseen" "${g[@]}" fleet status
  run "$r/fleet_preview" "${g[@]}" fleet preview
  run "$r/fleet_seen" "${g[@]}" fleet preview --mark-seen
  run "$r/fleet_send" "${g[@]}" fleet send
  run "$r/fleet_status_seen" "${g[@]}" fleet status
  unset OVERSTAP_SYSTEM_PRESET_DIR
done

version=$("$bin" --version | awk '{print $2}')

# --- The inner views, one file per profile and language ----------------------
rm -rf "$out"
mkdir -p "$out"
node - "$raw" "$out" "$version" "$work" "$nextcloud" <<'EOF'
const fs = require("fs");
const path = require("path");
const [raw, out, version, work, nextcloud] = process.argv.slice(2);
const read = (f) => JSON.parse(fs.readFileSync(path.join(raw, f + ".json"), "utf8"));
// The inner view of an answer; its error for an error answer.
const inner = (f, key) => {
  const doc = read(f);
  if (doc.schema_version !== 1) throw new Error(`${f}: schema_version ${doc.schema_version}`);
  if (key === "error") {
    if (!doc.error) throw new Error(`${f}: expected an error`);
    return doc.error;
  }
  if (!(key in doc)) throw new Error(`${f}: no ${key} in ${JSON.stringify(doc).slice(0, 300)}`);
  return doc[key];
};
// Temporary paths as a person would see them.
const tidy = (value, dataDir) => {
  let text = JSON.stringify(value);
  text = text.split(path.join(work, "etc/overstap")).join("/etc/overstap");
  if (dataDir) text = text.split(dataDir).join("/home/j.jansen/.local/share/overstap");
  text = text.split(path.join(work, "home")).join("/home/j.jansen");
  text = text.split(work).join("/tmp/overstap");
  return JSON.parse(text);
};
// The organisation as src-tauri/branding.rs makes it from the preset:
// colours kept only when readable (4.5:1 text, 3:1 focus), no logo here.
function organisation(preset) {
  const get = (k) => preset.settings.find((s) => s.key === k)?.value ?? null;
  const lum = (hex) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  if (!preset.settings.some((s) => s.key.startsWith("organisation.") || s.key.startsWith("branding."))) return null;
  const c = { primary: get("branding.colors.primary"), primary_text: get("branding.colors.primary_text"), link: get("branding.colors.link"), focus: get("branding.colors.focus") };
  const colors = { primary: null, primary_text: null, link: null, focus: null };
  if (c.primary && c.primary_text && contrast(c.primary, c.primary_text) >= 4.5) Object.assign(colors, { primary: c.primary, primary_text: c.primary_text });
  if (c.link && contrast(c.link, "#ffffff") >= 4.5) colors.link = c.link;
  if (c.focus && contrast(c.focus, "#ffffff") >= 3.0) colors.focus = c.focus;
  return {
    name: get("organisation.name"),
    support_email: get("organisation.support.email"),
    support_phone: get("organisation.support.phone"),
    support_web: get("organisation.support.web"),
    support_matrix_room: get("organisation.support.matrix_room"),
    logo: null,
    colors,
  };
}
// Messages the shell makes itself (src-tauri/commands/signin.rs), from the
// core's signin.ftl; Fluent keeps the first of two entries with one id.
function signinMessage(lang, id) {
  const ftl = fs.readFileSync(path.join("assets/locales", lang, "signin.ftl"), "utf8");
  const line = ftl.split("\n").find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${lang}/signin.ftl: no ${id}`);
  return line.slice(id.length + 3);
}
function checklists(r) {
  const list = inner(`${r}/checklists`, "checklists");
  const details = {};
  for (const c of list) details[c.id] = inner(`${r}/show/${c.id}`, "checklist");
  return { list, details };
}
for (const lang of ["en", "nl", "de"]) {
  // person
  {
    const r = `person/${lang}`;
    const dataDir = path.join(work, `person-${lang}/data`);
    const { list, details } = checklists(r);
    const preset = inner(`${r}/preset`, "preset");
    const exported = inner(`${r}/export`, "checklists");
    const history = exported.flatMap((c) => c.steps.flatMap((s) => s.history));
    const fixture = {
      about: "Written by ui/tests/make-fixtures.sh from the real CLI; do not edit by hand.",
      profile: "person",
      lang,
      version,
      managed: preset.managed,
      organisation: organisation(preset),
      settings_fresh: inner(`${r}/settings_fresh`, "settings"),
      settings: inner(`${r}/settings`, "settings"),
      list_checklists: list,
      checklist: details,
      preset_view: preset,
      example_presets: inner(`${r}/examples`, "examples"),
      fleet_status: inner(`${r}/fleet_status`, "fleet"),
      sign_ins: inner(`${r}/accounts`, "accounts"),
      run_check: {
        nextcloud: inner(`${r}/check_nextcloud`, "check"),
        libreoffice: inner(`${r}/check_libreoffice`, "check"),
        matrix: inner(`${r}/check_matrix`, "check"),
        mastodon: inner(`${r}/check_mastodon`, "check"),
      },
      samples: {
        step_changed: inner(`${r}/step_done`, "change"),
        history,
      },
      errors: {
        check_required: inner(`${r}/error_check_required`, "error"),
        unknown_step: inner(`${r}/error_unknown_step`, "error"),
        no_reason: inner(`${r}/error_no_reason`, "error"),
        bad_email: inner(`${r}/error_bad_email`, "error"),
        bad_server: inner(`${r}/error_bad_server`, "error"),
        sign_in_cancelled: { code: "sign_in_failed", message: signinMessage(lang, "error-sign-in-cancelled") },
        sign_in_no_code: { code: "invalid_input", message: signinMessage(lang, "error-sign-in-not-waiting-for-code") },
      },
      nextcloud_stand_in: nextcloud,
    };
    fs.writeFileSync(path.join(out, `person.${lang}.json`), JSON.stringify(tidy(fixture, dataDir), null, 2) + "\n");
  }
  // managed
  {
    const r = `managed/${lang}`;
    const dataDir = path.join(work, `managed-${lang}/data`);
    const { list, details } = checklists(r);
    const preset = inner(`${r}/preset`, "preset");
    const fixture = {
      about: "Written by ui/tests/make-fixtures.sh from the real CLI; do not edit by hand.",
      profile: "managed",
      lang,
      version,
      managed: preset.managed,
      organisation: organisation(preset),
      settings: inner(`${r}/settings`, "settings"),
      list_checklists: list,
      checklist: details,
      preset_view: preset,
      fleet_status_unseen: inner(`${r}/fleet_status_unseen`, "fleet"),
      fleet_status_seen: inner(`${r}/fleet_status_seen`, "fleet"),
      fleet_preview: inner(`${r}/fleet_preview`, "preview"),
    };
    fs.writeFileSync(path.join(out, `managed.${lang}.json`), JSON.stringify(tidy(fixture, dataDir), null, 2) + "\n");
  }
}
EOF

# The statuses the checklist test relies on must really be there.
node - "$out/person.en.json" <<'EOF'
const f = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
const statuses = f.run_check.nextcloud.results.map((r) => `${r.probe}=${r.status}`);
for (const want of ["pass", "warn", "fail"]) {
  if (!f.run_check.nextcloud.results.some((r) => r.status === want)) {
    console.error(`make-fixtures: the nextcloud check gave no ${want} result: ${statuses.join(" ")}`);
    process.exit(1);
  }
}
EOF
# --- fleet aggregate's dashboard (for IT), not part of the app ---------------
# 400 generated reports (the benchmark's generator, seeded) and one hostile
# file, so the page has every section, the skipped files included.
"$target/debug/examples/fleet_reports" --out "$work/fleet" --reports 400 --days 21 --seed 7 >/dev/null
printf '{"format": "overstap-fleet-report", "schema_version": 1, "laptop_id": "<b>not hex</b>"}' \
  >"$work/fleet/overstap-0123456789abcdef0123456789abcdef-2026-01-01.json"
for lang in en nl de; do
  "$bin" --lang "$lang" fleet aggregate "$work/fleet" --out "$out/dashboard.$lang.html" >/dev/null
done

echo "make-fixtures: wrote $(ls "$out" | wc -l) files to ui/tests/fixtures/ (nextcloud: $(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).run_check.nextcloud.results.map(r=>r.probe.split(".")[1]+"="+r.status).join(" "))' "$out/person.en.json"))"
