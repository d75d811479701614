//! `overstap fleet aggregate` as IT runs it: a folder of reports with known
//! figures (CSV and dashboard checked), re-uploads settled by the newest,
//! hostile files each skipped with its own reason while the rest still
//! count, HTML in reports shown as text, a real WebDAV server (WsgiDAV over
//! TLS with a test CA) behind Basic auth, and hostile servers that stall,
//! send endless answers or redirect to plain http.

mod common;

use common::json;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use overstap_core::fleet::report::{FleetCheck, FleetChecklist, FleetReport, FleetStep, FORMAT};
use overstap_core::probe::ProbeStatus;
use overstap_core::store::StepState;
use serde_json::Value;

/// Runs `overstap fleet aggregate ARGS…` in a plain English environment,
/// with `password` (if any) as the WebDAV password.
fn aggregate(args: &[&str], password: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_overstap"));
    cmd.args(["fleet", "aggregate"]).args(args).env("LANG", "C.UTF-8").env_remove("LC_ALL").env_remove("LANGUAGE");
    cmd.env_remove("OVERSTAP_WEBDAV_PASSWORD");
    if let Some(password) = password {
        cmd.env("OVERSTAP_WEBDAV_PASSWORD", password);
    }
    // Bounded: a hang is a failure of its own, not a stuck test run.
    let child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("overstap runs");
    let pid = child.id();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || sender.send(child.wait_with_output().expect("output")));
    receiver.recv_timeout(Duration::from_secs(120)).unwrap_or_else(|_| {
        let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
        panic!("overstap fleet aggregate {args:?} did not end within 120 s");
    })
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A laptop id made from a small number, as a test can read it.
fn laptop(n: u32) -> String {
    format!("{n:032x}")
}

/// `days` before today, as a report writes it.
fn day(days_ago: i64) -> String {
    (time::OffsetDateTime::now_utc().date() - time::Duration::days(days_ago)).to_string()
}

/// A step and its state; `reason` only for blocked ones. Done steps are
/// proved by Overstap's check, but installing Element: the person's word.
fn step(id: &str, state: StepState, reason: Option<&str>) -> FleetStep {
    let proof = (state == StepState::Done).then_some(if id == "install-element" { Confirmed } else { Checked });
    FleetStep { id: id.into(), state, required: true, proof, reason: reason.map(str::to_owned), changed_on: None }
}

/// A checklist of required steps, its counts computed as a laptop does.
fn checklist(id: &str, steps: Vec<FleetStep>) -> FleetChecklist {
    FleetChecklist::from_steps(id.into(), steps)
}

fn report(n: u32, day: &str, at: &str, department: Option<&str>, checklists: Vec<FleetChecklist>) -> FleetReport {
    let laptop_id = laptop(n);
    FleetReport {
        format: FORMAT.into(),
        schema_version: 1,
        report_id: format!("{laptop_id}-{day}"),
        laptop_id,
        day: day.into(),
        generated_at: format!("{day}T{at}Z"),
        app_version: "0.1.0".into(),
        os: "windows".into(),
        preset_serial: None,
        department: department.map(str::to_owned),
        person: None,
        checklists,
        checks: None,
    }
}

fn write(dir: &Path, name: &str, report: &FleetReport) {
    std::fs::write(dir.join(name), serde_json::to_vec_pretty(report).unwrap()).unwrap();
}

fn save(dir: &Path, report: &FleetReport) {
    write(dir, &report.file_name(), report);
}

use overstap_core::store::Proof::{Checked, Confirmed};
use StepState::{Blocked, Done, Todo};

