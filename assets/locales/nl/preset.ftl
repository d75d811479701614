# IT-presets: ze lezen, waar ze vandaan komen, wat er geldt.
# Elke melding hier staat ook in en/preset.ftl en de/preset.ftl (een test controleert dat).

## Een presetbestand lezen

preset-syntax = Dit is geen geldige TOML: { $detail }. Niets uit dit bestand wordt gebruikt totdat het is verbeterd.
preset-unknown-key = Overstap kent deze instelling niet; ze wordt genegeerd. Controleer de spelling met “overstap preset schema”.
preset-wrong-type = Deze instelling heeft een verkeerd soort waarde ({ $detail }); ze wordt genegeerd.
preset-format-unsupported = Deze preset is geschreven in formaat { $found }, maar deze Overstap leest formaat { $supported }. Niets uit dit bestand wordt gebruikt: werk Overstap bij.
preset-bad-domain = “{ $value }” is geen domeinnaam (zoals minbzk.nl); het wordt genegeerd.
preset-bad-email = “{ $value }” is geen e-mailadres; het wordt genegeerd.
preset-not-https = “{ $value }” is geen https://-adres; het wordt genegeerd. Overstap praat alleen via https met servers.
preset-bad-matrix-room = “{ $value }” is geen adres van een Matrix-ruimte (zoals #hulp:minbzk.nl); het wordt genegeerd.
preset-bad-logo = “{ $value }” is geen bruikbaar logo: geef een SVG- of PNG-bestand in de map van de preset, als relatief pad zonder “..”.
preset-bad-color = “{ $value }” is geen kleur in de vorm #rrggbb; ze wordt genegeerd.
preset-bad-matrix-server = “{ $value }” is geen Matrix-servernaam (minbzk.nl) en geen https://-adres; het wordt genegeerd.
preset-bad-version = “{ $value }” is geen versienummer (zoals 24.2); het wordt genegeerd.
preset-short-salt = De salt is te kort om laptop-id’s onraadbaar te houden: gebruik minstens 16 willekeurige tekens. Hij wordt genegeerd.
preset-bad-language = “{ $value }” is geen taal die Overstap aanbiedt (nl, de, en); het wordt genegeerd.
preset-unknown-checklist = Er is geen checklist “{ $id }”; dit deel wordt genegeerd. “overstap checklists” toont ze allemaal.
preset-unknown-step = De checklist “{ $checklist }” heeft geen stap “{ $step }”; het wordt genegeerd.
preset-bad-lock = “{ $path }” is geen instelling die vergrendeld kan worden; het wordt genegeerd. “overstap preset schema” toont de instellingen.
preset-extra-step-bad-id = “{ $id }” kan geen stap-id zijn: gebruik kleine letters, cijfers en enkele streepjes. Deze stap wordt weggelaten.
preset-extra-step-exists = De checklist heeft al een stap “{ $id }”. Deze stap wordt weggelaten.
preset-missing-text = De tekst in de taal “{ $lang }” ontbreekt of is leeg; elke taal die Overstap aanbiedt is nodig. Deze stap wordt weggelaten.
preset-unknown-probe = Er is geen controle “{ $id }”. Deze stap wordt weggelaten.
preset-unknown-dependency = De stap waarop hij wacht, “{ $step }”, bestaat niet (of staat verderop in het bestand). Deze stap wordt weggelaten.
preset-duplicate = “{ $value }” is leeg of staat er twee keer; de herhaling wordt genegeerd.
preset-unsafe-text = Deze tekst bevat onzichtbare tekens of tekens die de leesrichting veranderen, zodat hij anders kan lezen dan hij is; hij wordt weggelaten.

## Waar presets vandaan komen, en wat er geldt

preset-file-unreadable = De preset “{ $path }” kan niet worden gelezen ({ $detail }); er wordt niets uit gebruikt.
preset-file-too-large = De preset “{ $path }” is { $size } bytes, meer dan een preset ooit nodig heeft (hoogstens 1 MiB); er wordt niets uit gebruikt.
error-preset-file-too-large = Het presetbestand “{ $path }” is { $size } bytes; een presetbestand mag hoogstens { $max } bytes zijn. Controleer of je de preset hebt genoemd en niet een ander bestand.
error-preset-file = { $problem }
preset-file-not-admin = De systeempreset “{ $path }” is niet van een beheerder (eigenaar: gebruiker { $uid }), dus iedereen met toegang tot dat account kan de instellingen van je organisatie wijzigen. Hij wordt niet gebruikt. IT: maak root de eigenaar.
preset-file-writable = De systeempreset “{ $path }” kan worden gewijzigd door gebruikers die geen beheerder zijn, dus hij wordt niet gebruikt. IT: sta schrijven alleen toe voor root (chmod 644).
preset-file-writable-by = De systeempreset “{ $path }” kan worden gewijzigd door { $who }, geen beheerder, dus hij wordt niet gebruikt. IT: laat alleen Administrators en SYSTEM erin schrijven.
preset-folder-writable = De systeempreset “{ $path }” staat in een map die niet-beheerders kunnen wijzigen (“{ $folder }”), dus hij wordt niet gebruikt. IT: maak die map alleen schrijfbaar voor root.
preset-file-not-regular = “{ $path }” is geen gewoon bestand (maar bijvoorbeeld een map of een apparaat), dus het wordt niet gebruikt.
preset-link-not-admin = “{ $path }” wordt bereikt via de koppeling “{ $link }”, die niet van een beheerder is, dus de eigenaar kan hem ergens anders heen laten wijzen. Hij wordt niet gebruikt. IT: maak root de eigenaar van de koppeling.
preset-file-missing = Het bestand “{ $path }” dat de preset noemt kan niet worden gelezen ({ $detail }); het wordt weggelaten.
preset-ca-not-pem = “{ $path }” is geen certificaat in PEM-formaat (-----BEGIN CERTIFICATE-----); het wordt weggelaten.
preset-named-file-not-admin = Het bestand “{ $path }” dat de systeempreset noemt is niet van een beheerder (eigenaar: gebruiker { $uid }), dus iedereen met toegang tot dat account kan het wijzigen. Het wordt weggelaten. IT: maak root de eigenaar.
preset-named-file-writable = Het bestand “{ $path }” dat de systeempreset noemt kan worden gewijzigd door gebruikers die geen beheerder zijn, dus het wordt weggelaten. IT: sta schrijven alleen toe voor root (chmod 644).
preset-named-file-writable-by = Het bestand “{ $path }” dat de systeempreset noemt kan worden gewijzigd door { $who }, geen beheerder, dus het wordt weggelaten. IT: laat alleen Administrators en SYSTEM erin schrijven.
preset-named-folder-writable = Het bestand “{ $path }” dat de systeempreset noemt staat in een map die niet-beheerders kunnen wijzigen (“{ $folder }”), dus het wordt weggelaten. IT: maak die map alleen schrijfbaar voor root.
preset-named-file-too-large = Het bestand “{ $path }” dat de preset noemt is { $size } bytes, groter dan zo’n bestand mag zijn (hoogstens { $max } bytes); het wordt weggelaten.
preset-system-only = Alleen de systeempreset van je organisatie mag dit instellen; uit een geïmporteerde preset wordt het genegeerd.
preset-locked = Je organisatie heeft deze instelling vergrendeld, dus de geïmporteerde waarde wordt genegeerd.

## overstap preset (opdrachtregel)

preset-show-none = Op deze computer geldt geen preset: Overstap gebruikt zijn eigen standaarden.
preset-show-refused = {" "}(geweigerd: zie de problemen hieronder)
preset-show-locked = vergrendeld
preset-show-secret = (ingesteld; geheim, wordt niet getoond)
preset-show-problems = { $count ->
    [one] 1 probleem:
   *[other] { $count } problemen:
}
preset-layer-system = Systeempreset:
preset-layer-imported = Geïmporteerde preset:
preset-layer-example = Voorbeeld dat je koos:
preset-valid = { $file }: geen problemen.
preset-refused-whole = Niets uit dit bestand geldt totdat deze problemen zijn opgelost.

## Handtekeningen

error-preset-no-trusted-key = Op deze computer is geen sleutel voor ondertekende presets ingesteld, dus Overstap kan geen preset aannemen die je importeert of die wordt opgehaald. IT legt hiervoor een publieke sleutel vast in de systeempreset (trust.preset_signing_keys) of in een eigen build van Overstap (assets/preset-keys/), zoals ‘Een preset ondertekenen’ in de documentatie van Overstap uitlegt.
error-preset-signature-missing = Deze preset heeft geen handtekening, dus Overstap gebruikt hem niet. Vraag de servicedesk om de preset samen met het handtekeningbestand (dezelfde naam met .minisig erachter).
error-preset-signature-file-missing = Deze preset heeft geen handtekening: ‘{ $path }’ bestaat niet. Overstap gebruikt alleen een preset die je organisatie heeft ondertekend. Vraag de servicedesk om beide bestanden en zet ze in dezelfde map.
error-preset-signature-malformed = Het handtekeningbestand van deze preset is beschadigd of is geen minisign-handtekening, dus Overstap gebruikt de preset niet. Vraag de servicedesk opnieuw om de preset en het .minisig-bestand.
error-preset-signature-untrusted = Deze preset is ondertekend met sleutel { $key_id }, en die vertrouwt deze computer niet (vertrouwd: { $trusted }). Overstap gebruikt hem dus niet. Vraag de servicedesk of de preset echt van je organisatie komt. Een nieuwe sleutel moet eerst in de systeempreset worden vastgelegd.
error-preset-signature-tampered = Deze preset klopt niet met zijn handtekening (sleutel { $key_id }): hij is veranderd nadat hij werd ondertekend, of de handtekening hoort bij een ander bestand. Overstap gebruikt hem niet. Vraag de servicedesk opnieuw om de preset.
error-preset-signing-key-malformed = Sleutel nummer { $number } in trust.preset_signing_keys van de systeempreset (‘{ $key }’) is geen publieke minisign-sleutel. Gebruik de tweede regel van het .pub-bestand dat ‘minisign -G’ heeft gemaakt: die begint met RW.
error-preset-build-key-malformed = De presetsleutel ‘{ $file }’ die in deze Overstap is ingebouwd, is geen publieke minisign-sleutel. Wie deze versie heeft gebouwd, moet hem vervangen door het .pub-bestand dat ‘minisign -G’ heeft gemaakt.
error-preset-serial-missing = Deze ondertekende preset (sleutel { $key_id }) heeft geen volgnummer ([preset] serial), dus Overstap kan niet zien of hij ouder is dan een preset die al is aangenomen. IT moet een volgnummer toevoegen en de preset opnieuw ondertekenen.
error-preset-rollback = Deze preset is ouder dan een die al is aangenomen: hij heeft volgnummer { $serial }, en eerder is volgnummer { $accepted } van dezelfde sleutel ({ $key_id }) aangenomen. Overstap gaat niet terug naar een oudere preset. Vraag de servicedesk om de actuele.
error-preset-serial-too-large = Het volgnummer { $serial } van de preset is te groot: het hoogste dat Overstap kan bewaren is { $max }.

## Een preset importeren

error-preset-import-refused = Deze preset kan niet worden geïmporteerd: hij heeft { $count ->
    [one] 1 probleem
   *[other] { $count } problemen
} waardoor hij helemaal niet kan gelden. Het eerste, op { $where }: { $first }
preset-import-no-longer-valid = De geïmporteerde preset doorstaat zijn controles niet meer ({ $code }), dus hij wordt niet gebruikt. Importeer een actuele, ondertekend door je organisatie.
preset-imported = Geïmporteerd: serienummer { $serial }, ondertekend met sleutel { $key }. Hij geldt vanaf de volgende keer dat Overstap start.
error-client-config-refused = De preset “{ $file }” heeft { $count ->
    [one] 1 probleem
   *[other] { $count } problemen
} waardoor hij niet kan gelden, dus er zijn geen clientinstellingen geschreven. Gebruik “overstap preset validate” erop.
error-example-managed = Je organisatie heeft Overstap op deze computer ingesteld, dus een voorbeeld kan niet worden gebruikt.
error-example-unknown = Er is geen voorbeeld “{ $id }”.
cli-example-used = Vanaf de volgende start toont Overstap het voorbeeld “{ $id }”.
cli-example-none = Vanaf de volgende start geldt geen voorbeeld meer.

## Wat een uitrol breekt (preset validate, preset/rollout.rs)

preset-mastodon-http = “{ $value }” begint met http://; het wordt genegeerd. Overstap praat alleen via https met servers: schrijf https://… of alleen de naam (social.overheid.nl).
preset-reporting-no-salt = Voortgangsrapporten staan aan, maar reporting.salt ontbreekt: er zou nooit een rapport worden verstuurd. Voeg een salt toe van minstens 16 willekeurige tekens.
preset-reporting-no-upload = Voortgangsrapporten staan aan, maar servers.report_upload ontbreekt: er zou nooit een rapport worden verstuurd. Voeg de link van een Nextcloud-uploadmap toe (https://…/s/…).
preset-reporting-bad-share = “{ $link }” is geen Nextcloud-deellink (https://…/s/…): er zou nooit een rapport worden verstuurd.
preset-ca-missing = Het CA-bestand “{ $path }” bestaat niet (gezocht op { $full }, naast deze preset). Controles zouden je servers niet vertrouwen.
preset-ca-unreadable = Het CA-bestand “{ $path }” kan niet worden gelezen ({ $detail }; op { $full }). Controles zouden je servers niet vertrouwen.
