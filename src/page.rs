//! Each language's page, written at build time from trunk's `index.html` (`src/bin/prerender.rs`):
//! English at the site's root, every other language in a folder of its own (`es/index.html`),
//! since a static host cannot choose a pre-render by query or by the browser's language.
//!
//! A page in language `lang` gets: `<html lang>`; the title, the description and every element
//! marked `data-msg="id"` in its words; the links to the site's files one folder up; the
//! language switch (`data-languages`: each language's name in its own words and `lang`); and,
//! hidden, for every other language, the offer of its page in its own words, which `page.js`
//! shows where the browser prefers that language. Nothing switches by itself.

use lungstage::messages::{LANGUAGES, Msg, Texts};

/// The path of `lang`'s page `name` (`index.html`, `embed.html`) from the site's root.
pub fn path(lang: &str, name: &str) -> String {
    match lang {
        "en" => name.to_owned(),
        other => format!("{other}/{name}"),
    }
}

/// `template` (trunk's `index.html`, English, with an empty mount) as `lang`'s page, before its
/// pre-render (which must install `lang`'s messages itself).
pub fn localise(template: &str, lang: &str) -> Result<String, String> {
    let texts_of = |l: &str| Texts::embedded(l).ok_or_else(|| format!("no messages for `{l}`"));
    let own = texts_of(lang)?;
    let word = |msg: Msg| word_of(&own, msg);
    let mut page = template.to_owned();
    page = replace_once(
        &page,
        "<html lang=\"en\"",
        &format!("<html lang=\"{lang}\""),
    )
    .or_else(|_| replace_once(&page, "<html lang=en", &format!("<html lang={lang}")))?;
    page = between(&page, "<title>", "</title>", &escape(&word(Msg::PageTitle)))?;
    page = description(&page, &escape(&word(Msg::PageDescription)))?;
    page = marked(&page, &word)?;
    if lang != "en" {
        // The page is one folder down: its links to the site's files go one up.
        page = page.replace("=\"./", "=\"../").replace("=./", "=../");
    }
    let up = if lang == "en" { "./" } else { "../" };
    // The switch: every language in its own words, the page's own marked as the current one;
    // and for every other language, its offer, in its own words.
    let (mut links, mut offers) = (String::new(), String::new());
    for other in LANGUAGES {
        let theirs = texts_of(other)?;
        let href = format!("{up}{}", path(other, ""));
        let current = if other == lang {
            " aria-current=\"page\""
        } else {
            ""
        };
        links.push_str(&format!(
            "<a href=\"{href}\" lang=\"{other}\" hreflang=\"{other}\" data-lang-link=\"{other}\"{current}>{}</a>",
            escape(&word_of(&theirs, Msg::PageLanguageName))
        ));
        if other != lang {
            offers.push_str(&format!(
                "<p class=\"page-offer\" lang=\"{other}\" data-offer=\"{other}\" hidden>{} <a href=\"{href}\" hreflang=\"{other}\" data-lang-link=\"{other}\">{}</a></p>",
                escape(&word_of(&theirs, Msg::PageOffer)),
                escape(&word_of(&theirs, Msg::PageOfferLink))
            ));
        }
    }
    let label = escape(&word(Msg::PageLanguages));
    let nav = find_open_tag(&page, "data-languages")
        .ok_or("no <nav data-languages> for the language switch")?;
    let close = page[nav..]
        .find("</nav>")
        .map(|at| nav + at)
        .ok_or("the language switch's <nav> is not closed")?;
    // `nav` is just after the tag's `>`: the label goes inside the tag.
    Ok(format!(
        "{} aria-label=\"{label}\">{links}</nav>{offers}{}",
        &page[..nav - 1],
        &page[close + "</nav>".len()..]
    ))
}

/// `msg` in the words of `texts`.
fn word_of(texts: &Texts, msg: Msg) -> String {
    let mut out = String::new();
    let _ = texts.write(&mut out, msg, &[]);
    out
}

/// Where the opening tag that has `attribute` ends: just after its `>`.
fn find_open_tag(page: &str, attribute: &str) -> Option<usize> {
    let at = page.find(attribute)?;
    page[at..].find('>').map(|end| at + end + 1)
}

fn replace_once(page: &str, from: &str, to: &str) -> Result<String, String> {
    match page.matches(from).count() {
        1 => Ok(page.replacen(from, to, 1)),
        n => Err(format!("expected `{from}` once, found it {n} times")),
    }
}

