// The languages LungStage has pages in: one per messages file (core/messages/<lang>.ftl),
// English first, as core/build.rs lists them. English's pages are at the site's root, each
// other language's in a folder of its own (es/index.html), as src/page.rs writes them.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../core/messages", import.meta.url));
const others = readdirSync(dir)
  .filter((name) => /^[a-z]{2,3}\.ftl$/.test(name) && name !== "en.ftl")
  .map((name) => name.replace(".ftl", ""))
  .sort();

/** Every language with a page, English first. */
export const LANGUAGES = ["en", ...others];

/** The path of `lang`'s page `name` (index.html, embed.html) from the site's root. */
export const pagePath = (lang, name) => (lang === "en" ? name : `${lang}/${name}`);
