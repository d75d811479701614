# overstap fleet aggregate: de samenvatting van het commando, de fouten,
# waarom een bestand is overgeslagen, en het dashboard. Voor IT.

## De samenvatting in de terminal (en op het dashboard)

fleet-label-reports = Rapporten gelezen
fleet-label-replaced = Vervangen door een nieuwere upload van dezelfde dag
fleet-label-laptops = Laptops
fleet-label-complete = Helemaal klaar
fleet-label-departments = Afdelingen
fleet-label-period = Periode
fleet-label-skipped = Bestanden overgeslagen
fleet-label-other-files = Andere bestanden (geen .json), niet aangeraakt
fleet-no-period = geen rapporten
fleet-skipped-more = … en nog { $count } (--json en het dashboard noemen ze allemaal)
fleet-written-dashboard = Dashboard geschreven: { $path }
fleet-written-csv = CSV geschreven: { $path }

## Fouten

fleet-error-source-unreadable = De rapporten in { $source } zijn niet te lezen: { $cause }
fleet-error-source-not-https = Rapporten worden alleen gelezen uit een map of van een https://-adres, niet van { $source }.
fleet-error-too-many-files = De bron bevat meer dan { $limit } bestanden. Tel één submap tegelijk, of verplaats oude rapporten naar een archiefmap.
fleet-error-ca-file = Het CA-bestand is niet te gebruiken: { $cause }
fleet-error-password-missing = Bij --user hoort het wachtwoord in de omgevingsvariabele OVERSTAP_WEBDAV_PASSWORD (een app-wachtwoord dat hiervoor is gemaakt: Nextcloud, Instellingen, Beveiliging, "Nieuw app-wachtwoord aanmaken").
fleet-error-password-without-user = OVERSTAP_WEBDAV_PASSWORD is gezet, maar --user niet: geef de gebruikersnaam die bij het wachtwoord hoort.
fleet-error-webdav-refused = De WebDAV-server weigert de gebruikersnaam of het wachtwoord voor { $url }. Controleer --user en OVERSTAP_WEBDAV_PASSWORD; een ingetrokken app-wachtwoord werkt niet meer.
fleet-error-webdav-status = De WebDAV-server antwoordde HTTP { $status } voor { $url }.
fleet-error-webdav-not-dav = { $url } is geen WebDAV-map: er kwam geen mapoverzicht terug. Gebruik voor Nextcloud https://SERVER/remote.php/dav/files/GEBRUIKER/MAP/.

## Waarom een bestand is overgeslagen

