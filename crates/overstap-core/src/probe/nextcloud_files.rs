//! Are the person's files really in Nextcloud? Two checks, one per step,
//! against the folder they move from (`source_folder.rs`):
//!
//! - `nextcloud.files-in-sync-folder` (move-files): every file of it has a
//!   copy in the desktop app's sync folder on this computer, by size and
//!   content (`file_match.rs`), wherever it was put.
//! - `nextcloud.files-on-server` (check-complete): every file of it is on
//!   the server, read by WebDAV `PROPFIND` (Depth 1, folder by folder): the
//!   same name and size, and the same SHA-1 where the server keeps one
//!   (`oc:checksums`, set by the desktop app's uploads).
//!
//! The result names what is missing (at most [`file_match::MAX_NAMED`]).
//! Originals are only read, never moved, changed or deleted.

use std::path::PathBuf;

use overstap_net::{Method, NetClient, Request, Url};

use super::file_match::{self, ServerFile, SourceFile};
use super::nextcloud::{basic, percent_encode_segment, NextcloudTarget};
use super::nextcloud_desktop::{self, DesktopEnv};
use super::source_folder::{self, SourceFolder};
use super::{join, Evidence, Message, ProbeOutcome, ProbeStatus};

pub const FILES_IN_SYNC_FOLDER: &str = "nextcloud.files-in-sync-folder";
pub const FILES_ON_SERVER: &str = "nextcloud.files-on-server";

/// Folders listed on the server, at most.
const MAX_FOLDERS: usize = 5_000;

const PROPFIND_FILES: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:prop><d:resourcetype/><d:getcontentlength/><oc:checksums/></d:prop></d:propfind>"#;

/// The folder to move from and its files, or the outcome that ends the check.
#[allow(clippy::result_large_err)] // the error is the probe's final result
fn source_files(
    probe: &str,
    target: &NextcloudTarget,
    env: &DesktopEnv,
    evidence: &mut Evidence,
) -> Result<(SourceFolder, Vec<SourceFile>), ProbeOutcome> {
    let Some(folder) = source_folder::source_folder(target.source_folder.as_deref(), env) else {
        let m = Message::new("probe-nextcloud-files-no-source");
        return Err(ProbeOutcome::new(probe, ProbeStatus::Warn, m.clone()).remedy(m.remedy()));
    };
    evidence.fact("source_folder", folder.path.display().to_string());
    let (files, incomplete) = file_match::list_files(&folder.path).map_err(|e| {
        let m =
            Message::new("probe-nextcloud-quota-source-unreadable").arg("path", folder.path.display()).arg("detail", e);
        ProbeOutcome::new(probe, ProbeStatus::Warn, m.clone()).remedy(m.remedy())
    })?;
    evidence.fact("source_files", files.len());
    // Compared by size only, so as not to download them (file_match.rs).
    evidence.fact("online_only_files", files.iter().filter(|f| f.online_only).count());
    if incomplete {
        // Too many to compare them all: nothing can be proved about the rest.
        let m = Message::new("probe-nextcloud-files-too-many").arg("max", file_match::MAX_FILES);
        return Err(ProbeOutcome::new(probe, ProbeStatus::Warn, m.clone()).remedy(m.remedy()));
    }
    Ok((folder, files))
}

/// The outcome of a comparison: all there, or what is missing.
fn verdict(
    probe: &str,
    pass_id: &str,
    missing_id: &str,
    total: usize,
    missing: Vec<String>,
    evidence: &mut Evidence,
) -> ProbeOutcome {
    evidence.fact("missing_count", missing.len());
    evidence.fact("missing", missing.iter().take(file_match::MAX_NAMED).cloned().collect::<Vec<_>>());
    if missing.is_empty() {
        return ProbeOutcome::new(probe, ProbeStatus::Pass, Message::new(pass_id).arg("count", total));
    }
    let first: Vec<&str> = missing.iter().take(3).map(String::as_str).collect();
    let m = Message::new(missing_id).arg("missing", missing.len()).arg("count", total).arg("first", first.join(", "));
    ProbeOutcome::new(probe, ProbeStatus::Fail, m.clone()).remedy(m.remedy())
}

