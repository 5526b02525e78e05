//! Mounts the LungStage widget.
fn main() {}
