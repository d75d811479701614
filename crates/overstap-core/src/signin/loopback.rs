//! The loopback redirect of RFC 8252 §7.3: a one-shot HTTP listener on
//! 127.0.0.1 at a random port, where the browser lands after the person
//! signs in. Its path carries a random nonce, so a request from another
//! program on this computer that does not know it is turned away, and the
//! listener keeps waiting for the real one.

use std::collections::BTreeMap;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::pkce::random_token;
use crate::error::{Error, ErrorCode, Result};

/// The most a browser's request head may take (its URL carries the code).
const MAX_HEAD_BYTES: usize = 16 * 1024;
/// How long one connection may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// A bound listener waiting for the browser.
pub struct Loopback {
    listener: TcpListener,
    path: String,
    /// `http://127.0.0.1:<port>/overstap/<nonce>`: what the server redirects to.
    pub redirect_uri: String,
}

impl Loopback {
    pub async fn bind() -> Result<Loopback> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.map_err(|e| {
            Error::new(ErrorCode::SignInFailed, "error-sign-in-loopback").arg("detail", e.to_string()).detail(e)
        })?;
        let port = listener.local_addr().map_err(Error::internal)?.port();
        let path = format!("/overstap/{}", random_token()?);
        Ok(Loopback { listener, redirect_uri: format!("http://127.0.0.1:{port}{path}"), path })
    }

    /// Waits for the browser's request on the nonce path and returns its
    /// query parameters; the browser is shown `page` (a whole HTML document).
    /// Other requests get a 404 and waiting goes on. Cancel by dropping.
    pub async fn wait(self, page: &str) -> Result<BTreeMap<String, String>> {
        // Connections are answered side by side, so one that says nothing
        // cannot hold up the browser's.
        let mut answering = tokio::task::JoinSet::new();
        loop {
            tokio::select! {
                accepted = self.listener.accept() => {
                    if let Ok((stream, _)) = accepted {
                        answering.spawn(answer(stream, self.path.clone(), page.to_owned()));
                    }
                }
                Some(done) = answering.join_next() => {
                    if let Ok(Some(params)) = done {
                        return Ok(params);
                    }
                }
            }
        }
    }
}

/// Reads one request; answers it; returns the query when it was ours.
async fn answer(mut stream: TcpStream, path: String, page: String) -> Option<BTreeMap<String, String>> {
    let (path, page) = (path.as_str(), page.as_str());
    let head = tokio::time::timeout(READ_TIMEOUT, read_head(&mut stream)).await.ok()??;
    let target = head.lines().next()?.strip_prefix("GET ")?.split(' ').next()?.to_owned();
    let (request_path, query) = target.split_once('?').unwrap_or((&target, ""));
    let ours = request_path == path;
    let (status, body) = if ours { ("200 OK", page) } else { ("404 Not Found", "") };
    let response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\n\
         cache-control: no-store\r\nreferrer-policy: no-referrer\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
    let _ = stream.flush().await;
    let _ = stream.shutdown().await;
    ours.then(|| url::form_urlencoded::parse(query.as_bytes()).into_owned().collect())
}

async fn read_head(stream: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut buf = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).await.ok()?;
        if n == 0 || head.len() + n > MAX_HEAD_BYTES {
            return None;
        }
        head.extend_from_slice(&buf[..n]);
    }
    String::from_utf8(head).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn get(url: &str) -> (u16, String) {
        let response = reqwest::get(url).await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    #[tokio::test]
    async fn only_the_nonce_path_ends_the_wait() {
        let loopback = Loopback::bind().await.unwrap();
        let uri = loopback.redirect_uri.clone();
        assert!(uri.starts_with("http://127.0.0.1:"), "{uri}");
        let waiting = tokio::spawn(loopback.wait("<p>signed in</p>"));
        let base = &uri[..uri.find("/overstap/").unwrap()];
        assert_eq!(get(&format!("{base}/overstap/guess?code=stolen")).await.0, 404);
        assert_eq!(get(&format!("{base}/favicon.ico")).await.0, 404);
        assert!(!waiting.is_finished(), "a wrong path does not end the wait");
        let (status, body) = get(&format!("{uri}?code=abc%2Fdef&state=s1")).await;
        assert_eq!((status, body.as_str()), (200, "<p>signed in</p>"));
        let params = waiting.await.unwrap().unwrap();
        assert_eq!(params.get("code").map(String::as_str), Some("abc/def"));
        assert_eq!(params.get("state").map(String::as_str), Some("s1"));
    }

    #[tokio::test]
    async fn a_silent_or_huge_request_does_not_block_the_real_one() {
        let loopback = Loopback::bind().await.unwrap();
        let uri = loopback.redirect_uri.clone();
        let addr = uri.trim_start_matches("http://").split('/').next().unwrap().to_owned();
        let waiting = tokio::spawn(loopback.wait("ok"));
        let mut huge = TcpStream::connect(&addr).await.unwrap();
        let _ = huge.write_all(&vec![b'A'; MAX_HEAD_BYTES + 10]).await;
        drop(huge);
        let _silent = TcpStream::connect(&addr).await.unwrap();
        let started = std::time::Instant::now();
        let (status, _) = get(&format!("{uri}?code=1")).await;
        assert!(started.elapsed() < READ_TIMEOUT / 2, "the silent connection held up the browser");
        assert_eq!(status, 200);
        assert!(waiting.await.unwrap().is_ok());
    }
}
