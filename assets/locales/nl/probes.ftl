# De teksten van de servercontroles: wat een uitkomst betekent en wat je eraan kunt doen.
# Elke melding hier staat ook in en/probes.ftl en de/probes.ftl (een test controleert dat).
# Argumenten: $url (het gecontroleerde adres), $host, $detail (technisch, in het Engels),
# $status (HTTP-status), $expiry (datum), $names (namen waarvoor een certificaat geldt),
# $issuer, $vendor (de maker van een proxy die verkeer onderschept), $limit.

## Uitkomsten

probe-status-pass = Werkt
probe-status-warn = Werkt, met een kanttekening
probe-status-fail = Werkt niet
probe-status-skipped = Niet gecontroleerd

## Netwerkfouten: een samenvatting, daarna wat je kunt doen (of wat je tegen de IT zegt)

failure-dns_failed = De naam { $host } is niet te vinden.
failure-dns_failed-remedy = Controleer het adres op typefouten. Klopt het, dan kan het netwerk van deze computer de naam niet opzoeken: zeg tegen de IT-afdeling dat { $host } vanaf je werkplek niet wordt gevonden (DNS).
failure-connection_refused = { $host } weigert de verbinding.
failure-connection_refused-remedy = Op dat adres draait geen server, of een firewall blokkeert hem. Zeg tegen de IT-afdeling: "{ $url } weigert verbindingen."
failure-connection_failed = De verbinding met { $host } is verbroken.
failure-connection_failed-remedy = Probeer het zo nog eens. Blijft het gebeuren, meld het dan bij de IT-afdeling, met deze details: { $detail }
failure-timeout = { $host } gaf niet op tijd antwoord.
failure-timeout-remedy = De server of het netwerk is erg traag, of een firewall gooit het verkeer ongemerkt weg. Probeer het opnieuw; blijft het zo, zeg dan tegen de IT-afdeling dat { $url } vanaf je werkplek geen antwoord geeft.
failure-tls_expired = Het beveiligingscertificaat van { $host } is verlopen (geldig tot { $expiry }).
failure-tls_expired-remedy = Klik waarschuwingen niet weg. Zeg tegen de IT-afdeling: "Het certificaat van { $host } is verlopen op { $expiry }." Alleen zij kunnen het vernieuwen.
failure-tls_wrong_name = Het beveiligingscertificaat hoort niet bij { $host } (het is voor: { $names }).
failure-tls_wrong_name-remedy = Controleer het adres. Klopt het, dan laat de server het verkeerde certificaat zien: zeg tegen de IT-afdeling dat { $host } een certificaat voor { $names } toont.
failure-tls_unknown_ca = Deze computer vertrouwt het beveiligingscertificaat van { $host } niet (uitgegeven door { $issuer }).
failure-tls_unknown_ca-remedy = Het certificaat komt van een uitgever die deze computer niet kent, bijvoorbeeld van de organisatie zelf. Vraag de IT-afdeling om het rootcertificaat van de organisatie op deze computer te installeren, of om Overstap het CA-bestand te geven. Klik waarschuwingen niet weg.
failure-tls_intercepted = De verbinding met { $host } wordt onderschept door { $vendor }, en deze computer vertrouwt dat niet.
failure-tls_intercepted-remedy = Je netwerk (of beveiligingssoftware op deze laptop) maakt versleuteld verkeer open om het te controleren. Zeg tegen de IT-afdeling: "{ $vendor } onderschept { $host } en het rootcertificaat daarvan wordt hier niet vertrouwd." Zij kunnen dat certificaat installeren of een uitzondering maken voor de server.
failure-tls_other = De beveiligde verbinding met { $host } is mislukt.
failure-tls_other-remedy = Zeg tegen de IT-afdeling dat de beveiligde verbinding met { $host } mislukt, met deze details: { $detail }
failure-http_only = { $host } biedt geen beveiligde verbinding (https).
failure-http_only-remedy = Overstap maakt alleen verbinding via https, zodat niemand onderweg kan meelezen wat je typt. Zeg tegen de IT-afdeling dat { $url } https nodig heeft.
failure-redirect_to_http = { $host } stuurt door naar een onbeveiligd adres (http).
failure-redirect_to_http-remedy = Overstap volgt geen doorverwijzing van een beveiligd naar een onbeveiligd adres. Zeg tegen de IT-afdeling dat { $url } doorstuurt naar gewoon http.
failure-too_many_redirects = { $host } blijft doorsturen zonder ergens uit te komen.
failure-too_many_redirects-remedy = De doorverwijzingen van de server draaien in een kringetje, of het zijn er te veel. Zeg tegen de IT-afdeling dat { $url } eindeloos doorstuurt.
failure-proxy_required = Een proxyserver vraagt je in te loggen voordat { $host } bereikt kan worden.
failure-proxy_required-remedy = Op dit netwerk moet je inloggen bij een proxy. Vraag de IT-afdeling hoe deze computer { $host } kan bereiken (proxy-instellingen of een uitzondering).
failure-not_expected_service = Op { $url } antwoordt iets anders: een webpagina in plaats van de verwachte dienst.
failure-not_expected_service-remedy = Vaak zit er een inlogportaal, een proxy of een foutpagina van een webserver tussen. Controleer het adres; klopt het, zeg dan tegen de IT-afdeling dat { $url } een webpagina teruggeeft in plaats van de dienst.
failure-maintenance = { $host } is in onderhoud.
failure-maintenance-remedy = Wacht een tijdje en controleer het dan opnieuw. Duurt het onderhoud lang, vraag dan de IT-afdeling wanneer de dienst weer werkt.
failure-body_too_large = { $host } stuurt veel meer gegevens dan verwacht (meer dan { $limit }).
failure-body_too_large-remedy = Dit is niet wat de dienst hoort te sturen: misschien antwoordt daar iets anders. Meld het bij de IT-afdeling en noem het adres { $url }.
failure-invalid_json = { $host } antwoordt, maar niet in de verwachte vorm.
failure-invalid_json-remedy = Het antwoord van { $url } kon niet worden gelezen. Meld het bij de IT-afdeling, met deze details: { $detail }
failure-http_status = { $host } antwoordt met een fout ({ $status }).
failure-http_status-remedy = Zeg tegen de IT-afdeling dat { $url } antwoordt met HTTP { $status }.
failure-bad_response = { $host } stuurt een ongeldig antwoord.
failure-bad_response-remedy = Zeg tegen de IT-afdeling dat { $url } een ongeldig antwoord stuurt, met deze details: { $detail }

