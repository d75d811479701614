## Checklist: chatten met Element op de Matrix-server van de organisatie.
# Klikpaden gecontroleerd met de documentatie en de tracker van Element:
# - https://docs.element.io/latest/element-support/device-verification/how-to-verify-devices
# - https://docs.element.io/latest/element-support/device-verification/how-to-ensure-you-have-a-recovery-key
# - Instellingen > Versleuteling toont op een niet-geverifieerd apparaat de knop om dit apparaat te verifiëren:
#   https://github.com/element-hq/element-desktop/issues/2270
# - Instellingen > Versleuteling heeft Sleutelopslag en Herstel (de sleutelback-up heet nu sleutelopslag):
#   https://github.com/element-hq/element-web/pull/29234, https://github.com/element-hq/element-web/pull/28673

matrix = Chatten met Matrix (Element)
    .description = Chat met collega's via de eigen Matrix-server van je organisatie, in plaats van Teams of WhatsApp.
    Je berichten blijven op servers die je organisatie zelf beheert.

matrix--install-element = Installeer Element
    .body = Element is de app waarmee je chat via Matrix. Download de app voor je computer,
    en als je wilt ook voor je telefoon via de App Store of Google Play.
    Mag je zelf geen programma's installeren? Vraag dan de servicedesk om "Element Desktop" voor je te installeren.
    Als je Element voor het eerst start, zie je een welkomstscherm met de knop Inloggen.
    .link-download = Element downloaden

matrix--find-server = Zoek de server van je organisatie
    .body = Overstap zoekt op welke Matrix-server bij het domein van je organisatie hoort.
    Je hoeft zelf niets te doen: een groen vinkje betekent dat de server gevonden is.
    Lukt het niet, dan meldt Element meestal alleen dat het geen geldige homeserver is, zonder de echte oorzaak.
    Geef aan de servicedesk door wat Overstap hier laat zien. Vaak ontbreekt het bestand /.well-known/matrix/client
    op het domein, of blokkeert een proxy of een bedrijfscertificaat de verbinding.

matrix--check-sso = Controleer of je met je werkaccount kunt inloggen
    .body = Overstap controleert of de server inloggen met het account van je organisatie aanbiedt
    (single sign-on, SSO). Je gebruikt dan dezelfde gebruikersnaam en hetzelfde wachtwoord als bij je andere werkapps,
    en je hebt geen nieuw wachtwoord nodig. Lukt dit niet, meld dan aan de servicedesk:
    "Onze Matrix-server biedt geen inloggen via SSO aan."

matrix--sign-in-element = Log in bij Element
    .body = Klik in Element op Inloggen. Kijk of de getoonde server die van je organisatie is;
    is dat niet zo, klik dan op Bewerken en typ het domein van je organisatie, bijvoorbeeld gemeente.nl.
    Klik daarna op de knop om verder te gaan met SSO: je browser opent de inlogpagina van je organisatie.
    Log daar in en laat de browser Element weer openen.

matrix--connect-overstap = Laat Overstap je account controleren
    .body = Klik op Inloggen bij Chat (Matrix): je browser opent de inlogpagina van je organisatie; log in zoals altijd.
    Overstap logt dan in als een eigen apparaat, los van Element, en controleert daarmee de volgende stappen voor je.
    Vraagt Element op een ander apparaat of deze nieuwe login van jou is? Dat is Overstap.
    Je kunt Overstap altijd weer uitloggen in Element via Instellingen > Sessies.

matrix--signed-in = Noteer je Matrix-adres
    .body = Overstap controleert of je account werkt.
    Je Matrix-adres ziet eruit als @voornaam.achternaam:gemeente.nl. In Element zie je het
    als je linksboven op je profielfoto klikt.
    Geef dit adres aan je collega's of zet het in je e-mailhandtekening:
    ze hebben het nodig om een gesprek met je te beginnen.

matrix--verify-session = Verifieer dit apparaat
    .body = Element vraagt je te bevestigen dat dit nieuwe apparaat echt van jou is. Vraagt Element dat niet,
    open dan Instellingen > Versleuteling en klik op de knop om dit apparaat te verifiëren.
    Gebruik je Element al op een ander apparaat? Kies dan verifiëren met dat apparaat
    en controleer of op beide schermen dezelfde emoji staan.
    Is dit je eerste apparaat, dan maakt Element zelf je versleutelingssleutels aan (dat heet cross-signing)
    en vraagt misschien nog een keer om in te loggen.
    Zo weten collega's dat berichten echt van jou komen, en kunnen al je apparaten versleutelde berichten lezen.

matrix--key-backup = Bewaar je herstelsleutel
    .body = Open in Element de Instellingen en dan Versleuteling. Kijk of Sleutelopslag aanstaat, en stel herstel in.
    Element laat een herstelsleutel zien: een lange rij letters en cijfers. Bewaar die in je wachtwoordmanager,
    of print hem en berg hem veilig op; bewaar hem niet alleen op deze computer.
    Waarom: je berichten zijn versleuteld, en zonder deze sleutel kun je oude berichten op een nieuwe telefoon
    of laptop niet meer lezen; ook de servicedesk kan ze dan niet terughalen.
    Vraagt Element op een nieuw apparaat om de sleutel, vul hem dan in: zo komen je oude berichten terug.
    .confirm = Ik heb de herstelsleutel ergens anders dan op deze computer bewaard (wachtwoordmanager, of geprint en veilig opgeborgen).

matrix--first-message = Stuur je eerste bericht
    .body = Open de ruimte van je team: je vindt die bij de uitnodigingen in je lijst met ruimtes, of zoek hem via Ruimtes verkennen.
    Ga de ruimte in en stuur een kort bericht, bijvoorbeeld "Hallo, ik zit nu ook op Matrix".
    Overstap stuurt ook zelf een testbericht via de server en controleert of het aankomt.
    Kun je de ruimte van je team niet vinden? Vraag je leidinggevende of de servicedesk om je uit te nodigen.

matrix--federation = Controleer of je andere organisaties kunt bereiken
    .body = Matrix-servers kunnen met elkaar praten, net als bij e-mail. Zo kun je ook chatten met mensen
    bij andere gemeenten, provincies of ministeries die Matrix gebruiken.
    Overstap controleert van buitenaf of andere servers de server van je organisatie kunnen bereiken.
    Lukt dat niet, meld dan aan de servicedesk: "De federatie van onze Matrix-server werkt niet; controleer die met de federation tester."
    Sommige organisaties zetten federatie bewust uit; vraag de servicedesk dan welke organisaties je wel kunt bereiken.
    .link-tester = Matrix federation tester
