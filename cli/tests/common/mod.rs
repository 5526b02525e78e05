//! Running the built `lungstage` binary from the integration tests.

use std::ffi::OsStr;
use std::io::Write;
use std::process::{Child, Command, Output, Stdio};
use std::thread;

/// Starts `lungstage args` with stdin, stdout and stderr piped.
pub fn spawn<S: AsRef<OsStr>>(args: &[S]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_lungstage"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lungstage")
}

/// Runs `lungstage args` on `stdin` to the end. The input is written from a thread, so a
/// large one cannot deadlock against the output; the child may exit without reading it, and
/// the failed write is then expected.
pub fn run<S: AsRef<OsStr>>(args: &[S], stdin: impl Into<Vec<u8>>) -> Output {
    let mut child = spawn(args);
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.into();
    let writer = thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait for lungstage");
    writer.join().expect("stdin writer");
    out
}
