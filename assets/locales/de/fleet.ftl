# overstap fleet aggregate: die Zusammenfassung des Befehls, seine Fehler,
# warum eine Datei übersprungen wurde, und das Dashboard. Für die IT.

## Die Zusammenfassung im Terminal (und im Dashboard)

fleet-label-reports = Berichte gelesen
fleet-label-replaced = Ersetzt durch einen neueren Upload desselben Tages
fleet-label-laptops = Laptops
fleet-label-complete = Vollständig abgeschlossen
fleet-label-departments = Abteilungen
fleet-label-period = Zeitraum
fleet-label-skipped = Dateien übersprungen
fleet-label-other-files = Andere Dateien (kein .json), nicht angefasst
fleet-no-period = keine Berichte
fleet-skipped-more = … und { $count } weitere (--json und das Dashboard nennen alle)
fleet-written-dashboard = Dashboard geschrieben: { $path }
fleet-written-csv = CSV geschrieben: { $path }

## Fehler

fleet-error-source-unreadable = Die Berichte in { $source } sind nicht lesbar: { $cause }
fleet-error-source-not-https = Berichte werden nur aus einem Ordner oder von einer https://-Adresse gelesen, nicht von { $source }.
fleet-error-too-many-files = Die Quelle enthält mehr als { $limit } Dateien. Werten Sie einen Unterordner nach dem anderen aus, oder verschieben Sie alte Berichte in einen Archivordner.
fleet-error-ca-file = Die CA-Datei ist nicht verwendbar: { $cause }
fleet-error-password-missing = Zu --user gehört das Passwort in der Umgebungsvariablen OVERSTAP_WEBDAV_PASSWORD (ein eigens dafür erstelltes App-Passwort: Nextcloud, Einstellungen, Sicherheit, „Neues App-Passwort erstellen“).
fleet-error-password-without-user = OVERSTAP_WEBDAV_PASSWORD ist gesetzt, --user aber nicht: Geben Sie den Benutzernamen zum Passwort an.
fleet-error-webdav-refused = Der WebDAV-Server lehnt Benutzernamen oder Passwort für { $url } ab. Prüfen Sie --user und OVERSTAP_WEBDAV_PASSWORD; ein widerrufenes App-Passwort funktioniert nicht mehr.
fleet-error-webdav-status = Der WebDAV-Server antwortete HTTP { $status } für { $url }.
fleet-error-webdav-not-dav = { $url } ist kein WebDAV-Ordner: Es kam keine Ordnerliste zurück. Für Nextcloud: https://SERVER/remote.php/dav/files/BENUTZER/ORDNER/.

## Warum eine Datei übersprungen wurde

fleet-skip-not-report-name = Nicht wie ein Bericht benannt (overstap-<Laptop-ID>-<Tag>.json).
fleet-skip-symbolic-link = Ein symbolischer Link: Links werden nicht verfolgt, damit nichts außerhalb des Ordners gelesen wird.
fleet-skip-not-regular-file = Keine normale Datei (eine Pipe, ein Gerät oder ein Socket).
fleet-skip-too-large = Größer als { $limit }; ein echter Bericht hat wenige kB.
fleet-skip-unreadable = Die Datei ist nicht lesbar: { $cause }
fleet-skip-download-failed = Der Server nannte die Datei, gab sie aber nicht heraus ({ $cause }).
fleet-skip-not-utf8 = Kein UTF-8-Text.
fleet-skip-not-json = Kein gültiges JSON: { $detail }
fleet-skip-not-a-report = JSON, aber kein Fortschrittsbericht von Overstap (kein "format": "overstap-fleet-report").
fleet-skip-newer-schema = Von einem neueren Overstap geschrieben (Berichtsversion { $version }; dieses liest bis Version { $supported }). Aktualisieren Sie Overstap auf diesem Computer.
fleet-skip-bad-schema-version = Die Berichtsversion 0 gibt es nicht.
fleet-skip-invalid-field = { $place ->
    [whole] Der Bericht ist unvollständig oder falsch: { $detail }
   *[field] Das Feld { $field } ist falsch: { $detail }
}
fleet-skip-bad-laptop-id = Die Laptop-ID besteht nicht aus 32 Hexadezimalziffern in Kleinbuchstaben.
fleet-skip-bad-date = { $field } ist kein Kalenderdatum: „{ $value }“.
fleet-skip-day-out-of-range = Der Tag { $day } liegt vor dem { $earliest } oder nach heute: Die Uhr des Laptops geht falsch oder der Bericht ist gefälscht.
fleet-skip-bad-generated-at = generated_at ist keine Zeit im Format RFC 3339.
fleet-skip-report-id-mismatch = report_id ist nicht <laptop_id>-<day>.
fleet-skip-name-mismatch = Der Dateiname nennt einen anderen Laptop oder Tag als der Bericht darin: umbenannt oder gefälscht.
fleet-skip-bad-id = { $field } ist keine gültige ID: „{ $value }“.
fleet-skip-duplicate-id = { $id } kommt im Bericht zweimal vor.
fleet-skip-text-too-long = { $field } ist länger als { $limit } Zeichen.
fleet-skip-control-characters = { $field } enthält Steuerzeichen, unsichtbare Zeichen oder Zeichen, die die Leserichtung ändern.
fleet-skip-too-many = { $field } hat mehr als { $limit } Einträge.
fleet-skip-counts-inconsistent = Die Zahlen der Checkliste { $checklist } (done, required, complete) passen nicht zu ihren Schritten.
fleet-skip-too-many-distinct-texts = Die Berichte zusammen enthalten zu viele verschiedene Namen (Abteilungen, Gründe, IDs); der Rest wurde weggelassen, um den Speicher zu begrenzen.

