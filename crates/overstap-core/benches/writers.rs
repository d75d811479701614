//! Benchmark (prints figures; asserts nothing about speed): eight Overstap
//! processes writing to one progress database at once, as the app, a
//! person's terminal and IT's scripts may. Four are long-lived
//! `overstap apply` streams (each line's time from sent to acknowledged),
//! four run `overstap step` again and again (each whole process: open,
//! write, close). Prints the latency percentiles and every refusal
//! (`database_busy` among them).
//!
//! Run with `scripts/bench.sh` (it builds the release CLI first);
//! `OVERSTAP_BENCH_SECONDS` sets how long (default 30).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const STREAMS: usize = 4;
const ONE_SHOTS: usize = 4;

#[derive(Default)]
struct Tally {
    times: Vec<Duration>,
    refusals: Vec<String>,
}

fn main() {
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/release/overstap");
    assert!(bin.exists(), "{} is missing: scripts/bench.sh builds it", bin.display());
    let seconds = std::env::var("OVERSTAP_BENCH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(30);
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data/writers");
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).expect("bench folder");
    let out = Command::new(&bin).arg("--data-dir").arg(&data).arg("progress").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let until = Instant::now() + Duration::from_secs(seconds);
    let streams = Arc::new(Mutex::new(Tally::default()));
    let one_shots = Arc::new(Mutex::new(Tally::default()));
    let mut writers = Vec::new();
    for n in 0..STREAMS {
        let (bin, data, tally) = (bin.clone(), data.clone(), streams.clone());
        writers.push(std::thread::spawn(move || stream(&bin, &data, n, until, &tally)));
    }
    for n in 0..ONE_SHOTS {
        let (bin, data, tally) = (bin.clone(), data.clone(), one_shots.clone());
        writers.push(std::thread::spawn(move || one_shot(&bin, &data, n, until, &tally)));
    }
    for w in writers {
        w.join().unwrap();
    }
    println!(
        "{} writers at once for {seconds} s ({STREAMS} `apply` streams, {ONE_SHOTS} `step` loops)",
        STREAMS + ONE_SHOTS
    );
    report("`apply` line, sent to acknowledged", &mut streams.lock().unwrap());
    report("`overstap step`, whole process", &mut one_shots.lock().unwrap());
}

const STEPS: [&str; 4] =
    ["leave-big-tech/list-accounts", "leave-big-tech/stop-posting", "libreoffice/check-macros", "nextcloud/mobile-app"];

fn stream(bin: &Path, data: &Path, n: usize, until: Instant, tally: &Mutex<Tally>) {
    let mut child = Command::new(bin)
        .arg("--data-dir")
        .arg(data)
        .arg("apply")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut acks = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let mut i = 0usize;
    while Instant::now() < until {
        let action = if i.is_multiple_of(2) { "done" } else { "skip" };
        let start = Instant::now();
        writeln!(stdin, r#"{{"step": "{}", "action": "{action}", "note": "stream {n} line {i}"}}"#, STEPS[i % 4])
            .unwrap();
        line.clear();
        acks.read_line(&mut line).unwrap();
        let elapsed = start.elapsed();
        let mut t = tally.lock().unwrap();
        t.times.push(elapsed);
        if !line.contains(r#""ok":true"#) {
            t.refusals.push(line.trim().to_owned());
        }
        i += 1;
    }
    drop(stdin);
    child.wait().unwrap();
}

fn one_shot(bin: &Path, data: &Path, n: usize, until: Instant, tally: &Mutex<Tally>) {
    let mut i = n;
    while Instant::now() < until {
        let action = if i.is_multiple_of(2) { "done" } else { "skip" };
        let start = Instant::now();
        let out = Command::new(bin).arg("--data-dir").arg(data).args(["step", STEPS[i % 4], action]).output().unwrap();
        let elapsed = start.elapsed();
        let mut t = tally.lock().unwrap();
        t.times.push(elapsed);
        if !out.status.success() {
            t.refusals.push(String::from_utf8_lossy(&out.stderr).trim().to_owned());
        }
        i += 1;
    }
}

fn report(what: &str, tally: &mut Tally) {
    let times = &mut tally.times;
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{what}\n  median {:.1} ms   p99 {:.1} ms   max {:.1} ms   (n = {})   refused: {}",
        ms(pct(0.5)),
        ms(pct(0.99)),
        ms(times[times.len() - 1]),
        times.len(),
        tally.refusals.len()
    );
    for r in tally.refusals.iter().take(3) {
        println!("    {r}");
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
