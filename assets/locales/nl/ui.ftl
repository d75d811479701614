# De teksten van de desktopinterface (ui/), meegebundeld bij het bouwen. Gewone woorden:
# de lezer zit midden in een verandering waar hij niet zelf voor koos.

ui-skip-to-content = Direct naar de inhoud
ui-nav-label = Hoofdmenu
ui-nav-overview = Overzicht
ui-nav-organisation = Organisatie
ui-nav-report = Rapport
ui-nav-settings = Instellingen
ui-error-title = Er ging iets mis
ui-core-error-title = Overstap kan je voortgang niet openen
ui-error-code = Code voor de servicedesk: { $code }
ui-cancel = Annuleren
ui-yes = Ja
ui-no = Nee
ui-back-to-overview = Terug naar het overzicht

ui-first-run-title = Welkom bij Overstap
ui-first-run-intro = Overstap helpt je stap voor stap om je werk over te zetten naar de eigen diensten van je organisatie. Bij elke stap controleert Overstap of die echt werkt. Je voortgang blijft op deze computer.
ui-first-run-address-title = Het e-mailadres van je werk
ui-first-run-email = E-mailadres van je werk
ui-first-run-email-hint = Bijvoorbeeld j.jansen@ministerie.nl. Overstap gebruikt dit adres om de servers voor chat en sociale media van je organisatie te vinden.
ui-first-run-servers = Mijn organisatie heeft mij serveradressen gegeven
ui-first-run-servers-hint = Vul alleen in wat je hebt gekregen. Je kunt dit later veranderen bij Instellingen.
ui-first-run-start = Beginnen
ui-first-run-done = Je gegevens zijn opgeslagen. Hier zijn je checklists.
ui-first-run-preset-title = Een instellingenbestand van je organisatie
ui-first-run-preset-hint = Heeft de servicedesk je een instellingenbestand voor Overstap gegeven (.toml, met een handtekening .minisig ernaast)? Open het hier. Overstap gebruikt het alleen als je organisatie het heeft ondertekend.
ui-first-run-import = Instellingenbestand openen…
ui-preset-imported = De instellingen uit { $file } gelden nu.
ui-first-run-example-title = Wil je eerst rondkijken?
ui-first-run-example-hint = Probeer Overstap zoals een voorbeeldorganisatie het heeft ingericht: met haar servers, checklists en eigen stappen. Niets staat vast; in Instellingen kun je opnieuw beginnen.
ui-first-run-example = Voorbeeldorganisatie
ui-first-run-example-use = Dit voorbeeld proberen
ui-first-run-example-done = Het voorbeeld is actief. Hier zijn de checklists.

ui-welcome-title = Welkom, { $organisation } heeft Overstap voor je klaargezet
ui-welcome-text = Je organisatie heeft de servers al ingevuld en je checklists gekozen, dus je kunt meteen beginnen. Bij elke checklist staat de volgende stap.
ui-welcome-help = Kom je er niet uit? Je organisatie helpt je via { $contact }.
ui-welcome-ok = Begrepen
ui-overview-title = Je checklists
ui-overview-intro = Elke checklist zet één deel van je werk over. Begin waar je wilt; bij elke checklist zie je de volgende stap.
ui-overview-intro-org = Elke checklist zet één deel van je werk over naar de eigen diensten van { $organisation }. Bij elke checklist zie je de volgende stap.
ui-next-step = Volgende stap
ui-checklist-complete = Helemaal klaar.
ui-checklist-waiting = Wacht op een stap in een andere checklist.
ui-progress-label = Voortgang
ui-progress-value = { $percent }% klaar ({ $done } van { $total ->
    [one] 1 stap
   *[other] { $total } stappen
})
ui-progress-counts = { $done } van { $total ->
    [one] 1 stap
   *[other] { $total } stappen
} klaar{ $skipped ->
    [0] {""}
   *[other] , { $skipped } overgeslagen
}{ $blocked ->
    [0] {""}
   *[other] , { $blocked } geblokkeerd
}.

