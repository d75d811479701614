//! `overstap check nextcloud` against a real WebDAV server (WsgiDAV, with
//! RFC 4331 quota against a per-user quota) laid out like a Nextcloud, whose `status.php`, OCS
//! user and capabilities documents are Nextcloud's documented responses;
//! the desktop app's settings are read from a temporary home folder.

mod common;

use common::{overstap_with, result};

use std::path::Path;

use base64::Engine;
use overstap_testkit::ca::TestCa;
use overstap_testkit::webdav::{NextcloudLike, DEFAULT_QUOTA_BYTES};
use serde_json::Value;

/// Uploads a file the way the desktop app does (WebDAV PUT as the person).
fn put(server: &NextcloudLike, path: &str, bytes: Vec<u8>) {
    let ca = std::fs::read(&server.ca_pem_path).unwrap();
    let net = overstap_net::NetClient::new(overstap_net::Limits::default(), Some(&ca)).unwrap();
    let auth = base64::engine::general_purpose::STANDARD.encode("alice:app-pass-Xy7Q");
    let folder = path.rsplit_once('/').unwrap().0;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut mkcol =
        overstap_net::Request::get(overstap_net::Url::parse(&format!("{}{folder}", server.base_url)).unwrap())
            .header("authorization", &format!("Basic {auth}"));
    mkcol.method = overstap_net::Method::from_bytes(b"MKCOL").unwrap();
    let _ = rt.block_on(net.fetch(mkcol));
    let mut request =
        overstap_net::Request::get(overstap_net::Url::parse(&format!("{}{path}", server.base_url)).unwrap())
            .header("authorization", &format!("Basic {auth}"));
    request.method = overstap_net::Method::PUT;
    request.body = Some(bytes);
    rt.block_on(net.fetch(request)).unwrap().ensure_success().expect("uploaded");
}