/// Four laptops in two departments and one without, over three days, with
/// a same-day re-upload; every figure below is counted by hand.
fn known_fleet(dir: &Path) {
    let (d1, d2, d3) = (day(3), day(2), day(1));
    let matrix = |second: StepState, reason: Option<&str>| {
        checklist("matrix", vec![step("install-element", Done, None), step("find-server", second, reason)])
    };
    let nextcloud = |state: StepState| checklist("nextcloud", vec![step("server-ok", state, None)]);
    // Laptop 1 finishes matrix on its second report.
    save(dir, &report(1, &d1, "09:00:00", Some("Finance"), vec![matrix(Todo, None), nextcloud(Done)]));
    let mut finished = report(1, &d3, "09:00:00", Some("Finance"), vec![matrix(Done, None), nextcloud(Done)]);
    finished.checks = Some(vec![FleetCheck {
        probe: "matrix.discovery".into(),
        status: ProbeStatus::Pass,
        failure: None,
        checked_on: d3.clone(),
    }]);
    save(dir, &finished);
    // Laptop 2 is blocked by a specialist application; its re-upload the same
    // day (stored as "(2)" by the file drop) is newer and counts.
    let blocked = Some("Vakapplicatie Corsa werkt alleen met Word.");
    save(dir, &report(2, &d2, "09:00:00", Some("Finance"), vec![matrix(Blocked, blocked), nextcloud(Todo)]));
    let again = report(2, &d2, "16:30:00", Some("Finance"), vec![matrix(Blocked, blocked), nextcloud(Done)]);
    write(dir, &format!("overstap-{} (2).json", again.report_id), &again);
    // Laptop 3, in a subfolder, gives the same reason in its own spelling.
    std::fs::create_dir_all(dir.join("legal")).unwrap();
    let shouted = Some("VAKAPPLICATIE   Corsa werkt alleen met Word!");
    save(
        &dir.join("legal"),
        &report(3, &d2, "11:00:00", Some("Legal"), vec![matrix(Blocked, shouted), nextcloud(Done)]),
    );
    // Laptop 4 names no department and fails a check.
    let mut done = report(4, &d3, "10:00:00", None, vec![matrix(Done, None), nextcloud(Done)]);
    done.checks = Some(vec![FleetCheck {
        probe: "matrix.discovery".into(),
        status: ProbeStatus::Fail,
        failure: Some("timeout".into()),
        checked_on: d3.clone(),
    }]);
    save(dir, &done);
}

/// The CSV as (table, scope, department, checklist, step, day, item, measure) → value.
fn csv_figures(text: &str) -> std::collections::HashMap<[String; 8], String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["schema_version", "table", "scope", "department", "checklist", "step", "day", "item", "measure", "value"]
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(&r[0], "1", "schema_version on every row");
            let key = std::array::from_fn(|i| r[i + 1].to_owned());
            (key, r[9].to_owned())
        })
        .collect()
}

fn key(parts: [&str; 8]) -> [String; 8] {
    parts.map(str::to_owned)
}

