//! Refuses a signed preset older than one already accepted (a rollback).
//!
//! An old preset keeps its valid signature forever: without this, anyone
//! holding last year's signed file (with last year's server or a CA since
//! withdrawn) could bring it back. So every signed preset carries
//! `[preset] serial`, and the store keeps the highest serial accepted per
//! signing key (`store/preset_serials.rs`).
//!
//! Per key, not per origin (file path, URL): the key is what says "this is
//! IT's preset", while the place a file comes from changes (a USB stick, the
//! Downloads folder, a new URL) and could be chosen by whoever replays it.
//! So one key has one counter, for everything it signs.

use serde::Serialize;

use super::signature::SignedBy;
use crate::error::{Error, ErrorCode, Result};
use crate::store::Store;

/// A serial that may be accepted, and the one accepted before (if any).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SerialCheck {
    pub serial: u64,
    pub previous: Option<u64>,
}

/// Checks the serial of a preset that passed [`super::signature::verify`]:
/// refused when it has none, or when it is lower than the highest serial
/// already accepted from the same key (both numbers in the message). The
/// same serial again is fine: importing the same preset twice. Writes
/// nothing; call [`record_accepted`] once the preset is in use.
pub fn check_serial(store: &Store, signed_by: &SignedBy, serial: Option<u64>) -> Result<SerialCheck> {
    let key_id = signed_by.key_id.to_string();
    let Some(serial) = serial else {
        return Err(Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-serial-missing").arg("key_id", key_id));
    };
    crate::store::check_serial_fits(serial)?;
    let previous = store.accepted_serial(&key_id)?;
    if let Some(accepted) = previous.filter(|&accepted| serial < accepted) {
        return Err(Error::new(ErrorCode::PresetSignatureInvalid, "error-preset-rollback")
            .arg("serial", serial.to_string())
            .arg("accepted", accepted.to_string())
            .arg("key_id", key_id));
    }
    Ok(SerialCheck { serial, previous })
}

/// Remembers that `serial` from this key is now in use, so nothing older
/// from it is accepted again (the record only ever goes up).
pub fn record_accepted(store: &mut Store, signed_by: &SignedBy, serial: u64) -> Result<()> {
    store.record_serial(&signed_by.key_id.to_string(), serial).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::preset::{KeyId, KeySource};

    fn signed_by(id: [u8; 8]) -> SignedBy {
        SignedBy {
            key_id: KeyId::from_bytes(&id).unwrap(),
            key_source: KeySource::SystemPreset,
            trusted_comment: String::new(),
            prehashed: true,
        }
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::open(&dir.path().join("p.db")).unwrap();
        (dir, store)
    }

    #[test]
    fn a_lower_serial_is_a_rollback_equal_is_fine_higher_is_recorded() {
        let (_dir, mut store) = store();
        let it = signed_by([1, 2, 3, 4, 5, 6, 7, 8]);

        assert_eq!(check_serial(&store, &it, Some(12)).unwrap(), SerialCheck { serial: 12, previous: None });
        record_accepted(&mut store, &it, 12).unwrap();

        // The same preset imported again.
        assert_eq!(check_serial(&store, &it, Some(12)).unwrap(), SerialCheck { serial: 12, previous: Some(12) });

        let err = check_serial(&store, &it, Some(11)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::PresetSignatureInvalid);
        for lang in Lang::ALL {
            let text = err.message(lang);
            assert!(text.contains("11") && text.contains("12") && text.contains("0807060504030201"), "{lang}: {text}");
        }

        assert_eq!(check_serial(&store, &it, Some(13)).unwrap().previous, Some(12));
        record_accepted(&mut store, &it, 13).unwrap();
        assert_eq!(store.accepted_serial("0807060504030201").unwrap(), Some(13));
        assert!(check_serial(&store, &it, Some(12)).is_err(), "12 is now a rollback too");

        // Another key's counter is its own.
        assert!(check_serial(&store, &signed_by([9; 8]), Some(1)).is_ok());
    }

    #[test]
    fn a_signed_preset_without_a_serial_is_refused() {
        let (_dir, store) = store();
        let err = check_serial(&store, &signed_by([1; 8]), None).unwrap_err();
        assert_eq!(err.code(), ErrorCode::PresetSignatureInvalid);
        assert!(err.message(Lang::En).contains("[preset] serial"), "{}", err.message(Lang::En));
    }

    #[test]
    fn the_record_survives_reopening_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        let it = signed_by([7; 8]);
        {
            let (mut store, _) = Store::open(&path).unwrap();
            record_accepted(&mut store, &it, 40).unwrap();
        }
        let (store, _) = Store::open(&path).unwrap();
        assert!(check_serial(&store, &it, Some(39)).is_err());
    }
}