## Matrix

probe-matrix-discovery-pass = De chatserver van je organisatie is gevonden: { $homeserver } (Matrix { $version }).
probe-matrix-discovery-no-well-known = De chatserver werkt, maar is niet te vinden via het adres { $domain }.
probe-matrix-discovery-no-well-known-remedy = Element vindt de server via je werkadres alleen als { $domain } hem bekendmaakt. Zeg tegen de IT-afdeling: "https://{ $domain }/.well-known/matrix/client ontbreekt." Tot die tijd vul je bij het inloggen zelf { $homeserver } in.
probe-matrix-discovery-no-cors = De chatserver werkt, maar Element in de browser kan zijn antwoord niet lezen.
probe-matrix-discovery-no-cors-remedy = Zeg tegen de IT-afdeling dat bij { $url } de header Access-Control-Allow-Origin: * ontbreekt. De Element-app werkt; Element in een webbrowser niet.
probe-matrix-discovery-bad-well-known = Het adres { $domain } verwijst niet naar een chatserver.
probe-matrix-discovery-bad-well-known-remedy = Zeg tegen de IT-afdeling dat https://{ $domain }/.well-known/matrix/client geen geldige m.homeserver base_url bevat ({ $detail }).
probe-matrix-discovery-no-versions = { $homeserver } antwoordt niet als een Matrix-chatserver.
probe-matrix-discovery-no-versions-remedy = Zeg tegen de IT-afdeling dat { $url } geen lijst met Matrix-versies teruggeeft.
probe-matrix-discovery-no-target = Geen chatserver om te controleren: vul je werkadres of het adres van de server in.
probe-matrix-login-flows-sso = Je kunt inloggen met het account van je organisatie ({ $providers }).
probe-matrix-login-flows-oauth = Je logt in via de inlogpagina van je organisatie (OAuth).
probe-matrix-login-flows-password-only = De chatserver biedt alleen een apart wachtwoord, niet inloggen met het account van je organisatie.
probe-matrix-login-flows-password-only-remedy = Vraag de IT-afdeling of de chatserver gekoppeld moet worden aan het inloggen van de organisatie (SSO). Tot die tijd gebruik je het wachtwoord dat je van de IT-afdeling krijgt.
probe-matrix-login-flows-none = De chatserver biedt geen manier van inloggen die Element ondersteunt.
probe-matrix-login-flows-none-remedy = Zeg tegen de IT-afdeling dat { $url } geen ondersteunde inlogmethode aanbiedt.
probe-matrix-signed-in-pass = Je bent ingelogd als { $user } (apparaat { $device }).
probe-matrix-signed-in-no-token = Nog niet ingelogd: log eerst in en controleer het daarna opnieuw.
probe-matrix-signed-in-bad-token = Je login is niet meer geldig.
probe-matrix-signed-in-bad-token-remedy = Log opnieuw in. Gebeurt dit steeds weer, dan is je account misschien geblokkeerd: vraag het de IT-afdeling.

