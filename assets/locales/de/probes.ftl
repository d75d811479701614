# Texte der Serverprüfungen: was ein Ergebnis bedeutet und was Sie tun können.
# Jede Meldung hier steht auch in en/probes.ftl und nl/probes.ftl (ein Test prüft das).
# Argumente: $url (die geprüfte Adresse), $host, $detail (technisch, auf Englisch),
# $status (HTTP-Status), $expiry (Datum), $names (Namen, für die ein Zertifikat gilt),
# $issuer, $vendor (Hersteller eines Proxys, der Verbindungen abfängt), $limit.

## Ergebnisse

probe-status-pass = Funktioniert
probe-status-warn = Funktioniert, mit Einschränkung
probe-status-fail = Funktioniert nicht
probe-status-skipped = Nicht geprüft

## Netzwerkfehler: eine Zusammenfassung, dann was zu tun ist (oder was Sie dem IT-Service mitteilen)

failure-dns_failed = Der Name { $host } wurde nicht gefunden.
failure-dns_failed-remedy = Prüfen Sie die Adresse auf Tippfehler. Stimmt sie, kann das Netzwerk dieses Computers den Namen nicht nachschlagen: Teilen Sie dem IT-Service mit, dass sich { $host } von Ihrem Arbeitsplatz aus nicht auflösen lässt (DNS).
failure-connection_refused = { $host } lehnt die Verbindung ab.
failure-connection_refused-remedy = Unter dieser Adresse läuft kein Server, oder eine Firewall blockiert ihn. Teilen Sie dem IT-Service mit: „{ $url } lehnt Verbindungen ab.“
failure-connection_failed = Die Verbindung zu { $host } ist abgebrochen.
failure-connection_failed-remedy = Versuchen Sie es gleich noch einmal. Passiert es immer wieder, melden Sie es dem IT-Service und nennen Sie diese Einzelheiten: { $detail }
failure-timeout = { $host } hat nicht rechtzeitig geantwortet.
failure-timeout-remedy = Der Server oder das Netzwerk ist sehr langsam, oder eine Firewall verwirft den Datenverkehr stillschweigend. Versuchen Sie es erneut; bleibt es so, teilen Sie dem IT-Service mit, dass { $url } von Ihrem Arbeitsplatz aus nicht antwortet.
failure-tls_expired = Das Sicherheitszertifikat von { $host } ist abgelaufen (gültig bis { $expiry }).
failure-tls_expired-remedy = Klicken Sie Warnungen nicht weg. Teilen Sie dem IT-Service mit: „Das Zertifikat von { $host } ist am { $expiry } abgelaufen.“ Nur der IT-Service kann es erneuern lassen.
failure-tls_wrong_name = Das Sicherheitszertifikat gehört nicht zu { $host } (es gilt für: { $names }).
failure-tls_wrong_name-remedy = Prüfen Sie die Adresse. Stimmt sie, zeigt der Server das falsche Zertifikat: Teilen Sie dem IT-Service mit, dass { $host } ein Zertifikat für { $names } vorlegt.
failure-tls_unknown_ca = Dieser Computer vertraut dem Sicherheitszertifikat von { $host } nicht (ausgestellt von { $issuer }).
failure-tls_unknown_ca-remedy = Das Zertifikat stammt von einer Stelle, die dieser Computer nicht kennt, zum Beispiel von der Organisation selbst. Bitten Sie den IT-Service, das Stammzertifikat der Organisation auf diesem Computer zu installieren oder Overstap die CA-Datei zu geben. Klicken Sie Warnungen nicht weg.
failure-tls_intercepted = Die Verbindung zu { $host } wird von { $vendor } abgefangen, dem dieser Computer nicht vertraut.
failure-tls_intercepted-remedy = Ihr Netzwerk (oder Sicherheitssoftware auf diesem Laptop) öffnet verschlüsselten Datenverkehr, um ihn zu prüfen. Teilen Sie dem IT-Service mit: „{ $vendor } fängt { $host } ab, und sein Stammzertifikat gilt hier nicht als vertrauenswürdig.“ Der IT-Service kann dieses Zertifikat installieren lassen oder den Server von der Prüfung ausnehmen.
failure-tls_other = Die sichere Verbindung zu { $host } ist fehlgeschlagen.
failure-tls_other-remedy = Teilen Sie dem IT-Service mit, dass die sichere Verbindung zu { $host } fehlschlägt, und nennen Sie diese Einzelheiten: { $detail }
failure-http_only = { $host } bietet keine sichere Verbindung (https) an.
failure-http_only-remedy = Overstap verbindet sich nur über https, damit niemand unterwegs mitlesen kann, was Sie eingeben. Teilen Sie dem IT-Service mit, dass { $url } https braucht.
failure-redirect_to_http = { $host } leitet auf eine unsichere Adresse (http) um.
failure-redirect_to_http-remedy = Overstap folgt keiner Weiterleitung von einer sicheren zu einer unsicheren Adresse. Teilen Sie dem IT-Service mit, dass { $url } auf einfaches http umleitet.
failure-too_many_redirects = { $host } leitet immer weiter um, ohne irgendwo anzukommen.
failure-too_many_redirects-remedy = Die Weiterleitungen des Servers drehen sich im Kreis, oder es sind zu viele. Teilen Sie dem IT-Service mit, dass { $url } endlos umleitet.
failure-proxy_required = Ein Proxyserver verlangt eine Anmeldung, bevor { $host } erreichbar ist.
failure-proxy_required-remedy = Dieses Netzwerk verlangt eine Anmeldung am Proxy. Fragen Sie den IT-Service, wie dieser Computer { $host } erreichen soll (Proxy-Einstellungen oder eine Ausnahme).
failure-not_expected_service = Unter { $url } antwortet etwas anderes: eine Webseite statt des erwarteten Dienstes.
failure-not_expected_service-remedy = Oft steht ein Anmeldeportal, ein Proxy oder die Fehlerseite eines Webservers im Weg. Prüfen Sie die Adresse; stimmt sie, teilen Sie dem IT-Service mit, dass { $url } eine Webseite statt des Dienstes liefert.
failure-maintenance = { $host } wird gerade gewartet.
failure-maintenance-remedy = Warten Sie eine Weile und prüfen Sie dann erneut. Dauert die Wartung lange, fragen Sie den IT-Service, wann der Dienst wieder verfügbar ist.
failure-body_too_large = { $host } sendet weit mehr Daten als erwartet (mehr als { $limit }).
failure-body_too_large-remedy = Das sollte der Dienst nicht senden: Vielleicht antwortet dort etwas anderes. Melden Sie es dem IT-Service und nennen Sie die Adresse { $url }.
failure-invalid_json = { $host } antwortet, aber nicht im erwarteten Format.
failure-invalid_json-remedy = Die Antwort von { $url } konnte nicht gelesen werden. Melden Sie es dem IT-Service und nennen Sie diese Einzelheiten: { $detail }
failure-http_status = { $host } antwortet mit einem Fehler ({ $status }).
failure-http_status-remedy = Teilen Sie dem IT-Service mit, dass { $url } mit HTTP { $status } antwortet.
failure-bad_response = { $host } sendet eine ungültige Antwort.
failure-bad_response-remedy = Teilen Sie dem IT-Service mit, dass { $url } eine ungültige Antwort sendet, und nennen Sie diese Einzelheiten: { $detail }

