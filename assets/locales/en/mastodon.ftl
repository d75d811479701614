## Mastodon: the organisation's own account on its own server
# Click paths checked against Mastodon's documentation: the verification code has its own
# page under Preferences > Public profile > Verification (/settings/verification):
# - https://docs.joinmastodon.org/user/profile/#verification
# - https://joinmastodon.org/verification
mastodon = Your organisation on Mastodon
    .description = Set up your organisation's official account on its own Mastodon server.
    No ads, no algorithm, and the government runs the server itself.

mastodon--server-reachable = Check your organisation's server
    .body = Overstap checks whether your organisation's Mastodon server answers, for example
    social.overheid.nl or social.bund.de. When it works, you see the server's name and
    version. If the check fails, ask the service desk whether the address is right and whether a proxy or
    firewall blocks it. Without a working server, none of the next steps can work.

mastodon--account-ready = Get the organisation's account
    .body = On government servers you usually cannot sign up yourself: the communication
    department or the server's admins create the account. Ask them for the account name (for
    example @yourorg@social.overheid.nl) and have the login sent to a shared team mailbox,
    not your personal one. Overstap finds the account as soon as it exists. With a team
    mailbox, the account does not depend on one person.

mastodon--sign-in = Sign in through your browser
    .body = Click Sign in to Mastodon. Your browser opens your server's sign-in page: enter the e-mail
    address, the password and, if two-factor sign-in is on, the 6-digit code. Then click
    Authorize and go back to Overstap. Signing in through the browser also works with
    two-factor sign-in; apps that ask for your password directly fail when it is on.

mastodon--complete-profile = Complete the profile
    .body = In Mastodon, open Edit profile (under Preferences, Public profile). Enter the
    full name of your organisation as display name, upload the logo as profile picture, and
    write a short bio that starts with "Official account of …". Click Save changes at the
    bottom. People decide in seconds whether an account is real, and a complete profile
    helps them.
    .link-profile-help = Mastodon help: your profile

mastodon--website-link = Ask the web team for a rel="me" link
    .body = In Mastodon, open Preferences, Public profile, and then the Verification tab. It
    shows a short piece of code with your profile address. Send it to the web team and ask them to put it on the home page of your
    organisation's website as a visible link, such as "Follow us on Mastodon":
    <a rel="me" href="https://social.overheid.nl/@yourorg">Mastodon</a>. The page must load
    over https and be smaller than 1 MB, and the link must not be added by JavaScript or sit
    inside an iframe. This link shows everyone that the account really belongs to your
    organisation.

mastodon--link-verified = Add the website to the profile and save
    .body = In Edit profile, under Extra fields, enter the label "Website" and the full
    address of that page, for example https://www.yourorg.nl. Click Save changes: Mastodon
    checks the link only at that moment, never later. When it works, the address turns green
    with a check mark; Overstap checks this too. If it stays grey, Mastodon does not tell
    you why: check that the web team's link is online and that both addresses match exactly,
    then save the profile again.
    .link-verification-help = Mastodon help: link verification

mastodon--two-factor = Turn on two-factor sign-in
    .body = In Mastodon, open Preferences, Account, Two-factor auth, and scan the QR code
    with an authenticator app. Use a phone or app that the organisation manages, not only
    your private phone, and keep the recovery codes in the organisation's password manager.
    Ask the service desk which authenticator app you may use. Then a stolen password alone is not enough
    to post in your organisation's name.

mastodon--pin-first-post = Write and pin a first post
    .body = Write a first post: who you are, what you will post here, and how people can
    reach you otherwise. Publish it, click the three dots under the post and choose Pin on
    profile. New visitors then see this post at the top of your profile.

mastodon--add-alias = Optional: link your old Mastodon account
    .body = Only if your organisation already has a Mastodon account on another server. On
    the new account, open Preferences, Account, Moving from a different account, and create
    an alias with the old address, for example @yourorg@mastodon.social. Do this on the new
    account, not on the old one: the other way round is a common mistake. Then wait up to 24
    hours, because servers remember the old details that long; without the alias, the move
    in the next step is refused.
    .link-moving-help = Mastodon help: moving your account

mastodon--move-followers = Optional: move the followers
    .body = After the wait, sign in to the old account, open Preferences, Account, Move to a
    different account, and enter the new address and the old account's password. Your
    followers move by themselves; posts stay on the old account, and the old profile points
    to the new one. The accounts you follow do not move: export them under Import and
    export, and import them on the new account. If you see "is not an alias", wait a few
    more hours; after a move you cannot move again for 30 days, so check the new address
    carefully.
    .link-moving-help = Mastodon help: moving your account
