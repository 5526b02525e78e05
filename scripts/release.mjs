// Packs a built site (dist/) into a versioned, self-contained archive that a web editor can
// put on any static host: release/lungstage-<version>.tar.gz, holding lungstage-<version>/ with
// - site/: the files to put on the host, as built;
// - deploy/: _headers (Netlify, Cloudflare Pages) and nginx.conf, generated here from this
//   build's own files (scripts/gen-deploy.mjs), so they name exactly what the archive holds;
// - integrity.txt: the SRI hash (sha384) of every file in site/;
// - EMBED.md: the headers and the snippets, with lungstage.js's integrity filled in.
// Run by scripts/release after a build. Usage: node scripts/release.mjs [--dist dist] [--out release]
// (the CSP's style hash is read from the build in $LUNGSTAGE_DIST, by default dist/: scripts/csp.mjs)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { deployFiles } from "./gen-deploy.mjs";
import { SECURITY_HEADERS } from "./server.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The placeholder for the widget's address in EMBED.md: where the host put site/. */
export const PLACEHOLDER = "https://your-site.example/lungstage/";

/** Every file under `dir`, as paths relative to it with "/", sorted. */
function listFiles(dir, sub = "") {
  return readdirSync(join(dir, sub), { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, join(sub, e.name)) : [join(sub, e.name).split("\\").join("/")]))
    .sort();
}

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/** The version of the workspace (Cargo.toml) and the commit the build comes from. */
function version() {
  const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
  const v = /\[workspace\.package\][^[]*?\nversion = "([^"]+)"/.exec(cargo)?.[1];
  if (!v) throw new Error("release: no version in Cargo.toml's [workspace.package]");
  let commit = "unknown";
  try {
    const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
    commit = git("rev-parse", "--short=12", "HEAD");
    if (git("status", "--porcelain", "--untracked-files=no")) commit += " with uncommitted changes";
  } catch {}
  return { version: v, commit };
}

function embedMd({ name, commit, shellIntegrity }) {
  const W = PLACEHOLDER;
  const origin = new URL(W).origin;
  return `# Embedding ${name}

LungStage stages lung cancer (TNM, 9th edition, 8th on request) in the browser. Educational
information only: not medical advice and not a medical device. Built from commit ${commit}.

## 1. Put the folder on your host

Copy the contents of \`site/\` to a folder of your static host, for example
\`${W}\`, the address used below: replace it with yours everywhere. Nothing in it
calls any other server; there are no cookies and no tracking.

## 2. Add these headers

Every file of the folder needs:

\`\`\`text
${Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`).join("\n")}
\`\`\`

and \`.wasm\` files \`Content-Type: application/wasm\`. \`deploy/_headers\` (Netlify,
Cloudflare Pages; put it in the folder, and prefix its paths if the folder is not the site's
root) and \`deploy/nginx.conf\` send exactly these, with caching: every file name carries a
content hash except the HTML pages and \`lungstage.js\`, which must be revalidated.

For the in-page widget, a page of yours with a Content-Security-Policy must allow the
widget's origin and \`'wasm-unsafe-eval'\`:

\`\`\`text
Content-Security-Policy: default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; connect-src 'self' ${origin}; frame-src ${origin}
\`\`\`

## 3. Paste this snippet

In the page (the link inside shows until the widget is live, and stays if it cannot start):

\`\`\`html
<script type="module" src="${W}lungstage.js" integrity="${shellIntegrity}" crossorigin="anonymous"></script>
<div data-lungstage>
  <p><a href="${W}">Open the lung cancer staging calculator (LungStage)</a></p>
</div>
\`\`\`

Or in an iframe, fixed height, scrolling inside so that its stage bar stays in view, and
sending your page nothing at all:

\`\`\`html
<iframe src="${W}embed.html?height=fixed" title="LungStage: lung cancer staging"
  allow="clipboard-write" width="100%" height="800"></iframe>
\`\`\`

The \`integrity\` pins this release's \`lungstage.js\`, which pins every other file; update it
with the folder. Options (edition, view, theme, brand colours, share links that open your
article, a height that follows the content) are in docs/embedding.md of the LungStage
repository. \`integrity.txt\` lists the SRI hash of every file.
`;
}

/** Builds the archive from `dist` into `out`; returns its path. */
export function release({ dist = join(root, "dist"), out = join(root, "release") } = {}) {
  const { version: v, commit } = version();
  const name = `lungstage-${v}`;
  const stage = join(out, name);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(join(stage, "deploy"), { recursive: true });
  // Trunk's lock file and any other dot file stay behind.
  cpSync(dist, join(stage, "site"), { recursive: true, filter: (src) => !relative(dist, src).split(/[\\/]/).some((p) => p.startsWith(".")) });
  const files = listFiles(join(stage, "site"));
  if (!files.includes("lungstage.js") || !files.includes("embed.html")) {
    throw new Error(`release: ${dist} is not a built site (no lungstage.js or embed.html)`);
  }
  const hashes = Object.fromEntries(files.map((f) => [f, sri(readFileSync(join(stage, "site", f)))]));
  const unhashed = files.filter((f) => !/-[0-9a-f]{16}(_bg)?\.\w+$/.test(f));
  const wasm = files.filter((f) => f.endsWith(".wasm"));
  for (const [file, text] of Object.entries(deployFiles({ unhashed, wasm, banner: `Generated for ${name} by scripts/release.mjs: the paths are this build's files.` }))) {
    writeFileSync(join(stage, "deploy", file), text.replace("the contents of dist/", "the contents of site/"));
  }
  writeFileSync(join(stage, "integrity.txt"), files.map((f) => `${hashes[f]}  ${f}\n`).join(""));
  writeFileSync(join(stage, "EMBED.md"), embedMd({ name, commit, shellIntegrity: hashes["lungstage.js"] }));
  // The same bytes for the same build: sorted names, no owners, one date, no gzip timestamp.
  const archive = join(out, `${name}.tar.gz`);
  execFileSync("tar", [
    "--sort=name", "--owner=0", "--group=0", "--numeric-owner", "--mtime=@0",
    "-I", "gzip -n -9", "-cf", archive, "-C", out, name,
  ]);
  rmSync(stage, { recursive: true, force: true });
  return archive;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { dist: { type: "string" }, out: { type: "string" } } });
  const archive = release({ dist: values.dist, out: values.out });
  console.log(`release: ${relative(process.cwd(), archive)}`);
}
