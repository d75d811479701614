# Die Texte der Desktop-Oberfläche (ui/), beim Bauen mitgeliefert. Einfache Worte:
# Die Lesenden stecken mitten in einem Wechsel, den sie sich nicht ausgesucht haben.

ui-skip-to-content = Direkt zum Inhalt
ui-nav-label = Hauptmenü
ui-nav-overview = Übersicht
ui-nav-organisation = Organisation
ui-nav-report = Bericht
ui-nav-settings = Einstellungen
ui-error-title = Etwas ist schiefgegangen
ui-core-error-title = Overstap kann Ihren Fortschritt nicht öffnen
ui-error-code = Code für den IT-Service: { $code }
ui-cancel = Abbrechen
ui-yes = Ja
ui-no = Nein
ui-back-to-overview = Zurück zur Übersicht

ui-first-run-title = Willkommen bei Overstap
ui-first-run-intro = Overstap begleitet Sie Schritt für Schritt beim Umzug Ihrer Arbeit zu den eigenen Diensten Ihrer Organisation und prüft, ob jeder Schritt wirklich funktioniert. Ihr Fortschritt bleibt auf diesem Computer.
ui-first-run-address-title = Ihre dienstliche E-Mail-Adresse
ui-first-run-email = Dienstliche E-Mail-Adresse
ui-first-run-email-hint = Zum Beispiel m.mustermann@behoerde.de. Damit findet Overstap die Server Ihrer Organisation für Chat und soziale Medien.
ui-first-run-servers = Meine Organisation hat mir Serveradressen gegeben
ui-first-run-servers-hint = Füllen Sie nur aus, was Sie bekommen haben. Sie können das später unter Einstellungen ändern.
ui-first-run-start = Starten
ui-first-run-done = Ihre Angaben sind gespeichert. Hier sind Ihre Checklisten.
ui-first-run-preset-title = Eine Einstellungsdatei Ihrer Organisation
ui-first-run-preset-hint = Hat Ihnen der IT-Service eine Einstellungsdatei für Overstap gegeben (.toml, mit einer Signatur .minisig daneben)? Öffnen Sie sie hier. Overstap verwendet sie nur, wenn Ihre Organisation sie signiert hat.
ui-first-run-import = Einstellungsdatei öffnen …
ui-preset-imported = Die Einstellungen aus { $file } gelten jetzt.
ui-first-run-example-title = Möchten Sie sich erst umsehen?
ui-first-run-example-hint = Probieren Sie Overstap so aus, wie eine Beispielorganisation es eingerichtet hat: mit ihren Servern, Checklisten und eigenen Schritten. Nichts ist gesperrt; in den Einstellungen können Sie neu beginnen.
ui-first-run-example = Beispielorganisation
ui-first-run-example-use = Dieses Beispiel ausprobieren
ui-first-run-example-done = Das Beispiel gilt jetzt. Hier sind die Checklisten.

ui-welcome-title = Willkommen, { $organisation } hat Overstap für Sie eingerichtet
ui-welcome-text = Ihre Organisation hat die Server bereits eingetragen und Ihre Checklisten ausgewählt, Sie können also gleich beginnen. Bei jeder Checkliste steht der nächste Schritt.
ui-welcome-help = Sie kommen nicht weiter? Ihre Organisation hilft Ihnen unter { $contact }.
ui-welcome-ok = Verstanden
ui-overview-title = Ihre Checklisten
ui-overview-intro = Mit jeder Checkliste ziehen Sie einen Teil Ihrer Arbeit um. Beginnen Sie, wo Sie möchten; bei jeder Checkliste sehen Sie den nächsten Schritt.
ui-overview-intro-org = Mit jeder Checkliste ziehen Sie einen Teil Ihrer Arbeit zu den eigenen Diensten von { $organisation } um. Bei jeder Checkliste sehen Sie den nächsten Schritt.
ui-next-step = Nächster Schritt
ui-checklist-complete = Alles erledigt.
ui-checklist-waiting = Wartet auf einen Schritt in einer anderen Checkliste.
ui-progress-label = Fortschritt
ui-progress-value = { $percent } % erledigt ({ $done } von { $total ->
    [one] 1 Schritt
   *[other] { $total } Schritten
})
ui-progress-counts = { $done } von { $total ->
    [one] 1 Schritt
   *[other] { $total } Schritten
} erledigt{ $skipped ->
    [0] {""}
   *[other] , { $skipped } übersprungen
}{ $blocked ->
    [0] {""}
   *[other] , { $blocked } blockiert
}.