#[test]
fn nextcloud_checks_against_webdav_and_documented_responses() {
    let ca = TestCa::new("Overstap Test CA");
    let server = NextcloudLike::start(&ca, "alice", "app-pass-Xy7Q");
    let ca_file = server.ca_pem_path.to_str().unwrap().to_owned();
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // A home without the desktop app, and no `nextcloud` program on PATH.
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let bin = h.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let env = [("HOME", h), ("XDG_CONFIG_HOME", &h.join(".config")), ("PATH", bin.as_path())];
    let overstap = |d: &Path, args: &[&str]| overstap_with(d, args, &env);
    let check = |password: &str| {
        let out = overstap(
            d,
            &[
                "check",
                "nextcloud",
                "--nextcloud",
                &server.base_url,
                "--nextcloud-login",
                "alice",
                "--nextcloud-app-password",
                password,
                "--ca-file",
                &ca_file,
                "--json",
            ],
        );
        let v: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
        (out.status.code(), v)
    };

    // The same check, with a folder to move from given on the command line.
    let with_folder = |folder: &Path| {
        let args = ["check", "nextcloud", "--nextcloud", &server.base_url, "--nextcloud-login", "alice"];
        let more = ["--nextcloud-app-password", "app-pass-Xy7Q", "--ca-file", &ca_file, "--json", "--source-folder"];
        let out = overstap(d, &[&args[..], &more[..], &[folder.to_str().unwrap()]].concat());
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };

    // Not installed: the one failing check, saying how to get the app.
    let (code, v) = check("app-pass-Xy7Q");
    assert_eq!(code, Some(1), "{v}\n{}", server.logs());
    let desktop = result(&v, "nextcloud.desktop-client");
    assert_eq!(desktop["status"], "fail", "{desktop}");
    assert!(desktop["summary"].as_str().unwrap().contains("not installed"), "{desktop}");
    assert_eq!(result(&v, "nextcloud.sync-mode")["status"], "fail", "nothing chosen without the app");
    // No OneDrive folder yet: nothing to move from, a caveat that says how to choose one.
    let ready = result(&v, "nextcloud.source-folder");
    assert_eq!(ready["status"], "warn", "{ready}");
    assert!(ready["remedy"].as_str().unwrap().contains("source-folder"), "{ready}");
    assert!(desktop["remedy"].as_str().unwrap().contains(&server.base_url), "{desktop}");

    // The desktop app set up for this server, as it writes its settings.
    let sync = h.join("Nextcloud");
    std::fs::create_dir_all(&sync).unwrap();
    let cfg = h.join(".config/Nextcloud/nextcloud.cfg");
    std::fs::create_dir_all(cfg.parent().unwrap()).unwrap();
    let port = server.port;
    std::fs::write(
        &cfg,
        format!(
            "[General]\nclientVersion=3.16.4\n\n[Accounts]\n0\\Folders\\1\\localPath={sync}/\n\
             0\\Folders\\1\\targetPath=/\n0\\authType=webflow\n0\\dav_user=alice\n\
             0\\url=https://localhost:{port}/\n0\\version=13\nversion=13\n",
            sync = sync.display()
        ),
    )
    .unwrap();
    // The person's OneDrive folder, where the OneDrive client keeps it on Linux.
    let onedrive = h.join("OneDrive");
    std::fs::create_dir_all(onedrive.join("Projecten")).unwrap();
    std::fs::write(onedrive.join("notitie.txt"), vec![b'x'; 1000]).unwrap();
    std::fs::write(onedrive.join("Projecten/plan.odt"), vec![b'y'; 2500]).unwrap();
    let (code, v) = check("app-pass-Xy7Q");
    // Exit 1: nothing is shared or moved yet (below).
    assert_eq!(code, Some(1), "{v}\n{}", server.logs());
    let desktop = result(&v, "nextcloud.desktop-client");
    assert_eq!(desktop["status"], "pass", "{desktop}");
    assert_eq!(desktop["evidence"]["facts"]["sync_folders"][0], format!("{}/", sync.display()));
    // The sync choice, read from the same file; the folder to move from, ready with its files.
    let mode = result(&v, "nextcloud.sync-mode");
    assert_eq!(mode["status"], "pass", "{mode}");
    assert!(mode["summary"].as_str().unwrap().contains("full copies"), "{mode}");
    let ready = result(&v, "nextcloud.source-folder");
    assert_eq!(
        (ready["status"].as_str(), ready["evidence"]["facts"]["source_files"].as_u64()),
        (Some("pass"), Some(2)),
        "{ready}"
    );
    let status = result(&v, "nextcloud.status");
    assert_eq!(status["status"], "pass");
    assert!(status["summary"].as_str().unwrap().contains("34.0.4"));
    let capabilities = result(&v, "nextcloud.capabilities");
    assert_eq!(capabilities["status"], "pass", "{capabilities}");
    let facts = &capabilities["evidence"]["facts"];
    assert_eq!((facts["file_drop"].as_bool(), facts["chunking"].as_str()), (Some(true), Some("1.0")), "{facts}");
    assert_eq!(facts["theming_name"], "Rijkscloud");
    assert!(capabilities["evidence"]["requests"][0]["url"]
        .as_str()
        .unwrap()
        .contains("/ocs/v2.php/cloud/capabilities"));
    assert_eq!(result(&v, "nextcloud.signed-in")["evidence"]["facts"]["user_id"], "alice");
    let quota = result(&v, "nextcloud.quota");
    // 10 GiB for the person; their one file is 21 bytes; the OneDrive folder holds 3,500 bytes.
    assert_eq!(quota["status"], "pass", "{quota}");
    let facts = &quota["evidence"]["facts"];
    assert_eq!(facts["quota_used_bytes"], 21, "{quota}");
    assert_eq!(facts["quota_available_bytes"], 10 * 1024 * 1024 * 1024 - 21_i64, "{quota}");
    assert_eq!(
        (facts["source_kind"].as_str(), facts["source_files"].as_u64(), facts["source_bytes"].as_u64()),
        (Some("onedrive"), Some(2), Some(3500)),
        "{quota}"
    );
    assert!(quota["summary"].as_str().unwrap().starts_with("Your OneDrive folder (3.5 KB in 2 files) fits"), "{quota}");
    assert!(quota["evidence"]["requests"][0]["url"].as_str().unwrap().ends_with("/remote.php/dav/files/alice/"));
    let show: Value = serde_json::from_slice(&overstap(d, &["show", "nextcloud", "--json"]).stdout).unwrap();
    let state = |id: &str| {
        show["checklist"]["steps"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap()["state"].clone()
    };
    assert_eq!(state("server-ok"), "done");
    assert_eq!(state("check-quota"), "done");
    assert_eq!(state("install-client"), "done");

    // Nothing shared by link yet; then a share to a colleague and a link: only the link counts.
    let shares = result(&v, "nextcloud.link-shares");
    assert_eq!(
        (shares["status"].as_str(), shares["evidence"]["facts"]["link_shares"].as_u64()),
        (Some("fail"), Some(0)),
        "{shares}"
    );
    assert!(shares["remedy"].as_str().unwrap().contains("Share link"), "{shares}");
    server.set_shares("shares.json");
    let (_, v) = check("app-pass-Xy7Q");
    let shares = result(&v, "nextcloud.link-shares");
    assert_eq!(shares["status"], "pass", "{shares}");
    let facts = &shares["evidence"]["facts"];
    assert_eq!(
        (facts["shares"].as_u64(), facts["link_shares"].as_u64(), facts["links_with_expiry"].as_u64()),
        (Some(2), Some(1), Some(1))
    );
    assert!(!shares.to_string().contains("Welkom.odt"), "no file names kept: {shares}");
    assert_eq!(common::step_state(d, "nextcloud", "share-links"), "done");

    // Less free than the folder holds: it does not fit, and the step goes back.
    server.set_quota(3000 + 21);
    let (code, v) = check("app-pass-Xy7Q");
    assert_eq!(code, Some(1));
    let quota = result(&v, "nextcloud.quota");
    assert_eq!(quota["status"], "fail", "{quota}");
    assert!(quota["summary"].as_str().unwrap().contains("only 3.0 KB is free"), "{quota}");
    assert!(quota["remedy"].as_str().unwrap().contains("at least 3.5 KB"), "{quota}");
    assert_eq!(common::step_state(d, "nextcloud", "check-quota"), "todo");
    server.set_quota(DEFAULT_QUOTA_BYTES);

    // Moving the files: none is in the Nextcloud folder or on the server yet, and the result names them.
    let moved = result(&v, "nextcloud.files-in-sync-folder");
    assert_eq!(
        (moved["status"].as_str(), moved["evidence"]["facts"]["missing_count"].as_u64()),
        (Some("fail"), Some(2)),
        "{moved}"
    );
    assert_eq!(moved["evidence"]["facts"]["missing"], serde_json::json!(["Projecten/plan.odt", "notitie.txt"]));
    assert!(
        moved["summary"].as_str().unwrap().starts_with("2 of 2 files are not in your Nextcloud folder yet"),
        "{moved}"
    );
    let on_server = result(&v, "nextcloud.files-on-server");
    assert_eq!(
        (on_server["status"].as_str(), on_server["evidence"]["facts"]["server_files"].as_u64()),
        (Some("fail"), Some(1)),
        "{on_server}"
    );
    // Copied into the sync folder, one under another name in a folder of its own: found by content.
    std::fs::copy(onedrive.join("notitie.txt"), sync.join("notitie.txt")).unwrap();
    std::fs::create_dir_all(sync.join("Overstap")).unwrap();
    std::fs::write(sync.join("Overstap/plan (kopie).odt"), vec![b'y'; 2500]).unwrap();
    // The same name and size but other content is no copy.
    std::fs::write(sync.join("Overstap/notitie.txt"), vec![b'z'; 1000]).unwrap();
    let (_, v) = check("app-pass-Xy7Q");
    assert_eq!(result(&v, "nextcloud.files-in-sync-folder")["status"], "pass", "{v}");
    assert_eq!(common::step_state(d, "nextcloud", "move-files"), "done");
    // Synced: on the server by name and size (WsgiDAV keeps no checksums, so by size only).
    for (name, bytes) in [("notitie.txt", vec![b'x'; 1000]), ("plan.odt", vec![b'y'; 2500])] {
        put(&server, &format!("/remote.php/dav/files/alice/OneDrive/{name}"), bytes);
    }
    let (_, v) = check("app-pass-Xy7Q");
    let on_server = result(&v, "nextcloud.files-on-server");
    assert_eq!(on_server["status"], "pass", "{on_server}");
    assert_eq!(
        (
            on_server["evidence"]["facts"]["server_files"].as_u64(),
            on_server["evidence"]["facts"]["compared_by_content"].as_u64()
        ),
        (Some(3), Some(0))
    );
    assert_eq!(common::step_state(d, "nextcloud", "check-complete"), "done");
    assert_eq!(std::fs::read(onedrive.join("notitie.txt")).unwrap(), vec![b'x'; 1000], "the originals are untouched");
    // The folder to move from inside the Nextcloud folder would prove nothing: a caveat.
    let inside = result(&with_folder(&sync.join("Overstap")), "nextcloud.files-in-sync-folder");
    assert_eq!(inside["status"], "warn", "{inside}");
    assert!(inside["summary"].as_str().unwrap().contains("inside your Nextcloud folder"), "{inside}");

    // A chosen folder wins; one that is not there says so (a caveat, nothing proved).
    let chosen = h.join("Export");
    let quota = result(&with_folder(&chosen), "nextcloud.quota");
    assert_eq!(quota["status"], "warn", "{quota}");
    assert!(quota["summary"].as_str().unwrap().contains("cannot read the folder"), "{quota}");
    std::fs::create_dir(&chosen).unwrap();
    std::fs::write(chosen.join("export.zip"), vec![0u8; 5000]).unwrap();
    let quota = result(&with_folder(&chosen), "nextcloud.quota");
    assert_eq!(
        (quota["status"].as_str(), quota["evidence"]["facts"]["source_kind"].as_str()),
        (Some("pass"), Some("chosen")),
        "{quota}"
    );
    // The same folder as the person's setting; a folder that is not there is refused when set.
    let refused = overstap(d, &["settings", "set", "source-folder", h.join("nope").to_str().unwrap()]);
    assert_ne!(refused.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is not a folder on this computer"));
    assert_eq!(overstap(d, &["settings", "set", "source-folder", chosen.to_str().unwrap()]).status.code(), Some(0));
    let (_, v) = check("app-pass-Xy7Q");
    assert_eq!(result(&v, "nextcloud.quota")["evidence"]["facts"]["source_bytes"], 5000);
    assert_eq!(overstap(d, &["settings", "unset", "source-folder"]).status.code(), Some(0));

    // Nothing to compare with: a caveat that says what to do; the step waits for the person.
    std::fs::remove_dir_all(&onedrive).unwrap();
    let (code, v) = check("app-pass-Xy7Q");
    assert_eq!(code, Some(0), "a caveat is not a failure: {v}");
    let quota = result(&v, "nextcloud.quota");
    assert_eq!(quota["status"], "warn", "{quota}");
    assert!(
        quota["summary"].as_str().unwrap().contains("did not find your OneDrive or Google Drive folder"),
        "{quota}"
    );
    assert!(quota["remedy"].as_str().unwrap().contains("source-folder"), "{quota}");
    assert_eq!(common::step_state(d, "nextcloud", "check-quota"), "todo");
    // Full, with nothing to compare: the files will not fit whatever they are.
    server.set_quota(21);
    let (code, v) = check("app-pass-Xy7Q");
    assert_eq!(code, Some(1));
    let quota = result(&v, "nextcloud.quota");
    assert_eq!(quota["status"], "fail", "{quota}");
    assert!(quota["remedy"].is_string(), "{quota}");
    server.set_quota(DEFAULT_QUOTA_BYTES);

    // Upload-only links turned off: a caveat that names what IT must allow.
    server.set_capabilities("capabilities-no-file-drop.json");
    let (code, v) = check("app-pass-Xy7Q");
    assert_eq!(code, Some(0));
    let capabilities = result(&v, "nextcloud.capabilities");
    assert_eq!(capabilities["status"], "warn", "{capabilities}");
    assert!(capabilities["summary"].as_str().unwrap().contains("upload-only links"), "{capabilities}");
    assert!(capabilities["remedy"].as_str().unwrap().contains("public uploads"), "{capabilities}");

    // A major past its end of life still works: a caveat with a message for IT.
    server.set_status("status-eol.json");
    let (code, v) = check("app-pass-Xy7Q");
    assert_eq!(code, Some(0));
    let status = result(&v, "nextcloud.status");
    assert_eq!(status["status"], "warn", "{status}");
    assert!(status["summary"].as_str().unwrap().contains("version 28 no longer gets security updates"), "{status}");
    assert!(status["remedy"].as_str().unwrap().contains("since 2024-12-31"), "{status}");
    assert_eq!(status["evidence"]["facts"]["end_of_life"], "2024-12-31");
    server.set_status("status.json");

    // A revoked app password: the sign-in says so, and quota waits for a sign-in.
    let (code, v) = check("revoked");
    assert_eq!(code, Some(1));
    let signed_in = result(&v, "nextcloud.signed-in");
    assert_eq!(signed_in["status"], "fail", "{signed_in}");
    assert!(signed_in["summary"].as_str().unwrap().contains("no longer valid"), "{signed_in}");
    assert_eq!(result(&v, "nextcloud.quota")["status"], "skipped");
    assert_eq!(result(&v, "nextcloud.capabilities")["status"], "skipped");

    // Maintenance and an unfinished upgrade, from the documented status document.
    server.set_status("status-maintenance.json");
    let (code, v) = check("app-pass-Xy7Q");
    assert_eq!(code, Some(1));
    assert!(result(&v, "nextcloud.status")["summary"].as_str().unwrap().contains("maintenance"));
    assert_eq!(result(&v, "nextcloud.quota")["status"], "skipped");
    server.set_status("status-upgrade.json");
    let (_, v) = check("app-pass-Xy7Q");
    assert!(result(&v, "nextcloud.status")["summary"].as_str().unwrap().contains("being upgraded"));

    // The app password never reaches the database or the logs.
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out)
            } else {
                out.push(p)
            }
        }
    }
    let mut files = Vec::new();
    walk(d, &mut files);
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        assert!(!bytes.windows(12).any(|w| w == b"app-pass-Xy7"), "app password in {}", f.display());
    }
}
