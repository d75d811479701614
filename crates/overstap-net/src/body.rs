//! Reads a response body without ever holding more than the limit.

use crate::classify::classify;
use crate::failure::{FailureKind, NetFailure};

pub async fn read_capped(response: &mut reqwest::Response, cap: usize) -> Result<Vec<u8>, NetFailure> {
    let url = response.url().to_string();
    let too_large =
        |url: &str| NetFailure::new(FailureKind::BodyTooLarge, url, format!("the response is larger than {cap} bytes"));
    if response.content_length().is_some_and(|len| len > cap as u64) {
        return Err(too_large(&url));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| classify(&e, &url))? {
        if body.len() + chunk.len() > cap {
            return Err(too_large(&url));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
