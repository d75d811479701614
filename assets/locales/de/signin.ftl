# An- und Abmelden: Fehler, die Seite im Browser, die Befehlszeile.
# Jede Meldung hier steht auch in en/signin.ftl und nl/signin.ftl (ein Test prüft das).

## Fehler

error-network = { $summary } { $remedy }
error-keyring-unavailable = Overstap bewahrt Passwörter und Anmeldeschlüssel nur im Schlüsselbund Ihres Computers auf, und der ist gerade nicht nutzbar ({ $detail }). Entsperren Sie ihn (unter Linux: „Passwörter und Verschlüsselung“) oder bitten Sie den IT-Service, einen einzurichten. Es wurde nichts gespeichert.
error-server-address-credentials = Schreiben Sie keinen Benutzernamen und kein Passwort in die Serveradresse. Overstap fragt im Browser danach und bewahrt sie im Schlüsselbund Ihres Computers auf.
error-sign-in-needs-server = Geben Sie an, bei welchem { $service }-Server Sie sich anmelden möchten, zum Beispiel mit --server https://server.behoerde.de.
error-sign-in-loopback = Overstap konnte keine lokale Adresse öffnen, zu der der Browser zurückkehrt ({ $detail }). Versuchen Sie es erneut oder verwenden Sie --paste-code, um den Code aus dem Browser abzuschreiben.
error-sign-in-bad-address = Der Server hat eine Adresse geschickt, die keine sichere Webseite ist („{ $given }“), daher hat Overstap sie nicht geöffnet. Melden Sie es dem IT-Service: Der Server ist vielleicht falsch eingerichtet oder nicht der gemeinte.
error-sign-in-expired = Die Anmeldung hat länger gedauert, als der Server erlaubt (20 Minuten). Beginnen Sie erneut und erteilen Sie den Zugriff im Browser.
error-sign-in-not-accepted = Der Server hat die Anmeldung nicht angenommen. Beginnen Sie erneut; wenn es weiter scheitert, melden Sie es dem IT-Service.
error-sign-in-no-pkce = Der Server { $server } bietet die sichere Anmeldung nicht an, die Overstap verwendet (PKCE). Melden Sie es dem IT-Service: Mastodon ab 4.3 kann das.
error-sign-in-state = Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört; sie wurde ignoriert. Beginnen Sie die Anmeldung erneut.
error-sign-in-refused = Die Anmeldung wurde im Browser abgebrochen ({ $detail }). Beginnen Sie erneut, wenn Sie sich anmelden möchten.
error-sign-in-no-code = Fügen Sie den Code ein, den der Browser nach der Freigabe angezeigt hat.
error-sign-in-matrix-no-password = Dieser Chatserver erlaubt keine Anmeldung mit Passwort. Melden Sie sich über den Browser an: Lassen Sie --user weg.
error-sign-in-matrix-use-password = Dieser Chatserver bietet nur die Anmeldung mit Passwort an. Fügen Sie --user mit Ihrem Benutzernamen hinzu; Overstap fragt dann nach dem Passwort.
error-sign-in-matrix-no-method = Dieser Chatserver bietet keine Anmeldung an, die Overstap kennt. Melden Sie es dem IT-Service.
error-sign-in-matrix-not-found = Overstap findet Ihren Chatserver für die Anmeldung nicht: { $summary } { $remedy }

## Die Seite, die der Browser bei der Rückkehr zu Overstap zeigt

sign-in-page-title = Sie sind angemeldet
sign-in-page-body = Overstap hat, was es braucht. Sie können diesen Tab schließen und zu Overstap zurückkehren.

## Befehlszeile

login-open-browser = Öffnen Sie diese Adresse in Ihrem Browser, um sich anzumelden:
login-paste-code = Fügen Sie den Code ein, den der Browser nach der Freigabe zeigt, und drücken Sie die Eingabetaste:
login-waiting = Warten, bis Sie im Browser fertig sind … (Strg+C bricht ab)
login-password-prompt = Passwort für { $user }:
login-done = Bei { $server } als { $account } angemeldet. Das Passwort bleibt im Schlüsselbund Ihres Computers.
logout-done = Bei { $server } abgemeldet ({ $account }). Es wurde aus dem Schlüsselbund Ihres Computers entfernt.
logout-none = Sie waren bei { $service } nicht über Overstap angemeldet.
login-none = Sie sind noch nirgends über Overstap angemeldet.
login-status-line = { $service }: { $account } bei { $server } (seit { $since })
error-sign-in-cancelled = Die Anmeldung wurde abgebrochen. Es wurde nichts gespeichert.
error-action-is-sign-in = Die Anmeldung erfolgt im Browser: Verwenden Sie „overstap login { $service }“ (oder „Anmelden bei …“ in der App).
error-sign-in-not-waiting-for-code = Es wartet keine Anmeldung auf einen Code, oder der Code ist leer. Beginnen Sie die Anmeldung erneut.
