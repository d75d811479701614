//! `nextcloud.desktop-client`: is the Nextcloud desktop app on this
//! computer, and is it set up for the organisation's server? Read from the
//! app's own settings file, `nextcloud.cfg` (Qt's INI format; the accounts
//! are in its `[Accounts]` section as `0\url`, `0\dav_user`,
//! `0\Folders\1\localPath` …, key names from nextcloud/desktop
//! `src/gui/accountmanager.cpp` and `src/gui/folder.cpp`).
//!
//! Where the file is (Nextcloud Client Manual, "configuration file"):
//! Linux `~/.config/Nextcloud/nextcloud.cfg` (Flatpak:
//! `~/.var/app/com.nextcloud.desktopclient.nextcloud/config/Nextcloud/`),
//! Windows `%APPDATA%\Nextcloud\nextcloud.cfg`, macOS
//! `~/Library/Preferences/Nextcloud/nextcloud.cfg`.
//!
//! Verdicts: an account for this server → pass (warn if it syncs no folder
//! yet); installed but for another server or not signed in → warn; not
//! installed → fail, so the step stays on the to-do list with how to
//! install it. The app's settings count as proof of installation too: it
//! wrote them, even when it lives where we do not look (an AppImage
//! anywhere).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use overstap_net::Url;

use super::{Evidence, Message, ProbeOutcome, ProbeStatus};

pub const DESKTOP_CLIENT: &str = "nextcloud.desktop-client";

const FLATPAK_ID: &str = "com.nextcloud.desktopclient.nextcloud";

/// The folders the probe looks in: the person's own by default, a
/// temporary home in tests.
#[derive(Debug, Clone)]
pub struct DesktopEnv {
    pub home: Option<PathBuf>,
    /// `$XDG_CONFIG_HOME` or `~/.config` (Linux), `%APPDATA%` (Windows).
    pub config_dir: Option<PathBuf>,
    /// The folders of `PATH`.
    pub path: Vec<PathBuf>,
    /// Where system-wide installs start: `/`, or a temporary folder in tests.
    pub root: PathBuf,
}

impl DesktopEnv {
    pub fn current() -> DesktopEnv {
        DesktopEnv {
            home: dirs::home_dir(),
            config_dir: dirs::config_dir(),
            path: std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default(),
            root: PathBuf::from("/"),
        }
    }

    /// Where `nextcloud.cfg` can be, on this OS.
    pub fn config_files(&self) -> Vec<PathBuf> {
        let home = self.home.clone();
        if cfg!(windows) {
            self.config_dir.iter().map(|d| d.join("Nextcloud").join("nextcloud.cfg")).collect()
        } else if cfg!(target_os = "macos") {
            home.into_iter().map(|h| h.join("Library/Preferences/Nextcloud/nextcloud.cfg")).collect()
        } else {
            let config = self.config_dir.clone().or_else(|| home.as_ref().map(|h| h.join(".config")));
            let mut files: Vec<PathBuf> = config.into_iter().map(|c| c.join("Nextcloud/nextcloud.cfg")).collect();
            files.extend(home.map(|h| h.join(".var/app").join(FLATPAK_ID).join("config/Nextcloud/nextcloud.cfg")));
            files
        }
    }

    /// The installed app, if found where installers put it.
    pub fn installation(&self) -> Option<(&'static str, PathBuf)> {
        if cfg!(windows) {
            return ["ProgramFiles", "ProgramFiles(x86)"]
                .iter()
                .filter_map(std::env::var_os)
                .map(|d| PathBuf::from(d).join("Nextcloud").join("nextcloud.exe"))
                .find(|p| p.exists())
                .map(|p| ("program", p));
        }
        if cfg!(target_os = "macos") {
            let mut apps = vec![self.root.join("Applications/Nextcloud.app")];
            apps.extend(self.home.as_ref().map(|h| h.join("Applications/Nextcloud.app")));
            return apps.into_iter().find(|p| p.exists()).map(|p| ("app", p));
        }
        if let Some(p) = self.path.iter().map(|d| d.join("nextcloud")).find(|p| p.is_file()) {
            return Some(("program", p));
        }
        let mut flatpaks = vec![self.root.join("var/lib/flatpak/app").join(FLATPAK_ID)];
        flatpaks.extend(self.home.as_ref().map(|h| h.join(".local/share/flatpak/app").join(FLATPAK_ID)));
        if let Some(p) = flatpaks.into_iter().find(|p| p.is_dir()) {
            return Some(("flatpak", p));
        }
        // AppImages live wherever they were saved; these are the folders
        // AppImage tools and the download page's instructions use.
        let home = self.home.as_ref()?;
        [home.join("Applications"), home.join(".local/bin")]
            .iter()
            .find_map(|dir| appimage_in(dir))
            .map(|p| ("appimage", p))
    }
}

