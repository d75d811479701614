## Checklist: inloggen met een FIDO2-beveiligingssleutel

security-key = Inloggen met een beveiligingssleutel
    .description = Een kleine USB- of NFC-sleutel van de servicedesk beschermt je werkaccount: met alleen je wachtwoord komt een inbreker er niet in. Je gebruikt de sleutel op de inlogpagina van je organisatie, en daarmee open je chat, bestanden en de andere diensten.

security-key--get-keys = Haal je beveiligingssleutels op bij de servicedesk
    .body = Vraag de servicedesk om twee FIDO2-beveiligingssleutels: een hoofdsleutel voor elke dag en een reservesleutel. Zo'n sleutel lijkt op een kleine USB-stick; veel sleutels werken ook door ze tegen de laptop of telefoon te houden (NFC). Kijk of de sleutel in je laptop past (USB-A of USB-C) en plak op elke sleutel een label, zodat je ze uit elkaar houdt. Je hebt er twee nodig: met maar één sleutel sta je buitengesloten als je die kwijtraakt.
    .link-about-passkeys = Wat zijn passkeys en beveiligingssleutels? (FIDO Alliance, Engels)

security-key--set-pin = Stel een pincode in op beide sleutels
    .body = De pincode beschermt de sleutel zelf: wie je sleutel vindt, kan er zonder pincode niets mee. Op Windows ga je naar Instellingen > Accounts > Aanmeldingsopties > Beveiligingssleutel > Beheren en kies je een pincode van minstens 6 tekens; op andere systemen helpt de servicedesk je hierbij. Doe hetzelfde voor de reservesleutel. De sleutel controleert de pincode zelf, dus die gaat nooit naar het inlogportaal of naar de servicedesk. Na 8 foute pogingen blokkeert de sleutel en moet hij worden gewist, dus kies een pincode die je kunt onthouden.

security-key--test-key = Test de sleutel op deze laptop
    .body = Steek de hoofdsleutel in de laptop (of houd hem tegen de NFC-lezer) en klik op Doe dit voor mij. De app doet een korte test, alleen op deze laptop; er gaat niets naar je organisatie. Gaat de sleutel knipperen, raak hem dan aan en vul je pincode in als daarom wordt gevraagd. Zo weet je dat laptop en sleutel samenwerken voordat je ermee gaat inloggen.

security-key--register-key = Koppel je hoofdsleutel aan het inlogportaal
    .body = Open de accountpagina die de servicedesk je noemt (in Keycloak is dat Account security > Signing in, of de Nederlandse versie daarvan) en log in zoals altijd. Kies voor het instellen van een beveiligingssleutel of passkey; je browser vraagt dan om de sleutel in te steken, je pincode in te vullen en de sleutel aan te raken. Geef hem een duidelijke naam, zoals "Hoofdsleutel blauw". Vanaf nu kent het portaal je sleutel, en die beschermt je inlog bij Matrix, Nextcloud en de andere diensten.

security-key--register-backup = Koppel ook je reservesleutel
    .body = Doe de vorige stap nog een keer met de reservesleutel en noem hem bijvoorbeeld "Reservesleutel". Kijk of beide sleutels nu op de accountpagina staan. Bewaar de reservesleutel daarna op een veilige plek, zoals een lade die op slot kan, en niet in je laptoptas. Raak je de hoofdsleutel kwijt, dan kun je met de reservesleutel meteen verder werken.

security-key--sign-in-once = Log één keer in met de sleutel
    .body = Log uit bij het portaal, of open een privévenster in je browser, en log opnieuw in. Na je gebruikersnaam (en misschien je wachtwoord) vraagt de browser om de sleutel: steek hem in, vul je pincode in en raak hem aan. Lukt dat, dan ben je klaar; lukt het niet, schrijf dan de foutmelding precies over en stuur die naar de servicedesk. Zo weet je zeker dat de sleutel werkt voordat je erop vertrouwt.

security-key--if-key-lost = Weet wat je doet als je een sleutel kwijt bent
    .body = Ben je een sleutel kwijt of is hij gestolen, meld het dan meteen bij de servicedesk, zodat ze hem kunnen blokkeren; gebruik ondertussen je reservesleutel. Zet het nummer van de servicedesk nu alvast in je telefoon. Leen je sleutel nooit uit en vertel niemand je pincode, ook een collega niet. Laat de sleutel niet in de laptop zitten als je wegloopt: een dief met allebei heeft alles wat hij nodig heeft.

security-key--remove-old-methods = Verwijder oude inlogmethodes als de servicedesk dat zegt
    .body = Misschien heb je voor je werkaccount nog sms-codes of een authenticator-app. Laat die staan tot de servicedesk zegt dat ze weg mogen, want voorlopig zijn ze misschien je enige manier om weer in je account te komen. Geeft de servicedesk het sein, verwijder ze dan op dezelfde accountpagina waar je je sleutels hebt gekoppeld. Hoe minder inlogmethodes, hoe minder ingangen voor een aanvaller.