ui-state-todo = Offen
ui-state-done = Erledigt
ui-state-skipped = Übersprungen
ui-state-blocked = Blockiert
ui-step-optional = Optional
ui-step-blocked-because = Blockiert: { $reason }
ui-step-waiting = { $count ->
    [one] Dieser Schritt folgt auf einen früheren Schritt.
   *[other] Dieser Schritt folgt auf { $count } frühere Schritte.
}
ui-mark-done = Das habe ich erledigt
ui-mark-skip = Überspringen
ui-mark-blocked = Ich komme nicht weiter …
ui-mark-todo = Wieder als offen markieren
ui-marked-done = „{ $step }“ ist als erledigt markiert.
ui-marked-skip = „{ $step }“ wurde übersprungen.
ui-marked-block = „{ $step }“ ist als blockiert markiert.
ui-marked-reset = „{ $step }“ ist wieder offen.
ui-block-reason = Woran liegt es?
ui-block-save = Begründung speichern
ui-history = Verlauf
ui-history-empty = Bei diesem Schritt ist noch nichts passiert.
ui-history-check = Prüfung #{ $seq }
ui-source-cli = Befehlszeile
ui-source-app = diese App
ui-source-probe = eine Prüfung
ui-source-preset = Ihre Organisation

ui-service-matrix = Chat (Matrix)
ui-service-mastodon = Mastodon
ui-service-nextcloud = Nextcloud
ui-service-libreoffice = LibreOffice
ui-check-now = Jetzt prüfen
ui-check-all = { $service } prüfen
ui-check-running = { $service } wird geprüft …
ui-check-arrived = { $service }: { $working } von { $total ->
    [one] 1 Prüfung ist
   *[other] { $total } Prüfungen sind
} in Ordnung.
ui-result-pass = Funktioniert
ui-result-warn = Funktioniert, mit Einschränkung
ui-result-fail = Funktioniert nicht
ui-result-skipped = Nicht geprüft
ui-remedy = Was Sie tun können
ui-evidence = Einzelheiten für den IT-Service
ui-evidence-certificate = Zertifikat für { $subject }, ausgestellt von { $issuer }, gültig bis { $expires }.
ui-evidence-timing = Dauer: { $ms } ms.

ui-action-do = Für mich erledigen
ui-action-undo = Rückgängig machen
ui-action-done = Erledigt. Geändert: { $file }
ui-action-undone = Rückgängig gemacht. Wiederhergestellt: { $file }

ui-sign-in = Anmelden bei { $service }
ui-sign-in-starting = Die Anmeldeseite wird geöffnet …
ui-sign-in-in-browser = Schließen Sie die Anmeldung in Ihrem Webbrowser ab. Dieses Fenster wartet auf Sie.
ui-sign-in-open-yourself = Ihr Webbrowser hat sich nicht geöffnet. Kopieren Sie diese Adresse in Ihren Browser, um sich anzumelden:
ui-sign-in-address = Anmeldeadresse
ui-sign-in-address-fallback = Falls sich Ihr Browser nicht geöffnet hat, kopieren Sie diese Adresse hinein:
ui-sign-in-with-code = Stattdessen mit einem Code anmelden
ui-sign-in-code = Der Code, den Ihr Browser anzeigt
ui-sign-in-code-send = Code senden
ui-sign-in-password-instead = Stattdessen mit einem Passwort anmelden
ui-matrix-user = Benutzername
ui-matrix-password = Passwort
ui-sign-in-password = Anmelden
ui-signed-in-as = Angemeldet als { $account } bei { $server }.
ui-sign-out = Abmelden
ui-signed-out = Sie sind bei { $service } abgemeldet.

ui-org-title = Einstellungen der Organisation
ui-org-managed = { $organisation } hat Overstap für Sie eingerichtet. Hier sehen Sie, welche Einstellungen gelten und woher jede einzelne stammt.
ui-org-unmanaged = Auf diesem Computer hat keine Organisation Overstap eingerichtet. Bekommen Sie eine signierte Datei von Ihrer Organisation, sehen Sie deren Einstellungen hier.
ui-org-support = Hilfe von Ihrer Organisation
ui-org-support-email = E-Mail
ui-org-support-phone = Telefon
ui-org-support-web = Hilfeseiten
ui-org-support-matrix = Chatraum
ui-org-problems = { $count ->
    [one] Ein Problem in den Einstellungsdateien
   *[other] { $count } Probleme in den Einstellungsdateien
}
ui-org-settings-caption = Geltende Einstellungen
ui-org-sources-caption = Einstellungsdateien
ui-org-col-source = Herkunft
ui-org-refused = Nicht verwendet (siehe die Probleme oben)
ui-org-applied = { $problems ->
    [0] Verwendet
    [one] Verwendet, 1 Problem
   *[other] Verwendet, { $problems } Probleme
}
ui-org-no-settings = Es gibt keine Einstellungen der Organisation.
ui-layer-system = Von Ihrer Organisation auf diesem Computer festgelegt
ui-layer-imported = Importierte Datei
ui-layer-example = Von Ihnen gewähltes Beispiel

