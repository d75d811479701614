## Checkliste: Dateien in der Nextcloud der Organisation statt in OneDrive oder Google Drive.
# Virtuelle Dateien unter macOS, geprüft am Handbuch der Nextcloud-Desktop-App: Sie erscheinen im Finder
# in der Seitenleiste unter „Orte“, und ältere Versionen brauchen den eigenen macOS-Client für virtuelle Dateien:
# - https://docs.nextcloud.com/server/latest/user_manual/de/desktop/macosvfs.html
# - https://github.com/nextcloud/documentation (user_manual/desktop/macosvfs.rst, Stand Version 33.0.0)

nextcloud = Dateien in Nextcloud
    .description = Legen Sie Ihre Arbeitsdateien in der eigenen Nextcloud Ihrer Organisation ab statt in OneDrive oder Google Drive.
    Sie erreichen sie vom Computer, im Browser und auf dem Smartphone.

nextcloud--server-ok = Erreichbarkeit von Nextcloud prüfen
    .body = Overstap fragt die Nextcloud Ihrer Organisation, ob sie läuft.
    Sie müssen nichts tun: Ein grüner Haken bedeutet, dass der Server antwortet und nicht im Wartungsmodus ist.
    Klappt es im Büro nicht, aber zu Hause schon, liegt es oft an einem Proxy oder einem Firmenzertifikat.
    Geben Sie an den IT-Service weiter, was Overstap hier anzeigt, zum Beispiel: „Unsere Nextcloud antwortet nicht auf status.php.“

nextcloud--sign-in = Im Browser anmelden
    .body = Klicken Sie auf „Anmelden bei Nextcloud“: Ihr Browser öffnet die Anmeldeseite von Nextcloud. Melden Sie sich an und erlauben Sie den Zugriff;
    danach sehen Sie, dass Sie das Fenster schließen können.
    Nutzt Ihre Organisation Single Sign-on (SSO) und hängt die Seite oder zeigt einen Fehler,
    melden Sie sich zuerst im selben Browser bei Nextcloud an und versuchen Sie es dann noch einmal.
    Overstap erhält ein eigenes App-Passwort, um Ihren Speicherplatz zu prüfen. Es wird nur im Schlüsselbund Ihres Systems gespeichert
    (dem geschützten Passwortspeicher von Windows, macOS oder Linux), nie in einer Datei.

nextcloud--check-quota = Speicherplatz prüfen
    .body = Overstap zeigt, wie viel Platz Sie in Nextcloud belegen und wie viel noch frei ist.
    Vergleichen Sie das mit Ihrem Verbrauch in OneDrive oder Google Drive; Sie sehen ihn dort in den Speicher-Einstellungen.
    Reicht der Platz nicht, bitten Sie den IT-Service um mehr, bevor Sie Ihre Dateien umziehen.
    Warum: Ist Ihre Nextcloud voll, werden neue Dateien nicht mehr synchronisiert, und das merken Sie nicht sofort.

nextcloud--install-client = Nextcloud-Desktop-App installieren
    .body = Laden Sie die Nextcloud-Desktop-App herunter und installieren Sie sie, oder bitten Sie den IT-Service darum.
    Wählen Sie beim ersten Start „Anmelden“, geben Sie die Nextcloud-Adresse Ihrer Organisation ein und erlauben Sie den Zugriff im Browser, der sich öffnet.
    Erscheint eine Warnung zu einem Zertifikat, klicken Sie sie nicht weg, sondern fragen Sie zuerst den IT-Service.
    Overstap prüft danach, ob die App installiert und mit dem Server Ihrer Organisation verbunden ist.
    Warum: Mit der App liegen Ihre Dateien in einem normalen Ordner auf Ihrem Computer, genau wie bei OneDrive.
    .link-download = Desktop-App herunterladen

nextcloud--choose-sync = Art der Synchronisierung wählen
    .body = Beim Verbinden der Desktop-App, oder später in ihren Einstellungen zum synchronisierten Ordner, wählen Sie zwischen zwei Arten.
    Mit virtuellen Dateien sehen Sie alle Ihre Dateien, aber eine Datei wird erst heruntergeladen, wenn Sie sie öffnen:
    Das spart Speicherplatz, aber für noch nie geöffnete Dateien brauchen Sie Internet.
    Bei vollständiger Synchronisierung liegt jede Datei auf Ihrem Computer und funktioniert auch offline, braucht aber mehr Platz.
    Virtuelle Dateien funktionieren unter Windows und macOS; wählen Sie unter Linux die vollständige Synchronisierung.
    Auf einem Mac liegen virtuelle Dateien nicht in einem normalen Ordner: Sie finden sie im Finder in der Seitenleiste unter „Orte“.
    Ältere Versionen der Desktop-App brauchen dafür den eigenen macOS-Client für virtuelle Dateien.