fn appimage_in(dir: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .map(|n| n.to_string_lossy().to_ascii_lowercase())
                .is_some_and(|n| n.starts_with("nextcloud") && n.ends_with(".appimage"))
        })
        .collect();
    found.sort();
    found.pop()
}

/// One account of the desktop app.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Account {
    pub url: String,
    pub user: Option<String>,
    /// The local folders it keeps in sync.
    pub folders: Vec<String>,
    /// Those of `folders` with virtual files (downloaded when opened).
    pub virtual_folders: Vec<String>,
}

/// The accounts in a `nextcloud.cfg`, in the order of their ids.
pub fn parse_accounts(cfg: &str) -> Vec<Account> {
    let mut accounts: BTreeMap<String, Account> = BTreeMap::new();
    // (account, group, folder number) → (local path, virtual files on).
    let mut folders: BTreeMap<(String, String, String), (Option<String>, bool)> = BTreeMap::new();
    let mut in_accounts = false;
    for line in cfg.lines().map(str::trim) {
        if line.starts_with('[') {
            in_accounts = line == "[Accounts]";
            continue;
        }
        let Some((key, value)) = line.split_once('=').filter(|_| in_accounts && !line.starts_with(';')) else {
            continue;
        };
        // Qt writes nested keys with `\` (and reads `/` as the same).
        let parts: Vec<&str> = key.trim().split(['\\', '/']).collect();
        let Some((id, rest)) = parts.split_first() else { continue };
        let value = unquote(value.trim());
        match rest {
            ["url"] => accounts.entry((*id).to_owned()).or_default().url = value,
            ["dav_user"] => accounts.entry((*id).to_owned()).or_default().user = Some(value),
            // Plain sync, virtual files, and the older multi-folder layout.
            [group, n, "localPath"] if matches!(*group, "Folders" | "FoldersWithPlaceholders" | "Multifolders") => {
                folders.entry(((*id).to_owned(), (*group).to_owned(), (*n).to_owned())).or_default().0 = Some(value);
            }
            // `off`, or the kind of virtual files (`wincfapi` on Windows, `suffix`).
            [group, n, "virtualFilesMode"] => {
                folders.entry(((*id).to_owned(), (*group).to_owned(), (*n).to_owned())).or_default().1 = value != "off";
            }
            _ => {}
        }
    }
    for ((id, group, _), (path, virtual_mode)) in folders {
        let Some(path) = path else { continue };
        let account = accounts.entry(id).or_default();
        // macOS keeps folders with virtual files in a group of their own.
        if virtual_mode || group == "FoldersWithPlaceholders" {
            account.virtual_folders.push(path.clone());
        }
        account.folders.push(path);
    }
    accounts.into_values().filter(|a| !a.url.is_empty()).collect()
}

