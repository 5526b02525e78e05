// The case whose first answer the benchmark times (scripts/bench.mjs), the split of the wasm is
// profiled on (scripts/split-profile.mjs) and its test checks (e2e/split.test.mjs): a 3.4 cm
// tumour (T2a), one same-side mediastinal node station, 4R (N2a), no distant spread (M0):
// stage IIIA in the 9th edition.
export const FIRST_ANSWER_CASE = {
  steps: [
    { selector: '[id$="-size"]', type: "3.4" },
    // Already ticked in the benchmark's baseline build, whose node question started answered.
    { selector: '[id$="-nodes-checked"]', tick: true },
    { selector: '[id$="-side-right"]', tick: true },
    { selector: '[id$="-station-4R"]', tick: true },
    // The baseline has no such box: no spread entered was M0 there.
    { selector: '[id$="-no-spread"]', tick: true, optional: true },
  ],
  stage: '[data-testid="stage"]',
  expect: "IIIA",
};

/** The case entered through `page`'s form (playwright), one step after another. */
export async function enterCase(page, steps = FIRST_ANSWER_CASE.steps) {
  for (const step of steps) {
    const field = page.locator(step.selector).first();
    if (step.type !== undefined) await field.fill(step.type);
    else await field.check();
  }
}