## Samenvattingsregel van een hele controle

check-summary = { $total ->
    [one] Van de 1 controle
   *[other] Van de { $total } controles
}: { $pass ->
    [one] 1 werkt
   *[other] { $pass } werken
}, { $warn } met een kanttekening, { $fail ->
    [one] 1 werkt niet
   *[other] { $fail } werken niet
}.
check-remedy-label = Wat je kunt doen

## Controles die op een andere wachten

probe-skipped-server-not-found = Niet gecontroleerd: de server werd eerst niet gevonden.
probe-skipped-account-not-found = Niet gecontroleerd: het account werd eerst niet gevonden.

## Mastodon

probe-mastodon-no-target = Geen Mastodon-server om te controleren: vul het adres van de server of het account in.
probe-mastodon-no-account = Geen account om te controleren: vul het Mastodon-account van de organisatie in (bijvoorbeeld @naam@social.overheid.nl).
probe-mastodon-instance-pass = De Mastodon-server werkt: { $title } (Mastodon { $version }).
probe-mastodon-instance-not-mastodon = { $url } antwoordt niet als een Mastodon-server.
probe-mastodon-instance-not-mastodon-remedy = Controleer het adres van de server. Klopt het, zeg dan tegen de IT-afdeling dat { $url } geen informatie over een Mastodon-server geeft.
probe-mastodon-account-pass = Het account @{ $acct } bestaat en is te vinden: { $url }
probe-mastodon-account-not-found = Het account @{ $acct } is niet te vinden.
probe-mastodon-account-not-found-remedy = Controleer de spelling. Accounts op de server van de organisatie worden meestal aangemaakt door de afdeling communicatie of de beheerders van de server: vraag hen of @{ $acct } bestaat.
probe-mastodon-profile-complete-pass = Het profiel is compleet: naam, profielfoto en beschrijving.
probe-mastodon-profile-incomplete = Het profiel is nog niet compleet; dit ontbreekt: { $parts }.
probe-mastodon-profile-incomplete-remedy = Open "Profiel bewerken" in Mastodon, vul aan wat ontbreekt en sla op. Aan een compleet profiel zien mensen dat dit het echte account van de organisatie is.
probe-mastodon-profile-part-display_name = weergavenaam
probe-mastodon-profile-part-avatar = profielfoto of logo
probe-mastodon-profile-part-note = beschrijving (bio)
probe-mastodon-link-verified-pass = De link naar { $site } is geverifieerd (te zien aan een groen vinkje).
probe-mastodon-link-no-field = Het profiel heeft geen link naar de website van de organisatie.
probe-mastodon-link-no-field-remedy = Voeg bij "Profiel bewerken" een extra veld toe, bijvoorbeeld "Website", met het volledige adres dat begint met https://, en sla op.
probe-mastodon-link-not-https = De websitelink { $site } begint niet met https://.
probe-mastodon-link-not-https-remedy = Mastodon verifieert alleen beveiligde adressen. Verander de link bij "Profiel bewerken" in het https://-adres en sla op.
probe-mastodon-link-not-200 = De pagina { $site } antwoordt met HTTP { $status } in plaats van met de pagina zelf.
probe-mastodon-link-not-200-remedy = Mastodon verifieert alleen een pagina die direct antwoordt (200). Link naar het uiteindelijke adres van de pagina, of vraag de webredactie waarom { $site } met { $status } antwoordt.
probe-mastodon-link-absent = Op { $site } staat geen link terug naar het profiel.
probe-mastodon-link-absent-remedy = Vraag de webredactie om dit op de pagina te zetten: <a rel="me" href="{ $profile }">Mastodon</a>. Open daarna in Mastodon "Profiel bewerken" en sla op, zodat Mastodon opnieuw controleert.
probe-mastodon-link-absent-script = Op { $site } staat in de HTML geen link terug naar het profiel. De pagina gebruikt JavaScript, en dat voert Mastodon niet uit.
probe-mastodon-link-absent-script-remedy = De link moet in de HTML van de pagina zelf staan, niet toegevoegd door een script of cookiebanner. Vraag de webredactie dit in de HTML te zetten: <a rel="me" href="{ $profile }">Mastodon</a>. Sla daarna het profiel in Mastodon op, zodat het opnieuw controleert.
probe-mastodon-link-too-large = De pagina { $site } is groter dan 1 MB, dus Mastodon stopt met lezen voordat het een link vindt.
probe-mastodon-link-too-large-remedy = Link naar een kleinere pagina (bijvoorbeeld contact of "over ons") met <a rel="me" href="{ $profile }">, of vraag de webredactie deze pagina kleiner te maken. Sla daarna het profiel in Mastodon op.
probe-mastodon-link-without-rel-me = { $site } linkt naar het profiel, maar zonder rel="me".
probe-mastodon-link-without-rel-me-remedy = Vraag de webredactie om rel="me" aan die link toe te voegen: <a rel="me" href="{ $profile }">. Sla daarna het profiel in Mastodon op, zodat Mastodon opnieuw controleert.
probe-mastodon-link-other-target = { $site } heeft een link met rel="me", maar niet naar { $profile }.
probe-mastodon-link-other-target-remedy = Het adres moet precies { $profile } zijn. Vraag de webredactie om de link te verbeteren en sla daarna het profiel in Mastodon op, zodat Mastodon opnieuw controleert.
probe-mastodon-link-resave = { $site } linkt goed terug, maar Mastodon heeft het nog niet geverifieerd.
probe-mastodon-link-resave-remedy = Mastodon controleert de link alleen als het profiel wordt opgeslagen. Open "Profiel bewerken" en klik op "Wijzigingen opslaan"; binnen een paar minuten verschijnt het groene vinkje.
probe-mastodon-signed-in-pass = Je bent ingelogd als @{ $acct }.
probe-mastodon-signed-in-no-token = Nog niet ingelogd: log eerst in via de browser en controleer het daarna opnieuw.
probe-mastodon-signed-in-bad-token = Je login is niet meer geldig.
probe-mastodon-signed-in-bad-token-remedy = Log opnieuw in via de browser. Inloggen met alleen een wachtwoord werkt niet als tweestapsverificatie aanstaat.

