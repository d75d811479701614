# Overstap's own texts: errors, notices and command-line labels.
# Every message here must exist in nl/app.ftl and de/app.ftl too (a test checks).

## Errors (one per error code; codes are listed in docs/cli.md)

error-usage = { $detail }
error-internal = Something went wrong inside Overstap. Nothing was changed. Please report this to the service desk with the log file from the data folder.
error-output-not-json = Overstap could not write its answer as JSON ({ $detail }). What you asked for may already have been done: check with “overstap progress” before trying again. Please report this to the service desk with the log file from the data folder.
error-io = Could not read or write “{ $path }”: { $cause }
error-path-not-text = The name “{ $path }” is not plain text (UTF-8), so the JSON output cannot show it. Nothing was done. Rename it, or run the command without --json.
error-disk-full = The disk is full, so nothing was saved to “{ $path }”. Your earlier progress is safe. Free some space and try again.
error-data-dir-none = Overstap could not find a folder for its data on this computer. Give one with --data-dir or OVERSTAP_DATA_DIR.
error-data-dir-synced = The data folder “{ $path }” is inside a { $client } folder. Overstap keeps its database on this computer only, because syncing it can damage it. Choose a local folder with --data-dir.
error-data-dir-synced-via = The data folder “{ $path }” leads to “{ $real }”, which is inside a { $client } folder. Overstap keeps its database on this computer only, because syncing it can damage it. Choose a local folder with --data-dir.
error-data-dir-network = The data folder “{ $path }” is on a network drive ({ $kind }). The database only works safely on a local disk. Choose a local folder with --data-dir.
error-data-dir-is-file = “{ $path }” is a file, not a folder, so Overstap cannot keep its data there. Move or rename that file, or choose another data folder with --data-dir or OVERSTAP_DATA_DIR.
error-data-dir-below-file = Overstap cannot use “{ $path }” as its data folder, because “{ $file }” is a file, not a folder. Move or rename that file, or choose another data folder with --data-dir or OVERSTAP_DATA_DIR.
error-database-busy = Another Overstap window or command is busy with your progress right now. Wait a moment and try again.
error-database-in-use = Another Overstap window or command has your progress database open, so it cannot be set up or repaired now. Close the other Overstap windows and try again.
error-app-already-open = Overstap is already open, with the data folder “{ $path }”. Switch to that window, or close it before you start Overstap again.
error-database-cannot-open = Overstap cannot open or write its database “{ $path }”. Check that the folder is yours and not read-only.
error-database-shm-stale = Overstap cannot use its database “{ $database }”: the file “{ $path }” beside it was left by another user account (perhaps Overstap was run as administrator) and cannot be removed. Remove that file, or ask the service desk to, then try again. Your progress is safe.
error-database-corrupt-now = The progress database “{ $path }” was damaged while Overstap was using it. Close Overstap and start it again: it will move the damaged file aside and keep it.
error-database = The progress database “{ $path }” gave an error. Nothing was changed. The log file has the details for the service desk.
error-database-newer = The progress database “{ $path }” was written by a newer version of Overstap (schema { $found }; this version knows up to { $supported }). Update Overstap; your progress is untouched.
error-database-no-wal = The database “{ $path }” cannot use safe writing (write-ahead log) in this folder. Choose a folder on a local disk with --data-dir.
error-checklist-data-invalid = The checklists contain { $count ->
    [one] 1 error
   *[other] { $count } errors
}. The first: { $file }:{ $line }:{ $column }: { $key }: { $problem }
error-ca-file = The CA file cannot be used: { $detail }. Give a PEM file with your organisation’s certificate.
error-email = “{ $given }” is not a work e-mail address. Write it as name@organisation.nl.
error-server-address = “{ $given }” is not a valid server address. Write it as https://server.organisation.nl or as a server name (organisation.nl).
error-check-required = Overstap checks this step itself: run “overstap check” (or “Check now” in the app). It is marked done as soon as the check passes.
error-check-before-confirm = First Overstap checks what it can see for this step: run “overstap check” (or “Check now” in the app). When the check passes, you confirm the rest.
error-mastodon-account = “{ $given }” is not a Mastodon account. Write it as @name@server, for example @minbzk@social.overheid.nl.
error-unknown-action = There is no action “{ $id }”.
error-libreoffice-no-profile = Overstap cannot find where LibreOffice keeps its settings on this computer.
error-libreoffice-running = LibreOffice is open. Close every LibreOffice window first (it would undo the change when it closes), then try again.
error-libreoffice-profile-damaged = The LibreOffice settings file “{ $path }” is damaged, so Overstap does not change it. Ask the service desk to reset the LibreOffice profile.
error-libreoffice-no-backup = There is nothing to undo: Overstap made no backup in “{ $path }”.
error-mastodon-token-needs-server = A Mastodon token is only sent to the server you name: add --mastodon with your server’s address.
error-unknown-checklist = There is no checklist “{ $id }”. “overstap checklists” lists them all.
error-unknown-step = The checklist “{ $checklist }” has no step “{ $step }”. “overstap show { $checklist }” lists its steps.
error-step-ref-format = “{ $given }” is not a step. Write it as checklist/step, for example matrix/install-element.
error-reason-required = Say why this step is blocked, for example “The e-Akte cannot open .odt files yet”. The service desk sees these reasons and can help.
error-text-too-long = The { $field } is too long ({ $length } characters; at most { $max }).
error-apply-line-too-long = Line { $line } is longer than { $max } bytes, so it was not read. No change is that long: check that the input has one change per line. The lines before and after it are handled as usual.
error-text-control-chars = The { $field } contains invisible characters or characters that change the reading direction. Type it again as plain text.
field-reason = reason
field-note = note

