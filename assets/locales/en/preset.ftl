# IT presets: importing, showing and checking them.
# Every message here is also in nl/preset.ftl and de/preset.ftl (a test checks that).

## Signatures

error-preset-no-trusted-key = No key for signed presets is set up on this computer, so Overstap cannot accept a preset that is imported or fetched. IT pins its public key in the system preset (trust.preset_signing_keys) or in its own build of Overstap (assets/preset-keys/), as “Signing a preset” in Overstap’s documentation explains.
error-preset-signature-missing = This preset has no signature, so Overstap does not use it. Ask IT for the preset together with its signature file (the same name with .minisig added).
error-preset-signature-file-missing = This preset has no signature: “{ $path }” does not exist. Overstap only uses a preset that IT has signed. Ask IT for both files and put them in the same folder.
error-preset-signature-malformed = The signature file of this preset is damaged or is not a minisign signature, so Overstap does not use the preset. Ask IT for the preset and its .minisig file again.
error-preset-signature-untrusted = This preset was signed with key { $key_id }, which this computer does not trust (trusted: { $trusted }), so Overstap does not use it. Ask IT whether the preset is really theirs. A new key must first be pinned in the system preset.
error-preset-signature-tampered = This preset does not match its signature (key { $key_id }): it was changed after it was signed, or the signature belongs to another file. Overstap does not use it. Ask IT for the preset again.
error-preset-signing-key-malformed = Key number { $number } in the system preset’s trust.preset_signing_keys (“{ $key }”) is not a minisign public key. Use the second line of the .pub file that “minisign -G” made: it starts with RW.
error-preset-build-key-malformed = The preset key “{ $file }” built into this Overstap is not a minisign public key. Whoever built this version must replace it with the .pub file that “minisign -G” made.
error-preset-serial-missing = This signed preset (key { $key_id }) has no serial number ([preset] serial), so Overstap cannot tell whether it is older than one it already accepted. IT must add a serial and sign the preset again.
error-preset-rollback = This preset is older than one already accepted: it has serial { $serial }, and serial { $accepted } from the same key ({ $key_id }) was accepted before. Overstap does not go back to an older preset. Ask IT for the current one.
error-preset-serial-too-large = The preset’s serial { $serial } is too large: the highest Overstap can keep is { $max }.
