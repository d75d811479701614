## Checkliste: Chatten mit Element auf dem Matrix-Server der Organisation.
# Klickpfade geprüft an der Dokumentation und dem Tracker von Element:
# - https://docs.element.io/latest/element-support/device-verification/how-to-verify-devices
# - https://docs.element.io/latest/element-support/device-verification/how-to-ensure-you-have-a-recovery-key
# - Einstellungen > Verschlüsselung zeigt auf einem nicht verifizierten Gerät die Schaltfläche zum Verifizieren:
#   https://github.com/element-hq/element-desktop/issues/2270
# - Einstellungen > Verschlüsselung hat Schlüsselspeicher und Wiederherstellung (die Schlüsselsicherung heißt jetzt Schlüsselspeicher):
#   https://github.com/element-hq/element-web/pull/29234, https://github.com/element-hq/element-web/pull/28673

matrix = Chatten mit Matrix (Element)
    .description = Chatten Sie mit Kolleginnen und Kollegen über den eigenen Matrix-Server Ihrer Organisation statt über Teams oder WhatsApp.
    Ihre Nachrichten bleiben auf Servern, die Ihre Organisation selbst betreibt.

matrix--install-element = Element installieren
    .body = Element ist die App, mit der Sie über Matrix chatten. Laden Sie Element für Ihren Computer herunter,
    auf Wunsch auch für Ihr Smartphone aus dem App Store oder von Google Play.
    Dürfen Sie selbst keine Programme installieren, bitten Sie den IT-Service, „Element Desktop“ für Sie zu installieren.
    Beim ersten Start sehen Sie eine Begrüßungsseite mit der Schaltfläche „Anmelden“.
    .link-download = Element herunterladen

matrix--find-server = Server Ihrer Organisation finden
    .body = Overstap sucht, welcher Matrix-Server zur Domain Ihrer Organisation gehört.
    Sie müssen nichts tun: Ein grüner Haken bedeutet, dass der Server gefunden wurde.
    Klappt es nicht, meldet Element meist nur, es sei kein gültiger Homeserver, und verschweigt den eigentlichen Grund.
    Geben Sie an den IT-Service weiter, was Overstap hier anzeigt. Oft fehlt die Datei /.well-known/matrix/client auf der Domain,
    oder ein Proxy oder ein Firmenzertifikat blockiert die Verbindung.

matrix--check-sso = Anmeldung mit dem Dienstkonto prüfen
    .body = Overstap prüft, ob der Server die Anmeldung mit dem Konto Ihrer Organisation anbietet
    (Single Sign-on, SSO). Dann melden Sie sich mit demselben Benutzernamen und Passwort an wie bei Ihren anderen
    Anwendungen im Dienst und brauchen kein neues Passwort. Klappt das nicht, teilen Sie dem IT-Service mit:
    „Unser Matrix-Server bietet keine Anmeldung per SSO an.“

matrix--sign-in-element = Bei Element anmelden
    .body = Klicken Sie in Element auf „Anmelden“. Prüfen Sie, ob der angezeigte Server der Ihrer Organisation ist;
    wenn nicht, klicken Sie auf „Bearbeiten“ und geben Sie die Domain Ihrer Organisation ein, zum Beispiel stadt-beispiel.de.
    Klicken Sie dann auf die Schaltfläche, um mit SSO fortzufahren: Ihr Browser öffnet die Anmeldeseite Ihrer Organisation.
    Melden Sie sich dort an und lassen Sie den Browser Element wieder öffnen.

matrix--connect-overstap = Overstap mit Ihrem Konto verbinden
    .body = Klicken Sie auf „Anmelden bei Chat (Matrix)“: Ihr Browser öffnet die Anmeldeseite Ihrer Organisation; melden Sie sich wie gewohnt an.
    Overstap meldet sich so als eigenes Gerät an, getrennt von Element, und prüft damit die nächsten Schritte für Sie.
    Fragt Element auf einem anderen Gerät, ob diese neue Anmeldung von Ihnen ist: Das ist Overstap.
    Sie können Overstap jederzeit in Element unter Einstellungen > Sitzungen wieder abmelden.

