## Abschied von den alten Plattformen: X, Facebook, Instagram, LinkedIn, YouTube, WhatsApp
leave-big-tech = Alte Plattformen verlassen
    .description = Schließen Sie die Konten Ihrer Organisation bei X, Facebook, Instagram,
    LinkedIn, YouTube und WhatsApp sorgfältig ab: Bewahren Sie auf, was aufbewahrt werden
    muss, und schicken Sie Ihre Follower zur neuen Adresse.

leave-big-tech--list-accounts = Alle alten Konten auflisten
    .body = Listen Sie alle Konten Ihrer Organisation bei X, Facebook, Instagram, LinkedIn,
    YouTube und WhatsApp auf, auch alte Kampagnen- und Projektkonten. Notieren Sie zu jedem
    Konto, wer sich anmelden kann, mit welcher E-Mail-Adresse und Telefonnummer es verbunden
    ist und wo das Passwort liegt. Fragen Sie bei der Pressestelle nach: Dort kennt man oft
    Konten, die niemand mehr nutzt. Was Sie vergessen, können Sie nicht schließen, und ein
    vergessenes Konto kann gekapert werden.

leave-big-tech--secure-logins = Zugänge in die Hand der Organisation legen
    .body = Legen Sie jedes Passwort im Passwortmanager der Organisation ab und ändern Sie
    Passwörter, die per E-Mail oder Chat weitergegeben wurden. Kommen die Codes für den
    zweiten Faktor auf das private Handy einer Kollegin oder eines Kollegen, stellen Sie sie
    auf ein Diensthandy oder eine App um, die die Organisation verwaltet, und sichern Sie die
    Wiederherstellungscodes. Fragen Sie den IT-Service, welche Werkzeuge Sie nutzen dürfen. Ohne
    funktionierenden Zugang können Sie nichts exportieren, ankündigen oder schließen.

leave-big-tech--export-archives = Archiv jedes Kontos herunterladen
    .body = Fordern Sie auf jeder Plattform eine Kopie Ihrer Daten an: bei X das Datenarchiv
    in den Kontoeinstellungen, bei Facebook und Instagram den Download Ihrer Informationen
    in der Kontenübersicht (Accounts Center), bei LinkedIn eine Kopie Ihrer Daten unter
    Datenschutz, für YouTube über Google Takeout und bei WhatsApp in jedem Chat über Chat
    exportieren. Die Plattform schickt Ihnen eine E-Mail, wenn das Archiv fertig ist; das
    kann Stunden oder Tage dauern. Laden Sie es bald herunter, denn der Link läuft nach
    wenigen Tagen ab. Beiträge und Nachrichten sind amtliche Unterlagen, und nach dem
    Schließen sind sie weg.
    .link-x = X: Archiv herunterladen
    .link-facebook = Facebook: Informationen herunterladen
    .link-instagram = Instagram: Informationen herunterladen
    .link-linkedin = LinkedIn: Kontodaten herunterladen
    .link-youtube = Google Takeout (für YouTube)
    .link-whatsapp = WhatsApp: Chatverlauf exportieren

leave-big-tech--store-archive = Archive an die Registratur geben
    .body = Beiträge und Nachrichten eines offiziellen Kontos sind amtliche Unterlagen, für
    die das Bundesarchivgesetz oder das Archivgesetz Ihres Landes gilt. Geben Sie die
    heruntergeladenen Dateien an die Registratur oder die für Schriftgut zuständige Stelle
    und fragen Sie, wie lange sie aufbewahrt werden müssen und wohin sie gehören. Speichern
    Sie sie nicht auf Ihrem eigenen Laptop oder einem USB-Stick: Die Archive enthalten
    personenbezogene Daten von Menschen, die Ihnen geschrieben haben.

leave-big-tech--announce-move = Neue Adresse ankündigen
    .body = Veröffentlichen Sie auf jedem alten Konto einen letzten Beitrag: Ab jetzt veröffentlichen
    Sie auf Mastodon, mit der vollständigen Adresse, zum Beispiel
    https://social.bund.de/@ihreorganisation. Heften Sie den Beitrag an, wo die Plattform das
    erlaubt, und schicken Sie ihn auch in Ihre WhatsApp-Gruppen oder -Kanäle. So wissen Ihre
    Follower, wo sie Sie finden, und niemand muss raten, ob das neue Konto echt ist.

leave-big-tech--point-profiles = Alte Profile auf das neue verweisen lassen
    .body = Ändern Sie die Beschreibung jedes alten Profils in einen kurzen Satz wie „Wir
    sind umgezogen: Folgen Sie uns auf Mastodon“ und tragen Sie die Mastodon-Adresse im Feld
    für Website oder Link ein. Lassen Sie Name und Logo stehen, damit man das Konto weiter
    erkennt. Wer später auf dem alten Profil landet, findet so den Weg zum neuen.

leave-big-tech--stop-posting = Nichts Neues mehr veröffentlichen, nur noch verweisen
    .body = Veröffentlichen Sie ab jetzt nichts Neues mehr auf den alten Konten. Bietet die
    Plattform eine automatische Antwort auf Nachrichten an (etwa bei einer Facebook-Seite),
    lassen Sie diese auf Mastodon und Ihre anderen Kontaktwege verweisen. Beantworten Sie
    Nachrichten, die noch eingehen, einmal mit einem kurzen Hinweis. Solange beide Kanäle
    aktiv sind, bleiben die Leute beim alten.

leave-big-tech--freeze-or-close = Jedes Konto stilllegen oder löschen
    .body = Entscheiden Sie mit der Pressestelle für jedes Konto, ob Sie es stilllegen oder
    löschen. Löschen entfernt alles und gibt den Namen frei: Dann kann ihn jemand anderes
    registrieren und sich als Ihre Organisation ausgeben. Achtung: Deaktivieren heißt nicht immer
    stilllegen, denn bei X wird ein deaktiviertes Konto nach 30 Tagen gelöscht. Wenn Sie den
    Namen behalten wollen, lassen Sie das Konto ungenutzt mit dem Hinweis in der
    Beschreibung stehen und bewahren den Zugang im Passwortmanager auf.
    .link-x-deactivate = X: Konto deaktivieren

leave-big-tech--remove-widgets = Plattformen von der Website entfernen
    .body = Bitten Sie das Webteam, eingebettete Zeitleisten, Like- und Teilen-Schaltflächen,
    eingebettete YouTube-Videos und Tracking-Pixel wie das Meta-Pixel oder das LinkedIn
    Insight Tag von den Seiten Ihrer Organisation zu entfernen. Diese Elemente schicken Daten
    Ihrer Besucherinnen und Besucher an die Plattformen, oft bevor jemand eingewilligt hat.
    Bitten Sie außerdem darum, die alten Symbole durch einen einfachen Link zu Ihrem
    Mastodon-Konto zu ersetzen und Videos auf einem eigenen Server bereitzustellen.

leave-big-tech--update-signatures = Signaturen und Drucksachen anpassen
    .body = Ersetzen Sie die Symbole von X, Facebook und den anderen Plattformen in
    E-Mail-Signaturen sowie in Brief- und Präsentationsvorlagen durch Ihre Mastodon-Adresse.
    Bitten Sie die Pressestelle, die zentralen Vorlagen zu ändern, dann bekommen alle die
    neue Version auf einmal. Bei Flyern, Plakaten und Visitenkarten ändern Sie die
    Druckvorlage jetzt und nutzen sie beim nächsten Nachdruck. Alte Adressen auf Papier
    schicken Menschen zu Konten, die Sie gerade schließen.
