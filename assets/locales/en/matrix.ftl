## Checklist: chat with Element on the organisation's Matrix server.
# Click paths checked against Element's own documentation and tracker:
# - https://docs.element.io/latest/element-support/device-verification/how-to-verify-devices
# - https://docs.element.io/latest/element-support/device-verification/how-to-ensure-you-have-a-recovery-key
# - Settings > Encryption shows a "Verify this device" button on an unverified device:
#   https://github.com/element-hq/element-desktop/issues/2270
# - Settings > Encryption has "Key storage" and "Recovery" (key backup is now key storage):
#   https://github.com/element-hq/element-web/pull/29234, https://github.com/element-hq/element-web/pull/28673

matrix = Chat with Matrix (Element)
    .description = Chat with colleagues on your organisation's own Matrix server instead of Teams or WhatsApp.
    Your messages stay on servers that your organisation runs itself.

matrix--install-element = Install Element
    .body = Element is the app you use to chat on Matrix. Download it for your computer,
    and if you like also for your phone from the App Store or Google Play.
    If you are not allowed to install programs yourself, ask the service desk to install "Element Desktop" for you.
    When Element starts for the first time, you see a welcome screen with a Sign in button.
    .link-download = Download Element

matrix--find-server = Find your organisation's server
    .body = Overstap looks up which Matrix server belongs to your organisation's domain.
    You don't need to do anything: a green tick means the server was found.
    If it fails, Element usually only says "not a valid homeserver" and hides the real cause.
    Pass on to the service desk what Overstap shows here. Often the file /.well-known/matrix/client on the domain is missing,
    or a proxy or a company certificate blocks the connection.

matrix--check-sso = Check that you can sign in with your work account
    .body = Overstap checks that the server lets you sign in with your organisation's account
    (single sign-on, SSO). This means you use the same username and password as for your other work apps,
    and you don't need a new password. If this check fails, tell the service desk:
    "Our Matrix server does not offer sign-in with SSO."

matrix--sign-in-element = Sign in to Element
    .body = In Element, click Sign in. Check that the server shown is your organisation's server;
    if it is not, click Edit and type your organisation's domain, for example example.org.
    Then click the button to continue with SSO: your browser opens your organisation's login page.
    Sign in there and let the browser open Element again.

matrix--connect-overstap = Let Overstap check your account
    .body = Click Sign in to Chat (Matrix): your browser opens your organisation's login page; sign in as usual.
    Overstap then signs in as a device of its own, separate from Element, and uses it to check the next steps for you.
    If Element on another device asks whether this new login was you: it was Overstap.
    You can sign Overstap out at any time in Element under Settings > Sessions.

matrix--signed-in = Note your Matrix address
    .body = Overstap checks that your account works.
    Your Matrix address looks like @firstname.lastname:example.org. In Element you see it
    when you click your picture at the top left.
    Give this address to your colleagues or put it in your e-mail signature:
    they need it to start a chat with you.

matrix--verify-session = Verify this device
    .body = Element asks you to confirm that this new device is really yours. If it does not ask,
    open Settings > Encryption and click Verify this device.
    If you already use Element on another device, choose to verify with that device
    and check that both screens show the same emoji.
    If this is your first device, Element creates your encryption keys itself (this is called cross-signing)
    and may ask you to sign in once more.
    Why: colleagues can then trust that messages are really from you, and all your devices can read encrypted messages.

matrix--key-backup = Save your recovery key
    .body = In Element, open Settings, then Encryption. Check that Key storage is on, and set up recovery.
    Element shows a recovery key: a long row of letters and numbers. Store it in your password manager,
    or print it and lock it away; don't keep it only on this computer.
    Why: your messages are encrypted, and without this key you cannot read your old messages
    on a new phone or laptop; not even the service desk can get them back for you.
    On a new device, enter the key when Element asks for it, and your old messages come back.
    .confirm = I have stored the recovery key somewhere other than this computer (password manager, or printed and locked away).

matrix--first-message = Send your first message
    .body = Open your team's room: you find it under Invites in your room list, or search for it with Explore rooms.
    Join it and send a short message, for example "Hello, I'm on Matrix now".
    Overstap also sends a test message through the server and checks that it arrives.
    If you can't find your team's room, ask your manager or the service desk to invite you.

matrix--federation = Check that you can reach other organisations
    .body = Matrix servers can talk to each other, just like e-mail. This lets you chat with people
    at other municipalities, ministries or agencies that also use Matrix.
    Overstap checks from the outside whether other servers can reach your server.
    If this fails, tell the service desk: "Federation of our Matrix server does not work; please check it with the federation tester."
    Some organisations switch federation off on purpose: then ask the service desk which organisations you can reach.
    .link-tester = Matrix federation tester
