//! A data folder that cannot be made because a file is in its place (the
//! folder's own name, or a folder above it). Without this check the person
//! reads the operating system's "File exists" or "Not a directory", which
//! names neither the file in the way nor what to do about it.

use std::path::Path;

use crate::error::{Error, ErrorCode};

/// The error to give when `dir` or one of the folders above it is a file;
/// `None` when the folder exists or can be made as far as files go.
pub(crate) fn file_in_the_way(dir: &Path) -> Option<Error> {
    // The nearest part of the path that exists decides: a folder there (or
    // a link to one) can hold the rest.
    let (existing, meta) = dir.ancestors().find_map(|p| std::fs::metadata(p).ok().map(|m| (p, m)))?;
    if meta.is_dir() {
        return None;
    }
    if existing == dir {
        return Some(
            Error::new(ErrorCode::DataDirUnsuitable, "error-data-dir-is-file").arg("path", dir.display().to_string()),
        );
    }
    Some(
        Error::new(ErrorCode::DataDirUnsuitable, "error-data-dir-below-file")
            .arg("path", dir.display().to_string())
            .arg("file", existing.display().to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_in_the_folders_place_or_above_it_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("overstap");
        std::fs::write(&file, b"").unwrap();
        let err = file_in_the_way(&file).unwrap();
        assert_eq!(err.code(), ErrorCode::DataDirUnsuitable);
        assert!(err.message(crate::Lang::En).contains("is a file, not a folder"), "{}", err.message(crate::Lang::En));

        let below = file.join("data");
        let text = file_in_the_way(&below).unwrap().message(crate::Lang::Nl);
        assert!(
            text.contains(&below.display().to_string())
                && text.contains(&format!("“{}” is een bestand", file.display())),
            "{text}"
        );

        assert!(file_in_the_way(dir.path()).is_none());
        assert!(file_in_the_way(&dir.path().join("new/deeper")).is_none());
    }
}
