# De eigen teksten van Overstap: fouten, meldingen en opdrachtregel.
# Elke melding hier staat ook in en/app.ftl en de/app.ftl (een test controleert dat).

## Fouten

error-usage = { $detail }
error-internal = Er ging iets mis in Overstap zelf. Er is niets veranderd. Meld dit aan de servicedesk en stuur het logbestand uit de gegevensmap mee.
error-output-not-json = Overstap kon zijn antwoord niet als JSON schrijven ({ $detail }). Wat je vroeg, kan al gedaan zijn: kijk met “overstap progress” voordat je het opnieuw probeert. Meld dit aan de servicedesk en stuur het logbestand uit de gegevensmap mee.
error-io = Kon “{ $path }” niet lezen of schrijven: { $cause }
error-path-not-text = De naam “{ $path }” is geen gewone tekst (UTF-8), daarom kan de JSON-uitvoer hem niet tonen. Er is niets gedaan. Geef het een andere naam, of voer het commando uit zonder --json.
error-disk-full = De schijf is vol, daarom is er niets opgeslagen in “{ $path }”. Je eerdere voortgang is veilig. Maak ruimte vrij en probeer het opnieuw.
error-data-dir-none = Overstap vindt op deze computer geen map voor zijn gegevens. Geef er een op met --data-dir of OVERSTAP_DATA_DIR.
error-data-dir-synced = De gegevensmap “{ $path }” staat in een { $client }-map. Overstap bewaart zijn database alleen op deze computer, want synchroniseren kan hem beschadigen. Kies een lokale map met --data-dir.
error-data-dir-synced-via = De gegevensmap “{ $path }” verwijst naar “{ $real }”, en die ligt in een { $client }-map. Overstap bewaart zijn database alleen op deze computer, omdat synchroniseren hem kan beschadigen. Kies een lokale map met --data-dir.
error-data-dir-network = De gegevensmap “{ $path }” staat op een netwerkschijf ({ $kind }). De database werkt alleen veilig op een lokale schijf. Kies een lokale map met --data-dir.
error-data-dir-is-file = “{ $path }” is een bestand, geen map, daarom kan Overstap er zijn gegevens niet bewaren. Verplaats dat bestand of geef het een andere naam, of kies een andere gegevensmap met --data-dir of OVERSTAP_DATA_DIR.
error-data-dir-below-file = Overstap kan “{ $path }” niet als gegevensmap gebruiken, want “{ $file }” is een bestand, geen map. Verplaats dat bestand of geef het een andere naam, of kies een andere gegevensmap met --data-dir of OVERSTAP_DATA_DIR.
error-database-busy = Een ander Overstap-venster of -commando is nu met je voortgang bezig. Wacht even en probeer het opnieuw.
error-database-in-use = Een ander Overstap-venster of -commando heeft je voortgangsdatabase open, daarom kan die nu niet worden ingericht of hersteld. Sluit de andere Overstap-vensters en probeer het opnieuw.
error-app-already-open = Overstap is al geopend, met de gegevensmap “{ $path }”. Ga naar dat venster, of sluit het voordat je Overstap opnieuw start.
error-database-cannot-open = Overstap kan zijn database “{ $path }” niet openen of er niet in schrijven. Controleer of de map van jou is en niet alleen-lezen.
error-database-shm-stale = Overstap kan zijn database “{ $database }” niet gebruiken: het bestand “{ $path }” ernaast is achtergelaten door een ander gebruikersaccount (misschien is Overstap als beheerder gestart) en kan niet worden verwijderd. Verwijder dat bestand, of vraag de servicedesk dat te doen, en probeer het opnieuw. Je voortgang is veilig.
error-database-corrupt-now = De voortgangsdatabase “{ $path }” raakte beschadigd terwijl Overstap hem gebruikte. Sluit Overstap en start het opnieuw: het zet het beschadigde bestand opzij en bewaart het.
error-database = De voortgangsdatabase “{ $path }” gaf een fout. Er is niets veranderd. In het logbestand staan de details voor de servicedesk.
error-database-newer = De voortgangsdatabase “{ $path }” is geschreven door een nieuwere versie van Overstap (schema { $found }; deze versie kent tot en met { $supported }). Werk Overstap bij; je voortgang is niet aangeraakt.
error-database-no-wal = De database “{ $path }” kan in deze map niet veilig schrijven (write-ahead log). Kies een map op een lokale schijf met --data-dir.
error-checklist-data-invalid = De checklists bevatten { $count ->
    [one] 1 fout
   *[other] { $count } fouten
}. De eerste: { $file }:{ $line }:{ $column }: { $key }: { $problem }
error-ca-file = Het CA-bestand kan niet worden gebruikt: { $detail }. Geef een PEM-bestand met het certificaat van de organisatie.
error-email = “{ $given }” is geen e-mailadres van je werk. Schrijf het als naam@organisatie.nl.
error-server-address = “{ $given }” is geen geldig serveradres. Schrijf het als https://server.organisatie.nl of als servernaam (organisatie.nl).
error-check-required = Deze stap controleert Overstap zelf: voer “overstap check” uit (of “Nu controleren” in de app). Hij staat op klaar zodra de controle slaagt.
error-check-before-confirm = Eerst controleert Overstap wat het bij deze stap kan zien: voer “overstap check” uit (of “Nu controleren” in de app). Als de controle slaagt, bevestig je de rest zelf.
error-mastodon-account = “{ $given }” is geen Mastodon-account. Schrijf het als @naam@server, bijvoorbeeld @minbzk@social.overheid.nl.
error-unknown-action = Er is geen actie “{ $id }”.
error-libreoffice-no-profile = Overstap kan niet vinden waar LibreOffice zijn instellingen op deze computer bewaart.
error-libreoffice-running = LibreOffice is open. Sluit eerst alle LibreOffice-vensters (anders maakt LibreOffice de wijziging bij het afsluiten ongedaan) en probeer het opnieuw.
error-libreoffice-profile-damaged = Het instellingenbestand van LibreOffice “{ $path }” is beschadigd, daarom verandert Overstap het niet. Vraag de servicedesk het LibreOffice-profiel te herstellen.
error-libreoffice-no-backup = Er is niets om ongedaan te maken: Overstap heeft geen reservekopie gemaakt in “{ $path }”.
error-mastodon-token-needs-server = Een Mastodon-token wordt alleen naar de server gestuurd die je noemt: voeg --mastodon toe met het adres van je server.
error-unknown-checklist = Er is geen checklist “{ $id }”. “overstap checklists” toont ze allemaal.
error-unknown-step = De checklist “{ $checklist }” heeft geen stap “{ $step }”. “overstap show { $checklist }” toont de stappen.
error-step-ref-format = “{ $given }” is geen stap. Schrijf het als checklist/stap, bijvoorbeeld matrix/install-element.
error-reason-required = Zeg waarom deze stap geblokkeerd is, bijvoorbeeld “Het zaaksysteem opent nog geen .odt-bestanden”. De servicedesk ziet deze redenen en kan helpen.
error-text-too-long = De { $field } is te lang ({ $length } tekens; hoogstens { $max }).
error-apply-line-too-long = Regel { $line } is langer dan { $max } bytes en is daarom niet gelezen. Zo lang is geen enkele wijziging: controleer of de invoer één wijziging per regel heeft. De regels ervoor en erna worden gewoon verwerkt.
error-text-control-chars = De { $field } bevat onzichtbare tekens of tekens die de leesrichting veranderen. Typ de tekst opnieuw als gewone tekst.
field-reason = reden
field-note = notitie

