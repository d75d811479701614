//! `overstap login | logout | accounts` end to end, with a real OS keyring
//! (GNOME Keyring on a private D-Bus) and real servers on loopback over
//! TLS: Nextcloud Login Flow v2 (documented flow, WsgiDAV behind it),
//! Mastodon OAuth with PKCE and a loopback redirect (mastodon_mock), and a
//! Matrix password sign-in (Synapse). The test plays the browser. After
//! each sign-in, `check` uses the stored secret without any flag, and the
//! secret is in no file of the data folder (database, WAL, logs).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use common::{json, result, step_state};
use overstap_testkit::ca::TestCa;
use overstap_testkit::keyring::SecretService;
use overstap_testkit::mastodon::{MastodonMock, SeedAccount};
use overstap_testkit::server::{Reply, TestServer};
use overstap_testkit::synapse::Synapse;
use overstap_testkit::webdav::{NextcloudLike, WEB_PASSWORD};
use serde_json::Value;

/// `overstap --json --data-dir DATA ARGS…` with the test keyring, output piped.
fn spawn(data: &Path, keyring: &SecretService, args: &[&str]) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_overstap"));
    cmd.arg("--json").arg("--data-dir").arg(data).args(args).env("LANG", "C.UTF-8");
    for (name, value) in keyring.env() {
        cmd.env(name, value);
    }
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("overstap runs")
}

fn run(data: &Path, keyring: &SecretService, args: &[&str]) -> (i32, Value) {
    let out = spawn(data, keyring, args).wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), json(&out))
}

/// Reads the first JSON line (`{"sign_in": …}`) while the command waits.
fn first_line(child: &mut Child) -> (Value, BufReader<std::process::ChildStdout>) {
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line:?}"));
    common::schemas::assert_valid("login", &value);
    (value, reader)
}

fn finish(mut child: Child, mut reader: BufReader<std::process::ChildStdout>) -> (i32, Value, String) {
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut reader, &mut rest).unwrap();
    let status = child.wait().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    // One line: `signed_in`, or the error (JSON Lines, errors too).
    let value = serde_json::from_str(rest.trim()).unwrap_or_else(|e| panic!("({e}) {rest:?} {err}"));
    assert_eq!(rest.trim().lines().count(), 1, "{rest}");
    common::schemas::assert_valid("login", &value);
    (status.code().unwrap_or(-1), value, err)
}

/// The last JSON document of a command's output (JSON lines, then maybe an error).
fn last_document(text: &str) -> Value {
    serde_json::Deserializer::from_str(text)
        .into_iter::<Value>()
        .last()
        .and_then(Result::ok)
        .unwrap_or_else(|| panic!("{text}"))
}

