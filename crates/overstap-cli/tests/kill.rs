//! Nothing acknowledged is ever lost: the CLI is killed with SIGKILL in the
//! middle of a stream of step updates, again and again, and every update it
//! acknowledged must still be there, in a database that passes
//! `PRAGMA integrity_check`.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

const ROUNDS: u64 = 25;

/// All step references of the shipped checklists, via the CLI itself.
fn all_steps(data: &std::path::Path) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_overstap"))
        .arg("--data-dir")
        .arg(data)
        .args(["checklists", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut steps = Vec::new();
    for c in v["checklists"].as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        let show = Command::new(env!("CARGO_BIN_EXE_overstap"))
            .arg("--data-dir")
            .arg(data)
            .args(["show", id, "--json"])
            .output()
            .unwrap();
        let d: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
        // Manual steps only: check steps are done by their checks, not by hand.
        for s in d["checklist"]["steps"].as_array().unwrap().iter().filter(|s| s["kind"] == "manual") {
            steps.push(format!("{id}/{}", s["id"].as_str().unwrap()));
        }
    }
    steps
}

#[test]
fn every_acknowledged_update_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let steps = all_steps(dir.path());
    let actions = ["done", "skip", "reset", "block"];
    let mut acknowledged: BTreeSet<String> = BTreeSet::new();
    // A fixed seed keeps a failure reproducible.
    let mut seed: u64 = 0x5EED_0F0E;

    for round in 0..ROUNDS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_overstap"))
            .arg("--data-dir")
            .arg(dir.path())
            .arg("apply")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let steps_for_writer = steps.clone();
        // The writer streams far more updates than will be acknowledged
        // before the kill, so the process always dies mid-stream.
        let writer = std::thread::spawn(move || {
            for i in 0..5000usize {
                let step = &steps_for_writer[(i * 7 + round as usize) % steps_for_writer.len()];
                let action = actions[i % actions.len()];
                let mut line = serde_json::json!({ "step": step, "action": action, "note": format!("r{round}-{i}") });
                if action == "block" {
                    line["reason"] = "kill test".into();
                }
                if writeln!(stdin, "{line}").is_err() {
                    return; // killed: the pipe is closed
                }
            }
        });
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let kill_after = 1 + (seed >> 33) % 60;
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        let mut acked_this_round = 0;
        while acked_this_round < kill_after {
            line.clear();
            if reader.read_line(&mut line).unwrap() == 0 {
                break;
            }
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            assert_eq!(v["ok"], true, "{v}");
            acknowledged.insert(v["change"]["note"].as_str().unwrap().to_owned());
            acked_this_round += 1;
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        writer.join().unwrap();
        assert_eq!(acked_this_round, kill_after, "round {round} ended early");
    }

    let conn = rusqlite::Connection::open(dir.path().join("progress.db")).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    let mut stmt = conn.prepare("SELECT note FROM step_history").unwrap();
    let stored: BTreeSet<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    let lost: Vec<_> = acknowledged.difference(&stored).collect();
    assert!(lost.is_empty(), "{} acknowledged updates lost, e.g. {:?}", lost.len(), &lost[..lost.len().min(5)]);
    assert!(acknowledged.len() as u64 >= ROUNDS, "the test acknowledged too little to mean anything");

    // Each step's current state is its newest history entry: the two tables never diverge.
    let diverged: i64 = conn
        .query_row(
            "SELECT count(*) FROM step_state s WHERE s.state != (
                SELECT h.state FROM step_history h WHERE h.checklist = s.checklist AND h.step = s.step ORDER BY h.seq DESC LIMIT 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(diverged, 0);
}
