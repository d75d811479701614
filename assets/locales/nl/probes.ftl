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

## Netwerkfouten: een samenvatting, daarna wat je kunt doen (of wat je aan de servicedesk meldt)

failure-dns_failed = De naam { $host } is niet te vinden.
failure-dns_failed-remedy = Controleer het adres op typefouten. Klopt het, dan kan het netwerk van deze computer de naam niet opzoeken: meld aan de servicedesk dat { $host } vanaf je werkplek niet wordt gevonden (DNS).
failure-connection_refused = { $host } weigert de verbinding.
failure-connection_refused-remedy = Op dat adres draait geen server, of een firewall blokkeert hem. Meld aan de servicedesk: "{ $url } weigert verbindingen."
failure-connection_failed = De verbinding met { $host } is verbroken.
failure-connection_failed-remedy = Probeer het zo nog eens. Blijft het gebeuren, meld het dan aan de servicedesk, met deze details: { $detail }
failure-timeout = { $host } gaf niet op tijd antwoord.
failure-timeout-remedy = De server of het netwerk is erg traag, of een firewall gooit het verkeer ongemerkt weg. Probeer het opnieuw; blijft het zo, meld dan aan de servicedesk dat { $url } vanaf je werkplek geen antwoord geeft.
failure-tls_expired = Het beveiligingscertificaat van { $host } is verlopen (geldig tot { $expiry }).
failure-tls_expired-remedy = Klik waarschuwingen niet weg. Meld aan de servicedesk: "Het certificaat van { $host } is verlopen op { $expiry }." Alleen de beheerders van de server kunnen het vernieuwen.
failure-tls_wrong_name = Het beveiligingscertificaat hoort niet bij { $host } (het is voor: { $names }).
failure-tls_wrong_name-remedy = Controleer het adres. Klopt het, dan laat de server het verkeerde certificaat zien: meld aan de servicedesk dat { $host } een certificaat voor { $names } toont.
failure-tls_unknown_ca = Deze computer vertrouwt het beveiligingscertificaat van { $host } niet (uitgegeven door { $issuer }).
failure-tls_unknown_ca-remedy = Het certificaat komt van een uitgever die deze computer niet kent, bijvoorbeeld van de organisatie zelf. Vraag de servicedesk om het rootcertificaat van de organisatie op deze computer te installeren, of om Overstap het CA-bestand te geven. Klik waarschuwingen niet weg.
failure-tls_intercepted = De verbinding met { $host } wordt onderschept door { $vendor }, en deze computer vertrouwt dat niet.
failure-tls_intercepted-remedy = Je netwerk (of beveiligingssoftware op deze laptop) maakt versleuteld verkeer open om het te controleren. Meld aan de servicedesk: "{ $vendor } onderschept { $host } en het rootcertificaat daarvan wordt hier niet vertrouwd." Dan kan dat certificaat worden geïnstalleerd of kan er een uitzondering voor de server worden gemaakt.
failure-tls_other = De beveiligde verbinding met { $host } is mislukt.
failure-tls_other-remedy = Meld aan de servicedesk dat de beveiligde verbinding met { $host } mislukt, met deze details: { $detail }
failure-http_only = { $host } biedt geen beveiligde verbinding (https).
failure-http_only-remedy = Overstap maakt alleen verbinding via https, zodat niemand onderweg kan meelezen wat je typt. Meld aan de servicedesk dat { $url } https nodig heeft.
failure-redirect_to_http = { $host } stuurt door naar een onbeveiligd adres (http).
failure-redirect_to_http-remedy = Overstap volgt geen doorverwijzing van een beveiligd naar een onbeveiligd adres. Meld aan de servicedesk dat { $url } doorstuurt naar gewoon http.
failure-too_many_redirects = { $host } blijft doorsturen zonder ergens uit te komen.
failure-too_many_redirects-remedy = De doorverwijzingen van de server draaien in een kringetje, of het zijn er te veel. Meld aan de servicedesk dat { $url } eindeloos doorstuurt.
failure-proxy_required = Een proxyserver vraagt je in te loggen voordat { $host } bereikt kan worden.
failure-proxy_required-remedy = Op dit netwerk moet je inloggen bij een proxy. Vraag de servicedesk hoe deze computer { $host } kan bereiken (proxy-instellingen of een uitzondering).
failure-not_expected_service = Op { $url } antwoordt iets anders: een webpagina in plaats van de verwachte dienst.
failure-not_expected_service-remedy = Vaak zit er een inlogportaal, een proxy of een foutpagina van een webserver tussen. Controleer het adres; klopt het, meld dan aan de servicedesk dat { $url } een webpagina teruggeeft in plaats van de dienst.
failure-maintenance = { $host } is in onderhoud.
failure-maintenance-remedy = Wacht een tijdje en controleer het dan opnieuw. Duurt het onderhoud lang, vraag dan de servicedesk wanneer de dienst weer werkt.
failure-body_too_large = { $host } stuurt veel meer gegevens dan verwacht (meer dan { $limit }).
failure-body_too_large-remedy = Dit is niet wat de dienst hoort te sturen: misschien antwoordt daar iets anders. Meld het aan de servicedesk en noem het adres { $url }.
failure-invalid_json = { $host } antwoordt, maar niet in de verwachte vorm.
failure-invalid_json-remedy = Het antwoord van { $url } kon niet worden gelezen. Meld het aan de servicedesk, met deze details: { $detail }
failure-http_status = { $host } antwoordt met een fout ({ $status }).
failure-http_status-remedy = Meld aan de servicedesk dat { $url } antwoordt met HTTP { $status }.
failure-bad_response = { $host } stuurt een ongeldig antwoord.
failure-bad_response-remedy = Meld aan de servicedesk dat { $url } een ongeldig antwoord stuurt, met deze details: { $detail }

