// A tiny static file server for dist/ that sends the production CSP: used by scripts/serve
// and by the e2e tests, so what we run and what we test are served the same way.
import { LANGUAGES, pagePath } from "./languages.mjs";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants } from "node:zlib";
import { CSP } from "./csp.mjs";
import { pathToFileURL } from "node:url";

export const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Headers sent with every response, the CSP among them. */
export const SECURITY_HEADERS = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  // Other sites' pages load lungstage.js and what it loads (module scripts, SRI-checked
  // fetches and stylesheets) with CORS. Every file here is public and the same for everyone,
  // with no cookies or credentials involved, so any origin may read any of them.
  "Access-Control-Allow-Origin": "*",
};

/** Files without a content hash in their name, which must always be revalidated: each
 * language's pages and its page.js (es/index.html), and lungstage.js. */
export const UNHASHED = [
  ...LANGUAGES.flatMap((lang) => [...(lang === "en" ? [] : [pagePath(lang, "")]), ...["index.html", "embed.html"].map((f) => pagePath(lang, f))]),
  "lungstage.js",
  ...LANGUAGES.map((lang) => pagePath(lang, "page.js")),
];

/** Resolves a request path inside `root`, or null if it would escape it. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const path = resolve(root, `.${decoded}`);
  return path === root || path.startsWith(root + sep) ? path : null;
}

async function findFile(root, urlPath) {
  let path = resolveInside(root, urlPath);
  if (path === null) return null;
  try {
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Serves `root` on `host:port` (port 0 picks a free one). With `brotli`, text and wasm go
 * brotli-compressed to clients that accept it, as a production host sends them (the
 * benchmark, scripts/bench.mjs, needs real transfer sizes). With `csp: false` no CSP is sent:
 * the benchmark serves another project's single-file page, whose inline script our policy
 * would block, as its own host would.
 * Resolves to `{ url, close }`, where `url` ends with a slash.
 */
export async function startServer({ root, host = "127.0.0.1", port = 0, log = false, brotli = false, csp = true }) {
  const rootDir = resolve(root);
  const security = { ...SECURITY_HEADERS };
  if (!csp) delete security["Content-Security-Policy"];
  const compressed = new Map();
  const compress = (file, body) => {
    if (!compressed.has(file)) {
      compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return compressed.get(file);
  };
  const server = createServer(async (req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, { ...security, ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }, "Method not allowed\n");
      return;
    }
    // A request target such as `//` is not a path the URL parser accepts: not found, never a
    // crash of the server.
    let urlPath;
    try {
      urlPath = new URL(req.url, "http://localhost").pathname;
    } catch {
      urlPath = null;
    }
    const file = urlPath === null ? null : await findFile(rootDir, urlPath);
    if (file === null) {
      send(404, { "Content-Type": "text/plain; charset=utf-8" }, "Not found\n");
      return;
    }
    let body = await readFile(file);
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    const unhashed = file.endsWith(".html") || UNHASHED.includes(basename(file));
    const cache = unhashed ? "no-cache" : "public, max-age=31536000, immutable";
    const headers = { "Content-Type": type, "Cache-Control": cache };
    if (brotli && /\bbr\b/.test(req.headers["accept-encoding"] ?? "") && /^(text|application\/(wasm|json))/.test(type)) {
      body = compress(file, body);
      Object.assign(headers, { "Content-Encoding": "br", Vary: "Accept-Encoding" });
    }
    send(200, { ...headers, "Content-Length": body.length }, body);
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const { port: actualPort } = server.address();
  return {
    url: `http://${host}:${actualPort}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// CLI: `node scripts/server.mjs [--root dist] [--host 127.0.0.1] [--port 8080]`.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      root: { type: "string", default: "dist" },
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "8080" },
    },
  });
  const { url } = await startServer({ root: values.root, host: values.host, port: Number(values.port), log: true });
  console.log(`Serving ${values.root}/ at ${url} (Ctrl-C to stop)`);
}