ui-state-todo = Te doen
ui-state-done = Klaar
ui-state-skipped = Overgeslagen
ui-state-blocked = Geblokkeerd
ui-step-optional = Optioneel
ui-step-blocked-because = Geblokkeerd: { $reason }
ui-step-waiting = { $count ->
    [one] Deze stap komt na een eerdere stap.
   *[other] Deze stap komt na { $count } eerdere stappen.
}
ui-mark-done = Dit heb ik gedaan
ui-mark-skip = Overslaan
ui-mark-blocked = Ik kom niet verder…
ui-mark-todo = Terug naar te doen
ui-marked-done = “{ $step }” staat op klaar.
ui-marked-skip = “{ $step }” is overgeslagen.
ui-marked-block = “{ $step }” staat op geblokkeerd.
ui-marked-reset = “{ $step }” staat weer op te doen.
ui-block-reason = Waardoor lukt het niet?
ui-block-save = Reden opslaan
ui-history = Geschiedenis
ui-history-empty = Er is nog niets gebeurd met deze stap.
ui-history-check = controle #{ $seq }
ui-source-cli = opdrachtregel
ui-source-app = deze app
ui-source-probe = een controle
ui-source-preset = je organisatie

ui-service-matrix = Chat (Matrix)
ui-service-mastodon = Mastodon
ui-service-nextcloud = Nextcloud
ui-service-libreoffice = LibreOffice
ui-check-now = Nu controleren
ui-check-all = { $service } controleren
ui-check-running = { $service } wordt gecontroleerd…
ui-check-arrived = { $service }: { $working } van { $total ->
    [one] 1 controle
   *[other] { $total } controles
} in orde.
ui-result-pass = Werkt
ui-result-warn = Werkt, met een kanttekening
ui-result-fail = Werkt niet
ui-result-skipped = Niet gecontroleerd
ui-remedy = Wat je kunt doen
ui-evidence = Details voor de servicedesk
ui-evidence-certificate = Certificaat voor { $subject }, uitgegeven door { $issuer }, geldig tot { $expires }.
ui-evidence-timing = Duurde { $ms } ms.

ui-action-do = Doe dit voor mij
ui-action-undo = Ongedaan maken
ui-action-done = Klaar. Aangepast: { $file }
ui-action-undone = Ongedaan gemaakt. Teruggezet: { $file }

ui-sign-in = Inloggen bij { $service }
ui-sign-in-starting = De inlogpagina wordt geopend…
ui-sign-in-in-browser = Maak het inloggen af in je webbrowser. Dit venster wacht op je.
ui-sign-in-open-yourself = Je webbrowser is niet geopend. Kopieer dit adres naar je browser om in te loggen:
ui-sign-in-address = Inlogadres
ui-sign-in-address-fallback = Ging je browser niet open? Kopieer dan dit adres naar je browser:
ui-sign-in-with-code = Liever inloggen met een code
ui-sign-in-code = De code die je browser laat zien
ui-sign-in-code-send = Code versturen
ui-sign-in-password-instead = Liever inloggen met een wachtwoord
ui-matrix-user = Gebruikersnaam
ui-matrix-password = Wachtwoord
ui-sign-in-password = Inloggen
ui-signed-in-as = Ingelogd als { $account } op { $server }.
ui-sign-out = Uitloggen
ui-signed-out = Je bent uitgelogd bij { $service }.

ui-org-title = Instellingen van de organisatie
ui-org-managed = { $organisation } heeft Overstap voor je ingesteld. Dit zijn de instellingen die gelden, en waar elke instelling vandaan komt.
ui-org-unmanaged = Op deze computer heeft geen organisatie Overstap ingesteld. Krijg je een ondertekend bestand van je organisatie, dan zie je die instellingen hier.
ui-org-support = Hulp van je organisatie
ui-org-support-email = E-mail
ui-org-support-phone = Telefoon
ui-org-support-web = Hulppagina's
ui-org-support-matrix = Chatruimte
ui-org-problems = { $count ->
    [one] Eén probleem in de instellingenbestanden
   *[other] { $count } problemen in de instellingenbestanden
}
ui-org-settings-caption = Instellingen die gelden
ui-org-sources-caption = Instellingenbestanden
ui-org-col-source = Afkomstig van
ui-org-refused = Niet gebruikt (zie de problemen hierboven)
ui-org-applied = { $problems ->
    [0] Gebruikt
    [one] Gebruikt, 1 probleem
   *[other] Gebruikt, { $problems } problemen
}
ui-org-no-settings = Er zijn geen instellingen van de organisatie.
ui-layer-system = Ingesteld door je organisatie op deze computer
ui-layer-imported = Geïmporteerd bestand
ui-layer-example = Voorbeeld dat je koos

