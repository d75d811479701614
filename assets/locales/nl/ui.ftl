# De teksten van de desktopinterface (ui/), meegebundeld bij het bouwen. Gewone woorden:
# de lezer zit midden in een verandering waar hij niet zelf voor koos.

ui-skip-to-content = Direct naar de inhoud
ui-nav-label = Hoofdmenu
ui-nav-overview = Overzicht
ui-nav-organisation = Organisatie
ui-nav-report = Rapport
ui-nav-settings = Instellingen
ui-error-title = Er ging iets mis
ui-core-error-title = Overstap kan uw voortgang niet openen
ui-error-code = Code voor de IT-afdeling: { $code }
ui-cancel = Annuleren
ui-yes = Ja
ui-no = Nee
ui-back-to-overview = Terug naar het overzicht

ui-first-run-title = Welkom bij Overstap
ui-first-run-intro = Overstap helpt u stap voor stap om uw werk over te zetten naar de eigen diensten van uw organisatie. Bij elke stap controleert Overstap of die echt werkt. Uw voortgang blijft op deze computer.
ui-first-run-address-title = Uw werkadres
ui-first-run-email = E-mailadres van uw werk
ui-first-run-email-hint = Bijvoorbeeld j.jansen@ministerie.nl. Overstap gebruikt dit adres om de servers voor chat en sociale media van uw organisatie te vinden.
ui-first-run-servers = Mijn organisatie heeft mij serveradressen gegeven
ui-first-run-servers-hint = Vul alleen in wat u hebt gekregen. U kunt dit later veranderen bij Instellingen.
ui-first-run-start = Beginnen
ui-first-run-done = Uw gegevens zijn opgeslagen. Hier zijn uw checklists.
ui-first-run-preset-title = Een instellingenbestand van de IT-afdeling
ui-first-run-preset-hint = Heeft uw IT-afdeling u een instellingenbestand voor Overstap gegeven (.toml, met een handtekening .minisig ernaast)? Open het hier. Overstap gebruikt het alleen als de IT-afdeling het heeft ondertekend.
ui-first-run-import = Instellingenbestand openen…
ui-preset-imported = De instellingen uit { $file } gelden nu.

ui-overview-title = Uw checklists
ui-overview-intro = Elke checklist zet één deel van uw werk over. Begin waar u wilt; bij elke checklist ziet u de volgende stap.
ui-overview-intro-org = Elke checklist zet één deel van uw werk over naar de eigen diensten van { $organisation }. Bij elke checklist ziet u de volgende stap.
ui-next-step = Volgende stap
ui-checklist-complete = Helemaal klaar.
ui-checklist-waiting = Wacht op een stap in een andere checklist.
ui-progress-label = Voortgang
ui-progress-value = { $percent }% klaar ({ $done } van { $total } stappen)
ui-progress-counts = { $done } van { $total } stappen klaar{ $skipped ->
    [0] {""}
   *[other] , { $skipped } overgeslagen
}{ $blocked ->
    [0] {""}
   *[other] , { $blocked } vast
}.

ui-state-todo = Te doen
ui-state-done = Klaar
ui-state-skipped = Overgeslagen
ui-state-blocked = Zit vast
ui-step-optional = Optioneel
ui-step-blocked-because = Zit vast: { $reason }
ui-step-waiting = { $count ->
    [one] Deze stap komt na een eerdere stap.
   *[other] Deze stap komt na { $count } eerdere stappen.
}
ui-mark-done = Dit heb ik gedaan
ui-mark-skip = Overslaan
ui-mark-blocked = Ik zit vast…
ui-mark-todo = Terug naar te doen
ui-marked-done = “{ $step }” staat op klaar.
ui-marked-skip = “{ $step }” is overgeslagen.
ui-marked-block = “{ $step }” staat op ‘zit vast’. Uw IT-afdeling kan zien waarom.
ui-marked-reset = “{ $step }” staat weer op te doen.
ui-block-reason = Waardoor lukt het niet?
ui-block-reason-hint = Bijvoorbeeld: “Het zaaksysteem opent nog geen .odt-bestanden.” Uw IT-afdeling ziet deze redenen en kan helpen.
ui-block-save = Reden opslaan
ui-history = Geschiedenis
ui-history-empty = Er is nog niets gebeurd met deze stap.
ui-history-check = controle #{ $seq }
ui-source-cli = opdrachtregel
ui-source-app = deze app
ui-source-probe = een controle
ui-source-preset = uw organisatie

