# Texts of the server checks: what a result means and what to do about it.
# Every message here must exist in nl/probes.ftl and de/probes.ftl too (a test checks).
# Arguments: $url (the address checked), $host, $detail (technical, English),
# $status (HTTP status), $expiry (date), $names (names a certificate covers),
# $issuer, $vendor (an interception proxy's maker), $limit.

## Result states

probe-status-pass = Works
probe-status-warn = Works, with a caveat
probe-status-fail = Does not work
probe-status-skipped = Not checked

## Network failures: a summary, then what to do (or what to tell the service desk)

failure-dns_failed = The name { $host } cannot be found.
failure-dns_failed-remedy = Check the address for typing errors. If it is right, this computer's network cannot look the name up: tell the service desk that { $host } does not resolve from your workplace.
failure-connection_refused = { $host } refuses the connection.
failure-connection_refused-remedy = The server is not running on that address, or a firewall blocks it. Tell the service desk: "{ $url } refuses connections."
failure-connection_failed = The connection to { $host } broke off.
failure-connection_failed-remedy = Try again in a moment. If it keeps happening, tell the service desk, with this detail: { $detail }
failure-timeout = { $host } did not answer in time.
failure-timeout-remedy = The server or the network is very slow, or a firewall silently drops the traffic. Try again; if it stays this way, tell the service desk that { $url } does not answer from your workplace.
failure-tls_expired = The security certificate of { $host } has expired (valid until { $expiry }).
failure-tls_expired-remedy = Do not click warnings away. Tell the service desk: "The certificate of { $host } expired on { $expiry }." Only they can renew it.
failure-tls_wrong_name = The security certificate does not belong to { $host } (it is for: { $names }).
failure-tls_wrong_name-remedy = Check the address. If it is right, the server presents the wrong certificate: tell the service desk that { $host } shows a certificate for { $names }.
failure-tls_unknown_ca = This computer does not trust the security certificate of { $host } (issued by { $issuer }).
failure-tls_unknown_ca-remedy = The certificate comes from an authority this computer does not know, for example the organisation's own. Ask the service desk to install the organisation's root certificate on this computer, or to give Overstap its CA file. Do not click warnings away.
failure-tls_intercepted = The connection to { $host } is intercepted by { $vendor }, and this computer does not trust it.
failure-tls_intercepted-remedy = Your network (or security software on this laptop) opens encrypted traffic to inspect it. Tell the service desk: "{ $vendor } intercepts { $host } and its root certificate is not trusted here." They can install that certificate or exempt the server.
failure-tls_other = The secure connection to { $host } failed.
failure-tls_other-remedy = Tell the service desk that the secure connection to { $host } fails, with this detail: { $detail }
failure-http_only = { $host } offers no secure (https) connection.
failure-http_only-remedy = Overstap only connects over https, so nothing you type can be read along the way. Tell the service desk that { $url } needs https.
failure-redirect_to_http = { $host } redirects to an insecure (http) address.
failure-redirect_to_http-remedy = Overstap does not follow a secure address to an insecure one. Tell the service desk that { $url } redirects to plain http.
failure-too_many_redirects = { $host } keeps redirecting without arriving anywhere.
failure-too_many_redirects-remedy = The server's redirects go in circles or are too many. Tell the service desk that { $url } redirects endlessly.
failure-proxy_required = A proxy server asks for a sign-in before { $host } can be reached.
failure-proxy_required-remedy = This network needs a proxy sign-in. Ask the service desk how this computer should reach { $host } (proxy settings or an exception).
failure-not_expected_service = Something else answers at { $url }: a web page instead of the expected service.
failure-not_expected_service-remedy = Often a login portal, a proxy or a web server's error page is in the way. Check the address; if it is right, tell the service desk that { $url } returns a web page instead of the service.
failure-maintenance = { $host } is in maintenance.
failure-maintenance-remedy = Wait a while and check again. If the maintenance lasts long, ask the service desk when the service is back.
failure-body_too_large = { $host } sends far more data than expected (more than { $limit }).
failure-body_too_large-remedy = This is not what the service should send: something else may answer there. Tell the service desk, with the address { $url }.
failure-invalid_json = { $host } answers, but not in the expected format.
failure-invalid_json-remedy = The answer from { $url } could not be read. Tell the service desk, with this detail: { $detail }
failure-http_status = { $host } answers with an error ({ $status }).
failure-http_status-remedy = Tell the service desk that { $url } answers with HTTP { $status }.
failure-bad_response = { $host } sends an answer that is not valid.
failure-bad_response-remedy = Tell the service desk that { $url } sends an invalid answer, with this detail: { $detail }