ui-report-title = Rapport
ui-report-intro = Je voortgang, om te bewaren of naar de servicedesk te sturen. Het rapport laat zien hoe ver je bent met elke stap, en je redenen bij geblokkeerde stappen. Er staan geen wachtwoorden in.
ui-report-caption = Voortgang per checklist
ui-report-col-checklist = Checklist
ui-report-save-json = Opslaan als JSON…
ui-report-save-csv = Opslaan als CSV…
ui-report-print = Afdrukken
ui-report-saved = Opgeslagen in { $path }.

ui-settings-title = Instellingen
ui-settings-display = Taal en weergave
ui-settings-servers = Je e-mailadres en servers
ui-settings-data = Je gegevens
ui-settings-data-dir = Overstap bewaart je voortgang in deze map op deze computer:
ui-version = Overstap versie { $version }
ui-setting-language = Taal
ui-setting-language-hint = Verandert meteen.
ui-setting-email = E-mailadres van je werk
ui-setting-email-hint = Hiermee vindt Overstap de servers van je organisatie.
ui-setting-matrix = Chatserver (Matrix)
ui-setting-matrix-hint = Bijvoorbeeld ministerie.nl of https://matrix.ministerie.nl.
ui-setting-mastodon = Mastodon-server
ui-setting-mastodon-hint = Bijvoorbeeld social.overheid.nl.
ui-setting-nextcloud = Nextcloud-server
ui-setting-nextcloud-hint = Bijvoorbeeld https://cloud.ministerie.nl.
ui-setting-locked = Ingesteld door je organisatie; je kunt dit hier niet veranderen.
ui-setting-from-org = Ingevuld door je organisatie. Je mag dit veranderen.
ui-setting-saved = Opgeslagen.
ui-setting-theme = Kleuren
ui-theme-system = Zoals mijn computer
ui-theme-light = Licht
ui-theme-dark = Donker
ui-theme-contrast = Hoog contrast
ui-language-nl = Nederlands
ui-language-de = Deutsch
ui-language-en = English
ui-language-changed = De taal is veranderd.
ui-reset = Opnieuw beginnen…
ui-reset-question = Opnieuw beginnen? Je wordt overal uitgelogd en elke stap staat weer op te doen. De geschiedenis van wat je hebt gedaan blijft bewaard.
ui-reset-confirm = Ja, opnieuw beginnen
ui-reset-done = Opnieuw begonnen: { $count ->
    [one] 1 stap staat
   *[other] { $count } stappen staan
} weer op te doen.