## Problemen in checklistgegevens (na bestand:regel:kolom: sleutel)

load-syntax = { $detail }
load-id-not-file-name = de id moet gelijk zijn aan de bestandsnaam, “{ $expected }”
load-invalid-id = “{ $id }” is geen geldige id (kleine letters, cijfers en enkele streepjes, beginnend met een letter)
load-reserved-id = “{ $id }” is gereserveerd voor de eigen teksten van het programma; kies een andere id
load-duplicate-checklist = er is al een checklist “{ $id }”
load-duplicate-step = er is al een stap “{ $id }” in deze checklist
load-duplicate-link = er is al een link “{ $id }” in deze stap
load-kind-mismatch = een stap van soort “{ $kind }” heeft precies zijn eigen onderdeel nodig: probe bij “probe”, action bij “action”, geen van beide bij “manual”
load-confirm-without-probe = “confirm = true” hoort alleen bij een stap van soort “probe”: een handmatige stap bevestig je toch al, een actie bewijst zichzelf door haar uit te voeren
load-unknown-probe = er bestaat geen controle (probe) “{ $id }”
load-unknown-action = er bestaat geen actie “{ $id }”
load-params-not-table = params moet een tabel zijn, zoals params = {"{"} key = "value" {"}"}
load-link-not-https = links moeten met https:// beginnen (gevonden: “{ $url }”)
load-unknown-dependency = hangt af van “{ $target }”, maar die bestaat niet
load-dependency-cycle = de afhankelijkheden vormen een kring: { $cycle }
load-missing-text-file = het tekstbestand { $file } ontbreekt
load-missing-text = deze tekst ontbreekt in { $file }
load-duplicate-text = deze tekst staat er twee keer in
load-empty-text = deze tekst is leeg
load-unknown-text-key = geen checklist, stap of link gebruikt deze tekst