## Matrix

probe-matrix-discovery-pass = Your organisation's chat server was found: { $homeserver } (Matrix { $version }).
probe-matrix-discovery-no-well-known = The chat server works, but cannot be found from the address { $domain }.
probe-matrix-discovery-no-well-known-remedy = Element finds the server from your work e-mail address only when { $domain } publishes it. Tell the service desk: "https://{ $domain }/.well-known/matrix/client is missing." Until then, enter { $homeserver } by hand when you sign in.
probe-matrix-discovery-no-cors = The chat server works, but Element in the browser cannot read it.
probe-matrix-discovery-no-cors-remedy = Tell the service desk that { $url } lacks the header Access-Control-Allow-Origin: *. The Element app works; Element in a web browser does not.
probe-matrix-discovery-bad-well-known = The address { $domain } points to no chat server.
probe-matrix-discovery-bad-well-known-remedy = Tell the service desk that https://{ $domain }/.well-known/matrix/client has no valid m.homeserver base_url ({ $detail }).
probe-matrix-discovery-no-versions = { $homeserver } does not answer as a Matrix chat server.
probe-matrix-discovery-no-versions-remedy = Tell the service desk that { $url } returns no list of Matrix versions.
probe-matrix-discovery-no-target = No chat server to check: give your work e-mail address or the server's address.
probe-matrix-login-flows-sso = You can sign in with your organisation's account ({ $providers }).
probe-matrix-login-flows-oauth = You sign in through your organisation's sign-in page (OAuth).
probe-matrix-login-flows-password-only = The chat server only offers a separate password, not your organisation's sign-in.
probe-matrix-login-flows-password-only-remedy = Ask the service desk whether the chat server should be connected to the organisation's sign-in (SSO). Until then, use the password the service desk gives you.
probe-matrix-login-flows-none = The chat server offers no way to sign in that Element supports.
probe-matrix-login-flows-none-remedy = Tell the service desk that { $url } lists no supported sign-in method.
probe-matrix-signed-in-pass = You are signed in as { $user } (device { $device }).
probe-matrix-signed-in-no-token = Not signed in yet: sign in first, then check again.
probe-matrix-signed-in-bad-token = The sign-in is no longer valid.
probe-matrix-signed-in-bad-token-remedy = Sign in again. If this keeps happening, your account may be locked: ask the service desk.

## Summary line of a whole check

check-summary = { $pass } of { $total ->
    [one] 1 check works
   *[other] { $total } checks work
}, { $warn } with a caveat, { $fail ->
    [one] 1 does not work
   *[other] { $fail } do not work
}.
check-remedy-label = What to do

## Checks that wait for another

probe-skipped-server-not-found = Not checked: the server was not found first.
probe-skipped-account-not-found = Not checked: the account was not found first.

## Mastodon