/// `page` with the text between `open` and `close` (the first of each) replaced by `text`.
fn between(page: &str, open: &str, close: &str, text: &str) -> Result<String, String> {
    let start = page.find(open).ok_or_else(|| format!("no `{open}`"))? + open.len();
    let end = page[start..]
        .find(close)
        .ok_or_else(|| format!("no `{close}`"))?
        + start;
    Ok(format!("{}{text}{}", &page[..start], &page[end..]))
}

/// `page` with the description's `content` replaced by `text`, its attributes in any order.
fn description(page: &str, text: &str) -> Result<String, String> {
    let name = ["name=\"description\"", "name=description"]
        .iter()
        .find_map(|name| page.find(name))
        .ok_or("no <meta name=description>")?;
    let open = page[..name]
        .rfind("<meta")
        .ok_or("no <meta name=description>")?;
    let close = page[open..]
        .find('>')
        .ok_or("the description is not closed")?
        + open;
    let content = page[open..close]
        .find("content=\"")
        .ok_or("the description has no quoted content")?
        + open
        + "content=\"".len();
    let end = page[content..close]
        .find('"')
        .ok_or("the description's content is not closed")?
        + content;
    Ok(format!("{}{text}{}", &page[..content], &page[end..]))
}

/// `page` with the text of each element marked `data-msg="id"` (quoted or not) in its words.
fn marked(page: &str, word: &dyn Fn(Msg) -> String) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = page;
    while let Some(at) = rest.find("data-msg=") {
        let after = &rest[at + "data-msg=".len()..];
        let id: String = after
            .trim_start_matches('"')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let msg = Msg::ALL
            .into_iter()
            .find(|m| m.id() == id && m.is_word())
            .ok_or_else(|| format!("data-msg=\"{id}\" is not a word of core/messages/words/"))?;
        let open = after.find('>').ok_or("a data-msg tag is not closed")?;
        let text_start = at + "data-msg=".len() + open + 1;
        let text_end = rest[text_start..]
            .find('<')
            .ok_or("a data-msg element is not closed")?
            + text_start;
        out.push_str(&rest[..text_start]);
        out.push_str(&escape(&word(msg)));
        rest = &rest[text_end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Text for HTML: `&`, `<`, `>` and `"` escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = r#"<html lang=en><head><meta content="old" name=description><title>old</title><link rel=preload href=./a.wasm><script src="./boot.js"></script></head><body><header><nav class=page-languages data-languages></nav><p class=page-tagline data-msg=page-tagline>old</p></header><div id=lungstage></div></body></html>"#;

    #[test]
    fn english_stays_at_the_root_with_a_switch_and_spanish_offered() {
        let page = localise(TEMPLATE, "en").unwrap();
        assert!(page.starts_with("<html lang=en>"), "{page}");
        assert!(page.contains("href=./a.wasm") && page.contains("src=\"./boot.js\""));
        assert!(page.contains("<title>LungStage</title>"));
        assert!(page.contains("data-msg=page-tagline>Lung cancer staging in your browser."));
        assert!(page.contains(
            r#"<a href="./" lang="en" hreflang="en" data-lang-link="en" aria-current="page">English</a>"#
        ));
        assert!(page.contains(
            r#"<a href="./es/" lang="es" hreflang="es" data-lang-link="es">Español</a>"#
        ));
        assert!(page.contains(r#"<p class="page-offer" lang="es" data-offer="es" hidden>"#));
        assert!(page.contains(r#"aria-label="Language">"#), "{page}");
    }

    #[test]
    fn spanish_is_a_folder_down_in_its_own_words() {
        let page = localise(TEMPLATE, "es").unwrap();
        assert!(page.starts_with("<html lang=es>"));
        assert!(page.contains("href=../a.wasm") && page.contains("src=\"../boot.js\""));
        assert!(page.contains("content=\"LungStage: estadificación"));
        assert!(page.contains(">Estadificación del cáncer de pulmón en su navegador."));
        assert!(
            page.contains(
                r#"<a href="../" lang="en" hreflang="en" data-lang-link="en">English</a>"#
            )
        );
        assert!(page.contains(r#"aria-current="page">Español</a>"#));
        assert!(page.contains(r#"aria-label="Idioma">"#));
        assert!(page.contains(r#"data-offer="en" hidden>This page is also in English."#));
        assert_eq!(path("es", "embed.html"), "es/embed.html");
        assert_eq!(path("en", "embed.html"), "embed.html");
    }

    #[test]
    fn refuses_a_page_it_cannot_localise() {
        assert!(localise("<html lang=en><title></title></html>", "es").is_err());
        let unknown = TEMPLATE.replace("data-msg=page-tagline", "data-msg=nothing-here");
        assert!(
            localise(&unknown, "en")
                .unwrap_err()
                .contains("nothing-here")
        );
    }
}
