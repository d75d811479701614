//! Reports in a WebDAV folder (Nextcloud's `remote.php/dav/files/<user>/…`):
//! listed with `PROPFIND` (Depth 1, into subfolders to a bounded depth) and
//! downloaded with `GET`, through [`NetClient`]: https only, time limits,
//! capped bodies. Entries pointing outside the folder are ignored, so a
//! server cannot send the aggregate elsewhere. The password goes only into
//! the `Authorization` header, never into an error, a log or the output.

use std::collections::{HashSet, VecDeque};

use base64::Engine;
use overstap_net::{FailureKind, Limits, Method, NetClient, NetFailure, Request, Url};

use super::limits::*;
use super::listing::{Listing, Location};
use super::skip::SkipReason;
use crate::probe::Secret;
use crate::{Error, ErrorCode};

/// A WebDAV folder and how to sign in to it.
#[derive(Debug)]
pub struct WebDavSource {
    /// The folder (`https://…/`).
    pub url: Url,
    pub user: Option<String>,
    pub password: Option<Secret>,
    /// A file of extra trusted certificates (PEM), e.g. the organisation's own CA.
    pub ca_file: Option<std::path::PathBuf>,
}

/// Why a report could not be downloaded: a problem of that file (skipped)
/// or of the server (the whole aggregate stops, as its figures would be
/// incomplete without a word).
#[derive(Debug)]
pub(crate) enum FetchFailure {
    Skip(SkipReason),
    Stop(Error),
}

/// A connection to the WebDAV folder.
#[derive(Debug, Clone)]
pub(crate) struct WebDav {
    listing_client: NetClient,
    file_client: NetClient,
    base: Url,
    authorization: Option<String>,
}

const PROPFIND_BODY: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>"#;

impl WebDav {
    pub fn connect(source: &WebDavSource) -> Result<WebDav, Error> {
        let mut base = source.url.clone();
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        let limits = |total_timeout, max_body_bytes| Limits {
            connect_timeout: CONNECT_TIMEOUT,
            total_timeout,
            max_body_bytes,
            max_redirects: 5,
        };
        let ca_pem = match &source.ca_file {
            Some(path) => Some(std::fs::read(path).map_err(|e| Error::io(path, &e))?),
            None => None,
        };
        let client = |limits| {
            NetClient::new(limits, ca_pem.as_deref()).map_err(|e| {
                Error::new(ErrorCode::InvalidInput, "fleet-error-ca-file").arg("cause", e.clone()).detail(e)
            })
        };
        let authorization = source.user.as_ref().map(|user| {
            let password = source.password.as_ref().map_or("", Secret::expose);
            let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            format!("Basic {token}")
        });
        Ok(WebDav {
            listing_client: client(limits(REQUEST_TIMEOUT, MAX_LISTING_BYTES))?,
            file_client: client(limits(REQUEST_TIMEOUT, MAX_REPORT_BYTES))?,
            base,
            authorization,
        })
    }

    fn request(&self, method: Method, url: Url) -> Request {
        let request = Request::get(url).method(method);
        match &self.authorization {
            Some(value) => request.header("authorization", value),
            None => request,
        }
    }

    /// Lists the folder and its subfolders.
    pub async fn list(&self) -> Result<Listing, Error> {
        let mut listing = Listing::default();
        let mut folders = VecDeque::from([(self.base.clone(), 0usize)]);
        // Folders already listed or queued: a server answering in circles ends here.
        let mut seen_folders = HashSet::from([self.base.path().to_owned()]);
        while let Some((folder, depth)) = folders.pop_front() {
            for entry in self.propfind(&folder).await? {
                let Some(url) = self.inside(&folder, &entry.href) else { continue };
                if url.path() == folder.path() {
                    continue; // the folder itself
                }
                if entry.collection {
                    let deeper_allowed = depth + 1 < MAX_FOLDER_DEPTH && seen_folders.len() < MAX_WEBDAV_FOLDERS;
                    if deeper_allowed && seen_folders.insert(url.path().to_owned()) {
                        folders.push_back((url, depth + 1));
                    }
                    continue;
                }
                let file = self.relative(&url);
                let base_name = file.rsplit('/').next().unwrap_or_default().to_owned();
                listing.add_file(&file, &base_name, || Location::Url(url))?;
            }
        }
        Ok(listing)
    }

    async fn propfind(&self, folder: &Url) -> Result<Vec<DavEntry>, Error> {
        let propfind = Method::from_bytes(b"PROPFIND").expect("PROPFIND is a valid method");
        let mut request = self
            .request(propfind, folder.clone())
            .header("depth", "1")
            .header("content-type", "application/xml; charset=utf-8");
        request.body = Some(PROPFIND_BODY.as_bytes().to_vec());
        let fetched = self.listing_client.fetch(request).await.map_err(|f| Error::network(&f))?;
        match fetched.status {
            207 => {}
            401 => return Err(self.refused()),
            status @ 200..=299 => {
                return Err(Error::new(ErrorCode::NetworkError, "fleet-error-webdav-not-dav")
                    .arg("url", folder.to_string())
                    .detail(format!("HTTP {status} instead of 207 Multi-Status")))
            }
            status => return Err(status_error(folder, status)),
        }
        let text = String::from_utf8_lossy(&fetched.body);
        parse_multistatus(&text).ok_or_else(|| {
            Error::new(ErrorCode::NetworkError, "fleet-error-webdav-not-dav")
                .arg("url", folder.to_string())
                .detail("the 207 answer is not a WebDAV multistatus")
        })
    }