probe-mastodon-no-target = No Mastodon server to check: give the server's address or the account.
probe-mastodon-no-account = No account to check: give the organisation's Mastodon account (for example @name@social.overheid.nl).
probe-mastodon-instance-pass = The Mastodon server works: { $title } (Mastodon { $version }).
probe-mastodon-instance-not-mastodon = { $url } does not answer as a Mastodon server.
probe-mastodon-instance-not-mastodon-remedy = Check the server's address. If it is right, tell the service desk that { $url } gives no Mastodon server information.
probe-mastodon-account-pass = The account @{ $acct } exists and can be found: { $url }
probe-mastodon-account-not-found = The account @{ $acct } cannot be found.
probe-mastodon-account-not-found-remedy = Check the spelling. Accounts on the organisation's server are usually made by the communication department or the server's administrators: ask them whether @{ $acct } exists.
probe-mastodon-profile-complete-pass = The profile is complete: name, picture and description.
probe-mastodon-profile-incomplete = The profile is not complete yet; missing: { $parts }.
probe-mastodon-profile-incomplete-remedy = Open "Edit profile" in Mastodon and add what is missing, then save. A complete profile shows people that this is the organisation's real account.
probe-mastodon-profile-part-display_name = display name
probe-mastodon-profile-part-avatar = profile picture or logo
probe-mastodon-profile-part-note = description (bio)
probe-mastodon-link-verified-pass = The link to { $site } is verified (shown with a green tick).
probe-mastodon-link-no-field = The profile has no link to the organisation's website.
probe-mastodon-link-no-field-remedy = In "Edit profile", add an extra field, for example "Website", with the full address starting with https://, and save.
probe-mastodon-link-not-https = The website link { $site } does not start with https://.
probe-mastodon-link-not-https-remedy = Mastodon only verifies secure addresses. Change the link in "Edit profile" to the https:// address and save.
probe-mastodon-link-not-200 = The page { $site } answers with HTTP { $status } instead of the page itself.
probe-mastodon-link-not-200-remedy = Mastodon only verifies a page that answers directly (200). Link to the final address of the page, or ask the web team why { $site } answers { $status }.
probe-mastodon-link-absent = { $site } has no link back to the profile.
probe-mastodon-link-absent-remedy = Ask the web team to add this to the page: <a rel="me" href="{ $profile }">Mastodon</a>. Then open "Edit profile" in Mastodon and save, so Mastodon checks again.
probe-mastodon-link-absent-script = { $site } has no link back to the profile in its HTML. The page uses JavaScript, which Mastodon does not run.
probe-mastodon-link-absent-script-remedy = The link must be in the page's HTML itself, not added by a script or a cookie banner. Ask the web team to put this in the HTML: <a rel="me" href="{ $profile }">Mastodon</a>. Then save the profile in Mastodon, so it checks again.
probe-mastodon-link-too-large = The page { $site } is larger than 1 MB, so Mastodon stops reading it before it finds a link.
probe-mastodon-link-too-large-remedy = Link to a smaller page (for example a contact or "about us" page) that has <a rel="me" href="{ $profile }">, or ask the web team to make this page smaller. Then save the profile in Mastodon.
probe-mastodon-link-without-rel-me = { $site } links to the profile, but without rel="me".
probe-mastodon-link-without-rel-me-remedy = Ask the web team to add rel="me" to that link: <a rel="me" href="{ $profile }">. Then save the profile in Mastodon, so it checks again.
probe-mastodon-link-other-target = { $site } has a rel="me" link, but not to { $profile }.
probe-mastodon-link-other-target-remedy = The address must be exactly { $profile }. Ask the web team to correct the link, then save the profile in Mastodon, so it checks again.
probe-mastodon-link-resave = { $site } links back correctly, but Mastodon has not verified it yet.
probe-mastodon-link-resave-remedy = Mastodon checks the link only when the profile is saved. Open "Edit profile" and click "Save changes"; the green tick appears within a few minutes.
probe-mastodon-signed-in-pass = You are signed in as @{ $acct }.
probe-mastodon-signed-in-no-token = Not signed in yet: sign in through the browser first, then check again.
probe-mastodon-signed-in-bad-token = The sign-in is no longer valid.
probe-mastodon-signed-in-bad-token-remedy = Sign in again through the browser. Signing in with a password alone does not work when two-factor sign-in is on.

## Nextcloud

