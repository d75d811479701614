# Die eigenen Texte von Overstap: Fehler, Hinweise und Kommandozeile.
# Jede Meldung hier steht auch in en/app.ftl und nl/app.ftl (ein Test prüft das).

## Fehler

error-usage = { $detail }
error-internal = In Overstap selbst ist ein Fehler aufgetreten. Es wurde nichts geändert. Bitte melden Sie das dem IT-Service und senden Sie die Protokolldatei aus dem Datenordner mit.
error-output-not-json = Overstap konnte seine Antwort nicht als JSON schreiben ({ $detail }). Was Sie verlangt haben, ist vielleicht schon geschehen: Prüfen Sie es mit „overstap progress“, bevor Sie es erneut versuchen. Bitte melden Sie das dem IT-Service und senden Sie die Protokolldatei aus dem Datenordner mit.
error-io = „{ $path }“ konnte nicht gelesen oder geschrieben werden: { $cause }
error-path-not-text = Der Name „{ $path }“ ist kein einfacher Text (UTF-8), daher kann die JSON-Ausgabe ihn nicht zeigen. Es wurde nichts getan. Benennen Sie ihn um oder führen Sie den Befehl ohne --json aus.
error-disk-full = Der Datenträger ist voll, daher wurde nichts in „{ $path }“ gespeichert. Ihr bisheriger Fortschritt ist sicher. Schaffen Sie Platz und versuchen Sie es erneut.
error-data-dir-none = Overstap findet auf diesem Computer keinen Ordner für seine Daten. Geben Sie einen mit --data-dir oder OVERSTAP_DATA_DIR an.
error-data-dir-synced = Der Datenordner „{ $path }“ liegt in einem { $client }-Ordner. Overstap speichert seine Datenbank nur auf diesem Computer, weil Synchronisieren sie beschädigen kann. Wählen Sie mit --data-dir einen lokalen Ordner.
error-data-dir-synced-via = Der Datenordner „{ $path }“ führt zu „{ $real }“, und dieser liegt in einem { $client }-Ordner. Overstap speichert seine Datenbank nur auf diesem Computer, weil Synchronisieren sie beschädigen kann. Wählen Sie mit --data-dir einen lokalen Ordner.
error-data-dir-network = Der Datenordner „{ $path }“ liegt auf einem Netzlaufwerk ({ $kind }). Die Datenbank arbeitet nur auf einem lokalen Datenträger sicher. Wählen Sie mit --data-dir einen lokalen Ordner.
error-data-dir-is-file = „{ $path }“ ist eine Datei und kein Ordner, daher kann Overstap dort keine Daten speichern. Verschieben oder benennen Sie diese Datei um, oder wählen Sie mit --data-dir oder OVERSTAP_DATA_DIR einen anderen Datenordner.
error-data-dir-below-file = Overstap kann „{ $path }“ nicht als Datenordner verwenden, weil „{ $file }“ eine Datei ist und kein Ordner. Verschieben oder benennen Sie diese Datei um, oder wählen Sie mit --data-dir oder OVERSTAP_DATA_DIR einen anderen Datenordner.
error-database-busy = Ein anderes Overstap-Fenster oder ein anderer Befehl arbeitet gerade mit Ihrem Fortschritt. Warten Sie kurz und versuchen Sie es erneut.
error-database-in-use = Ein anderes Overstap-Fenster oder ein anderer Befehl hat Ihre Fortschrittsdatenbank geöffnet, daher kann sie jetzt nicht eingerichtet oder repariert werden. Schließen Sie die anderen Overstap-Fenster und versuchen Sie es erneut.
error-app-already-open = Overstap ist bereits geöffnet, mit dem Datenordner „{ $path }“. Wechseln Sie zu diesem Fenster oder schließen Sie es, bevor Sie Overstap erneut starten.
error-database-cannot-open = Overstap kann seine Datenbank „{ $path }“ nicht öffnen oder nicht hineinschreiben. Prüfen Sie, ob der Ordner Ihnen gehört und nicht schreibgeschützt ist.
error-database-shm-stale = Overstap kann seine Datenbank „{ $database }“ nicht verwenden: Die Datei „{ $path }“ daneben stammt von einem anderen Benutzerkonto (vielleicht wurde Overstap als Administrator gestartet) und lässt sich nicht entfernen. Entfernen Sie diese Datei oder bitten Sie den IT-Service darum und versuchen Sie es dann erneut. Ihr Fortschritt ist sicher.
error-database-corrupt-now = Die Fortschrittsdatenbank „{ $path }“ wurde während der Nutzung beschädigt. Schließen Sie Overstap und starten Sie es neu: Es legt die beschädigte Datei beiseite und bewahrt sie auf.
error-database = Die Fortschrittsdatenbank „{ $path }“ meldete einen Fehler. Es wurde nichts geändert. Die Protokolldatei enthält die Einzelheiten für den IT-Service.
error-database-newer = Die Fortschrittsdatenbank „{ $path }“ stammt von einer neueren Overstap-Version (Schema { $found }; diese Version kennt bis { $supported }). Aktualisieren Sie Overstap; Ihr Fortschritt bleibt unberührt.
error-database-no-wal = Die Datenbank „{ $path }“ kann in diesem Ordner nicht sicher schreiben (Write-Ahead-Log). Wählen Sie mit --data-dir einen Ordner auf einem lokalen Datenträger.
error-checklist-data-invalid = Die Checklisten enthalten { $count ->
    [one] 1 Fehler
   *[other] { $count } Fehler
}. Der erste: { $file }:{ $line }:{ $column }: { $key }: { $problem }
error-ca-file = Die CA-Datei kann nicht verwendet werden: { $detail }. Geben Sie eine PEM-Datei mit dem Zertifikat Ihrer Organisation an.
error-email = „{ $given }“ ist keine dienstliche E-Mail-Adresse. Schreiben Sie sie als name@behoerde.de.
error-server-address = „{ $given }“ ist keine gültige Serveradresse. Schreiben Sie sie als https://server.behoerde.de oder als Servername (behoerde.de).
error-check-required = Diesen Schritt prüft Overstap selbst: Führen Sie „overstap check“ aus (oder „Jetzt prüfen“ in der App). Er wird erledigt, sobald die Prüfung gelingt.
error-check-before-confirm = Zuerst prüft Overstap, was es bei diesem Schritt sehen kann: Führen Sie „overstap check“ aus (oder „Jetzt prüfen“ in der App). Wenn die Prüfung gelingt, bestätigen Sie den Rest selbst.
error-mastodon-account = „{ $given }“ ist kein Mastodon-Konto. Schreiben Sie es als @name@server, zum Beispiel @bmi@social.bund.de.
error-unknown-action = Es gibt keine Aktion „{ $id }“.
error-libreoffice-no-profile = Overstap findet nicht, wo LibreOffice auf diesem Computer seine Einstellungen speichert.
error-libreoffice-running = LibreOffice ist geöffnet. Schließen Sie zuerst alle LibreOffice-Fenster (sonst macht LibreOffice die Änderung beim Beenden rückgängig) und versuchen Sie es erneut.
error-libreoffice-profile-damaged = Die Einstellungsdatei von LibreOffice „{ $path }“ ist beschädigt, daher ändert Overstap sie nicht. Bitten Sie den IT-Service, das LibreOffice-Profil zurückzusetzen.
error-libreoffice-no-backup = Es gibt nichts rückgängig zu machen: Overstap hat in „{ $path }“ keine Sicherung angelegt.
error-mastodon-token-needs-server = Ein Mastodon-Token wird nur an den Server geschickt, den Sie nennen: Ergänzen Sie --mastodon mit der Adresse Ihres Servers.
error-unknown-checklist = Es gibt keine Checkliste „{ $id }“. „overstap checklists“ zeigt alle.
error-unknown-step = Die Checkliste „{ $checklist }“ hat keinen Schritt „{ $step }“. „overstap show { $checklist }“ zeigt ihre Schritte.
error-step-ref-format = „{ $given }“ ist kein Schritt. Schreiben Sie Checkliste/Schritt, zum Beispiel matrix/install-element.
error-reason-required = Geben Sie an, warum dieser Schritt blockiert ist, zum Beispiel „Die E-Akte öffnet noch keine .odt-Dateien“. Der IT-Service sieht diese Begründungen und kann helfen.
error-text-too-long = Der Text im Feld „{ $field }“ ist zu lang ({ $length } Zeichen; höchstens { $max }).
error-apply-line-too-long = Zeile { $line } ist länger als { $max } Bytes und wurde daher nicht gelesen. So lang ist keine Änderung: Prüfen Sie, ob die Eingabe eine Änderung pro Zeile enthält. Die Zeilen davor und danach werden wie gewohnt verarbeitet.
error-text-control-chars = Der Text im Feld „{ $field }“ enthält unsichtbare Zeichen oder Zeichen, die die Leserichtung ändern. Geben Sie ihn bitte erneut als einfachen Text ein.
field-reason = Begründung
field-note = Notiz