/// Every file of the folder to move has a copy in the desktop app's sync folder.
pub fn files_in_sync_folder(server: &Url, target: &NextcloudTarget, env: &DesktopEnv) -> ProbeOutcome {
    let probe = FILES_IN_SYNC_FOLDER;
    let mut evidence = Evidence::default();
    let (folder, files) = match source_files(probe, target, env, &mut evidence) {
        Ok(found) => found,
        Err(outcome) => return outcome.evidence(evidence),
    };
    let sync_folders: Vec<PathBuf> = nextcloud_desktop::accounts_for(server, env)
        .into_iter()
        .flat_map(|a| a.folders)
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
        .collect();
    evidence.fact("sync_folders", sync_folders.iter().map(|p| p.display().to_string()).collect::<Vec<_>>());
    if sync_folders.is_empty() {
        let m = Message::new("probe-nextcloud-files-no-sync-folder");
        return ProbeOutcome::new(probe, ProbeStatus::Fail, m.clone()).remedy(m.remedy()).evidence(evidence);
    }
    // A folder to move from inside the Nextcloud folder (or around it) would
    // find its own files and prove nothing.
    if let Some(inside) = sync_folders.iter().find(|s| file_match::overlap(&folder.path, s)) {
        let m = Message::new("probe-nextcloud-files-overlap").arg("folder", inside.display());
        return ProbeOutcome::new(probe, ProbeStatus::Warn, m.clone()).remedy(m.remedy()).evidence(evidence);
    }
    let mut copies = Vec::new();
    for sync in &sync_folders {
        if let Ok((mut found, _)) = file_match::list_files(sync) {
            copies.append(&mut found);
        }
    }
    let missing = file_match::missing_locally(&files, &copies);
    verdict(
        probe,
        "probe-nextcloud-files-in-sync-pass",
        "probe-nextcloud-files-in-sync-missing",
        files.len(),
        missing,
        &mut evidence,
    )
    .evidence(evidence)
}

/// Every file of the folder to move is on the server.
pub async fn files_on_server(
    listing: &NetClient,
    server: &Url,
    user_id: &str,
    target: &NextcloudTarget,
    env: &DesktopEnv,
) -> ProbeOutcome {
    let probe = FILES_ON_SERVER;
    let mut evidence = Evidence::default();
    let (Some(login), Some(password)) = (&target.login, &target.app_password) else {
        return ProbeOutcome::new(probe, ProbeStatus::Skipped, Message::new("probe-nextcloud-signed-in-no-login"));
    };
    let found = {
        let (target, env) = (target.clone(), env.clone());
        // The error is the probe's final result, made once: its size costs nothing.
        #[allow(clippy::result_large_err)]
        tokio::task::spawn_blocking(move || {
            let mut evidence = Evidence::default();
            source_files(FILES_ON_SERVER, &target, &env, &mut evidence).map(|f| (f, evidence))
        })
        .await
    };
    let (files, source_evidence) = match found {
        Ok(Ok(((_, files), e))) => (files, e),
        Ok(Err(outcome)) => return outcome,
        Err(e) => return ProbeOutcome::new(probe, ProbeStatus::Fail, Message::new("probe-internal").arg("detail", e)),
    };
    evidence.facts.extend(source_evidence.facts);
    let root = join(server, &format!("remote.php/dav/files/{}/", percent_encode_segment(user_id)));
    let auth = basic(login, password.expose());
    let server_files = match list_server(listing, &root, &auth, &mut evidence).await {
        Ok(list) => list,
        Err(outcome) => return outcome,
    };
    evidence.fact("server_files", server_files.len());
    let compared = files.clone();
    let (missing, by_content) =
        match tokio::task::spawn_blocking(move || file_match::missing_on_server(&compared, &server_files)).await {
            Ok(result) => result,
            Err(e) => {
                return ProbeOutcome::new(probe, ProbeStatus::Fail, Message::new("probe-internal").arg("detail", e))
            }
        };
    evidence.fact("compared_by_content", by_content);
    verdict(
        probe,
        "probe-nextcloud-files-on-server-pass",
        "probe-nextcloud-files-on-server-missing",
        files.len(),
        missing,
        &mut evidence,
    )
    .evidence(evidence)
}

/// Every file under `root`, folder by folder (Depth 1: servers refuse infinity).
async fn list_server(
    net: &NetClient,
    root: &Url,
    auth: &str,
    evidence: &mut Evidence,
) -> Result<Vec<ServerFile>, ProbeOutcome> {
    let mut files = Vec::new();
    let mut folders = vec![root.clone()];
    let mut listed = 0;
    while let Some(folder) = folders.pop() {
        listed += 1;
        if listed > MAX_FOLDERS {
            let m = Message::new("probe-nextcloud-files-too-many").arg("max", MAX_FOLDERS);
            return Err(ProbeOutcome::new(FILES_ON_SERVER, ProbeStatus::Warn, m.clone())
                .remedy(m.remedy())
                .evidence(evidence.clone()));
        }
        let mut request = Request::get(folder.clone())
            .header("authorization", auth)
            .header("depth", "1")
            .header("content-type", "application/xml; charset=utf-8");
        request.method = Method::from_bytes(b"PROPFIND").expect("PROPFIND is a valid method");
        request.body = Some(PROPFIND_FILES.as_bytes().to_vec());
        let fetched = match net.fetch(request).await.and_then(|f| f.ensure_success()) {
            Ok(f) => f,
            Err(failure) => return Err(ProbeOutcome::from_failure(FILES_ON_SERVER, failure, evidence.clone())),
        };
        if listed == 1 {
            evidence.request(&fetched);
        }
        let Some(entries) = parse_listing(&String::from_utf8_lossy(&fetched.body)) else {
            let m = Message::new("probe-nextcloud-quota-unreadable");
            return Err(ProbeOutcome::new(FILES_ON_SERVER, ProbeStatus::Fail, m.clone())
                .remedy(m.remedy())
                .evidence(evidence.clone()));
        };
        for entry in entries {
            let Ok(url) = folder.join(&entry.href) else { continue };
            if url.path().trim_end_matches('/') == folder.path().trim_end_matches('/') {
                continue;
            }
            match entry.kind {
                Entry::Folder => folders.push(url),
                Entry::File { size, sha1 } => {
                    let name = url.path_segments().and_then(|mut s| s.next_back()).unwrap_or_default();
                    let name = percent_encoding::percent_decode_str(name).decode_utf8_lossy().into_owned();
                    files.push(ServerFile { name, size, sha1 });
                }
            }
        }
    }
    evidence.fact("server_folders", listed);
    Ok(files)
}