## Problems in checklist data (shown after file:line:column: key)

load-syntax = { $detail }
load-id-not-file-name = the id must be the file name, “{ $expected }”
load-invalid-id = “{ $id }” is not a valid id (lowercase letters, digits and single dashes, starting with a letter)
load-reserved-id = “{ $id }” is reserved for the program’s own texts; choose another id
load-duplicate-checklist = there is already a checklist “{ $id }”
load-duplicate-step = there is already a step “{ $id }” in this checklist
load-duplicate-link = there is already a link “{ $id }” in this step
load-kind-mismatch = a step of kind “{ $kind }” needs exactly its own section: probe for “probe”, action for “action”, neither for “manual”
load-confirm-without-probe = “confirm = true” belongs on a probe step only: a manual step is confirmed anyway, an action is proved by doing it
load-unknown-probe = there is no probe “{ $id }”
load-unknown-action = there is no action “{ $id }”
load-params-not-table = params must be a table, like params = {"{"} key = "value" {"}"}
load-link-not-https = links must start with https:// (found “{ $url }”)
load-unknown-dependency = depends on “{ $target }”, which does not exist
load-dependency-cycle = the dependencies form a circle: { $cycle }
load-missing-text-file = the text file { $file } is missing
load-missing-text = this text is missing from { $file }
load-duplicate-text = this text is defined twice
load-empty-text = this text is empty
load-unknown-text-key = no checklist, step or link uses this text

## Notices

notice-database-recovered = Your progress database was damaged, so Overstap started a new one. The damaged file is kept at “{ $path }”: the service desk may be able to recover it.

## Command line

state-todo = to do
state-done = done
state-skipped = skipped
state-blocked = blocked
kind-manual = you do this
kind-probe = Overstap checks this
kind-action = Overstap does this for you
cli-optional = optional
cli-next-step = Next: { $title } ({ $step })
cli-checklist-complete = Complete
cli-incomplete-nothing-to-do = Not complete: required steps were skipped or are blocked. Reset or unblock them when you can.
cli-no-next-step = Nothing to do right now: the remaining steps wait for others.
cli-steps-done = { $done } of { $total ->
    [one] 1 step
   *[other] { $total } steps
} done or skipped
cli-blocked-count = { $count } blocked
proof-checked = Checked by Overstap: { $what }
proof-confirmed = Confirmed by you
proof-checked-and-confirmed = Checked by Overstap ({ $what }) and confirmed by you
proof-done-by-overstap = Done by Overstap
cli-done-proof = { $checked } proved by Overstap, { $confirmed } confirmed by you
cli-awaiting-confirmation = The check passed ({ $what }). When this is true, confirm it with “overstap step { $step } done”: { $confirm }
cli-blocked-because = Blocked: { $reason }
cli-depends-on = After: { $steps }
cli-step-changed = { $step } is now: { $state }
cli-export-written = Written to { $path }
cli-overall = All together: { $done } of { $total ->
    [one] 1 step
   *[other] { $total } steps
} done or skipped, { $complete } of { $checklists ->
    [one] 1 checklist
   *[other] { $checklists } checklists
} complete.
cli-warning = Warning
cli-error = Error
cli-action-done = Done: { $action } (changed { $path }).
cli-action-undone = Undone: { $action } (restored { $path }).
cli-action-backup = The previous settings are kept in { $path }; “overstap action { $action } --undo” puts them back.

