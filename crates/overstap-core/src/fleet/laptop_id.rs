//! The pseudonymous laptop id: a keyed hash of this computer's id and the
//! account name, so that IT can follow one person's progress over time
//! without learning who it is. The key is the organisation's salt from the
//! preset: without it the id cannot be recomputed from a machine id, and
//! two organisations never see the same id for the same laptop.
//!
//! The account name is part of it because a shared computer has one
//! machine id but several people, each with their own progress.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Tells this version of the derivation apart from any later one.
const CONTEXT: &[u8] = b"overstap-fleet-laptop-id-v1";

/// What identifies this person on this computer, before hashing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MachineIdentity {
    /// `/etc/machine-id`, Windows' `MachineGuid`, the Mac's `IOPlatformUUID`.
    pub machine_id: String,
    /// The account name on this computer.
    pub account: String,
    /// The account's full name, when the system knows one.
    pub full_name: Option<String>,
}

/// 32 hex digits: HMAC-SHA256 keyed with `salt`, truncated to 128 bits
/// (plenty to keep a few million laptops apart).
pub fn laptop_id(salt: &str, who: &MachineIdentity) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(salt.as_bytes()).expect("HMAC takes keys of any length");
    for part in [CONTEXT, who.machine_id.as_bytes(), who.account.as_bytes()] {
        // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
        mac.update(&(part.len() as u64).to_be_bytes());
        mac.update(part);
    }
    mac.finalize().into_bytes()[..LAPTOP_ID_LEN / 2].iter().map(|b| format!("{b:02x}")).collect()
}

/// A laptop id's length: 32 hex digits (128 bits of an HMAC-SHA256).
pub const LAPTOP_ID_LEN: usize = 32;

/// Whether `id` has the shape of a laptop id: 32 lowercase hex digits.
pub fn is_laptop_id(id: &str) -> bool {
    id.len() == LAPTOP_ID_LEN && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// This computer and account. Where the operating system gives no machine
/// id, `fallback` gives one (an id kept in the data folder).
pub fn this_machine(fallback: impl FnOnce() -> String) -> MachineIdentity {
    let machine_id = os::machine_id().map(|id| id.trim().to_owned()).filter(|id| !id.is_empty());
    let (account, full_name) = os::account();
    MachineIdentity { machine_id: machine_id.unwrap_or_else(fallback), account, full_name }
}

#[cfg(unix)]
mod os {
    /// systemd's id, or D-Bus's where there is no systemd.
    #[cfg(not(target_os = "macos"))]
    pub fn machine_id() -> Option<String> {
        ["/etc/machine-id", "/var/lib/dbus/machine-id"].iter().find_map(|p| std::fs::read_to_string(p).ok())
    }

    /// The hardware UUID, as `ioreg` prints it: `"IOPlatformUUID" = "…"`.
    #[cfg(target_os = "macos")]
    pub fn machine_id() -> Option<String> {
        let out = std::process::Command::new("/usr/sbin/ioreg")
            .args(["-rd1", "-c", "IOPlatformExpertDevice"])
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout);
        let line = text.lines().find(|l| l.contains("\"IOPlatformUUID\""))?;
        line.rsplit('"').nth(1).map(str::to_owned)
    }

    /// The account name and the full name from the GECOS field.
    pub fn account() -> (String, Option<String>) {
        match nix::unistd::User::from_uid(nix::unistd::getuid()) {
            Ok(Some(user)) => {
                let gecos = user.gecos.to_string_lossy().split(',').next().unwrap_or("").trim().to_owned();
                (user.name, (!gecos.is_empty()).then_some(gecos))
            }
            _ => (std::env::var("USER").unwrap_or_default(), None),
        }
    }
}

#[cfg(windows)]
mod os {
    /// Set by Windows setup; the same for every account on the computer.
    pub fn machine_id() -> Option<String> {
        use winreg::enums::{HKEY_LOCAL_MACHINE, KEY_READ, KEY_WOW64_64KEY};
        let key = winreg::RegKey::predef(HKEY_LOCAL_MACHINE)
            .open_subkey_with_flags(r"SOFTWARE\Microsoft\Cryptography", KEY_READ | KEY_WOW64_64KEY)
            .ok()?;
        key.get_value::<String, _>("MachineGuid").ok()
    }

    pub fn account() -> (String, Option<String>) {
        let domain = std::env::var("USERDOMAIN").ok();
        let user = std::env::var("USERNAME").unwrap_or_default();
        (domain.map(|d| format!(r"{d}\{user}")).unwrap_or(user), None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(machine: &str, account: &str) -> MachineIdentity {
        MachineIdentity { machine_id: machine.into(), account: account.into(), full_name: None }
    }

    #[test]
    fn the_same_laptop_and_salt_give_the_same_id() {
        let a = laptop_id("organisation-salt-0123456789", &who("4c4c4544", "jjansen"));
        assert_eq!(a, laptop_id("organisation-salt-0123456789", &who("4c4c4544", "jjansen")));
        assert!(is_laptop_id(&a), "{a}");
    }

    #[test]
    fn another_salt_account_or_machine_gives_another_id() {
        let base = laptop_id("organisation-salt-0123456789", &who("4c4c4544", "jjansen"));
        assert_ne!(base, laptop_id("another-organisation-salt!!", &who("4c4c4544", "jjansen")));
        assert_ne!(base, laptop_id("organisation-salt-0123456789", &who("4c4c4544", "pdevries")));
        assert_ne!(base, laptop_id("organisation-salt-0123456789", &who("4c4c4545", "jjansen")));
        // The parts are kept apart: moving a character across the boundary changes the id.
        assert_ne!(
            laptop_id("s", &who("ab", "c")),
            laptop_id("s", &who("a", "bc")),
            "machine id and account must not run together"
        );
    }

    #[test]
    fn the_id_does_not_contain_the_inputs() {
        let id = laptop_id("organisation-salt-0123456789", &who("4c4c4544", "jjansen"));
        assert!(!id.contains("4c4c4544") && !id.contains("jjansen"));
    }

    #[test]
    fn laptop_id_shape() {
        assert!(is_laptop_id("0123456789abcdef0123456789abcdef"));
        assert!(!is_laptop_id("0123456789ABCDEF0123456789ABCDEF"));
        assert!(!is_laptop_id("0123456789abcdef"));
        assert!(!is_laptop_id("../../etc/passwd-0123456789abcdef"));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_linux_machine_is_identified_by_its_machine_id() {
        let Ok(expected) = std::fs::read_to_string("/etc/machine-id") else { return };
        let me = this_machine(|| "fallback".into());
        assert_eq!(me.machine_id, expected.trim());
        assert!(!me.account.is_empty());
    }
}