probe-nextcloud-no-target = No Nextcloud server to check: give its address.
probe-nextcloud-status-pass = Nextcloud works ({ $product } { $version }).
probe-nextcloud-not-nextcloud = { $url } does not answer as a Nextcloud server.
probe-nextcloud-not-nextcloud-remedy = Check the address. If it is right, tell the service desk that { $url } gives no Nextcloud status.
probe-nextcloud-not-installed = Nextcloud at { $server } is not set up yet.
probe-nextcloud-not-installed-remedy = Tell the service desk that the Nextcloud installation at { $server } is not finished.
probe-nextcloud-maintenance = Nextcloud is in maintenance right now.
probe-nextcloud-maintenance-remedy = Your files are safe. Wait until the maintenance is over and check again; if it takes long, ask the service desk.
probe-nextcloud-upgrading = Nextcloud is being upgraded ({ $version }) and cannot be used yet.
probe-nextcloud-upgrading-remedy = Wait until the upgrade is finished and check again. If it stays like this, tell the service desk that Nextcloud at { $server } waits for a database upgrade.
probe-nextcloud-signed-in-no-login = Not signed in yet: sign in through the browser first, then check again.
probe-nextcloud-signed-in-pass = You are signed in to Nextcloud as { $user }.
probe-nextcloud-signed-in-bad-password = The Nextcloud sign-in is no longer valid.
probe-nextcloud-signed-in-bad-password-remedy = Sign in again through the browser. The app password may have been revoked under Settings > Security.
probe-nextcloud-quota-unlimited = No storage limit ({ $used } used).
probe-nextcloud-quota-unknown = { $used } used; Nextcloud has not worked out the free space yet.
probe-nextcloud-quota-full = Your Nextcloud storage is full ({ $used } used).
probe-nextcloud-quota-full-remedy = Nothing more can be saved. Remove files you no longer need, or ask the service desk for more space.
probe-nextcloud-quota-unreadable = Nextcloud does not say how much space you have.
probe-nextcloud-quota-unreadable-remedy = Tell the service desk that the WebDAV quota of your account cannot be read.
probe-nextcloud-status-eol = Nextcloud works ({ $product } { $version }), but version { $major } no longer gets security updates (since { $eol }).
probe-nextcloud-status-eol-remedy = You can keep working. Tell the service desk: "Nextcloud at { $server } runs { $version }; version { $major } is end of life since { $eol }. Please upgrade to a maintained version."
probe-nextcloud-capabilities-pass = Sharing works: by link, and with upload-only links (file drop).
probe-nextcloud-capabilities-no-sharing = Sharing is turned off on this Nextcloud.
probe-nextcloud-capabilities-no-sharing-remedy = You cannot share files with colleagues or anyone else. Tell the service desk that the sharing app (or its API) is off on { $server }.
probe-nextcloud-capabilities-no-public-links = You can share with colleagues, but not by link with people outside the organisation.
probe-nextcloud-capabilities-no-public-links-remedy = Ask the service desk to allow sharing by link (Administration settings > Sharing). Without it you cannot send files to outside people, and your organisation cannot collect reports through an upload-only link.
probe-nextcloud-capabilities-no-file-drop = Sharing by link works, but upload-only links (file drop) are turned off.
probe-nextcloud-capabilities-no-file-drop-remedy = Your organisation collects the Overstap reports of all laptops through an upload-only link. Ask the service desk to allow public uploads (Administration settings > Sharing).
probe-nextcloud-capabilities-unreadable = Nextcloud does not say which sharing settings it has.
probe-nextcloud-capabilities-unreadable-remedy = Tell the service desk that the capabilities of { $server } (/ocs/v2.php/cloud/capabilities) cannot be read.
probe-nextcloud-desktop-pass = The Nextcloud desktop app is set up for { $server } as { $user } and keeps { $folders } in sync.
probe-nextcloud-desktop-no-folder = The Nextcloud desktop app is signed in to { $server } as { $user }, but does not keep any folder in sync yet.
probe-nextcloud-desktop-no-folder-remedy = Open the Nextcloud app, go to its settings and add a folder to keep in sync. The next step helps you choose which.
probe-nextcloud-desktop-other-server = The Nextcloud desktop app is set up, but for another server ({ $others }), not for { $server }.
probe-nextcloud-desktop-other-server-remedy = Open the Nextcloud app and add an account for { $server } (in its settings: Add account). The other account can stay.
probe-nextcloud-desktop-no-account = The Nextcloud desktop app is installed, but not signed in yet.
probe-nextcloud-desktop-no-account-remedy = Open the Nextcloud app and enter { $server } as the server address. It opens your browser to sign in.
probe-nextcloud-desktop-not-installed = The Nextcloud desktop app is not installed on this computer.
probe-nextcloud-desktop-not-installed-remedy = On a work laptop, the service desk installs it: look for Nextcloud in the organisation's software centre, or ask the service desk. Then sign in at { $server }.

## LibreOffice

