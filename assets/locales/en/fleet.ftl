# overstap fleet aggregate: the command's summary, its errors, why a file
# was skipped, and the dashboard. Read by IT people.

## The summary on the terminal (and the dashboard's summary)

fleet-label-reports = Reports read
fleet-label-replaced = Replaced by a newer upload of the same day
fleet-label-laptops = Laptops
fleet-label-complete = Fully complete
fleet-label-departments = Departments
fleet-label-period = Period
fleet-label-skipped = Files skipped
fleet-label-other-files = Other files (not .json), left alone
fleet-no-period = no reports
fleet-skipped-more = … and { $count } more (--json and the dashboard list them)
fleet-written-dashboard = Dashboard written: { $path }
fleet-written-csv = CSV written: { $path }

## Errors

fleet-error-source-unreadable = The reports at { $source } cannot be read: { $cause }
fleet-error-source-not-https = Reports are only read from a folder or an https:// address, not from { $source }.
fleet-error-too-many-files = The source holds more than { $limit } files. Aggregate one subfolder at a time, or move old reports to an archive folder.
fleet-error-ca-file = The CA file cannot be used: { $cause }
fleet-error-password-missing = --user needs its password in the environment variable OVERSTAP_WEBDAV_PASSWORD (an app password made for this: Nextcloud, Settings, Security, "Create new app password").
fleet-error-password-without-user = OVERSTAP_WEBDAV_PASSWORD is set but --user is not: give the user name that goes with the password.
fleet-error-webdav-refused = The WebDAV server refused the user name or password for { $url }. Check --user and OVERSTAP_WEBDAV_PASSWORD; an app password that was revoked stops working.
fleet-error-webdav-status = The WebDAV server answered HTTP { $status } for { $url }.
fleet-error-webdav-not-dav = { $url } is not a WebDAV folder: no folder listing came back. For Nextcloud, use https://SERVER/remote.php/dav/files/USER/FOLDER/.

## Why a file was skipped

fleet-skip-not-report-name = Not named like a report (overstap-<laptop id>-<day>.json).
fleet-skip-symbolic-link = A symbolic link: links are not followed, so nothing outside the folder is read.
fleet-skip-not-regular-file = Not a regular file (a pipe, device or socket).
fleet-skip-too-large = Larger than { $limit }; a real report is a few kB.
fleet-skip-unreadable = The file cannot be read: { $cause }
fleet-skip-download-failed = The server listed the file but did not hand it over ({ $cause }).
fleet-skip-not-utf8 = Not UTF-8 text.
fleet-skip-not-json = Not valid JSON: { $detail }
fleet-skip-not-a-report = JSON, but not an Overstap fleet report (no "format": "overstap-fleet-report").
fleet-skip-newer-schema = Written by a newer Overstap (report version { $version }; this one reads up to version { $supported }). Update Overstap on this computer.
fleet-skip-bad-schema-version = The report version 0 does not exist.
fleet-skip-invalid-field = { $place ->
    [whole] The report is incomplete or wrong: { $detail }
   *[field] The field { $field } is wrong: { $detail }
}
fleet-skip-bad-laptop-id = The laptop id is not 32 lowercase hex digits.
fleet-skip-bad-date = { $field } is not a date of the calendar: "{ $value }".
fleet-skip-day-out-of-range = The day { $day } is before { $earliest } or after today: the laptop's clock is wrong or the report is forged.
fleet-skip-bad-generated-at = generated_at is not a time in RFC 3339 form.
fleet-skip-report-id-mismatch = report_id is not <laptop_id>-<day>.
fleet-skip-name-mismatch = The file name names another laptop or day than the report inside: renamed or forged.
fleet-skip-bad-id = { $field } is not a valid id: "{ $value }".
fleet-skip-duplicate-id = { $id } appears twice in the report.
fleet-skip-text-too-long = { $field } is longer than { $limit } characters.
fleet-skip-control-characters = { $field } contains control characters, or invisible characters or characters that change the reading direction.
fleet-skip-too-many = { $field } has more than { $limit } entries.
fleet-skip-counts-inconsistent = The counts of checklist { $checklist } (done, required, complete) do not match its steps.
fleet-skip-too-many-distinct-texts = The reports together carry too many different names (departments, reasons, ids); the rest were left out to keep the memory bounded.

