# IT-presets: importeren, tonen en controleren.
# Elke melding hier staat ook in en/preset.ftl en de/preset.ftl (een test controleert dat).

## Handtekeningen

error-preset-no-trusted-key = Op deze computer is geen sleutel voor ondertekende presets ingesteld, dus Overstap kan geen preset aannemen die je importeert of die wordt opgehaald. IT legt hiervoor een publieke sleutel vast in de systeempreset (trust.preset_signing_keys) of in een eigen build van Overstap (assets/preset-keys/), zoals ‘Een preset ondertekenen’ in de documentatie van Overstap uitlegt.
error-preset-signature-missing = Deze preset heeft geen handtekening, dus Overstap gebruikt hem niet. Vraag IT om de preset samen met het handtekeningbestand (dezelfde naam met .minisig erachter).
error-preset-signature-file-missing = Deze preset heeft geen handtekening: ‘{ $path }’ bestaat niet. Overstap gebruikt alleen een preset die IT heeft ondertekend. Vraag IT om beide bestanden en zet ze in dezelfde map.
error-preset-signature-malformed = Het handtekeningbestand van deze preset is beschadigd of is geen minisign-handtekening, dus Overstap gebruikt de preset niet. Vraag IT opnieuw om de preset en het .minisig-bestand.
error-preset-signature-untrusted = Deze preset is ondertekend met sleutel { $key_id }, en die vertrouwt deze computer niet (vertrouwd: { $trusted }). Overstap gebruikt hem dus niet. Vraag IT of de preset echt van hen is. Een nieuwe sleutel moet eerst in de systeempreset worden vastgelegd.
error-preset-signature-tampered = Deze preset klopt niet met zijn handtekening (sleutel { $key_id }): hij is veranderd nadat hij werd ondertekend, of de handtekening hoort bij een ander bestand. Overstap gebruikt hem niet. Vraag IT opnieuw om de preset.
error-preset-signing-key-malformed = Sleutel nummer { $number } in trust.preset_signing_keys van de systeempreset (‘{ $key }’) is geen publieke minisign-sleutel. Gebruik de tweede regel van het .pub-bestand dat ‘minisign -G’ heeft gemaakt: die begint met RW.
error-preset-build-key-malformed = De presetsleutel ‘{ $file }’ die in deze Overstap is ingebouwd, is geen publieke minisign-sleutel. Wie deze versie heeft gebouwd, moet hem vervangen door het .pub-bestand dat ‘minisign -G’ heeft gemaakt.
error-preset-serial-missing = Deze ondertekende preset (sleutel { $key_id }) heeft geen volgnummer ([preset] serial), dus Overstap kan niet zien of hij ouder is dan een preset die al is aangenomen. IT moet een volgnummer toevoegen en de preset opnieuw ondertekenen.
error-preset-rollback = Deze preset is ouder dan een die al is aangenomen: hij heeft volgnummer { $serial }, en eerder is volgnummer { $accepted } van dezelfde sleutel ({ $key_id }) aangenomen. Overstap gaat niet terug naar een oudere preset. Vraag IT om de actuele.
error-preset-serial-too-large = Het volgnummer { $serial } van de preset is te groot: het hoogste dat Overstap kan bewaren is { $max }.