## Matrix

probe-matrix-discovery-pass = Der Chatserver Ihrer Organisation wurde gefunden: { $homeserver } (Matrix { $version }).
probe-matrix-discovery-no-well-known = Der Chatserver funktioniert, ist aber über die Adresse { $domain } nicht zu finden.
probe-matrix-discovery-no-well-known-remedy = Element findet den Server über Ihre dienstliche E-Mail-Adresse nur, wenn { $domain } ihn veröffentlicht. Teilen Sie dem IT-Service mit: „https://{ $domain }/.well-known/matrix/client fehlt.“ Bis dahin geben Sie beim Anmelden { $homeserver } von Hand ein.
probe-matrix-discovery-no-cors = Der Chatserver funktioniert, aber Element im Browser kann seine Antwort nicht lesen.
probe-matrix-discovery-no-cors-remedy = Teilen Sie dem IT-Service mit, dass bei { $url } der Header Access-Control-Allow-Origin: * fehlt. Die Element-App funktioniert; Element im Webbrowser nicht.
probe-matrix-discovery-bad-well-known = Die Adresse { $domain } verweist auf keinen Chatserver.
probe-matrix-discovery-bad-well-known-remedy = Teilen Sie dem IT-Service mit, dass https://{ $domain }/.well-known/matrix/client keine gültige m.homeserver base_url enthält ({ $detail }).
probe-matrix-discovery-no-versions = { $homeserver } antwortet nicht wie ein Matrix-Chatserver.
probe-matrix-discovery-no-versions-remedy = Teilen Sie dem IT-Service mit, dass { $url } keine Liste der Matrix-Versionen liefert.
probe-matrix-discovery-no-target = Kein Chatserver zum Prüfen: Geben Sie Ihre dienstliche E-Mail-Adresse oder die Adresse des Servers an.
probe-matrix-login-flows-sso = Sie können sich mit dem Konto Ihrer Organisation anmelden ({ $providers }).
probe-matrix-login-flows-oauth = Sie melden sich über die Anmeldeseite Ihrer Organisation an (OAuth).
probe-matrix-login-flows-password-only = Der Chatserver bietet nur ein eigenes Passwort an, nicht die Anmeldung mit dem Konto Ihrer Organisation.
probe-matrix-login-flows-password-only-remedy = Fragen Sie den IT-Service, ob der Chatserver an die Anmeldung der Organisation (SSO) angebunden werden soll. Bis dahin nutzen Sie das Passwort, das Sie vom IT-Service bekommen.
probe-matrix-login-flows-none = Der Chatserver bietet keine Anmeldeart an, die Element unterstützt.
probe-matrix-login-flows-none-remedy = Teilen Sie dem IT-Service mit, dass { $url } keine unterstützte Anmeldemethode aufführt.
probe-matrix-signed-in-pass = Sie sind als { $user } angemeldet (Gerät { $device }).
probe-matrix-signed-in-no-token = Noch nicht angemeldet: Melden Sie sich zuerst an und prüfen Sie dann erneut.
probe-matrix-signed-in-bad-token = Die Anmeldung ist nicht mehr gültig.
probe-matrix-signed-in-bad-token-remedy = Melden Sie sich erneut an. Passiert das immer wieder, ist Ihr Konto vielleicht gesperrt: Fragen Sie den IT-Service.

## Zusammenfassung einer ganzen Prüfung

check-summary = Von { $total ->
    [one] 1 Prüfung
   *[other] { $total } Prüfungen
}: { $pass } in Ordnung, { $warn } mit Einschränkung, { $fail } nicht in Ordnung.
check-remedy-label = Was Sie tun können

## Prüfungen, die auf eine andere warten

probe-skipped-server-not-found = Nicht geprüft: Der Server wurde vorher nicht gefunden.
probe-skipped-account-not-found = Nicht geprüft: Das Konto wurde vorher nicht gefunden.

## Mastodon