## Nextcloud

probe-nextcloud-no-target = Geen Nextcloud-server om te controleren: vul het adres van de server in.
probe-nextcloud-status-pass = Nextcloud werkt ({ $product } { $version }).
probe-nextcloud-not-nextcloud = { $url } antwoordt niet als een Nextcloud-server.
probe-nextcloud-not-nextcloud-remedy = Controleer het adres. Klopt het, zeg dan tegen de IT-afdeling dat { $url } geen Nextcloud-status geeft.
probe-nextcloud-not-installed = Nextcloud op { $server } is nog niet ingericht.
probe-nextcloud-not-installed-remedy = Zeg tegen de IT-afdeling dat de installatie van Nextcloud op { $server } niet af is.
probe-nextcloud-maintenance = Nextcloud is op dit moment in onderhoud.
probe-nextcloud-maintenance-remedy = Je bestanden zijn veilig. Wacht tot het onderhoud voorbij is en controleer het dan opnieuw; duurt het lang, vraag het dan de IT-afdeling.
probe-nextcloud-upgrading = Nextcloud wordt bijgewerkt ({ $version }) en kan nog niet worden gebruikt.
probe-nextcloud-upgrading-remedy = Wacht tot het bijwerken klaar is en controleer het dan opnieuw. Blijft het zo, zeg dan tegen de IT-afdeling dat Nextcloud op { $server } wacht op een database-upgrade.
probe-nextcloud-signed-in-no-login = Nog niet ingelogd: log eerst in via de browser en controleer het daarna opnieuw.
probe-nextcloud-signed-in-pass = Je bent bij Nextcloud ingelogd als { $user }.
probe-nextcloud-signed-in-bad-password = Je login bij Nextcloud is niet meer geldig.
probe-nextcloud-signed-in-bad-password-remedy = Log opnieuw in via de browser. Misschien is het app-wachtwoord ingetrokken bij Instellingen > Beveiliging.
probe-nextcloud-quota-pass = { $free } vrij ({ $used } van { $total } gebruikt).
probe-nextcloud-quota-unlimited = Geen limiet op de opslagruimte ({ $used } gebruikt).
probe-nextcloud-quota-unknown = { $used } gebruikt; Nextcloud heeft de vrije ruimte nog niet berekend.
probe-nextcloud-quota-low = Nog maar { $free } vrij ({ $used } van { $total } gebruikt).
probe-nextcloud-quota-low-remedy = Controleer of je bestanden passen voordat je ze verhuist. Verwijder wat je niet meer nodig hebt, of vraag de IT-afdeling om meer ruimte.
probe-nextcloud-quota-full = Je opslagruimte in Nextcloud is vol ({ $used } gebruikt).
probe-nextcloud-quota-full-remedy = Er kan niets meer bij. Verwijder bestanden die je niet meer nodig hebt, of vraag de IT-afdeling om meer ruimte.
probe-nextcloud-quota-unreadable = Nextcloud laat niet zien hoeveel opslagruimte je hebt.
probe-nextcloud-quota-unreadable-remedy = Zeg tegen de IT-afdeling dat het WebDAV-quotum van je account niet te lezen is.
probe-nextcloud-status-eol = Nextcloud werkt ({ $product } { $version }), maar versie { $major } krijgt geen beveiligingsupdates meer (sinds { $eol }).
probe-nextcloud-status-eol-remedy = Je kunt gewoon doorwerken. Zeg tegen de IT-afdeling: "Nextcloud op { $server } draait { $version }; versie { $major } wordt sinds { $eol } niet meer onderhouden. Graag bijwerken naar een versie die wel onderhouden wordt."
probe-nextcloud-capabilities-pass = Delen werkt: met een link, en met links waarmee anderen alleen iets kunnen uploaden (file drop).
probe-nextcloud-capabilities-no-sharing = Delen staat uit op deze Nextcloud.
probe-nextcloud-capabilities-no-sharing-remedy = Je kunt geen bestanden delen, ook niet met collega's. Zeg tegen de IT-afdeling dat de deel-app (of de API ervan) uit staat op { $server }.
probe-nextcloud-capabilities-no-public-links = Je kunt delen met collega's, maar niet met een link met mensen buiten de organisatie.
probe-nextcloud-capabilities-no-public-links-remedy = Vraag de IT-afdeling om delen via een link toe te staan (Beheerinstellingen > Delen). Zonder dat kun je geen bestanden naar mensen buiten sturen, en kan de IT-afdeling geen rapporten verzamelen via een uploadlink.
probe-nextcloud-capabilities-no-file-drop = Delen met een link werkt, maar links waarmee anderen alleen iets kunnen uploaden (file drop) staan uit.
probe-nextcloud-capabilities-no-file-drop-remedy = De IT-afdeling verzamelt de Overstap-rapporten van alle laptops via zo'n uploadlink. Vraag de IT-afdeling om openbare uploads toe te staan (Beheerinstellingen > Delen).
probe-nextcloud-capabilities-unreadable = Nextcloud laat niet zien welke deelinstellingen het heeft.
probe-nextcloud-capabilities-unreadable-remedy = Zeg tegen de IT-afdeling dat de capabilities van { $server } (/ocs/v2.php/cloud/capabilities) niet te lezen zijn.
probe-nextcloud-desktop-pass = De Nextcloud-app op deze computer is ingesteld voor { $server } als { $user } en houdt { $folders } bij.
probe-nextcloud-desktop-no-folder = Je bent in de Nextcloud-app ingelogd bij { $server } als { $user }, maar de app houdt nog geen map bij.
probe-nextcloud-desktop-no-folder-remedy = Open de Nextcloud-app, ga naar de instellingen en voeg een map toe om bij te houden. De volgende stap helpt je kiezen welke.
probe-nextcloud-desktop-other-server = De Nextcloud-app is ingesteld, maar voor een andere server ({ $others }), niet voor { $server }.
probe-nextcloud-desktop-other-server-remedy = Open de Nextcloud-app en voeg een account toe voor { $server } (in de instellingen: Account toevoegen). Het andere account mag blijven.
probe-nextcloud-desktop-no-account = De Nextcloud-app is geïnstalleerd, maar je bent er nog niet ingelogd.
probe-nextcloud-desktop-no-account-remedy = Open de Nextcloud-app en vul { $server } in als serveradres. De app opent je browser om in te loggen.
probe-nextcloud-desktop-not-installed = De Nextcloud-app is niet geïnstalleerd op deze computer.
probe-nextcloud-desktop-not-installed-remedy = Op een werklaptop installeert de IT-afdeling de app: zoek Nextcloud in het softwarecentrum van de organisatie, of vraag het de IT-afdeling. Log daarna in bij { $server }.