nextcloud--export-files = Dateien aus OneDrive oder Google Drive holen
    .body = Nutzen Sie für Google Drive Google Takeout: Wählen Sie nur Drive aus, für Docs, Tabellen und Präsentationen
    die offenen Formate ODT, ODS und ODP, und laden Sie die ZIP-Dateien herunter, die Sie erhalten.
    Für OneDrive markieren Sie Ihre Ordner auf der OneDrive-Website und klicken auf „Herunterladen“,
    oder Sie klicken auf Ihrem Computer mit der rechten Maustaste auf den OneDrive-Ordner und wählen „Immer auf diesem Gerät beibehalten“.
    Dateien mit Wolken-Symbol sind nur Platzhalter: Sie liegen noch nicht wirklich auf Ihrem Computer,
    daher scheitert das Kopieren oder startet große Downloads. Sorgen Sie zuerst dafür, dass jede Datei wirklich heruntergeladen ist.
    .link-takeout = Google Takeout
    .link-onedrive = Dateien aus OneDrive herunterladen (Microsoft)

nextcloud--move-files = Dateien in den Nextcloud-Ordner kopieren
    .body = Entpacken Sie die Downloads und kopieren Sie Ihre Ordner in den Nextcloud-Ordner auf Ihrem Computer;
    Sie finden ihn im Explorer oder im Finder unter dem Namen Nextcloud (auf einem Mac mit virtuellen Dateien: im Finder unter „Orte“).
    Behalten Sie die Ordnerstruktur bei, damit Sie alles wiederfinden.
    Die Desktop-App lädt die Dateien hoch; ein grüner Haken an einer Datei bedeutet, dass sie auf dem Server angekommen ist.
    Viele Dateien können Stunden dauern: Lassen Sie den Computer an und verbunden, und löschen Sie in der alten Cloud noch nichts.

nextcloud--check-complete = Prüfen, dass nichts zurückbleibt
    .body = Öffnen Sie Nextcloud im Browser und vergleichen Sie mit OneDrive oder Google Drive:
    Sind alle Ordner da, und stimmen Anzahl der Dateien und Gesamtgröße ungefähr überein?
    Achten Sie in der Desktop-App auf Hinweise zu übersprungenen Dateien, etwa weil eine Datei zu groß ist
    oder ihr Name nicht erlaubte Zeichen enthält.
    Dateien, die andere mit Ihnen geteilt haben, fehlen meist in Ihrem Export: Bitten Sie die Person, die sie mit Ihnen geteilt hat, sie in Nextcloud neu zu teilen.
    Erst wenn alles da ist, melden Sie dem IT-Service oder Ihrer Führungskraft, dass Ihr alter Cloud-Speicher geschlossen werden kann.

nextcloud--share-links = Link statt Anhang teilen
    .body = Hängen Sie Dateien nicht an E-Mails an: Klicken Sie in Nextcloud auf das Teilen-Symbol neben der Datei,
    erstellen Sie einen Freigabelink und fügen Sie ihn in Ihre E-Mail ein.
    Setzen Sie bei vertraulichen Dateien in den Optionen des Links ein Passwort und ein Ablaufdatum,
    und teilen Sie das Passwort auf anderem Weg mit, zum Beispiel am Telefon.
    Warum: Alle arbeiten mit derselben, aktuellen Fassung, in den Postfächern sammeln sich keine Kopien,
    und Sie können den Link jederzeit zurückziehen.
    .link-manual = Dateien teilen in Nextcloud

nextcloud--mobile-app = Nextcloud-App auf dem Smartphone verbinden
    .body = Fragen Sie zuerst den IT-Service, ob Arbeitsdateien auf Ihrem Smartphone erlaubt sind.
    Installieren Sie die Nextcloud-App aus dem App Store oder von Google Play, wählen Sie „Anmelden“,
    geben Sie die Nextcloud-Adresse Ihrer Organisation ein und melden Sie sich im Browser an, der sich öffnet.
    Lassen Sie den automatischen Foto-Upload ausgeschaltet, damit private Fotos nicht in Ihrem dienstlichen Speicher landen.
    Warum: So öffnen und teilen Sie Ihre Arbeitsdateien auch unterwegs, ohne eine andere Cloud.
    .link-download = Mobile App herunterladen