probe-mastodon-no-target = Kein Mastodon-Server zum Prüfen: Geben Sie die Adresse des Servers oder das Konto an.
probe-mastodon-no-account = Kein Konto zum Prüfen: Geben Sie das Mastodon-Konto der Organisation an (zum Beispiel @name@social.bund.de).
probe-mastodon-instance-pass = Der Mastodon-Server funktioniert: { $title } (Mastodon { $version }).
probe-mastodon-instance-not-mastodon = { $url } antwortet nicht wie ein Mastodon-Server.
probe-mastodon-instance-not-mastodon-remedy = Prüfen Sie die Adresse des Servers. Stimmt sie, teilen Sie dem IT-Service mit, dass { $url } keine Informationen über einen Mastodon-Server liefert.
probe-mastodon-account-pass = Das Konto @{ $acct } existiert und ist auffindbar: { $url }
probe-mastodon-account-not-found = Das Konto @{ $acct } wurde nicht gefunden.
probe-mastodon-account-not-found-remedy = Prüfen Sie die Schreibweise. Konten auf dem Server der Organisation richtet meist die Pressestelle oder die Administration des Servers ein: Fragen Sie dort nach, ob es @{ $acct } gibt.
probe-mastodon-profile-complete-pass = Das Profil ist vollständig: Name, Profilbild und Beschreibung.
probe-mastodon-profile-incomplete = Das Profil ist noch nicht vollständig; es fehlt: { $parts }.
probe-mastodon-profile-incomplete-remedy = Öffnen Sie in Mastodon „Profil bearbeiten“, ergänzen Sie, was fehlt, und speichern Sie. An einem vollständigen Profil sehen alle, dass dies das echte Konto der Organisation ist.
probe-mastodon-profile-part-display_name = Anzeigename
probe-mastodon-profile-part-avatar = Profilbild oder Logo
probe-mastodon-profile-part-note = Beschreibung (Bio)
probe-mastodon-link-verified-pass = Der Link zu { $site } ist verifiziert (zu sehen am grünen Haken).
probe-mastodon-link-no-field = Das Profil enthält keinen Link zur Website der Organisation.
probe-mastodon-link-no-field-remedy = Fügen Sie unter „Profil bearbeiten“ ein Zusatzfeld hinzu, zum Beispiel „Website“, mit der vollständigen Adresse, die mit https:// beginnt, und speichern Sie.
probe-mastodon-link-not-https = Der Website-Link { $site } beginnt nicht mit https://.
probe-mastodon-link-not-https-remedy = Mastodon verifiziert nur sichere Adressen. Ändern Sie den Link unter „Profil bearbeiten“ in die https://-Adresse und speichern Sie.
probe-mastodon-link-not-200 = Die Seite { $site } antwortet mit HTTP { $status } statt mit der Seite selbst.
probe-mastodon-link-not-200-remedy = Mastodon verifiziert nur eine Seite, die direkt antwortet (200). Verlinken Sie die endgültige Adresse der Seite, oder fragen Sie das Webteam, warum { $site } mit { $status } antwortet.
probe-mastodon-link-absent = { $site } enthält keinen Link zurück zum Profil.
probe-mastodon-link-absent-remedy = Bitten Sie das Webteam, dies auf der Seite einzufügen: <a rel="me" href="{ $profile }">Mastodon</a>. Öffnen Sie danach in Mastodon „Profil bearbeiten“ und speichern Sie, damit Mastodon erneut prüft.
probe-mastodon-link-absent-script = { $site } enthält im HTML keinen Link zurück zum Profil. Die Seite verwendet JavaScript, das Mastodon nicht ausführt.
probe-mastodon-link-absent-script-remedy = Der Link muss im HTML der Seite selbst stehen, nicht von einem Skript oder Cookie-Banner eingefügt. Bitten Sie das Webteam, dies ins HTML zu setzen: <a rel="me" href="{ $profile }">Mastodon</a>. Speichern Sie danach das Profil in Mastodon, damit es erneut prüft.
probe-mastodon-link-too-large = Die Seite { $site } ist größer als 1 MB, daher hört Mastodon auf zu lesen, bevor es einen Link findet.
probe-mastodon-link-too-large-remedy = Verlinken Sie eine kleinere Seite (etwa Kontakt oder „Über uns“) mit <a rel="me" href="{ $profile }">, oder bitten Sie das Webteam, diese Seite zu verkleinern. Speichern Sie danach das Profil in Mastodon.
probe-mastodon-link-without-rel-me = { $site } verlinkt auf das Profil, aber ohne rel="me".
probe-mastodon-link-without-rel-me-remedy = Bitten Sie das Webteam, diesem Link rel="me" hinzuzufügen: <a rel="me" href="{ $profile }">. Speichern Sie danach das Profil in Mastodon, damit Mastodon erneut prüft.
probe-mastodon-link-other-target = { $site } hat einen Link mit rel="me", aber nicht zu { $profile }.
probe-mastodon-link-other-target-remedy = Die Adresse muss genau { $profile } lauten. Bitten Sie das Webteam, den Link zu korrigieren, und speichern Sie danach das Profil in Mastodon, damit Mastodon erneut prüft.
probe-mastodon-link-resave = { $site } verlinkt korrekt zurück, aber Mastodon hat das noch nicht verifiziert.
probe-mastodon-link-resave-remedy = Mastodon prüft den Link nur, wenn das Profil gespeichert wird. Öffnen Sie „Profil bearbeiten“ und klicken Sie auf „Änderungen speichern“; der grüne Haken erscheint innerhalb weniger Minuten.
probe-mastodon-signed-in-pass = Sie sind als @{ $acct } angemeldet.
probe-mastodon-signed-in-no-token = Noch nicht angemeldet: Melden Sie sich zuerst über den Browser an und prüfen Sie dann erneut.
probe-mastodon-signed-in-bad-token = Die Anmeldung ist nicht mehr gültig.
probe-mastodon-signed-in-bad-token-remedy = Melden Sie sich erneut über den Browser an. Die Anmeldung nur mit Passwort funktioniert nicht, wenn die Zwei-Faktor-Authentisierung eingeschaltet ist.

## Nextcloud