ui-report-title = Bericht
ui-report-intro = Ihr Fortschritt, zum Aufbewahren oder zum Senden an den IT-Service. Der Bericht enthält den Stand jedes Schritts und Ihre Begründungen für blockierte Schritte, aber keine Passwörter.
ui-report-caption = Fortschritt je Checkliste
ui-report-col-checklist = Checkliste
ui-report-save-json = Als JSON speichern …
ui-report-save-csv = Als CSV speichern …
ui-report-print = Drucken
ui-report-saved = Gespeichert unter { $path }.

ui-settings-title = Einstellungen
ui-settings-display = Sprache und Darstellung
ui-settings-servers = Ihre E-Mail-Adresse und Server
ui-settings-data = Ihre Daten
ui-settings-data-dir = Overstap speichert Ihren Fortschritt in diesem Ordner auf diesem Computer:
ui-version = Overstap Version { $version }
ui-setting-language = Sprache
ui-setting-language-hint = Wird sofort übernommen.
ui-setting-email = Dienstliche E-Mail-Adresse
ui-setting-email-hint = Damit findet Overstap die Server Ihrer Organisation.
ui-setting-matrix = Chatserver (Matrix)
ui-setting-matrix-hint = Zum Beispiel behoerde.de oder https://matrix.behoerde.de.
ui-setting-mastodon = Mastodon-Server
ui-setting-mastodon-hint = Zum Beispiel social.bund.de.
ui-setting-nextcloud = Nextcloud-Server
ui-setting-nextcloud-hint = Zum Beispiel https://cloud.behoerde.de.
ui-setting-locked = Von Ihrer Organisation festgelegt; Sie können das hier nicht ändern.
ui-setting-from-org = Von Ihrer Organisation ausgefüllt. Sie dürfen es ändern.
ui-setting-saved = Gespeichert.
ui-setting-theme = Farben
ui-theme-system = Wie mein Computer
ui-theme-light = Hell
ui-theme-dark = Dunkel
ui-theme-contrast = Hoher Kontrast
ui-language-nl = Nederlands
ui-language-de = Deutsch
ui-language-en = English
ui-language-changed = Die Sprache wurde geändert.
ui-reset = Neu beginnen …
ui-reset-question = Neu beginnen? Sie werden überall abgemeldet, und jeder Schritt ist wieder offen. Der Verlauf Ihrer bisherigen Schritte bleibt erhalten.
ui-reset-confirm = Ja, neu beginnen
ui-reset-done = Neu begonnen: { $count ->
    [one] 1 Schritt ist
   *[other] { $count } Schritte sind
} wieder offen.

