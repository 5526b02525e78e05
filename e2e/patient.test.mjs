// The patient's result: a drawing of the case from the same result as the words, the care
// team's details folded away, the other edition in plain words, and a way back to the form.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";

const site = useSite();

async function open(fragment, width = 375) {
  const { context, page, log } = await openRecordedPage(site.browser);
  await page.setViewportSize({ width, height: 800 });
  await page.goto(new URL(fragment, site.server.url).href);
  await waitForApp(page);
  return { context, page, log };
}

const caption = (page) => page.getByTestId("case-picture-text").textContent();

describe("the patient's result", () => {
  test("the drawing marks the tumour's side, the node regions and bone and liver spread", async () => {
    const { context, page } = await open("#v=2&size=2.5&side=right&stations=4R,1R&sites=bone:many,liver:2");
    try {
      const words = await caption(page);
      assert.match(words, /^In your case: a 2\.5 cm tumour in the right lung/);
      assert.match(words, /middle of the chest on the same side/);
      assert.match(words, /above the collarbone/);
      assert.match(words, /spread to bone, liver/);
      // The drawing has the marks the words name: a tumour, two node regions, bone twice, liver.
      // Its outline comes with the deferred texts, a moment after the words.
      await page.locator(".case-picture .cp-body").first().waitFor();
      const marks = await page.evaluate(() =>
        ["cp-tumour", "cp-node", "cp-spread"].map((c) => document.querySelectorAll(`.case-picture .${c}`).length),
      );
      assert.deepEqual(marks, [1, 2, 3]);
      // Hidden from screen readers: the caption says it all.
      assert.equal(await page.locator(".case-picture svg").getAttribute("aria-hidden"), "true");
    } finally {
      await context.close();
    }
  });

  test("T1c N3 M0 from categories: N3 is named, not drawn on a side nobody gave", async () => {
    const { context, page } = await open("#v=2&t=T1c&n=N3&m=M0");
    try {
      assert.match(await caption(page), /side was not given/);
      assert.match(await caption(page), /other side of the chest or above the collarbone \(N3; not drawn\)/);
      await page.locator(".case-picture .cp-body").first().waitFor();
      assert.equal(await page.locator(".case-picture .cp-tumour").count(), 0);
    } finally {
      await context.close();
    }
  });

  test("spread entered as an M category is named in the caption, and not drawn", async () => {
    const { context, page } = await open("#v=2&t=T2a&n=N1&m=M1c2");
    try {
      assert.match(await caption(page), /\(M1c2; not drawn\)/);
      await page.locator(".case-picture .cp-body").first().waitFor();
      assert.equal(await page.locator(".case-picture .cp-spread").count(), 0);
    } finally {
      await context.close();
    }
  });

  test("reasons and the edition table fold into the care team's details; the other edition in plain words", async () => {
    const { context, page } = await open("#v=2&t=T1c&n=N2a&m=M0");
    try {
      const details = page.getByTestId("care-team-details");
      assert.equal(await details.getAttribute("open"), null, "closed at first");
      assert.ok(await page.getByTestId("tnm-trace").isHidden());
      // 9th edition T1c N2a M0 is IIB; the 8th edition reads it as N2: IIIA.
      assert.match(await page.getByTestId("other-edition-plain").textContent(), /8th edition this is stage IIIA.*same cancer/);
      await details.locator("summary").click();
      assert.ok(await page.getByTestId("tnm-trace").isVisible());
    } finally {
      await context.close();
    }
  });

  test("Edit answers goes back to the form; Start again empties it", async () => {
    const { context, page } = await open("#v=2&size=2.5&side=right&stations=&sites=");
    try {
      await page.getByTestId("edit-answers").click();
      assert.equal(await page.evaluate(() => document.activeElement.closest(".app-form") !== null), true);
      await page.getByTestId("start-again").click();
      await page.getByTestId("invite").waitFor();
      assert.equal(await page.locator('[id$="-size"]').inputValue(), "");
      await page.waitForFunction(() => location.hash === "");
    } finally {
      await context.close();
    }
  });
});