probe-nextcloud-no-target = Kein Nextcloud-Server zum Prüfen: Geben Sie die Adresse des Servers an.
probe-nextcloud-status-pass = Nextcloud funktioniert ({ $product } { $version }).
probe-nextcloud-not-nextcloud = { $url } antwortet nicht wie ein Nextcloud-Server.
probe-nextcloud-not-nextcloud-remedy = Prüfen Sie die Adresse. Stimmt sie, teilen Sie dem IT-Service mit, dass { $url } keinen Nextcloud-Status liefert.
probe-nextcloud-not-installed = Nextcloud auf { $server } ist noch nicht eingerichtet.
probe-nextcloud-not-installed-remedy = Teilen Sie dem IT-Service mit, dass die Installation von Nextcloud auf { $server } nicht abgeschlossen ist.
probe-nextcloud-maintenance = Nextcloud ist gerade in Wartung.
probe-nextcloud-maintenance-remedy = Ihre Dateien sind sicher. Warten Sie, bis die Wartung vorbei ist, und prüfen Sie dann erneut; dauert es lange, fragen Sie den IT-Service.
probe-nextcloud-upgrading = Nextcloud wird gerade aktualisiert ({ $version }) und kann noch nicht genutzt werden.
probe-nextcloud-upgrading-remedy = Warten Sie, bis die Aktualisierung abgeschlossen ist, und prüfen Sie dann erneut. Bleibt es so, teilen Sie dem IT-Service mit, dass Nextcloud auf { $server } auf ein Datenbank-Upgrade wartet.
probe-nextcloud-signed-in-no-login = Noch nicht angemeldet: Melden Sie sich zuerst über den Browser an und prüfen Sie dann erneut.
probe-nextcloud-signed-in-pass = Sie sind bei Nextcloud als { $user } angemeldet.
probe-nextcloud-signed-in-bad-password = Die Anmeldung bei Nextcloud ist nicht mehr gültig.
probe-nextcloud-signed-in-bad-password-remedy = Melden Sie sich erneut über den Browser an. Vielleicht wurde das App-Passwort unter Einstellungen > Sicherheit widerrufen.
probe-nextcloud-quota-unlimited = Keine Begrenzung des Speicherplatzes ({ $used } belegt).
probe-nextcloud-quota-unknown = { $used } belegt; Nextcloud hat den freien Speicherplatz noch nicht berechnet.
probe-nextcloud-quota-full = Ihr Speicherplatz in Nextcloud ist voll ({ $used } belegt).
probe-nextcloud-quota-full-remedy = Es kann nichts mehr gespeichert werden. Löschen Sie Dateien, die Sie nicht mehr brauchen, oder bitten Sie den IT-Service um mehr Speicherplatz.
probe-nextcloud-quota-unreadable = Nextcloud gibt nicht an, wie viel Speicherplatz Sie haben.
probe-nextcloud-quota-unreadable-remedy = Teilen Sie dem IT-Service mit, dass sich das WebDAV-Kontingent Ihres Kontos nicht auslesen lässt.
probe-nextcloud-status-eol = Nextcloud funktioniert ({ $product } { $version }), aber Version { $major } bekommt keine Sicherheitsupdates mehr (seit { $eol }).
probe-nextcloud-status-eol-remedy = Sie können weiterarbeiten. Teilen Sie dem IT-Service mit: „Nextcloud auf { $server } läuft mit { $version }; Version { $major } wird seit { $eol } nicht mehr gepflegt. Bitte auf eine gepflegte Version aktualisieren.“
probe-nextcloud-capabilities-pass = Teilen funktioniert: per Link und mit Links, über die andere nur hochladen können (File Drop).
probe-nextcloud-capabilities-no-sharing = Teilen ist auf dieser Nextcloud ausgeschaltet.
probe-nextcloud-capabilities-no-sharing-remedy = Sie können keine Dateien teilen, auch nicht mit Kolleginnen und Kollegen. Teilen Sie dem IT-Service mit, dass die Teilen-App (oder ihre API) auf { $server } aus ist.
probe-nextcloud-capabilities-no-public-links = Sie können mit Kolleginnen und Kollegen teilen, aber nicht per Link mit Menschen außerhalb der Organisation.
probe-nextcloud-capabilities-no-public-links-remedy = Bitten Sie den IT-Service, das Teilen per Link zu erlauben (Verwaltungseinstellungen > Teilen). Ohne das können Sie keine Dateien nach außen schicken, und Ihre Organisation kann keine Berichte über einen Upload-Link sammeln.
probe-nextcloud-capabilities-no-file-drop = Teilen per Link funktioniert, aber Links, über die andere nur hochladen können (File Drop), sind ausgeschaltet.
probe-nextcloud-capabilities-no-file-drop-remedy = Ihre Organisation sammelt die Overstap-Berichte aller Laptops über einen solchen Upload-Link. Bitten Sie den IT-Service, öffentliches Hochladen zu erlauben (Verwaltungseinstellungen > Teilen).
probe-nextcloud-capabilities-unreadable = Nextcloud zeigt nicht, welche Teilen-Einstellungen es hat.
probe-nextcloud-capabilities-unreadable-remedy = Teilen Sie dem IT-Service mit, dass die Capabilities von { $server } (/ocs/v2.php/cloud/capabilities) nicht lesbar sind.
probe-nextcloud-desktop-pass = Die Nextcloud-App auf diesem Computer ist für { $server } als { $user } eingerichtet und gleicht { $folders } ab.
probe-nextcloud-desktop-no-folder = Die Nextcloud-App ist bei { $server } als { $user } angemeldet, gleicht aber noch keinen Ordner ab.
probe-nextcloud-desktop-no-folder-remedy = Öffnen Sie die Nextcloud-App, gehen Sie in die Einstellungen und fügen Sie einen Ordner zum Abgleichen hinzu. Der nächste Schritt hilft Ihnen bei der Auswahl.
probe-nextcloud-desktop-other-server = Die Nextcloud-App ist eingerichtet, aber für einen anderen Server ({ $others }), nicht für { $server }.
probe-nextcloud-desktop-other-server-remedy = Öffnen Sie die Nextcloud-App und fügen Sie ein Konto für { $server } hinzu (in den Einstellungen: Konto hinzufügen). Das andere Konto kann bleiben.
probe-nextcloud-desktop-no-account = Die Nextcloud-App ist installiert, aber noch nicht angemeldet.
probe-nextcloud-desktop-no-account-remedy = Öffnen Sie die Nextcloud-App und geben Sie { $server } als Serveradresse ein. Die App öffnet Ihren Browser zum Anmelden.
probe-nextcloud-desktop-not-installed = Die Nextcloud-App ist auf diesem Computer nicht installiert.
probe-nextcloud-desktop-not-installed-remedy = Auf einem Arbeitslaptop installiert der IT-Service sie: Suchen Sie Nextcloud im Softwarecenter der Organisation, oder fragen Sie den IT-Service. Melden Sie sich danach bei { $server } an.

## LibreOffice