## Meldingen

notice-database-recovered = Je voortgangsdatabase was beschadigd, daarom is Overstap met een nieuwe begonnen. Het beschadigde bestand is bewaard als “{ $path }”: de servicedesk kan het misschien herstellen.

## Opdrachtregel

state-todo = te doen
state-done = klaar
state-skipped = overgeslagen
state-blocked = geblokkeerd
kind-manual = dit doe je zelf
kind-probe = Overstap controleert dit
kind-action = Overstap doet dit voor je
cli-optional = optioneel
cli-next-step = Volgende: { $title } ({ $step })
cli-checklist-complete = Klaar
cli-incomplete-nothing-to-do = Nog niet klaar: verplichte stappen zijn overgeslagen of geblokkeerd. Zet ze terug of los ze op zodra het kan.
cli-no-next-step = Nu niets te doen: de overige stappen wachten op andere.
cli-steps-done = { $done } van { $total ->
    [one] 1 stap
   *[other] { $total } stappen
} klaar of overgeslagen
cli-blocked-count = { $count } geblokkeerd
proof-checked = Gecontroleerd door Overstap: { $what }
proof-confirmed = Door jou bevestigd
proof-checked-and-confirmed = Gecontroleerd door Overstap ({ $what }) en door jou bevestigd
proof-done-by-overstap = Gedaan door Overstap
cli-done-proof = { $checked } bewezen door Overstap, { $confirmed } door jou bevestigd
cli-awaiting-confirmation = De controle is geslaagd ({ $what }). Klopt het volgende, bevestig het dan met “overstap step { $step } done”: { $confirm }
cli-blocked-because = Geblokkeerd: { $reason }
cli-depends-on = Na: { $steps }
cli-step-changed = { $step } is nu: { $state }
cli-export-written = Geschreven naar { $path }
cli-overall = Alles samen: { $done } van { $total ->
    [one] 1 stap
   *[other] { $total } stappen
} klaar of overgeslagen, { $complete } van { $checklists ->
    [one] 1 checklist
   *[other] { $checklists } checklists
} klaar.
cli-warning = Let op
cli-error = Fout
cli-action-done = Klaar: { $action } ({ $path } aangepast).
cli-action-undone = Ongedaan gemaakt: { $action } ({ $path } teruggezet).
cli-action-backup = De vorige instellingen staan in { $path }; “overstap action { $action } --undo” zet ze terug.