## Client configurations
client-config-element = Element’s settings for the Matrix server { $server } (copy as config.json)
client-config-nextcloud-cfg = Nextcloud desktop client: the server { $server } filled in at sign-in
client-config-nextcloud-sh = Nextcloud desktop client: adds a person’s account on { $server } (Linux, macOS)
client-config-nextcloud-cmd = Nextcloud desktop client: adds a person’s account on { $server } (Windows)
client-config-libreoffice-xcd = LibreOffice: saves as { $formats } by default, locked (for share/registry)
client-config-libreoffice-reg = LibreOffice on Windows: the same default formats as registry policy
client-config-readme = Where each file goes, and what it cannot do
error-client-config-matrix-server = The preset’s Matrix server “{ $given }” cannot go into Element’s settings. Write it as a server name (organisation.nl) or as https://matrix.organisation.nl.
error-client-config-nextcloud-server = The preset’s Nextcloud server “{ $given }” cannot go into the Nextcloud files. Write it as https://cloud.organisation.nl, without a user name, “?”, “#”, spaces or quotes.
error-setting-locked = Your organisation has set “{ $key }”, so it cannot be changed here.
error-setting-language = “{ $given }” is not a language Overstap speaks. Choose nl, de or en.
cli-setting-person = (set by you)
cli-setting-organisation = (set by your organisation; you may change it)
cli-setting-locked = (locked by your organisation)
cli-setting-unset = (not set)
cli-first-run-done = The app's first-run questions are answered. Data folder: { $dir }
cli-first-run-pending = The app will ask its first-run questions. Data folder: { $dir }

## Fleet progress reports (overstap fleet …)
error-reporting-off = Your organisation has not turned on progress reports for this computer, so nothing is sent.
error-reporting-misconfigured = Your organisation turned progress reports on, but they cannot be sent: { $problem } Nothing is sent until your organisation fixes the preset.
error-report-not-seen = Nothing is sent before you have seen what your organisation receives. Look at it first: “overstap fleet preview --mark-seen”, or in the app under Report.
error-setting-department = “{ $given }” is not one of your organisation’s departments. Choose one of: { $choices }.
error-setting-source-folder = “{ $given }” is not a folder on this computer. Give the full path of the folder you move files from, like /home/jan/OneDrive or C:\Users\jan\OneDrive.
fleet-no-upload = the preset names no upload share (servers.report_upload).
fleet-bad-share = “{ $link }” is not a Nextcloud share link (https://…/s/…).
fleet-no-salt = the preset gives no salt (reporting.salt) for the pseudonymous computer id.
cli-fleet-off = Progress reports: off. Your organisation’s settings do not turn them on, so nothing is sent.
cli-fleet-misconfigured = Progress reports: turned on by your organisation, but they cannot be sent: { $problem }
cli-fleet-on = Progress reports: on. They go only to your organisation’s server { $destination }.
cli-fleet-includes = A report contains: { $fields }.
cli-fleet-field-steps = the state of each step, the app version and a pseudonymous computer id
cli-fleet-field-department = your department
cli-fleet-field-blocked-reasons = why a step is blocked, in your words
cli-fleet-field-check-outcomes = the results of the server checks
cli-fleet-field-names = your name, account and work e-mail address
cli-fleet-seen = You saw what is sent on { $at }.
cli-fleet-not-seen = You have not yet seen what is sent, so nothing goes out. Look at it with: overstap fleet preview --mark-seen
cli-fleet-sent = { $name }: sent { $at }
cli-fleet-waiting = { $name }: waiting ({ $attempts ->
    [one] 1 attempt
   *[other] { $attempts } attempts
}; next after { $next }). Last problem: { $failure }
cli-fleet-preview = This is exactly what is sent to { $destination }, as { $name }:
cli-fleet-marked-seen = Noted: you have seen what is sent. Reports go out from now on.
cli-fleet-already-seen = You have seen this before; reports are being sent.
cli-fleet-preview-not-seen = Nothing has been sent. When you have read it, run: overstap fleet preview --mark-seen
cli-fleet-uploaded = Sent: { $name }
cli-fleet-nothing-to-send = Nothing to send: today’s report has gone out already.
