//! The progress store keeps what it acknowledged, refuses databases from
//! newer versions without touching them, and moves damaged files aside
//! (never deleting them) before starting fresh.

use std::path::Path;

use overstap_core::api::{Notice, OpenOptions, StepAction};
use overstap_core::store::{ChangeSource, StepState};
use overstap_core::{ErrorCode, Lang, Overstap};

fn open(dir: &Path) -> (Overstap, Vec<Notice>) {
    Overstap::open(OpenOptions { data_dir: Some(dir.to_path_buf()), source: ChangeSource::App }).expect("opens")
}

#[test]
fn changes_survive_reopening_with_their_history() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (api, notices) = open(dir.path());
        assert!(notices.is_empty());
        api.set_step("leave-big-tech/list-accounts", &StepAction::Done, Some("from the software centre")).unwrap();
        api.set_step("libreoffice/check-macros", &StepAction::Block { reason: "Fachverfahren needs VBA".into() }, None)
            .unwrap();
        api.set_step("libreoffice/check-macros", &StepAction::Reset, None).unwrap();
    }
    let (api, _) = open(dir.path());
    let leave = api.checklist("leave-big-tech", Lang::En).unwrap();
    assert_eq!(leave.steps[0].status.state, StepState::Done);
    let history = api.step_history("libreoffice/check-macros").unwrap();
    let states: Vec<_> = history.iter().map(|h| h.state).collect();
    assert_eq!(states, [StepState::Blocked, StepState::Todo]);
    assert_eq!(history[0].reason.as_deref(), Some("Fachverfahren needs VBA"));
    assert_eq!(history[0].source, ChangeSource::App);
    assert!(history[0].seq < history[1].seq);
    assert_eq!(api.integrity_check().unwrap(), ["ok"]);
}

#[test]
fn history_is_append_only_in_the_database_itself() {
    let dir = tempfile::tempdir().unwrap();
    let (api, _) = open(dir.path());
    api.set_step("leave-big-tech/list-accounts", &StepAction::Done, None).unwrap();
    drop(api);
    let conn = rusqlite::Connection::open(dir.path().join("progress.db")).unwrap();
    let update = conn.execute("UPDATE step_history SET state = 'todo'", []);
    let delete = conn.execute("DELETE FROM step_history", []);
    assert!(update.unwrap_err().to_string().contains("append-only"));
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    let count: i64 = conn.query_row("SELECT count(*) FROM step_history", [], |r| r.get(0)).unwrap();
    assert_eq!(count, 1);
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let db = dir.path().join("progress.db");
    rusqlite::Connection::open(&db).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let before = std::fs::read(&db).unwrap();

    let err = Overstap::open(OpenOptions { data_dir: Some(dir.path().into()), source: ChangeSource::Cli }).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseNewer);
    let message = err.message(Lang::Nl);
    assert!(message.contains("99") && message.contains("nieuwere"), "{message}");
    assert_eq!(std::fs::read(&db).unwrap(), before, "the newer database must not change");
    assert_eq!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| { e.as_ref().unwrap().file_name().to_string_lossy().contains("corrupt") })
            .count(),
        0,
        "a newer database is not damaged and must not be moved"
    );
}

fn damaged_is_moved_aside_and_kept(damage: impl FnOnce(&Path)) {
    let dir = tempfile::tempdir().unwrap();
    {
        let (api, _) = open(dir.path());
        // Enough history to span several database pages.
        for round in 0..4 {
            for step in
                api.library().checklist("matrix").unwrap().steps.iter().map(|s| s.id.clone()).collect::<Vec<_>>()
            {
                api.set_step(
                    &format!("matrix/{step}"),
                    &StepAction::Skip,
                    Some(&format!("{round} {}", "padding ".repeat(200))),
                )
                .unwrap();
            }
        }
    }
    let db = dir.path().join("progress.db");
    damage(&db);
    let damaged_bytes = std::fs::read(&db).unwrap();

    let (api, notices) = open(dir.path());
    let [Notice::DatabaseRecovered { moved_to, cause }] = notices.as_slice() else {
        panic!("expected one recovery notice, got {notices:?}");
    };
    assert!(!cause.is_empty());
    assert_eq!(std::fs::read(moved_to).unwrap(), damaged_bytes, "the damaged file is kept byte for byte");
    assert!(moved_to.file_name().unwrap().to_string_lossy().starts_with("progress.db.corrupt-"));
    let message = notices[0].message(Lang::De);
    assert!(message.contains(&moved_to.display().to_string()), "the person is told where: {message}");
    // The fresh database works.
    assert_eq!(api.progress(Lang::En).unwrap().done_steps, 0);
    api.set_step("leave-big-tech/list-accounts", &StepAction::Done, None).unwrap();
    assert_eq!(api.integrity_check().unwrap(), ["ok"]);
}

