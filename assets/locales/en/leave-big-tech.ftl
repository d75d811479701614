## Leaving the old platforms: X, Facebook, Instagram, LinkedIn, YouTube, WhatsApp
leave-big-tech = Leave the old platforms
    .description = Close your organisation's accounts on X, Facebook, Instagram, LinkedIn,
    YouTube and WhatsApp with care: keep what must be kept, and send your followers to the
    new address.

leave-big-tech--list-accounts = List every old account
    .body = Make a list of all accounts your organisation has on X, Facebook, Instagram,
    LinkedIn, YouTube and WhatsApp, including old campaign and project accounts. For each
    one, write down who can sign in, which e-mail address and phone number it is linked to,
    and where the password is kept. Ask the communication department: they often know
    accounts that nobody uses any more. You cannot close what you have forgotten, and a
    forgotten account can be taken over.

leave-big-tech--secure-logins = Put the logins in the organisation's hands
    .body = Store every password in the organisation's password manager, and change
    passwords that were shared by e-mail or chat. If two-factor codes go to a colleague's
    private phone, switch them to a team phone or an authenticator app that the organisation
    manages, and save the recovery codes. Ask the service desk which tools you may use. Without a working
    login you cannot export, announce or close anything.

leave-big-tech--export-archives = Download the archive of each account
    .body = Request a copy of your data on every platform: on X "Download an archive of your
    data", on Facebook and Instagram "Download your information" in Accounts Center, on
    LinkedIn "Get a copy of your data", for YouTube Google Takeout, and in WhatsApp "Export
    chat" in each chat. The platform e-mails you when the archive is ready, which can take
    hours or days. Download it soon, because the link expires after a few days. Posts and
    messages are records of your organisation, and once an account is closed they are gone.
    .link-x = X: download your archive
    .link-facebook = Facebook: download your information
    .link-instagram = Instagram: download your information
    .link-linkedin = LinkedIn: download your account data
    .link-youtube = Google Takeout (for YouTube)
    .link-whatsapp = WhatsApp: export your chat history

leave-big-tech--store-archive = Give the archives to your records officer
    .body = Posts and messages of an official account are public records, and archive law
    applies to them: the Archiefwet in the Netherlands, the federal or state archive laws in
    Germany. Give the downloaded files to your records officer and ask how long they must be
    kept and where they belong. Do not keep them on your own laptop or a USB stick: the
    archives contain personal data of the people who wrote to you.

leave-big-tech--announce-move = Announce the new address
    .body = Post a last message on every old account: from now on you post on Mastodon, with
    the full address, for example https://social.overheid.nl/@yourorg. Pin this message
    where the platform allows it, and send it to your WhatsApp groups or channels too. This
    way your followers know where to find you, and nobody has to guess whether the new
    account is real.

leave-big-tech--point-profiles = Point the old profiles to the new one
    .body = Change the bio of every old profile to one short sentence, such as "We have
    moved: follow us on Mastodon", and put the Mastodon address in the website or link
    field. Keep the name and logo, so people still recognise the account. Anyone who finds
    the old profile later can then find the new one.

leave-big-tech--stop-posting = Stop posting and point people onward
    .body = From now on, post nothing new on the old accounts. Where the platform offers an
    automatic reply to messages (for example on a Facebook Page), set it to point to
    Mastodon and your other contact channels. Answer messages that still come in once, with
    a short pointer. As long as both channels are active, people stay on the old one.

leave-big-tech--freeze-or-close = Freeze or close each account
    .body = Decide with the communication department, account by account, whether to freeze
    it or delete it. Deleting removes everything and frees the name: someone else can then
    take it and pretend to be your organisation. Deactivating is not always freezing: on X,
    a deactivated account is deleted after 30 days. To keep the name, leave the account in
    place, unused, with the pointer in the bio, and keep the login in the password manager.
    .link-x-deactivate = X: deactivate an account

leave-big-tech--remove-widgets = Remove the platforms from your website
    .body = Ask the web team to remove embedded timelines, like and share buttons, embedded
    YouTube videos and tracking pixels such as the Meta Pixel or the LinkedIn Insight Tag
    from your organisation's web pages. These pieces send your visitors' data to the
    platforms, often before anyone has agreed. Ask them to replace the old icons with a
    plain link to your Mastodon account, and to host videos on the organisation's own
    server.

leave-big-tech--update-signatures = Update signatures and printed material
    .body = Replace the X, Facebook and other platform icons in e-mail signatures and in
    letter and slide templates with your Mastodon address. Ask the communication department
    to change the central templates, so everyone gets the new version at once. For leaflets,
    posters and business cards, change the print file now and use it at the next print run.
    Old addresses on paper keep sending people to accounts you are closing.
