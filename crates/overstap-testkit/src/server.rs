//! A small HTTP/1.1 server on loopback for tests, with TLS or without.
//! Each route answers with a [`Reply`], including the hostile ones.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::ca::Leaf;

/// How a route answers.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete response: status, content type, body.
    Ok { status: u16, content_type: String, body: Vec<u8> },
    /// A redirect to `location` (absolute or relative).
    Redirect { status: u16, location: String },
    /// Reads the request and never answers.
    Stall,
    /// Sends headers, then body chunks for ever.
    EndlessBody,
    /// Sends headers far larger than any client should accept.
    HugeHeaders,
}

impl Reply {
    pub fn json(body: &str) -> Reply {
        Reply::Ok { status: 200, content_type: "application/json".into(), body: body.as_bytes().to_vec() }
    }

    pub fn status(status: u16, content_type: &str, body: &str) -> Reply {
        Reply::Ok { status, content_type: content_type.into(), body: body.as_bytes().to_vec() }
    }
}

type Router = Arc<dyn Fn(&str, &str) -> Reply + Send + Sync>;

/// A running server; stops when dropped (its runtime task is aborted).
pub struct TestServer {
    pub addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl TestServer {
    /// A TLS server presenting `leaf` (its chain) on 127.0.0.1, routing
    /// each request's method and path through `route`.
    pub async fn tls(leaf: &Leaf, route: impl Fn(&str, &str) -> Reply + Send + Sync + 'static) -> TestServer {
        let certs: Vec<CertificateDer<'static>> =
            CertificateDer::pem_slice_iter(leaf.chain_pem.as_bytes()).collect::<Result<_, _>>().expect("chain PEM");
        let key = PrivateKeyDer::from_pem_slice(leaf.key_pem.as_bytes()).expect("key PEM");
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("protocols")
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .expect("server config");
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let router: Router = Arc::new(route);
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let task = tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let _ = tcp.set_nodelay(true);
                let acceptor = acceptor.clone();
                let router = router.clone();
                tokio::spawn(async move {
                    if let Ok(tls) = acceptor.accept(tcp).await {
                        serve(tls, router).await;
                    }
                });
            }
        });
        TestServer { addr, task }
    }

    /// A plain-http server (no TLS) on 127.0.0.1.
    pub async fn plain(route: impl Fn(&str, &str) -> Reply + Send + Sync + 'static) -> TestServer {
        let router: Router = Arc::new(route);
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let task = tokio::spawn(async move {
            while let Ok((mut tcp, _)) = listener.accept().await {
                let router = router.clone();
                tokio::spawn(async move {
                    // A TLS greeting on a plain port: answer as nginx and
                    // Apache do, with 400 in plain text, and close.
                    let mut first = [0u8; 1];
                    if tcp.peek(&mut first).await.is_ok() && first[0] == 0x16 {
                        let _ = tcp
                            .write_all(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                            .await;
                        return;
                    }
                    serve(tcp, router).await
                });
            }
        });
        TestServer { addr, task }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves requests on one connection until it closes.
async fn serve<S: AsyncRead + AsyncWrite + Unpin>(mut stream: S, router: Router) {
    loop {
        let Some((method, path)) = read_head(&mut stream).await else { return };
        let reply = router(&method, &path);
        let keep_going = write_reply(&mut stream, reply).await;
        if !keep_going {
            return;
        }
    }
}

/// Reads a request head (and a small body, if announced); returns method and path.
async fn read_head<S: AsyncRead + Unpin>(stream: &mut S) -> Option<(String, String)> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if head.len() > 64 * 1024 || stream.read(&mut byte).await.ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&head);
    let mut first = text.lines().next()?.split_whitespace();
    let method = first.next()?.to_owned();
    let path = first.next()?.to_owned();
    let length: usize = text
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
        .unwrap_or(0);
    let mut body = vec![0u8; length.min(1024 * 1024)];
    stream.read_exact(&mut body).await.ok()?;
    Some((method, path))
}

/// Writes the reply; returns whether the connection can serve another request.
async fn write_reply<S: AsyncWrite + Unpin>(stream: &mut S, reply: Reply) -> bool {
    match reply {
        Reply::Ok { status, content_type, body } => {
            // One write, as real servers do: head and body split over two
            // small writes would meet Nagle's algorithm and delayed ACKs.
            let mut response = format!(
                "HTTP/1.1 {status} {}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\r\n",
                reason(status),
                body.len()
            )
            .into_bytes();
            response.extend_from_slice(&body);
            stream.write_all(&response).await.is_ok() && stream.flush().await.is_ok()
        }
        Reply::Redirect { status, location } => {
            let head =
                format!("HTTP/1.1 {status} {}\r\nlocation: {location}\r\ncontent-length: 0\r\n\r\n", reason(status));
            stream.write_all(head.as_bytes()).await.is_ok()
        }
        Reply::Stall => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            false
        }
        Reply::EndlessBody => {
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
            if stream.write_all(head.as_bytes()).await.is_err() {
                return false;
            }
            let chunk = format!("{:x}\r\n{}\r\n", 8192, "[".repeat(8192));
            while stream.write_all(chunk.as_bytes()).await.is_ok() {}
            false
        }
        Reply::HugeHeaders => {
            let mut head = String::from("HTTP/1.1 200 OK\r\n");
            for i in 0..20_000 {
                head.push_str(&format!("x-filler-{i}: {}\r\n", "y".repeat(100)));
            }
            head.push_str("content-length: 0\r\n\r\n");
            let _ = stream.write_all(head.as_bytes()).await;
            false
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        307 => "Temporary Redirect",
        404 => "Not Found",
        407 => "Proxy Authentication Required",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}