#[test]
fn a_garbage_database_is_moved_aside_and_a_fresh_one_started() {
    damaged_is_moved_aside_and_kept(|db| {
        std::fs::remove_file(db.with_extension("db-wal")).ok();
        std::fs::remove_file(db.with_extension("db-shm")).ok();
        std::fs::write(db, b"this is not a database at all, just some text that got here".repeat(100)).unwrap();
    });
}

#[test]
fn a_truncated_database_is_moved_aside_and_a_fresh_one_started() {
    damaged_is_moved_aside_and_kept(|db| {
        // Fold the WAL into the main file first, so the truncation hits real data.
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        drop(conn);
        let len = std::fs::metadata(db).unwrap().len();
        assert!(len > 8192, "the database should span several pages ({len})");
        let file = std::fs::OpenOptions::new().write(true).open(db).unwrap();
        file.set_len(len / 2 + 100).unwrap();
    });
}

#[test]
fn a_database_with_a_destroyed_page_is_moved_aside() {
    damaged_is_moved_aside_and_kept(|db| {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        drop(conn);
        let mut bytes = std::fs::read(db).unwrap();
        let page = 4096;
        for b in &mut bytes[page..2 * page] {
            *b = 0xA5;
        }
        std::fs::write(db, bytes).unwrap();
    });
}

#[test]
fn an_empty_database_file_is_simply_initialised() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("progress.db"), b"").unwrap();
    let (api, notices) = open(dir.path());
    assert!(notices.is_empty());
    api.set_step("leave-big-tech/list-accounts", &StepAction::Done, None).unwrap();
}

#[test]
fn a_database_in_a_synced_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let synced = dir.path().join("Nextcloud").join("overstap");
    let err = Overstap::open(OpenOptions { data_dir: Some(synced.clone()), source: ChangeSource::Cli }).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DataDirUnsuitable);
    assert!(!synced.exists(), "nothing is created there");
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_gives_a_clear_error_not_a_panic() {
    use std::os::unix::fs::PermissionsExt;
    if overstap_testkit::running_as_root() {
        // root ignores permissions; the check below would not be meaningful.
        let dir = tempfile::tempdir().unwrap();
        let file_in_the_way = dir.path().join("blocked");
        std::fs::write(&file_in_the_way, b"a file where the data folder should be").unwrap();
        let err =
            Overstap::open(OpenOptions { data_dir: Some(file_in_the_way), source: ChangeSource::Cli }).unwrap_err();
        assert!(matches!(err.code(), ErrorCode::IoError | ErrorCode::DataDirUnsuitable), "{err}");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o500)).unwrap();
    let err = Overstap::open(OpenOptions { data_dir: Some(ro.join("data")), source: ChangeSource::Cli }).unwrap_err();
    assert!(matches!(err.code(), ErrorCode::IoError | ErrorCode::DataDirUnsuitable), "{err}");
}

fn database_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| {
            e.file_name().to_string_lossy().starts_with("progress.db")
                && !e.file_name().to_string_lossy().ends_with(".lock")
        })
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn a_newer_database_whose_schema_this_version_cannot_parse_is_refused_not_moved() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let db = dir.path().join("progress.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "writable_schema", "ON").unwrap();
        conn.execute(
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('table', 'future', 'future', 0, 'CREATE TABLE future (x) WITH SYNTAX FROM THE FUTURE')",
            [],
        )
        .unwrap();
    }
    let before = database_files(dir.path());
    let err = Overstap::open(OpenOptions { data_dir: Some(dir.path().into()), source: ChangeSource::Cli }).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseNewer, "{err}");
    assert_eq!(database_files(dir.path()), before, "nothing moved, nothing written");
}