/// A QSettings INI value as text: quotes removed, `\\`, `\"`, `\n`, `\t`
/// and `\xHHHH` (non-ASCII, as older Qt versions write it) decoded.
fn unquote(raw: &str) -> String {
    let inner = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')).unwrap_or(raw);
    let mut out = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('x') => {
                let mut hex = String::new();
                while hex.len() < 4 && chars.peek().is_some_and(char::is_ascii_hexdigit) {
                    hex.extend(chars.next());
                }
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Scheme, host, port and path, so `https://Cloud.example.nl:443/` and
/// `https://cloud.example.nl` are the same server, and `/nextcloud` another.
fn server_key(url: &str) -> Option<(String, String, u16, String)> {
    let u = Url::parse(url.trim()).ok()?;
    let path = u.path().trim_end_matches('/');
    let path = path.strip_suffix("/index.php").unwrap_or(path).to_owned();
    Some((u.scheme().to_owned(), u.host_str()?.to_owned(), u.port_or_known_default()?, path))
}

pub fn same_server(a: &str, b: &str) -> bool {
    server_key(a).is_some_and(|k| Some(k) == server_key(b))
}

/// The desktop app's accounts for `server`, from every settings file found
/// (unreadable ones left out: `desktop_client` reports those).
pub fn accounts_for(server: &Url, env: &DesktopEnv) -> Vec<Account> {
    env.config_files()
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .flat_map(|text| parse_accounts(&text))
        .filter(|a| same_server(&a.url, server.as_str()))
        .collect()
}

/// The check itself; `server` is where the organisation's Nextcloud is.
pub fn desktop_client(server: &Url, env: &DesktopEnv) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let mut accounts = Vec::new();
    let mut config_found = false;
    for file in env.config_files() {
        match std::fs::read_to_string(&file) {
            Ok(text) => {
                config_found = true;
                evidence.fact("config", file.display().to_string());
                accounts.extend(parse_accounts(&text));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            // Unreadable (permissions): noted for IT; the other places still count.
            Err(e) => evidence.fact("config_error", format!("{}: {e}", file.display())),
        }
    }
    let installed = env.installation();
    if let Some((kind, path)) = &installed {
        evidence.fact("installed", serde_json::json!({ "kind": kind, "path": path.display().to_string() }));
    }
    evidence.fact("account_servers", accounts.iter().map(|a| a.url.clone()).collect::<Vec<_>>());
    let server_text = server.as_str().trim_end_matches('/').to_owned();
    let ours = accounts.iter().find(|a| same_server(&a.url, server.as_str()));
    let (status, m) = if let Some(account) = ours {
        let user = account.user.clone().unwrap_or_else(|| "?".into());
        evidence.fact("sync_folders", account.folders.clone());
        if account.folders.is_empty() {
            (ProbeStatus::Warn, Message::new("probe-nextcloud-desktop-no-folder").arg("user", user))
        } else {
            let folders = account.folders.join(", ");
            let m = Message::new("probe-nextcloud-desktop-pass").arg("user", user).arg("folders", folders);
            (ProbeStatus::Pass, m)
        }
    } else if !accounts.is_empty() {
        let others = accounts.iter().map(|a| a.url.as_str()).collect::<Vec<_>>().join(", ");
        (ProbeStatus::Warn, Message::new("probe-nextcloud-desktop-other-server").arg("others", others))
    } else if installed.is_some() || config_found {
        (ProbeStatus::Warn, Message::new("probe-nextcloud-desktop-no-account"))
    } else {
        (ProbeStatus::Fail, Message::new("probe-nextcloud-desktop-not-installed"))
    };
    let m = m.arg("server", server_text);
    let outcome = ProbeOutcome::new(DESKTOP_CLIENT, status, m.clone()).evidence(evidence);
    if status == ProbeStatus::Pass {
        outcome
    } else {
        outcome.remedy(m.remedy())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As the desktop app writes it (QSettings INI): one account with a
    /// plain sync folder and one with virtual files.
    const CFG: &str = r#"[General]
clientVersion=3.16.4
launchOnSystemStartup=true

[Accounts]
0\Folders\1\ignoreHiddenFiles=false
0\Folders\1\journalPath=.sync_5b3e2c1a9f4d.db
0\Folders\1\localPath=/home/alice/Nextcloud/
0\Folders\1\paused=false
0\Folders\1\targetPath=/
0\Folders\1\version=2
0\Folders\1\virtualFilesMode=off
0\authType=webflow
0\dav_user=alice
0\displayName=Alice Jansen
0\serverVersion=34.0.4.1
0\url=https://cloud.example.nl
0\version=13
0\webflow_user=alice
1\FoldersWithPlaceholders\1\localPath="/home/alice/Oude cloud, archief/"
1\dav_user=a.jansen
1\url=https://Old.Example.org:443/nextcloud/
version=13

[Proxy]
type=2
"#;

    #[test]
    fn reads_accounts_and_their_folders_from_the_ini_format() {
        let accounts = parse_accounts(CFG);
        assert_eq!(accounts.len(), 2);
        assert_eq!(accounts[0].url, "https://cloud.example.nl");
        assert_eq!(accounts[0].user.as_deref(), Some("alice"));
        assert_eq!(accounts[0].folders, ["/home/alice/Nextcloud/"]);
        assert_eq!(accounts[1].folders, ["/home/alice/Oude cloud, archief/"], "quoted value");
        assert!(accounts[0].virtual_folders.is_empty(), "virtualFilesMode=off");
        assert_eq!(accounts[1].virtual_folders, accounts[1].folders, "a folder with placeholders");
        assert_eq!(unquote(r#""C:\\Users\\J\xe9r\xf4me""#), "C:\\Users\\Jérôme");
        assert!(parse_accounts("[General]\n0\\url=https://x\n").is_empty(), "only [Accounts] counts");
    }

    #[test]
    fn servers_compare_by_scheme_host_port_and_path() {
        assert!(same_server("https://cloud.example.nl", "https://Cloud.Example.NL:443/"));
        assert!(same_server("https://old.example.org:443/nextcloud/", "https://old.example.org/nextcloud"));
        assert!(same_server("https://x.nl/index.php", "https://x.nl/"));
        assert!(!same_server("https://old.example.org/nextcloud", "https://old.example.org/"));
        assert!(!same_server("http://cloud.example.nl", "https://cloud.example.nl"));
        assert!(!same_server("https://cloud.example.nl:8443", "https://cloud.example.nl"));
        assert!(!same_server("not a url", "not a url"));
    }

    fn env(home: &Path) -> DesktopEnv {
        DesktopEnv { home: Some(home.to_path_buf()), config_dir: None, path: vec![], root: home.join("root") }
    }

    #[test]
    fn each_situation_gets_its_own_verdict() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let server = Url::parse("https://cloud.example.nl/").unwrap();
        let outcome = desktop_client(&server, &env(h));
        assert_eq!(
            (outcome.status, outcome.summary.id.as_str()),
            (ProbeStatus::Fail, "probe-nextcloud-desktop-not-installed")
        );

        // Installed from Flathub for this user, never started.
        std::fs::create_dir_all(h.join(".local/share/flatpak/app").join(FLATPAK_ID)).unwrap();
        let outcome = desktop_client(&server, &env(h));
        assert_eq!(
            (outcome.status, outcome.summary.id.as_str()),
            (ProbeStatus::Warn, "probe-nextcloud-desktop-no-account")
        );
        assert_eq!(outcome.evidence.facts["installed"]["kind"], "flatpak");

        // Signed in there, to another server only.
        let flatpak_cfg = h.join(".var/app").join(FLATPAK_ID).join("config/Nextcloud/nextcloud.cfg");
        std::fs::create_dir_all(flatpak_cfg.parent().unwrap()).unwrap();
        std::fs::write(&flatpak_cfg, "[Accounts]\n0\\url=https://other.example.com\n0\\dav_user=aj\nversion=13\n")
            .unwrap();
        let outcome = desktop_client(&server, &env(h));
        assert_eq!(outcome.summary.id, "probe-nextcloud-desktop-other-server");
        assert_eq!(outcome.summary.args["others"], "https://other.example.com");

        // The native app's settings (XDG default) with this server.
        let native = h.join(".config/Nextcloud/nextcloud.cfg");
        std::fs::create_dir_all(native.parent().unwrap()).unwrap();
        std::fs::write(&native, CFG).unwrap();
        let outcome = desktop_client(&server, &env(h));
        assert_eq!(outcome.status, ProbeStatus::Pass, "{outcome:?}");
        assert_eq!(outcome.summary.args["folders"], "/home/alice/Nextcloud/");
        assert_eq!(outcome.summary.args["user"], "alice");

        // An account for the server that syncs nothing yet.
        std::fs::write(&native, "[Accounts]\n0\\url=https://cloud.example.nl/\n0\\dav_user=alice\n").unwrap();
        assert_eq!(desktop_client(&server, &env(h)).summary.id, "probe-nextcloud-desktop-no-folder");
    }

    #[test]
    fn finds_the_program_on_path_and_appimages() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        std::fs::create_dir_all(h.join("Applications")).unwrap();
        std::fs::write(h.join("Applications/Nextcloud-3.16.4-x86_64.AppImage"), b"").unwrap();
        assert_eq!(env(h).installation().unwrap().0, "appimage");
        std::fs::create_dir_all(h.join("bin")).unwrap();
        std::fs::write(h.join("bin/nextcloud"), b"").unwrap();
        let e = DesktopEnv { path: vec![h.join("nothing"), h.join("bin")], ..env(h) };
        assert_eq!(e.installation(), Some(("program", h.join("bin/nextcloud"))));
    }
}