probe-libreoffice-installed-pass = LibreOffice { $version } is installed.
probe-libreoffice-not-found = LibreOffice is not installed on this computer.
probe-libreoffice-not-found-remedy = On a work laptop, the service desk installs it: ask for LibreOffice, or look for it in the organisation's software centre.
probe-libreoffice-does-not-start = LibreOffice was found ({ $path }) but does not start properly.
probe-libreoffice-does-not-start-remedy = Ask the service desk to repair or reinstall LibreOffice, with this detail: { $detail }
probe-libreoffice-too-old = LibreOffice { $version } is too old (at least { $minimum } is needed).
probe-libreoffice-too-old-remedy = Old versions no longer get security fixes. Ask the service desk to update LibreOffice to { $minimum } or newer.
probe-libreoffice-no-profile = No LibreOffice settings found on this computer.
probe-libreoffice-profile-unreadable = The LibreOffice settings cannot be read ({ $path }).
probe-libreoffice-profile-unreadable-remedy = Tell the service desk that the LibreOffice profile cannot be read: { $detail }
probe-libreoffice-formats-pass = LibreOffice saves in the open formats (ODF: .odt, .ods, .odp).
probe-libreoffice-formats-not-odf = LibreOffice still saves in other formats by default: { $formats }.
probe-libreoffice-formats-not-odf-remedy = Let Overstap make ODF the default (the next step), or change it yourself under Tools > Options > Load/Save > General, "Always save as".

## Matrix, signed in

probe-skipped-not-signed-in = Not checked: sign in first.
probe-matrix-cross-signing-missing = Your encryption keys are not set up yet.
probe-matrix-cross-signing-missing-remedy = In Element, open Settings > Encryption and click "Verify this device"; on your first device Element sets up the keys itself. Without it, others cannot check that messages really come from you, and a new device cannot read your old messages.
probe-matrix-key-backup-pass = Your message keys are in key storage ({ $count ->
    [one] 1 key
   *[other] { $count } keys
}).
probe-matrix-key-backup-missing = Your message keys are not in key storage.
probe-matrix-key-backup-missing-remedy = In Element, open Settings > Encryption, turn on "Key storage" and set up recovery; keep the recovery key somewhere safe, like your password manager. Without it, a new laptop cannot read your old messages.
probe-matrix-key-backup-empty = Key storage is on, but holds no keys yet.
probe-matrix-key-backup-empty-remedy = Element fills key storage while it runs. Keep Element open for a while; if it stays empty, check Settings > Encryption in Element.
probe-matrix-roundtrip-pass = A test message arrived and was read back ({ $ms } ms).
probe-matrix-roundtrip-lost = A test message was sent but did not arrive.
probe-matrix-roundtrip-lost-remedy = Tell the service desk that messages sent to the chat server do not show up in the room, so the server may not store them.

## Matrix federation: can other organisations' servers reach this one
# Arguments: $name (the server name), $target (where other servers connect),
# $via (the delegated name or the SRV record that led there), $port, $record,
# $alias, $software, $version, $found (the name the server gives), $until, $key.

