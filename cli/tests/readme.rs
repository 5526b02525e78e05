//! The command-line examples of README.md and docs/*.md, run for real.
//!
//! Every fenced block marked `console` in README.md or a `docs/*.md` file is a
//! list of `$ ` command lines (with any `<<'EOF'` here-document that follows),
//! each followed by its output. Each command runs in bash from the repository
//! root with the freshly built `lungstage` first on PATH, stderr merged into
//! stdout, and its output must equal the lines shown; a line `...` stands for
//! any number of lines.

use std::path::{Path, PathBuf};
use std::process::Command;

use lungstage::{Feature, Site, Station};

struct Example {
    /// Line of the `$ ` command in its file, for messages.
    line: usize,
    script: String,
    expected: Vec<String>,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent")
        .to_path_buf()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(repo_root().join(path))
        .unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// README.md and every `docs/*.md`, as paths relative to the repository root.
fn doc_files() -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = std::fs::read_dir(repo_root().join("docs"))
        .expect("read docs/")
        .map(|entry| entry.expect("docs/ entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .filter_map(|path| Some(Path::new("docs").join(path.file_name()?)))
        .collect();
    docs.sort();
    docs.insert(0, PathBuf::from("README.md"));
    docs
}

/// The word that ends a here-document started on `command`, if any.
fn heredoc_end(command: &str) -> Option<String> {
    let rest = command
        .split_once("<<")?
        .1
        .trim_start_matches('-')
        .trim_start();
    let word: String = rest
        .trim_start_matches(['\'', '"'])
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!word.is_empty()).then_some(word)
}

fn examples(text: &str) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((_, line)) = lines.next() {
        if line.trim_end() != "```console" {
            continue;
        }
        while let Some((number, line)) = lines.next() {
            if line.trim_end() == "```" {
                break;
            }
            if let Some(command) = line.strip_prefix("$ ") {
                let mut script = command.to_owned();
                if let Some(end) = heredoc_end(command) {
                    for (_, body) in lines.by_ref() {
                        script.push('\n');
                        script.push_str(body);
                        if body.trim_end() == end {
                            break;
                        }
                    }
                }
                out.push(Example {
                    line: number + 1,
                    script,
                    expected: Vec::new(),
                });
            } else if let Some(example) = out.last_mut() {
                example.expected.push(line.trim_end().to_owned());
            }
        }
    }
    out
}

/// Whether `actual` matches `expected`, where a `...` line matches any run of lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => {
            actual.first().is_some_and(|a| a == first) && matches(rest, &actual[1..])
        }
    }
}

#[test]
fn doc_examples_print_what_they_show() {
    let examples: Vec<(PathBuf, Example)> = doc_files()
        .into_iter()
        .flat_map(|path| {
            let found = examples(&read(&path));
            found
                .into_iter()
                .map(move |example| (path.clone(), example))
        })
        .collect();
    assert!(
        examples.len() >= 9,
        "expected the docs' console examples, found {}",
        examples.len()
    );
    let bin = Path::new(env!("CARGO_BIN_EXE_lungstage"))
        .parent()
        .expect("binary directory");
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("PATH");
    let mut failures = Vec::new();
    for (file, example) in &examples {
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!("exec 2>&1\n{}", example.script))
            .current_dir(repo_root())
            .env("PATH", &path)
            .output()
            .expect("run bash");
        let text = String::from_utf8_lossy(&out.stdout);
        let actual: Vec<&str> = text.lines().map(str::trim_end).collect();
        if !matches(&example.expected, &actual) {
            failures.push(format!(
                "{} line {}: $ {}\n--- expected\n{}\n--- got\n{}",
                file.display(),
                example.line,
                example.script,
                example.expected.join("\n"),
                actual.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_matcher_and_parser_work() {
    let e = |lines: &[&str]| lines.iter().map(|l| (*l).to_owned()).collect::<Vec<_>>();
    assert!(matches(&e(&["a", "...", "d"]), &["a", "b", "c", "d"]));
    assert!(matches(&e(&["a", "...", "b"]), &["a", "b"]));
    assert!(!matches(&e(&["a", "...", "d"]), &["a", "b"]));
    assert!(!matches(&e(&["a"]), &["a", "b"]));
    let parsed = examples("```console\n$ cat <<'EOF'\nx\nEOF\nx\n$ true\n```\n");
    assert_eq!(parsed.len(), 2);
    assert_eq!(parsed[0].script, "cat <<'EOF'\nx\nEOF");
    assert_eq!(parsed[0].expected, ["x"]);
    assert!(parsed[1].expected.is_empty());
}

#[test]
fn the_descriptor_reference_lists_every_code() {
    let reference = read(Path::new("docs/descriptor.md"));
    let missing: Vec<String> = Feature::ALL
        .iter()
        .map(|f| f.code())
        .chain(Station::ALL.iter().map(|s| s.code()))
        .chain(Site::ALL.iter().map(|s| s.code()))
        .filter(|code| !reference.contains(&format!("`{code}`")))
        .map(str::to_owned)
        .collect();
    assert!(
        missing.is_empty(),
        "docs/descriptor.md does not list {missing:?}"
    );
}
