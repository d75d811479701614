//! `README.txt` next to the files: for each one, what it sets, where it
//! goes on each system, and what it cannot do, so that nobody deploys a
//! file believing it locks more than it does. Locations: element-web
//! `docs/config.md` and flathub `im.riot.Riot` (Element), nextcloud/desktop
//! `doc/` (Nextcloud), LibreOffice's `share/registry` per installation
//! (`probe/libreoffice_locate.rs` lists the installations Overstap knows).

use std::fmt::Write as _;

use super::element::MatrixServer;
use super::libreoffice::SaveFormats;
use super::{
    is_locked, Known, ELEMENT_CONFIG, LIBREOFFICE_REG, LIBREOFFICE_XCD, NEXTCLOUD_CFG, NEXTCLOUD_CMD, NEXTCLOUD_SH,
    README,
};
use crate::error::Result;
use crate::preset::model::Preset;

/// The README for the files [`super::write_client_configs_with`] writes.
pub fn readme(preset: &Preset, known: &Known) -> Result<String> {
    let matrix = super::element::matrix_server(preset, known)?;
    let nextcloud = super::nextcloud::server_url(preset)?;
    Ok(text(preset, matrix.as_ref(), nextcloud.as_deref(), SaveFormats::from_preset(preset)))
}

pub(super) fn text(
    preset: &Preset,
    matrix: Option<&MatrixServer>,
    nextcloud: Option<&str>,
    formats: SaveFormats,
) -> String {
    let mut t = String::new();
    let organisation = preset.organisation.as_ref().and_then(|o| o.name.as_deref());
    let title = match organisation {
        Some(name) => format!("Client configurations for {name}"),
        None => "Client configurations".to_owned(),
    };
    let _ = writeln!(t, "{title}\n{}\n", "=".repeat(title.chars().count()));
    let serial = preset.preset.as_ref().and_then(|p| p.serial).map(|s| format!(" (serial {s})")).unwrap_or_default();
    let _ = writeln!(
        t,
        "Written by Overstap {} from the organisation's preset{serial}. These files set up\n\
         the programs Overstap guides people to, the same way on every computer.\n\
         Run `overstap preset client-configs` again after the preset changes.\n",
        crate::VERSION
    );
    let _ = writeln!(t, "Files");
    let _ = writeln!(t, "-----");
    if matrix.is_some() {
        let _ = writeln!(t, "{ELEMENT_CONFIG:<34} Element (chat): the organisation's Matrix server");
    }
    if nextcloud.is_some() {
        let _ = writeln!(t, "{NEXTCLOUD_CFG:<34} Nextcloud desktop client: the server in the sign-in wizard");
        let _ = writeln!(t, "{NEXTCLOUD_SH:<34} Nextcloud: add a person's account (Linux, macOS)");
        let _ = writeln!(t, "{NEXTCLOUD_CMD:<34} Nextcloud: add a person's account (Windows)");
    }
    let _ = writeln!(t, "{LIBREOFFICE_XCD:<34} LibreOffice: default save formats, locked");
    let _ = writeln!(t, "{LIBREOFFICE_REG:<34} LibreOffice on Windows: the same as registry policy");
    let _ = writeln!(t, "{README:<34} this file\n");
    match matrix {
        Some(server) => element(&mut t, preset, server),
        None => {
            let _ = writeln!(t, "The preset names no Matrix server (servers.matrix): no Element configuration.\n");
        }
    }
    match nextcloud {
        Some(url) => nextcloud_section(&mut t, url),
        None => {
            let _ = writeln!(t, "The preset names no Nextcloud server (servers.nextcloud): no Nextcloud files.\n");
        }
    }
    libreoffice(&mut t, formats);
    t
}

fn heading(t: &mut String, text: &str) {
    let _ = writeln!(t, "{text}\n{}\n", "-".repeat(text.chars().count()));
}

