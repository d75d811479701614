//! Writes realistic fleet reports for the `fleet aggregate` benchmark
//! (`scripts/bench-fleet.sh`): laptops of real-sounding departments working
//! through the shipped checklists over several weeks, most reporting on a
//! few days, some blocked by specialist applications (in the words people
//! type, with their own spellings), server checks failing for the reasons
//! networks fail. Built from the `FleetReport` types and the shipped
//! checklists, so every report is valid by construction; seeded, so two runs
//! write the same files.
//!
//! `cargo run --release -p overstap-core --example fleet_reports -- --out DIR [--reports 30000] [--days 42] [--seed 1]`

use std::path::PathBuf;

use overstap_core::checklist::{load_embedded, Checklist, StepKind};
use overstap_core::fleet::report::{FleetCheck, FleetChecklist, FleetReport, FleetStep, FLEET_SCHEMA_VERSION, FORMAT};
use overstap_core::probe::ProbeStatus;
use overstap_core::store::{Proof, StepState};
use time::{Date, Duration, OffsetDateTime};

/// Departments with their share of the laptops (ministries and agencies, NL and DE).
const DEPARTMENTS: &[(&str, u32)] = &[
    ("Directie Financieel-Economische Zaken", 9),
    ("Directie Bedrijfsvoering", 8),
    ("Directie Communicatie", 4),
    ("Directie Juridische Zaken", 5),
    ("DG Wonen en Bouwen", 10),
    ("DG Digitalisering en Overheidsorganisatie", 9),
    ("Rijksvastgoedbedrijf", 6),
    ("Logius", 7),
    ("Inspectie Leefomgeving en Transport", 5),
    ("Referat Z 1 – Personal", 4),
    ("Referat Z 3 – Haushalt", 4),
    ("Referat Z 5 – Informationstechnik", 6),
    ("Abteilung G – Grundsatzfragen", 5),
    ("Abteilung Ö – Öffentlichkeitsarbeit", 3),
    ("Bundesamt für Statistik, Außenstelle Bonn", 7),
    ("Zentrale Vergabestelle", 3),
];

/// Why people say they are stuck, grouped by the step it blocks; each
/// reason in the spellings people type (the aggregate must group them).
const BLOCKERS: &[(&str, &str, &[&str])] = &[
    (
        "libreoffice",
        "check-macros",
        &[
            "e-Akte braucht VBA-Makros",
            "e-akte braucht vba-makros.",
            "E-Akte braucht VBA-Makros!",
            "Vakapplicatie Corsa werkt alleen met Word-macro's",
            "vakapplicatie corsa werkt alleen met word-macro's",
        ],
    ),
    (
        "libreoffice",
        "test-own-files",
        &[
            "Fachverfahren VIS-Suite öffnet nur .docx",
            "fachverfahren VIS-Suite öffnet nur .docx.",
            "Zaaksysteem Djuma accepteert geen ODF",
            "BABS (Haushalt) braucht MS Access",
        ],
    ),
    (
        "libreoffice",
        "install-templates",
        &["Huisstijlsjablonen bestaan alleen als .dotx", "huisstijlsjablonen bestaan alleen als .dotx"],
    ),
    (
        "nextcloud",
        "move-files",
        &[
            "Fachverfahren ePers legt Dateien nur auf SharePoint ab",
            "DMS Doris koppelt alleen met OneDrive",
            "dms doris koppelt alleen met onedrive.",
        ],
    ),
    ("matrix", "sign-in-element", &["Wacht op account van servicedesk", "wacht op account van de servicedesk"]),
    ("matrix", "first-message", &["Vakapplicatie Signalering stuurt meldingen alleen via Teams"]),
    ("mastodon", "sign-in", &["Geen toestemming van communicatie", "Freigabe durch Pressestelle fehlt"]),
    ("security-key", "register-key", &["Noch kein Sicherheitsschlüssel geliefert", "Sleutel nog niet ontvangen"]),
];

/// How checks fail on real networks, with how often.
const FAILURES: &[(&str, u32)] = &[
    ("timeout", 5),
    ("tls_unknown_ca", 4),
    ("proxy_required", 3),
    ("dns_failed", 2),
    ("http_status", 2),
    ("connection_refused", 1),
];

const VERSIONS: &[(&str, u32)] = &[("0.1.0", 70), ("0.1.1", 25), ("0.0.9", 5)];
const SYSTEMS: &[(&str, u32)] = &[("windows", 80), ("linux", 12), ("macos", 8)];