## Probleme in Checklisten-Daten (nach Datei:Zeile:Spalte: Schlüssel)

load-syntax = { $detail }
load-id-not-file-name = die ID muss dem Dateinamen entsprechen, „{ $expected }“
load-invalid-id = „{ $id }“ ist keine gültige ID (Kleinbuchstaben, Ziffern und einzelne Bindestriche, beginnend mit einem Buchstaben)
load-reserved-id = „{ $id }“ ist für die eigenen Texte des Programms reserviert; wählen Sie eine andere ID
load-duplicate-checklist = es gibt bereits eine Checkliste „{ $id }“
load-duplicate-step = es gibt bereits einen Schritt „{ $id }“ in dieser Checkliste
load-duplicate-link = es gibt bereits einen Link „{ $id }“ in diesem Schritt
load-kind-mismatch = ein Schritt der Art „{ $kind }“ braucht genau seinen eigenen Abschnitt: probe bei „probe“, action bei „action“, keinen bei „manual“
load-confirm-without-probe = „confirm = true“ gehört nur zu einem Schritt der Art „probe“: einen manuellen Schritt bestätigt man ohnehin, eine Aktion beweist sich, indem sie ausgeführt wird
load-unknown-probe = es gibt keine Prüfung (probe) „{ $id }“
load-unknown-action = es gibt keine Aktion „{ $id }“
load-params-not-table = params muss eine Tabelle sein, etwa params = {"{"} key = "value" {"}"}
load-link-not-https = Links müssen mit https:// beginnen (gefunden: „{ $url }“)
load-unknown-dependency = hängt von „{ $target }“ ab, das es nicht gibt
load-dependency-cycle = die Abhängigkeiten bilden einen Kreis: { $cycle }
load-missing-text-file = die Textdatei { $file } fehlt
load-missing-text = dieser Text fehlt in { $file }
load-duplicate-text = dieser Text ist doppelt vorhanden
load-empty-text = dieser Text ist leer
load-unknown-text-key = keine Checkliste, kein Schritt und kein Link verwendet diesen Text

