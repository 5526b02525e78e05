//! Every decision anchor (`#d1`, `#d2`, ...) that a comment cites in
//! `docs/clinical-decisions.md` exists there, and no comment cites the clinical reference
//! outside this repository.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_cited_decision_anchor_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let doc = fs::read_to_string(root.join("docs/clinical-decisions.md")).unwrap();
    let mut files = Vec::new();
    for dir in ["core/src", "core/tests", "src", "cli/src", "api/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut cited = 0;
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let marker = ["clinical", ".md D"].concat();
        assert!(
            !text.contains(&marker),
            "{}: cites the outside reference",
            file.display()
        );
        let needle = ["clinical-decisions", ".md#"].concat();
        for (at, _) in text.match_indices(&needle) {
            let rest = &text[at + needle.len()..];
            let anchor: String = rest
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            assert!(
                doc.contains(&format!("<a id=\"{anchor}\"></a>")),
                "{}: cites {anchor}, which is not an anchor of the decisions document",
                file.display()
            );
            cited += 1;
        }
    }
    assert!(cited >= 9, "only {cited} citations found");
}