ui-service-matrix = Chat (Matrix)
ui-service-mastodon = Mastodon
ui-service-nextcloud = Nextcloud
ui-service-libreoffice = LibreOffice
ui-check-now = Nu controleren
ui-check-all = { $service } controleren
ui-check-running = { $service } wordt gecontroleerd…
ui-check-arrived = { $service }: { $working } van { $total } controles gaan goed.
ui-result-pass = Werkt
ui-result-warn = Werkt, met een kanttekening
ui-result-fail = Werkt niet
ui-result-skipped = Niet gecontroleerd
ui-remedy = Wat u kunt doen
ui-evidence = Details voor de IT-afdeling
ui-evidence-certificate = Certificaat voor { $subject }, uitgegeven door { $issuer }, geldig tot { $expires }.
ui-evidence-timing = Duurde { $ms } ms.

ui-action-do = Doe dit voor mij
ui-action-undo = Ongedaan maken
ui-action-done = Klaar. Aangepast: { $file }
ui-action-undone = Ongedaan gemaakt. Teruggezet: { $file }

ui-sign-in = Aanmelden bij { $service }
ui-sign-in-starting = De aanmeldpagina wordt geopend…
ui-sign-in-in-browser = Maak het aanmelden af in uw webbrowser. Dit venster wacht op u.
ui-sign-in-open-yourself = Uw webbrowser is niet geopend. Kopieer dit adres naar uw browser om u aan te melden:
ui-sign-in-address = Aanmeldadres
ui-sign-in-with-code = Liever aanmelden met een code
ui-sign-in-code = De code die uw browser laat zien
ui-sign-in-code-send = Code versturen
ui-sign-in-password-instead = Liever aanmelden met een wachtwoord
ui-matrix-user = Gebruikersnaam
ui-matrix-password = Wachtwoord
ui-sign-in-password = Aanmelden
ui-signed-in-as = Aangemeld als { $account } op { $server }.
ui-sign-out = Afmelden
ui-signed-out = U bent afgemeld bij { $service }.

ui-org-title = Instellingen van de organisatie
ui-org-managed = { $organisation } heeft Overstap voor u ingesteld. Dit zijn de instellingen die gelden, en waar elke instelling vandaan komt.
ui-org-unmanaged = Op deze computer heeft geen organisatie Overstap ingesteld. Krijgt u een ondertekend bestand van de IT-afdeling, dan ziet u die instellingen hier.
ui-org-support = Hulp van uw organisatie
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
ui-org-col-setting = Instelling
ui-org-col-value = Waarde
ui-org-col-source = Afkomstig van
ui-org-col-locked = Vergrendeld
ui-org-col-file = Bestand
ui-org-col-status = Status
ui-org-refused = Niet gebruikt (zie de problemen hierboven)
ui-org-applied = { $problems ->
    [0] Gebruikt
   *[other] Gebruikt, { $problems } probleem/problemen
}
ui-org-no-settings = Er zijn geen instellingen van de organisatie.
ui-layer-system = Ingesteld door de IT-afdeling op deze computer
ui-layer-imported = Geïmporteerd bestand

ui-report-title = Rapport
ui-report-intro = Uw voortgang, om te bewaren of naar uw IT-afdeling te sturen. Het rapport laat zien hoe ver u bent met elke stap, en uw redenen bij stappen die vastzitten. Er staan geen wachtwoorden in.
ui-report-caption = Voortgang per checklist
ui-report-col-checklist = Checklist
ui-report-col-percent = Klaar
ui-report-save-json = Opslaan als JSON…
ui-report-save-csv = Opslaan als CSV…
ui-report-print = Afdrukken
ui-report-saved = Opgeslagen in { $path }.

ui-settings-title = Instellingen
ui-settings-display = Taal en weergave
ui-settings-servers = Uw adres en servers
ui-settings-data = Uw gegevens
ui-settings-data-dir = Overstap bewaart uw voortgang in deze map op deze computer:
ui-version = Overstap versie { $version }
ui-setting-language = Taal
ui-setting-language-hint = Verandert meteen.
ui-setting-email = E-mailadres van uw werk
ui-setting-email-hint = Hiermee vindt Overstap de servers van uw organisatie.
ui-setting-matrix = Chatserver (Matrix)
ui-setting-matrix-hint = Bijvoorbeeld ministerie.nl of https://matrix.ministerie.nl.
ui-setting-mastodon = Mastodon-server
ui-setting-mastodon-hint = Bijvoorbeeld social.overheid.nl.
ui-setting-nextcloud = Nextcloud-server
ui-setting-nextcloud-hint = Bijvoorbeeld https://cloud.ministerie.nl.
ui-setting-locked = Ingesteld door uw organisatie; u kunt dit hier niet veranderen.
ui-setting-from-org = Ingevuld door uw organisatie. U mag dit veranderen.
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
ui-reset-question = Opnieuw beginnen? U wordt overal afgemeld en elke stap staat weer op te doen. De geschiedenis van wat u hebt gedaan blijft bewaard.
ui-reset-confirm = Ja, opnieuw beginnen
ui-reset-done = Opnieuw begonnen: { $count } stappen staan weer op te doen.
