## Checklist: files in the organisation's Nextcloud instead of OneDrive or Google Drive.
# Virtual files on macOS, checked against Nextcloud's desktop client manual: they appear in
# Finder's sidebar under Locations, and older releases need the separate macOS virtual files client:
# - https://docs.nextcloud.com/server/latest/user_manual/de/desktop/macosvfs.html
# - https://github.com/nextcloud/documentation (user_manual/desktop/macosvfs.rst, update for release 33.0.0)

nextcloud = Files in Nextcloud
    .description = Keep your work files in your organisation's own Nextcloud instead of OneDrive or Google Drive.
    You reach them from your computer, your browser and your phone.

nextcloud--server-ok = Check that Nextcloud is reachable
    .body = Overstap asks your organisation's Nextcloud whether it is running.
    You don't need to do anything: a green tick means the server answers and is not in maintenance.
    If it fails at work but works at home, a proxy or a company certificate is often the cause.
    Tell the service desk what Overstap shows here, for example: "Our Nextcloud does not answer on status.php."

nextcloud--sign-in = Sign in through your browser
    .body = Click Sign in to Nextcloud: your browser opens the Nextcloud login page. Sign in and click Grant access;
    then the page says you can close the window.
    If your organisation uses single sign-on (SSO) and the page hangs or shows an error,
    first sign in to Nextcloud in the same browser, then try again.
    Overstap gets its own app password so it can check your storage space. It is stored only in your system's keyring
    (the protected password store of Windows, macOS or Linux), never in a file.

nextcloud--check-quota = Check your storage space
    .body = Overstap shows how much space you use in Nextcloud and how much is left.
    Compare this with how much you use in OneDrive or Google Drive; you see that in their storage settings.
    If the space is too small, ask the service desk for more before you move your files.
    Why: when your Nextcloud is full, new files stop syncing, and you may not notice at once.

nextcloud--install-client = Install the Nextcloud desktop app
    .body = Download and install the Nextcloud desktop app, or ask the service desk to install it for you.
    When it starts, choose Log in, type your organisation's Nextcloud address, and click Grant access in the browser that opens.
    If you see a warning about a certificate, don't click it away: ask the service desk first.
    Overstap then checks that the app is installed and connected to your organisation's server.
    Why: with the app, your files are in a normal folder on your computer, just like with OneDrive.
    .link-download = Download the desktop app

nextcloud--choose-sync = Choose how your files sync
    .body = When you connect the desktop app, or later in its settings for your sync folder, you choose between two options.
    With virtual files you see all your files, but a file is only downloaded when you open it:
    this saves disk space, but you need internet for files you have not opened before.
    With full sync every file is on your computer and works offline, but it takes more space.
    Virtual files work on Windows and macOS; on Linux, choose full sync.
    On a Mac, virtual files are not in a normal folder: you find them in Finder in the sidebar under Locations.
    Older versions of the desktop app need the separate macOS virtual files client for this.

nextcloud--export-files = Get your files out of OneDrive or Google Drive
    .body = For Google Drive, use Google Takeout: select only Drive, choose the open formats ODT, ODS and ODP
    for Docs, Sheets and Slides, and download the zip files you get.
    For OneDrive, select your folders on the OneDrive website and click Download,
    or right-click your OneDrive folder on your computer and choose Always keep on this device.
    Files with a cloud icon are only placeholders: they are not really on your computer yet,
    so copying them fails or starts large downloads. Make sure every file is really downloaded first.
    .link-takeout = Google Takeout
    .link-onedrive = Download files from OneDrive (Microsoft)

nextcloud--move-files = Copy your files into the Nextcloud folder
    .body = Unzip the downloads and copy your folders into the Nextcloud folder on your computer;
    you find it in File Explorer or Finder under the name Nextcloud (on a Mac with virtual files: in Finder under Locations).
    Keep the same folder structure, so you can find everything again.
    The desktop app uploads the files; a green tick on a file means it has arrived on the server.
    A lot of files can take hours: leave your computer on and connected, and don't delete anything in the old cloud yet.

nextcloud--check-complete = Check that nothing is left behind
    .body = Open Nextcloud in your browser and compare it with OneDrive or Google Drive:
    are all folders there, and are the number of files and the total size about the same?
    In the desktop app, look for warnings about files it skipped, for example because a file is too large
    or has characters in its name that are not allowed.
    Files that others shared with you are usually not in your export: ask the owner to share them again in Nextcloud.
    Only when everything is there, tell the service desk or your manager that your old cloud storage can be closed.

nextcloud--share-links = Share a link instead of an attachment
    .body = To send a file, don't attach it to an e-mail: in Nextcloud click the share icon next to the file,
    create a share link and paste the link into your e-mail.
    For sensitive files, set a password and an expiry date in the link's options,
    and send the password another way, for example by phone.
    Why: everyone works on the same, current version, no copies pile up in mailboxes,
    and you can take the link back at any time.
    .link-manual = Sharing files in Nextcloud

nextcloud--mobile-app = Connect the Nextcloud app on your phone
    .body = First ask the service desk whether work files are allowed on your phone.
    Install the Nextcloud app from the App Store or Google Play, choose Log in, type your organisation's Nextcloud address
    and sign in in the browser that opens.
    Leave automatic photo upload switched off, so your private photos don't end up in your work storage.
    Why: you can open and share your work files on the road without another cloud.
    .link-download = Download the mobile app