#[test]
fn a_folder_of_reports_gives_the_figures_counted_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports");
    std::fs::create_dir(&reports).unwrap();
    known_fleet(&reports);
    let (html, csv) = (dir.path().join("dashboard.html"), dir.path().join("figures.csv"));
    let out = aggregate(&[path(&reports), "--out", path(&html), "--csv", path(&csv), "--json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out);
    common::schemas::assert_valid("fleet-aggregate", &v);
    assert_eq!(v["schema_version"], 1);
    let f = &v["aggregate"]["figures"];
    assert_eq!((f["laptops"].as_u64(), f["reports"].as_u64(), f["replaced"].as_u64()), (Some(4), Some(5), Some(1)));
    assert_eq!(f["complete_laptops"], 2);
    assert_eq!(f["skipped_total"], 0);
    assert_eq!((f["first_day"].as_str(), f["last_day"].as_str()), (Some(day(3).as_str()), Some(day(1).as_str())));

    let figures = csv_figures(&std::fs::read_to_string(&csv).unwrap());
    let get = |parts: [&str; 8]| figures.get(&key(parts)).cloned().unwrap_or_else(|| panic!("no row {parts:?}"));
    assert_eq!(get(["summary", "all", "", "", "", "", "", "laptops"]), "4");
    assert_eq!(get(["summary", "all", "", "", "", "", "", "departments"]), "3");
    // Matrix: laptops 1 and 4 complete, 2 and 3 blocked.
    assert_eq!(get(["checklist", "all", "", "matrix", "", "", "", "complete"]), "2");
    assert_eq!(get(["checklist", "all", "", "matrix", "", "", "", "percent_complete"]), "50.0");
    assert_eq!(get(["checklist", "all", "", "matrix", "", "", "", "mean_done"]), "1.50");
    // Of those, what Overstap proved (find-server on laptops 1 and 4) apart
    // from what people only confirmed (installing Element, everywhere).
    assert_eq!(get(["checklist", "all", "", "matrix", "", "", "", "mean_done_checked"]), "0.50");
    assert_eq!(get(["step", "all", "", "matrix", "install-element", "", "", "done"]), "4");
    assert_eq!(get(["step", "all", "", "matrix", "install-element", "", "", "done_confirmed"]), "4");
    assert_eq!(get(["step", "all", "", "matrix", "find-server", "", "", "done_confirmed"]), "0");
    // Nextcloud: laptop 2's newer re-upload has it done.
    assert_eq!(get(["checklist", "all", "", "nextcloud", "", "", "", "percent_complete"]), "100.0");
    assert_eq!(get(["step", "all", "", "matrix", "find-server", "", "", "blocked"]), "2");
    assert_eq!(get(["step", "all", "", "matrix", "find-server", "", "", "done"]), "2");
    // Per department, the reports without one in their own group.
    assert_eq!(get(["department", "department", "Finance", "", "", "", "", "laptops"]), "2");
    assert_eq!(get(["department", "department", "Finance", "", "", "", "", "complete_laptops"]), "1");
    assert_eq!(get(["checklist", "department", "Legal", "matrix", "", "", "", "complete"]), "0");
    assert_eq!(get(["department", "department_not_given", "", "", "", "", "", "complete_laptops"]), "1");
    // Over time: who had reported by each day, and who was complete then.
    let timeline = |d: &str, measure: &str| get(["timeline", "all", "", "", "", d, "", measure]);
    assert_eq!((timeline(&day(3), "reporting"), timeline(&day(3), "complete")), ("1".into(), "0".into()));
    assert_eq!((timeline(&day(2), "reporting"), timeline(&day(2), "complete")), ("3".into(), "0".into()));
    assert_eq!((timeline(&day(1), "reporting"), timeline(&day(1), "percent_complete")), ("4".into(), "50.0".into()));
    // Nextcloud by then: laptops 1, 2 (its re-upload) and 3.
    assert_eq!(get(["timeline", "all", "", "nextcloud", "", &day(2), "", "complete"]), "3");
    // One blocked reason, two spellings, two departments.
    let reason = "VAKAPPLICATIE Corsa werkt alleen met Word";
    assert_eq!(get(["blocked", "all", "", "matrix", "find-server", "", reason, "laptops"]), "2");
    assert_eq!(get(["blocked", "department", "Legal", "matrix", "find-server", "", reason, "laptops"]), "1");
    assert_eq!(get(["check", "all", "", "", "", "", "matrix.discovery", "fail"]), "1");
    assert_eq!(get(["check_failure", "all", "", "", "", "", "matrix.discovery", "timeout"]), "1");

    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"en\">"), "{}", &page[..80]);
    for shown in [
        "Fleet progress",
        "Completion per checklist",
        "Why people are blocked",
        "VAKAPPLICATIE Corsa werkt alleen met Word",
        "Finance (1), Legal (1)",
        "(no department given)",
        "Checks that fail most",
        "timeout",
        "50.0%",
        "role=\"img\"",
        "<table>",
    ] {
        assert!(page.contains(shown), "the dashboard shows {shown:?}");
    }

    // The text summary, and the same dashboard in Dutch.
    let nl = dir.path().join("nl.html");
    let out = aggregate(&["--lang", "nl", path(&reports), "--out", path(&nl)], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Laptops:") && text.contains("2 (50,0%)"), "{text}");
    let page = std::fs::read_to_string(&nl).unwrap();
    assert!(page.contains("lang=\"nl\"") && page.contains("Voortgang van alle laptops") && page.contains("50,0%"));
}

