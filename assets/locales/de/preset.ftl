# IT-Presets: importieren, anzeigen und prüfen.
# Jede Meldung hier steht auch in en/preset.ftl und nl/preset.ftl (ein Test prüft das).

## Signaturen

error-preset-no-trusted-key = Auf diesem Computer ist kein Schlüssel für signierte Presets eingerichtet, daher kann Overstap kein importiertes oder abgerufenes Preset annehmen. Die IT hinterlegt ihren öffentlichen Schlüssel im System-Preset (trust.preset_signing_keys) oder in einem eigenen Build von Overstap (assets/preset-keys/), wie „Ein Preset signieren“ in der Dokumentation von Overstap erklärt.
error-preset-signature-missing = Dieses Preset hat keine Signatur, daher verwendet Overstap es nicht. Bitten Sie die IT um das Preset zusammen mit seiner Signaturdatei (derselbe Name mit angehängtem .minisig).
error-preset-signature-file-missing = Dieses Preset hat keine Signatur: „{ $path }“ existiert nicht. Overstap verwendet nur ein Preset, das die IT signiert hat. Bitten Sie die IT um beide Dateien und legen Sie sie in denselben Ordner.
error-preset-signature-malformed = Die Signaturdatei dieses Presets ist beschädigt oder keine minisign-Signatur, daher verwendet Overstap das Preset nicht. Bitten Sie die IT erneut um das Preset und seine .minisig-Datei.
error-preset-signature-untrusted = Dieses Preset wurde mit dem Schlüssel { $key_id } signiert, dem dieser Computer nicht vertraut (vertrauenswürdig: { $trusted }), daher verwendet Overstap es nicht. Fragen Sie die IT, ob das Preset wirklich von ihr stammt. Ein neuer Schlüssel muss zuerst im System-Preset hinterlegt werden.
error-preset-signature-tampered = Dieses Preset passt nicht zu seiner Signatur (Schlüssel { $key_id }): Es wurde nach dem Signieren verändert, oder die Signatur gehört zu einer anderen Datei. Overstap verwendet es nicht. Bitten Sie die IT erneut um das Preset.
error-preset-signing-key-malformed = Schlüssel Nummer { $number } in trust.preset_signing_keys des System-Presets („{ $key }“) ist kein öffentlicher minisign-Schlüssel. Verwenden Sie die zweite Zeile der .pub-Datei, die „minisign -G“ erzeugt hat: Sie beginnt mit RW.
error-preset-build-key-malformed = Der in dieses Overstap eingebaute Preset-Schlüssel „{ $file }“ ist kein öffentlicher minisign-Schlüssel. Wer diese Version gebaut hat, muss ihn durch die .pub-Datei ersetzen, die „minisign -G“ erzeugt hat.
error-preset-serial-missing = Dieses signierte Preset (Schlüssel { $key_id }) hat keine Seriennummer ([preset] serial), daher kann Overstap nicht erkennen, ob es älter ist als ein bereits angenommenes. Die IT muss eine Seriennummer ergänzen und das Preset erneut signieren.
error-preset-rollback = Dieses Preset ist älter als ein bereits angenommenes: Es hat die Seriennummer { $serial }, und zuvor wurde die Seriennummer { $accepted } desselben Schlüssels ({ $key_id }) angenommen. Overstap kehrt nicht zu einem älteren Preset zurück. Bitten Sie die IT um das aktuelle.
error-preset-serial-too-large = Die Seriennummer { $serial } des Presets ist zu groß: Die höchste, die Overstap speichern kann, ist { $max }.