/// The person's browser: trusts the test CA, follows no redirect by itself.
fn browser(ca: &TestCa) -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(ca.cert_pem.as_bytes()).unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// No file in the data folder holds `secret`.
fn assert_secret_not_in(data: &Path, secret: &str) {
    for entry in walk(data) {
        let bytes = std::fs::read(&entry).unwrap();
        assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "the secret is in {}", entry.display());
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn nextcloud_login_flow_v2_keeps_the_app_password_in_the_keyring_only() {
    let keyring = SecretService::start();
    let ca = TestCa::new("Overstap Test CA");
    let nextcloud = NextcloudLike::start(&ca, "alice", "app-pass-Zq81");
    let ca_path = nextcloud.ca_pem_path.clone();
    let data = tempfile::tempdir().unwrap();
    let ca_arg = ca_path.to_str().unwrap();
    let browser = browser(&ca);

    let mut child = spawn(
        data.path(),
        &keyring,
        &["login", "nextcloud", "--server", &nextcloud.base_url, "--ca-file", ca_arg, "--no-browser"],
    );
    let (start, reader) = first_line(&mut child);
    let login_url = start["sign_in"]["browser_url"].as_str().unwrap_or_else(|| panic!("{start}")).to_owned();
    assert!(login_url.starts_with(&format!("{}/login/v2/flow/", nextcloud.base_url)), "{login_url}");
    // The person opens the page, signs in and grants access.
    assert_eq!(browser.get(&login_url).send().unwrap().status(), 200);
    let flow = login_url.rsplit('/').next().unwrap();
    let granted = browser
        .post(format!("{}/login/v2/grant", nextcloud.base_url))
        .form(&[("flow", flow), ("user", "alice"), ("password", WEB_PASSWORD)])
        .send()
        .unwrap();
    assert_eq!(granted.status(), 200);
    let (code, done, err) = finish(child, reader);
    assert_eq!(code, 0, "{done} {err}");
    assert_eq!(done["signed_in"]["account"], "alice");
    assert_eq!(done["signed_in"]["service"], "nextcloud");
    assert_eq!(step_state(data.path(), "nextcloud", "sign-in"), "done", "the sign-in step follows the sign-in");

    // The check finds the server and the app password by itself.
    let (code, check) = run(data.path(), &keyring, &["check", "nextcloud", "--ca-file", ca_arg]);
    assert_eq!(result(&check, "nextcloud.signed-in")["status"], "pass", "{check}");
    // Read, signed in (a caveat: no folder to move from to compare it with here).
    let quota = result(&check, "nextcloud.quota");
    assert_eq!(quota["status"], "warn", "signed in, quota read: {quota}");
    assert!(quota["evidence"]["facts"]["quota_available_bytes"].as_i64().is_some(), "{quota}");
    assert_ne!(code, 2, "{check}");
    let (_, accounts) = run(data.path(), &keyring, &["accounts"]);
    assert_eq!(accounts["accounts"][0]["server"], format!("{}/", nextcloud.base_url));
    assert_secret_not_in(data.path(), "app-pass-Zq81");
    // GNOME Keyring stores it encrypted, too.
    for file in walk(&keyring.keyring_dir()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(!bytes.windows(13).any(|w| w == b"app-pass-Zq81"), "plain secret in {}", file.display());
    }

    // Signing out revokes the app password at the server and forgets it here.
    let (code, out) = run(data.path(), &keyring, &["logout", "nextcloud", "--ca-file", ca_arg]);
    assert_eq!((code, out["signed_out"]["account"].as_str()), (0, Some("alice")), "{out}");
    assert_eq!(nextcloud.revocations(), 1);
    assert_eq!(step_state(data.path(), "nextcloud", "sign-in"), "todo");
    let (_, accounts) = run(data.path(), &keyring, &["accounts"]);
    assert_eq!(accounts["accounts"], serde_json::json!([]));
    let (_, check) =
        run(data.path(), &keyring, &["check", "nextcloud", "--nextcloud", &nextcloud.base_url, "--ca-file", ca_arg]);
    assert_eq!(result(&check, "nextcloud.signed-in")["status"], "skipped", "{check}");
}

#[test]
fn a_sign_in_stopped_with_ctrl_c_saves_nothing() {
    let keyring = SecretService::start();
    let ca = TestCa::new("Overstap Test CA");
    let nextcloud = NextcloudLike::start(&ca, "alice", "app-pass");
    let ca_path = nextcloud.ca_pem_path.clone();
    let data = tempfile::tempdir().unwrap();
    let mut child = spawn(
        data.path(),
        &keyring,
        &[
            "login",
            "nextcloud",
            "--server",
            &nextcloud.base_url,
            "--ca-file",
            ca_path.to_str().unwrap(),
            "--no-browser",
        ],
    );
    let (_, reader) = first_line(&mut child);
    nix_interrupt(child.id());
    let (code, out, _) = finish(child, reader);
    assert_eq!((code, out["error"]["code"].as_str()), (8, Some("sign_in_failed")), "{out}");
    let (_, accounts) = run(data.path(), &keyring, &["accounts"]);
    assert_eq!(accounts["accounts"], serde_json::json!([]));
}

fn nix_interrupt(pid: u32) {
    let status = Command::new("kill").args(["-INT", &pid.to_string()]).status().unwrap();
    assert!(status.success());
}

#[test]
fn without_a_keyring_sign_in_refuses_before_the_browser() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_overstap"))
        .args(["--json", "--data-dir"])
        .arg(data.path())
        .args(["login", "nextcloud", "--server", "https://cloud.example.invalid", "--no-browser"])
        .env("DBUS_SESSION_BUS_ADDRESS", format!("unix:path={}/no-bus", data.path().display()))
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!((out.status.code(), v["error"]["code"].as_str()), (Some(9), Some("keyring_unavailable")), "{v}");
    assert!(v["error"]["message"].as_str().unwrap().contains("keyring"), "{v}");
}