probe-libreoffice-installed-pass = LibreOffice { $version } ist installiert.
probe-libreoffice-not-found = LibreOffice ist auf diesem Computer nicht installiert.
probe-libreoffice-not-found-remedy = Auf einem dienstlichen Laptop installiert der IT-Service es: Fragen Sie nach LibreOffice, oder suchen Sie es im Softwarecenter der Organisation.
probe-libreoffice-does-not-start = LibreOffice wurde gefunden ({ $path }), startet aber nicht richtig.
probe-libreoffice-does-not-start-remedy = Bitten Sie den IT-Service, LibreOffice zu reparieren oder neu zu installieren, und nennen Sie diese Einzelheiten: { $detail }
probe-libreoffice-too-old = LibreOffice { $version } ist zu alt (mindestens { $minimum } wird benötigt).
probe-libreoffice-too-old-remedy = Alte Versionen bekommen keine Sicherheitsupdates mehr. Bitten Sie den IT-Service, LibreOffice auf { $minimum } oder neuer zu aktualisieren.
probe-libreoffice-no-profile = Auf diesem Computer wurden keine Einstellungen von LibreOffice gefunden.
probe-libreoffice-profile-unreadable = Die Einstellungen von LibreOffice lassen sich nicht lesen ({ $path }).
probe-libreoffice-profile-unreadable-remedy = Teilen Sie dem IT-Service mit, dass sich das LibreOffice-Profil nicht lesen lässt: { $detail }
probe-libreoffice-formats-pass = LibreOffice speichert in den offenen Formaten (ODF: .odt, .ods, .odp).
probe-libreoffice-formats-not-odf = LibreOffice speichert standardmäßig noch in anderen Formaten: { $formats }.
probe-libreoffice-formats-not-odf-remedy = Lassen Sie Overstap ODF zum Standard machen (der nächste Schritt), oder ändern Sie es selbst unter Extras > Optionen > Laden/Speichern > Allgemein, „Immer speichern als“.

## Matrix, angemeldet

probe-skipped-not-signed-in = Nicht geprüft: Melden Sie sich zuerst an.
probe-matrix-cross-signing-missing = Ihre Verschlüsselungsschlüssel sind noch nicht eingerichtet.
probe-matrix-cross-signing-missing-remedy = Öffnen Sie in Element Einstellungen > Verschlüsselung und klicken Sie auf die Schaltfläche, um dieses Gerät zu verifizieren; auf Ihrem ersten Gerät legt Element die Schlüssel selbst an. Ohne das können andere nicht prüfen, ob Nachrichten wirklich von Ihnen kommen, und ein neues Gerät kann Ihre alten Nachrichten nicht lesen.
probe-matrix-key-backup-pass = Ihre Nachrichtenschlüssel liegen im Schlüsselspeicher ({ $count ->
    [one] 1 Schlüssel
   *[other] { $count } Schlüssel
}).
probe-matrix-key-backup-missing = Ihre Nachrichtenschlüssel liegen nicht im Schlüsselspeicher.
probe-matrix-key-backup-missing-remedy = Öffnen Sie in Element Einstellungen > Verschlüsselung, schalten Sie den Schlüsselspeicher ein und richten Sie die Wiederherstellung ein; bewahren Sie den Wiederherstellungsschlüssel an einem sicheren Ort auf, zum Beispiel in Ihrem Passwortmanager. Ohne ihn kann ein neuer Laptop Ihre alten Nachrichten nicht lesen.
probe-matrix-key-backup-empty = Der Schlüsselspeicher ist eingeschaltet, enthält aber noch keine Schlüssel.
probe-matrix-key-backup-empty-remedy = Element füllt den Schlüsselspeicher, während es läuft. Lassen Sie Element eine Weile geöffnet; bleibt der Schlüsselspeicher leer, sehen Sie in Element unter Einstellungen > Verschlüsselung nach.
probe-matrix-roundtrip-pass = Eine Testnachricht ist angekommen und wurde zurückgelesen ({ $ms } ms).
probe-matrix-roundtrip-lost = Eine Testnachricht wurde gesendet, ist aber nicht angekommen.
probe-matrix-roundtrip-lost-remedy = Teilen Sie dem IT-Service mit, dass Nachrichten an den Chatserver nicht im Raum erscheinen; vielleicht speichert der Server sie nicht.

## Matrix-Föderation: erreichen Server anderer Organisationen diesen

