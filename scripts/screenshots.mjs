// Refreshes the committed docs/screenshots/ from the release build in dist/ (build it first:
// trunk build --release --offline); test runs write theirs to a temporary folder.
// Usage: npm run screenshots
import { launchBrowser, serveDist } from "../e2e/browser.mjs";
import { writeScreenshots } from "../e2e/docs-screenshots.mjs";

const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const path of await writeScreenshots(browser, server.url)) console.log(path);
} finally {
  await browser.close();
  await server.close();
}