## Hinweise

notice-database-recovered = Ihre Fortschrittsdatenbank war beschädigt, daher hat Overstap eine neue begonnen. Die beschädigte Datei liegt unter „{ $path }“: Der IT-Service kann sie vielleicht wiederherstellen.

## Kommandozeile

state-todo = offen
state-done = erledigt
state-skipped = übersprungen
state-blocked = blockiert
kind-manual = das erledigen Sie selbst
kind-probe = Overstap prüft das
kind-action = Overstap erledigt das für Sie
cli-optional = optional
cli-next-step = Als Nächstes: { $title } ({ $step })
cli-checklist-complete = Abgeschlossen
cli-incomplete-nothing-to-do = Nicht abgeschlossen: Pflichtschritte wurden übersprungen oder sind blockiert. Setzen Sie sie zurück oder lösen Sie die Blockade, sobald es geht.
cli-no-next-step = Gerade nichts zu tun: die übrigen Schritte warten auf andere.
cli-steps-done = { $done } von { $total ->
    [one] 1 Schritt
   *[other] { $total } Schritten
} erledigt oder übersprungen
cli-blocked-count = { $count } blockiert
proof-checked = Von Overstap geprüft: { $what }
proof-confirmed = Von Ihnen bestätigt
proof-checked-and-confirmed = Von Overstap geprüft ({ $what }) und von Ihnen bestätigt
proof-done-by-overstap = Von Overstap erledigt
cli-done-proof = { $checked } von Overstap belegt, { $confirmed } von Ihnen bestätigt
cli-awaiting-confirmation = Die Prüfung ist gelungen ({ $what }). Wenn Folgendes stimmt, bestätigen Sie es mit „overstap step { $step } done“: { $confirm }
cli-blocked-because = Blockiert: { $reason }
cli-depends-on = Nach: { $steps }
cli-step-changed = { $step } ist jetzt: { $state }
cli-export-written = Geschrieben nach { $path }
cli-overall = Insgesamt: { $done } von { $total ->
    [one] 1 Schritt
   *[other] { $total } Schritten
} erledigt oder übersprungen, { $complete } von { $checklists ->
    [one] 1 Checkliste
   *[other] { $checklists } Checklisten
} abgeschlossen.
cli-warning = Achtung
cli-error = Fehler
cli-action-done = Erledigt: { $action } ({ $path } geändert).
cli-action-undone = Rückgängig gemacht: { $action } ({ $path } wiederhergestellt).
cli-action-backup = Die vorherigen Einstellungen liegen in { $path }; „overstap action { $action } --undo“ stellt sie wieder her.

