// The iframe page's options, read from its address's query before the widget starts, so the
// first paint has them (embed.html only; docs/embedding.md):
//
//   embed.html?height=fixed&theme=dark&accent=005a9c#v=2&t=T2a
//
// - height=fixed: the frame keeps the height the host gives it and scrolls inside, so its
//   own sticky stage bar and result work; it then posts nothing to its parent. Without it
//   the frame follows its content's height and posts only that height.
// - theme: light, dark or auto. view: patient or clinician (lungstage.js applies it).
// - lang: the language (en, es): another language's frame page opens at once, in its own
//   folder (es/embed.html), with the rest of the address.
// - brand colours, each the widget's custom property --ls-<name>, as 3 or 6 hex digits
//   without "#": text, muted, bg, surface, border, accent, accent-soft, on-accent, focus,
//   error, error-soft, bar, case, case-soft.
// Anything else is left out with a console warning for the page's author.
const COLOURS = ["text", "muted", "bg", "surface", "border", "accent", "accent-soft", "on-accent", "focus", "error", "error-soft", "bar", "case", "case-soft"];
// The codes of themes and views, the default first: the build fills them in from Rust
// (src/bin/codes.rs, scripts/embed-files.mjs).
const CODES = {};
const CHOICES = { height: ["auto", "fixed"], theme: CODES.theme, view: CODES.view, lang: CODES.lang };
const root = document.documentElement;
const query = new URLSearchParams(location.search);
const lang = query.get("lang");
if (lang && lang !== root.lang && CODES.lang.includes(lang)) {
  // Before anything starts: the language's own frame page, with the rest of the address.
  query.delete("lang");
  const site = new URL(root.lang === CODES.lang[0] ? "./" : "../", location.href);
  const page = new URL(`${lang === CODES.lang[0] ? "" : `${lang}/`}embed.html`, site);
  page.search = query.toString();
  page.hash = location.hash;
  location.replace(page.href);
}
for (const [key, value] of query) {
  if (CHOICES[key]?.includes(value)) {
    if (key === "height") root.classList.toggle("embed-fixed", value === "fixed");
    else if (key !== "lang") root.dataset[key] = value;
  } else if (COLOURS.includes(key) && /^([0-9a-f]{3}){1,2}$/i.test(value)) {
    // CSSOM, which the page's CSP allows (a style attribute it would not).
    root.style.setProperty(`--ls-${key}`, `#${value}`);
  } else {
    console.warn(`LungStage: ${key}=${value.slice(0, 40)} in the frame's address is not an option: left out.`);
  }
}