#[test]
fn a_newer_database_with_an_unmerged_write_ahead_log_stays_byte_for_byte() {
    // A copy taken while a newer Overstap had it open (as after a crash):
    // the newest data, including the schema version, is still in the log.
    let live = tempfile::tempdir().unwrap();
    drop(open(live.path()));
    let conn = rusqlite::Connection::open(live.path().join("progress.db")).unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.execute(
        "INSERT INTO step_history (checklist, step, state, source, at) VALUES ('matrix', 'x', 'done', 'app', 'now')",
        [],
    )
    .unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    let copy = tempfile::tempdir().unwrap();
    for f in ["progress.db", "progress.db-wal"] {
        std::fs::copy(live.path().join(f), copy.path().join(f)).unwrap();
    }
    drop(conn);
    let before = database_files(copy.path());
    assert!(before.iter().any(|(n, b)| n == "progress.db-wal" && !b.is_empty()));

    let err =
        Overstap::open(OpenOptions { data_dir: Some(copy.path().into()), source: ChangeSource::Cli }).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseNewer);
    let after: Vec<_> = database_files(copy.path()).into_iter().filter(|(n, _)| !n.ends_with("-shm")).collect();
    assert_eq!(after, before, "database and log untouched");
}

#[test]
fn a_damaged_database_is_moved_with_its_write_ahead_log() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let db = dir.path().join("progress.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.execute(
        "INSERT INTO step_history (checklist, step, state, source, at) VALUES ('matrix', 'x', 'done', 'app', 'now')",
        [],
    )
    .unwrap();
    let wal = std::fs::read(dir.path().join("progress.db-wal")).unwrap();
    assert!(!wal.is_empty());
    std::fs::write(&db, b"garbage where the database was").unwrap();
    std::mem::forget(conn); // as if the process died: no checkpoint, no cleanup

    let (_api, notices) = open(dir.path());
    let [Notice::DatabaseRecovered { moved_to, .. }] = notices.as_slice() else { panic!("{notices:?}") };
    let mut moved_wal = moved_to.as_os_str().to_owned();
    moved_wal.push("-wal");
    assert_eq!(std::fs::read(moved_wal).unwrap(), wal, "the log moved with its database");
}

#[test]
fn a_write_ahead_log_without_its_database_is_kept_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let conn = rusqlite::Connection::open(dir.path().join("progress.db")).unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.execute(
        "INSERT INTO step_history (checklist, step, state, source, at) VALUES ('matrix', 'x', 'done', 'app', 'now')",
        [],
    )
    .unwrap();
    let wal = std::fs::read(dir.path().join("progress.db-wal")).unwrap();
    std::mem::forget(conn);
    std::fs::remove_file(dir.path().join("progress.db")).unwrap();

    let (_api, notices) = open(dir.path());
    let [Notice::DatabaseRecovered { moved_to, .. }] = notices.as_slice() else { panic!("{notices:?}") };
    let mut moved_wal = moved_to.as_os_str().to_owned();
    moved_wal.push("-wal");
    assert_eq!(std::fs::read(moved_wal).unwrap(), wal);
}

/// The data folder as a kill leaves it: `steps` changes acknowledged, the
/// store still open (no checkpoint, no cleanup), its files copied to a new
/// folder. Returns that folder and the acknowledged steps.
fn killed_with_everything_in_the_log(steps: usize) -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let (api, _) = open(dir.path());
    let refs: Vec<String> = api
        .library()
        .checklists()
        .iter()
        .flat_map(|c| c.steps.iter().map(move |s| format!("{}/{}", c.id, s.id)))
        .take(steps)
        .collect();
    assert_eq!(refs.len(), steps, "enough steps in the shipped checklists");
    for r in &refs {
        api.set_step(r, &StepAction::Skip, Some("acknowledged before the kill")).unwrap();
    }
    let copy = tempfile::tempdir().unwrap();
    for name in ["progress.db", "progress.db-wal", "progress.db-shm"] {
        std::fs::copy(dir.path().join(name), copy.path().join(name)).unwrap();
    }
    std::mem::forget(api);
    let main_len = std::fs::metadata(copy.path().join("progress.db")).unwrap().len();
    assert_eq!(main_len, 4096, "the main file holds only its header; the changes are all in the log");
    (copy, refs)
}