#[test]
fn mastodon_oauth_with_pkce_and_a_loopback_redirect() {
    let keyring = SecretService::start();
    let ca = TestCa::new("Overstap Test CA");
    let mastodon = MastodonMock::start(
        &ca,
        &[SeedAccount {
            username: "minbzk",
            display_name: "Ministerie van BZK",
            note: "Officieel.",
            token: "seed-tok",
        }],
    );
    let ca_arg = mastodon.ca_pem_path.to_str().unwrap();
    let data = tempfile::tempdir().unwrap();
    let browser = browser(&ca);

    let mut child = spawn(
        data.path(),
        &keyring,
        &["login", "mastodon", "--server", &mastodon.base_url, "--ca-file", ca_arg, "--no-browser"],
    );
    let (start, reader) = first_line(&mut child);
    let authorize = reqwest::Url::parse(start["sign_in"]["browser_url"].as_str().unwrap()).unwrap();
    let query: std::collections::HashMap<String, String> = authorize.query_pairs().into_owned().collect();
    assert_eq!(query["code_challenge_method"], "S256");
    assert_eq!(query["code_challenge"].len(), 43);
    assert!(query["redirect_uri"].starts_with("http://127.0.0.1:"), "{query:?}");
    // The person sees the server's page and chooses to authorize.
    assert_eq!(browser.get(authorize.clone()).send().unwrap().status(), 200);
    let answer = browser
        .post(format!("{}/oauth/authorize", mastodon.base_url))
        .form(&[
            ("username", "minbzk"),
            ("redirect_uri", query["redirect_uri"].as_str()),
            ("client_id", query["client_id"].as_str()),
            ("scope", query["scope"].as_str()),
            ("state", query["state"].as_str()),
        ])
        .send()
        .unwrap();
    assert_eq!(answer.status(), 302);
    let back = answer.headers()["location"].to_str().unwrap().to_owned();
    let page = reqwest::blocking::get(&back).unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().unwrap().contains("You are signed in"));
    let (code, done, err) = finish(child, reader);
    assert_eq!(code, 0, "{done} {err}");
    assert_eq!(done["signed_in"]["account"], format!("@minbzk@{}", mastodon.domain));

    let (_, check) = run(data.path(), &keyring, &["check", "mastodon", "--ca-file", ca_arg]);
    assert_eq!(result(&check, "mastodon.signed-in")["status"], "pass", "{check}");

    // The paste-the-code fallback for desktops where the redirect fails.
    let mut child = spawn(
        data.path(),
        &keyring,
        &["login", "mastodon", "--server", &mastodon.base_url, "--ca-file", ca_arg, "--no-browser", "--paste-code"],
    );
    let (start, reader) = first_line(&mut child);
    assert_eq!(start["sign_in"]["needs_code"], true);
    let authorize = reqwest::Url::parse(start["sign_in"]["browser_url"].as_str().unwrap()).unwrap();
    let query: std::collections::HashMap<String, String> = authorize.query_pairs().into_owned().collect();
    assert_eq!(query["redirect_uri"], "urn:ietf:wg:oauth:2.0:oob");
    let shown = browser
        .post(format!("{}/oauth/authorize", mastodon.base_url))
        .form(&[
            ("username", "minbzk"),
            ("redirect_uri", "urn:ietf:wg:oauth:2.0:oob"),
            ("client_id", &query["client_id"]),
        ])
        .send()
        .unwrap()
        .text()
        .unwrap();
    let code_shown = shown.split("Authorization code: ").nth(1).unwrap().split('<').next().unwrap();
    writeln!(child.stdin.take().unwrap(), "{code_shown}").unwrap();
    let (code, done, err) = finish(child, reader);
    assert_eq!(code, 0, "{done} {err}");
    assert_eq!(done["signed_in"]["service"], "mastodon");
}

