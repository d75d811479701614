//! The `assets/` folder, embedded at build time so that one binary carries
//! all checklists and texts (bulk rollouts copy a single file).

use include_dir::{include_dir, Dir};

static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../assets");

/// One text file of the assets folder, named by its path relative to `assets/`.
#[derive(Debug, Clone, Copy)]
pub struct AssetFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// Every UTF-8 file directly inside `assets/<folder>` whose name ends in
/// `.<extension>`, sorted by path so that loading is deterministic.
pub fn files(folder: &str, extension: &str) -> Vec<AssetFile<'static>> {
    let Some(dir) = ASSETS.get_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<_> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == extension))
        .filter_map(|f| Some(AssetFile { path: f.path().to_str()?, text: f.contents_utf8()? }))
        .collect();
    files.sort_by_key(|f| f.path);
    files
}

/// One embedded text file by its path relative to `assets/`.
pub fn file(path: &str) -> Option<AssetFile<'static>> {
    let f = ASSETS.get_file(path)?;
    Some(AssetFile { path: f.path().to_str()?, text: f.contents_utf8()? })
}