fn skipped_steps(api: &Overstap) -> usize {
    api.progress(Lang::En).unwrap().skipped_steps
}

#[test]
fn a_sound_log_left_by_a_kill_gives_back_every_acknowledged_change() {
    let (dir, refs) = killed_with_everything_in_the_log(40);
    let (api, notices) = open(dir.path());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(skipped_steps(&api), refs.len());
}

/// A damaged log is kept with its database, byte for byte, and the person
/// is told where; nothing of it is applied, checkpointed or deleted.
fn a_damaged_log_is_kept_with_its_database(damage: impl FnOnce(&mut Vec<u8>)) {
    let (dir, _) = killed_with_everything_in_the_log(40);
    let wal_path = dir.path().join("progress.db-wal");
    let mut wal = std::fs::read(&wal_path).unwrap();
    damage(&mut wal);
    std::fs::write(&wal_path, &wal).unwrap();
    let main = std::fs::read(dir.path().join("progress.db")).unwrap();

    let (api, notices) = open(dir.path());
    let [Notice::DatabaseRecovered { moved_to, cause }] = notices.as_slice() else {
        panic!("a damaged log must be reported, got {notices:?}")
    };
    assert!(cause.contains("write-ahead log"), "{cause}");
    assert_eq!(std::fs::read(moved_to).unwrap(), main, "the database is kept");
    let mut moved_wal = moved_to.as_os_str().to_owned();
    moved_wal.push("-wal");
    assert_eq!(std::fs::read(moved_wal).unwrap(), wal, "its log is kept beside it, untouched");
    assert!(notices[0].message(Lang::Nl).contains(&moved_to.display().to_string()));
    assert_eq!(skipped_steps(&api), 0, "a fresh database");
}

#[test]
fn a_log_with_a_damaged_header_is_kept_not_dropped() {
    a_damaged_log_is_kept_with_its_database(|wal| wal[31] ^= 0x01);
}

#[test]
fn a_log_with_a_damaged_frame_is_kept_not_cut_short() {
    // A bit in the second frame's page: SQLite would apply the first frame
    // only and drop every acknowledged change after it.
    a_damaged_log_is_kept_with_its_database(|wal| wal[32 + (24 + 4096) + 24 + 2000] ^= 0x04);
}

#[test]
fn a_header_only_database_whose_log_commits_nothing_is_kept() {
    // Every frame's salt spoiled: the log's header is sound but SQLite
    // would apply none of it to a database that holds nothing yet.
    a_damaged_log_is_kept_with_its_database(|wal| {
        let frame = 24 + 4096;
        let mut at = 32;
        while at + frame <= wal.len() {
            wal[at + 8] ^= 0xff;
            at += frame;
        }
    });
}

#[test]
fn a_damaged_database_another_overstap_has_open_is_not_moved_under_it() {
    let dir = tempfile::tempdir().unwrap();
    // Created and closed first, so the holder's log is empty and its close
    // writes nothing back over the damage.
    drop(open(dir.path()));
    let (holder, _) = open(dir.path());
    let db = dir.path().join("progress.db");
    let garbage = b"garbage written while another process has the database open".repeat(10);
    std::fs::write(&db, &garbage).unwrap();

    let err = Overstap::open(OpenOptions { data_dir: Some(dir.path().into()), source: ChangeSource::Cli }).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseBusy, "{err}");
    assert!(err.message(Lang::En).contains("Close the other Overstap"), "{}", err.message(Lang::En));
    assert_eq!(std::fs::read(&db).unwrap(), garbage, "not moved while in use");
    drop(holder);
    let (_api, notices) = open(dir.path());
    assert_eq!(
        notices.len(),
        1,
        "recovered once the other one closed: {notices:?} {:?}",
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect::<Vec<_>>()
    );
}