fn pick<'a>(rng: &mut fastrand::Rng, weighted: &[(&'a str, u32)]) -> &'a str {
    let total: u32 = weighted.iter().map(|(_, w)| w).sum();
    let mut n = rng.u32(0..total);
    for (item, weight) in weighted {
        if n < *weight {
            return item;
        }
        n -= weight;
    }
    weighted[0].0
}

struct Options {
    out: PathBuf,
    reports: usize,
    days: i64,
    seed: u64,
}

fn options() -> Options {
    let mut options = Options { out: PathBuf::new(), reports: 30_000, days: 42, seed: 1 };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage(&format!("{arg} needs a value")));
        match arg.as_str() {
            "--out" => options.out = value().into(),
            "--reports" => options.reports = value().parse().unwrap_or_else(|_| usage("--reports takes a number")),
            "--days" => options.days = value().parse().unwrap_or_else(|_| usage("--days takes a number")),
            "--seed" => options.seed = value().parse().unwrap_or_else(|_| usage("--seed takes a number")),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    if options.out.as_os_str().is_empty() || options.days < 1 {
        usage("--out is required, --days at least 1");
    }
    options
}

fn usage(problem: &str) -> ! {
    eprintln!("{problem}\nusage: fleet_reports --out DIR [--reports 30000] [--days 42] [--seed 1]");
    std::process::exit(2)
}

