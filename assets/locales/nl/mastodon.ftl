## Mastodon: het eigen account van de organisatie op de eigen server
# Klikpaden gecontroleerd met de documentatie van Mastodon: de verificatiecode staat op een
# eigen tabblad onder Voorkeuren > Openbaar profiel > Verificatie (/settings/verification):
# - https://docs.joinmastodon.org/user/profile/#verification
# - https://joinmastodon.org/verification
mastodon = Je organisatie op Mastodon
    .description = Richt het officiële account van je organisatie in op jullie eigen
    Mastodon-server. Geen advertenties, geen algoritme, en de overheid beheert de server
    zelf.

mastodon--server-reachable = Controleer de server van je organisatie
    .body = Overstap kijkt of de Mastodon-server van je organisatie antwoordt, bijvoorbeeld
    social.overheid.nl. Lukt dat, dan zie je de naam en de versie van de server. Lukt het
    niet, vraag dan aan de servicedesk of het adres klopt en of een proxy of firewall de
    verbinding tegenhoudt. Zonder bereikbare server werken de volgende stappen niet.

mastodon--account-ready = Regel het account van je organisatie
    .body = Op overheidsservers kun je meestal niet zelf een account aanmaken: de
    communicatieafdeling of de beheerders van de server maken het account aan. Vraag ze om
    de accountnaam (bijvoorbeeld @organisatienaam@social.overheid.nl) en laat de
    inloggegevens naar een gedeelde teammailbox sturen, niet naar je eigen mailbox. Overstap
    vindt het account zodra het bestaat. Met een teammailbox hangt het account niet af van
    één persoon.

mastodon--sign-in = Log in via je browser
    .body = Klik op Inloggen bij Mastodon. Je browser opent de inlogpagina van jullie server: vul het
    e-mailadres en het wachtwoord in en, als tweestapsverificatie aanstaat, de code van zes
    cijfers. Klik daarna op Autoriseren en ga terug naar Overstap. Inloggen via de browser
    werkt ook met tweestapsverificatie; apps die rechtstreeks om je wachtwoord vragen, lopen
    daarop vast.

mastodon--complete-profile = Maak het profiel compleet
    .body = Open in Mastodon Profiel bewerken (via Voorkeuren, Openbaar profiel). Vul als
    weergavenaam de volledige naam van je organisatie in, zet het logo als profielfoto en
    schrijf een korte bio die begint met "Officieel account van …". Klik onderaan op
    Wijzigingen opslaan. Mensen beslissen in een paar seconden of een account echt is, en
    een compleet profiel helpt daarbij.
    .link-profile-help = Mastodon-handleiding: je profiel (Engels)

mastodon--website-link = Vraag het webteam om een rel="me"-link
    .body = Open in Mastodon Voorkeuren, Openbaar profiel en dan het tabblad Verificatie. Daar
    staat een stukje code met het adres van je profiel. Stuur dat naar het webteam en vraag of ze het als zichtbare link op de homepage
    van jullie website zetten, bijvoorbeeld als "Volg ons op Mastodon":
    <a rel="me" href="https://social.overheid.nl/@organisatienaam">Mastodon</a>. De pagina
    moet via https laden en kleiner zijn dan 1 MB, en de link mag niet via JavaScript of in
    een iframe geladen worden. Zo kan iedereen zien dat het account echt van jullie
    organisatie is.

mastodon--link-verified = Zet de website in je profiel en sla op
    .body = Vul in Profiel bewerken bij Extra velden het label "Website" in en het volledige
    adres van die pagina, bijvoorbeeld https://www.organisatienaam.nl. Klik op Wijzigingen
    opslaan: Mastodon controleert de link alleen op dat moment, later niet meer. Is het
    gelukt, dan wordt het adres groen met een vinkje; Overstap controleert dat ook. Blijft
    het grijs, dan zegt Mastodon niet waarom: kijk of de link van het webteam al online
    staat en of beide adressen precies gelijk zijn, en sla het profiel opnieuw op.
    .link-verification-help = Mastodon-handleiding: links verifiëren (Engels)

mastodon--two-factor = Zet tweestapsverificatie aan
    .body = Open in Mastodon Voorkeuren, Account, Tweestapsverificatie en scan de QR-code
    met een authenticator-app. Gebruik een telefoon of app die de organisatie beheert, niet
    alleen je eigen telefoon, en bewaar de herstelcodes in de wachtwoordkluis van de
    organisatie. Vraag de servicedesk welke app je mag gebruiken. Dan kan niemand met alleen
    een gestolen wachtwoord berichten plaatsen namens je organisatie.

mastodon--pin-first-post = Schrijf een eerste bericht en zet het vast
    .body = Schrijf een eerste bericht: wie jullie zijn, wat jullie hier gaan posten en hoe
    mensen jullie verder kunnen bereiken. Plaats het, klik op de drie puntjes onder het
    bericht en kies Vastmaken aan profiel. Nieuwe bezoekers zien dit bericht dan bovenaan je
    profiel.

mastodon--add-alias = Optioneel: koppel je oude Mastodon-account
    .body = Alleen nodig als je organisatie al een Mastodon-account op een andere server
    heeft. Open op het nieuwe account Voorkeuren, Account, Van een ander account verhuizen,
    en maak een alias aan met het oude adres, bijvoorbeeld @organisatienaam@mastodon.social.
    Doe dit op het nieuwe account, niet op het oude: andersom is een veelgemaakte fout.
    Wacht daarna tot 24 uur, want servers onthouden de oude gegevens zo lang; zonder alias
    weigert Mastodon de verhuizing in de volgende stap.
    .link-moving-help = Mastodon-handleiding: account verhuizen (Engels)

mastodon--move-followers = Optioneel: verhuis de volgers
    .body = Log na het wachten in op het oude account, open Voorkeuren, Account, Naar een
    ander account verhuizen, en vul het nieuwe adres en het wachtwoord van het oude account
    in. De volgers verhuizen vanzelf mee; berichten blijven op het oude account staan, en
    het oude profiel verwijst naar het nieuwe. Accounts die jullie volgen verhuizen niet
    mee: exporteer ze bij Importeren en exporteren en importeer ze op het nieuwe account.
    Meldt Mastodon dat het geen alias is, wacht dan nog een paar uur; na een verhuizing kun
    je 30 dagen niet opnieuw verhuizen, dus controleer het nieuwe adres goed.
    .link-moving-help = Mastodon-handleiding: account verhuizen (Engels)