## Matrix

probe-matrix-discovery-pass = De chatserver van je organisatie is gevonden: { $homeserver } (Matrix { $version }).
probe-matrix-discovery-no-well-known = De chatserver werkt, maar is niet te vinden via het adres { $domain }.
probe-matrix-discovery-no-well-known-remedy = Element vindt de server via het e-mailadres van je werk alleen als { $domain } hem bekendmaakt. Meld aan de servicedesk: "https://{ $domain }/.well-known/matrix/client ontbreekt." Tot die tijd vul je bij het inloggen zelf { $homeserver } in.
probe-matrix-discovery-no-cors = De chatserver werkt, maar Element in de browser kan zijn antwoord niet lezen.
probe-matrix-discovery-no-cors-remedy = Meld aan de servicedesk dat bij { $url } de header Access-Control-Allow-Origin: * ontbreekt. De Element-app werkt; Element in een webbrowser niet.
probe-matrix-discovery-bad-well-known = Het adres { $domain } verwijst niet naar een chatserver.
probe-matrix-discovery-bad-well-known-remedy = Meld aan de servicedesk dat https://{ $domain }/.well-known/matrix/client geen geldige m.homeserver base_url bevat ({ $detail }).
probe-matrix-discovery-no-versions = { $homeserver } antwoordt niet als een Matrix-chatserver.
probe-matrix-discovery-no-versions-remedy = Meld aan de servicedesk dat { $url } geen lijst met Matrix-versies teruggeeft.
probe-matrix-discovery-no-target = Geen chatserver om te controleren: vul het e-mailadres van je werk of het adres van de server in.
probe-matrix-login-flows-sso = Je kunt inloggen met het account van je organisatie ({ $providers }).
probe-matrix-login-flows-oauth = Je logt in via de inlogpagina van je organisatie (OAuth).
probe-matrix-login-flows-password-only = De chatserver biedt alleen een apart wachtwoord, niet inloggen met het account van je organisatie.
probe-matrix-login-flows-password-only-remedy = Vraag de servicedesk of de chatserver gekoppeld moet worden aan het inloggen van de organisatie (SSO). Tot die tijd gebruik je het wachtwoord dat je van de servicedesk krijgt.
probe-matrix-login-flows-none = De chatserver biedt geen manier van inloggen die Element ondersteunt.
probe-matrix-login-flows-none-remedy = Meld aan de servicedesk dat { $url } geen ondersteunde inlogmethode aanbiedt.
probe-matrix-signed-in-pass = Je bent ingelogd als { $user } (apparaat { $device }).
probe-matrix-signed-in-no-token = Nog niet ingelogd: log eerst in en controleer het daarna opnieuw.
probe-matrix-signed-in-bad-token = Je login is niet meer geldig.
probe-matrix-signed-in-bad-token-remedy = Log opnieuw in. Gebeurt dit steeds weer, dan is je account misschien geblokkeerd: vraag het aan de servicedesk.

## Samenvattingsregel van een hele controle

check-summary = { $total ->
    [one] Van de 1 controle
   *[other] Van de { $total } controles
}: { $pass } in orde, { $warn } met een kanttekening, { $fail } niet in orde.
check-remedy-label = Wat je kunt doen

## Controles die op een andere wachten

probe-skipped-server-not-found = Niet gecontroleerd: de server werd eerst niet gevonden.
probe-skipped-account-not-found = Niet gecontroleerd: het account werd eerst niet gevonden.

## Mastodon

