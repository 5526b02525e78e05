// Takes a screenshot of a page in headless Chromium, to look at what a person would see.
// Usage: node e2e/screenshot.mjs [url] [out.png]   (default: http://127.0.0.1:8080/, /tmp/lungstage.png)
import { launchBrowser } from "./browser.mjs";

const [url = "http://127.0.0.1:8080/", out = "/tmp/lungstage.png"] = process.argv.slice(2);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot of ${url} saved to ${out}`);
} finally {
  await browser.close();
}
