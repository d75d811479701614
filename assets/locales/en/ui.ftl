# The desktop interface's texts (ui/), bundled at its build. Plain words:
# the reader is in the middle of a change they did not choose.

ui-skip-to-content = Skip to the content
ui-nav-label = Main menu
ui-nav-overview = Overview
ui-nav-organisation = Organisation
ui-nav-report = Report
ui-nav-settings = Settings
ui-error-title = Something went wrong
ui-core-error-title = Overstap cannot open your progress
ui-error-code = Code for the service desk: { $code }
ui-cancel = Cancel
ui-yes = Yes
ui-no = No
ui-back-to-overview = Back to the overview

ui-first-run-title = Welcome to Overstap
ui-first-run-intro = Overstap walks you through moving your work to your organisation's own services, one step at a time, and checks that each step really works. Your progress stays on this computer.
ui-first-run-address-title = Your work e-mail address
ui-first-run-email = Work email address
ui-first-run-email-hint = For example j.jansen@ministerie.nl. Overstap uses it to find your organisation's chat and social media servers.
ui-first-run-servers = My organisation gave me server addresses
ui-first-run-servers-hint = Fill in only what you were given. You can change these later in Settings.
ui-first-run-start = Start
ui-first-run-done = Your details are saved. Here are your checklists.
ui-first-run-preset-title = A settings file from your organisation
ui-first-run-preset-hint = Did the service desk give you an Overstap settings file (.toml, with a .minisig signature next to it)? Open it here: Overstap only accepts it when your organisation signed it.
ui-first-run-import = Open settings file…
ui-preset-imported = The settings from { $file } now apply.
ui-first-run-example-title = Just looking around?
ui-first-run-example-hint = Try Overstap as an example organisation has set it up: its servers, its checklists and its own steps. Nothing is locked; you can start over in Settings.
ui-first-run-example = Example organisation
ui-first-run-example-use = Try this example
ui-first-run-example-done = The example applies. Here are its checklists.

ui-welcome-title = Welcome, { $organisation } has set up Overstap for you
ui-welcome-text = Your organisation has already filled in its servers and chosen your checklists, so you can start right away. Each checklist shows its next step.
ui-welcome-help = Stuck? Your organisation helps at { $contact }.
ui-welcome-ok = Got it
ui-overview-title = Your checklists
ui-overview-intro = Each checklist moves one part of your work. Start where you like; the next step is shown for each one.
ui-overview-intro-org = Each checklist moves one part of your work to { $organisation }'s own services. The next step is shown for each one.
ui-next-step = Next step
ui-checklist-complete = All done.
ui-checklist-waiting = Waiting for a step in another checklist.
ui-progress-label = Progress
ui-progress-value = { $percent }% done ({ $done } of { $total ->
    [one] 1 step
   *[other] { $total } steps
})
ui-progress-counts = { $done } of { $total ->
    [one] 1 step
   *[other] { $total } steps
} done{ $skipped ->
    [0] {""}
   *[other] , { $skipped } skipped
}{ $blocked ->
    [0] {""}
   *[other] , { $blocked } blocked
}.

ui-state-todo = To do
ui-state-done = Done
ui-state-skipped = Skipped
ui-state-blocked = Blocked
ui-step-optional = Optional
ui-step-blocked-because = Blocked: { $reason }
ui-step-waiting = { $count ->
    [one] This step comes after an earlier step.
   *[other] This step comes after { $count } earlier steps.
}
ui-mark-done = I've done this
ui-mark-skip = Skip
ui-mark-blocked = I'm stuck…
ui-mark-todo = Back to to-do
ui-marked-done = “{ $step }” is marked done.
ui-marked-skip = “{ $step }” is skipped.
ui-marked-block = “{ $step }” is marked blocked.
ui-marked-reset = “{ $step }” is back on your to-do list.
ui-block-reason = What is stopping you?
ui-block-save = Save reason
ui-history = History
ui-history-empty = Nothing has happened with this step yet.
ui-history-check = check #{ $seq }
ui-source-cli = command line
ui-source-app = this app
ui-source-probe = a check
ui-source-preset = your organisation

