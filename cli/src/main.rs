//! The `lungstage` command.
fn main() {}