probe-mastodon-no-target = Geen Mastodon-server om te controleren: vul het adres van de server of het account in.
probe-mastodon-no-account = Geen account om te controleren: vul het Mastodon-account van de organisatie in (bijvoorbeeld @naam@social.overheid.nl).
probe-mastodon-instance-pass = De Mastodon-server werkt: { $title } (Mastodon { $version }).
probe-mastodon-instance-not-mastodon = { $url } antwoordt niet als een Mastodon-server.
probe-mastodon-instance-not-mastodon-remedy = Controleer het adres van de server. Klopt het, meld dan aan de servicedesk dat { $url } geen informatie over een Mastodon-server geeft.
probe-mastodon-account-pass = Het account @{ $acct } bestaat en is te vinden: { $url }
probe-mastodon-account-not-found = Het account @{ $acct } is niet te vinden.
probe-mastodon-account-not-found-remedy = Controleer de spelling. Accounts op de server van de organisatie worden meestal aangemaakt door de communicatieafdeling of de beheerders van de server: vraag hen of @{ $acct } bestaat.
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
probe-mastodon-link-not-200-remedy = Mastodon verifieert alleen een pagina die direct antwoordt (200). Link naar het uiteindelijke adres van de pagina, of vraag het webteam waarom { $site } met { $status } antwoordt.
probe-mastodon-link-absent = Op { $site } staat geen link terug naar het profiel.
probe-mastodon-link-absent-remedy = Vraag het webteam om dit op de pagina te zetten: <a rel="me" href="{ $profile }">Mastodon</a>. Open daarna in Mastodon "Profiel bewerken" en sla op, zodat Mastodon opnieuw controleert.
probe-mastodon-link-absent-script = Op { $site } staat in de HTML geen link terug naar het profiel. De pagina gebruikt JavaScript, en dat voert Mastodon niet uit.
probe-mastodon-link-absent-script-remedy = De link moet in de HTML van de pagina zelf staan, niet toegevoegd door een script of cookiebanner. Vraag het webteam dit in de HTML te zetten: <a rel="me" href="{ $profile }">Mastodon</a>. Sla daarna het profiel in Mastodon op, zodat het opnieuw controleert.
probe-mastodon-link-too-large = De pagina { $site } is groter dan 1 MB, dus Mastodon stopt met lezen voordat het een link vindt.
probe-mastodon-link-too-large-remedy = Link naar een kleinere pagina (bijvoorbeeld contact of "over ons") met <a rel="me" href="{ $profile }">, of vraag het webteam deze pagina kleiner te maken. Sla daarna het profiel in Mastodon op.
probe-mastodon-link-without-rel-me = { $site } linkt naar het profiel, maar zonder rel="me".
probe-mastodon-link-without-rel-me-remedy = Vraag het webteam om rel="me" aan die link toe te voegen: <a rel="me" href="{ $profile }">. Sla daarna het profiel in Mastodon op, zodat Mastodon opnieuw controleert.
probe-mastodon-link-other-target = { $site } heeft een link met rel="me", maar niet naar { $profile }.
probe-mastodon-link-other-target-remedy = Het adres moet precies { $profile } zijn. Vraag het webteam om de link te verbeteren en sla daarna het profiel in Mastodon op, zodat Mastodon opnieuw controleert.
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
probe-nextcloud-not-nextcloud-remedy = Controleer het adres. Klopt het, meld dan aan de servicedesk dat { $url } geen Nextcloud-status geeft.
probe-nextcloud-not-installed = Nextcloud op { $server } is nog niet ingericht.
probe-nextcloud-not-installed-remedy = Meld aan de servicedesk dat de installatie van Nextcloud op { $server } niet af is.
probe-nextcloud-maintenance = Nextcloud is op dit moment in onderhoud.
probe-nextcloud-maintenance-remedy = Je bestanden zijn veilig. Wacht tot het onderhoud voorbij is en controleer het dan opnieuw; duurt het lang, vraag het dan aan de servicedesk.
probe-nextcloud-upgrading = Nextcloud wordt bijgewerkt ({ $version }) en kan nog niet worden gebruikt.
probe-nextcloud-upgrading-remedy = Wacht tot het bijwerken klaar is en controleer het dan opnieuw. Blijft het zo, meld dan aan de servicedesk dat Nextcloud op { $server } wacht op een database-upgrade.
probe-nextcloud-signed-in-no-login = Nog niet ingelogd: log eerst in via de browser en controleer het daarna opnieuw.
probe-nextcloud-signed-in-pass = Je bent bij Nextcloud ingelogd als { $user }.
probe-nextcloud-signed-in-bad-password = Je login bij Nextcloud is niet meer geldig.
probe-nextcloud-signed-in-bad-password-remedy = Log opnieuw in via de browser. Misschien is het app-wachtwoord ingetrokken bij Instellingen > Beveiliging.
probe-nextcloud-quota-unlimited = Geen limiet op de opslagruimte ({ $used } gebruikt).
probe-nextcloud-quota-unknown = { $used } gebruikt; Nextcloud heeft de vrije ruimte nog niet berekend.
probe-nextcloud-quota-full = Je opslagruimte in Nextcloud is vol ({ $used } gebruikt).
probe-nextcloud-quota-full-remedy = Er kan niets meer bij. Verwijder bestanden die je niet meer nodig hebt, of vraag de servicedesk om meer ruimte.
probe-nextcloud-quota-unreadable = Nextcloud laat niet zien hoeveel opslagruimte je hebt.
probe-nextcloud-quota-unreadable-remedy = Meld aan de servicedesk dat het WebDAV-quotum van je account niet te lezen is.
probe-nextcloud-status-eol = Nextcloud werkt ({ $product } { $version }), maar versie { $major } krijgt geen beveiligingsupdates meer (sinds { $eol }).
probe-nextcloud-status-eol-remedy = Je kunt gewoon doorwerken. Meld aan de servicedesk: "Nextcloud op { $server } draait { $version }; versie { $major } wordt sinds { $eol } niet meer onderhouden. Graag bijwerken naar een versie die wel onderhouden wordt."
probe-nextcloud-capabilities-pass = Delen werkt: met een link, en met links waarmee anderen alleen iets kunnen uploaden (file drop).
probe-nextcloud-capabilities-no-sharing = Delen staat uit op deze Nextcloud.
probe-nextcloud-capabilities-no-sharing-remedy = Je kunt geen bestanden delen, ook niet met collega's. Meld aan de servicedesk dat de deel-app (of de API ervan) uit staat op { $server }.
probe-nextcloud-capabilities-no-public-links = Je kunt delen met collega's, maar niet met een link met mensen buiten de organisatie.
probe-nextcloud-capabilities-no-public-links-remedy = Vraag de servicedesk om delen via een link toe te staan (Beheerinstellingen > Delen). Zonder dat kun je geen bestanden naar mensen buiten sturen, en kan je organisatie geen rapporten verzamelen via een uploadlink.
probe-nextcloud-capabilities-no-file-drop = Delen met een link werkt, maar links waarmee anderen alleen iets kunnen uploaden (file drop) staan uit.
probe-nextcloud-capabilities-no-file-drop-remedy = Je organisatie verzamelt de Overstap-rapporten van alle laptops via zo'n uploadlink. Vraag de servicedesk om openbare uploads toe te staan (Beheerinstellingen > Delen).
probe-nextcloud-capabilities-unreadable = Nextcloud laat niet zien welke deelinstellingen het heeft.
probe-nextcloud-capabilities-unreadable-remedy = Meld aan de servicedesk dat de capabilities van { $server } (/ocs/v2.php/cloud/capabilities) niet te lezen zijn.
probe-nextcloud-desktop-pass = De Nextcloud-app op deze computer is ingesteld voor { $server } als { $user } en houdt { $folders } bij.
probe-nextcloud-desktop-no-folder = Je bent in de Nextcloud-app ingelogd bij { $server } als { $user }, maar de app houdt nog geen map bij.
probe-nextcloud-desktop-no-folder-remedy = Open de Nextcloud-app, ga naar de instellingen en voeg een map toe om bij te houden. De volgende stap helpt je kiezen welke.
probe-nextcloud-desktop-other-server = De Nextcloud-app is ingesteld, maar voor een andere server ({ $others }), niet voor { $server }.
probe-nextcloud-desktop-other-server-remedy = Open de Nextcloud-app en voeg een account toe voor { $server } (in de instellingen: Account toevoegen). Het andere account mag blijven.
probe-nextcloud-desktop-no-account = De Nextcloud-app is geïnstalleerd, maar je bent er nog niet ingelogd.
probe-nextcloud-desktop-no-account-remedy = Open de Nextcloud-app en vul { $server } in als serveradres. De app opent je browser om in te loggen.
probe-nextcloud-desktop-not-installed = De Nextcloud-app is niet geïnstalleerd op deze computer.
probe-nextcloud-desktop-not-installed-remedy = Op een werklaptop installeert de servicedesk de app: zoek Nextcloud in het softwarecentrum van de organisatie, of vraag het aan de servicedesk. Log daarna in bij { $server }.

