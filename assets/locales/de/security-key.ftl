## Checkliste: Anmeldung mit einem FIDO2-Sicherheitsschlüssel

security-key = Mit Sicherheitsschlüssel anmelden
    .description = Ein kleiner USB- oder NFC-Schlüssel vom IT-Service schützt Ihr Dienstkonto: Ein gestohlenes Passwort allein reicht dann nicht mehr. Sie nutzen ihn auf der Anmeldeseite Ihrer Organisation, und darüber erreichen Sie Chat, Dateien und die anderen Dienste.

security-key--get-keys = Sicherheitsschlüssel beim IT-Service abholen
    .body = Bitten Sie den IT-Service um zwei FIDO2-Sicherheitsschlüssel: einen Hauptschlüssel für jeden Tag und einen Ersatzschlüssel. Ein Sicherheitsschlüssel sieht aus wie ein kleiner USB-Stick; viele funktionieren auch, wenn man sie an Laptop oder Handy hält (NFC). Prüfen Sie, ob der Schlüssel in Ihren Laptop passt (USB-A oder USB-C), und beschriften Sie beide, damit Sie sie auseinanderhalten. Sie brauchen zwei: Mit nur einem Schlüssel kommen Sie nicht mehr in Ihr Konto, sobald Sie ihn verlieren.
    .link-about-passkeys = Was sind Passkeys und Sicherheitsschlüssel? (FIDO Alliance, englisch)

security-key--set-pin = PIN auf beiden Schlüsseln festlegen
    .body = Die PIN schützt den Schlüssel selbst: Wer Ihren Schlüssel findet, kann ihn ohne PIN nicht benutzen. Unter Windows gehen Sie zu Einstellungen > Konten > Anmeldeoptionen > Sicherheitsschlüssel > Verwalten und wählen eine PIN mit mindestens 6 Zeichen; auf anderen Systemen hilft Ihnen der IT-Service. Machen Sie das Gleiche mit dem Ersatzschlüssel. Der Schlüssel prüft die PIN selbst, sie wird also nie an das Anmeldeportal oder an den IT-Service geschickt. Nach 8 falschen Versuchen sperrt sich der Schlüssel und muss zurückgesetzt werden, wobei alles gelöscht wird – wählen Sie also eine PIN, die Sie sich merken können.

security-key--test-key = Schlüssel an diesem Laptop testen
    .body = Stecken Sie den Hauptschlüssel ein (oder halten Sie ihn an das NFC-Lesegerät) und klicken Sie auf „Für mich erledigen“. Die App macht einen kurzen Test nur auf diesem Laptop; an Ihre Organisation wird nichts gesendet. Wenn der Schlüssel blinkt, berühren Sie ihn, und geben Sie Ihre PIN ein, falls danach gefragt wird. So wissen Sie, dass Laptop und Schlüssel zusammenarbeiten, bevor Sie sich damit anmelden.

security-key--register-key = Hauptschlüssel im Anmeldeportal registrieren
    .body = Öffnen Sie die Kontoseite, die Ihnen der IT-Service nennt (in Keycloak: Kontosicherheit > Anmeldung), und melden Sie sich wie gewohnt an. Wählen Sie dort, einen Sicherheitsschlüssel oder Passkey einzurichten; der Browser bittet Sie dann, den Schlüssel einzustecken, die PIN einzugeben und den Schlüssel zu berühren. Geben Sie ihm einen klaren Namen, zum Beispiel „Hauptschlüssel blau“. Ab jetzt kennt das Portal Ihren Schlüssel, und er schützt Ihre Anmeldung bei Matrix, Nextcloud und den anderen Diensten.

security-key--register-backup = Auch den Ersatzschlüssel registrieren
    .body = Wiederholen Sie den vorigen Schritt mit dem Ersatzschlüssel und nennen Sie ihn zum Beispiel „Ersatzschlüssel“. Prüfen Sie, ob jetzt beide Schlüssel auf der Kontoseite stehen. Bewahren Sie den Ersatzschlüssel danach an einem sicheren Ort auf, etwa in einer abschließbaren Schublade, nicht in der Laptoptasche. Geht der Hauptschlüssel verloren, können Sie mit dem Ersatzschlüssel sofort weiterarbeiten.

security-key--sign-in-once = Einmal mit dem Schlüssel anmelden
    .body = Melden Sie sich im Portal ab oder öffnen Sie ein privates Browserfenster, und melden Sie sich neu an. Nach dem Benutzernamen (und eventuell dem Passwort) fragt der Browser nach dem Schlüssel: einstecken, PIN eingeben, berühren. Klappt das, sind Sie fertig; wenn nicht, notieren Sie die genaue Fehlermeldung und schicken Sie sie an den IT-Service. So wissen Sie sicher, dass der Schlüssel funktioniert, bevor Sie sich darauf verlassen.

security-key--if-key-lost = Wissen, was bei Verlust zu tun ist
    .body = Ist ein Schlüssel verloren oder gestohlen, melden Sie das sofort dem IT-Service, damit er gesperrt wird; nutzen Sie so lange den Ersatzschlüssel. Speichern Sie die Nummer des IT-Service am besten jetzt in Ihrem Handy. Geben Sie Ihren Schlüssel und Ihre PIN nie weiter, auch nicht an Kolleginnen und Kollegen. Lassen Sie den Schlüssel nicht im Laptop stecken, wenn Sie weggehen: Mit beidem zusammen kann jede Person Ihr Konto nutzen.

security-key--remove-old-methods = Alte Anmeldeverfahren entfernen, wenn der IT-Service es sagt
    .body = Vielleicht haben Sie für Ihr Dienstkonto noch SMS-Codes oder eine Authenticator-App eingerichtet. Lassen Sie diese bestehen, bis der IT-Service sagt, dass sie weg können – im Moment sind sie vielleicht noch Ihr Weg zurück ins Konto. Gibt der IT-Service grünes Licht, entfernen Sie sie auf derselben Kontoseite, auf der Sie Ihre Schlüssel registriert haben. Weniger Anmeldeverfahren bedeuten weniger Wege für einen Angriff.
