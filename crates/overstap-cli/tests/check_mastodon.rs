//! `overstap check mastodon` against the Mastodon API (mastodon_mock) and an
//! organisation website on loopback, both over TLS with a CA made for this
//! run: server, account through WebFinger, complete profile, the rel="me"
//! link checked by Mastodon's rules with the precise reason when it fails,
//! and signed in.

mod common;

use common::{json, overstap, result, step_state};

use overstap_net::{Limits, Method, NetClient, Request, Url};
use overstap_testkit::ca::TestCa;
use overstap_testkit::mastodon::{MastodonMock, SeedAccount};
use overstap_testkit::server::{Reply, TestServer};

/// Sets the profile's website field, as "Edit profile" does.
fn set_website(mastodon: &MastodonMock, token: &str, site: &str, rt: &tokio::runtime::Runtime) {
    let ca = std::fs::read(&mastodon.ca_pem_path).unwrap();
    let net = NetClient::new(Limits::default(), Some(&ca)).unwrap();
    let form = format!(
        "fields_attributes[0][name]=Website&fields_attributes[0][value]={}",
        site.replace(':', "%3A").replace('/', "%2F")
    );
    let mut request =
        Request::get(Url::parse(&format!("{}/api/v1/accounts/update_credentials", mastodon.base_url)).unwrap())
            .header("authorization", &format!("Bearer {token}"))
            .header("content-type", "application/x-www-form-urlencoded");
    request.method = Method::PATCH;
    request.body = Some(form.into_bytes());
    rt.block_on(net.fetch(request)).unwrap().ensure_success().expect("profile updated");
}

/// Posts a status and pins it to the profile, as the web interface does.
fn post_and_pin(mastodon: &MastodonMock, token: &str, text: &str, rt: &tokio::runtime::Runtime) {
    let ca = std::fs::read(&mastodon.ca_pem_path).unwrap();
    let net = NetClient::new(Limits::default(), Some(&ca)).unwrap();
    let call = |path: &str, body: Option<String>| {
        let mut request = Request::get(Url::parse(&format!("{}{path}", mastodon.base_url)).unwrap())
            .header("authorization", &format!("Bearer {token}"))
            .header("content-type", "application/x-www-form-urlencoded");
        request.method = Method::POST;
        request.body = Some(body.unwrap_or_default().into_bytes());
        let fetched = rt.block_on(net.fetch(request)).unwrap().ensure_success().expect("posted");
        serde_json::from_slice::<serde_json::Value>(&fetched.body).unwrap()
    };
    let status = call("/api/v1/statuses", Some(format!("status={}", text.replace(' ', "+"))));
    call(&format!("/api/v1/statuses/{}/pin", status["id"].as_str().unwrap()), None);
}

