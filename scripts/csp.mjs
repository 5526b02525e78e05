// The Content-Security-Policy the built site must run under: the one place it is written.
// scripts/server.mjs sends it, and scripts/gen-deploy.mjs copies it into deploy/ and the
// release archive. The pages carry their stylesheet in one <style> element
// (scripts/inline-css.mjs) and their start-up code in one module script
// (scripts/inline-boot.mjs): the policy allows exactly those texts, by the hashes it reads
// from the build, so it changes with them, and deploy/ is written again then.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LANGUAGES, pagePath } from "./languages.mjs";

const DIST = process.env.LUNGSTAGE_DIST ?? join(fileURLToPath(new URL("..", import.meta.url)), "dist");

/** The pages that carry the stylesheet in a <style> element (scripts/inline-css.mjs): each
 * language's standalone and iframe page. */
export const STYLED_PAGES = LANGUAGES.flatMap((lang) => ["index.html", "embed.html"].map((page) => pagePath(lang, page)));

/** The CSP hash of each <style> element of the built pages, in page order, each once. */
export function styleHashes(dist = DIST) {
  const hashes = [];
  for (const page of STYLED_PAGES) {
    const path = join(dist, page);
    if (!existsSync(path)) continue;
    for (const [, css] of readFileSync(path, "utf8").matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      const hash = `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
      if (!hashes.includes(hash)) hashes.push(hash);
    }
  }
  return hashes;
}

/** The CSP hash of each inline module script of the built pages (scripts/inline-boot.mjs),
 * in page order, each once. */
export function scriptHashes(dist = DIST) {
  const hashes = [];
  for (const page of STYLED_PAGES) {
    const path = join(dist, page);
    if (!existsSync(path)) continue;
    for (const [, code] of readFileSync(path, "utf8").matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;
      if (!hashes.includes(hash)) hashes.push(hash);
    }
  }
  return hashes;
}

/** Directives, in the order they are sent. */
export const CSP_DIRECTIVES = [
  ["default-src", "'none'"],
  // wasm needs 'wasm-unsafe-eval' to compile; nothing else may be evaluated. The pages' one
  // inline script (the glue and boot.js, scripts/inline-boot.mjs) is allowed by its hash.
  ["script-src", "'self'", "'wasm-unsafe-eval'", ...scriptHashes(DIST)],
  ["style-src", "'self'", ...styleHashes()],
  ["img-src", "'self'", "data:"],
  ["connect-src", "'self'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
  // The widget is meant to be embedded in other sites' pages.
  ["frame-ancestors", "*"],
];

/** The policy as one header value. */
export const CSP = CSP_DIRECTIVES.map((d) => d.join(" ")).join("; ");

// `node scripts/csp.mjs` prints the policy, for shell scripts and deploy configs.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(CSP);
}