probe-matrix-federation-pass = Menschen in anderen Organisationen erreichen Sie: andere Matrix-Server finden { $name } und vertrauen ihm ({ $software } { $version }).
probe-matrix-federation-no-server-name = Nicht geprüft: dafür ist der Servername nötig (der Teil nach dem Doppelpunkt in einer Chatadresse, etwa example.nl). Geben Sie Ihre dienstliche E-Mail-Adresse oder den Servernamen an.
probe-matrix-federation-bad-server-name = „{ $name }“ ist kein gültiger Matrix-Servername ({ $detail }).
probe-matrix-federation-bad-server-name-remedy = Geben Sie den Servernamen so an, wie er in Chatadressen steht, zum Beispiel example.nl oder example.nl:8448.
probe-matrix-federation-srv-cname = Menschen in anderen Organisationen erreichen Sie womöglich nicht: der DNS-Eintrag { $record } verweist auf { $target }, und das ist nur ein Alias von { $alias }.
probe-matrix-federation-srv-cname-remedy = Teilen Sie dem IT-Service mit: „Der SRV-Eintrag { $record } muss auf einen Hostnamen mit eigener Adresse (A- oder AAAA-Eintrag) verweisen, nicht auf einen Alias (CNAME), wie RFC 2782 es verlangt. Lassen Sie ihn auf { $alias } verweisen.“
probe-matrix-federation-unreachable = Menschen in anderen Organisationen erreichen Sie nicht: unter { $target } antwortet nichts.
probe-matrix-federation-unreachable-remedy = Andere Matrix-Server verbinden sich mit { $target }, weil der Servername { $name } das so angibt. Teilen Sie dem IT-Service mit, dass Port { $port } dort aus dem Internet erreichbar sein muss. Sperrt Ihr eigenes Netz ausgehende Verbindungen zu diesem Port, prüfen Sie es stattdessen mit dem Matrix Federation Tester.
probe-matrix-federation-delegation-unreachable = Menschen in anderen Organisationen erreichen Sie nicht: { $name } schickt andere Server zu { $via }, und dort antwortet nichts ({ $target }).
probe-matrix-federation-delegation-unreachable-remedy = Teilen Sie dem IT-Service mit: „https://{ $name }/.well-known/matrix/server verweist auf { $via }, aber { $target } antwortet nicht. Entweder stimmt die Adresse in dieser Datei nicht, oder der Matrix-Server ist dort aus dem Internet nicht erreichbar.“ Sperrt Ihr eigenes Netz ausgehende Verbindungen, prüfen Sie es stattdessen mit dem Matrix Federation Tester.
probe-matrix-federation-srv-unreachable = Menschen in anderen Organisationen erreichen Sie nicht: der DNS-Eintrag { $via } schickt andere Server zu { $target }, und dort antwortet nichts.
probe-matrix-federation-srv-unreachable-remedy = Teilen Sie dem IT-Service mit: „Der SRV-Eintrag { $via } verweist auf { $target }, aber dort antwortet nichts. Entweder stimmt der Eintrag nicht, oder der Matrix-Server ist dort aus dem Internet nicht erreichbar.“ Sperrt Ihr eigenes Netz ausgehende Verbindungen, prüfen Sie es stattdessen mit dem Matrix Federation Tester.
probe-matrix-federation-no-delegation-unreachable = Menschen in anderen Organisationen erreichen Sie nicht: andere Server finden keinen Verweis für { $name } und versuchen es bei { $target }, wo nichts antwortet.
probe-matrix-federation-no-delegation-unreachable-remedy = { $name } hat keine Datei https://{ $name }/.well-known/matrix/server und keinen SRV-Eintrag, deshalb versuchen andere Matrix-Server Port { $port } auf { $name }. Bitten Sie den IT-Service, diese Datei mit m.server auf Namen und Port des Matrix-Servers zu veröffentlichen (zum Beispiel matrix.{ $name }:443) oder Port { $port } zu öffnen. Sperrt Ihr eigenes Netz ausgehende Verbindungen zu Port { $port }, prüfen Sie es stattdessen mit dem Matrix Federation Tester.
probe-matrix-federation-bad-well-known = Menschen in anderen Organisationen erreichen Sie nicht: die Datei https://{ $name }/.well-known/matrix/server ist fehlerhaft ({ $detail }).
probe-matrix-federation-bad-well-known-remedy = Andere Matrix-Server übergehen eine fehlerhafte Datei und versuchen es bei { $name } selbst, wo kein Matrix-Server antwortet. Teilen Sie dem IT-Service mit: „https://{ $name }/.well-known/matrix/server muss JSON sein, mit m.server auf Namen und Port des Matrix-Servers, zum Beispiel matrix.{ $name }:443.“
probe-matrix-federation-bad-well-known-ignored = Andere Organisationen erreichen Sie, aber die Datei https://{ $name }/.well-known/matrix/server ist fehlerhaft ({ $detail }).
probe-matrix-federation-bad-well-known-ignored-remedy = Andere Matrix-Server übergehen die fehlerhafte Datei und finden den Server auf anderem Weg, deshalb funktioniert es vorerst. Bitten Sie den IT-Service, die Datei zu berichtigen oder zu entfernen, damit sie Server später nicht an die falsche Stelle schickt.
probe-matrix-federation-no-federation-api = Menschen in anderen Organisationen erreichen Sie nicht: { $target } antwortet zwar, aber nicht als Matrix-Server für andere Server (HTTP { $status }).
probe-matrix-federation-no-federation-api-remedy = Teilen Sie dem IT-Service mit: „{ $url } antwortet mit HTTP { $status }: Der Föderationsteil des Matrix-Servers ist dort nicht erreichbar. In Synapse braucht der Listener die Ressource federation; ein Reverse Proxy muss /_matrix/federation und /_matrix/key weiterleiten.“
probe-matrix-federation-no-keys = Menschen in anderen Organisationen erreichen Sie nicht: { $target } veröffentlicht seine Signaturschlüssel nicht (HTTP { $status }).
probe-matrix-federation-no-keys-remedy = Ohne diese Schlüssel vertrauen andere Server nichts, was von Ihrem Server kommt. Teilen Sie dem IT-Service mit: „{ $url } antwortet mit HTTP { $status }; ein Reverse Proxy muss neben /_matrix/federation auch /_matrix/key weiterleiten.“
probe-matrix-federation-wrong-server-name = Menschen in anderen Organisationen erreichen Sie nicht: der Server unter { $target } nennt sich { $found }, nicht { $name }.
probe-matrix-federation-wrong-server-name-remedy = Andere Server lehnen einen Server ab, der einen anderen Namen angibt. Teilen Sie dem IT-Service mit: „Der Matrix-Server unter { $target } hat den server_name { $found }, aber { $name } verweist auf ihn. Entweder zeigt der Verweis auf den falschen Server, oder dieser Server ist mit dem falschen Namen eingerichtet.“
probe-matrix-federation-keys-expired = Menschen in anderen Organisationen erreichen Sie nicht: die Signaturschlüssel des Servers waren nur bis { $until } gültig.
probe-matrix-federation-keys-expired-remedy = Andere Server nehmen nicht mehr an, was Ihr Server signiert. Teilen Sie dem IT-Service mit: „Das Schlüsseldokument unseres Matrix-Servers (valid_until_ts) ist abgelaufen. Normalerweise erneuert der Server es selbst: Bitte die Uhr des Servers prüfen und ihn neu starten.“
probe-matrix-federation-no-ed25519-key = Menschen in anderen Organisationen erreichen Sie nicht: der Server veröffentlicht keinen Signaturschlüssel (ed25519).
probe-matrix-federation-no-ed25519-key-remedy = Andere Server können nichts prüfen, was Ihr Server schickt. Teilen Sie dem IT-Service mit: „Der Matrix-Server unter { $target } veröffentlicht unter /_matrix/key/v2/server keinen ed25519-Schlüssel.“
probe-matrix-federation-bad-signature = Menschen in anderen Organisationen erreichen Sie nicht: das Schlüsseldokument des Servers ist nicht korrekt signiert ({ $key }: { $detail }).
probe-matrix-federation-bad-signature-remedy = Andere Server lehnen Schlüssel ab, deren Signatur nicht passt. Teilen Sie dem IT-Service mit: „Das Schlüsseldokument von { $target } besteht die Signaturprüfung für { $key } nicht. Oft verändert ein Proxy die Antwort, oder die Schlüsseldatei wurde ersetzt, ohne den Server neu zu starten.“