#[test]
fn mastodon_checks_against_the_mastodon_api_and_a_website() {
    // A worker thread keeps the website server answering while the CLI runs.
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let ca = TestCa::new("Overstap Test CA");
    let mastodon = MastodonMock::start(
        &ca,
        &[
            SeedAccount {
                username: "minbzk",
                display_name: "Ministerie van BZK",
                note: "Officieel account van het ministerie.",
                token: "tok-minbzk",
            },
            SeedAccount { username: "bare", display_name: "", note: "", token: "tok-bare" },
        ],
    );
    let profile = format!("{}/@minbzk", mastodon.base_url);
    let good_page = format!(
        r#"<!doctype html><html><body><footer><a rel="me" href="{profile}">Mastodon</a></footer></body></html>"#
    );
    let plain_page = format!(r#"<!doctype html><html><body><a href="{profile}">Volg ons</a></body></html>"#);
    // The link is added by a script, which Mastodon never runs.
    let scripted_page = format!(
        r#"<!doctype html><html><body><script>document.body.innerHTML += '<a rel="me" href="{profile}">M</a>';</script></body></html>"#
    );
    // A correct link after 1 MB of page: Mastodon stops reading first.
    let huge_page = format!(
        r#"<!doctype html><html><body><p>{}</p><a rel="me" href="{profile}">M</a></body></html>"#,
        "x".repeat(1024 * 1024)
    );
    let site = rt.block_on(TestServer::tls(&ca.leaf(&["localhost"]), move |_, path| match path {
        "/good" => Reply::status(200, "text/html", &good_page),
        "/plain" => Reply::status(200, "text/html", &plain_page),
        "/moved" => Reply::status(404, "text/html", "<p>gone</p>"),
        "/scripted" => Reply::status(200, "text/html", &scripted_page),
        "/huge" => Reply::status(200, "text/html", &huge_page),
        _ => Reply::status(200, "text/html", "<p>Welkom bij het ministerie</p>"),
    }));
    let site_url = |path: &str| format!("https://localhost:{}{path}", site.port());
    let ca_file = mastodon.ca_pem_path.to_str().unwrap().to_owned();
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let check = |account: &str, token: Option<&str>| {
        let acct = format!("@{account}@{}", mastodon.domain);
        let mut args = vec![
            "check",
            "mastodon",
            "--mastodon",
            &mastodon.base_url,
            "--mastodon-account",
            &acct,
            "--ca-file",
            &ca_file,
            "--json",
        ];
        if let Some(t) = token {
            args.extend(["--mastodon-token", t]);
        }
        let out = overstap(d, &args);
        (out.status.code(), json(&out))
    };

    // A complete profile whose website links back correctly: Mastodon (which
    // only re-checks on save) has not verified it yet, and the person is told so.
    set_website(&mastodon, "tok-minbzk", &site_url("/good"), &rt);
    let (code, v) = check("minbzk", Some("tok-minbzk"));
    // Exit 1: the link is right but Mastodon has not verified it yet (below).
    assert_eq!(code, Some(1), "{v}");
    assert_eq!(result(&v, "mastodon.instance")["status"], "pass");
    assert_eq!(result(&v, "mastodon.instance")["evidence"]["facts"]["title"], "Overstap Test Social");
    let account = result(&v, "mastodon.account");
    assert_eq!(account["status"], "pass", "{account}");
    assert_eq!(account["evidence"]["facts"]["profile_url"], profile);
    assert_eq!(result(&v, "mastodon.profile-complete")["status"], "pass");
    let link = result(&v, "mastodon.link-verified");
    assert_eq!(link["status"], "fail", "not done until Mastodon shows it verified: {link}");
    assert!(link["summary"].as_str().unwrap().contains("links back correctly"), "{link}");
    assert!(link["remedy"].as_str().unwrap().contains("Save changes"));
    assert_eq!(result(&v, "mastodon.signed-in")["status"], "pass");
    assert!(result(&v, "mastodon.signed-in")["summary"].as_str().unwrap().contains("minbzk"));
    let show = json(&overstap(d, &["show", "mastodon", "--json"]));
    let state = |id: &str| {
        show["checklist"]["steps"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap()["state"].clone()
    };
    assert_eq!(
        (state("account-ready"), state("complete-profile"), state("link-verified")),
        ("done".into(), "done".into(), "todo".into())
    );
    // The page links back correctly: the website step is proved, before Mastodon's tick.
    let back = result(&v, "mastodon.website-links-back");
    assert_eq!(back["status"], "pass", "{back}");
    assert!(back["summary"].as_str().unwrap().contains(&site_url("/good")), "{back}");
    assert_eq!(state("website-link"), "done");
    // No post pinned yet; then one is, and the step follows.
    let pinned = result(&v, "mastodon.pinned-post");
    assert_eq!(
        (pinned["status"].as_str(), pinned["evidence"]["facts"]["pinned"].as_u64()),
        (Some("fail"), Some(0)),
        "{pinned}"
    );
    assert!(pinned["remedy"].as_str().unwrap().contains("Pin on profile"), "{pinned}");
    assert_eq!(state("pin-first-post"), "todo");
    post_and_pin(&mastodon, "tok-minbzk", "Welkom bij het ministerie op Mastodon", &rt);
    let (_, v) = check("minbzk", None);
    assert_eq!(result(&v, "mastodon.pinned-post")["status"], "pass", "public: no sign-in needed");
    assert_eq!(step_state(d, "mastodon", "pin-first-post"), "done");

    // Each broken rule gets its own reason and the fix for the web team.
    set_website(&mastodon, "tok-minbzk", &site_url("/plain"), &rt);
    let (code, v) = check("minbzk", None);
    assert_eq!(code, Some(1));
    let link = result(&v, "mastodon.link-verified");
    assert!(link["summary"].as_str().unwrap().contains("without rel=\"me\""), "{link}");
    let back = result(&v, "mastodon.website-links-back");
    assert_eq!(
        (back["status"].as_str(), back["summary"].as_str()),
        (Some("fail"), link["summary"].as_str()),
        "the same reason"
    );
    assert_eq!(step_state(d, "mastodon", "website-link"), "todo", "the page no longer links back: taken back");
    assert!(link["remedy"].as_str().unwrap().contains(&format!("<a rel=\"me\" href=\"{profile}\">")), "{link}");
    assert_eq!(result(&v, "mastodon.signed-in")["status"], "skipped");

    set_website(&mastodon, "tok-minbzk", &site_url("/home"), &rt);
    let (_, v) = check("minbzk", None);
    assert!(result(&v, "mastodon.link-verified")["summary"].as_str().unwrap().contains("no link back"));

    set_website(&mastodon, "tok-minbzk", &site_url("/scripted"), &rt);
    let (_, v) = check("minbzk", None);
    let link = result(&v, "mastodon.link-verified");
    assert!(link["summary"].as_str().unwrap().contains("JavaScript"), "{link}");
    assert!(link["remedy"].as_str().unwrap().contains("in the HTML"), "{link}");

    set_website(&mastodon, "tok-minbzk", &site_url("/huge"), &rt);
    let (_, v) = check("minbzk", None);
    let link = result(&v, "mastodon.link-verified");
    assert!(link["summary"].as_str().unwrap().contains("larger than 1 MB"), "{link}");

    set_website(&mastodon, "tok-minbzk", &site_url("/moved"), &rt);
    let (_, v) = check("minbzk", None);
    assert!(result(&v, "mastodon.link-verified")["summary"].as_str().unwrap().contains("HTTP 404"));

    set_website(&mastodon, "tok-minbzk", &format!("http://localhost:{}/good", site.port()), &rt);
    let (_, v) = check("minbzk", None);
    assert!(result(&v, "mastodon.link-verified")["summary"].as_str().unwrap().contains("does not start with https://"));

    // An incomplete profile lists exactly what is missing, in the reader's language.
    let (code, v) = check("bare", Some("wrong-token"));
    assert_eq!(code, Some(1));
    let profile_check = result(&v, "mastodon.profile-complete");
    assert_eq!(profile_check["status"], "fail");
    let summary = profile_check["summary"].as_str().unwrap();
    // (The mock shows the user name when the display name is empty, as Mastodon's web interface does.)
    assert!(summary.contains("description (bio)") && !summary.contains("picture"), "{summary}");
    assert_eq!(profile_check["evidence"]["facts"]["missing"], serde_json::json!(["note"]));
    assert_eq!(
        result(&v, "mastodon.link-verified")["summary"],
        "The profile has no link to the organisation's website."
    );
    assert_eq!(result(&v, "mastodon.signed-in")["status"], "fail");

    // An account that does not exist, and the checks that depend on it.
    let (code, v) = check("nobody", None);
    assert_eq!(code, Some(1));
    assert!(result(&v, "mastodon.account")["summary"].as_str().unwrap().contains("cannot be found"));
    assert_eq!(result(&v, "mastodon.profile-complete")["status"], "skipped");

    // A token goes only to a server the person names, never to one WebFinger points at.
    let acct = format!("@minbzk@{}", mastodon.domain);
    let out = overstap(
        d,
        &[
            "check",
            "mastodon",
            "--mastodon-account",
            &acct,
            "--mastodon-token",
            "tok-minbzk",
            "--ca-file",
            &ca_file,
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)["error"]["code"], "usage");

    // The token never reaches the database or the logs.
    let mut stack = vec![d.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                assert!(
                    !std::fs::read(&p).unwrap().windows(10).any(|w| w == b"tok-minbzk"),
                    "token in {}",
                    p.display()
                );
            }
        }
    }

    // Dutch, for a person.
    let acct = format!("@minbzk@{}", mastodon.domain);
    let out = overstap(
        d,
        &[
            "check",
            "mastodon",
            "--mastodon",
            &mastodon.base_url,
            "--mastodon-account",
            &acct,
            "--ca-file",
            &ca_file,
            "--lang",
            "nl",
        ],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Mastodon-server"), "{text}");
}