# Progress reports to the organisation (screens/fleet.ts)
ui-setting-department = Afdeling
ui-setting-department-hint = Je organisatie ziet de voortgang per afdeling.
ui-setting-department-none = (niet opgegeven)
ui-setting-source_folder = Map waar je vandaan verhuist
ui-setting-source_folder-hint = Je OneDrive- of Google Drive-map, of de map van een export (het volledige pad). Overstap leest alleen namen en groottes, om te vergelijken met je ruimte in Nextcloud. Leeg: Overstap zoekt zelf je OneDrive- of Google Drive-map.
ui-fleet-title = Wat je organisatie ontvangt
ui-fleet-notice-on = Je organisatie ontvangt een voortgangsrapport van deze computer, op { $destination }.
ui-fleet-notice-unseen = Je organisatie vraagt een voortgangsrapport van deze computer, verstuurd naar { $destination }. Er gaat niets weg voordat je het hebt bekeken.
ui-fleet-notice-link = Bekijk wat er wordt verstuurd
ui-fleet-your-organisation = Je organisatie
ui-fleet-intro = { $organisation } ontvangt een voortgangsrapport van deze computer, zodat de servicedesk ziet waar mensen niet verder komen en kan helpen. Het gaat alleen naar de eigen server van je organisatie, { $destination }, en nergens anders heen.
ui-fleet-contains = Een rapport bevat:
ui-fleet-field-steps = de stand van elke stap, de versie van de app en een code voor deze computer die niet zegt wie je bent
ui-fleet-field-department = je afdeling
ui-fleet-field-blocked-reasons = waarom een stap geblokkeerd is, in je eigen woorden
ui-fleet-field-check-outcomes = de uitkomsten van de servercontroles
ui-fleet-field-names = je naam, je account en het e-mailadres van je werk
ui-fleet-unseen = Er is nog niets verstuurd. Lees eerst het rapport hieronder; het wordt pas verstuurd als je dat hebt gedaan.
ui-fleet-show = Laat precies zien wat er wordt verstuurd
ui-fleet-exactly = Dit wordt precies zo verstuurd naar { $destination }, als { $name }:
ui-fleet-body-label = Het rapport { $name }
ui-fleet-seen-button = Ik heb het gelezen
ui-fleet-seen-done = Genoteerd. Vanaf nu worden rapporten verstuurd.
ui-fleet-misconfigured = Je organisatie heeft voortgangsrapporten aangezet, maar ze kunnen niet worden verstuurd: { $problem } Er wordt niets verstuurd.
ui-fleet-uploads-caption = Rapporten van deze computer
ui-fleet-col-day = Dag
ui-fleet-col-state = Stand
ui-fleet-col-problem = Laatste probleem
ui-fleet-upload-sent = Verstuurd { $at }
ui-fleet-upload-waiting = Wacht op verzenden ({ $attempts ->
    [one] 1 poging
   *[other] { $attempts } pogingen
} tot nu toe)

## Wie een stap heeft bewezen (checklist.ts, step-controls.ts)
ui-proof-checked = Gecontroleerd door Overstap: { $what }
ui-proof-confirmed = Door jou bevestigd
ui-proof-checked-and-confirmed = Gecontroleerd door Overstap ({ $what }) en door jou bevestigd
ui-proof-done-by-overstap = Gedaan door Overstap
ui-progress-proof = Van de klare stappen: { $checked } bewezen door Overstap, { $confirmed } door jou bevestigd.
ui-confirm-waiting = De controle is geslaagd: { $what }. Alleen jij kunt de rest bevestigen:
ui-confirm-button = Ja, dat klopt
ui-warn-confirm = De controle vond iets om naar te kijken (zie het resultaat hierboven). Maakt het voor jou niet uit, dan kun je deze stap zelf op klaar zetten.
ui-mark-done-anyway = Zelf op klaar zetten
ui-proof-label-checked = gecontroleerd door Overstap
ui-proof-label-confirmed = door jou bevestigd
ui-proof-label-checked-and-confirmed = gecontroleerd door Overstap en door jou bevestigd
ui-proof-label-done-by-overstap = gedaan door Overstap

# "Ik kom niet verder" bereikt de servicedesk (screens/stuck-help.ts, main.ts)
ui-open-failed = Overstap kon dit adres niet openen. Kopieer het en open het zelf:
ui-block-reason-hint-help = Bijvoorbeeld: “Het zaaksysteem opent nog geen .odt-bestanden.” Als je het opslaat, laat Overstap zien wie je kan helpen en of IT je reden ziet.
ui-stuck-title = Hulp bij deze stap
ui-stuck-reason-reported = Je reden gaat mee in het volgende voortgangsrapport van deze computer aan { $organisation }, dus IT ziet hem.
ui-stuck-reason-not-yet = Je reden blijft voorlopig op deze computer. { $organisation } vraagt om voortgangsrapporten, maar er wordt niets verstuurd voordat je het rapport hebt gelezen (onder Rapport).
ui-stuck-reason-local = Je reden blijft op deze computer: IT ziet hem niet. Neem voor hulp zelf contact op met de servicedesk.
ui-stuck-contacts = De servicedesk van { $organisation } kan je helpen:
ui-stuck-no-contacts = Je organisatie heeft de gegevens van de servicedesk niet in Overstap gezet. Neem contact op met de servicedesk zoals je dat gewend bent.
ui-stuck-write = Mail de servicedesk
ui-stuck-mail-subject = Overstap: ik kom niet verder bij “{ $step }”
ui-stuck-mail-intro = Hallo, ik kom niet verder bij een stap in Overstap.
ui-stuck-mail-step = Stap: { $step } ({ $id })
ui-stuck-mail-reason = Waardoor het niet lukt: { $reason }
ui-stuck-mail-check = Laatste controle: { $summary }
ui-stuck-mail-check-code = Laatste controle: { $summary } (code: { $code })
ui-stuck-mail-version = Overstap versie { $version }

