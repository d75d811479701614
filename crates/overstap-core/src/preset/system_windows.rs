//! Windows: the policy key `HKLM\SOFTWARE\Policies\Overstap` (value
//! `Preset`: a whole preset as text, REG_SZ or REG_MULTI_SZ lines; only
//! administrators can write under `Policies`, which is where GPO and Intune
//! put settings), and the admin-only check for files in
//! `%ProgramData%\Overstap`: its owner and every write permission must
//! belong to Administrators, SYSTEM, TrustedInstaller or CREATOR OWNER.

use std::os::windows::ffi::OsStrExt;
use std::path::Path;

use windows_sys::Win32::Foundation::{LocalFree, ERROR_SUCCESS, GENERIC_ALL, GENERIC_WRITE};
use windows_sys::Win32::Security::Authorization::{ConvertSidToStringSidW, GetNamedSecurityInfoW, SE_FILE_OBJECT};
use windows_sys::Win32::Security::{
    AclSizeInformation, GetAce, GetAclInformation, IsWellKnownSid, WinBuiltinAdministratorsSid, WinCreatorOwnerSid,
    WinLocalSystemSid, ACCESS_ALLOWED_ACE, ACL, ACL_SIZE_INFORMATION, DACL_SECURITY_INFORMATION,
    OWNER_SECURITY_INFORMATION, PSECURITY_DESCRIPTOR, PSID,
};
use windows_sys::Win32::Storage::FileSystem::{DELETE, FILE_APPEND_DATA, FILE_WRITE_DATA, WRITE_DAC, WRITE_OWNER};

use crate::probe::Message;

/// The registry value holding a preset, as `(origin, text)`.
pub fn registry_preset() -> Option<(String, String)> {
    use winreg::enums::HKEY_LOCAL_MACHINE;
    use winreg::RegKey;
    let key = RegKey::predef(HKEY_LOCAL_MACHINE).open_subkey(r"SOFTWARE\Policies\Overstap").ok()?;
    let text = key
        .get_value::<String, _>("Preset")
        .or_else(|_| key.get_value::<Vec<String>, _>("Preset").map(|lines| lines.join("\n")))
        .ok()?;
    Some((r"HKLM\SOFTWARE\Policies\Overstap\Preset".to_owned(), text))
}

/// TrustedInstaller's service SID (not among the well-known SID types).
const TRUSTED_INSTALLER: &str = "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";

/// Rights that let someone change a file or what is in a folder.
const WRITE_RIGHTS: u32 =
    FILE_WRITE_DATA | FILE_APPEND_DATA | WRITE_DAC | WRITE_OWNER | DELETE | GENERIC_WRITE | GENERIC_ALL;

/// Only administrators can change `path` and the folders above it.
pub fn admin_only(path: &Path) -> Result<(), Message> {
    let real = std::fs::canonicalize(path)
        .map_err(|e| Message::new("preset-file-unreadable").arg("path", path.display()).arg("detail", e))?;
    for (i, item) in real.ancestors().enumerate() {
        if let Err(who) = only_admins_write(item) {
            let message = if i == 0 {
                Message::new("preset-file-writable-by").arg("path", path.display()).arg("who", who)
            } else {
                Message::new("preset-folder-writable").arg("path", path.display()).arg("folder", item.display())
            };
            return Err(message);
        }
    }
    Ok(())
}

/// `Err(sid)` naming who else may write `item`.
fn only_admins_write(item: &Path) -> Result<(), String> {
    let wide: Vec<u16> = item.as_os_str().encode_wide().chain(Some(0)).collect();
    let mut owner: PSID = std::ptr::null_mut();
    let mut dacl: *mut ACL = std::ptr::null_mut();
    let mut descriptor: PSECURITY_DESCRIPTOR = std::ptr::null_mut();
    // SAFETY: the out-pointers are valid; the descriptor is freed below and
    // `owner` and `dacl` point into it, so they are only used before that.
    let status = unsafe {
        GetNamedSecurityInfoW(
            wide.as_ptr(),
            SE_FILE_OBJECT,
            OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
            &mut owner,
            std::ptr::null_mut(),
            &mut dacl,
            std::ptr::null_mut(),
            &mut descriptor,
        )
    };
    if status != ERROR_SUCCESS {
        return Err(format!("unreadable security settings (error {status})"));
    }
    let verdict = unsafe { judge(owner, dacl) };
    // SAFETY: allocated by GetNamedSecurityInfoW with LocalAlloc.
    unsafe { LocalFree(descriptor) };
    verdict
}

/// SAFETY: `owner` and `dacl` come from a live security descriptor.
unsafe fn judge(owner: PSID, dacl: *mut ACL) -> Result<(), String> {
    if !is_admin(owner) {
        return Err(format!("owner {}", sid_string(owner)));
    }
    if dacl.is_null() {
        return Err("everyone (no access list)".to_owned());
    }
    let mut info = ACL_SIZE_INFORMATION::default();
    let size = std::mem::size_of::<ACL_SIZE_INFORMATION>() as u32;
    if GetAclInformation(dacl, (&mut info as *mut ACL_SIZE_INFORMATION).cast(), size, AclSizeInformation) == 0 {
        return Err("unreadable access list".to_owned());
    }
    for index in 0..info.AceCount {
        let mut ace: *mut core::ffi::c_void = std::ptr::null_mut();
        if GetAce(dacl, index, &mut ace) == 0 || ace.is_null() {
            continue;
        }
        let allowed = ace.cast::<ACCESS_ALLOWED_ACE>();
        // ACCESS_ALLOWED_ACE_TYPE = 0; deny entries only take rights away.
        if (*allowed).Header.AceType != 0 || (*allowed).Mask & WRITE_RIGHTS == 0 {
            continue;
        }
        let sid: PSID = std::ptr::addr_of_mut!((*allowed).SidStart).cast();
        if !is_admin(sid) {
            return Err(sid_string(sid));
        }
    }
    Ok(())
}

/// SAFETY: `sid` is a valid SID.
unsafe fn is_admin(sid: PSID) -> bool {
    [WinBuiltinAdministratorsSid, WinLocalSystemSid, WinCreatorOwnerSid]
        .iter()
        .any(|kind| IsWellKnownSid(sid, *kind) != 0)
        || sid_string(sid) == TRUSTED_INSTALLER
}

/// `S-1-5-…` for messages.
/// SAFETY: `sid` is a valid SID.
unsafe fn sid_string(sid: PSID) -> String {
    let mut text: *mut u16 = std::ptr::null_mut();
    if ConvertSidToStringSidW(sid, &mut text) == 0 || text.is_null() {
        return "an unknown account".to_owned();
    }
    let len = (0..).take_while(|&i| *text.add(i) != 0).count();
    let s = String::from_utf16_lossy(std::slice::from_raw_parts(text, len));
    LocalFree(text.cast());
    s
}
