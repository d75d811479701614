# Signing in and out: errors, the page the browser shows, the command line.
# Every message here is also in nl/signin.ftl and de/signin.ftl (a test checks that).

## Errors

error-network = { $summary } { $remedy }
error-keyring-unavailable = Overstap keeps passwords and sign-in tokens only in your computer’s keyring, and the keyring cannot be used right now ({ $detail }). Unlock it (on Linux: “Passwords and Keys”), or ask the service desk to set one up. Nothing was saved.
error-server-address-credentials = Do not put a user name or password in the server address. Overstap asks for them in the browser and keeps them in your computer’s keyring.
error-sign-in-needs-server = Say which { $service } server to sign in to, for example with --server https://server.organisation.nl.
error-sign-in-loopback = Overstap could not open a local address for the browser to return to ({ $detail }). Try again, or use --paste-code to copy the code from the browser by hand.
error-sign-in-bad-address = The server sent an address that is not a secure web page (“{ $given }”), so Overstap did not open it. Tell the service desk: the server may be misconfigured or not the one you meant.
error-sign-in-expired = The sign-in took longer than the server allows (20 minutes). Start it again and grant access in the browser.
error-sign-in-not-accepted = The server did not accept the sign-in. Start it again; if it keeps failing, tell the service desk.
error-sign-in-no-pkce = The server { $server } does not offer the secure sign-in Overstap uses (PKCE). Tell the service desk: Mastodon 4.3 or newer has it.
error-sign-in-state = The browser came back with an answer that does not belong to this sign-in, so it was ignored. Start the sign-in again.
error-sign-in-refused = The sign-in was stopped in the browser ({ $detail }). Start it again if you want to sign in.
error-sign-in-no-code = Paste the code the browser showed you after you granted access.
error-sign-in-matrix-no-password = This chat server does not allow signing in with a password. Sign in through the browser: leave out --user.
error-sign-in-matrix-use-password = This chat server only offers signing in with a password. Add --user with your user name; Overstap then asks for the password.
error-sign-in-matrix-no-method = This chat server offers no way of signing in that Overstap knows. Tell the service desk.
error-sign-in-matrix-not-found = Overstap cannot find your chat server to sign in: { $summary } { $remedy }

## The page the browser shows when it returns to Overstap

sign-in-page-title = You are signed in
sign-in-page-body = Overstap has what it needs. You can close this tab and go back to Overstap.

## Command line

login-open-browser = Open this address in your browser to sign in:
login-paste-code = Paste the code the browser shows after you grant access, then press Enter:
login-waiting = Waiting for you to finish in the browser… (Ctrl+C stops)
login-password-prompt = Password for { $user }:
login-done = Signed in to { $server } as { $account }. The password stays in your computer’s keyring.
logout-done = Signed out of { $server } ({ $account }). It is removed from your computer’s keyring.
logout-none = You were not signed in to { $service } with Overstap.
login-none = You are not signed in anywhere with Overstap yet.
login-status-line = { $service }: { $account } at { $server } (since { $since })
error-sign-in-cancelled = The sign-in was stopped. Nothing was saved.
error-action-is-sign-in = Signing in happens in your browser: run “overstap login { $service }” (or “Sign in to …” in the app).
error-sign-in-not-waiting-for-code = There is no sign-in waiting for a code, or the code is empty. Start the sign-in again.
