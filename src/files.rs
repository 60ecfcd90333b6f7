//! Files svc writes are readable by their owner only (records hold personal data).

use std::fs::{File, OpenOptions};
use std::path::Path;

use crate::error::{self, Result};

/// Create (or truncate) a file with mode 0600.
pub fn create_private(path: &Path) -> Result<File> {
    let mut opts = OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map_err(|e| {
        error::failure(format!("cannot create {}: {e}", path.display()))
            .hint("check that the directory exists and is writable")
    })
}
