//! The `lungstage` command: see `lungstage --help`.

use std::io::{self, BufWriter};
use std::process::ExitCode;

fn main() -> ExitCode {
    let code = lungstage_cli::run(
        std::env::args_os().skip(1),
        io::stdin().lock(),
        BufWriter::new(io::stdout().lock()),
        io::stderr().lock(),
    );
    ExitCode::from(code)
}
