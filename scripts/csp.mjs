// The Content-Security-Policy the built site must run under: the one place it is written.
// scripts/server.mjs sends it, and scripts/gen-deploy.mjs copies it into deploy/.
import { pathToFileURL } from "node:url";

/** Directives, in the order they are sent. */
export const CSP_DIRECTIVES = [
  ["default-src", "'none'"],
  // wasm needs 'wasm-unsafe-eval' to compile; nothing else may be evaluated.
  ["script-src", "'self'", "'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
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