## LibreOffice

probe-libreoffice-installed-pass = LibreOffice { $version } is geïnstalleerd.
probe-libreoffice-not-found = LibreOffice is niet geïnstalleerd op deze computer.
probe-libreoffice-not-found-remedy = Op een werklaptop installeert de servicedesk het: vraag om LibreOffice, of zoek het in het softwarecentrum van de organisatie.
probe-libreoffice-does-not-start = LibreOffice is gevonden ({ $path }), maar start niet goed.
probe-libreoffice-does-not-start-remedy = Vraag de servicedesk om LibreOffice te repareren of opnieuw te installeren, met deze details: { $detail }
probe-libreoffice-too-old = LibreOffice { $version } is te oud (minstens { $minimum } is nodig).
probe-libreoffice-too-old-remedy = Oude versies krijgen geen beveiligingsupdates meer. Vraag de servicedesk om LibreOffice bij te werken naar { $minimum } of nieuwer.
probe-libreoffice-no-profile = Geen instellingen van LibreOffice gevonden op deze computer.
probe-libreoffice-profile-unreadable = De instellingen van LibreOffice zijn niet te lezen ({ $path }).
probe-libreoffice-profile-unreadable-remedy = Meld aan de servicedesk dat het LibreOffice-profiel niet te lezen is: { $detail }
probe-libreoffice-formats-pass = LibreOffice slaat op in de open formaten (ODF: .odt, .ods, .odp).
probe-libreoffice-formats-not-odf = LibreOffice slaat standaard nog op in andere formaten: { $formats }.
probe-libreoffice-formats-not-odf-remedy = Laat Overstap ODF de standaard maken (de volgende stap), of verander het zelf bij Extra > Opties > Laden/Opslaan > Algemeen, "Altijd opslaan als".

## Matrix, ingelogd