# Progress reports to the organisation (screens/fleet.ts)
ui-setting-department = Abteilung
ui-setting-department-hint = Ihre Organisation sieht den Fortschritt je Abteilung.
ui-setting-department-none = (nicht angegeben)
ui-setting-source_folder = Ordner, aus dem Sie umziehen
ui-setting-source_folder-hint = Ihr OneDrive- oder Google-Drive-Ordner oder der Ordner eines Exports (vollständiger Pfad). Overstap liest nur Namen und Größen, um sie mit Ihrem Speicher in Nextcloud zu vergleichen. Leer: Overstap sucht Ihren OneDrive- oder Google-Drive-Ordner selbst.
ui-fleet-title = Was Ihre Organisation erhält
ui-fleet-notice-on = Ihre Organisation erhält einen Fortschrittsbericht von diesem Computer, an { $destination }.
ui-fleet-notice-unseen = Ihre Organisation bittet um einen Fortschrittsbericht von diesem Computer, gesendet an { $destination }. Es wird nichts gesendet, bevor Sie ihn angesehen haben.
ui-fleet-notice-link = Ansehen, was gesendet wird
ui-fleet-your-organisation = Ihre Organisation
ui-fleet-intro = { $organisation } erhält einen Fortschrittsbericht von diesem Computer, damit der IT-Service sieht, wo es hakt, und helfen kann. Er geht nur an den eigenen Server Ihrer Organisation, { $destination }, und nirgendwo sonst hin.
ui-fleet-contains = Ein Bericht enthält:
ui-fleet-field-steps = den Stand jedes Schritts, die App-Version und einen Code für diesen Computer, der nicht verrät, wer Sie sind
ui-fleet-field-department = Ihre Abteilung
ui-fleet-field-blocked-reasons = warum ein Schritt blockiert ist, in Ihren Worten
ui-fleet-field-check-outcomes = die Ergebnisse der Serverprüfungen
ui-fleet-field-names = Ihren Namen, Ihr Konto und Ihre dienstliche E-Mail-Adresse
ui-fleet-unseen = Es wurde noch nichts gesendet. Lesen Sie zuerst den Bericht unten; er wird erst danach gesendet.
ui-fleet-show = Genau zeigen, was gesendet wird
ui-fleet-exactly = Genau das wird an { $destination } gesendet, als { $name }:
ui-fleet-body-label = Der Bericht { $name }
ui-fleet-seen-button = Ich habe ihn gelesen
ui-fleet-seen-done = Vermerkt. Ab jetzt werden Berichte gesendet.
ui-fleet-misconfigured = Ihre Organisation hat Fortschrittsberichte eingeschaltet, sie können aber nicht gesendet werden: { $problem } Es wird nichts gesendet.
ui-fleet-uploads-caption = Berichte von diesem Computer
ui-fleet-col-day = Tag
ui-fleet-col-state = Stand
ui-fleet-col-problem = Letztes Problem
ui-fleet-upload-sent = Gesendet { $at }
ui-fleet-upload-waiting = Wartet auf das Senden (bisher { $attempts ->
    [one] 1 Versuch
   *[other] { $attempts } Versuche
})

## Wer einen Schritt belegt hat (checklist.ts, step-controls.ts)
ui-proof-checked = Von Overstap geprüft: { $what }
ui-proof-confirmed = Von Ihnen bestätigt
ui-proof-checked-and-confirmed = Von Overstap geprüft ({ $what }) und von Ihnen bestätigt
ui-proof-done-by-overstap = Von Overstap erledigt
ui-progress-proof = Von den erledigten Schritten: { $checked } von Overstap belegt, { $confirmed } von Ihnen bestätigt.
ui-confirm-waiting = Die Prüfung ist gelungen: { $what }. Nur Sie können den Rest bestätigen:
ui-confirm-button = Ja, das stimmt
ui-warn-confirm = Die Prüfung hat etwas gefunden, das Sie sich ansehen sollten (siehe das Ergebnis oben). Spielt es für Sie keine Rolle, können Sie diesen Schritt selbst als erledigt markieren.
ui-mark-done-anyway = Selbst als erledigt markieren
ui-proof-label-checked = von Overstap geprüft
ui-proof-label-confirmed = von Ihnen bestätigt
ui-proof-label-checked-and-confirmed = von Overstap geprüft und von Ihnen bestätigt
ui-proof-label-done-by-overstap = von Overstap erledigt

# „Ich komme nicht weiter“ erreicht den IT-Service (screens/stuck-help.ts, main.ts)
ui-open-failed = Overstap konnte diese Adresse nicht öffnen. Kopieren Sie sie und öffnen Sie sie selbst:
ui-block-reason-hint-help = Zum Beispiel: „Die E-Akte öffnet noch keine .odt-Dateien.“ Nach dem Speichern zeigt Overstap, wer Ihnen hilft und ob die IT Ihre Begründung sieht.
ui-stuck-title = Hilfe zu diesem Schritt
ui-stuck-reason-reported = Ihre Begründung geht mit dem nächsten Fortschrittsbericht dieses Computers an { $organisation }; die IT sieht sie also.
ui-stuck-reason-not-yet = Ihre Begründung bleibt vorerst auf diesem Computer. { $organisation } bittet um Fortschrittsberichte, aber nichts wird gesendet, bevor Sie den Bericht gelesen haben (unter Bericht).
ui-stuck-reason-local = Ihre Begründung bleibt auf diesem Computer: Die IT sieht sie nicht. Wenden Sie sich für Hilfe selbst an den IT-Service.
ui-stuck-contacts = Der IT-Service von { $organisation } hilft Ihnen:
ui-stuck-no-contacts = Ihre Organisation hat die Kontaktdaten des IT-Service nicht in Overstap hinterlegt. Wenden Sie sich wie gewohnt an den IT-Service.
ui-stuck-write = An den IT-Service schreiben
ui-stuck-mail-subject = Overstap: Ich komme bei „{ $step }“ nicht weiter
ui-stuck-mail-intro = Guten Tag, ich komme bei einem Schritt in Overstap nicht weiter.
ui-stuck-mail-step = Schritt: { $step } ({ $id })
ui-stuck-mail-reason = Woran es liegt: { $reason }
ui-stuck-mail-check = Letzte Prüfung: { $summary }
ui-stuck-mail-check-code = Letzte Prüfung: { $summary } (Code: { $code })
ui-stuck-mail-version = Overstap Version { $version }

