//! Reading a source into a tally: the listing first, then each laptop's
//! files together, several laptops at a time (on every core for a folder,
//! a few downloads at a time for WebDAV), each laptop's outcome added to
//! the tally as soon as it is ready and then dropped. At no point are all
//! reports in memory.

use std::sync::mpsc::sync_channel;
use std::sync::Arc;

use rayon::prelude::*;
use time::Date;

use super::folder;
use super::laptop::{LaptopBuilder, LaptopOutcome};
use super::limits::PARALLEL_DOWNLOADS;
use super::listing::{Listed, Listing, Location};
use super::tally::Tally;
use super::validate;
use super::webdav::{FetchFailure, WebDav, WebDavSource};
use crate::Error;

/// How many finished laptops may wait for the tally: enough to keep every
/// core busy, few enough to keep memory flat.
const WAITING_OUTCOMES: usize = 256;

/// What the tally was made from, besides the reports.
#[derive(Debug, Default)]
pub(crate) struct Read {
    pub tally: Tally,
    /// Files that are not `.json`, left alone.
    pub other_files: u64,
}

fn start(listing: Listing) -> (Vec<Vec<Listed>>, Read) {
    let (laptops, skipped, other_files) = listing.into_laptops();
    let mut tally = Tally::default();
    for skipped in skipped {
        tally.skip(skipped);
    }
    (laptops, Read { tally, other_files })
}

/// Reads the reports in the folder `root`.
pub(crate) fn folder(root: &std::path::Path, today: Date) -> Result<Read, Error> {
    let (laptops, mut read) = start(folder::list(root)?);
    let (sender, receiver) = sync_channel::<LaptopOutcome>(WAITING_OUTCOMES);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            laptops.into_par_iter().for_each_with(sender, |sender, files| {
                let mut laptop = LaptopBuilder::default();
                for file in &files {
                    let Location::Path(path) = &file.location else { continue };
                    let result = folder::read(path).and_then(|bytes| validate::check(&bytes, &file.name, today));
                    laptop.add(&file.file, result);
                }
                // The receiver only goes away if this thread's caller panicked.
                let _ = sender.send(laptop.finish());
            });
        });
        for outcome in receiver {
            read.tally.add(outcome);
        }
    });
    Ok(read)
}

/// Reads the reports in a WebDAV folder.
pub(crate) fn webdav(source: &WebDavSource, today: Date) -> Result<Read, Error> {
    let dav = Arc::new(WebDav::connect(source)?);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("no async runtime: {e}")))?;
    runtime.block_on(async move {
        let (laptops, mut read) = start(dav.list().await?);
        let mut waiting = laptops.into_iter();
        let mut running = tokio::task::JoinSet::new();
        loop {
            while running.len() < PARALLEL_DOWNLOADS {
                let Some(files) = waiting.next() else { break };
                running.spawn(download_laptop(dav.clone(), files, today));
            }
            let Some(joined) = running.join_next().await else { break };
            let outcome = joined.map_err(|e| Error::internal(format!("download task failed: {e}")))??;
            read.tally.add(outcome);
        }
        Ok(read)
    })
}

/// One laptop's files, downloaded one after the other.
async fn download_laptop(dav: Arc<WebDav>, files: Vec<Listed>, today: Date) -> Result<LaptopOutcome, Error> {
    let mut laptop = LaptopBuilder::default();
    for file in &files {
        let Location::Url(url) = &file.location else { continue };
        let result = match dav.fetch(url).await {
            Ok(bytes) => validate::check(&bytes, &file.name, today),
            Err(FetchFailure::Skip(reason)) => Err(reason),
            Err(FetchFailure::Stop(error)) => return Err(error),
        };
        laptop.add(&file.file, result);
    }
    Ok(laptop.finish())
}
