//! Writes each language's page from trunk's staged `index.html` (English at the root, the others
//! in folders of their own, `es/index.html`: `lungstage_web::page`), with the widget's first
//! render in that language inside, for a first paint before the wasm arrives; `src/main.rs`
//! then renders the live widget in its place.
//!
//! Run natively by trunk as a post_build hook (Trunk.toml), which sets `TRUNK_STAGING_DIR`;
//! or `prerender FILE.html` on any page with an empty `<div id="lungstage"></div>`, whose
//! other languages are written beside it.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let path = match lungstage_web::hook::staged_file("prerender", "index.html", "an HTML file") {
        Ok(path) => path,
        Err(code) => return code,
    };
    let dir = path
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let result = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|template| {
            for lang in lungstage::messages::LANGUAGES {
                let page = lungstage_web::page::localise(&template, lang)?;
                lungstage::messages::install(
                    lungstage::messages::Texts::embedded(lang).ok_or("no messages")?,
                );
                // On a thread of its own, whose widget ids start at the first, as the live
                // widget's do: what is typed before the wasm arrives is found by its id.
                let rendered = std::thread::scope(|scope| {
                    scope
                        .spawn(render)
                        .join()
                        .map_err(|_| "the render panicked".to_owned())?
                })?;
                let page = insert(&page, &rendered)?;
                let target = dir.join(lungstage_web::page::path(lang, &name));
                if let Some(folder) = target.parent() {
                    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
                }
                std::fs::write(&target, page).map_err(|e| format!("{}: {e}", target.display()))?;
            }
            Ok(())
        });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {}: {e}", path.display());
            std::process::ExitCode::FAILURE
        }
    }
}

/// The page has no pre-render step in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}

/// The `App` with its default state, as plain HTML (no hydration markers).
#[cfg(not(target_arch = "wasm32"))]
fn render() -> Result<String, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    let html = runtime.block_on(
        yew::LocalServerRenderer::<lungstage_web::App>::new()
            .hydratable(false)
            .render(),
    );
    Ok(html)
}

/// `page` with `rendered` inside its empty mount element, minified (`id=lungstage`) or not.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn insert(page: &str, rendered: &str) -> Result<String, String> {
    let found = ["<div id=lungstage></div>", r#"<div id="lungstage"></div>"#]
        .iter()
        .find_map(|mount| page.find(mount).map(|at| (at, mount.len())));
    let Some((at, len)) = found else {
        return Err("no empty <div id=\"lungstage\"></div> to render into".to_owned());
    };
    let open = len - "</div>".len();
    Ok(format!(
        "{}{rendered}{}",
        &page[..at + open],
        &page[at + open..]
    ))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn renders_the_form_and_the_invitation_into_the_mount() {
        let page = "<body><main><div id=lungstage></div></main></body>";
        let out = insert(page, &render().unwrap()).unwrap();
        assert!(out.starts_with("<body><main><div id=lungstage><div"));
        // Plain HTML: no hydration markers.
        assert!(!out.contains("<!--<"));
        assert!(out.ends_with("</div></main></body>"));
        for part in [
            r#"data-testid="lungstage-root""#,
            r#"id="lungstage1-size""#,
            r#"data-testid="invite""#,
            r#"data-testid="disclaimer""#,
            "Find the stage of a lung cancer",
        ] {
            assert!(out.contains(part), "{part}");
        }
        // No inline style may reach a page served under the strict CSP.
        assert!(!out.contains("style="));
    }

    #[test]
    fn needs_an_empty_mount() {
        assert_eq!(
            insert(r#"<div id="lungstage"></div>"#, "x").as_deref(),
            Ok(r#"<div id="lungstage">x</div>"#)
        );
        for page in ["<body></body>", "<div id=lungstage>old</div>"] {
            assert!(insert(page, "x").is_err(), "{page}");
        }
    }
}