probe-matrix-federation-pass = People at other organisations can reach you: other Matrix servers find { $name } and trust it ({ $software } { $version }).
probe-matrix-federation-no-server-name = Not checked: this needs the server name (the part after the colon in a chat address, such as example.nl). Give your work e-mail address or the server name.
probe-matrix-federation-bad-server-name = "{ $name }" is not a valid Matrix server name ({ $detail }).
probe-matrix-federation-bad-server-name-remedy = Give the server name as it appears in chat addresses, for example example.nl or example.nl:8448.
probe-matrix-federation-srv-cname = People at other organisations may not reach you: the DNS record { $record } points to { $target }, which is only an alias of { $alias }.
probe-matrix-federation-srv-cname-remedy = Tell the service desk: "The SRV record { $record } must point to a host name with its own address (an A or AAAA record), not to an alias (CNAME), as RFC 2782 requires. Point it to { $alias } instead."
probe-matrix-federation-unreachable = People at other organisations cannot reach you: nothing answers at { $target }.
probe-matrix-federation-unreachable-remedy = Other Matrix servers connect to { $target }, because the server name { $name } says so. Tell the service desk that port { $port } must be reachable from the internet there. If your own network blocks outgoing connections to that port, check with the Matrix federation tester instead.
probe-matrix-federation-delegation-unreachable = People at other organisations cannot reach you: { $name } sends other servers to { $via }, and nothing answers there ({ $target }).
probe-matrix-federation-delegation-unreachable-remedy = Tell the service desk: "https://{ $name }/.well-known/matrix/server points to { $via }, but { $target } does not answer. Either the address in that file is wrong, or the Matrix server cannot be reached there from the internet." If your own network blocks outgoing connections, check with the Matrix federation tester instead.
probe-matrix-federation-srv-unreachable = People at other organisations cannot reach you: the DNS record { $via } sends other servers to { $target }, and nothing answers there.
probe-matrix-federation-srv-unreachable-remedy = Tell the service desk: "The SRV record { $via } points to { $target }, which does not answer. Either the record is wrong, or the Matrix server cannot be reached there from the internet." If your own network blocks outgoing connections, check with the Matrix federation tester instead.
probe-matrix-federation-no-delegation-unreachable = People at other organisations cannot reach you: other servers find no directions for { $name } and try { $target }, where nothing answers.
probe-matrix-federation-no-delegation-unreachable-remedy = { $name } has no file https://{ $name }/.well-known/matrix/server and no SRV record, so other Matrix servers try port { $port } on { $name }. Tell the service desk to publish that file with m.server set to the Matrix server's name and port (for example matrix.{ $name }:443), or to open port { $port }. If your own network blocks outgoing port { $port }, check with the Matrix federation tester instead.
probe-matrix-federation-bad-well-known = People at other organisations cannot reach you: the file https://{ $name }/.well-known/matrix/server is broken ({ $detail }).
probe-matrix-federation-bad-well-known-remedy = Other Matrix servers ignore a broken file and try { $name } itself, where no Matrix server answers. Tell the service desk: "https://{ $name }/.well-known/matrix/server must be JSON with m.server set to the Matrix server's name and port, for example matrix.{ $name }:443."
probe-matrix-federation-bad-well-known-ignored = Other organisations can reach you, but the file https://{ $name }/.well-known/matrix/server is broken ({ $detail }).
probe-matrix-federation-bad-well-known-ignored-remedy = Other Matrix servers ignore the broken file and find the server another way, so it works for now. Ask the service desk to correct or remove the file, so that it cannot send servers to the wrong place later.
probe-matrix-federation-no-federation-api = People at other organisations cannot reach you: { $target } answers, but not as a Matrix server for other servers (HTTP { $status }).
probe-matrix-federation-no-federation-api-remedy = Tell the service desk: "{ $url } answers HTTP { $status }: the federation part of the Matrix server is not exposed there. In Synapse the listener needs the resource federation; a reverse proxy must pass on /_matrix/federation and /_matrix/key."
probe-matrix-federation-no-keys = People at other organisations cannot reach you: { $target } does not publish its signing keys (HTTP { $status }).
probe-matrix-federation-no-keys-remedy = Other servers trust nothing from your server without its keys. Tell the service desk: "{ $url } answers HTTP { $status }; a reverse proxy must pass on /_matrix/key as well as /_matrix/federation."
probe-matrix-federation-wrong-server-name = People at other organisations cannot reach you: the server at { $target } says it is { $found }, not { $name }.
probe-matrix-federation-wrong-server-name-remedy = Other servers refuse a server that gives another name. Tell the service desk: "The Matrix server at { $target } has server_name { $found }, but { $name } points to it. Either the directions point to the wrong server, or that server is set up with the wrong name."
probe-matrix-federation-keys-expired = People at other organisations cannot reach you: the server's signing keys were valid only until { $until }.
probe-matrix-federation-keys-expired-remedy = Other servers no longer accept what your server signs. Tell the service desk: "The key document of our Matrix server (valid_until_ts) has expired. The server normally renews it by itself: please check the server's clock and restart it."
probe-matrix-federation-no-ed25519-key = People at other organisations cannot reach you: the server publishes no signing key (ed25519).
probe-matrix-federation-no-ed25519-key-remedy = Other servers cannot check anything your server sends. Tell the service desk: "The Matrix server at { $target } publishes no ed25519 key at /_matrix/key/v2/server."
probe-matrix-federation-bad-signature = People at other organisations cannot reach you: the server's key document is not signed correctly ({ $key }: { $detail }).
probe-matrix-federation-bad-signature-remedy = Other servers refuse keys whose signature does not match. Tell the service desk: "The key document of { $target } fails the signature check for { $key }. Often a proxy changes the answer, or the signing key file was replaced without restarting the server."