ui-service-matrix = Chat (Matrix)
ui-service-mastodon = Mastodon
ui-service-nextcloud = Nextcloud
ui-service-libreoffice = LibreOffice
ui-check-now = Check now
ui-check-all = Check { $service }
ui-check-running = Checking { $service }…
ui-check-arrived = { $service }: { $working } of { $total ->
    [one] 1 check works
   *[other] { $total } checks work
}.
ui-result-pass = Works
ui-result-warn = Works, with a note
ui-result-fail = Does not work
ui-result-skipped = Not checked
ui-remedy = What to do
ui-evidence = Details for the service desk
ui-evidence-certificate = Certificate for { $subject }, issued by { $issuer }, valid until { $expires }.
ui-evidence-timing = Took { $ms } ms.

ui-action-do = Do it for me
ui-action-undo = Undo
ui-action-done = Done. Changed: { $file }
ui-action-undone = Undone. Restored: { $file }

ui-sign-in = Sign in to { $service }
ui-sign-in-starting = Opening the sign-in page…
ui-sign-in-in-browser = Finish signing in in your web browser. This window waits for you.
ui-sign-in-open-yourself = Your web browser did not open. Copy this address into your browser to sign in:
ui-sign-in-address = Sign-in address
ui-sign-in-address-fallback = If your browser did not open, copy this address into it:
ui-sign-in-with-code = Sign in with a code instead
ui-sign-in-code = The code shown in your browser
ui-sign-in-code-send = Send code
ui-sign-in-password-instead = Sign in with a password instead
ui-matrix-user = User name
ui-matrix-password = Password
ui-sign-in-password = Sign in
ui-signed-in-as = Signed in as { $account } at { $server }.
ui-sign-out = Sign out
ui-signed-out = You are signed out of { $service }.

ui-org-title = Organisation settings
ui-org-managed = { $organisation } has set up Overstap for you. These are the settings that apply, and where each one comes from.
ui-org-unmanaged = No organisation has set up Overstap on this computer. Settings from a signed file from your organisation would show here.
ui-org-support = Help from your organisation
ui-org-support-email = Email
ui-org-support-phone = Phone
ui-org-support-web = Help pages
ui-org-support-matrix = Chat room
ui-org-problems = { $count ->
    [one] One problem in the settings files
   *[other] { $count } problems in the settings files
}
ui-org-settings-caption = Settings that apply
ui-org-sources-caption = Settings files
ui-org-col-source = Comes from
ui-org-refused = Not used (see the problems above)
ui-org-applied = { $problems ->
    [0] Used
    [one] Used, 1 problem
   *[other] Used, { $problems } problems
}
ui-org-no-settings = There are no organisation settings.
ui-layer-system = Set by your organisation on this computer
ui-layer-imported = Imported file
ui-layer-example = Example you picked

ui-report-title = Report
ui-report-intro = Your progress, to keep or to send to the service desk. It contains the state of each step and your reasons for blocked steps; no passwords.
ui-report-caption = Progress per checklist
ui-report-col-checklist = Checklist
ui-report-save-json = Save as JSON…
ui-report-save-csv = Save as CSV…
ui-report-print = Print
ui-report-saved = Saved to { $path }.

ui-settings-title = Settings
ui-settings-display = Language and display
ui-settings-servers = Your e-mail address and servers
ui-settings-data = Your data
ui-settings-data-dir = Overstap keeps your progress in this folder on this computer:
ui-version = Overstap version { $version }
ui-setting-language = Language
ui-setting-language-hint = Changes at once.
ui-setting-email = Work email address
ui-setting-email-hint = Used to find your organisation's servers.
ui-setting-matrix = Chat server (Matrix)
ui-setting-matrix-hint = For example ministerie.nl or https://matrix.ministerie.nl.
ui-setting-mastodon = Mastodon server
ui-setting-mastodon-hint = For example social.overheid.nl.
ui-setting-nextcloud = Nextcloud server
ui-setting-nextcloud-hint = For example https://cloud.ministerie.nl.
ui-setting-locked = Set by your organisation; it cannot be changed here.
ui-setting-from-org = Filled in by your organisation. You may change it.
ui-setting-saved = Saved.
ui-setting-theme = Colours
ui-theme-system = Like my computer
ui-theme-light = Light
ui-theme-dark = Dark
ui-theme-contrast = High contrast
ui-language-nl = Nederlands
ui-language-de = Deutsch
ui-language-en = English
ui-language-changed = The language is changed.
ui-reset = Start over…
ui-reset-question = Start over? You are signed out everywhere and every step goes back to to-do. The history of what you did is kept.
ui-reset-confirm = Yes, start over
ui-reset-done = Started over: { $count ->
    [one] 1 step is
   *[other] { $count } steps are
} back on your to-do list.