probe-skipped-not-signed-in = Niet gecontroleerd: log eerst in.
probe-matrix-cross-signing-missing = Je versleutelingssleutels zijn nog niet ingesteld.
probe-matrix-cross-signing-missing-remedy = Open in Element Instellingen > Versleuteling en klik op de knop om dit apparaat te verifiëren; op je eerste apparaat maakt Element de sleutels zelf aan. Zonder dit kunnen anderen niet controleren of berichten echt van jou komen, en kan een nieuw apparaat je oude berichten niet lezen.
probe-matrix-key-backup-pass = Je berichtsleutels staan in de sleutelopslag ({ $count ->
    [one] 1 sleutel
   *[other] { $count } sleutels
}).
probe-matrix-key-backup-missing = Je berichtsleutels staan niet in de sleutelopslag.
probe-matrix-key-backup-missing-remedy = Open in Element Instellingen > Versleuteling, zet Sleutelopslag aan en stel herstel in; bewaar de herstelsleutel op een veilige plek, bijvoorbeeld in je wachtwoordmanager. Zonder die sleutel kan een nieuwe laptop je oude berichten niet lezen.
probe-matrix-key-backup-empty = De sleutelopslag staat aan, maar bevat nog geen sleutels.
probe-matrix-key-backup-empty-remedy = Element vult de sleutelopslag terwijl het draait. Laat Element een tijdje openstaan; blijft de sleutelopslag leeg, kijk dan in Element bij Instellingen > Versleuteling.
probe-matrix-roundtrip-pass = Een testbericht is aangekomen en teruggelezen ({ $ms } ms).
probe-matrix-roundtrip-lost = Een testbericht is verstuurd, maar niet aangekomen.
probe-matrix-roundtrip-lost-remedy = Meld aan de servicedesk dat berichten naar de chatserver niet in de ruimte verschijnen: misschien slaat de server ze niet op.

## Matrix-federatie: kunnen servers van andere organisaties deze bereiken

