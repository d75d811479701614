//! Benchmark (prints figures; asserts nothing about speed):
//! 1. latency of a durable step update through the API (WAL, synchronous=FULL);
//! 2. time of `overstap progress` on a database with 100,000 history rows.
//!
//! Run with `scripts/bench.sh`, which builds the release CLI first.
//! Data goes to target/bench-data (a real disk, not tmpfs: fsync must cost
//! what it costs on a laptop).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use overstap_core::api::{OpenOptions, StepAction};
use overstap_core::store::ChangeSource;
use overstap_core::{Lang, Overstap};

const UPDATES: usize = 1000;
const HISTORY_ROWS: usize = 100_000;
const PROGRESS_RUNS: usize = 30;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).expect("bench folder");

    durable_updates(&root.join("updates"));
    progress_on_large_history(&root.join("large"));
}

fn durable_updates(dir: &Path) {
    let (api, _) = Overstap::open(OpenOptions { data_dir: Some(dir.into()), source: ChangeSource::Cli }).unwrap();
    let steps = all_steps(&api);
    let actions = [StepAction::Done, StepAction::Skip, StepAction::Reset, StepAction::Block { reason: "bench".into() }];
    let mut times = Vec::with_capacity(UPDATES);
    for i in 0..UPDATES {
        let start = Instant::now();
        api.set_step(&steps[i % steps.len()], &actions[i % actions.len()], Some("benchmark note")).unwrap();
        times.push(start.elapsed());
    }
    report(&format!("durable step update ({UPDATES} updates, WAL + synchronous=FULL)"), &mut times);
}

fn progress_on_large_history(dir: &Path) {
    let (api, _) = Overstap::open(OpenOptions { data_dir: Some(dir.into()), source: ChangeSource::Cli }).unwrap();
    let steps = all_steps(&api);
    let db = api.database_path();
    drop(api);
    seed_history(&db, &steps);

    let mut in_process = Vec::new();
    for _ in 0..PROGRESS_RUNS {
        let start = Instant::now();
        let (api, _) = Overstap::open(OpenOptions { data_dir: Some(dir.into()), source: ChangeSource::Cli }).unwrap();
        let p = api.progress(Lang::En).unwrap();
        assert!(p.done_steps > 0);
        in_process.push(start.elapsed());
    }
    report(&format!("open + progress in process ({HISTORY_ROWS} history rows)"), &mut in_process);

    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/release/overstap");
    if !bin.exists() {
        eprintln!("skipping the CLI measurement: {} is missing (scripts/bench.sh builds it)", bin.display());
        return;
    }
    let mut cli = Vec::new();
    for _ in 0..PROGRESS_RUNS {
        let start = Instant::now();
        let out = Command::new(&bin).arg("--data-dir").arg(dir).args(["progress", "--json"]).output().unwrap();
        cli.push(start.elapsed());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    report(&format!("`overstap progress --json`, whole process ({HISTORY_ROWS} history rows)"), &mut cli);
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!("  database size: {:.1} MiB", size as f64 / (1024.0 * 1024.0));
}

/// Seeds history directly in one transaction (100,000 fsyncs would only
/// measure the disk); states match each step's newest entry.
fn seed_history(db: &Path, steps: &[String]) {
    let mut conn = rusqlite::Connection::open(db).unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare("INSERT INTO step_history (checklist, step, state, reason, note, source, at) VALUES (?1, ?2, ?3, NULL, ?4, 'cli', ?5)")
            .unwrap();
        for i in 0..HISTORY_ROWS {
            let (c, s) = steps[i % steps.len()].split_once('/').unwrap();
            let state = ["done", "skipped", "todo"][i % 3];
            insert.execute(rusqlite::params![c, s, state, format!("note {i}"), "2026-11-23T06:00:00.000Z"]).unwrap();
        }
        tx.execute(
            "INSERT OR REPLACE INTO step_state (checklist, step, state, reason, changed_at)
             SELECT checklist, step, state, reason, at FROM step_history h
             WHERE seq = (SELECT max(seq) FROM step_history WHERE checklist = h.checklist AND step = h.step)",
            [],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
}

/// Manual steps (check steps are done by their checks, not by hand).
fn all_steps(api: &Overstap) -> Vec<String> {
    api.library()
        .checklists()
        .iter()
        .flat_map(|c| c.steps.iter().filter(|s| s.probe.is_none()).map(move |s| format!("{}/{}", c.id, s.id)))
        .collect()
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    println!("{what}");
    println!(
        "  median {:.3} ms   p99 {:.3} ms   mean {:.3} ms   min {:.3} ms   max {:.3} ms   (n = {})",
        ms(pct(0.5)),
        ms(pct(0.99)),
        ms(mean),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
