## Checkliste: Büro-Dokumente in LibreOffice mit offenen Formaten
# Menüpfade geprüft an der deutschen LibreOffice-Hilfe (Extras > Optionen > Laden/Speichern > Allgemein,
# dieselbe Hilfeseite auch in Collabora Office):
# - https://help.libreoffice.org/latest/de/text/shared/optionen/01130200.html (Laden/Speichern – Microsoft Office)
# - https://help.collaboraoffice.com/latest/de/text/shared/optionen/01010200.html (Laden/Speichern – Allgemein)

libreoffice = Büro-Dokumente mit LibreOffice
    .description = Schreiben Sie Briefe, Tabellen und Präsentationen in LibreOffice und speichern Sie sie im OpenDocument-Format – einem offenen Standard, der keiner einzelnen Firma gehört.

libreoffice--installed = Prüfen, ob LibreOffice installiert ist
    .body = Die App prüft, ob LibreOffice auf diesem Laptop ist und ob die Version noch Sicherheitsupdates bekommt. Auf einem Laptop, den Ihre Organisation verwaltet, können Sie es nicht selbst installieren: Bitten Sie den IT-Service, LibreOffice zu installieren oder zu aktualisieren. Danach finden Sie LibreOffice Writer, Calc und Impress im Startmenü. Eine aktuelle Version ist wichtig, weil alte Versionen keine Sicherheitskorrekturen mehr bekommen.
    .link-download = LibreOffice herunterladen (nur für Rechner, die Sie selbst verwalten)

libreoffice--set-odf-default = OpenDocument als Standardformat festlegen
    .body = Schließen Sie LibreOffice ganz und klicken Sie dann auf „Für mich erledigen“. Die App stellt das Standardformat auf .odt für Texte, .ods für Tabellen und .odp für Präsentationen. Sie ändert nur diese eine Einstellung in Ihrem eigenen LibreOffice-Profil, merkt sich den alten Wert und kann die Änderung jederzeit rückgängig machen. Das Ergebnis sehen Sie unter Extras > Optionen > Laden/Speichern > Allgemein bei „Immer speichern als“ (auf dem Mac: LibreOffice > Einstellungen). OpenDocument (ODF) ist ein offener Standard, Ihre Dateien bleiben also lesbar, ohne dass Sie von einem Hersteller abhängen.
    .link-what-is-odf = Was ist OpenDocument? (englisch)

libreoffice--check-default-format = Standardformat beim Speichern prüfen
    .body = Die App liest aus, in welchem Format LibreOffice speichert, wenn Sie auf Speichern klicken – für Texte, Tabellen und Präsentationen. Alle drei sollten OpenDocument sein: .odt, .ods und .odp. Steht noch ein Word-, Excel- oder PowerPoint-Format da, schließen Sie LibreOffice und führen Sie den vorigen Schritt noch einmal aus. Hat Ihre Organisation diese Einstellung gesperrt, sehen Sie daneben ein kleines Schloss; fragen Sie dann den IT-Service, welches Format Ihre Organisation verwendet.

libreoffice--format-question = Die Frage „Format beibehalten?“ beantworten
    .body = Wenn Sie eine Datei als .docx, .xlsx oder .pptx speichern, fragt LibreOffice, welches Format Sie verwenden möchten – mit einer Schaltfläche für das Microsoft-Format und einer für ODF. Wählen Sie ODF für alles, was in Ihrer Organisation bleibt, und das Microsoft-Format nur, wenn jemand außerhalb es wirklich braucht. Stört Sie die Frage, gehen Sie zu Extras > Optionen > Laden/Speichern > Allgemein und entfernen Sie dort den Haken bei der Warnung, wenn nicht im ODF- oder Standardformat gespeichert wird. Die Frage gibt es, weil in Microsoft-Formaten Layout und Funktionen verloren gehen können.

libreoffice--install-templates = Vorlagen Ihrer Organisation installieren
    .body = Fragen Sie den IT-Service oder Ihr Sekretariat, wo die Vorlagen für Briefe, Vermerke und Präsentationen (Briefkopf, Erscheinungsbild) liegen, zum Beispiel in einem Nextcloud-Ordner. Öffnen Sie in LibreOffice Datei > Dokumentvorlagen > Dokumentvorlagen verwalten (Strg+Umschalt+N) und wählen Sie unter der Schaltfläche Verwalten den Punkt Importieren. Klicken Sie mit der rechten Maustaste auf die Briefvorlage und wählen Sie Als Standard festlegen, wenn jedes neue Dokument damit beginnen soll. So passen Ihre Dokumente zum Erscheinungsbild Ihrer Organisation, ohne dass Sie alte Word-Dateien kopieren.

libreoffice--check-macros = Alte Dokumente mit Makros melden
    .body = Makros sind kleine Programme in einem Dokument. Suchen Sie in Ihren Ordnern nach Dateien mit der Endung .docm, .xlsm oder .pptm; auch ältere .doc- und .xls-Dateien können Makros enthalten, fragen Sie also nach, wer Ihre wichtigen Formulare und Rechenblätter erstellt hat. Führen Sie diese Makros in LibreOffice nicht aus: Meldet LibreOffice, dass Makros deaktiviert sind, lassen Sie es dabei. Schreiben Sie eine kurze Liste der Dateien, die Sie wirklich brauchen (Name, was das Makro tut, wie oft Sie es nutzen), und schicken Sie sie an den IT-Service. Makros für Microsoft Office laufen in LibreOffice oft nicht, und Ersatz lässt sich nur planen, wenn der IT-Service davon weiß.

libreoffice--test-own-files = Häufig genutzte Dateien öffnen und das Layout prüfen
    .body = Öffnen Sie Kopien der Word-, Excel- und PowerPoint-Dateien, die Sie am häufigsten nutzen, zum Beispiel Ihre fünf wichtigsten. Vergleichen Sie sie mit dem bisherigen Aussehen: Seitenumbrüche, Tabellen, Kopf- und Fußzeilen, Nummerierung, Schriften, Diagramme und Formeln. Stimmt etwas nicht, notieren Sie Datei und Problem und melden Sie es dem IT-Service; oft fehlt nur eine Schriftart. Besser, Sie finden Probleme jetzt als am Tag einer Frist.

libreoffice--sharing-formats = Wissen, welches Format Sie nach außen schicken
    .body = Innerhalb Ihrer Organisation speichern und teilen Sie in ODF (.odt, .ods, .odp). Schicken Sie ein PDF, wenn die andere Seite das Dokument nur lesen oder drucken muss: Datei > Exportieren als > Als PDF exportieren. Schicken Sie .docx, .xlsx oder .pptx nur, wenn ein Partner ausdrücklich darum bittet und die Datei bearbeiten muss: Datei > Speichern unter und dort den Dateityp wählen. So muss niemand außerhalb eine bestimmte Software kaufen, um Ihre Dokumente zu lesen.

libreoffice--choose-interface = Die passende Menüansicht wählen
    .body = Öffnen Sie Ansicht > Benutzeroberfläche. Wählen Sie „In Registern“, wenn Sie Register mit großen Schaltflächen wie in Microsoft Office möchten, oder „Standard-Symbolleiste“ für die klassischen Menüs mit der Seitenleiste rechts. Übernehmen Sie die Auswahl für alle Module, damit Writer, Calc und Impress gleich aussehen. Sie können jederzeit zurückwechseln; an Ihren Dokumenten ändert sich nichts.
    .link-help = LibreOffice-Hilfe