# Progress reports to the organisation (screens/fleet.ts)
ui-setting-department = Department
ui-setting-department-hint = Your organisation sees progress per department.
ui-setting-department-none = (not given)
ui-setting-source_folder = Folder to move from
ui-setting-source_folder-hint = Your OneDrive or Google Drive folder, or the folder of an export (its full path). Overstap only reads names and sizes, to compare with your Nextcloud space. Empty: Overstap looks for your OneDrive or Google Drive folder itself.
ui-fleet-title = What your organisation receives
ui-fleet-notice-on = Your organisation receives a progress report from this computer, at { $destination }.
ui-fleet-notice-unseen = Your organisation asks for a progress report from this computer, sent to { $destination }. Nothing is sent before you have looked at it.
ui-fleet-notice-link = See what is sent
ui-fleet-your-organisation = Your organisation
ui-fleet-intro = { $organisation } receives a progress report from this computer, so the service desk sees where people are stuck and can help. It goes only to your organisation’s own server, { $destination }, and nowhere else.
ui-fleet-contains = A report contains:
ui-fleet-field-steps = the state of each step, the app version and a code for this computer that does not say who you are
ui-fleet-field-department = your department
ui-fleet-field-blocked-reasons = why a step is blocked, in your words
ui-fleet-field-check-outcomes = the results of the server checks
ui-fleet-field-names = your name, account and work e-mail address
ui-fleet-unseen = Nothing has been sent yet. Read the report below first; it is sent only after you have.
ui-fleet-show = Show exactly what is sent
ui-fleet-exactly = This is exactly what is sent to { $destination }, as { $name }:
ui-fleet-body-label = The report { $name }
ui-fleet-seen-button = I have read it
ui-fleet-seen-done = Noted. Reports are sent from now on.
ui-fleet-misconfigured = Your organisation turned progress reports on, but they cannot be sent: { $problem } Nothing is sent.
ui-fleet-uploads-caption = Reports from this computer
ui-fleet-col-day = Day
ui-fleet-col-state = State
ui-fleet-col-problem = Last problem
ui-fleet-upload-sent = Sent { $at }
ui-fleet-upload-waiting = Waiting to be sent ({ $attempts ->
    [one] 1 attempt
   *[other] { $attempts } attempts
} so far)

## Who proved a step (checklist.ts, step-controls.ts)
ui-proof-checked = Checked by Overstap: { $what }
ui-proof-confirmed = Confirmed by you
ui-proof-checked-and-confirmed = Checked by Overstap ({ $what }) and confirmed by you
ui-proof-done-by-overstap = Done by Overstap
ui-progress-proof = Of the done steps: { $checked } proved by Overstap, { $confirmed } confirmed by you.
ui-confirm-waiting = The check passed: { $what }. Only you can confirm the rest:
ui-confirm-button = Yes, this is true
ui-warn-confirm = The check found something to look at (see the result above). If it does not matter for you, you can mark this step done yourself.
ui-mark-done-anyway = Mark done myself
ui-proof-label-checked = checked by Overstap
ui-proof-label-confirmed = confirmed by you
ui-proof-label-checked-and-confirmed = checked by Overstap and confirmed by you
ui-proof-label-done-by-overstap = done by Overstap

