//! `nextcloud.sync-mode`: has the person chosen how their files sync? The
//! desktop app writes the choice for each folder it syncs into its
//! `nextcloud.cfg` (`virtualFilesMode`: `off` for full copies, `wincfapi`
//! or `suffix` for virtual files; macOS keeps folders with virtual files
//! under `FoldersWithPlaceholders`): a folder of this server's account
//! shows the choice was made, and which.

use overstap_net::Url;

use super::nextcloud_desktop::{accounts_for, DesktopEnv};
use super::{Evidence, Message, ProbeOutcome, ProbeStatus};

pub const SYNC_MODE: &str = "nextcloud.sync-mode";

pub fn sync_mode(server: &Url, env: &DesktopEnv) -> ProbeOutcome {
    let mut evidence = Evidence::default();
    let account = accounts_for(server, env).into_iter().find(|a| !a.folders.is_empty());
    let Some(account) = account else {
        let m = Message::new("probe-nextcloud-sync-mode-none");
        return ProbeOutcome::new(SYNC_MODE, ProbeStatus::Fail, m.clone()).remedy(m.remedy());
    };
    evidence.fact("folders", account.folders.clone());
    evidence.fact("virtual_folders", account.virtual_folders.clone());
    let folder = account.folders[0].clone();
    let id = if account.virtual_folders.contains(&folder) {
        "probe-nextcloud-sync-mode-virtual"
    } else {
        "probe-nextcloud-sync-mode-full"
    };
    ProbeOutcome::new(SYNC_MODE, ProbeStatus::Pass, Message::new(id).arg("folder", folder)).evidence(evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_with(cfg: &str) -> (tempfile::TempDir, DesktopEnv) {
        let home = tempfile::tempdir().unwrap();
        let config = home.path().join("config");
        std::fs::create_dir_all(config.join("Nextcloud")).unwrap();
        std::fs::write(config.join("Nextcloud/nextcloud.cfg"), cfg).unwrap();
        let env = DesktopEnv {
            home: Some(home.path().to_path_buf()),
            config_dir: Some(config),
            path: Vec::new(),
            root: home.path().join("root"),
        };
        (home, env)
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_choice_is_read_from_the_apps_settings() {
        let server = Url::parse("https://cloud.example.nl").unwrap();
        let full = "[Accounts]\n0\\Folders\\1\\localPath=/home/jan/Nextcloud/\n0\\Folders\\1\\virtualFilesMode=off\n0\\url=https://cloud.example.nl\n";
        let (_home, env) = env_with(full);
        let outcome = sync_mode(&server, &env);
        assert_eq!(
            (outcome.status, outcome.summary.id.as_str()),
            (ProbeStatus::Pass, "probe-nextcloud-sync-mode-full")
        );
        let (_home, env) = env_with(&full.replace("virtualFilesMode=off", "virtualFilesMode=wincfapi"));
        assert_eq!(sync_mode(&server, &env).summary.id, "probe-nextcloud-sync-mode-virtual");
        let (_home, env) = env_with("[Accounts]\n0\\url=https://cloud.example.nl\n");
        assert_eq!(sync_mode(&server, &env).status, ProbeStatus::Fail, "signed in, no folder chosen yet");
        let (_home, env) = env_with(&full.replace("cloud.example.nl", "other.example.org"));
        assert_eq!(sync_mode(&server, &env).status, ProbeStatus::Fail, "another server's folder does not count");
    }
}
