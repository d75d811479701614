# IT presets: reading them, where they come from, what applies.
# Every message here is also in nl/preset.ftl and de/preset.ftl (a test checks that).

## Reading a preset file

preset-syntax = This is not valid TOML: { $detail }. Nothing in this file is used until it is fixed.
preset-unknown-key = Overstap does not know this setting; it is ignored. Check the spelling against “overstap preset schema”.
preset-wrong-type = This setting has the wrong kind of value ({ $detail }); it is ignored.
preset-format-unsupported = This preset is written in format { $found }, but this Overstap reads format { $supported }. Nothing in this file is used: update Overstap.
preset-bad-domain = “{ $value }” is not a domain name (like minbzk.nl); it is ignored.
preset-bad-email = “{ $value }” is not an e-mail address; it is ignored.
preset-not-https = “{ $value }” is not an https:// address; it is ignored. Overstap only talks to servers over https.
preset-bad-matrix-room = “{ $value }” is not a Matrix room address (like #help:minbzk.nl); it is ignored.
preset-bad-logo = “{ $value }” is not a usable logo: give an SVG or PNG file in the preset’s folder, as a relative path without “..”.
preset-bad-color = “{ $value }” is not a colour written as #rrggbb; it is ignored.
preset-bad-matrix-server = “{ $value }” is neither a Matrix server name (minbzk.nl) nor an https:// address; it is ignored.
preset-bad-version = “{ $value }” is not a version number (like 24.2); it is ignored.
preset-short-salt = The salt is too short to keep laptop ids unguessable: use at least 16 random characters. It is ignored.
preset-bad-language = “{ $value }” is not a language Overstap offers (nl, de, en); it is ignored.
preset-unknown-checklist = There is no checklist “{ $id }”; this part is ignored. “overstap checklists” lists them.
preset-unknown-step = The checklist “{ $checklist }” has no step “{ $step }”; it is ignored.
preset-bad-lock = “{ $path }” is not a setting that can be locked; it is ignored. “overstap preset schema” lists the settings.
preset-extra-step-bad-id = “{ $id }” cannot be a step id: use lowercase letters, digits and single hyphens. This step is left out.
preset-extra-step-exists = The checklist already has a step “{ $id }”. This step is left out.
preset-missing-text = The text in language “{ $lang }” is missing or empty; every language Overstap offers is needed. This step is left out.
preset-unknown-probe = There is no check “{ $id }”. This step is left out.
preset-unknown-dependency = The step it waits for, “{ $step }”, does not exist (or comes later in the file). This step is left out.
preset-duplicate = “{ $value }” is empty or listed twice; the repeat is ignored.
preset-unsafe-text = This text contains invisible characters or characters that change the reading direction, so it could read differently from what it is; it is left out.

## Where presets come from, and what applies

preset-file-unreadable = The preset “{ $path }” cannot be read ({ $detail }); nothing from it is used.
preset-file-too-large = The preset “{ $path }” is { $size } bytes, more than any preset needs (1 MiB at most); nothing from it is used.
error-preset-file-too-large = The preset file “{ $path }” is { $size } bytes; a preset file may be { $max } bytes at most. Check that you named the preset and not another file.
error-preset-file = { $problem }
preset-file-not-admin = The system preset “{ $path }” is not owned by an administrator (owner: user { $uid }), so anyone with that account could change your organisation’s settings. It is not used. IT: make it owned by root.
preset-file-writable = The system preset “{ $path }” can be changed by users who are not administrators, so it is not used. IT: allow writing for root only (chmod 644).
preset-file-writable-by = The system preset “{ $path }” can be changed by { $who }, who is not an administrator, so it is not used. IT: let only Administrators and SYSTEM write it.
preset-folder-writable = The system preset “{ $path }” is in a folder that non-administrators can change (“{ $folder }”), so it is not used. IT: make that folder writable for root only.
preset-file-not-regular = “{ $path }” is not an ordinary file (a folder or a device, for instance), so it is not used.
preset-link-not-admin = “{ $path }” is reached through the link “{ $link }”, which is not owned by an administrator, so its owner could point it elsewhere. It is not used. IT: make the link owned by root.
preset-file-missing = The file “{ $path }” that the preset names cannot be read ({ $detail }); it is left out.
preset-ca-not-pem = “{ $path }” is not a certificate in PEM format (-----BEGIN CERTIFICATE-----); it is left out.
preset-named-file-not-admin = The file “{ $path }” that the system preset names is not owned by an administrator (owner: user { $uid }), so anyone with that account could change it. It is left out. IT: make it owned by root.
preset-named-file-writable = The file “{ $path }” that the system preset names can be changed by users who are not administrators, so it is left out. IT: allow writing for root only (chmod 644).
preset-named-file-writable-by = The file “{ $path }” that the system preset names can be changed by { $who }, who is not an administrator, so it is left out. IT: let only Administrators and SYSTEM write it.
preset-named-folder-writable = The file “{ $path }” that the system preset names is in a folder that non-administrators can change (“{ $folder }”), so it is left out. IT: make that folder writable for root only.
preset-named-file-too-large = The file “{ $path }” that the preset names is { $size } bytes, more than such a file may be ({ $max } bytes at most); it is left out.
preset-system-only = Only your organisation’s system preset may set this; from an imported preset it is ignored.
preset-locked = Your organisation has locked this setting, so the imported value is ignored.

## overstap preset (command line)

preset-show-none = No preset applies on this computer: Overstap uses its own defaults.
preset-show-refused = {" "}(refused: see the problems below)
preset-show-locked = locked
preset-show-secret = (set; a secret, not shown)
preset-show-problems = { $count ->
    [one] 1 problem:
   *[other] { $count } problems:
}
preset-layer-system = System preset:
preset-layer-imported = Imported preset:
preset-layer-example = Example you picked:
preset-valid = { $file }: no problems.
preset-refused-whole = Nothing in this file would apply until these problems are fixed.

## Signatures

error-preset-no-trusted-key = No key for signed presets is set up on this computer, so Overstap cannot accept a preset that is imported or fetched. IT pins its public key in the system preset (trust.preset_signing_keys) or in its own build of Overstap (assets/preset-keys/), as “Signing a preset” in Overstap’s documentation explains.
error-preset-signature-missing = This preset has no signature, so Overstap does not use it. Ask the service desk for the preset together with its signature file (the same name with .minisig added).
error-preset-signature-file-missing = This preset has no signature: “{ $path }” does not exist. Overstap only uses a preset that your organisation has signed. Ask the service desk for both files and put them in the same folder.
error-preset-signature-malformed = The signature file of this preset is damaged or is not a minisign signature, so Overstap does not use the preset. Ask the service desk for the preset and its .minisig file again.
error-preset-signature-untrusted = This preset was signed with key { $key_id }, which this computer does not trust (trusted: { $trusted }), so Overstap does not use it. Ask the service desk whether the preset really comes from your organisation. A new key must first be pinned in the system preset.
error-preset-signature-tampered = This preset does not match its signature (key { $key_id }): it was changed after it was signed, or the signature belongs to another file. Overstap does not use it. Ask the service desk for the preset again.
error-preset-signing-key-malformed = Key number { $number } in the system preset’s trust.preset_signing_keys (“{ $key }”) is not a minisign public key. Use the second line of the .pub file that “minisign -G” made: it starts with RW.
error-preset-build-key-malformed = The preset key “{ $file }” built into this Overstap is not a minisign public key. Whoever built this version must replace it with the .pub file that “minisign -G” made.
error-preset-serial-missing = This signed preset (key { $key_id }) has no serial number ([preset] serial), so Overstap cannot tell whether it is older than one it already accepted. IT must add a serial and sign the preset again.
error-preset-rollback = This preset is older than one already accepted: it has serial { $serial }, and serial { $accepted } from the same key ({ $key_id }) was accepted before. Overstap does not go back to an older preset. Ask the service desk for the current one.
error-preset-serial-too-large = The preset’s serial { $serial } is too large: the highest Overstap can keep is { $max }.

## Importing a preset

error-preset-import-refused = This preset cannot be imported: it has { $count ->
    [one] 1 problem
   *[other] { $count } problems
} that stop it from applying at all. The first, at { $where }: { $first }
preset-import-no-longer-valid = The imported preset no longer passes its checks ({ $code }), so it is not used. Import a current one, signed by your organisation.
preset-imported = Imported: serial { $serial }, signed by key { $key }. It applies the next time Overstap starts.
error-client-config-refused = The preset “{ $file }” has { $count ->
    [one] 1 problem
   *[other] { $count } problems
} that stop it from applying, so no client configuration was written. Run “overstap preset validate” on it.
error-example-managed = Your organisation has set up Overstap on this computer, so an example cannot be used.
error-example-unknown = There is no example “{ $id }”.
cli-example-used = From the next start, Overstap shows the example “{ $id }”.
cli-example-none = From the next start, no example applies.

## What breaks a rollout (preset validate, preset/rollout.rs)

preset-mastodon-http = “{ $value }” starts with http://; it is ignored. Overstap only talks to servers over https: write https://… or just the name (social.overheid.nl).
preset-reporting-no-salt = Progress reports are turned on, but reporting.salt is missing: no report would ever be sent. Add a salt of at least 16 random characters.
preset-reporting-no-upload = Progress reports are turned on, but servers.report_upload is missing: no report would ever be sent. Add the link of a Nextcloud upload share (https://…/s/…).
preset-reporting-bad-share = “{ $link }” is not a Nextcloud share link (https://…/s/…): no report would ever be sent.
preset-ca-missing = The CA file “{ $path }” does not exist (looked for at { $full }, next to this preset). Checks would not trust your servers.
preset-ca-unreadable = The CA file “{ $path }” cannot be read ({ $detail }; at { $full }). Checks would not trust your servers.
