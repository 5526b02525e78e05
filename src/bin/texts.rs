//! Writes the long texts the widget loads after its first answer (`lungstage::deferred`) into
//! `texts.json` in trunk's staging directory; `scripts/embed-files.mjs` then gives the file its
//! hashed name and puts that name and its integrity into `lungstage.js`.
//!
//! Run natively by `scripts/post-build.mjs`, which trunk starts with `TRUNK_STAGING_DIR`; or
//! `texts FILE.json`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;

    let path = match (
        std::env::args_os().nth(1),
        std::env::var_os("TRUNK_STAGING_DIR"),
    ) {
        (Some(file), _) => PathBuf::from(file),
        (None, Some(dir)) => PathBuf::from(dir).join("texts.json"),
        (None, None) => {
            eprintln!(
                "texts: give a JSON file to write, or run as a trunk hook (TRUNK_STAGING_DIR)"
            );
            return std::process::ExitCode::from(2);
        }
    };
    match std::fs::write(&path, lungstage::deferred::texts().to_string()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("texts: {}: {e}", path.display());
            std::process::ExitCode::FAILURE
        }
    }
}

/// The texts are written at build time, never in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