## Client configurations
client-config-element = Einstellungen von Element für den Matrix-Server { $server } (als config.json kopieren)
client-config-nextcloud-cfg = Nextcloud-Desktop-App: der Server { $server } bei der Anmeldung vorausgefüllt
client-config-nextcloud-sh = Nextcloud-Desktop-App: fügt das Konto einer Person auf { $server } hinzu (Linux, macOS)
client-config-nextcloud-cmd = Nextcloud-Desktop-App: fügt das Konto einer Person auf { $server } hinzu (Windows)
client-config-libreoffice-xcd = LibreOffice: speichert standardmäßig als { $formats }, gesperrt (für share/registry)
client-config-libreoffice-reg = LibreOffice unter Windows: dieselben Standardformate als Registry-Richtlinie
client-config-readme = Wohin jede Datei gehört und was sie nicht kann
error-client-config-matrix-server = Der Matrix-Server „{ $given }“ aus dem Preset passt nicht in die Einstellungen von Element. Schreiben Sie ihn als Servernamen (behoerde.de) oder als https://matrix.behoerde.de.
error-client-config-nextcloud-server = Der Nextcloud-Server „{ $given }“ aus dem Preset passt nicht in die Nextcloud-Dateien. Schreiben Sie ihn als https://cloud.behoerde.de, ohne Benutzernamen, „?“, „#“, Leerzeichen oder Anführungszeichen.
error-setting-locked = Ihre Organisation hat „{ $key }“ festgelegt; Sie können es hier nicht ändern.
error-setting-language = „{ $given }“ ist keine Sprache, die Overstap spricht. Wählen Sie nl, de oder en.
cli-setting-person = (von Ihnen festgelegt)
cli-setting-organisation = (von Ihrer Organisation festgelegt; Sie dürfen es ändern)
cli-setting-locked = (von Ihrer Organisation gesperrt)
cli-setting-unset = (nicht festgelegt)
cli-first-run-done = Die Fragen beim ersten Start sind beantwortet. Datenordner: { $dir }
cli-first-run-pending = Die App stellt beim ersten Start noch einige Fragen. Datenordner: { $dir }

