// Unit tests of the e2e static server: headers, MIME types, 404s and path containment.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSP } from "../scripts/csp.mjs";
import { startServer } from "../scripts/server.mjs";
import { useFixtures } from "./setup.mjs";

/** A raw GET, so paths like `/../x` reach the server unnormalised. */
function rawGet(base, path, method = "GET") {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("static server", () => {
  let root;
  let server;

  useFixtures(async (keep) => {
    root = keep(await mkdtemp(join(tmpdir(), "lungstage-server-")), () => rm(root, { recursive: true, force: true }));
    await mkdir(join(root, "site"));
    await writeFile(join(root, "site", "index.html"), "<!doctype html><title>t</title>");
    await writeFile(join(root, "site", "app_bg.wasm"), Buffer.from([0, 97, 115, 109]));
    await writeFile(join(root, "site", "app.js"), "export {};");
    await writeFile(join(root, "site", "app.css"), "main{}");
    await writeFile(join(root, "secret.txt"), "outside the served folder");
    server = keep(await startServer({ root: join(root, "site") }));
  });

  test("binds to loopback on a free port", () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.notEqual(new URL(server.url).port, "0");
  });

  test("serves index.html for / with the CSP", async () => {
    const res = await rawGet(server.url, "/");
    assert.equal(res.status, 200);
    assert.equal(res.headers["content-type"], "text/html; charset=utf-8");
    assert.equal(res.headers["content-security-policy"], CSP);
    assert.equal(res.headers["x-content-type-options"], "nosniff");
  });

  for (const [path, type] of [
    ["/app_bg.wasm", "application/wasm"],
    ["/app.js", "text/javascript; charset=utf-8"],
    ["/app.css", "text/css; charset=utf-8"],
  ]) {
    test(`serves ${path} as ${type}`, async () => {
      const res = await rawGet(server.url, path);
      assert.equal(res.status, 200);
      assert.equal(res.headers["content-type"], type);
    });
  }

  test("sends brotli only when asked to and accepted", async () => {
    const brotliServer = await startServer({ root: join(root, "site"), brotli: true });
    try {
      const { hostname, port } = new URL(brotliServer.url);
      const get = (encoding) =>
        new Promise((ok, fail) => {
          const req = request({ hostname, port, path: "/app.js", headers: { "Accept-Encoding": encoding } }, (res) => {
            res.resume();
            res.on("end", () => ok(res.headers));
          });
          req.on("error", fail);
          req.end();
        });
      assert.equal((await get("gzip, br"))["content-encoding"], "br");
      assert.equal((await get("gzip"))["content-encoding"], undefined);
    } finally {
      await brotliServer.close();
    }
    const plain = await rawGet(server.url, "/app.js");
    assert.equal(plain.headers["content-encoding"], undefined);
  });

  test("answers 404 for missing files, with the CSP too", async () => {
    const res = await rawGet(server.url, "/nope.js");
    assert.equal(res.status, 404);
    assert.equal(res.headers["content-security-policy"], CSP);
  });

  test("never serves files outside its root", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%00"]) {
      const res = await rawGet(server.url, path);
      assert.equal(res.status, 404, path);
    }
  });

  test("answers HEAD without a body and refuses other methods", async () => {
    const head = await rawGet(server.url, "/app.js", "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    const post = await rawGet(server.url, "/app.js", "POST");
    assert.equal(post.status, 405);
  });
});
