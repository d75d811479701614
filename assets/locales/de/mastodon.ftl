## Mastodon: das eigene Konto der Organisation auf dem eigenen Server
# Klickpfade geprüft an der Dokumentation von Mastodon: Der Verifizierungscode steht auf einer
# eigenen Seite unter Einstellungen > Öffentliches Profil > Verifizierung (/settings/verification):
# - https://docs.joinmastodon.org/user/profile/#verification
# - https://joinmastodon.org/verification
mastodon = Ihre Organisation auf Mastodon
    .description = Richten Sie das offizielle Konto Ihrer Organisation auf dem eigenen
    Mastodon-Server ein. Keine Werbung, kein Algorithmus, und den Server betreibt die
    Verwaltung selbst.

mastodon--server-reachable = Server Ihrer Organisation prüfen
    .body = Overstap prüft, ob der Mastodon-Server Ihrer Organisation antwortet, zum Beispiel
    social.bund.de. Klappt das, sehen Sie den Namen und die Version des Servers. Klappt es
    nicht, fragen Sie den IT-Service, ob die Adresse stimmt und ob ein Proxy oder eine Firewall die
    Verbindung sperrt. Ohne erreichbaren Server funktionieren die nächsten Schritte nicht.

mastodon--account-ready = Konto der Organisation anlegen lassen
    .body = Auf Servern der Verwaltung können Sie sich meist nicht selbst registrieren: Das
    Konto legen die Pressestelle oder die Administration des Servers an. Fragen Sie dort nach dem
    Kontonamen (zum Beispiel @ihreorganisation@social.bund.de) und lassen Sie die Zugangsdaten
    an ein Funktionspostfach schicken, nicht an Ihr persönliches. Overstap findet das Konto,
    sobald es existiert. Mit einem Funktionspostfach hängt das Konto nicht an einer
    einzelnen Person.

mastodon--sign-in = Im Browser anmelden
    .body = Klicken Sie auf „Anmelden bei Mastodon“. Ihr Browser öffnet die Anmeldeseite Ihres Servers:
    Geben Sie E-Mail-Adresse und Passwort ein und, wenn die Zwei-Faktor-Authentisierung
    aktiv ist, den sechsstelligen Code. Klicken Sie dann auf Autorisieren und kehren Sie zu
    Overstap zurück. Die Anmeldung im Browser funktioniert auch mit zweitem Faktor; Apps,
    die direkt nach Ihrem Passwort fragen, scheitern daran.

mastodon--complete-profile = Profil vervollständigen
    .body = Öffnen Sie in Mastodon Profil bearbeiten (unter Einstellungen, Öffentliches
    Profil). Tragen Sie als Anzeigenamen den vollen Namen Ihrer Organisation ein, laden Sie das
    Logo als Profilbild hoch und schreiben Sie eine kurze Beschreibung, die mit „Offizielles
    Konto von …“ beginnt. Klicken Sie unten auf Änderungen speichern. Menschen entscheiden
    in Sekunden, ob ein Konto echt ist, und ein vollständiges Profil hilft ihnen dabei.
    .link-profile-help = Mastodon-Hilfe: Ihr Profil (englisch)

mastodon--website-link = rel="me"-Link beim Webteam anfragen
    .body = Öffnen Sie in Mastodon Einstellungen, Öffentliches Profil und dort die Registerkarte
    Verifizierung. Dort finden Sie ein kurzes Stück Code mit der Adresse Ihres Profils. Schicken Sie es an das Webteam mit der Bitte, es als
    sichtbaren Link auf die Startseite Ihrer Website zu setzen, etwa als „Folgen Sie uns auf
    Mastodon“: <a rel="me" href="https://social.bund.de/@ihreorganisation">Mastodon</a>. Die
    Seite muss per https laden und kleiner als 1 MB sein, und der Link darf nicht per
    JavaScript oder in einem iframe eingebunden werden. So kann jede und jeder sehen, dass
    das Konto wirklich zu Ihrer Organisation gehört.

mastodon--link-verified = Website im Profil eintragen und speichern
    .body = Tragen Sie in Profil bearbeiten unter Zusatzfelder die Bezeichnung „Website“ und
    die vollständige Adresse dieser Seite ein, zum Beispiel https://www.ihre-organisation.de.
    Klicken Sie auf Änderungen speichern: Mastodon prüft den Link nur in diesem Moment,
    später nicht mehr. Hat es geklappt, wird die Adresse grün mit einem Häkchen; Overstap
    prüft das ebenfalls. Bleibt sie grau, nennt Mastodon keinen Grund: Prüfen Sie, ob der
    Link des Webteams schon online ist und beide Adressen genau übereinstimmen, und
    speichern Sie das Profil erneut.
    .link-verification-help = Mastodon-Hilfe: Links verifizieren (englisch)

mastodon--two-factor = Zwei-Faktor-Anmeldung einschalten
    .body = Öffnen Sie in Mastodon Einstellungen, Konto, Zwei-Faktor-Authentisierung und
    scannen Sie den QR-Code mit einer Authenticator-App. Nutzen Sie ein Diensthandy oder
    eine App, die Ihre Organisation verwaltet, nicht nur Ihr privates Handy, und legen Sie die
    Wiederherstellungscodes im Passwortmanager der Organisation ab. Fragen Sie den IT-Service,
    welche App Sie nutzen dürfen. Dann reicht ein gestohlenes Passwort allein nicht mehr, um im
    Namen Ihrer Organisation zu veröffentlichen.

mastodon--pin-first-post = Ersten Beitrag schreiben und anheften
    .body = Schreiben Sie einen ersten Beitrag: wer Sie sind, was Sie hier veröffentlichen
    und wie man Sie sonst erreicht. Veröffentlichen Sie ihn, klicken Sie auf die drei Punkte
    unter dem Beitrag und wählen Sie Im Profil anheften. Wer Ihr Profil neu besucht, sieht
    diesen Beitrag dann ganz oben.

mastodon--add-alias = Optional: altes Mastodon-Konto verknüpfen
    .body = Nur nötig, wenn Ihre Organisation schon ein Mastodon-Konto auf einem anderen Server
    hat. Öffnen Sie im neuen Konto Einstellungen, Konto, Von einem anderen Konto umziehen,
    und legen Sie einen Alias mit der alten Adresse an, zum Beispiel
    @ihreorganisation@mastodon.social. Tun Sie das im neuen Konto, nicht im alten: Das wird oft
    verwechselt. Warten Sie danach bis zu 24 Stunden, denn Server merken sich die alten
    Angaben so lange; ohne Alias lehnt Mastodon den Umzug im nächsten Schritt ab.
    .link-moving-help = Mastodon-Hilfe: Konto umziehen (englisch)

mastodon--move-followers = Optional: Follower umziehen
    .body = Melden Sie sich nach der Wartezeit im alten Konto an, öffnen Sie Einstellungen,
    Konto, Zu einem anderen Konto umziehen, und geben Sie die neue Adresse und das Passwort
    des alten Kontos ein. Die Follower ziehen automatisch mit; Beiträge bleiben im alten
    Konto, und das alte Profil verweist auf das neue. Konten, denen Sie folgen, ziehen nicht
    mit: Exportieren Sie sie unter Import und Export und importieren Sie sie im neuen Konto.
    Meldet Mastodon, die Adresse sei kein Alias, warten Sie noch einige Stunden; nach einem
    Umzug können Sie 30 Tage lang nicht erneut umziehen, prüfen Sie die neue Adresse also
    genau.
    .link-moving-help = Mastodon-Hilfe: Konto umziehen (englisch)
