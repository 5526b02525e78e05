// A host site for the embed tests: serves examples/ on its own port (another origin than the
// widget), with the widget's address in the pages replaced by the test server's, under a
// strict Content-Security-Policy of the host's own that allows just what the widget needs.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { MIME_TYPES } from "../scripts/server.mjs";
import { REPO_ROOT } from "./browser.mjs";
import { pathToFileURL } from "node:url";

/** The address the examples use for the widget (scripts/serve's default). */
export const EXAMPLE_WIDGET = "http://127.0.0.1:8080/";

/** A host page's CSP that lets the widget at `widget` (its origin) run, and nothing more. */
export function hostCsp(widget) {
  const w = new URL(widget).origin;
  return [
    "default-src 'self'",
    `script-src 'self' ${w} 'wasm-unsafe-eval'`,
    `style-src 'self' ${w}`,
    `connect-src 'self' ${w}`,
    `frame-src ${w}`,
    "img-src 'self' data:",
  ].join("; ");
}

/**
 * Serves `examples/` (and `pages`, extra files by path) for a widget at `widget`, on `port`
 * (0: a free one), under `csp` (by default hostCsp's). Resolves to `{ url, close }`.
 */
export async function startHost({ widget, pages = {}, port = 0, csp = hostCsp(widget) }) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://host").pathname.replace(/^\//, "");
    let body = pages[path];
    if (body === undefined && /^[\w.-]+$/.test(path)) {
      body = await readFile(join(REPO_ROOT, "examples", path), "utf8").catch(() => undefined);
    }
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": MIME_TYPES[extname(path)] ?? "text/plain; charset=utf-8",
      "Content-Security-Policy": csp,
      "Cache-Control": "no-store",
    });
    res.end(body.replaceAll(EXAMPLE_WIDGET, widget));
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// CLI, to try the examples by hand next to scripts/serve:
// `node e2e/host.mjs [--widget http://127.0.0.1:8080/] [--port 8000]`.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { parseArgs } = await import("node:util");
  const { values } = parseArgs({
    options: { widget: { type: "string", default: EXAMPLE_WIDGET }, port: { type: "string", default: "8000" } },
  });
  const { url } = await startHost({ widget: values.widget, port: Number(values.port) });
  console.log(`Examples at ${url}host.html and ${url}iframe.html, with the widget from ${values.widget}`);
}