# Het organisatiescherm: elke instelling in gewone woorden (screens/policy-text.ts)
ui-org-imported = { $organisation } heeft Overstap ingesteld met een ondertekend instellingenbestand. Dit zijn de instellingen die gelden, en waar elke instelling vandaan komt.
ui-org-example = Je probeert Overstap zoals { $organisation } het zou instellen: een voorbeeld. Niets is vergrendeld en er wordt niets gerapporteerd. Wil je stoppen met proberen, begin dan opnieuw via Instellingen.
ui-org-locked-badge = Vergrendeld
ui-policy-secret-set = Ingesteld (geheim, wordt niet getoond)
ui-policy-step-hidden = Verborgen
ui-policy-step-optional = Optioneel
ui-policy-step-required = Verplicht
ui-policy-formats-odf = OpenDocument (.odt, .ods, .odp)
ui-policy-formats-ooxml = Microsoft Office-formaten (.docx, .xlsx, .pptx)
ui-policy-checklist-step = Stap “{ $step }” in { $checklist }
ui-policy-checklist-enabled = Checklist { $checklist } wordt getoond
ui-policy-organisation-name = Naam van de organisatie
ui-policy-organisation-domain = Maildomein
ui-policy-organisation-departments = Afdelingen om uit te kiezen
ui-policy-organisation-support-email = E-mailadres van de servicedesk
ui-policy-organisation-support-phone = Telefoonnummer van de servicedesk
ui-policy-organisation-support-web = Hulppagina's
ui-policy-organisation-support-matrix-room = Chatruimte voor hulp
ui-policy-branding-logo = Logo
ui-policy-branding-colors-primary = Kleur van knoppen
ui-policy-branding-colors-primary-text = Tekstkleur van knoppen
ui-policy-branding-colors-link = Kleur van links
ui-policy-branding-colors-focus = Kleur van de focusrand
ui-policy-servers-mastodon = Mastodon-server
ui-policy-servers-matrix = Chatserver (Matrix)
ui-policy-servers-nextcloud = Nextcloud-server
ui-policy-servers-report-upload = Waar voortgangsrapporten heen gaan
ui-policy-trust-ca-files = Extra certificaten die controles vertrouwen
ui-policy-trust-preset-signing-keys = Sleutels die instellingenbestanden mogen ondertekenen
ui-policy-extra-steps = Eigen stappen van de organisatie
ui-policy-libreoffice-minimum-version = Laagste LibreOffice-versie
ui-policy-libreoffice-default-formats = LibreOffice slaat op als
ui-policy-reporting-enabled = Voortgangsrapporten aan de organisatie
ui-policy-reporting-include = Wat rapporten bevatten naast de stappen
ui-policy-reporting-salt = Sleutel voor de computercode in rapporten
ui-policy-defaults-language = Taal

# The first run (screens/first-run.ts)
ui-first-run-language = Taal

# Het rapportscherm en de afdruk (screens/report.ts)
ui-report-col-progress = Voortgang
ui-report-organisation = Organisatie
ui-report-person = Werkadres
ui-report-date = Datum
ui-report-blocked-title = Stappen die vastzitten, en waarom
ui-report-blocked-none = Er zit geen stap vast.

# Waar een wachtende stap op wacht, bij naam (screens/waiting.ts)
ui-step-waiting-for = { $count ->
    [one] Deze stap komt na { $steps }. Doe die stap eerst.
   *[other] Deze stap komt na { $steps }. Doe die stappen eerst.
}
ui-report-col-checked = Waarvan bewezen door Overstap
ui-report-col-confirmed = Waarvan door jou bevestigd

## The Matrix test message, only when asked for (step-controls.ts)
ui-test-message = Stuur een testbericht
ui-test-message-hint = Wil je zeker weten dat berichten aankomen? Overstap maakt dan een besloten ruimte “Overstap-test”, stuurt daar een bericht, leest het terug en verlaat de ruimte weer. Er wordt niets verstuurd voordat je op de knop drukt.