fn element(t: &mut String, preset: &Preset, server: &MatrixServer) {
    heading(t, &format!("Element: {ELEMENT_CONFIG}"));
    let _ = match server {
        MatrixServer::Name { name, homeserver: Some(url) } => {
            writeln!(t, "Element starts with the server {name} (homeserver {url}).")
        }
        MatrixServer::Name { name, homeserver: None } => writeln!(
            t,
            "Element starts with the server {name}. It finds the homeserver address at each\n\
             start from https://{name}/.well-known/matrix/client; if that file is missing,\n\
             Element shows an error. (With the address known, Overstap writes it in.)"
        ),
        MatrixServer::Homeserver(url) => writeln!(t, "Element starts with the homeserver {url}."),
    };
    if is_locked(preset, "servers.matrix") {
        let _ = writeln!(
            t,
            "The server is locked in the preset: Element offers no other server at sign-in\n(disable_custom_urls)."
        );
    }
    if let Some(language) = preset.defaults.as_ref().and_then(|d| d.language.as_deref()) {
        let _ = writeln!(t, "Element's language is \"{language}\" unless the person chooses another.");
    }
    let _ = writeln!(
        t,
        "\nElement Desktop: copy the file, renamed to config.json, into each person's profile:\n\
         \x20 Windows   %APPDATA%\\Element\\config.json\n\
         \x20 Linux     ~/.config/Element/config.json ($XDG_CONFIG_HOME/Element/config.json)\n\
         \x20 Flatpak   ~/.var/app/im.riot.Riot/config/Element/config.json\n\
         \x20 macOS     ~/Library/Application Support/Element/config.json\n\
         Element Web (the organisation's own copy): merge these keys into its config.json.\n\
         Element reads the file only at start: quit it completely (also from the\n\
         system tray) and start it again.\n\n\
         Limits: the file lives in the person's own profile, so they can change or\n\
         delete it; disable_custom_urls hides the choice of server at sign-in and does\n\
         not stop other Matrix apps. Never add default_server_name, default_server_config\n\
         or default_hs_url next to the one this file has: Element refuses to start when\n\
         it finds more than one.\n"
    );
}

fn nextcloud_section(t: &mut String, url: &str) {
    heading(t, "Nextcloud desktop client");
    let _ = writeln!(
        t,
        "{NEXTCLOUD_CFG}: sets overrideServerUrl={url}. The account wizard then has\n\
         the server filled in, greyed out, and goes straight to the browser sign-in.\n\
         For a new profile, copy it as nextcloud.cfg; for an existing one, add the\n\
         line under [General]. Before the client's first start:\n\
         \x20 Windows   %APPDATA%\\Nextcloud\\nextcloud.cfg\n\
         \x20 Linux     ~/.config/Nextcloud/nextcloud.cfg\n\
         \x20 Flatpak   ~/.var/app/com.nextcloud.desktopclient.nextcloud/config/Nextcloud/nextcloud.cfg\n\
         \x20 macOS     ~/Library/Preferences/Nextcloud/nextcloud.cfg\n\
         The same works once from the command line: nextcloud --overrideserverurl {url}\n\n\
         {NEXTCLOUD_SH}, {NEXTCLOUD_CMD}: Nextcloud's mass deployment. Run as\n\
         the person, once, with their user id and an app password made for that\n\
         computer (Nextcloud: Settings > Security > Devices & sessions, or Login\n\
         Flow v2), and optionally the local folder. The client writes the account\n\
         and exits with 0, or 1 when it failed (the reason is in its log):\n\
         \x20 sh {NEXTCLOUD_SH} USER_ID APP_PASSWORD [LOCAL_FOLDER]\n\
         \x20 {NEXTCLOUD_CMD} USER_ID APP_PASSWORD [LOCAL_FOLDER]\n\
         The programs they start: macOS /Applications/Nextcloud.app/Contents/MacOS/Nextcloud,\n\
         Linux `nextcloud` on the PATH or the Flatpak, Windows\n\
         %ProgramFiles%\\Nextcloud\\nextcloud.exe. Files on demand (--isvfsenabled) is on\n\
         for Windows, off elsewhere; --remotedirpath /Folder syncs one server folder\n\
         only. The app password is on the command line while the client runs: run the\n\
         scripts where other users cannot list processes, and keep it out of logs.\n\n\
         Installing on Windows (MSI), for example:\n\
         \x20 msiexec /passive /i Nextcloud-x.y.z-x64.msi SKIPAUTOUPDATE=\"1\" NO_DESKTOP_SHORTCUT=\"1\" DO_NOT_SCHEDULE_REBOOT=\"1\"\n\
         Also: NO_START_MENU_SHORTCUTS, NO_SHELL_EXTENSIONS, INSTALLDIR, LAUNCH=\"1\",\n\
         REBOOT=ReallySuppress. The MSI remembers them for upgrades. Update checks can\n\
         also be switched off by policy: HKLM\\Software\\Policies\\Nextcloud GmbH\\Nextcloud,\n\
         value skipUpdateCheck (DWORD 1).\n\n\
         Limits: the Nextcloud desktop client cannot lock the server. No setting,\n\
         policy or MDM key keeps a person from adding another server or account;\n\
         administrators have asked for one since 2017 (nextcloud/desktop issues #59\n\
         and #9764). overrideServerUrl only steers the first sign-in and is cleared\n\
         once the account is added.\n"
    );
}