## Element on this computer and in the person's account (matrix_devices.rs, element_desktop.rs)
probe-matrix-element-installed-pass = Element is installed on this computer ({ $path }).
probe-matrix-element-installed-settings = Element has been used on this computer (its settings are in { $path }).
probe-matrix-element-installed-missing = Element is not installed on this computer.
probe-matrix-element-installed-missing-remedy = Install Element from your organisation's software centre, or from element.io/download. Then check again.
probe-matrix-element-device-pass = Element is signed in to your account: { $device }.
probe-matrix-element-device-missing = { $count ->
        [0] Overstap sees no device of yours besides itself.
        [one] Your other device is not named like Element.
       *[other] None of your { $count } other devices is named like Element.
    }
probe-matrix-element-device-missing-remedy = Sign in to Element with your work account, then check again. If you gave your Element device a name of your own, Overstap cannot recognise it: mark this step done yourself.
probe-matrix-session-verified-pass = Your device { $device } is verified: your own encryption keys vouch for it.
probe-matrix-session-no-device = Overstap sees no device of yours besides itself, so it cannot tell whether Element is verified.
probe-matrix-session-no-device-remedy = Sign in to Element with your work account first, then check again.
probe-matrix-session-unverified = None of your devices is verified yet ({ $devices }).
probe-matrix-session-unverified-remedy = In Element, choose "Verify this device" and confirm it with another device of yours or with your recovery key. Then check again.
probe-matrix-session-keys-broken = Your encryption keys on the server do not fit together ({ $detail }).
probe-matrix-session-keys-broken-remedy = Report this to the service desk: your self-signing key is not signed by your main encryption key, so no device can be verified.

## The person's first message, and the test message they may allow (matrix_messages.rs)
probe-matrix-first-message-pass = You have sent a message in “{ $room }”.
probe-matrix-first-message-no-room = You have not joined a chat room yet.
probe-matrix-first-message-no-room-remedy = In Element, accept the invitation to your team's room (under Invites), or find it with Explore rooms. Send a message there, then check again.
probe-matrix-first-message-none = { $count ->
        [one] Overstap found no message from you in your room.
       *[other] Overstap found no message from you in your { $count } rooms.
    }
probe-matrix-first-message-none-remedy = Send a message in your team's room in Element, then check again.
matrix-check-room-name = Overstap test
matrix-check-room-topic = Overstap checks here that messages arrive, and leaves this room again by itself.

## The folder a person moves from, against the free space (nextcloud.rs, source_folder.rs)
source-onedrive = Your OneDrive folder
source-google-drive = Your Google Drive folder
source-chosen = The folder you chose
probe-nextcloud-quota-fits = { $source } ({ $size } in { $files } files) fits in Nextcloud: { $free } free.
probe-nextcloud-quota-too-small = { $source } holds { $size } ({ $files } files), but only { $free } is free in Nextcloud.
probe-nextcloud-quota-too-small-remedy = Ask the service desk for more space (at least { $size }), or move only what you still need.
probe-nextcloud-quota-no-source = { $free } free in Nextcloud ({ $used } used). Overstap did not find your OneDrive or Google Drive folder to compare with.
probe-nextcloud-quota-no-source-remedy = Choose the folder you are moving from (in Settings, or with “overstap settings set source-folder FOLDER”) and check again. Or compare the sizes yourself and then mark this step done.
probe-nextcloud-quota-source-unreadable = Overstap cannot read the folder { $path }: { $detail }
probe-nextcloud-quota-source-unreadable-remedy = Choose a folder that exists and that you can open, then check again.
probe-nextcloud-quota-unknown-remedy = Nextcloud works out the free space after a while. Check again later; if it stays unknown, report it to the service desk.

## The website's link back and the pinned post (mastodon.rs)
probe-mastodon-website-links-back-pass = { $site } links back to your Mastodon profile.
probe-mastodon-pinned-post-pass = A post is pinned to your profile (from { $day }).
probe-mastodon-pinned-post-missing = No post is pinned to your profile yet.
probe-mastodon-pinned-post-missing-remedy = Write a first post that says who you are and where people reach you. Then open that post's menu (the three dots) and choose "Pin on profile".

## Link shares (nextcloud_shares.rs)
probe-nextcloud-link-shares-pass = { $count ->
        [one] You share 1 file or folder by link.
       *[other] You share { $count } files or folders by link.
    }
