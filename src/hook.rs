//! What the build's native tools (`src/bin/`) share: the file a trunk hook works on.

use std::path::PathBuf;
use std::process::ExitCode;

/// The file `tool` works on: its first argument, or `name` in trunk's staging directory when
/// it runs as a hook (`TRUNK_STAGING_DIR`); with neither, says what it needs (`what`) and
/// gives the usage exit code.
pub fn staged_file(tool: &str, name: &str, what: &str) -> Result<PathBuf, ExitCode> {
    match (
        std::env::args_os().nth(1),
        std::env::var_os("TRUNK_STAGING_DIR"),
    ) {
        (Some(file), _) => Ok(PathBuf::from(file)),
        (None, Some(dir)) => Ok(PathBuf::from(dir).join(name)),
        (None, None) => {
            eprintln!("{tool}: give {what}, or run as a trunk hook (TRUNK_STAGING_DIR)");
            Err(ExitCode::from(2))
        }
    }
}
