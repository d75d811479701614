# Inloggen en uitloggen: fouten, de pagina die de browser toont, de opdrachtregel.
# Elke melding hier staat ook in en/signin.ftl en de/signin.ftl (een test controleert dat).

## Fouten

error-network = { $summary } { $remedy }
error-keyring-unavailable = Overstap bewaart wachtwoorden en inlogsleutels alleen in de sleutelbos van je computer, en die is nu niet te gebruiken ({ $detail }). Ontgrendel hem (op Linux: ‘Wachtwoorden en sleutels’) of vraag de servicedesk er een in te stellen. Er is niets opgeslagen.
error-server-address-credentials = Zet geen gebruikersnaam of wachtwoord in het serveradres. Overstap vraagt ze in de browser en bewaart ze in de sleutelbos van je computer.
error-sign-in-needs-server = Zeg bij welke { $service }-server je wilt inloggen, bijvoorbeeld met --server https://server.organisatie.nl.
error-sign-in-loopback = Overstap kon geen lokaal adres openen waar de browser naar terugkeert ({ $detail }). Probeer het opnieuw, of gebruik --paste-code om de code uit de browser over te nemen.
error-sign-in-bad-address = De server stuurde een adres dat geen beveiligde webpagina is (‘{ $given }’), dus Overstap heeft het niet geopend. Meld het aan de servicedesk: de server is misschien verkeerd ingesteld of niet de server die je bedoelde.
error-sign-in-expired = Het inloggen duurde langer dan de server toestaat (20 minuten). Begin opnieuw en geef toegang in de browser.
error-sign-in-not-accepted = De server heeft het inloggen niet geaccepteerd. Begin opnieuw; lukt het steeds niet, meld het dan aan de servicedesk.
error-sign-in-no-pkce = De server { $server } biedt niet de veilige manier van inloggen die Overstap gebruikt (PKCE). Meld het aan de servicedesk: Mastodon 4.3 of nieuwer heeft die.
error-sign-in-state = De browser kwam terug met een antwoord dat niet bij dit inloggen hoort; dat is genegeerd. Begin opnieuw met inloggen.
error-sign-in-refused = Het inloggen is in de browser gestopt ({ $detail }). Begin opnieuw als je wilt inloggen.
error-sign-in-no-code = Plak de code die de browser liet zien nadat je toegang gaf.
error-sign-in-matrix-no-password = Deze chatserver staat inloggen met een wachtwoord niet toe. Log in via de browser: laat --user weg.
error-sign-in-matrix-use-password = Deze chatserver biedt alleen inloggen met een wachtwoord. Voeg --user toe met je gebruikersnaam; Overstap vraagt dan om het wachtwoord.
error-sign-in-matrix-no-method = Deze chatserver biedt geen manier van inloggen die Overstap kent. Meld het aan de servicedesk.
error-sign-in-matrix-not-found = Overstap kan je chatserver niet vinden om in te loggen: { $summary } { $remedy }

## De pagina die de browser toont als hij terugkeert naar Overstap

sign-in-page-title = Je bent ingelogd
sign-in-page-body = Overstap heeft wat het nodig heeft. Je kunt dit tabblad sluiten en teruggaan naar Overstap.

## Opdrachtregel

login-open-browser = Open dit adres in je browser om in te loggen:
login-paste-code = Plak de code die de browser toont nadat je toegang gaf, en druk op Enter:
login-waiting = Wacht tot je klaar bent in de browser… (Ctrl+C stopt)
login-password-prompt = Wachtwoord voor { $user }:
login-done = Ingelogd bij { $server } als { $account }. Het wachtwoord blijft in de sleutelbos van je computer.
logout-done = Uitgelogd bij { $server } ({ $account }). Het is verwijderd uit de sleutelbos van je computer.
logout-none = Je was niet via Overstap ingelogd bij { $service }.
login-none = Je bent nog nergens via Overstap ingelogd.
login-status-line = { $service }: { $account } op { $server } (sinds { $since })
error-sign-in-cancelled = Het inloggen is gestopt. Er is niets opgeslagen.
error-action-is-sign-in = Inloggen gebeurt in je browser: gebruik “overstap login { $service }” (of “Inloggen bij …” in de app).
error-sign-in-not-waiting-for-code = Er wacht geen inlogpoging op een code, of de code is leeg. Begin opnieuw met inloggen.