probe-nextcloud-link-shares-none = You have not shared anything by link yet.
probe-nextcloud-link-shares-none-remedy = In Nextcloud, open the share menu of a file or folder and choose "Share link". Send that link instead of an attachment. Then check again.
probe-nextcloud-link-shares-unreadable = Nextcloud does not list your shares.
probe-nextcloud-link-shares-unreadable-remedy = Report to the service desk that the sharing list of your account (OCS Share API) cannot be read.

## The files moved: in the sync folder and on the server (nextcloud_files.rs)
probe-nextcloud-files-no-source = Overstap did not find your OneDrive or Google Drive folder, so it cannot tell which files should be in Nextcloud.
probe-nextcloud-files-no-source-remedy = Choose the folder you are moving from (in Settings, or with “overstap settings set source-folder FOLDER”) and check again. Or compare yourself and then mark this step done.
probe-nextcloud-files-too-many = The folder holds more than { $max } files or folders; Overstap does not compare that many.
probe-nextcloud-files-too-many-remedy = Compare the folders yourself (or choose a smaller part as the folder to move from), then mark this step done.
probe-nextcloud-files-no-sync-folder = The Nextcloud desktop app syncs no folder of this server on this computer.
probe-nextcloud-files-no-sync-folder-remedy = Set up the desktop app first (the step "Install the Nextcloud desktop app"), then move your files into its folder.
probe-nextcloud-files-overlap = The folder you move from is inside your Nextcloud folder ({ $folder }), or around it: the files would be compared with themselves.
probe-nextcloud-files-overlap-remedy = Choose the original folder (your OneDrive or Google Drive folder or export), not the copy in Nextcloud.
probe-nextcloud-files-in-sync-pass = { $count ->
        [one] The 1 file of the folder you move from is in your Nextcloud folder.
       *[other] All { $count } files of the folder you move from are in your Nextcloud folder.
    }
probe-nextcloud-files-in-sync-missing = { $missing } of { $count ->
        [one] 1 file
       *[other] { $count } files
    } { $missing ->
        [one] is
       *[other] are
    } not in your Nextcloud folder yet, such as: { $first }.
probe-nextcloud-files-in-sync-missing-remedy = Copy the missing files into your Nextcloud folder (the full list is in the details), then check again. Your originals stay where they are.
probe-nextcloud-files-on-server-pass = { $count ->
        [one] The 1 file of the folder you move from is on the Nextcloud server.
       *[other] All { $count } files of the folder you move from are on the Nextcloud server.
    }
probe-nextcloud-files-on-server-missing = { $missing } of { $count ->
        [one] 1 file
       *[other] { $count } files
    } { $missing ->
        [one] is
       *[other] are
    } not on the Nextcloud server yet, such as: { $first }.
probe-nextcloud-files-on-server-missing-remedy = Wait until the desktop app has synced everything (its icon shows a green tick), then check again. If files stay missing, report the list in the details to the service desk.
probe-internal = Overstap could not finish this check ({ $detail }).

## How the desktop app syncs, and the folder to move from (nextcloud_sync_mode.rs, source_folder.rs)
probe-nextcloud-sync-mode-full = Your files sync as full copies on this computer, into { $folder }.
probe-nextcloud-sync-mode-virtual = Your files sync as virtual files (downloaded when you open them), into { $folder }.
probe-nextcloud-sync-mode-none = The Nextcloud desktop app does not sync a folder of your organisation's server yet.
probe-nextcloud-sync-mode-none-remedy = In the desktop app, finish connecting your account and choose a local folder, with or without virtual files. Then check again.
probe-nextcloud-source-folder-pass = { $source } ({ $path }) holds { $files } files, ready to move.
probe-nextcloud-source-folder-empty = { $source } ({ $path }) holds no files yet.
probe-nextcloud-source-folder-empty-remedy = Export or download your files into this folder first (unpack zip files from Google Takeout or OneDrive), then check again.

## Templates imported into LibreOffice (libreoffice_templates.rs)
probe-libreoffice-templates-pass = { $count ->
        [one] 1 template is installed in LibreOffice: { $names }.
       *[other] { $count } templates are installed in LibreOffice, such as { $names }.
    }
probe-libreoffice-templates-none = No templates of your own are installed in LibreOffice yet.
probe-libreoffice-templates-none-remedy = Import your organisation's templates: File > Templates > Manage Templates, then Import under Manage. If IT offers them another way (a shared template folder), you can mark this step done yourself.
