# IT-Voreinstellungen (Presets): lesen, Herkunft, was gilt.
# Jede Meldung hier steht auch in en/preset.ftl und nl/preset.ftl (ein Test prüft das).

## Eine Preset-Datei lesen

preset-syntax = Das ist kein gültiges TOML: { $detail }. Nichts aus dieser Datei wird verwendet, bis sie korrigiert ist.
preset-unknown-key = Overstap kennt diese Einstellung nicht; sie wird ignoriert. Prüfen Sie die Schreibweise mit „overstap preset schema“.
preset-wrong-type = Diese Einstellung hat die falsche Art von Wert ({ $detail }); sie wird ignoriert.
preset-format-unsupported = Dieses Preset ist im Format { $found } geschrieben, aber diese Overstap-Version liest Format { $supported }. Nichts aus dieser Datei wird verwendet: Aktualisieren Sie Overstap.
preset-bad-domain = „{ $value }“ ist kein Domainname (wie bund.de); er wird ignoriert.
preset-bad-email = „{ $value }“ ist keine E-Mail-Adresse; sie wird ignoriert.
preset-not-https = „{ $value }“ ist keine https://-Adresse; sie wird ignoriert. Overstap spricht mit Servern nur über https.
preset-bad-matrix-room = „{ $value }“ ist keine Adresse eines Matrix-Raums (wie #hilfe:bund.de); sie wird ignoriert.
preset-bad-logo = „{ $value }“ ist kein verwendbares Logo: Geben Sie eine SVG- oder PNG-Datei im Ordner des Presets an, als relativen Pfad ohne „..“.
preset-bad-color = „{ $value }“ ist keine Farbe in der Form #rrggbb; sie wird ignoriert.
preset-bad-matrix-server = „{ $value }“ ist weder ein Matrix-Servername (bund.de) noch eine https://-Adresse; er wird ignoriert.
preset-bad-version = „{ $value }“ ist keine Versionsnummer (wie 24.2); sie wird ignoriert.
preset-short-salt = Der Salt ist zu kurz, um Geräte-IDs unerratbar zu halten: Verwenden Sie mindestens 16 zufällige Zeichen. Er wird ignoriert.
preset-bad-language = „{ $value }“ ist keine Sprache, die Overstap anbietet (nl, de, en); sie wird ignoriert.
preset-unknown-checklist = Es gibt keine Checkliste „{ $id }“; dieser Teil wird ignoriert. „overstap checklists“ zeigt alle.
preset-unknown-step = Die Checkliste „{ $checklist }“ hat keinen Schritt „{ $step }“; er wird ignoriert.
preset-bad-lock = „{ $path }“ ist keine Einstellung, die gesperrt werden kann; sie wird ignoriert. „overstap preset schema“ zeigt die Einstellungen.
preset-extra-step-bad-id = „{ $id }“ kann keine Schritt-ID sein: Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche. Dieser Schritt wird ausgelassen.
preset-extra-step-exists = Die Checkliste hat bereits einen Schritt „{ $id }“. Dieser Schritt wird ausgelassen.
preset-missing-text = Der Text in der Sprache „{ $lang }“ fehlt oder ist leer; jede Sprache, die Overstap anbietet, wird gebraucht. Dieser Schritt wird ausgelassen.
preset-unknown-probe = Es gibt keine Prüfung „{ $id }“. Dieser Schritt wird ausgelassen.
preset-unknown-dependency = Der Schritt, auf den er wartet, „{ $step }“, existiert nicht (oder steht weiter hinten in der Datei). Dieser Schritt wird ausgelassen.
preset-duplicate = „{ $value }“ ist leer oder doppelt aufgeführt; die Wiederholung wird ignoriert.
preset-unsafe-text = Dieser Text enthält unsichtbare Zeichen oder Zeichen, die die Leserichtung ändern, sodass er anders gelesen werden kann, als er ist; er wird weggelassen.

## Woher Presets kommen und was gilt

preset-file-unreadable = Das Preset „{ $path }“ kann nicht gelesen werden ({ $detail }); nichts daraus wird verwendet.
preset-file-too-large = Das Preset „{ $path }“ ist { $size } Bytes groß, mehr als ein Preset je braucht (höchstens 1 MiB); nichts daraus wird verwendet.
error-preset-file-too-large = Die Preset-Datei „{ $path }“ ist { $size } Bytes groß; eine Preset-Datei darf höchstens { $max } Bytes groß sein. Prüfen Sie, ob Sie das Preset angegeben haben und nicht eine andere Datei.
error-preset-file = { $problem }
preset-file-not-admin = Das System-Preset „{ $path }“ gehört keinem Administratorkonto (Eigentümer: Konto { $uid }), daher könnten alle mit Zugang zu diesem Konto die Einstellungen Ihrer Organisation ändern. Es wird nicht verwendet. IT: Machen Sie root zum Eigentümer.
preset-file-writable = Das System-Preset „{ $path }“ kann von Konten ohne Administratorrechte geändert werden, daher wird es nicht verwendet. IT: Erlauben Sie Schreiben nur für root (chmod 644).
preset-file-writable-by = Das System-Preset „{ $path }“ kann von { $who } geändert werden, einem Konto ohne Administratorrechte, daher wird es nicht verwendet. IT: Erlauben Sie Schreiben nur für Administratoren und SYSTEM.
preset-folder-writable = Das System-Preset „{ $path }“ liegt in einem Ordner, den Konten ohne Administratorrechte ändern können („{ $folder }“), daher wird es nicht verwendet. IT: Machen Sie diesen Ordner nur für root beschreibbar.
preset-file-not-regular = „{ $path }“ ist keine gewöhnliche Datei (sondern zum Beispiel ein Ordner oder ein Gerät), daher wird sie nicht verwendet.
preset-link-not-admin = „{ $path }“ wird über die Verknüpfung „{ $link }“ erreicht, die keinem Administratorkonto gehört, daher könnte das Konto, dem sie gehört, sie anderswohin zeigen lassen. Sie wird nicht verwendet. IT: Machen Sie root zum Eigentümer der Verknüpfung.
preset-file-missing = Die Datei „{ $path }“, die das Preset nennt, kann nicht gelesen werden ({ $detail }); sie wird ausgelassen.
preset-ca-not-pem = „{ $path }“ ist kein Zertifikat im PEM-Format (-----BEGIN CERTIFICATE-----); es wird ausgelassen.
preset-named-file-not-admin = Die Datei „{ $path }“, die das System-Preset nennt, gehört keinem Administratorkonto (Eigentümer: Konto { $uid }), daher könnten alle mit Zugang zu diesem Konto sie ändern. Sie wird ausgelassen. IT: Machen Sie root zum Eigentümer.
preset-named-file-writable = Die Datei „{ $path }“, die das System-Preset nennt, kann von Konten ohne Administratorrechte geändert werden, daher wird sie ausgelassen. IT: Erlauben Sie Schreiben nur für root (chmod 644).
preset-named-file-writable-by = Die Datei „{ $path }“, die das System-Preset nennt, kann von { $who } geändert werden, einem Konto ohne Administratorrechte, daher wird sie ausgelassen. IT: Erlauben Sie Schreiben nur für Administratoren und SYSTEM.
preset-named-folder-writable = Die Datei „{ $path }“, die das System-Preset nennt, liegt in einem Ordner, den Konten ohne Administratorrechte ändern können („{ $folder }“), daher wird sie ausgelassen. IT: Machen Sie diesen Ordner nur für root beschreibbar.
preset-named-file-too-large = Die Datei „{ $path }“, die das Preset nennt, ist { $size } Bytes groß, mehr als eine solche Datei sein darf (höchstens { $max } Bytes); sie wird ausgelassen.
preset-system-only = Nur das System-Preset Ihrer Organisation darf dies festlegen; aus einem importierten Preset wird es ignoriert.
preset-locked = Ihre Organisation hat diese Einstellung gesperrt, daher wird der importierte Wert ignoriert.

## overstap preset (Befehlszeile)

preset-show-none = Auf diesem Computer gilt kein Preset: Overstap verwendet seine eigenen Standardwerte.
preset-show-refused = {" "}(abgelehnt: siehe die Probleme unten)
preset-show-locked = gesperrt
preset-show-secret = (gesetzt; geheim, wird nicht angezeigt)
preset-show-problems = { $count ->
    [one] 1 Problem:
   *[other] { $count } Probleme:
}
preset-layer-system = System-Preset:
preset-layer-imported = Importiertes Preset:
preset-layer-example = Von Ihnen gewähltes Beispiel:
preset-valid = { $file }: keine Probleme.
preset-refused-whole = Nichts aus dieser Datei gilt, bis diese Probleme behoben sind.

## Signaturen

error-preset-no-trusted-key = Auf diesem Computer ist kein Schlüssel für signierte Presets eingerichtet, daher kann Overstap kein importiertes oder abgerufenes Preset annehmen. Die IT hinterlegt ihren öffentlichen Schlüssel im System-Preset (trust.preset_signing_keys) oder in einem eigenen Build von Overstap (assets/preset-keys/), wie „Ein Preset signieren“ in der Dokumentation von Overstap erklärt.
error-preset-signature-missing = Dieses Preset hat keine Signatur, daher verwendet Overstap es nicht. Bitten Sie den IT-Service um das Preset zusammen mit seiner Signaturdatei (derselbe Name mit angehängtem .minisig).
error-preset-signature-file-missing = Dieses Preset hat keine Signatur: „{ $path }“ existiert nicht. Overstap verwendet nur ein Preset, das Ihre Organisation signiert hat. Bitten Sie den IT-Service um beide Dateien und legen Sie sie in denselben Ordner.
error-preset-signature-malformed = Die Signaturdatei dieses Presets ist beschädigt oder keine minisign-Signatur, daher verwendet Overstap das Preset nicht. Bitten Sie den IT-Service erneut um das Preset und seine .minisig-Datei.
error-preset-signature-untrusted = Dieses Preset wurde mit dem Schlüssel { $key_id } signiert, dem dieser Computer nicht vertraut (vertrauenswürdig: { $trusted }), daher verwendet Overstap es nicht. Fragen Sie den IT-Service, ob das Preset wirklich von Ihrer Organisation stammt. Ein neuer Schlüssel muss zuerst im System-Preset hinterlegt werden.
error-preset-signature-tampered = Dieses Preset passt nicht zu seiner Signatur (Schlüssel { $key_id }): Es wurde nach dem Signieren verändert, oder die Signatur gehört zu einer anderen Datei. Overstap verwendet es nicht. Bitten Sie den IT-Service erneut um das Preset.
error-preset-signing-key-malformed = Schlüssel Nummer { $number } in trust.preset_signing_keys des System-Presets („{ $key }“) ist kein öffentlicher minisign-Schlüssel. Verwenden Sie die zweite Zeile der .pub-Datei, die „minisign -G“ erzeugt hat: Sie beginnt mit RW.
error-preset-build-key-malformed = Der in dieses Overstap eingebaute Preset-Schlüssel „{ $file }“ ist kein öffentlicher minisign-Schlüssel. Wer diese Version gebaut hat, muss ihn durch die .pub-Datei ersetzen, die „minisign -G“ erzeugt hat.
error-preset-serial-missing = Dieses signierte Preset (Schlüssel { $key_id }) hat keine Seriennummer ([preset] serial), daher kann Overstap nicht erkennen, ob es älter ist als ein bereits angenommenes. Die IT muss eine Seriennummer ergänzen und das Preset erneut signieren.
error-preset-rollback = Dieses Preset ist älter als ein bereits angenommenes: Es hat die Seriennummer { $serial }, und zuvor wurde die Seriennummer { $accepted } desselben Schlüssels ({ $key_id }) angenommen. Overstap kehrt nicht zu einem älteren Preset zurück. Bitten Sie den IT-Service um das aktuelle.
error-preset-serial-too-large = Die Seriennummer { $serial } des Presets ist zu groß: Die höchste, die Overstap speichern kann, ist { $max }.

## Ein Preset importieren

error-preset-import-refused = Dieses Preset kann nicht importiert werden: Es hat { $count ->
    [one] 1 Problem
   *[other] { $count } Probleme
}, durch die es gar nicht gelten kann. Das erste, bei { $where }: { $first }
preset-import-no-longer-valid = Das importierte Preset besteht seine Prüfungen nicht mehr ({ $code }), daher wird es nicht verwendet. Importieren Sie ein aktuelles, von Ihrer Organisation signiertes.
preset-imported = Importiert: Seriennummer { $serial }, signiert mit Schlüssel { $key }. Es gilt ab dem nächsten Start von Overstap.
error-client-config-refused = Das Preset „{ $file }“ hat { $count ->
    [one] 1 Problem
   *[other] { $count } Probleme
}, durch die es nicht gelten kann, daher wurden keine Client-Konfigurationen geschrieben. Prüfen Sie es mit „overstap preset validate“.
error-example-managed = Ihre Organisation hat Overstap auf diesem Computer eingerichtet, daher kann kein Beispiel verwendet werden.
error-example-unknown = Es gibt kein Beispiel „{ $id }“.
cli-example-used = Ab dem nächsten Start zeigt Overstap das Beispiel „{ $id }“.
cli-example-none = Ab dem nächsten Start gilt kein Beispiel mehr.

## Was einen Rollout verhindert (preset validate, preset/rollout.rs)

preset-mastodon-http = „{ $value }“ beginnt mit http://; die Angabe wird ignoriert. Overstap spricht mit Servern nur über https: Schreiben Sie https://… oder nur den Namen (social.overheid.nl).
preset-reporting-no-salt = Fortschrittsberichte sind eingeschaltet, aber reporting.salt fehlt: Es würde nie ein Bericht gesendet. Ergänzen Sie einen Salt aus mindestens 16 zufälligen Zeichen.
preset-reporting-no-upload = Fortschrittsberichte sind eingeschaltet, aber servers.report_upload fehlt: Es würde nie ein Bericht gesendet. Ergänzen Sie den Link einer Nextcloud-Upload-Freigabe (https://…/s/…).
preset-reporting-bad-share = „{ $link }“ ist kein Nextcloud-Freigabelink (https://…/s/…): Es würde nie ein Bericht gesendet.
preset-ca-missing = Die CA-Datei „{ $path }“ existiert nicht (gesucht unter { $full }, neben diesem Preset). Prüfungen würden Ihren Servern nicht vertrauen.
preset-ca-unreadable = Die CA-Datei „{ $path }“ kann nicht gelesen werden ({ $detail }; unter { $full }). Prüfungen würden Ihren Servern nicht vertrauen.
