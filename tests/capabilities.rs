//! The main window's capability (src-tauri/capabilities/main.json) grants
//! exactly what the interface in ui/src uses, each with its reason:
//! - every `allow-*` is one of Overstap's own permissions (documented in
//!   src-tauri/permissions/app.toml) for a command ui/src invokes, and every
//!   command ui/src invokes has one;
//! - a Tauri core permission only for an `@tauri-apps/api/<module>` that
//!   ui/src imports, and never `core:default` (which brings in the app,
//!   event, image, menu, path, resources, tray, webview and window sets);
//! - the opener only because ui/src imports it, for exactly the schemes
//!   ui/src opens;
//! - nothing else, and the description gives a reason for each.
//!
//! tests/app_webdriver.rs checks the same in the running window: Tauri's
//! core commands are refused there.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn capability() -> Value {
    let path = root().join("src-tauri/capabilities/main.json");
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Every `.ts` file under ui/src except the generated bindings, as one text.
fn ui_sources() -> String {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "bindings") {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "ts") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("ui/src"), &mut files);
    files.sort();
    assert!(!files.is_empty(), "no ui/src/**/*.ts");
    files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect::<Vec<_>>().join("\n")
}

/// The commands ui/src invokes: `invoke<…>("name"` or `invoke("name"`.
fn invoked_commands(ui: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in ui.match_indices("invoke") {
        let rest = &ui[at + "invoke".len()..];
        // Skip a type argument, then expect ("name".
        let rest = if rest.starts_with('<') {
            let mut depth = 0;
            let end = rest
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '<' => 1,
                        '>' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map(|(i, _)| i + 1)
                .unwrap_or(0);
            &rest[end..]
        } else {
            rest
        };
        if let Some(name) = rest.strip_prefix("(\"").and_then(|r| r.split('"').next()) {
            found.insert(name.to_owned());
        }
    }
    found
}

/// `src-tauri/permissions/app.toml`: identifier → (description, commands).
fn app_permissions() -> Vec<(String, String, Vec<String>)> {
    let text = std::fs::read_to_string(root().join("src-tauri/permissions/app.toml")).unwrap();
    let quoted = |line: &str| line.split_once('=').map(|(_, v)| v.trim().trim_matches('"').to_owned());
    let mut out = Vec::new();
    for block in text.split("[[permission]]").skip(1) {
        let line = |key: &str| block.lines().find(|l| l.trim_start().starts_with(key)).and_then(quoted);
        let id = line("identifier").expect("identifier");
        let description = line("description").unwrap_or_default();
        let commands = line("commands.allow")
            .map(|v| {
                v.trim_matches(|c| c == '[' || c == ']')
                    .split(',')
                    .map(|c| c.trim().trim_matches('"').to_owned())
                    .filter(|c| !c.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        out.push((id, description, commands));
    }
    out
}

fn granted(cap: &Value) -> Vec<(String, Option<&Value>)> {
    cap["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| match p {
            Value::String(id) => (id.clone(), None),
            Value::Object(o) => (o["identifier"].as_str().expect("identifier").to_owned(), Some(p)),
            other => panic!("unexpected permission entry {other}"),
        })
        .collect()
}

#[test]
fn the_main_window_is_granted_only_what_the_interface_uses() {
    let cap = capability();
    let ui = ui_sources();
    let invoked = invoked_commands(&ui);
    assert!(invoked.contains("app_info") && invoked.contains("run_check"), "the parser found {invoked:?}");
    let app = app_permissions();
    let description = cap["description"].as_str().unwrap_or_default();

    let mut covered = BTreeSet::new();
    for (id, entry) in granted(&cap) {
        assert_ne!(id, "core:default", "core:default grants the window image, tray, menu, path and more it never uses");
        if let Some((_, reason, commands)) = app.iter().find(|(p, _, _)| *p == id) {
            assert!(!reason.is_empty(), "{id} has no description in permissions/app.toml");
            for command in commands {
                assert!(invoked.contains(command), "{id} allows {command}, which ui/src never invokes");
                covered.insert(command.clone());
            }
        } else if let Some(rest) = id.strip_prefix("core:") {
            let module = rest.split(':').next().unwrap_or_default();
            let import = format!("\"@tauri-apps/api/{module}\"");
            assert!(ui.contains(&import), "{id}: ui/src never imports {import}");
            assert!(description.contains(&id), "the description gives no reason for {id}");
        } else if id.starts_with("opener:") {
            assert_eq!(id, "opener:allow-open-url", "ui/src only opens addresses (openUrl)");
            assert!(
                ui.contains("openUrl(") && ui.contains("\"@tauri-apps/plugin-opener\""),
                "ui/src never opens a link"
            );
            assert!(description.contains(&id), "the description gives no reason for {id}");
            let scope: BTreeSet<&str> = entry
                .and_then(|e| e["allow"].as_array())
                .expect("opener:allow-open-url without a scope would open anything")
                .iter()
                .map(|a| a["url"].as_str().expect("url"))
                .collect();
            // ui/src/main.ts: only web, mail and phone addresses go to openUrl.
            assert!(ui.contains("/^(https?:|mailto:|tel:)/"), "ui/src/main.ts changed what it opens: update this test");
            assert_eq!(scope, BTreeSet::from(["http://*", "https://*", "mailto:*", "tel:*"]));
            for scheme in ["mailto", "tel"] {
                assert!(description.contains(&format!("{scheme} ")), "the description gives no reason for {scheme}:");
            }
        } else {
            panic!("{id} is granted, but nothing in ui/src needs it");
        }
    }
    let missing: Vec<_> = invoked.difference(&covered).collect();
    assert!(missing.is_empty(), "ui/src invokes {missing:?} without a permission for it");
    assert!(!description.contains("core:default:"), "the description still explains core:default");
}

#[test]
fn the_parser_finds_commands_with_and_without_a_type_argument() {
    let found = invoked_commands(
        "invoke<Foo<Bar>[]>(\"one\", { a });\ninvoke(\"two\");\nwindow.__TAURI_INTERNALS__.invoke(cmd, args);",
    );
    assert_eq!(found, BTreeSet::from(["one".to_owned(), "two".to_owned()]));
}
