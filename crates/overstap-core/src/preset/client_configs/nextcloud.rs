//! The Nextcloud desktop client, set up for the organisation's server.
//! Facts from nextcloud/desktop:
//!
//! - `nextcloud.cfg` (Qt INI): `overrideServerUrl` at the top level, i.e. in
//!   `[General]` (`src/libsync/configfile.cpp`), fills in the account
//!   wizard's server and greys the field out; the wizard clears it once the
//!   account is added (`src/gui/wizard/owncloudadvancedsetuppage.cpp`), so it
//!   steers the first sign-in and locks nothing.
//! - Mass deployment (`doc/massdeploymentcommandline.rst`): the client run
//!   with `--userid`, `--apppassword` and `--serverurl` (required),
//!   `--localdirpath`, `--isvfsenabled 0|1`, `--remotedirpath` (optional)
//!   writes the account into `nextcloud.cfg` and exits 0, or 1 on failure.
//!   `--overrideserverurl` is for the wizard and must not be used there.
//!
//! The address goes into the files as written, so it must pass
//! [`plain_https_url`]: nothing a shell or `cmd.exe` would interpret.

use super::{invalid_server, plain_https_url};
use crate::error::Result;
use crate::preset::model::Preset;

/// The `[General]` lines that pre-set the server; `None` without `servers.nextcloud`.
pub fn nextcloud_cfg(preset: &Preset) -> Result<Option<String>> {
    Ok(server_url(preset)?.map(|url| cfg(&url)))
}

/// The mass-deployment script for Linux and macOS.
pub fn nextcloud_deploy_sh(preset: &Preset) -> Result<Option<String>> {
    Ok(server_url(preset)?.map(|url| deploy_sh(&url)))
}

/// The mass-deployment script for Windows (`cmd.exe`).
pub fn nextcloud_deploy_cmd(preset: &Preset) -> Result<Option<String>> {
    Ok(server_url(preset)?.map(|url| deploy_cmd(&url)))
}

pub(super) fn server_url(preset: &Preset) -> Result<Option<String>> {
    let Some(given) = preset.servers.as_ref().and_then(|s| s.nextcloud.as_deref()) else {
        return Ok(None);
    };
    plain_https_url(given).map(Some).ok_or_else(|| invalid_server("error-client-config-nextcloud-server", given))
}

pub(super) fn cfg(url: &str) -> String {
    format!(
        "; Written by Overstap. Pre-sets the server in the Nextcloud desktop client's\n\
         ; account wizard (the person still signs in in the browser). Put the line\n\
         ; under [General] in nextcloud.cfg before the client first starts; see README.txt.\n\
         [General]\n\
         overrideServerUrl={url}\n"
    )
}

pub(super) fn deploy_sh(url: &str) -> String {
    format!(
        r#"#!/bin/sh
# Written by Overstap. Adds the organisation's Nextcloud account to the
# Nextcloud desktop client of ONE person, without the account wizard
# (Nextcloud's "mass deployment" command line). Run it as that person, after
# the client is installed and before it first starts. See README.txt.
#
#   nextcloud-add-account.sh USER_ID APP_PASSWORD [LOCAL_FOLDER]
#
# The client exits 0 when the account was added, 1 when not (details in its log).
set -eu

SERVER_URL='{url}'

# ---- Per person: pass these as arguments (or fill them in here) ----
USER_ID="${{1:-}}"                     # <USER_ID>: the user id on the server
APP_PASSWORD="${{2:-}}"                # <APP_PASSWORD>: an app password for this computer
LOCAL_DIR="${{3:-$HOME/Nextcloud}}"    # <LOCAL_FOLDER>: where files are synced
# ---------------------------------------------------------------------
VFS=0 # 1: files on demand (experimental on Linux)

if [ -z "$USER_ID" ] || [ -z "$APP_PASSWORD" ]; then
    echo "usage: $0 USER_ID APP_PASSWORD [LOCAL_FOLDER]" >&2
    exit 2
fi

if [ "$(uname -s)" = Darwin ]; then
    set -- /Applications/Nextcloud.app/Contents/MacOS/Nextcloud
elif command -v nextcloud >/dev/null 2>&1; then
    set -- nextcloud
elif command -v flatpak >/dev/null 2>&1 && flatpak info com.nextcloud.desktopclient.nextcloud >/dev/null 2>&1; then
    set -- flatpak run com.nextcloud.desktopclient.nextcloud
else
    echo "The Nextcloud desktop client is not installed." >&2
    exit 3
fi

exec "$@" --userid "$USER_ID" --apppassword "$APP_PASSWORD" \
    --localdirpath "$LOCAL_DIR" --isvfsenabled "$VFS" --serverurl "$SERVER_URL"
"#
    )
}

