// Trunk's post_build hook. Trunk starts the hooks of one stage all at once, so the order
// they need lives here, one step after another, each its own command:
// 1. the wasm's import names shortened in it and in its glue, and the glue minified, under
//    new hashed names (scripts/shrink-glue.mjs), before any step reads their names;
// 2. the pre-render of the widget's first view into the staged index.html (src/bin/prerender.rs);
// 3. the long texts the widget loads after its first answer, as texts.json (src/bin/texts.rs);
// 4. the codes lungstage.js checks embed attributes against, as codes.json (src/bin/codes.rs);
// 5. the JavaScript API's wasm module (scripts/build-api.mjs);
// 6. embed.html and lungstage.js, from the pre-rendered page and the hashed files (scripts/embed-files.mjs);
// 7. the stylesheet put into index.html and embed.html, allowed by its hash in the CSP
//    (scripts/inline-css.mjs);
// 8. the glue, boot.js and the first part of the wasm put into those pages, the script allowed
//    by its hash in the CSP (scripts/inline-boot.mjs).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const steps = [
  [process.execPath, ["scripts/shrink-glue.mjs"]],
  ["cargo", ["run", "--quiet", "--offline", "--bin", "prerender"]],
  ["cargo", ["run", "--quiet", "--offline", "--bin", "texts"]],
  ["cargo", ["run", "--quiet", "--offline", "--bin", "codes"]],
  [process.execPath, ["scripts/build-api.mjs"]],
  [process.execPath, ["scripts/embed-files.mjs"]],
  [process.execPath, ["scripts/inline-css.mjs"]],
  [process.execPath, ["scripts/inline-boot.mjs"]],
];
for (const [command, args] of steps) {
  execFileSync(command, args, { cwd: root, stdio: "inherit" });
}