## LibreOffice

probe-libreoffice-installed-pass = LibreOffice { $version } is geïnstalleerd.
probe-libreoffice-not-found = LibreOffice is niet geïnstalleerd op deze computer.
probe-libreoffice-not-found-remedy = Op een werklaptop installeert de IT-afdeling het: vraag om LibreOffice, of zoek het in het softwarecentrum van de organisatie.
probe-libreoffice-does-not-start = LibreOffice is gevonden ({ $path }), maar start niet goed.
probe-libreoffice-does-not-start-remedy = Vraag de IT-afdeling om LibreOffice te repareren of opnieuw te installeren, met deze details: { $detail }
probe-libreoffice-too-old = LibreOffice { $version } is te oud (minstens { $minimum } is nodig).
probe-libreoffice-too-old-remedy = Oude versies krijgen geen beveiligingsupdates meer. Vraag de IT-afdeling om LibreOffice bij te werken naar { $minimum } of nieuwer.
probe-libreoffice-no-profile = Geen instellingen van LibreOffice gevonden op deze computer.
probe-libreoffice-profile-unreadable = De instellingen van LibreOffice zijn niet te lezen ({ $path }).
probe-libreoffice-profile-unreadable-remedy = Zeg tegen de IT-afdeling dat het LibreOffice-profiel niet te lezen is: { $detail }
probe-libreoffice-formats-pass = LibreOffice slaat op in de open formaten (ODF: .odt, .ods, .odp).
probe-libreoffice-formats-not-odf = LibreOffice slaat standaard nog op in andere formaten: { $formats }.
probe-libreoffice-formats-not-odf-remedy = Laat Overstap ODF de standaard maken (de volgende stap), of verander het zelf bij Extra > Opties > Laden/Opslaan > Algemeen, "Altijd opslaan als".