probe-matrix-federation-pass = Mensen bij andere organisaties kunnen je bereiken: andere Matrix-servers vinden { $name } en vertrouwen die server ({ $software } { $version }).
probe-matrix-federation-no-server-name = Niet gecontroleerd: hiervoor is de servernaam nodig (het deel na de dubbele punt in een chatadres, zoals example.nl). Geef het e-mailadres van je werk of de servernaam op.
probe-matrix-federation-bad-server-name = "{ $name }" is geen geldige Matrix-servernaam ({ $detail }).
probe-matrix-federation-bad-server-name-remedy = Geef de servernaam zoals die in chatadressen staat, bijvoorbeeld example.nl of example.nl:8448.
probe-matrix-federation-srv-cname = Mensen bij andere organisaties kunnen je misschien niet bereiken: het DNS-record { $record } wijst naar { $target }, en dat is alleen een alias van { $alias }.
probe-matrix-federation-srv-cname-remedy = Meld aan de servicedesk: "Het SRV-record { $record } moet wijzen naar een hostnaam met een eigen adres (een A- of AAAA-record), niet naar een alias (CNAME), zoals RFC 2782 voorschrijft. Laat het naar { $alias } wijzen."
probe-matrix-federation-unreachable = Mensen bij andere organisaties kunnen je niet bereiken: op { $target } antwoordt niets.
probe-matrix-federation-unreachable-remedy = Andere Matrix-servers maken verbinding met { $target }, omdat de servernaam { $name } dat aangeeft. Meld aan de servicedesk dat poort { $port } daar vanaf internet bereikbaar moet zijn. Blokkeert je eigen netwerk uitgaande verbindingen naar die poort, controleer het dan met de Matrix federation tester.
probe-matrix-federation-delegation-unreachable = Mensen bij andere organisaties kunnen je niet bereiken: { $name } stuurt andere servers naar { $via }, en daar antwoordt niets ({ $target }).
probe-matrix-federation-delegation-unreachable-remedy = Meld aan de servicedesk: "https://{ $name }/.well-known/matrix/server wijst naar { $via }, maar { $target } antwoordt niet. Het adres in dat bestand klopt niet, of de Matrix-server is daar niet bereikbaar vanaf internet." Blokkeert je eigen netwerk uitgaande verbindingen, controleer het dan met de Matrix federation tester.
probe-matrix-federation-srv-unreachable = Mensen bij andere organisaties kunnen je niet bereiken: het DNS-record { $via } stuurt andere servers naar { $target }, en daar antwoordt niets.
probe-matrix-federation-srv-unreachable-remedy = Meld aan de servicedesk: "Het SRV-record { $via } wijst naar { $target }, maar daar antwoordt niets. Het record klopt niet, of de Matrix-server is daar niet bereikbaar vanaf internet." Blokkeert je eigen netwerk uitgaande verbindingen, controleer het dan met de Matrix federation tester.
probe-matrix-federation-no-delegation-unreachable = Mensen bij andere organisaties kunnen je niet bereiken: andere servers vinden geen verwijzing voor { $name } en proberen { $target }, waar niets antwoordt.
probe-matrix-federation-no-delegation-unreachable-remedy = { $name } heeft geen bestand https://{ $name }/.well-known/matrix/server en geen SRV-record, dus andere Matrix-servers proberen poort { $port } op { $name }. Vraag de servicedesk dat bestand te publiceren met m.server ingesteld op de naam en poort van de Matrix-server (bijvoorbeeld matrix.{ $name }:443), of poort { $port } open te zetten. Blokkeert je eigen netwerk uitgaande verbindingen naar poort { $port }, controleer het dan met de Matrix federation tester.
probe-matrix-federation-bad-well-known = Mensen bij andere organisaties kunnen je niet bereiken: het bestand https://{ $name }/.well-known/matrix/server is kapot ({ $detail }).
probe-matrix-federation-bad-well-known-remedy = Andere Matrix-servers negeren een kapot bestand en proberen { $name } zelf, waar geen Matrix-server antwoordt. Meld aan de servicedesk: "https://{ $name }/.well-known/matrix/server moet JSON zijn met m.server ingesteld op de naam en poort van de Matrix-server, bijvoorbeeld matrix.{ $name }:443."
probe-matrix-federation-bad-well-known-ignored = Andere organisaties kunnen je bereiken, maar het bestand https://{ $name }/.well-known/matrix/server is kapot ({ $detail }).
probe-matrix-federation-bad-well-known-ignored-remedy = Andere Matrix-servers negeren het kapotte bestand en vinden de server op een andere manier, dus voorlopig werkt het. Vraag de servicedesk het bestand te verbeteren of weg te halen, zodat het servers later niet naar de verkeerde plek stuurt.
probe-matrix-federation-no-federation-api = Mensen bij andere organisaties kunnen je niet bereiken: { $target } antwoordt wel, maar niet als Matrix-server voor andere servers (HTTP { $status }).
probe-matrix-federation-no-federation-api-remedy = Meld aan de servicedesk: "{ $url } antwoordt met HTTP { $status }: het federatiedeel van de Matrix-server is daar niet bereikbaar. In Synapse heeft de listener de resource federation nodig; een reverse proxy moet /_matrix/federation en /_matrix/key doorgeven."
probe-matrix-federation-no-keys = Mensen bij andere organisaties kunnen je niet bereiken: { $target } publiceert zijn ondertekeningssleutels niet (HTTP { $status }).
probe-matrix-federation-no-keys-remedy = Zonder die sleutels vertrouwen andere servers niets van je server. Meld aan de servicedesk: "{ $url } antwoordt met HTTP { $status }; een reverse proxy moet naast /_matrix/federation ook /_matrix/key doorgeven."
probe-matrix-federation-wrong-server-name = Mensen bij andere organisaties kunnen je niet bereiken: de server op { $target } zegt dat hij { $found } is, niet { $name }.
probe-matrix-federation-wrong-server-name-remedy = Andere servers weigeren een server die een andere naam opgeeft. Meld aan de servicedesk: "De Matrix-server op { $target } heeft server_name { $found }, maar { $name } verwijst ernaar. De verwijzing wijst naar de verkeerde server, of die server is met de verkeerde naam ingericht."
probe-matrix-federation-keys-expired = Mensen bij andere organisaties kunnen je niet bereiken: de ondertekeningssleutels van de server waren maar geldig tot { $until }.
probe-matrix-federation-keys-expired-remedy = Andere servers accepteren niet meer wat je server ondertekent. Meld aan de servicedesk: "Het sleuteldocument van onze Matrix-server (valid_until_ts) is verlopen. Normaal vernieuwt de server het zelf: controleer de klok van de server en start hem opnieuw."
probe-matrix-federation-no-ed25519-key = Mensen bij andere organisaties kunnen je niet bereiken: de server publiceert geen ondertekeningssleutel (ed25519).
probe-matrix-federation-no-ed25519-key-remedy = Andere servers kunnen niets controleren van wat je server stuurt. Meld aan de servicedesk: "De Matrix-server op { $target } publiceert geen ed25519-sleutel op /_matrix/key/v2/server."
probe-matrix-federation-bad-signature = Mensen bij andere organisaties kunnen je niet bereiken: het sleuteldocument van de server is niet goed ondertekend ({ $key }: { $detail }).
probe-matrix-federation-bad-signature-remedy = Andere servers weigeren sleutels waarvan de handtekening niet klopt. Meld aan de servicedesk: "Het sleuteldocument van { $target } doorstaat de handtekeningcontrole voor { $key } niet. Vaak verandert een proxy het antwoord, of is het sleutelbestand vervangen zonder de server opnieuw te starten."

## Element op deze computer en in het account (matrix_devices.rs, element_desktop.rs)
probe-matrix-element-installed-pass = Element staat op deze computer ({ $path }).
probe-matrix-element-installed-settings = Element is op deze computer gebruikt (de instellingen staan in { $path }).
probe-matrix-element-installed-missing = Element staat niet op deze computer.
probe-matrix-element-installed-missing-remedy = Installeer Element uit het softwarecentrum van je organisatie, of van element.io/download. Controleer daarna opnieuw.
probe-matrix-element-device-pass = Element is aangemeld bij je account: { $device }.
probe-matrix-element-device-missing = { $count ->
        [0] Overstap ziet naast zichzelf geen apparaat van je.
        [one] Je andere apparaat heeft geen naam zoals Element.
       *[other] Geen van je { $count } andere apparaten heeft een naam zoals Element.
    }