## Fortschrittsberichte an die Organisation (overstap fleet …)
error-reporting-off = Ihre Organisation hat Fortschrittsberichte für diesen Computer nicht eingeschaltet, daher wird nichts gesendet.
error-reporting-misconfigured = Ihre Organisation hat Fortschrittsberichte eingeschaltet, sie können aber nicht gesendet werden: { $problem } Es wird nichts gesendet, bis Ihre Organisation das Preset korrigiert.
error-report-not-seen = Es wird nichts gesendet, bevor Sie gesehen haben, was Ihre Organisation erhält. Sehen Sie es sich zuerst an: „overstap fleet preview --mark-seen“ oder in der App unter Bericht.
error-setting-department = „{ $given }“ ist keine Abteilung Ihrer Organisation. Wählen Sie eine von: { $choices }.
error-setting-source-folder = „{ $given }“ ist kein Ordner auf diesem Computer. Geben Sie den vollständigen Pfad des Ordners an, aus dem Sie Dateien umziehen, etwa /home/jan/OneDrive oder C:\Users\jan\OneDrive.
fleet-no-upload = das Preset nennt keine Upload-Freigabe (servers.report_upload).
fleet-bad-share = „{ $link }“ ist kein Nextcloud-Freigabelink (https://…/s/…).
fleet-no-salt = das Preset nennt kein Salt (reporting.salt) für die pseudonyme Computer-ID.
cli-fleet-off = Fortschrittsberichte: aus. Die Einstellungen Ihrer Organisation schalten sie nicht ein, daher wird nichts gesendet.
cli-fleet-misconfigured = Fortschrittsberichte: von Ihrer Organisation eingeschaltet, können aber nicht gesendet werden: { $problem }
cli-fleet-on = Fortschrittsberichte: an. Sie gehen nur an den Server Ihrer Organisation, { $destination }.
cli-fleet-includes = Ein Bericht enthält: { $fields }.
cli-fleet-field-steps = den Stand jedes Schritts, die App-Version und eine pseudonyme Computer-ID
cli-fleet-field-department = Ihre Abteilung
cli-fleet-field-blocked-reasons = warum ein Schritt blockiert ist, in Ihren Worten
cli-fleet-field-check-outcomes = die Ergebnisse der Serverprüfungen
cli-fleet-field-names = Ihren Namen, Ihr Konto und Ihre dienstliche E-Mail-Adresse
cli-fleet-seen = Sie haben am { $at } gesehen, was gesendet wird.
cli-fleet-not-seen = Sie haben noch nicht gesehen, was gesendet wird, daher geht nichts hinaus. Sehen Sie es sich an mit: overstap fleet preview --mark-seen
cli-fleet-sent = { $name }: gesendet { $at }
cli-fleet-waiting = { $name }: wartet ({ $attempts ->
    [one] 1 Versuch
   *[other] { $attempts } Versuche
}; nächster nach { $next }). Letztes Problem: { $failure }
cli-fleet-preview = Genau das wird an { $destination } gesendet, als { $name }:
cli-fleet-marked-seen = Vermerkt: Sie haben gesehen, was gesendet wird. Ab jetzt werden Berichte gesendet.
cli-fleet-already-seen = Sie haben das schon gesehen; Berichte werden gesendet.
cli-fleet-preview-not-seen = Es wurde nichts gesendet. Wenn Sie es gelesen haben, führen Sie aus: overstap fleet preview --mark-seen
cli-fleet-uploaded = Gesendet: { $name }
cli-fleet-nothing-to-send = Nichts zu senden: Der heutige Bericht ist schon gesendet.