# "I'm stuck" reaches the service desk (screens/stuck-help.ts, main.ts)
ui-open-failed = Overstap could not open this address. Copy it and open it yourself:
ui-block-reason-hint-help = For example: “The case system cannot open .odt files yet.” After you save, Overstap shows who can help and whether IT sees your reason.
ui-stuck-title = Get help with this step
ui-stuck-reason-reported = Your reason goes to { $organisation } in the next progress report from this computer, so IT sees it.
ui-stuck-reason-not-yet = Your reason stays on this computer for now. { $organisation } asks for progress reports, but nothing is sent before you have read the report (under Report).
ui-stuck-reason-local = Your reason stays on this computer: IT does not see it. To get help, contact the service desk yourself.
ui-stuck-contacts = The service desk of { $organisation } can help you:
ui-stuck-no-contacts = Your organisation has not put the service desk's contact details in Overstap. Contact the service desk the way you usually do.
ui-stuck-write = Write to the service desk
ui-stuck-mail-subject = Overstap: stuck at “{ $step }”
ui-stuck-mail-intro = Hello, I am stuck at a step in Overstap.
ui-stuck-mail-step = Step: { $step } ({ $id })
ui-stuck-mail-reason = My reason: { $reason }
ui-stuck-mail-check = Last check: { $summary }
ui-stuck-mail-check-code = Last check: { $summary } (code: { $code })
ui-stuck-mail-version = Overstap version { $version }

# The organisation screen: each setting in plain words (screens/policy-text.ts)
ui-org-imported = { $organisation } set up Overstap with a signed settings file. These are the settings that apply, and where each one comes from.
ui-org-example = You are trying Overstap as { $organisation } would set it up: an example. Nothing is locked and nothing is reported. To stop trying it, start over in Settings.
ui-org-locked-badge = Locked
ui-policy-secret-set = Set (a secret, not shown)
ui-policy-step-hidden = Hidden
ui-policy-step-optional = Optional
ui-policy-step-required = Required
ui-policy-formats-odf = OpenDocument (.odt, .ods, .odp)
ui-policy-formats-ooxml = Microsoft Office formats (.docx, .xlsx, .pptx)
ui-policy-checklist-step = Step “{ $step }” in { $checklist }
ui-policy-checklist-enabled = Checklist { $checklist } is shown
ui-policy-organisation-name = Name of the organisation
ui-policy-organisation-domain = Mail domain
ui-policy-organisation-departments = Departments to choose from
ui-policy-organisation-support-email = Service desk email
ui-policy-organisation-support-phone = Service desk phone
ui-policy-organisation-support-web = Help pages
ui-policy-organisation-support-matrix-room = Chat room for help
ui-policy-branding-logo = Logo
ui-policy-branding-colors-primary = Colour of buttons
ui-policy-branding-colors-primary-text = Text colour of buttons
ui-policy-branding-colors-link = Colour of links
ui-policy-branding-colors-focus = Colour of the focus outline
ui-policy-servers-mastodon = Mastodon server
ui-policy-servers-matrix = Chat server (Matrix)
ui-policy-servers-nextcloud = Nextcloud server
ui-policy-servers-report-upload = Where progress reports go
ui-policy-trust-ca-files = Extra certificates trusted for checks
ui-policy-trust-preset-signing-keys = Keys that may sign settings files
ui-policy-extra-steps = The organisation's own steps
ui-policy-libreoffice-minimum-version = Lowest LibreOffice version
ui-policy-libreoffice-default-formats = LibreOffice saves as
ui-policy-reporting-enabled = Progress reports to the organisation
ui-policy-reporting-include = What reports contain besides the steps
ui-policy-reporting-salt = Key for the computer code in reports
ui-policy-defaults-language = Language

# The first run (screens/first-run.ts)
ui-first-run-language = Language

# The report screen and its printout (screens/report.ts)
ui-report-col-progress = Progress
ui-report-organisation = Organisation
ui-report-person = Work address
ui-report-date = Date
ui-report-blocked-title = Blocked steps and why
ui-report-blocked-none = No step is blocked.

# What a waiting step waits for, by name (screens/waiting.ts)
ui-step-waiting-for = { $count ->
    [one] This step comes after { $steps }. Do that step first.
   *[other] This step comes after { $steps }. Do those steps first.
}
ui-report-col-checked = Of which proved by Overstap
ui-report-col-confirmed = Of which confirmed by you

## The Matrix test message, only when asked for (step-controls.ts)
ui-test-message = Send a test message
ui-test-message-hint = Want to be sure messages arrive? Overstap then makes a private room called “Overstap test”, sends a message there, reads it back and leaves the room again. Nothing is sent until you press the button.