## Matrix, ingelogd

probe-skipped-not-signed-in = Niet gecontroleerd: log eerst in.
probe-matrix-cross-signing-pass = Je versleutelingssleutels zijn ingesteld (cross-signing): je apparaten kunnen voor elkaar instaan.
probe-matrix-cross-signing-missing = Je versleutelingssleutels zijn nog niet ingesteld.
probe-matrix-cross-signing-missing-remedy = Open in Element Instellingen > Versleuteling (oudere versies: Beveiliging & privacy) en kies "Instellen". Zonder dit kunnen anderen niet controleren of berichten echt van jou komen, en kan een nieuw apparaat je oude berichten niet lezen.
probe-matrix-key-backup-pass = Er is een back-up van je berichtsleutels ({ $count ->
    [one] 1 sleutel
   *[other] { $count } sleutels
}).
probe-matrix-key-backup-missing = Er is geen back-up van je berichtsleutels.
probe-matrix-key-backup-missing-remedy = Zet in Element de sleutelback-up aan (Instellingen > Versleuteling) en bewaar de herstelsleutel op een veilige plek, bijvoorbeeld in je wachtwoordmanager. Zonder die sleutel kan een nieuwe laptop je oude berichten niet lezen.
probe-matrix-key-backup-empty = De sleutelback-up staat aan, maar bevat nog geen sleutels.
probe-matrix-key-backup-empty-remedy = Element vult de back-up terwijl het draait. Laat Element een tijdje openstaan; blijft de back-up leeg, kijk dan in Element bij Instellingen > Versleuteling.
probe-matrix-roundtrip-pass = Een testbericht is aangekomen en teruggelezen ({ $ms } ms).
probe-matrix-roundtrip-lost = Een testbericht is verstuurd, maar niet aangekomen.
probe-matrix-roundtrip-lost-remedy = Zeg tegen de IT-afdeling dat berichten naar de chatserver niet in de ruimte verschijnen: misschien slaat de server ze niet op.