probe-matrix-element-device-missing-remedy = Meld je in Element aan met je werkaccount en controleer daarna opnieuw. Heb je je Element-apparaat zelf een andere naam gegeven, dan herkent Overstap het niet: zet deze stap dan zelf op klaar.
probe-matrix-session-verified-pass = Je apparaat { $device } is geverifieerd: je eigen versleutelingssleutels staan ervoor in.
probe-matrix-session-no-device = Overstap ziet naast zichzelf geen apparaat van je, dus kan het niet zien of Element geverifieerd is.
probe-matrix-session-no-device-remedy = Meld je eerst in Element aan met je werkaccount en controleer daarna opnieuw.
probe-matrix-session-unverified = Nog geen van je apparaten is geverifieerd ({ $devices }).
probe-matrix-session-unverified-remedy = Kies in Element “Dit apparaat verifiëren” en bevestig met een ander apparaat van je of met je herstelsleutel. Controleer daarna opnieuw.
probe-matrix-session-keys-broken = Je versleutelingssleutels op de server passen niet bij elkaar ({ $detail }).
probe-matrix-session-keys-broken-remedy = Meld aan de servicedesk dat je zelfondertekeningssleutel niet met je hoofdsleutel is ondertekend: zo kan geen enkel apparaat geverifieerd worden.

## Het eerste bericht, en het testbericht dat je kunt toestaan (matrix_messages.rs)
probe-matrix-first-message-pass = Je hebt een bericht gestuurd in “{ $room }”.
probe-matrix-first-message-no-room = Je bent nog geen chatruimte binnengegaan.
probe-matrix-first-message-no-room-remedy = Accepteer in Element de uitnodiging voor de ruimte van je team (onder Uitnodigingen), of zoek de ruimte via Ruimtes verkennen. Stuur daar een bericht en controleer daarna opnieuw.
probe-matrix-first-message-none = { $count ->
        [one] Overstap vond geen bericht van je in je ruimte.
       *[other] Overstap vond geen bericht van je in je { $count } ruimtes.
    }
probe-matrix-first-message-none-remedy = Stuur in Element een bericht in de ruimte van je team en controleer daarna opnieuw.
matrix-check-room-name = Overstap-test
matrix-check-room-topic = Overstap controleert hier of berichten aankomen, en verlaat deze ruimte daarna vanzelf.

## De map waar je vandaan verhuist, tegenover de vrije ruimte (nextcloud.rs, source_folder.rs)
source-onedrive = Je OneDrive-map
source-google-drive = Je Google Drive-map
source-chosen = De map die je hebt gekozen
probe-nextcloud-quota-fits = { $source } ({ $size } in { $files } bestanden) past in Nextcloud: { $free } vrij.
probe-nextcloud-quota-too-small = { $source } bevat { $size } ({ $files } bestanden), maar in Nextcloud is maar { $free } vrij.
probe-nextcloud-quota-too-small-remedy = Vraag de servicedesk om meer ruimte (minstens { $size }), of verhuis alleen wat je nog nodig hebt.
probe-nextcloud-quota-no-source = { $free } vrij in Nextcloud ({ $used } gebruikt). Overstap vond je OneDrive- of Google Drive-map niet om mee te vergelijken.
probe-nextcloud-quota-no-source-remedy = Kies de map waar je vandaan verhuist (bij Instellingen, of met “overstap settings set source-folder MAP”) en controleer opnieuw. Of vergelijk de grootte zelf en zet deze stap daarna op klaar.
probe-nextcloud-quota-source-unreadable = Overstap kan de map { $path } niet lezen: { $detail }
probe-nextcloud-quota-source-unreadable-remedy = Kies een map die bestaat en die je kunt openen, en controleer opnieuw.
probe-nextcloud-quota-unknown-remedy = Nextcloud berekent de vrije ruimte na een tijdje. Controleer later opnieuw; blijft het onbekend, meld het dan aan de servicedesk.

## De link terug van de website en het vastgezette bericht (mastodon.rs)
probe-mastodon-website-links-back-pass = { $site } linkt terug naar je Mastodon-profiel.
probe-mastodon-pinned-post-pass = Er staat een bericht vastgezet op je profiel (van { $day }).
probe-mastodon-pinned-post-missing = Er staat nog geen bericht vastgezet op je profiel.
probe-mastodon-pinned-post-missing-remedy = Schrijf een eerste bericht dat zegt wie jullie zijn en waar mensen jullie bereiken. Open daarna het menu van dat bericht (de drie puntjes) en kies “Aan profielpagina vastmaken”.

## Links delen (nextcloud_shares.rs)
probe-nextcloud-link-shares-pass = { $count ->
        [one] Je deelt 1 bestand of map met een link.
       *[other] Je deelt { $count } bestanden of mappen met een link.
    }
probe-nextcloud-link-shares-none = Je hebt nog niets met een link gedeeld.
probe-nextcloud-link-shares-none-remedy = Open in Nextcloud het deelmenu van een bestand of map en kies “Link delen”. Stuur die link in plaats van een bijlage. Controleer daarna opnieuw.
probe-nextcloud-link-shares-unreadable = Nextcloud geeft je gedeelde items niet.
probe-nextcloud-link-shares-unreadable-remedy = Meld aan de servicedesk dat de lijst met gedeelde items van je account (OCS Share API) niet te lezen is.