pub(super) fn deploy_cmd(url: &str) -> String {
    let text = format!(
        r#"@echo off
rem Written by Overstap. Adds the organisation's Nextcloud account to the
rem Nextcloud desktop client of ONE person, without the account wizard
rem (Nextcloud's "mass deployment" command line). Run it as that person, after
rem the client is installed and before it first starts. See README.txt.
rem
rem   nextcloud-add-account.cmd USER_ID APP_PASSWORD [LOCAL_FOLDER]
rem
rem The client exits 0 when the account was added, 1 when not (details in its log).
setlocal

set "SERVER_URL={url}"

rem ---- Per person: pass these as arguments (or fill them in here) ----
rem <USER_ID>: the user id on the server
set "USER_ID=%~1"
rem <APP_PASSWORD>: an app password for this computer
set "APP_PASSWORD=%~2"
rem <LOCAL_FOLDER>: where files are synced
set "LOCAL_DIR=%~3"
if "%LOCAL_DIR%"=="" set "LOCAL_DIR=%USERPROFILE%\Nextcloud"
rem ---------------------------------------------------------------------
rem 1: files on demand (Windows virtual files), 0: everything downloaded
set "VFS=1"

if "%USER_ID%"=="" goto usage
if "%APP_PASSWORD%"=="" goto usage

set "NEXTCLOUD=%ProgramFiles%\Nextcloud\nextcloud.exe"
if not exist "%NEXTCLOUD%" (
    echo The Nextcloud desktop client is not installed in "%ProgramFiles%\Nextcloud". 1>&2
    exit /b 3
)

start "" /wait "%NEXTCLOUD%" --userid "%USER_ID%" --apppassword "%APP_PASSWORD%" --localdirpath "%LOCAL_DIR%" --isvfsenabled %VFS% --serverurl "%SERVER_URL%"
exit /b %ERRORLEVEL%

:usage
echo usage: %~nx0 USER_ID APP_PASSWORD [LOCAL_FOLDER] 1>&2
exit /b 2
"#
    );
    // cmd.exe reads batch files line by line and expects CRLF.
    text.replace('\n', "\r\n")
}

#[cfg(test)]
mod tests {
    use super::super::tests::preset;
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn the_cfg_sets_the_wizards_server_in_general() {
        let text = nextcloud_cfg(&preset(None, Some("https://cloud.example.nl/"), &[])).unwrap().unwrap();
        let general = text.split("[General]\n").nth(1).expect("a [General] section");
        assert_eq!(general.lines().find(|l| !l.starts_with(';')), Some("overrideServerUrl=https://cloud.example.nl"));
        assert!(text.lines().all(|l| l.starts_with(';') || l.starts_with('[') || l.contains('=')), "{text}");
    }

    #[test]
    fn the_scripts_pass_every_documented_flag_and_ask_for_the_person() {
        let p = preset(None, Some("https://cloud.example.nl"), &[]);
        let sh = nextcloud_deploy_sh(&p).unwrap().unwrap();
        let cmd = nextcloud_deploy_cmd(&p).unwrap().unwrap();
        for script in [&sh, &cmd] {
            for flag in ["--userid", "--apppassword", "--localdirpath", "--isvfsenabled", "--serverurl"] {
                assert!(script.contains(flag), "{flag} missing");
            }
            assert!(!script.contains("--overrideserverurl"), "the wizard flag has no place here");
            for placeholder in ["<USER_ID>", "<APP_PASSWORD>", "<LOCAL_FOLDER>"] {
                assert!(script.contains(placeholder), "{placeholder} not marked");
            }
        }
        assert!(sh.starts_with("#!/bin/sh\n") && sh.contains("SERVER_URL='https://cloud.example.nl'"));
        assert!(sh.contains("/Applications/Nextcloud.app/Contents/MacOS/Nextcloud"));
        assert!(cmd.contains("set \"SERVER_URL=https://cloud.example.nl\"\r\n"));
        assert!(cmd.contains("%ProgramFiles%\\Nextcloud\\nextcloud.exe"));
        assert!(!cmd.replace("\r\n", "").contains('\n'), "CRLF only");
    }

    /// The script runs as POSIX sh: without arguments it stops with its usage
    /// before looking for the client.
    #[cfg(unix)]
    #[test]
    fn the_shell_script_parses_and_refuses_without_the_person() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("add.sh");
        std::fs::write(&script, deploy_sh("https://cloud.example.nl")).unwrap();
        let check = std::process::Command::new("sh").arg("-n").arg(&script).status().unwrap();
        assert!(check.success());
        let out = std::process::Command::new("sh").arg(&script).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage:"));
    }

    #[test]
    fn nothing_without_a_server_and_refused_when_unsafe() {
        assert_eq!(nextcloud_cfg(&preset(None, None, &[])).unwrap(), None);
        let err = nextcloud_deploy_sh(&preset(None, Some("https://cloud.example.nl/'; rm -rf ~; '"), &[])).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
    }
}