fleet-skip-not-report-name = Heeft niet de naam van een rapport (overstap-<laptop-id>-<dag>.json).
fleet-skip-symbolic-link = Een symbolische koppeling: koppelingen worden niet gevolgd, zodat niets buiten de map wordt gelezen.
fleet-skip-not-regular-file = Geen gewoon bestand (een pipe, apparaat of socket).
fleet-skip-too-large = Groter dan { $limit }; een echt rapport is een paar kB.
fleet-skip-unreadable = Het bestand is niet te lezen: { $cause }
fleet-skip-download-failed = De server noemde het bestand, maar gaf het niet ({ $cause }).
fleet-skip-not-utf8 = Geen UTF-8-tekst.
fleet-skip-not-json = Geen geldige JSON: { $detail }
fleet-skip-not-a-report = JSON, maar geen voortgangsrapport van Overstap (geen "format": "overstap-fleet-report").
fleet-skip-newer-schema = Geschreven door een nieuwere Overstap (rapportversie { $version }; deze leest tot en met versie { $supported }). Werk Overstap op deze computer bij.
fleet-skip-bad-schema-version = Rapportversie 0 bestaat niet.
fleet-skip-invalid-field = { $place ->
    [whole] Het rapport is onvolledig of klopt niet: { $detail }
   *[field] Het veld { $field } klopt niet: { $detail }
}
fleet-skip-bad-laptop-id = Het laptop-id bestaat niet uit 32 hexadecimale cijfers in kleine letters.
fleet-skip-bad-date = { $field } is geen datum uit de kalender: "{ $value }".
fleet-skip-day-out-of-range = De dag { $day } ligt voor { $earliest } of na vandaag: de klok van de laptop staat verkeerd of het rapport is vervalst.
fleet-skip-bad-generated-at = generated_at is geen tijd in RFC 3339-vorm.
fleet-skip-report-id-mismatch = report_id is niet <laptop_id>-<day>.
fleet-skip-name-mismatch = De bestandsnaam noemt een andere laptop of dag dan het rapport erin: hernoemd of vervalst.
fleet-skip-bad-id = { $field } is geen geldig id: "{ $value }".
fleet-skip-duplicate-id = { $id } staat twee keer in het rapport.
fleet-skip-text-too-long = { $field } is langer dan { $limit } tekens.
fleet-skip-control-characters = { $field } bevat stuurtekens, onzichtbare tekens of tekens die de leesrichting veranderen.
fleet-skip-too-many = { $field } heeft meer dan { $limit } onderdelen.
fleet-skip-counts-inconsistent = De aantallen van checklist { $checklist } (done, required, complete) kloppen niet met de stappen.
fleet-skip-too-many-distinct-texts = De rapporten samen bevatten te veel verschillende namen (afdelingen, redenen, id's); de rest is weggelaten om het geheugen te begrenzen.

## Het dashboard

fleet-dashboard-title = Voortgang van alle laptops
fleet-dashboard-made = Gemaakt { $when } uit { $source } door Overstap { $version }.
fleet-dashboard-contents = Inhoud
fleet-dashboard-skip-link = Naar de cijfers
fleet-dashboard-summary = Samenvatting
fleet-dashboard-empty = Er is geen geldig rapport gevonden.
fleet-dashboard-chart-note = De cijfers van deze grafiek staan ook in de tabel eronder.
fleet-dashboard-footer = Gemaakt door Overstap { $version } uit voortgangsrapporten van versie { $schema } en ouder. Elke laptop telt mee met zijn nieuwste rapport. De CSV (--csv) bevat alle cijfers.

fleet-dashboard-checklists = Voltooiing per checklist
fleet-dashboard-checklists-intro = Een checklist is klaar op een laptop als elke verplichte stap klaar is (een overgeslagen verplichte stap laat hem onvolledig, zoals in de app).
fleet-chart-checklists-title = Laptops met de checklist klaar, in procenten
fleet-col-checklist = Checklist
fleet-col-laptops = Laptops
fleet-col-complete = Klaar
fleet-col-percent = % klaar
fleet-col-mean = Verplichte stappen klaar (gemiddeld)
fleet-col-mean-checked = Waarvan bewezen door Overstap (gemiddeld)
fleet-col-done-confirmed = Waarvan alleen bevestigd door de persoon
fleet-mean-of = { $done } van { $required }

fleet-dashboard-timeline = In de tijd
fleet-dashboard-timeline-intro = Per dag: de laptops die tot dan toe een rapport stuurden, en hoeveel daarvan elke checklist klaar hadden volgens hun nieuwste rapport op of voor die dag.
fleet-chart-timeline-complete-title = Laptops helemaal klaar, in procenten van de rapporterende
fleet-chart-timeline-reporting-title = Laptops die tot nu toe rapporteerden
fleet-col-day = Dag
fleet-col-reporting = Rapporterend

fleet-dashboard-departments = Per afdeling
fleet-dashboard-departments-more = De { $shown } afdelingen met de meeste laptops staan hier; de CSV bevat ze alle { $total }.
fleet-department-not-given = (geen afdeling opgegeven)
fleet-col-department = Afdeling

fleet-dashboard-steps = Stappen per checklist
fleet-dashboard-steps-intro = Op hoeveel laptops elke stap klaar, overgeslagen, geblokkeerd of nog te doen is. “Klaar” telt wat Overstap bewees (een controle slaagde, of Overstap deed het zelf) en wat mensen zelf bevestigden; de kolom erna zegt hoeveel daarvan alleen op het woord van de persoon rust.
fleet-col-step = Stap
fleet-col-required = Verplicht op
fleet-state-done = Klaar
fleet-state-skipped = Overgeslagen
fleet-state-blocked = Geblokkeerd
fleet-state-todo = Te doen
fleet-step-optional = optioneel

fleet-dashboard-blocked = Waarom mensen niet verder komen
fleet-dashboard-blocked-intro = De redenen die mensen gaven voor een geblokkeerde stap, gegroepeerd (hoofdletters, spaties en leestekens aan het eind tellen niet). Hier komen de vakapplicaties naar boven die mensen tegenhouden.
fleet-dashboard-blocked-none = Geen enkele stap is geblokkeerd.
fleet-dashboard-blocked-more = De { $shown } grootste groepen staan hier; de CSV bevat ze alle { $total }.
fleet-reason-not-given = (geen reden: de preset stuurt geen redenen mee)
fleet-col-reason = Reden
fleet-col-where = Checklist en stap

fleet-dashboard-checks = Controles die het vaakst falen
fleet-dashboard-checks-intro = Het nieuwste resultaat van elke servercontrole per laptop, de meeste mislukkingen eerst, met hun meest voorkomende oorzaken.
fleet-dashboard-checks-none = De rapporten bevatten geen controleresultaten (de preset stuurt ze niet mee).
fleet-chart-checks-title = Laptops waarop de controle mislukt
fleet-col-check = Controle
fleet-col-fail = Mislukt
fleet-col-warn = Waarschuwing
fleet-col-pass = Gelukt
fleet-col-not-checked = Niet gecontroleerd
fleet-col-causes = Meest voorkomende oorzaken

fleet-dashboard-versions = Overstap-versies en systemen
fleet-col-version = Overstap-versie
fleet-col-os = Besturingssysteem

fleet-dashboard-skipped = Overgeslagen bestanden
fleet-dashboard-skipped-intro = Deze bestanden zijn niet meegeteld. Overstap schrijft alleen geldige rapporten, dus een overgeslagen bestand is onderweg beschadigd, hernoemd, of door iemand anders in de map gezet.
fleet-dashboard-skipped-none = Er is geen bestand overgeslagen.
fleet-dashboard-skipped-more = De eerste { $shown } van { $total } overgeslagen bestanden staan hier.
fleet-col-file = Bestand
fleet-col-code = Code