#[test]
fn matrix_password_sign_in_then_sign_out_ends_the_session() {
    let keyring = SecretService::start();
    let ca = TestCa::new("Overstap Test CA");
    let synapse = Synapse::start(&ca);
    let ca_arg = synapse.ca_pem_path.to_str().unwrap();
    synapse.register("anna", "correct horse battery");
    let data = tempfile::tempdir().unwrap();

    // A wrong password is refused, and nothing is kept.
    let mut child = spawn(
        data.path(),
        &keyring,
        &["login", "matrix", "--server", &synapse.base_url, "--ca-file", ca_arg, "--user", "anna"],
    );
    writeln!(child.stdin.take().unwrap(), "wrong").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let last = last_document(&text);
    assert_eq!((out.status.code(), last["error"]["code"].as_str()), (Some(8), Some("sign_in_failed")), "{text}");

    let mut child = spawn(
        data.path(),
        &keyring,
        &["login", "matrix", "--server", &synapse.base_url, "--ca-file", ca_arg, "--user", "anna"],
    );
    writeln!(child.stdin.take().unwrap(), "correct horse battery").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let last = last_document(&text);
    assert_eq!(out.status.code(), Some(0), "{text} {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(last["signed_in"]["account"], format!("@anna:{}", synapse.server_name));

    let (_, check) = run(data.path(), &keyring, &["check", "matrix", "--ca-file", ca_arg]);
    assert_eq!(result(&check, "matrix.signed-in")["status"], "pass", "{check}");
    assert_secret_not_in(data.path(), "correct horse battery");

    let (code, _) = run(data.path(), &keyring, &["logout", "matrix", "--ca-file", ca_arg]);
    assert_eq!(code, 0);
    let (_, check) =
        run(data.path(), &keyring, &["check", "matrix", "--matrix", &synapse.base_url, "--ca-file", ca_arg]);
    assert_eq!(result(&check, "matrix.signed-in")["status"], "skipped", "{check}");
}

/// A CAS server (the organisation's sign-in page): the person is taken as
/// signed in as `sso.user`, and Synapse's ticket check is answered.
async fn cas_server() -> TestServer {
    TestServer::plain(|_, path| {
        let query = path.split_once('?').map_or("", |(_, q)| q);
        let service = url_param(query, "service").unwrap_or_default();
        if path.starts_with("/cas/login?") {
            let joiner = if service.contains('?') { '&' } else { '?' };
            Reply::Redirect { status: 302, location: format!("{service}{joiner}ticket=ST-overstap-1") }
        } else if path.starts_with("/cas/proxyValidate?")
            && url_param(query, "ticket").as_deref() == Some("ST-overstap-1")
        {
            Reply::status(
                200,
                "text/xml",
                "<cas:serviceResponse xmlns:cas=\"http://www.yale.edu/tp/cas\"><cas:authenticationSuccess>\
                 <cas:user>sso.user</cas:user></cas:authenticationSuccess></cas:serviceResponse>",
            )
        } else {
            Reply::status(404, "text/plain", "not found")
        }
    })
    .await
}

fn url_param(query: &str, name: &str) -> Option<String> {
    reqwest::Url::parse(&format!("http://x/?{query}"))
        .ok()?
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

#[test]
fn matrix_single_sign_on_through_the_browser_with_a_loopback_redirect() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let cas = rt.block_on(cas_server());
    let keyring = SecretService::start();
    let ca = TestCa::new("Overstap Test CA");
    let synapse = Synapse::start_with_cas(&ca, &format!("http://127.0.0.1:{}/cas", cas.port()));
    let ca_arg = synapse.ca_pem_path.to_str().unwrap();
    let data = tempfile::tempdir().unwrap();

    let mut child = spawn(
        data.path(),
        &keyring,
        &["login", "matrix", "--server", &synapse.base_url, "--ca-file", ca_arg, "--no-browser"],
    );
    let (start, reader) = first_line(&mut child);
    let address = start["sign_in"]["browser_url"].as_str().unwrap_or_else(|| panic!("{start}")).to_owned();
    assert!(address.contains("/login/sso/redirect?redirectUrl=http%3A%2F%2F127.0.0.1%3A"), "{address}");
    // The browser goes through Synapse and the sign-in page, and lands back on Overstap.
    let browser = reqwest::blocking::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(ca.cert_pem.as_bytes()).unwrap())
        .build()
        .unwrap();
    let page = browser.get(&address).send().unwrap();
    assert!(page.url().as_str().starts_with("http://127.0.0.1:"), "ended at {} {}", page.url(), synapse.logs());
    assert!(page.text().unwrap().contains("You are signed in"));
    let (code, done, err) = finish(child, reader);
    assert_eq!(code, 0, "{done} {err} {}", synapse.logs());
    assert_eq!(done["signed_in"]["account"], format!("@sso.user:{}", synapse.server_name));

    let (_, check) = run(data.path(), &keyring, &["check", "matrix", "--ca-file", ca_arg]);
    assert_eq!(result(&check, "matrix.signed-in")["status"], "pass", "{check}");
    assert_eq!(result(&check, "matrix.login-flows")["status"], "pass", "SSO offered: {check}");
}

#[test]
fn a_sign_in_action_points_to_the_login_command() {
    let data = tempfile::tempdir().unwrap();
    let out = common::overstap(data.path(), &["action", "mastodon.login", "--json"]);
    let v = json(&out);
    assert_eq!((out.status.code(), v["error"]["code"].as_str()), (Some(2), Some("usage")), "{v}");
    assert!(v["error"]["message"].as_str().unwrap().contains("overstap login mastodon"), "{v}");
}