#[test]
fn hostile_files_are_each_skipped_with_their_own_reason_and_the_rest_still_counts() {
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports");
    std::fs::create_dir(&reports).unwrap();
    let today = day(0);
    let good = report(
        1,
        &today,
        "08:00:00",
        Some("Finance"),
        vec![checklist("matrix", vec![step("install-element", Done, None)])],
    );
    save(&reports, &good);
    let name = |n: u32| format!("overstap-{}-{today}.json", laptop(n));
    let raw = |n: u32, bytes: &[u8]| std::fs::write(reports.join(name(n)), bytes).unwrap();
    let changed = |n: u32, change: &dyn Fn(&mut Value)| {
        let mut value = serde_json::to_value(report(n, &today, "08:00:00", None, good.checklists.clone())).unwrap();
        change(&mut value);
        raw(n, value.to_string().as_bytes());
    };
    raw(2, b"this is not JSON");
    raw(3, b"{\"format\": \"overstap-fleet-report\", \"department\": \"\xff\xfe\"}");
    // 2 GB, sparse: never read.
    std::fs::File::create(reports.join(name(4))).unwrap().set_len(2 << 30).unwrap();
    changed(5, &|v| v["department"] = Value::String("x".repeat(900_000)));
    changed(6, &|v| {
        let check = serde_json::json!({"probe": "matrix.discovery", "status": "pass", "checked_on": today});
        v["checks"] = Value::Array(vec![check; 5_000]);
    });
    // Nested 200,000 deep where a text belongs.
    let nested = format!("{{\"department\":{}1{},", "[".repeat(200_000), "]".repeat(200_000));
    let valid = serde_json::to_string(&report(7, &today, "08:00:00", None, good.checklists.clone())).unwrap();
    raw(7, valid.replacen('{', &nested, 1).as_bytes());
    changed(8, &|v| v["schema_version"] = 2.into());
    changed(9, &|v| v["format"] = "a-spreadsheet".into());
    changed(10, &|v| v["laptop_id"] = laptop(10).to_uppercase().into());
    changed(11, &|v| {
        v["laptop_id"] = laptop(99).into();
        v["report_id"] = format!("{}-{today}", laptop(99)).into();
    });
    changed(12, &|v| v["checklists"][0]["done"] = 0.into());
    changed(13, &|v| v["department"] = "Fin\u{1b}[2Jance".into());
    raw(14, b"");
    save(&reports, &report(15, "2026-02-30", "08:00:00", None, good.checklists.clone()));
    std::os::unix::fs::symlink("/etc/passwd", reports.join(name(16))).unwrap();
    let fifo = reports.join(name(17));
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    std::fs::write(reports.join("export.json"), b"{}").unwrap();
    std::fs::write(reports.join("README.txt"), b"reports from the laptops").unwrap();
    let deep = reports.join("a/b/c/d/e");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join(name(18)), b"too deep to be looked at").unwrap();

    let html = dir.path().join("dashboard.html");
    let out = aggregate(&[path(&reports), "--out", path(&html), "--json"], None);
    assert_eq!(out.status.code(), Some(0), "skipped files do not fail the command");
    let v = json(&out);
    common::schemas::assert_valid("fleet-aggregate", &v);
    let f = &v["aggregate"]["figures"];
    assert_eq!((f["laptops"].as_u64(), f["reports"].as_u64()), (Some(1), Some(1)));
    let skipped = v["aggregate"]["skipped"].as_array().unwrap();
    let code_of = |file: &str| {
        skipped.iter().find(|s| s["file"] == file).map(|s| s["code"].as_str().unwrap().to_owned()).unwrap_or_default()
    };
    let expected = [
        (name(2), "not_json"),
        (name(3), "not_utf8"),
        (name(4), "too_large"),
        (name(5), "text_too_long"),
        (name(6), "too_many"),
        (name(7), "invalid_field"),
        (name(8), "newer_schema"),
        (name(9), "not_a_report"),
        (name(10), "bad_laptop_id"),
        (name(11), "name_mismatch"),
        (name(12), "counts_inconsistent"),
        (name(13), "control_characters"),
        (name(14), "not_json"),
        (format!("overstap-{}-2026-02-30.json", laptop(15)), "bad_date"),
        (name(16), "symbolic_link"),
        (name(17), "not_regular_file"),
        ("export.json".into(), "not_report_name"),
    ];
    for (file, code) in &expected {
        assert_eq!(code_of(file), *code, "{file}: {skipped:?}");
    }
    assert_eq!(skipped.len(), expected.len(), "nothing else skipped, the deep file not looked at: {skipped:?}");
    assert_eq!(v["aggregate"]["other_files"], 1);
    let newer = skipped.iter().find(|s| s["code"] == "newer_schema").unwrap();
    assert!(newer["reason"].as_str().unwrap().contains("newer Overstap"), "{newer}");
    let field = skipped.iter().find(|s| s["code"] == "invalid_field").unwrap();
    assert!(field["reason"].as_str().unwrap().contains("department"), "{field}");
    // The dashboard lists them too, with their reasons.
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("Files skipped") && page.contains(&name(16)) && page.contains("symbolic link"));
    assert!(!page.contains('\u{1b}'), "no control character reaches the page");
}