matrix--signed-in = Matrix-Adresse notieren
    .body = Overstap prüft, ob Ihr Konto funktioniert.
    Ihre Matrix-Adresse sieht so aus: @vorname.nachname:stadt-beispiel.de. In Element sehen Sie sie,
    wenn Sie oben links auf Ihr Profilbild klicken.
    Geben Sie diese Adresse an Ihre Kolleginnen und Kollegen weiter oder nehmen Sie sie in Ihre E-Mail-Signatur auf:
    Damit können andere einen Chat mit Ihnen beginnen.

matrix--verify-session = Dieses Gerät verifizieren
    .body = Element bittet Sie zu bestätigen, dass dieses neue Gerät wirklich Ihnen gehört. Fragt Element nicht danach,
    öffnen Sie Einstellungen > Verschlüsselung und klicken Sie auf die Schaltfläche, um dieses Gerät zu verifizieren.
    Nutzen Sie Element schon auf einem anderen Gerät, wählen Sie die Bestätigung mit diesem Gerät
    und prüfen Sie, ob beide Bildschirme dieselben Emojis zeigen.
    Ist es Ihr erstes Gerät, legt Element Ihre Verschlüsselungsschlüssel selbst an (das heißt Cross-Signing)
    und fragt eventuell noch einmal nach Ihrer Anmeldung.
    So wissen andere, dass Nachrichten wirklich von Ihnen kommen, und alle Ihre Geräte können verschlüsselte Nachrichten lesen.

matrix--key-backup = Wiederherstellungsschlüssel sichern
    .body = Öffnen Sie in Element die Einstellungen und dann „Verschlüsselung“. Prüfen Sie, ob der Schlüsselspeicher
    eingeschaltet ist, und richten Sie dort die Wiederherstellung ein. Element zeigt einen Wiederherstellungsschlüssel: eine lange Reihe
    aus Buchstaben und Ziffern. Speichern Sie ihn in Ihrem Passwort-Manager oder drucken Sie ihn aus und schließen Sie ihn ein –
    bewahren Sie ihn nicht nur auf diesem Computer auf.
    Warum: Ihre Nachrichten sind verschlüsselt; ohne diesen Schlüssel können Sie alte Nachrichten auf einem neuen Gerät
    nicht mehr lesen, und auch der IT-Service kann sie nicht zurückholen.
    Fragt Element auf einem neuen Gerät nach dem Schlüssel, geben Sie ihn ein: Dann sind Ihre alten Nachrichten wieder da.
    .confirm = Ich habe den Wiederherstellungsschlüssel an einem anderen Ort als diesem Computer gespeichert (Passwort-Manager oder ausgedruckt und eingeschlossen).

matrix--first-message = Erste Nachricht senden
    .body = Öffnen Sie den Raum Ihres Teams: Sie finden ihn bei den Einladungen in Ihrer Raumliste oder über „Räume erkunden“.
    Treten Sie bei und schreiben Sie eine kurze Nachricht, zum Beispiel „Hallo, ich bin jetzt auch auf Matrix“.
    Overstap schickt außerdem selbst eine Testnachricht über den Server und prüft, ob sie ankommt.
    Finden Sie den Raum Ihres Teams nicht, bitten Sie Ihre Führungskraft oder den IT-Service, Sie einzuladen.

matrix--federation = Andere Organisationen erreichen
    .body = Matrix-Server können miteinander sprechen, ähnlich wie bei E-Mail. So chatten Sie auch mit Menschen
    in anderen Kommunen, Landes- oder Bundesbehörden, die Matrix nutzen.
    Overstap prüft von außen, ob andere Server Ihren Server erreichen.
    Klappt das nicht, teilen Sie dem IT-Service mit: „Die Föderation unseres Matrix-Servers funktioniert nicht; bitte mit dem Federation Tester prüfen.“
    Manche Organisationen schalten die Föderation bewusst ab; fragen Sie dann den IT-Service, welche Organisationen Sie erreichen können.
    .link-tester = Matrix Federation Tester