## Client configurations
client-config-element = Instellingen van Element voor de Matrix-server { $server } (kopiëren als config.json)
client-config-nextcloud-cfg = Nextcloud-desktopapp: de server { $server } ingevuld bij het inloggen
client-config-nextcloud-sh = Nextcloud-desktopapp: voegt iemands account op { $server } toe (Linux, macOS)
client-config-nextcloud-cmd = Nextcloud-desktopapp: voegt iemands account op { $server } toe (Windows)
client-config-libreoffice-xcd = LibreOffice: slaat standaard op als { $formats }, vergrendeld (voor share/registry)
client-config-libreoffice-reg = LibreOffice op Windows: dezelfde standaardformaten als registerbeleid
client-config-readme = Waar elk bestand heen moet, en wat het niet kan
error-client-config-matrix-server = De Matrix-server “{ $given }” uit de preset past niet in de instellingen van Element. Schrijf hem als servernaam (organisatie.nl) of als https://matrix.organisatie.nl.
error-client-config-nextcloud-server = De Nextcloud-server “{ $given }” uit de preset past niet in de Nextcloud-bestanden. Schrijf hem als https://cloud.organisatie.nl, zonder gebruikersnaam, “?”, “#”, spaties of aanhalingstekens.
error-setting-locked = Je organisatie heeft “{ $key }” ingesteld; je kunt dit hier niet wijzigen.
error-setting-language = “{ $given }” is geen taal die Overstap spreekt. Kies nl, de of en.
cli-setting-person = (door jou ingesteld)
cli-setting-organisation = (ingesteld door je organisatie; je mag het wijzigen)
cli-setting-locked = (vastgezet door je organisatie)
cli-setting-unset = (niet ingesteld)
cli-first-run-done = De vragen bij de eerste start zijn beantwoord. Gegevensmap: { $dir }
cli-first-run-pending = De app stelt bij de eerste start nog een paar vragen. Gegevensmap: { $dir }

## Voortgangsrapporten voor de organisatie (overstap fleet …)
error-reporting-off = Je organisatie heeft voortgangsrapporten voor deze computer niet aangezet, dus er wordt niets verstuurd.
error-reporting-misconfigured = Je organisatie heeft voortgangsrapporten aangezet, maar ze kunnen niet worden verstuurd: { $problem } Er gaat niets weg tot je organisatie de preset herstelt.
error-report-not-seen = Er wordt niets verstuurd voordat je hebt gezien wat je organisatie ontvangt. Bekijk het eerst: “overstap fleet preview --mark-seen”, of in de app onder Rapport.
error-setting-department = “{ $given }” is geen afdeling van je organisatie. Kies een van: { $choices }.
error-setting-source-folder = “{ $given }” is geen map op deze computer. Geef het volledige pad van de map waar je bestanden vandaan verhuist, zoals /home/jan/OneDrive of C:\Users\jan\OneDrive.
fleet-no-upload = de preset noemt geen uploadmap (servers.report_upload).
fleet-bad-share = “{ $link }” is geen Nextcloud-deellink (https://…/s/…).
fleet-no-salt = de preset geeft geen salt (reporting.salt) voor de pseudonieme computer-id.
cli-fleet-off = Voortgangsrapporten: uit. De instellingen van je organisatie zetten ze niet aan, dus er wordt niets verstuurd.
cli-fleet-misconfigured = Voortgangsrapporten: aangezet door je organisatie, maar ze kunnen niet worden verstuurd: { $problem }
cli-fleet-on = Voortgangsrapporten: aan. Ze gaan alleen naar de server van je organisatie, { $destination }.
cli-fleet-includes = Een rapport bevat: { $fields }.
cli-fleet-field-steps = de stand van elke stap, de versie van de app en een pseudonieme computer-id
cli-fleet-field-department = je afdeling
cli-fleet-field-blocked-reasons = waarom een stap geblokkeerd is, in je eigen woorden
cli-fleet-field-check-outcomes = de uitkomsten van de servercontroles
cli-fleet-field-names = je naam, je account en het e-mailadres van je werk
cli-fleet-seen = Je hebt op { $at } gezien wat er wordt verstuurd.
cli-fleet-not-seen = Je hebt nog niet gezien wat er wordt verstuurd, dus er gaat niets weg. Bekijk het met: overstap fleet preview --mark-seen
cli-fleet-sent = { $name }: verstuurd { $at }
cli-fleet-waiting = { $name }: wacht ({ $attempts ->
    [one] 1 poging
   *[other] { $attempts } pogingen
}; volgende na { $next }). Laatste probleem: { $failure }
cli-fleet-preview = Dit wordt precies zo verstuurd naar { $destination }, als { $name }:
cli-fleet-marked-seen = Genoteerd: je hebt gezien wat er wordt verstuurd. Vanaf nu gaan rapporten weg.
cli-fleet-already-seen = Je hebt dit eerder gezien; rapporten worden verstuurd.
cli-fleet-preview-not-seen = Er is niets verstuurd. Heb je het gelezen, voer dan uit: overstap fleet preview --mark-seen
cli-fleet-uploaded = Verstuurd: { $name }
cli-fleet-nothing-to-send = Niets te versturen: het rapport van vandaag is al weg.
