## Checklist: sign in with a FIDO2 security key

security-key = Sign in with a security key
    .description = A small USB or NFC key from the service desk protects your work account, so a stolen password alone is useless. You use it on your organisation's sign-in page, which then opens chat, files and the other services.

security-key--get-keys = Collect your security keys from the service desk
    .body = Ask the service desk for two FIDO2 security keys: a main key for every day and a backup key. A security key looks like a small USB stick; many also work by holding them against the laptop or phone (NFC). Check that the key fits your laptop (USB-A or USB-C) and put a label on each one so you can tell them apart. You need two, because if you only have one and lose it, you are locked out of your account.
    .link-about-passkeys = What are passkeys and security keys? (FIDO Alliance)

security-key--set-pin = Set a PIN on both keys
    .body = The PIN protects the key itself: someone who finds your key cannot use it without the PIN. On Windows, go to Settings > Accounts > Sign-in options > Security key > Manage and choose a PIN of at least 6 characters; on other systems, the service desk can do this with you. Do the same for the backup key. The key checks the PIN itself, so it is never sent to the sign-in portal or to the service desk. After 8 wrong tries the key locks itself and must be reset, which wipes it, so pick a PIN you will remember.

security-key--test-key = Test the key on this laptop
    .body = Plug in the main key (or hold it against the NFC reader) and click Do it for me. The app runs a short test on this laptop only; nothing is sent to your organisation. When the key starts to blink, touch it, and enter your PIN if you are asked. You then know the laptop and the key work together, before you use the key to sign in.

security-key--register-key = Register your main key with the sign-in portal
    .body = Open the account page that the service desk names (in Keycloak this is Account security > Signing in) and sign in as usual. Choose to set up a security key or passkey; your browser then asks you to insert the key, enter the PIN and touch the key. Give it a clear name, such as "Main key blue". From now on the portal knows your key, and it protects your sign-in to Matrix, Nextcloud and the other services.

security-key--register-backup = Register your backup key too
    .body = Repeat the previous step with the backup key and give it a name such as "Backup key". Check that both keys now appear on the account page. Then keep the backup key in a safe place, for example a locked drawer, not in your laptop bag. If you lose the main key, the backup lets you keep working straight away.

security-key--sign-in-once = Sign in once with the key
    .body = Sign out of the portal, or open a private browser window, and sign in again. After your user name (and maybe your password), the browser asks for the key: insert it, enter the PIN and touch it. If it works, you are done; if not, note the exact error message and send it to the service desk. This proves the key really works before you depend on it.

security-key--if-key-lost = Know what to do if a key is lost
    .body = If a key is lost or stolen, report it to the service desk at once so they can block it, and use your backup key in the meantime. Save the service desk phone number in your phone now. Never lend your key or tell your PIN to anyone, not even a colleague. Do not leave the key in the laptop when you walk away, because a thief with both has everything they need.

security-key--remove-old-methods = Remove old sign-in methods when the service desk says so
    .body = You may still have SMS codes or an authenticator app set up for your work account. Leave them in place until the service desk tells you to remove them, because for now they may be your way back in. When the service desk gives the go-ahead, remove them on the same account page where you registered your keys. Fewer sign-in methods mean fewer ways in for an attacker.