## Das Dashboard

fleet-dashboard-title = Fortschritt aller Laptops
fleet-dashboard-made = Erstellt { $when } aus { $source } von Overstap { $version }.
fleet-dashboard-contents = Inhalt
fleet-dashboard-skip-link = Zu den Zahlen
fleet-dashboard-summary = Zusammenfassung
fleet-dashboard-empty = Es wurde kein gültiger Bericht gefunden.
fleet-dashboard-chart-note = Die Zahlen dieses Diagramms stehen auch in der Tabelle darunter.
fleet-dashboard-footer = Erstellt von Overstap { $version } aus Fortschrittsberichten der Version { $schema } und älter. Jeder Laptop zählt mit seinem neuesten Bericht. Die CSV (--csv) enthält alle Zahlen.

fleet-dashboard-checklists = Abschluss je Checkliste
fleet-dashboard-checklists-intro = Eine Checkliste ist auf einem Laptop abgeschlossen, wenn jeder Pflichtschritt erledigt ist (ein übersprungener Pflichtschritt lässt sie unvollständig, wie in der App).
fleet-chart-checklists-title = Laptops mit abgeschlossener Checkliste, in Prozent
fleet-col-checklist = Checkliste
fleet-col-laptops = Laptops
fleet-col-complete = Abgeschlossen
fleet-col-percent = % abgeschlossen
fleet-col-mean = Pflichtschritte erledigt (Mittel)
fleet-col-mean-checked = Davon von Overstap belegt (Mittel)
fleet-col-done-confirmed = Davon nur von der Person bestätigt
fleet-mean-of = { $done } von { $required }

fleet-dashboard-timeline = Im Zeitverlauf
fleet-dashboard-timeline-intro = Für jeden Tag: die Laptops, die bis dahin berichtet hatten, und wie viele davon jede Checkliste abgeschlossen hatten, nach ihrem neuesten Bericht an oder vor diesem Tag.
fleet-chart-timeline-complete-title = Vollständig abgeschlossene Laptops, in Prozent der berichtenden
fleet-chart-timeline-reporting-title = Laptops, die bisher berichtet haben
fleet-col-day = Tag
fleet-col-reporting = Berichtend

fleet-dashboard-departments = Je Abteilung
fleet-dashboard-departments-more = Gezeigt werden die { $shown } Abteilungen mit den meisten Laptops; die CSV enthält alle { $total }.
fleet-department-not-given = (keine Abteilung angegeben)
fleet-col-department = Abteilung

fleet-dashboard-steps = Schritte je Checkliste
fleet-dashboard-steps-intro = Auf wie vielen Laptops jeder Schritt erledigt, übersprungen, blockiert oder noch offen ist. „Erledigt“ zählt, was Overstap belegt hat (eine Prüfung ist gelungen oder Overstap hat es selbst getan), und was Personen selbst bestätigt haben; die Spalte danach sagt, wie viel davon nur auf der Angabe der Person beruht.
fleet-col-step = Schritt
fleet-col-required = Pflicht auf
fleet-state-done = Erledigt
fleet-state-skipped = Übersprungen
fleet-state-blocked = Blockiert
fleet-state-todo = Offen
fleet-step-optional = optional

fleet-dashboard-blocked = Warum Menschen nicht weiterkommen
fleet-dashboard-blocked-intro = Die Gründe, die Menschen für einen blockierten Schritt angaben, gruppiert (Groß- und Kleinschreibung, Leerzeichen und Satzzeichen am Ende zählen nicht). Hier zeigen sich die Fachverfahren, die Menschen am Umstieg hindern.
fleet-dashboard-blocked-none = Kein Schritt ist blockiert.
fleet-dashboard-blocked-more = Gezeigt werden die { $shown } größten Gruppen; die CSV enthält alle { $total }.
fleet-reason-not-given = (kein Grund: das Preset sendet keine Gründe)
fleet-col-reason = Grund
fleet-col-where = Checkliste und Schritt

fleet-dashboard-checks = Am häufigsten fehlschlagende Prüfungen
fleet-dashboard-checks-intro = Das neueste Ergebnis jeder Serverprüfung je Laptop, die meisten Fehlschläge zuerst, mit ihren häufigsten Ursachen.
fleet-dashboard-checks-none = Die Berichte enthalten keine Prüfergebnisse (das Preset sendet sie nicht).
fleet-chart-checks-title = Laptops, auf denen die Prüfung fehlschlägt
fleet-col-check = Prüfung
fleet-col-fail = Fehlgeschlagen
fleet-col-warn = Warnung
fleet-col-pass = Bestanden
fleet-col-not-checked = Nicht geprüft
fleet-col-causes = Häufigste Ursachen

fleet-dashboard-versions = Overstap-Versionen und Systeme
fleet-col-version = Overstap-Version
fleet-col-os = Betriebssystem

fleet-dashboard-skipped = Übersprungene Dateien
fleet-dashboard-skipped-intro = Diese Dateien wurden nicht gezählt. Overstap schreibt nur gültige Berichte; eine übersprungene Datei wurde also unterwegs beschädigt, umbenannt oder von jemand anderem in den Ordner gelegt.
fleet-dashboard-skipped-none = Keine Datei wurde übersprungen.
fleet-dashboard-skipped-more = Aufgeführt sind die ersten { $shown } von { $total } übersprungenen Dateien.
fleet-col-file = Datei
fleet-col-code = Code