# Die Organisationsseite: jede Einstellung in einfachen Worten (screens/policy-text.ts)
ui-org-imported = { $organisation } hat Overstap mit einer signierten Einstellungsdatei eingerichtet. Dies sind die geltenden Einstellungen und woher jede kommt.
ui-org-example = Sie probieren Overstap so aus, wie { $organisation } es einrichten würde: ein Beispiel. Nichts ist gesperrt und nichts wird berichtet. Um das Beispiel zu beenden, beginnen Sie unter Einstellungen neu.
ui-org-locked-badge = Gesperrt
ui-policy-secret-set = Gesetzt (geheim, wird nicht angezeigt)
ui-policy-step-hidden = Ausgeblendet
ui-policy-step-optional = Optional
ui-policy-step-required = Erforderlich
ui-policy-formats-odf = OpenDocument (.odt, .ods, .odp)
ui-policy-formats-ooxml = Microsoft-Office-Formate (.docx, .xlsx, .pptx)
ui-policy-checklist-step = Schritt „{ $step }“ in { $checklist }
ui-policy-checklist-enabled = Checkliste { $checklist } wird angezeigt
ui-policy-organisation-name = Name der Organisation
ui-policy-organisation-domain = E-Mail-Domain
ui-policy-organisation-departments = Abteilungen zur Auswahl
ui-policy-organisation-support-email = E-Mail-Adresse des IT-Service
ui-policy-organisation-support-phone = Telefonnummer des IT-Service
ui-policy-organisation-support-web = Hilfeseiten
ui-policy-organisation-support-matrix-room = Chatraum für Hilfe
ui-policy-branding-logo = Logo
ui-policy-branding-colors-primary = Farbe der Schaltflächen
ui-policy-branding-colors-primary-text = Textfarbe der Schaltflächen
ui-policy-branding-colors-link = Farbe der Links
ui-policy-branding-colors-focus = Farbe des Fokusrahmens
ui-policy-servers-mastodon = Mastodon-Server
ui-policy-servers-matrix = Chat-Server (Matrix)
ui-policy-servers-nextcloud = Nextcloud-Server
ui-policy-servers-report-upload = Wohin Fortschrittsberichte gehen
ui-policy-trust-ca-files = Zusätzliche Zertifikate, denen Prüfungen vertrauen
ui-policy-trust-preset-signing-keys = Schlüssel, die Einstellungsdateien signieren dürfen
ui-policy-extra-steps = Eigene Schritte der Organisation
ui-policy-libreoffice-minimum-version = Niedrigste LibreOffice-Version
ui-policy-libreoffice-default-formats = LibreOffice speichert als
ui-policy-reporting-enabled = Fortschrittsberichte an die Organisation
ui-policy-reporting-include = Was Berichte außer den Schritten enthalten
ui-policy-reporting-salt = Schlüssel für den Computercode in Berichten
ui-policy-defaults-language = Sprache

# The first run (screens/first-run.ts)
ui-first-run-language = Sprache

# Die Berichtsseite und ihr Ausdruck (screens/report.ts)
ui-report-col-progress = Fortschritt
ui-report-organisation = Organisation
ui-report-person = Dienstliche Adresse
ui-report-date = Datum
ui-report-blocked-title = Blockierte Schritte und warum
ui-report-blocked-none = Kein Schritt ist blockiert.

# Worauf ein wartender Schritt wartet, mit Namen (screens/waiting.ts)
ui-step-waiting-for = { $count ->
    [one] Dieser Schritt kommt nach { $steps }. Erledigen Sie diesen Schritt zuerst.
   *[other] Dieser Schritt kommt nach { $steps }. Erledigen Sie diese Schritte zuerst.
}
ui-report-col-checked = Davon von Overstap belegt
ui-report-col-confirmed = Davon von Ihnen bestätigt

## The Matrix test message, only when asked for (step-controls.ts)
ui-test-message = Testnachricht senden
ui-test-message-hint = Möchten Sie sicher sein, dass Nachrichten ankommen? Overstap legt dann einen privaten Raum „Overstap-Test“ an, sendet dort eine Nachricht, liest sie zurück und verlässt den Raum wieder. Nichts wird gesendet, bevor Sie die Schaltfläche drücken.
