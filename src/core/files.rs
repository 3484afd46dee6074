//! Reading the content folders.

use std::path::{Path, PathBuf};

/// The entries of `dir`, sorted by name, so loading is the same on every machine.
pub fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    v.sort();
    Ok(v)
}