#[test]
fn many_first_opens_at_once_all_succeed() {
    for _ in 0..30 {
        let dir = tempfile::tempdir().unwrap();
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(6));
        let handles: Vec<_> = (0..6)
            .map(|i| {
                let dir = dir.path().to_path_buf();
                let barrier = barrier.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    let (api, notices) =
                        Overstap::open(OpenOptions { data_dir: Some(dir), source: ChangeSource::Cli }).expect("opens");
                    assert!(notices.is_empty());
                    let step =
                        ["leave-big-tech/list-accounts", "leave-big-tech/stop-posting", "security-key/if-key-lost"]
                            [i % 3];
                    api.set_step(step, &StepAction::Done, None).expect("writes");
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        let (api, _) = open(dir.path());
        assert_eq!(api.progress(Lang::En).unwrap().done_steps, 3);
    }
}

#[test]
fn the_export_keeps_history_of_steps_that_no_longer_exist() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    // As if an older version had a step that this one renamed.
    let conn = rusqlite::Connection::open(dir.path().join("progress.db")).unwrap();
    conn.execute(
        "INSERT INTO step_history (checklist, step, state, note, source, at) VALUES ('matrix', 'old-name', 'done', 'kept', 'cli', '2026-01-01T00:00:00.000Z')",
        [],
    )
    .unwrap();
    drop(conn);
    let (api, _) = open(dir.path());
    api.set_step("leave-big-tech/list-accounts", &StepAction::Done, None).unwrap();
    let report = api.report(Lang::En).unwrap();
    assert_eq!(report.orphaned_history.len(), 1);
    assert_eq!(report.orphaned_history[0].step, "old-name");
    assert_eq!(report.orphaned_history[0].note.as_deref(), Some("kept"));
    let json = report.to_json().unwrap();
    assert!(json.contains("\"orphaned_history\"") && json.contains("old-name"));
    let leave = report.checklists.iter().find(|c| c.id == "leave-big-tech").unwrap();
    assert_eq!(leave.steps[0].history.len(), 1, "current steps keep their own history");
}

fn libreoffice_check(minimum_version: &str) -> overstap_core::probe::CheckRequest {
    overstap_core::probe::CheckRequest {
        services: vec![overstap_core::probe::Service::Libreoffice],
        libreoffice_minimum_version: Some(minimum_version.into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn a_check_result_and_the_step_change_it_causes_are_one_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let (api, _) = open(dir.path());
    let installed = |api: &Overstap| {
        let detail = api.checklist("libreoffice", Lang::En).unwrap();
        detail.steps.iter().find(|s| s.id == "installed").unwrap().status.state
    };
    let latest = |api: &Overstap| {
        let results = api.latest_check_results(Lang::En).unwrap();
        results.into_iter().find(|r| r.probe == "libreoffice.installed").map(|r| r.status)
    };
    api.check(&libreoffice_check("0.1"), Lang::En).await.unwrap();
    assert_eq!(installed(&api), StepState::Done, "the test setup installs LibreOffice: {:?}", latest(&api));

    // The step change fails after the result is written (as a kill there
    // would cut it off): neither may remain.
    rusqlite::Connection::open(dir.path().join("progress.db"))
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER cut_off BEFORE INSERT ON step_history WHEN NEW.source = 'probe'
             BEGIN SELECT RAISE(ABORT, 'cut off between the result and the step change'); END;",
        )
        .unwrap();
    let err = api.check(&libreoffice_check("999"), Lang::En).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseError, "{err}");
    assert_eq!(installed(&api), StepState::Done);
    assert_eq!(
        latest(&api),
        Some(overstap_core::probe::ProbeStatus::Pass),
        "the failing result must not be stored without the step change it causes"
    );
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn the_database_and_its_folder_are_private_to_this_account() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("share").join("overstap");
    let (api, _) = open(&data);
    api.set_step("leave-big-tech/list-accounts", &StepAction::Done, Some("a note only I may read")).unwrap();
    assert_eq!(mode(&data), 0o700, "a folder Overstap made");
    assert_eq!(mode(&home.path().join("share")), 0o700, "its parent, made too");
    for file in ["progress.db", "progress.db-wal", "progress.db-shm", "progress.db.lock"] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
}

#[cfg(unix)]
#[test]
fn a_database_an_older_version_left_readable_to_others_is_narrowed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let db = dir.path().join("progress.db");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (api, _) = open(dir.path());
    api.set_step("leave-big-tech/list-accounts", &StepAction::Done, None).unwrap();
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&dir.path().join("progress.db-wal")), 0o600);
}
