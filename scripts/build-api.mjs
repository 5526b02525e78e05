// Builds the JavaScript API's own WebAssembly module (crate api/, lungstage-api) into
// <out>/api/: cargo for wasm32, wasm-bindgen --target web, and (release) wasm-opt, offline.
// File names carry a content hash. lungstage.js loads it on the first stage() call, so the
// widget's first load does not carry it. Run by scripts/post-build.mjs (a trunk hook).
// Usage: node scripts/build-api.mjs [out-dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(root, "dist"), "api");
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";
const profile = release ? "wasm-release" : "dev";
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: "inherit" });
// The project's pinned tools first (scripts/env.sh does the same for the other scripts).
const bin = (name) => join(root, "node_modules/.bin", name);

run("cargo", ["build", "--quiet", "--offline", "-p", "lungstage-api", "--target", "wasm32-unknown-unknown", "--profile", profile]);
const built = join(root, "target/wasm32-unknown-unknown", release ? "wasm-release" : "debug", "lungstage_api.wasm");
const tmp = mkdtempSync(join(tmpdir(), "lungstage-api-"));
try {
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", tmp, "--out-name", "lungstage-api", built]);
  const wasm = join(tmp, "lungstage-api_bg.wasm");
  if (release) {
    // The same features as the widget's wasm-opt run (index.html).
    const features = ["bulk-memory", "bulk-memory-opt", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"];
    run(bin("wasm-opt"), ["-Oz", ...features.map((f) => `--enable-${f}`), wasm, "-o", wasm]);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [from, suffix] of [[join(tmp, "lungstage-api.js"), ".js"], [wasm, "_bg.wasm"]]) {
    const bytes = readFileSync(from);
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
    writeFileSync(join(out, `lungstage-api-${hash}${suffix}`), bytes);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