/// One person's laptop and how they go about the migration.
struct Laptop {
    id: String,
    department: Option<&'static str>,
    version: &'static str,
    os: &'static str,
    /// The day they start, and the share of their steps they get through per day.
    start: Date,
    pace: f64,
    /// The checklists their organisation's preset turns on.
    checklists: Vec<usize>,
    /// A step they are stuck on, with the reason as they typed it.
    blocked: Option<(&'static str, &'static str, &'static str)>,
    /// Checks that fail on this laptop's network, with the kind.
    failing: Vec<(String, &'static str)>,
    /// Whether the preset sends reasons and check results.
    sends_reasons: bool,
    sends_checks: bool,
}

fn main() {
    let options = options();
    let library = load_embedded().expect("the shipped checklists load");
    let checklists = library.checklists();
    for (checklist, step, _) in BLOCKERS {
        assert!(library.checklist(checklist).and_then(|c| c.step(step)).is_some(), "no step {checklist}/{step}");
    }
    let probes: Vec<String> =
        checklists.iter().flat_map(|c| &c.steps).filter_map(|s| s.probe.as_ref().map(|p| p.id.clone())).collect();
    let mut rng = fastrand::Rng::with_seed(options.seed);
    std::fs::create_dir_all(&options.out).expect("output folder");
    // The period ends yesterday: reports from the future are refused.
    let last = OffsetDateTime::now_utc().date() - Duration::days(1);
    let first = last - Duration::days(options.days - 1);
    let mut written = 0;
    let mut laptops = 0;
    while written < options.reports {
        let laptop = new_laptop(&mut rng, checklists.len(), &probes, first, options.days);
        laptops += 1;
        // Most laptops report on a few days (a change, a check); some every week.
        let report_days = match rng.u32(0..100) {
            0..50 => 1,
            50..75 => 2,
            75..90 => 3,
            _ => 5,
        };
        let mut days: Vec<Date> = (0..report_days)
            .map(|_| laptop.start + Duration::days(rng.i64(0..=(last - laptop.start).whole_days())))
            .collect();
        days.sort();
        days.dedup();
        for day in days {
            if written == options.reports {
                break;
            }
            let report = build_report(&mut rng, &laptop, checklists, day);
            write(&options.out, &report, None);
            written += 1;
            // A Nextcloud file drop keeps a same-day re-upload beside the first.
            if rng.u32(0..100) == 0 && written < options.reports {
                let mut again = build_report(&mut rng, &laptop, checklists, day);
                again.generated_at = format!("{day}T18:{:02}:00Z", rng.u32(0..60));
                write(&options.out, &again, Some(2));
                written += 1;
            }
        }
    }
    println!("{written} reports of {laptops} laptops from {first} to {last} in {}", options.out.display());
}

fn new_laptop(rng: &mut fastrand::Rng, checklists: usize, probes: &[String], first: Date, days: i64) -> Laptop {
    let department = (rng.u32(0..100) >= 3).then(|| pick(rng, DEPARTMENTS));
    // Some presets leave a checklist out (no security keys, no Mastodon).
    let turned_on = (0..checklists).filter(|_| rng.u32(0..100) >= 8).collect();
    let blocked = (rng.u32(0..100) < 12).then(|| {
        let (checklist, step, reasons) = BLOCKERS[rng.usize(0..BLOCKERS.len())];
        (checklist, step, reasons[rng.usize(0..reasons.len())])
    });
    let mut failing = Vec::new();
    for probe in probes {
        if rng.u32(0..100) < 4 {
            failing.push((probe.clone(), pick(rng, FAILURES)));
        }
    }
    Laptop {
        id: format!("{:032x}", rng.u128(..)),
        department,
        version: pick(rng, VERSIONS),
        os: pick(rng, SYSTEMS),
        start: first + Duration::days(rng.i64(0..days)),
        pace: 0.02 + rng.f64() * 0.25,
        checklists: turned_on,
        blocked,
        failing,
        sends_reasons: rng.u32(0..100) < 90,
        sends_checks: rng.u32(0..100) < 85,
    }
}

fn build_report(rng: &mut fastrand::Rng, laptop: &Laptop, checklists: &[Checklist], day: Date) -> FleetReport {
    let progress = ((day - laptop.start).whole_days() as f64 + 1.0) * laptop.pace;
    let mut fleet_checklists = Vec::new();
    let mut checks = Vec::new();
    for &index in &laptop.checklists {
        let checklist = &checklists[index];
        let reached = (progress * checklist.steps.len() as f64).floor() as usize;
        let mut stuck = false;
        let mut steps = Vec::new();
        for (i, step) in checklist.steps.iter().enumerate() {
            let is_blocker = laptop.blocked.is_some_and(|(c, s, _)| c == checklist.id && s == step.id) && i <= reached;
            let probe_fails =
                step.probe.as_ref().is_some_and(|p| laptop.failing.iter().any(|(probe, _)| *probe == p.id));
            let state = if is_blocker {
                stuck = true;
                StepState::Blocked
            } else if stuck || i >= reached || (step.kind == StepKind::Probe && probe_fails) {
                StepState::Todo
            } else if !step.required && rng.bool() {
                StepState::Skipped
            } else {
                StepState::Done
            };
            let reason = (state == StepState::Blocked && laptop.sends_reasons)
                .then(|| laptop.blocked.map(|(_, _, r)| r.to_owned()))
                .flatten();
            let changed_on = (state != StepState::Todo)
                .then(|| (day - Duration::days(rng.i64(0..=(day - laptop.start).whole_days()))).to_string());
            // As the app proves them: checks and actions by Overstap, the rest on the person's word.
            let proof = (state == StepState::Done).then_some(match step.kind {
                StepKind::Probe if step.confirm => Proof::CheckedAndConfirmed,
                StepKind::Probe => Proof::Checked,
                StepKind::Action => Proof::DoneByOverstap,
                StepKind::Manual => Proof::Confirmed,
            });
            steps.push(FleetStep { id: step.id.clone(), state, required: step.required, proof, reason, changed_on });
            if let Some(probe) = &step.probe {
                let failure = laptop.failing.iter().find(|(p, _)| *p == probe.id).map(|(_, kind)| *kind);
                let status = match (failure, i < reached) {
                    (Some(_), _) => ProbeStatus::Fail,
                    (None, true) => ProbeStatus::Pass,
                    (None, false) if rng.u32(0..10) == 0 => ProbeStatus::Warn,
                    (None, false) => ProbeStatus::Skipped,
                };
                checks.push(FleetCheck {
                    probe: probe.id.clone(),
                    status,
                    failure: failure.map(str::to_owned),
                    checked_on: day.to_string(),
                });
            }
        }
        fleet_checklists.push(FleetChecklist::from_steps(checklist.id.clone(), steps));
    }
    checks.dedup_by(|a, b| a.probe == b.probe);
    FleetReport {
        format: FORMAT.into(),
        schema_version: FLEET_SCHEMA_VERSION,
        report_id: format!("{}-{day}", laptop.id),
        laptop_id: laptop.id.clone(),
        day: day.to_string(),
        generated_at: format!("{day}T{:02}:{:02}:{:02}Z", rng.u32(7..18), rng.u32(0..60), rng.u32(0..60)),
        app_version: laptop.version.into(),
        os: laptop.os.into(),
        preset_serial: Some(12),
        department: laptop.department.map(str::to_owned),
        person: None,
        checklists: fleet_checklists,
        checks: laptop.sends_checks.then_some(checks),
    }
}

fn write(folder: &std::path::Path, report: &FleetReport, copy: Option<u32>) {
    let name = match copy {
        None => report.file_name(),
        Some(n) => format!("overstap-{} ({n}).json", report.report_id),
    };
    let json = serde_json::to_vec_pretty(report).expect("a report serializes");
    std::fs::write(folder.join(name), json).expect("report written");
}
