## Afscheid van de oude platforms: X, Facebook, Instagram, LinkedIn, YouTube, WhatsApp
leave-big-tech = Neem afscheid van de oude platforms
    .description = Sluit de accounts van je organisatie op X, Facebook, Instagram, LinkedIn,
    YouTube en WhatsApp zorgvuldig af: bewaar wat bewaard moet worden en stuur je volgers
    naar het nieuwe adres.

leave-big-tech--list-accounts = Maak een lijst van alle oude accounts
    .body = Zet alle accounts van je organisatie op X, Facebook, Instagram, LinkedIn,
    YouTube en WhatsApp op een rij, ook oude campagne- en projectaccounts. Noteer per
    account wie kan inloggen, aan welk e-mailadres en telefoonnummer het gekoppeld is en
    waar het wachtwoord staat. Vraag het na bij de communicatieafdeling: die kent vaak
    accounts die niemand meer gebruikt. Wat je vergeet, kun je niet afsluiten, en een
    vergeten account kan door iemand anders worden overgenomen.

leave-big-tech--secure-logins = Leg de inloggegevens bij de organisatie
    .body = Zet elk wachtwoord in de wachtwoordkluis van de organisatie en verander
    wachtwoorden die via mail of chat zijn gedeeld. Komen de codes voor tweestapsverificatie
    binnen op de privételefoon van een collega, zet ze dan over naar een teamtelefoon of een
    authenticator-app die de organisatie beheert, en bewaar de herstelcodes. Vraag de
    servicedesk welke hulpmiddelen je mag gebruiken. Zonder werkende login kun je niets
    exporteren, aankondigen of afsluiten.

leave-big-tech--export-archives = Download het archief van elk account
    .body = Vraag op elk platform een kopie van je gegevens aan: op X een archief van je
    gegevens, op Facebook en Instagram in het Accountcentrum bij Je gegevens downloaden, op
    LinkedIn bij Gegevensprivacy een kopie van je gegevens, voor YouTube via Google Takeout,
    en in WhatsApp per chat met Chat exporteren. Het platform mailt je als het archief klaar
    is; dat kan uren of dagen duren. Download het snel, want de link verloopt na een paar
    dagen. Berichten en reacties zijn overheidsinformatie, en na het afsluiten zijn ze weg.
    .link-x = X: je archief downloaden
    .link-facebook = Facebook: je gegevens downloaden
    .link-instagram = Instagram: je gegevens downloaden
    .link-linkedin = LinkedIn: je accountgegevens downloaden
    .link-youtube = Google Takeout (voor YouTube)
    .link-whatsapp = WhatsApp: chatgeschiedenis exporteren

leave-big-tech--store-archive = Geef de archieven aan je informatiebeheerder
    .body = Berichten van een officieel account zijn overheidsinformatie, en daarvoor geldt
    de Archiefwet. Geef de gedownloade bestanden aan de informatiebeheerder of de
    DIV-afdeling en vraag hoe lang ze bewaard moeten worden en waar ze terechtkomen. Bewaar
    ze niet op je eigen laptop of een usb-stick: de archieven bevatten persoonsgegevens van
    mensen die jullie een bericht stuurden.

leave-big-tech--announce-move = Kondig het nieuwe adres aan
    .body = Plaats op elk oud account een laatste bericht: vanaf nu posten jullie op
    Mastodon, met het volledige adres, bijvoorbeeld
    https://social.overheid.nl/@organisatienaam. Zet dit bericht vast waar het platform dat
    toelaat, en stuur het ook naar jullie WhatsApp-groepen of -kanalen. Zo weten je volgers
    waar ze jullie vinden, en hoeft niemand te raden of het nieuwe account echt is.

leave-big-tech--point-profiles = Laat de oude profielen naar het nieuwe verwijzen
    .body = Verander de bio van elk oud profiel in één korte zin, zoals "We zijn verhuisd:
    volg ons op Mastodon", en zet het Mastodon-adres in het veld voor website of link. Laat
    naam en logo staan, zodat mensen het account blijven herkennen. Wie later op het oude
    profiel terechtkomt, vindt zo de weg naar het nieuwe.

leave-big-tech--stop-posting = Stop met posten en verwijs door
    .body = Plaats vanaf nu niets nieuws meer op de oude accounts. Biedt het platform een
    automatisch antwoord op berichten (bijvoorbeeld bij een Facebook-pagina), laat dat dan
    verwijzen naar Mastodon en jullie andere contactkanalen. Beantwoord berichten die nog
    binnenkomen één keer met een korte verwijzing. Zolang beide kanalen actief zijn, blijven
    mensen op het oude hangen.

leave-big-tech--freeze-or-close = Bevries of sluit elk account
    .body = Beslis per account samen met de communicatieafdeling of je het bevriest of
    verwijdert. Verwijderen wist alles en maakt de naam vrij: iemand anders kan die dan
    registreren en zich voordoen als jullie organisatie. Let op: deactiveren is niet altijd
    bevriezen, want op X wordt een gedeactiveerd account na 30 dagen verwijderd. Wil je de
    naam houden, laat het account dan ongebruikt staan met de verwijzing in de bio, en houd
    de login in de wachtwoordkluis.
    .link-x-deactivate = X: een account deactiveren

leave-big-tech--remove-widgets = Haal de platforms van je website
    .body = Vraag het webteam om ingesloten tijdlijnen, like- en deelknoppen, ingesloten
    YouTube-video's en trackingpixels zoals de Meta-pixel of de LinkedIn Insight Tag van de
    websites van je organisatie te halen. Die onderdelen sturen gegevens van bezoekers naar
    de platforms, vaak nog voordat iemand toestemming heeft gegeven. Vraag ook of ze de oude
    pictogrammen vervangen door een gewone link naar jullie Mastodon-account, en video's op
    een eigen server zetten.

leave-big-tech--update-signatures = Pas handtekeningen en drukwerk aan
    .body = Vervang de pictogrammen van X, Facebook en de andere platforms in
    e-mailhandtekeningen en in brief- en presentatiesjablonen door jullie Mastodon-adres.
    Vraag de communicatieafdeling de centrale sjablonen aan te passen, dan krijgt iedereen
    de nieuwe versie tegelijk. Pas bij folders, posters en visitekaartjes het drukbestand nu
    aan en gebruik het bij de volgende druk. Oude adressen op papier sturen mensen naar
    accounts die jullie afsluiten.