## Element auf diesem Computer und im Konto (matrix_devices.rs, element_desktop.rs)
probe-matrix-element-installed-pass = Element ist auf diesem Computer installiert ({ $path }).
probe-matrix-element-installed-settings = Element wurde auf diesem Computer schon verwendet (die Einstellungen liegen in { $path }).
probe-matrix-element-installed-missing = Element ist auf diesem Computer nicht installiert.
probe-matrix-element-installed-missing-remedy = Installieren Sie Element aus dem Softwarecenter Ihrer Organisation oder von element.io/download. Prüfen Sie danach erneut.
probe-matrix-element-device-pass = Element ist in Ihrem Konto angemeldet: { $device }.
probe-matrix-element-device-missing = { $count ->
        [0] Overstap sieht außer sich selbst kein Gerät von Ihnen.
        [one] Ihr anderes Gerät heißt nicht wie Element.
       *[other] Keines Ihrer { $count } anderen Geräte heißt wie Element.
    }
probe-matrix-element-device-missing-remedy = Melden Sie sich in Element mit Ihrem dienstlichen Konto an und prüfen Sie danach erneut. Haben Sie Ihrem Element-Gerät selbst einen anderen Namen gegeben, erkennt Overstap es nicht: Markieren Sie diesen Schritt dann selbst als erledigt.
probe-matrix-session-verified-pass = Ihr Gerät { $device } ist verifiziert: Ihre eigenen Verschlüsselungsschlüssel bürgen dafür.
probe-matrix-session-no-device = Overstap sieht außer sich selbst kein Gerät von Ihnen und kann daher nicht erkennen, ob Element verifiziert ist.
probe-matrix-session-no-device-remedy = Melden Sie sich zuerst in Element mit Ihrem dienstlichen Konto an und prüfen Sie danach erneut.
probe-matrix-session-unverified = Noch keines Ihrer Geräte ist verifiziert ({ $devices }).
probe-matrix-session-unverified-remedy = Wählen Sie in Element „Dieses Gerät verifizieren“ und bestätigen Sie mit einem anderen Gerät von Ihnen oder mit Ihrem Wiederherstellungsschlüssel. Prüfen Sie danach erneut.
probe-matrix-session-keys-broken = Ihre Verschlüsselungsschlüssel auf dem Server passen nicht zusammen ({ $detail }).
probe-matrix-session-keys-broken-remedy = Teilen Sie dem IT-Service mit, dass Ihr Selbstsignierungsschlüssel nicht mit Ihrem Hauptschlüssel signiert ist: So kann kein Gerät verifiziert werden.

## Die erste eigene Nachricht und die Testnachricht, die Sie erlauben können (matrix_messages.rs)
probe-matrix-first-message-pass = Sie haben eine Nachricht in „{ $room }“ geschrieben.
probe-matrix-first-message-no-room = Sie sind noch keinem Chatraum beigetreten.
probe-matrix-first-message-no-room-remedy = Nehmen Sie in Element die Einladung in den Raum Ihres Teams an (unter Einladungen) oder suchen Sie ihn über „Räume erkunden“. Schreiben Sie dort eine Nachricht und prüfen Sie danach erneut.
probe-matrix-first-message-none = { $count ->
        [one] Overstap hat in Ihrem Raum keine Nachricht von Ihnen gefunden.
       *[other] Overstap hat in Ihren { $count } Räumen keine Nachricht von Ihnen gefunden.
    }
probe-matrix-first-message-none-remedy = Schreiben Sie in Element eine Nachricht in den Raum Ihres Teams und prüfen Sie danach erneut.
matrix-check-room-name = Overstap-Test
matrix-check-room-topic = Overstap prüft hier, ob Nachrichten ankommen, und verlässt diesen Raum danach von selbst.

## Der Ordner, aus dem umgezogen wird, gegen den freien Speicher (nextcloud.rs, source_folder.rs)
source-onedrive = Ihr OneDrive-Ordner
source-google-drive = Ihr Google-Drive-Ordner
source-chosen = Der von Ihnen gewählte Ordner
probe-nextcloud-quota-fits = { $source } ({ $size } in { $files } Dateien) passt in Nextcloud: { $free } frei.
probe-nextcloud-quota-too-small = { $source } enthält { $size } ({ $files } Dateien), in Nextcloud sind aber nur { $free } frei.
probe-nextcloud-quota-too-small-remedy = Bitten Sie den IT-Service um mehr Speicher (mindestens { $size }) oder ziehen Sie nur um, was Sie noch brauchen.
probe-nextcloud-quota-no-source = { $free } frei in Nextcloud ({ $used } belegt). Overstap hat Ihren OneDrive- oder Google-Drive-Ordner zum Vergleichen nicht gefunden.
probe-nextcloud-quota-no-source-remedy = Wählen Sie den Ordner, aus dem Sie umziehen (in den Einstellungen oder mit „overstap settings set source-folder ORDNER“), und prüfen Sie erneut. Oder vergleichen Sie die Größen selbst und markieren Sie diesen Schritt danach als erledigt.
probe-nextcloud-quota-source-unreadable = Overstap kann den Ordner { $path } nicht lesen: { $detail }
probe-nextcloud-quota-source-unreadable-remedy = Wählen Sie einen Ordner, der existiert und den Sie öffnen können, und prüfen Sie erneut.
probe-nextcloud-quota-unknown-remedy = Nextcloud berechnet den freien Speicher nach einer Weile. Prüfen Sie später erneut; bleibt er unbekannt, melden Sie es dem IT-Service.

## Der Rücklink der Website und der angeheftete Beitrag (mastodon.rs)
probe-mastodon-website-links-back-pass = { $site } verlinkt zurück auf Ihr Mastodon-Profil.
probe-mastodon-pinned-post-pass = Ein Beitrag ist in Ihrem Profil angeheftet (vom { $day }).
probe-mastodon-pinned-post-missing = In Ihrem Profil ist noch kein Beitrag angeheftet.
probe-mastodon-pinned-post-missing-remedy = Schreiben Sie einen ersten Beitrag, der sagt, wer Sie sind und wie man Sie erreicht. Öffnen Sie dann das Menü dieses Beitrags (die drei Punkte) und wählen Sie „Im Profil anheften“.

## Freigaben per Link (nextcloud_shares.rs)
probe-nextcloud-link-shares-pass = { $count ->
        [one] Sie teilen 1 Datei oder Ordner per Link.
       *[other] Sie teilen { $count } Dateien oder Ordner per Link.
    }