## Matrix-federatie: kunnen servers van andere organisaties deze bereiken

probe-matrix-federation-pass = Mensen bij andere organisaties kunnen je bereiken: andere Matrix-servers vinden { $name } en vertrouwen hem ({ $software } { $version }).
probe-matrix-federation-no-server-name = Niet gecontroleerd: hiervoor is de servernaam nodig (het deel na de dubbele punt in een chatadres, zoals example.nl). Geef je werkadres of de servernaam op.
probe-matrix-federation-bad-server-name = "{ $name }" is geen geldige Matrix-servernaam ({ $detail }).
probe-matrix-federation-bad-server-name-remedy = Geef de servernaam zoals die in chatadressen staat, bijvoorbeeld example.nl of example.nl:8448.
probe-matrix-federation-srv-cname = Mensen bij andere organisaties kunnen je misschien niet bereiken: het DNS-record { $record } wijst naar { $target }, en dat is alleen een alias van { $alias }.
probe-matrix-federation-srv-cname-remedy = Zeg tegen de IT-afdeling: "Het SRV-record { $record } moet wijzen naar een hostnaam met een eigen adres (een A- of AAAA-record), niet naar een alias (CNAME), zoals RFC 2782 voorschrijft. Laat het naar { $alias } wijzen."
probe-matrix-federation-unreachable = Mensen bij andere organisaties kunnen je niet bereiken: op { $target } antwoordt niets.
probe-matrix-federation-unreachable-remedy = Andere Matrix-servers maken verbinding met { $target }, omdat de servernaam { $name } dat aangeeft. Zeg tegen de IT-afdeling dat poort { $port } daar vanaf internet bereikbaar moet zijn. Blokkeert je eigen netwerk uitgaande verbindingen naar die poort, controleer het dan met de Matrix federation tester.
probe-matrix-federation-delegation-unreachable = Mensen bij andere organisaties kunnen je niet bereiken: { $name } stuurt andere servers naar { $via }, en daar antwoordt niets ({ $target }).
probe-matrix-federation-delegation-unreachable-remedy = Zeg tegen de IT-afdeling: "https://{ $name }/.well-known/matrix/server wijst naar { $via }, maar { $target } antwoordt niet." Het adres in dat bestand klopt niet, of de Matrix-server is daar niet bereikbaar vanaf internet. Blokkeert je eigen netwerk uitgaande verbindingen, controleer het dan met de Matrix federation tester.
probe-matrix-federation-srv-unreachable = Mensen bij andere organisaties kunnen je niet bereiken: het DNS-record { $via } stuurt andere servers naar { $target }, en daar antwoordt niets.
probe-matrix-federation-srv-unreachable-remedy = Zeg tegen de IT-afdeling: "Het SRV-record { $via } wijst naar { $target }, maar daar antwoordt niets." Het record klopt niet, of de Matrix-server is daar niet bereikbaar vanaf internet. Blokkeert je eigen netwerk uitgaande verbindingen, controleer het dan met de Matrix federation tester.
probe-matrix-federation-no-delegation-unreachable = Mensen bij andere organisaties kunnen je niet bereiken: andere servers vinden geen verwijzing voor { $name } en proberen { $target }, waar niets antwoordt.
probe-matrix-federation-no-delegation-unreachable-remedy = { $name } heeft geen bestand https://{ $name }/.well-known/matrix/server en geen SRV-record, dus andere Matrix-servers proberen poort { $port } op { $name }. Vraag de IT-afdeling dat bestand te publiceren met m.server ingesteld op de naam en poort van de Matrix-server (bijvoorbeeld matrix.{ $name }:443), of poort { $port } open te zetten. Blokkeert je eigen netwerk uitgaande verbindingen naar poort { $port }, controleer het dan met de Matrix federation tester.
probe-matrix-federation-bad-well-known = Mensen bij andere organisaties kunnen je niet bereiken: het bestand https://{ $name }/.well-known/matrix/server is kapot ({ $detail }).
probe-matrix-federation-bad-well-known-remedy = Andere Matrix-servers negeren een kapot bestand en proberen { $name } zelf, waar geen Matrix-server antwoordt. Zeg tegen de IT-afdeling: "https://{ $name }/.well-known/matrix/server moet JSON zijn met m.server ingesteld op de naam en poort van de Matrix-server, bijvoorbeeld matrix.{ $name }:443."
probe-matrix-federation-bad-well-known-ignored = Andere organisaties kunnen je bereiken, maar het bestand https://{ $name }/.well-known/matrix/server is kapot ({ $detail }).
probe-matrix-federation-bad-well-known-ignored-remedy = Andere Matrix-servers negeren het kapotte bestand en vinden de server op een andere manier, dus voorlopig werkt het. Vraag de IT-afdeling het bestand te verbeteren of weg te halen, zodat het servers later niet naar de verkeerde plek stuurt.
probe-matrix-federation-no-federation-api = Mensen bij andere organisaties kunnen je niet bereiken: { $target } antwoordt wel, maar niet als Matrix-server voor andere servers (HTTP { $status }).
probe-matrix-federation-no-federation-api-remedy = Zeg tegen de IT-afdeling: "{ $url } antwoordt met HTTP { $status }: het federatiedeel van de Matrix-server is daar niet bereikbaar." In Synapse heeft de listener de resource "federation" nodig; een reverse proxy moet /_matrix/federation en /_matrix/key doorgeven.
probe-matrix-federation-no-keys = Mensen bij andere organisaties kunnen je niet bereiken: { $target } publiceert zijn ondertekeningssleutels niet (HTTP { $status }).
probe-matrix-federation-no-keys-remedy = Zonder die sleutels vertrouwen andere servers niets van je server. Zeg tegen de IT-afdeling: "{ $url } antwoordt met HTTP { $status }; een reverse proxy moet naast /_matrix/federation ook /_matrix/key doorgeven."
probe-matrix-federation-wrong-server-name = Mensen bij andere organisaties kunnen je niet bereiken: de server op { $target } zegt dat hij { $found } is, niet { $name }.
probe-matrix-federation-wrong-server-name-remedy = Andere servers weigeren een server die een andere naam opgeeft. Zeg tegen de IT-afdeling: "De Matrix-server op { $target } heeft server_name { $found }, maar { $name } verwijst ernaar." De verwijzing wijst naar de verkeerde server, of die server is met de verkeerde naam ingericht.
probe-matrix-federation-keys-expired = Mensen bij andere organisaties kunnen je niet bereiken: de ondertekeningssleutels van de server waren maar geldig tot { $until }.
probe-matrix-federation-keys-expired-remedy = Andere servers accepteren niet meer wat je server ondertekent. Zeg tegen de IT-afdeling: "Het sleuteldocument van onze Matrix-server (valid_until_ts) is verlopen." Normaal vernieuwt de server het zelf: controleer de klok van de server en start hem opnieuw.
probe-matrix-federation-no-ed25519-key = Mensen bij andere organisaties kunnen je niet bereiken: de server publiceert geen ondertekeningssleutel (ed25519).
probe-matrix-federation-no-ed25519-key-remedy = Andere servers kunnen niets controleren van wat je server stuurt. Zeg tegen de IT-afdeling: "De Matrix-server op { $target } publiceert geen ed25519-sleutel op /_matrix/key/v2/server."
probe-matrix-federation-bad-signature = Mensen bij andere organisaties kunnen je niet bereiken: het sleuteldocument van de server is niet goed ondertekend ({ $key }: { $detail }).
probe-matrix-federation-bad-signature-remedy = Andere servers weigeren sleutels waarvan de handtekening niet klopt. Zeg tegen de IT-afdeling: "Het sleuteldocument van { $target } doorstaat de handtekeningcontrole voor { $key } niet." Vaak verandert een proxy het antwoord, of is het sleutelbestand vervangen zonder de server opnieuw te starten.