## De verhuisde bestanden: in de synchronisatiemap en op de server (nextcloud_files.rs)
probe-nextcloud-files-no-source = Overstap vond je OneDrive- of Google Drive-map niet en weet dus niet welke bestanden in Nextcloud horen te staan.
probe-nextcloud-files-no-source-remedy = Kies de map waar je vandaan verhuist (bij Instellingen, of met “overstap settings set source-folder MAP”) en controleer opnieuw. Of vergelijk zelf en zet deze stap daarna op klaar.
probe-nextcloud-files-too-many = De map bevat meer dan { $max } bestanden of mappen; zoveel vergelijkt Overstap niet.
probe-nextcloud-files-too-many-remedy = Vergelijk de mappen zelf (of kies een kleiner deel als map waar je vandaan verhuist) en zet deze stap daarna op klaar.
probe-nextcloud-files-no-sync-folder = De Nextcloud-app synchroniseert op deze computer geen map van deze server.
probe-nextcloud-files-no-sync-folder-remedy = Richt eerst de app in (de stap “Installeer de Nextcloud-app”) en zet je bestanden daarna in de map ervan.
probe-nextcloud-files-overlap = De map waar je vandaan verhuist ligt in je Nextcloud-map ({ $folder }), of eromheen: de bestanden zouden met zichzelf worden vergeleken.
probe-nextcloud-files-overlap-remedy = Kies de oorspronkelijke map (je OneDrive- of Google Drive-map of export), niet de kopie in Nextcloud.
probe-nextcloud-files-in-sync-pass = { $count ->
        [one] Het ene bestand uit de map waar je vandaan verhuist staat in je Nextcloud-map.
       *[other] Alle { $count } bestanden uit de map waar je vandaan verhuist staan in je Nextcloud-map.
    }
probe-nextcloud-files-in-sync-missing = { $missing } van { $count ->
        [one] 1 bestand staat
       *[other] de { $count } bestanden { $missing ->
            [one] staat
           *[other] staan
        }
    } nog niet in je Nextcloud-map, zoals: { $first }.
probe-nextcloud-files-in-sync-missing-remedy = Kopieer de ontbrekende bestanden naar je Nextcloud-map (de hele lijst staat in de details) en controleer opnieuw. Je originelen blijven waar ze zijn.
probe-nextcloud-files-on-server-pass = { $count ->
        [one] Het ene bestand uit de map waar je vandaan verhuist staat op de Nextcloud-server.
       *[other] Alle { $count } bestanden uit de map waar je vandaan verhuist staan op de Nextcloud-server.
    }
probe-nextcloud-files-on-server-missing = { $missing } van { $count ->
        [one] 1 bestand staat
       *[other] de { $count } bestanden { $missing ->
            [one] staat
           *[other] staan
        }
    } nog niet op de Nextcloud-server, zoals: { $first }.
probe-nextcloud-files-on-server-missing-remedy = Wacht tot de app alles heeft gesynchroniseerd (het pictogram toont een groen vinkje) en controleer opnieuw. Blijven bestanden ontbreken, meld de lijst uit de details dan aan de servicedesk.
probe-internal = Overstap kon deze controle niet afmaken ({ $detail }).

## Hoe de app synchroniseert, en de map waar je vandaan verhuist (nextcloud_sync_mode.rs, source_folder.rs)
probe-nextcloud-sync-mode-full = Je bestanden worden als volledige kopieën op deze computer gesynchroniseerd, naar { $folder }.
probe-nextcloud-sync-mode-virtual = Je bestanden worden als virtuele bestanden gesynchroniseerd (gedownload als je ze opent), naar { $folder }.
probe-nextcloud-sync-mode-none = De Nextcloud-app synchroniseert nog geen map van de server van je organisatie.
probe-nextcloud-sync-mode-none-remedy = Maak in de app de koppeling met je account af en kies een map op deze computer, met of zonder virtuele bestanden. Controleer daarna opnieuw.
probe-nextcloud-source-folder-pass = { $source } ({ $path }) bevat { $files } bestanden, klaar om te verhuizen.
probe-nextcloud-source-folder-empty = { $source } ({ $path }) bevat nog geen bestanden.
probe-nextcloud-source-folder-empty-remedy = Exporteer of download je bestanden eerst naar deze map (pak zipbestanden van Google Takeout of OneDrive uit) en controleer opnieuw.

## Sjablonen in LibreOffice (libreoffice_templates.rs)
probe-libreoffice-templates-pass = { $count ->
        [one] Er is 1 sjabloon in LibreOffice geïnstalleerd: { $names }.
       *[other] Er zijn { $count } sjablonen in LibreOffice geïnstalleerd, zoals { $names }.
    }
probe-libreoffice-templates-none = Er zijn nog geen eigen sjablonen in LibreOffice geïnstalleerd.
probe-libreoffice-templates-none-remedy = Importeer de sjablonen van je organisatie: Bestand > Sjablonen > Sjablonen beheren, en dan Importeren onder Beheren. Biedt de servicedesk ze op een andere manier aan (een gedeelde sjablonenmap), dan kun je deze stap zelf op klaar zetten.