probe-nextcloud-link-shares-none = Sie haben noch nichts per Link geteilt.
probe-nextcloud-link-shares-none-remedy = Öffnen Sie in Nextcloud das Teilen-Menü einer Datei oder eines Ordners und wählen Sie „Link teilen“. Senden Sie diesen Link statt eines Anhangs. Prüfen Sie danach erneut.
probe-nextcloud-link-shares-unreadable = Nextcloud listet Ihre Freigaben nicht auf.
probe-nextcloud-link-shares-unreadable-remedy = Teilen Sie dem IT-Service mit, dass die Freigabeliste Ihres Kontos (OCS Share API) nicht gelesen werden kann.

## Die umgezogenen Dateien: im Synchronisationsordner und auf dem Server (nextcloud_files.rs)
probe-nextcloud-files-no-source = Overstap hat Ihren OneDrive- oder Google-Drive-Ordner nicht gefunden und weiß daher nicht, welche Dateien in Nextcloud sein sollten.
probe-nextcloud-files-no-source-remedy = Wählen Sie den Ordner, aus dem Sie umziehen (in den Einstellungen oder mit „overstap settings set source-folder ORDNER“), und prüfen Sie erneut. Oder vergleichen Sie selbst und markieren Sie diesen Schritt danach als erledigt.
probe-nextcloud-files-too-many = Der Ordner enthält mehr als { $max } Dateien oder Ordner; so viele vergleicht Overstap nicht.
probe-nextcloud-files-too-many-remedy = Vergleichen Sie die Ordner selbst (oder wählen Sie einen kleineren Teil als Ordner, aus dem Sie umziehen) und markieren Sie diesen Schritt danach als erledigt.
probe-nextcloud-files-no-sync-folder = Die Nextcloud-App synchronisiert auf diesem Computer keinen Ordner dieses Servers.
probe-nextcloud-files-no-sync-folder-remedy = Richten Sie zuerst die App ein (der Schritt „Nextcloud-App installieren“) und legen Sie Ihre Dateien danach in deren Ordner.
probe-nextcloud-files-overlap = Der Ordner, aus dem Sie umziehen, liegt in Ihrem Nextcloud-Ordner ({ $folder }) oder um ihn herum: Die Dateien würden mit sich selbst verglichen.
probe-nextcloud-files-overlap-remedy = Wählen Sie den ursprünglichen Ordner (Ihren OneDrive- oder Google-Drive-Ordner oder Export), nicht die Kopie in Nextcloud.
probe-nextcloud-files-in-sync-pass = { $count ->
        [one] Die eine Datei aus dem Ordner, aus dem Sie umziehen, liegt in Ihrem Nextcloud-Ordner.
       *[other] Alle { $count } Dateien aus dem Ordner, aus dem Sie umziehen, liegen in Ihrem Nextcloud-Ordner.
    }
probe-nextcloud-files-in-sync-missing = { $missing } von { $count ->
        [one] 1 Datei liegt
       *[other] { $count } Dateien { $missing ->
            [one] liegt
           *[other] liegen
        }
    } noch nicht in Ihrem Nextcloud-Ordner, zum Beispiel: { $first }.
probe-nextcloud-files-in-sync-missing-remedy = Kopieren Sie die fehlenden Dateien in Ihren Nextcloud-Ordner (die ganze Liste steht in den Details) und prüfen Sie erneut. Ihre Originale bleiben, wo sie sind.
probe-nextcloud-files-on-server-pass = { $count ->
        [one] Die eine Datei aus dem Ordner, aus dem Sie umziehen, ist auf dem Nextcloud-Server.
       *[other] Alle { $count } Dateien aus dem Ordner, aus dem Sie umziehen, sind auf dem Nextcloud-Server.
    }
probe-nextcloud-files-on-server-missing = { $missing } von { $count ->
        [one] 1 Datei ist
       *[other] { $count } Dateien { $missing ->
            [one] ist
           *[other] sind
        }
    } noch nicht auf dem Nextcloud-Server, zum Beispiel: { $first }.
probe-nextcloud-files-on-server-missing-remedy = Warten Sie, bis die App alles synchronisiert hat (ihr Symbol zeigt einen grünen Haken), und prüfen Sie erneut. Fehlen weiterhin Dateien, teilen Sie dem IT-Service die Liste aus den Details mit.
probe-internal = Overstap konnte diese Prüfung nicht abschließen ({ $detail }).

## Wie die App synchronisiert, und der Ordner, aus dem Sie umziehen (nextcloud_sync_mode.rs, source_folder.rs)
probe-nextcloud-sync-mode-full = Ihre Dateien werden als vollständige Kopien auf diesem Computer synchronisiert, nach { $folder }.
probe-nextcloud-sync-mode-virtual = Ihre Dateien werden als virtuelle Dateien synchronisiert (heruntergeladen, wenn Sie sie öffnen), nach { $folder }.
probe-nextcloud-sync-mode-none = Die Nextcloud-App synchronisiert noch keinen Ordner des Servers Ihrer Organisation.
probe-nextcloud-sync-mode-none-remedy = Schließen Sie in der App die Verbindung mit Ihrem Konto ab und wählen Sie einen Ordner auf diesem Computer, mit oder ohne virtuelle Dateien. Prüfen Sie danach erneut.
probe-nextcloud-source-folder-pass = { $source } ({ $path }) enthält { $files } Dateien, bereit zum Umzug.
probe-nextcloud-source-folder-empty = { $source } ({ $path }) enthält noch keine Dateien.
probe-nextcloud-source-folder-empty-remedy = Exportieren oder laden Sie Ihre Dateien zuerst in diesen Ordner (entpacken Sie ZIP-Dateien aus Google Takeout oder OneDrive) und prüfen Sie erneut.

## Vorlagen in LibreOffice (libreoffice_templates.rs)
probe-libreoffice-templates-pass = { $count ->
        [one] In LibreOffice ist 1 Vorlage installiert: { $names }.
       *[other] In LibreOffice sind { $count } Vorlagen installiert, etwa { $names }.
    }
probe-libreoffice-templates-none = In LibreOffice sind noch keine eigenen Vorlagen installiert.
probe-libreoffice-templates-none-remedy = Importieren Sie die Vorlagen Ihrer Organisation: Datei > Dokumentvorlagen > Dokumentvorlagen verwalten, dann Importieren unter Verwalten. Stellt der IT-Service sie anders bereit (ein gemeinsamer Vorlagenordner), können Sie diesen Schritt selbst als erledigt markieren.