    fn refused(&self) -> Error {
        Error::new(ErrorCode::SignInFailed, "fleet-error-webdav-refused").arg("url", self.base.to_string())
    }

    /// The address of an entry listed in `folder`, if it lies below the
    /// aggregate's folder on the same server.
    fn inside(&self, folder: &Url, href: &str) -> Option<Url> {
        let url = folder.join(href.trim()).ok()?;
        let same_server = url.scheme() == "https"
            && url.host_str() == self.base.host_str()
            && url.port_or_known_default() == self.base.port_or_known_default();
        (same_server && url.path().starts_with(self.base.path()) && url.path() != self.base.path()).then_some(url)
    }

    /// An entry's path below the folder, decoded, as people read it.
    fn relative(&self, url: &Url) -> String {
        let below = url.path()[self.base.path().len()..].trim_end_matches('/');
        below
            .split('/')
            .map(|segment| percent_encoding::percent_decode_str(segment).decode_utf8_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Downloads one report.
    pub async fn fetch(&self, url: &Url) -> Result<Vec<u8>, FetchFailure> {
        let fetched = match self.file_client.fetch(self.request(Method::GET, url.clone())).await {
            Ok(fetched) => fetched,
            Err(NetFailure { kind: FailureKind::BodyTooLarge, .. }) => {
                return Err(FetchFailure::Skip(SkipReason::TooLarge))
            }
            Err(failure) => return Err(FetchFailure::Stop(Error::network(&failure))),
        };
        match fetched.status {
            200..=299 => Ok(fetched.body),
            401 => Err(FetchFailure::Stop(self.refused())),
            // The file went (or may not be read): a matter of this file alone.
            status @ (400..=499) if status != 407 => {
                Err(FetchFailure::Skip(SkipReason::DownloadFailed { cause: format!("HTTP {status}") }))
            }
            status => Err(FetchFailure::Stop(status_error(url, status))),
        }
    }
}

fn status_error(url: &Url, status: u16) -> Error {
    Error::new(ErrorCode::NetworkError, "fleet-error-webdav-status")
        .arg("url", url.to_string())
        .arg("status", u32::from(status))
        .detail(format!("HTTP {status}"))
}

/// One `<d:response>` of a multistatus.
#[derive(Debug, PartialEq, Eq)]
struct DavEntry {
    href: String,
    collection: bool,
}

/// The entries of a `207 Multi-Status` answer; `None` if it is none.
fn parse_multistatus(xml: &str) -> Option<Vec<DavEntry>> {
    // roxmltree refuses DTDs by default: no entity expansion from a server.
    let doc = roxmltree::Document::parse(xml).ok()?;
    let dav = |node: &roxmltree::Node, name: &str| {
        node.tag_name().namespace() == Some("DAV:") && node.tag_name().name() == name
    };
    let root = doc.root_element();
    if !dav(&root, "multistatus") {
        return None;
    }
    let entries = root
        .children()
        .filter(|n| dav(n, "response"))
        .filter_map(|response| {
            let href = response.children().find(|n| dav(n, "href"))?.text()?.to_owned();
            let collection = response.descendants().any(|n| dav(&n, "collection"));
            Some(DavEntry { href, collection })
        })
        .collect();
    Some(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn webdav(base: &str) -> WebDav {
        let source = WebDavSource { url: Url::parse(base).unwrap(), user: None, password: None, ca_file: None };
        WebDav::connect(&source).unwrap()
    }

    #[test]
    fn reads_files_and_folders_from_a_nextcloud_multistatus() {
        let xml = r#"<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">
 <d:response><d:href>/remote.php/dav/files/it/reports/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/it/reports/overstap-a-2026-11-02%20(2).json</d:href>
  <d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/it/reports/2026-11/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>"#;
        let entries = parse_multistatus(xml).unwrap();
        assert_eq!(entries.len(), 3);
        assert!(entries[0].collection && !entries[1].collection && entries[2].collection);
        assert_eq!(parse_multistatus("<html><body>Log in</body></html>"), None);
        assert_eq!(
            parse_multistatus("<!DOCTYPE x [<!ENTITY a 'aaaa'>]><d:multistatus xmlns:d=\"DAV:\">&a;</d:multistatus>"),
            None
        );
    }

    #[test]
    fn entries_outside_the_folder_are_ignored_and_names_decoded() {
        let dav = webdav("https://cloud.example.nl/remote.php/dav/files/it/reports");
        assert_eq!(dav.base.path(), "/remote.php/dav/files/it/reports/");
        let inside = dav.inside(&dav.base, "/remote.php/dav/files/it/reports/sub/overstap-x%20(2).json").unwrap();
        assert_eq!(dav.relative(&inside), "sub/overstap-x (2).json");
        for href in [
            "https://evil.example/remote.php/dav/files/it/reports/a.json",
            "http://cloud.example.nl/remote.php/dav/files/it/reports/a.json",
            "https://cloud.example.nl:8443/remote.php/dav/files/it/reports/a.json",
            "/remote.php/dav/files/it/other/a.json",
            "/remote.php/dav/files/it/reports/../other/a.json",
            "/remote.php/dav/files/it/reports/",
        ] {
            assert_eq!(dav.inside(&dav.base, href), None, "{href}");
        }
    }
}