fn libreoffice(t: &mut String, formats: SaveFormats) {
    heading(t, "LibreOffice");
    let _ = writeln!(
        t,
        "Documents are saved as {} by default, and the setting is finalized:\n\
         people cannot change the default, and what their own profile says about it\n\
         is ignored. They can still choose another format in Save As.",
        formats.name()
    );
    if formats.warns_on_other_formats() {
        let _ = writeln!(t, "\"Keep current format?\" is always asked when saving in another format.");
    }
    let _ = writeln!(
        t,
        "\n{LIBREOFFICE_XCD}: copy into the share/registry folder of the installation,\n\
         as administrator, and restart LibreOffice:\n\
         \x20 Debian, Ubuntu          /usr/lib/libreoffice/share/registry/ (a link to /etc/libreoffice/registry/)\n\
         \x20 Fedora, openSUSE, Arch  /usr/lib64/libreoffice/share/registry/ or /usr/lib/libreoffice/share/registry/\n\
         \x20 LibreOffice's packages  /opt/libreofficeX.Y/share/registry/\n\
         \x20 Windows                 C:\\Program Files\\LibreOffice\\share\\registry\\\n\
         \x20 macOS                   /Applications/LibreOffice.app/Contents/Resources/registry/\n\
         A LibreOffice upgrade may replace the folder: put the file back after each one\n\
         (or let the software distribution do so).\n\n\
         {LIBREOFFICE_REG} (Windows): the same settings as policy under\n\
         HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\LibreOffice, which LibreOffice reads at\n\
         every start and upgrades do not touch. Import it as administrator\n\
         (reg import {LIBREOFFICE_REG}) or push the keys through Group Policy\n\
         Preferences. Use it or the .xcd; both together do no harm.\n\n\
         Limits: the Snap and Flatpak packages cannot take the file (their\n\
         installation is read-only). Changing files inside the macOS app bundle can\n\
         break its signature; try it on one Mac first.\n"
    );
}

#[cfg(test)]
mod tests {
    use super::super::tests::preset;
    use super::*;
    use crate::preset::model::Defaults;

    #[test]
    fn each_section_says_where_the_files_go_and_what_they_cannot_do() {
        let mut p = preset(Some("example.nl"), Some("https://cloud.example.nl"), &["servers"]);
        p.defaults = Some(Defaults { language: Some("de".into()) });
        let text = readme(&p, &Known::default()).unwrap();
        for expected in [
            "Client configurations for Ministerie van Voorbeelden",
            "%APPDATA%\\Element\\config.json",
            "~/.var/app/im.riot.Riot/config/Element/config.json",
            "https://example.nl/.well-known/matrix/client",
            "disable_custom_urls",
            "\"de\"",
            "overrideServerUrl=https://cloud.example.nl",
            "SKIPAUTOUPDATE",
            "cannot lock the server",
            "#59",
            "#9764",
            "share/registry",
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\LibreOffice",
            "OpenDocument (.odt, .ods, .odp)",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
    }

    #[test]
    fn sections_without_a_server_say_so() {
        let text = readme(&Preset::default(), &Known::default()).unwrap();
        assert!(text.contains("no Element configuration") && text.contains("no Nextcloud files"));
        assert!(!text.contains(ELEMENT_CONFIG) && !text.contains(NEXTCLOUD_SH));
        assert!(text.contains(LIBREOFFICE_XCD));
    }
}
