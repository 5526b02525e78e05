// A plain static file server, as a web editor's host would be: a content type for the usual
// text files and nothing else, plus exactly the headers of a `_headers` file (the Netlify and
// Cloudflare Pages format that the release archive ships). What the widget needs beyond a
// plain host must come from those headers, so a test of it tests the documented headers.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

/** Only what any static host sends; .wasm is left to the headers file. */
const PLAIN_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
};

/** The rules of a `_headers` file: `[{ path, headers: [[name, value]] }]`, in order. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const at = line.indexOf(":");
    if (at < 0 || rules.length === 0) throw new Error(`_headers: cannot read the line ${JSON.stringify(line)}`);
    rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path (`/*` and `/dir/*` splats, else exact) matches `path`. */
const matches = (pattern, path) =>
  pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

/**
 * Serves `root` on a free port of 127.0.0.1 with the headers of `rules` (parseHeaders).
 * Resolves to `{ url, close }`.
 */
export async function startStaticHost({ root, rules = [] }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://host").pathname);
    const headers = {};
    for (const rule of rules) {
      if (matches(rule.path, path)) for (const [name, value] of rule.headers) headers[name] = value;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = resolve(base, `.${path}`);
    try {
      if (!file.startsWith(base + sep) || !(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": PLAIN_TYPES[extname(file)] ?? "application/octet-stream", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found\n");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