## The dashboard

fleet-dashboard-title = Fleet progress
fleet-dashboard-made = Made { $when } from { $source } by Overstap { $version }.
fleet-dashboard-contents = Contents
fleet-dashboard-skip-link = Skip to the figures
fleet-dashboard-summary = Summary
fleet-dashboard-empty = No valid report was found.
fleet-dashboard-chart-note = The figures of this chart are also in the table below it.
fleet-dashboard-footer = Made by Overstap { $version } from fleet reports of version { $schema } and older. Each laptop counts with its newest report. The CSV (--csv) has every figure.

fleet-dashboard-checklists = Completion per checklist
fleet-dashboard-checklists-intro = A checklist is complete on a laptop when every required step is done (a skipped required step leaves it incomplete, as in the app).
fleet-chart-checklists-title = Laptops with the checklist complete, in percent
fleet-col-checklist = Checklist
fleet-col-laptops = Laptops
fleet-col-complete = Complete
fleet-col-percent = % complete
fleet-col-mean = Required steps done (mean)
fleet-col-mean-checked = Of which proved by Overstap (mean)
fleet-col-done-confirmed = Of which only confirmed by the person
fleet-mean-of = { $done } of { $required }

fleet-dashboard-timeline = Over time
fleet-dashboard-timeline-intro = For each day: the laptops that had reported so far, and how many of them had every checklist complete by their newest report on or before that day.
fleet-chart-timeline-complete-title = Laptops fully complete, in percent of those reporting
fleet-chart-timeline-reporting-title = Laptops that have reported so far
fleet-col-day = Day
fleet-col-reporting = Reporting

fleet-dashboard-departments = Per department
fleet-dashboard-departments-more = The { $shown } departments with the most laptops are shown; the CSV has all { $total }.
fleet-department-not-given = (no department given)
fleet-col-department = Department

fleet-dashboard-steps = Steps per checklist
fleet-dashboard-steps-intro = On how many laptops each step is done, skipped, blocked or still to do. “Done” counts what Overstap proved (a check passed, or Overstap did it) and what people confirmed themselves; the next column says how many of those rest on the person's word alone.
fleet-col-step = Step
fleet-col-required = Required on
fleet-state-done = Done
fleet-state-skipped = Skipped
fleet-state-blocked = Blocked
fleet-state-todo = To do
fleet-step-optional = optional

fleet-dashboard-blocked = Why people are blocked
fleet-dashboard-blocked-intro = The reasons people gave for a blocked step, grouped (capitals, spaces and final punctuation do not count). This is where specialist applications that keep people from moving show up.
fleet-dashboard-blocked-none = No step is blocked.
fleet-dashboard-blocked-more = The { $shown } largest groups are shown; the CSV has all { $total }.
fleet-reason-not-given = (no reason: the preset does not send reasons)
fleet-col-reason = Reason
fleet-col-where = Checklist and step

fleet-dashboard-checks = Checks that fail most
fleet-dashboard-checks-intro = The newest result of each server check per laptop, the most failures first, with their most common causes.
fleet-dashboard-checks-none = The reports carry no check results (the preset does not send them).
fleet-chart-checks-title = Laptops on which the check fails
fleet-col-check = Check
fleet-col-fail = Fail
fleet-col-warn = Warning
fleet-col-pass = Pass
fleet-col-not-checked = Not checked
fleet-col-causes = Most common causes

fleet-dashboard-versions = Overstap versions and systems
fleet-col-version = Overstap version
fleet-col-os = Operating system

fleet-dashboard-skipped = Files skipped
fleet-dashboard-skipped-intro = These files were not counted. Overstap writes only valid reports, so a skipped file was damaged on the way, renamed, or put in the folder by someone else.
fleet-dashboard-skipped-none = No file was skipped.
fleet-dashboard-skipped-more = The first { $shown } of { $total } skipped files are listed.
fleet-col-file = File
fleet-col-code = Code
