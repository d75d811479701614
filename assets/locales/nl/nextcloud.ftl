## Checklist: bestanden in de Nextcloud van de organisatie in plaats van OneDrive of Google Drive.
# Virtuele bestanden op macOS, gecontroleerd met de handleiding van de Nextcloud-desktopapp: ze staan
# in Finder in de zijbalk onder Locaties, en oudere versies hebben de aparte macOS-app voor virtuele bestanden nodig:
# - https://docs.nextcloud.com/server/latest/user_manual/de/desktop/macosvfs.html
# - https://github.com/nextcloud/documentation (user_manual/desktop/macosvfs.rst, bijgewerkt voor versie 33.0.0)

nextcloud = Bestanden in Nextcloud
    .description = Bewaar je werkbestanden in de eigen Nextcloud van je organisatie, in plaats van in OneDrive of Google Drive.
    Je kunt erbij vanaf je computer, in de browser en op je telefoon.

nextcloud--server-ok = Controleer of Nextcloud bereikbaar is
    .body = Overstap vraagt aan de Nextcloud van je organisatie of de server draait.
    Je hoeft zelf niets te doen: een groen vinkje betekent dat de server antwoordt en niet in onderhoud is.
    Lukt het op het werk niet, maar thuis wel? Dan zit er vaak een proxy of een bedrijfscertificaat tussen.
    Geef aan de servicedesk door wat Overstap hier laat zien, bijvoorbeeld: "Onze Nextcloud geeft geen antwoord op status.php."

nextcloud--sign-in = Log in via je browser
    .body = Klik op Inloggen bij Nextcloud: je browser opent de inlogpagina van Nextcloud. Log in en geef toegang;
    daarna zie je dat je het venster kunt sluiten.
    Gebruikt je organisatie single sign-on (SSO) en blijft de pagina hangen of zie je een fout?
    Log dan eerst in dezelfde browser in bij Nextcloud en probeer het opnieuw.
    Overstap krijgt een eigen app-wachtwoord om je opslagruimte te controleren; dat wordt alleen bewaard in de sleutelbos van je systeem
    (de beveiligde wachtwoordopslag van Windows, macOS of Linux), nooit in een bestand.

nextcloud--check-quota = Controleer je opslagruimte
    .body = Overstap laat zien hoeveel ruimte je in Nextcloud gebruikt en hoeveel er nog vrij is.
    Vergelijk dat met wat je in OneDrive of Google Drive gebruikt; dat zie je bij hun opslaginstellingen.
    Is de ruimte te klein? Vraag de servicedesk dan om meer, voordat je je bestanden verhuist.
    Waarom: als je Nextcloud vol is, worden nieuwe bestanden niet meer gesynchroniseerd, en dat merk je niet meteen.

nextcloud--install-client = Installeer de Nextcloud-app voor je computer
    .body = Download en installeer de Nextcloud-desktopapp, of vraag de servicedesk om hem te installeren.
    Kies bij de eerste start Inloggen, typ het Nextcloud-adres van je organisatie en geef toegang in de browser die opengaat.
    Zie je een waarschuwing over een certificaat, klik die dan niet weg, maar vraag eerst de servicedesk.
    Overstap controleert daarna of de app geïnstalleerd is en verbonden is met de server van je organisatie.
    Waarom: met de app staan je bestanden in een gewone map op je computer, net als bij OneDrive.
    .link-download = Desktopapp downloaden

nextcloud--choose-sync = Kies hoe je bestanden synchroniseren
    .body = Als je de desktopapp koppelt, of later in de instellingen van je synchronisatiemap, kies je tussen twee manieren.
    Met virtuele bestanden zie je al je bestanden, maar een bestand wordt pas gedownload als je het opent:
    dat spaart schijfruimte, maar voor bestanden die je nog niet geopend hebt, heb je internet nodig.
    Bij volledige synchronisatie staat elk bestand op je computer en werkt alles ook offline, maar dat kost meer ruimte.
    Virtuele bestanden werken op Windows en macOS; kies op Linux volledige synchronisatie.
    Op een Mac staan virtuele bestanden niet in een gewone map: je vindt ze in Finder in de zijbalk onder Locaties.
    Oudere versies van de desktopapp hebben daarvoor de aparte macOS-app voor virtuele bestanden nodig.

nextcloud--export-files = Haal je bestanden uit OneDrive of Google Drive
    .body = Gebruik voor Google Drive Google Takeout: kies alleen Drive, kies voor Documenten, Spreadsheets en Presentaties
    de open formaten ODT, ODS en ODP, en download de zip-bestanden die je krijgt.
    Selecteer voor OneDrive je mappen op de OneDrive-website en klik op Downloaden,
    of klik op je computer met rechts op je OneDrive-map en kies Altijd op dit apparaat behouden.
    Bestanden met een wolkje zijn alleen plaatshouders: ze staan nog niet echt op je computer,
    dus kopiëren mislukt of start grote downloads. Zorg eerst dat elk bestand echt gedownload is.
    .link-takeout = Google Takeout
    .link-onedrive = Bestanden downloaden uit OneDrive (Microsoft)

nextcloud--move-files = Kopieer je bestanden naar de Nextcloud-map
    .body = Pak de downloads uit en kopieer je mappen naar de Nextcloud-map op je computer;
    die vind je in Verkenner of Finder onder de naam Nextcloud (op een Mac met virtuele bestanden: in Finder onder Locaties).
    Houd dezelfde mapindeling aan, dan vind je alles terug.
    De desktopapp uploadt de bestanden; een groen vinkje bij een bestand betekent dat het op de server staat.
    Veel bestanden kunnen uren duren: laat je computer aan en verbonden, en verwijder nog niets uit de oude cloud.

nextcloud--check-complete = Controleer of er niets achterblijft
    .body = Open Nextcloud in je browser en vergelijk met OneDrive of Google Drive:
    zijn alle mappen er, en zijn het aantal bestanden en de totale grootte ongeveer gelijk?
    Kijk in de desktopapp of er meldingen zijn over overgeslagen bestanden, bijvoorbeeld omdat een bestand te groot is
    of tekens in de naam heeft die niet zijn toegestaan.
    Bestanden die anderen met je gedeeld hebben, zitten meestal niet in je export: vraag de eigenaar ze opnieuw te delen in Nextcloud.
    Pas als alles er is, laat je de servicedesk of je leidinggevende weten dat je oude cloudopslag dicht kan.

nextcloud--share-links = Deel een link in plaats van een bijlage
    .body = Wil je een bestand sturen? Hang het niet aan een e-mail, maar klik in Nextcloud op het deelpictogram naast het bestand,
    maak een deellink en plak die link in je e-mail.
    Zet bij gevoelige bestanden een wachtwoord en een vervaldatum in de opties van de link,
    en geef het wachtwoord op een andere manier door, bijvoorbeeld telefonisch.
    Waarom: iedereen werkt in dezelfde, actuele versie, er stapelen zich geen kopieën op in mailboxen,
    en je kunt de link altijd weer intrekken.
    .link-manual = Bestanden delen in Nextcloud

nextcloud--mobile-app = Koppel de Nextcloud-app op je telefoon
    .body = Vraag eerst aan de servicedesk of werkbestanden op je telefoon mogen.
    Installeer de Nextcloud-app uit de App Store of Google Play, kies Inloggen, typ het Nextcloud-adres van je organisatie
    en log in in de browser die opengaat.
    Laat het automatisch uploaden van foto's uit staan, zodat je privéfoto's niet in je werkopslag belanden.
    Waarom: zo open en deel je je werkbestanden ook onderweg, zonder andere cloud.
    .link-download = Mobiele app downloaden