#[derive(Debug, PartialEq)]
enum Entry {
    Folder,
    File { size: u64, sha1: Option<[u8; 20]> },
}

#[derive(Debug, PartialEq)]
struct Listed {
    href: String,
    kind: Entry,
}

/// The entries of a 207 multistatus; `None` when it is none.
fn parse_listing(xml: &str) -> Option<Vec<Listed>> {
    let doc = roxmltree::Document::parse(xml).ok()?;
    let dav = |n: &roxmltree::Node<'_, '_>, name: &str| {
        n.tag_name().namespace() == Some("DAV:") && n.tag_name().name() == name
    };
    if !dav(&doc.root_element(), "multistatus") {
        return None;
    }
    let mut out = Vec::new();
    for response in doc.root_element().children().filter(|n| dav(n, "response")) {
        let Some(href) = response.children().find(|n| dav(n, "href")).and_then(|n| n.text()) else { continue };
        // Only the properties found (status 200) count.
        let found = response
            .children()
            .filter(|n| dav(n, "propstat"))
            .find(|ps| ps.children().any(|n| dav(&n, "status") && n.text().is_some_and(|t| t.contains(" 200 "))));
        let prop = found.and_then(|ps| ps.children().find(|n| dav(n, "prop")));
        let collection = prop
            .and_then(|p| p.children().find(|n| dav(n, "resourcetype")))
            .is_some_and(|rt| rt.children().any(|n| dav(&n, "collection")));
        let kind = if collection {
            Entry::Folder
        } else {
            let size = prop
                .and_then(|p| p.children().find(|n| dav(n, "getcontentlength")))
                .and_then(|n| n.text())
                .and_then(|t| t.trim().parse().ok())
                .unwrap_or(0);
            let sha1 = prop
                .into_iter()
                .flat_map(|p| p.descendants())
                .filter(|n| n.tag_name().name() == "checksum")
                .filter_map(|n| n.text())
                .flat_map(str::split_whitespace)
                .find_map(|c| c.strip_prefix("SHA1:").or_else(|| c.strip_prefix("sha1:")))
                .and_then(|hex| hex::decode(hex).ok())
                .and_then(|bytes| bytes.try_into().ok());
            Entry::File { size, sha1 }
        };
        out.push(Listed { href: href.to_owned(), kind });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Nextcloud answer to PROPFIND Depth 1 with `oc:checksums`, as its
    /// WebDAV documentation shows one (developer manual, "Basic APIs":
    /// Listing folders), with a file the desktop app uploaded.
    const NEXTCLOUD_LISTING: &str = r#"<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">
 <d:response><d:href>/remote.php/dav/files/alice/Projecten/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getcontentlength/><oc:checksums/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
 </d:response>
 <d:response><d:href>/remote.php/dav/files/alice/Projecten/plan%20v3.odt</d:href>
  <d:propstat><d:prop><d:resourcetype/><d:getcontentlength>7</d:getcontentlength>
   <oc:checksums><oc:checksum>SHA1:5b3c7c9f0d10a1a3d1d9b5ac6d0bd0b2d43d5e2a MD5:0b1d4f8a1b1a0c9c1f0e2d3c4b5a6978 ADLER32:0a8f02a1</oc:checksum></oc:checksums>
  </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
 <d:response><d:href>/remote.php/dav/files/alice/Projecten/Archief/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
</d:multistatus>"#;

    #[test]
    fn a_listing_gives_folders_files_sizes_and_checksums() {
        let entries = parse_listing(NEXTCLOUD_LISTING).unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].kind, Entry::Folder);
        let Entry::File { size, sha1 } = &entries[1].kind else { panic!("a file: {entries:?}") };
        assert_eq!(*size, 7);
        assert_eq!(sha1.map(hex::encode).as_deref(), Some("5b3c7c9f0d10a1a3d1d9b5ac6d0bd0b2d43d5e2a"));
        assert_eq!(entries[2].kind, Entry::Folder);
        assert!(parse_listing("<html>login</html>").is_none(), "a login page is no listing");
    }
}
