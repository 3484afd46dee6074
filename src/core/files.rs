//! Files: reading the content folders, and writing files that hold tokens or parents' data,
//! which are created readable by their owner only.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The entries of `dir`, sorted by name, so loading is the same on every machine.
pub fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    v.sort();
    Ok(v)
}

/// Writes `data` to `path`, readable and writable by the owner only.
pub fn write_private(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let mut f = open(path)?;
    f.write_all(data)
}

fn open(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    let f = o.open(path)?;
    make_private(path)?;
    Ok(f)
}

/// Creates a folder (and its parents) that only the owner can enter.
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Makes an existing file owner-only (a database file created by a library).
pub fn make_private(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}