#[test]
fn html_in_reports_is_shown_as_text_and_the_page_loads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let today = day(0);
    let hostile = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>";
    let steps = vec![step("install-element", Blocked, Some(hostile))];
    save(
        dir.path(),
        &report(
            1,
            &today,
            "08:00:00",
            Some("=HYPERLINK(\"//evil.example\")\"><iframe src=//evil.example>"),
            vec![checklist("matrix", steps)],
        ),
    );
    let html = dir.path().join("out.html");
    let csv = dir.path().join("out.csv");
    let out = aggregate(&[path(dir.path()), "--out", path(&html), "--csv", path(&csv)], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x"), "shown as text");
    assert!(page.contains("=HYPERLINK(&quot;//evil.example&quot;)&quot;&gt;&lt;iframe src=//evil.example&gt;"));
    for element in ["<script", "<img", "<iframe", "<link", "<object", "<embed", "<base", "@import"] {
        assert!(!page.to_lowercase().contains(element), "the page has no {element}");
    }
    assert!(!page.contains("href=\"http") && !page.contains("url(http") && !page.contains("href=\"//"));
    assert!(page.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"));
    // The same text in the CSV cannot start a formula.
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert!(csv.contains(",department,\"'=HYPERLINK("), "{csv}");
}

mod webdav {
    use super::*;
    use base64::Engine;
    use overstap_net::{Limits, Method, NetClient, Request, Url};
    use overstap_testkit::ca::TestCa;
    use overstap_testkit::server::{Reply, TestServer};
    use overstap_testkit::webdav::NextcloudLike;

    const APP_PASSWORD: &str = "Xq7-app-password-9Lm";

    /// Uploads as a laptop does, but with IT's account (a file drop needs none).
    fn put(net: &NetClient, rt: &tokio::runtime::Runtime, url: &str, method: &str, body: Vec<u8>) {
        let auth = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("it:{APP_PASSWORD}")));
        let mut request = Request::get(Url::parse(url).unwrap())
            .method(Method::from_bytes(method.as_bytes()).unwrap())
            .header("authorization", &auth);
        request.body = Some(body);
        let fetched = rt.block_on(net.fetch(request)).unwrap();
        assert!(fetched.status < 300, "{method} {url}: {}", fetched.status);
    }

    #[test]
    fn a_nextcloud_folder_is_read_with_an_app_password_and_a_wrong_one_is_refused() {
        let ca = TestCa::new("Overstap Test CA");
        let server = NextcloudLike::start(&ca, "it", APP_PASSWORD);
        let ca_file = server.ca_pem_path.to_str().unwrap().to_owned();
        let rt = tokio::runtime::Runtime::new().unwrap();
        let net = NetClient::new(Limits::default(), Some(ca.cert_pem.as_bytes())).unwrap();
        let folder = format!("{}/remote.php/dav/files/it/fleet-reports/", server.base_url);
        put(&net, &rt, &folder, "MKCOL", Vec::new());
        put(&net, &rt, &format!("{folder}2026/"), "MKCOL", Vec::new());
        let local = tempfile::tempdir().unwrap();
        known_fleet(local.path());
        for entry in walk(local.path()) {
            let below = entry.strip_prefix(local.path()).unwrap().to_str().unwrap().replace(' ', "%20");
            // The subfolder's report goes into 2026/ on the server.
            let remote = below.replace("legal/", "2026/");
            put(&net, &rt, &format!("{folder}{remote}"), "PUT", std::fs::read(&entry).unwrap());
        }
        put(&net, &rt, &format!("{folder}notes.json"), "PUT", b"{}".to_vec());

        let dir = tempfile::tempdir().unwrap();
        let (html, csv) = (dir.path().join("d.html"), dir.path().join("f.csv"));
        let args =
            [&folder, "--user", "it", "--ca-file", &ca_file, "--out", path(&html), "--csv", path(&csv), "--json"];
        let out = aggregate(&args, Some(APP_PASSWORD));
        assert_eq!(out.status.code(), Some(0), "{}\n{}", String::from_utf8_lossy(&out.stdout), server.logs());
        let v = json(&out);
        let f = &v["aggregate"]["figures"];
        assert_eq!((f["laptops"].as_u64(), f["reports"].as_u64(), f["replaced"].as_u64()), (Some(4), Some(5), Some(1)));
        assert_eq!(f["complete_laptops"], 2);
        assert_eq!(v["aggregate"]["skipped"][0]["file"], "notes.json");
        assert_eq!(v["aggregate"]["skipped"][0]["code"], "not_report_name");
        let figures = csv_figures(&std::fs::read_to_string(&csv).unwrap());
        assert_eq!(figures[&key(["checklist", "all", "", "matrix", "", "", "", "percent_complete"])], "50.0");
        assert!(!String::from_utf8_lossy(&out.stdout).contains(APP_PASSWORD));
        assert!(!std::fs::read_to_string(&html).unwrap().contains(APP_PASSWORD));

        // A wrong password: refused, said so, the password nowhere.
        let out = aggregate(&args, Some("wrong-password"));
        assert_eq!(out.status.code(), Some(8), "{}", String::from_utf8_lossy(&out.stdout));
        let v = json(&out);
        common::schemas::assert_valid("fleet-aggregate", &v);
        let error = &v["error"];
        assert_eq!(error["code"], "sign_in_failed");
        assert!(error["message"].as_str().unwrap().contains("refused the user name or password"), "{error}");
        assert!(!out.stdout.windows(14).any(|w| w == b"wrong-password"));

        // --user without the variable: told where the password goes.
        let out = aggregate(&args, None);
        assert_eq!(out.status.code(), Some(2));
        assert!(json(&out)["error"]["message"].as_str().unwrap().contains("OVERSTAP_WEBDAV_PASSWORD"));
        // Plain http is never used.
        let http = folder.replace("https://", "http://");
        let out = aggregate(&[&http, "--out", path(&html), "--json"], None);
        assert_eq!((out.status.code(), json(&out)["error"]["code"].as_str()), (Some(2), Some("invalid_input")));
    }

    fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                files.extend(walk(&p));
            } else {
                files.push(p);
            }
        }
        files
    }

    /// A multistatus listing `hrefs` (files) below `/list/`.
    fn listing(hrefs: &[String]) -> String {
        let responses: String = hrefs
            .iter()
            .map(|h| format!("<d:response><d:href>{h}</d:href><d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"))
            .collect();
        format!("<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/list/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>{responses}</d:multistatus>")
    }

    #[test]
    fn hostile_servers_end_in_a_clear_error_or_a_skipped_file() {
        let ca = TestCa::new("Overstap Test CA");
        let ca_file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(ca_file.path(), &ca.cert_pem).unwrap();
        let rt = tokio::runtime::Runtime::new().unwrap();
        let today = day(0);
        let good =
            report(1, &today, "08:00:00", None, vec![checklist("matrix", vec![step("install-element", Done, None)])]);
        let good_body = serde_json::to_vec(&good).unwrap();
        let good_name = good.file_name();
        let endless_name = format!("overstap-{}-{today}.json", laptop(2));
        let gone_name = format!("overstap-{}-{today}.json", laptop(3));
        let list = listing(&[
            format!("/list/{good_name}"),
            format!("/list/{endless_name}"),
            format!("/list/{gone_name}"),
            format!("https://evil.example/list/overstap-{}-{today}.json", laptop(4)),
            "/elsewhere/secret.json".to_owned(),
        ]);
        let endless = endless_name.clone();
        let server = rt.block_on(TestServer::tls(&ca.leaf(&["localhost"]), move |method, path| match (method, path) {
            ("PROPFIND", "/stall/") => Reply::Stall,
            ("PROPFIND", "/endless/") => Reply::EndlessBody,
            ("PROPFIND", "/plain/") => Reply::Redirect { status: 307, location: "http://localhost:1/plain/".into() },
            ("PROPFIND", "/list/") => Reply::status(207, "application/xml; charset=utf-8", &list),
            ("PROPFIND", "/html/") => Reply::status(200, "text/html", "<html><body>Log in</body></html>"),
            ("GET", p) if p.ends_with(&good_name) => {
                Reply::Ok { status: 200, content_type: "application/json".into(), body: good_body.clone() }
            }
            ("GET", p) if p.ends_with(&endless) => Reply::EndlessBody,
            _ => Reply::status(404, "text/plain", "not found"),
        }));
        let url = |folder: &str| format!("https://localhost:{}/{folder}/", server.port());
        let dir = tempfile::tempdir().unwrap();
        let html = dir.path().join("d.html");
        let run = |folder: &str| {
            let args = [
                url(folder),
                "--ca-file".into(),
                path(ca_file.path()).into(),
                "--out".into(),
                path(&html).into(),
                "--json".into(),
            ];
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = aggregate(&args, None);
            (out.status.code(), json(&out))
        };
        let network_error = |folder: &str, says: &str| {
            let (code, v) = run(folder);
            assert_eq!((code, v["error"]["code"].as_str()), (Some(7), Some("network_error")), "{folder}: {v}");
            let message = v["error"]["message"].as_str().unwrap();
            assert!(message.contains(says), "{folder}: {message}");
            assert!(!html.exists(), "no dashboard from a failed read");
        };
        network_error("stall", "did not answer in time");
        network_error("endless", "");
        network_error("plain", "insecure (http)");
        network_error("html", "not a WebDAV folder");

        // A listing whose files misbehave: each file skipped, the rest counted,
        // entries pointing elsewhere never fetched.
        let (code, v) = run("list");
        assert_eq!(code, Some(0), "{v}");
        assert_eq!(v["aggregate"]["figures"]["laptops"], 1);
        let skipped: Vec<(String, String)> = v["aggregate"]["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["file"].as_str().unwrap().to_owned(), s["code"].as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(skipped.len(), 2, "{skipped:?}");
        assert!(skipped.contains(&(endless_name.clone(), "too_large".into())), "{skipped:?}");
        assert!(skipped.contains(&(gone_name.clone(), "download_failed".into())), "{skipped:?}");
    }
}
