// The before and after hooks of the e2e tests: start the servers and the browser a file needs,
// and close them again, in one place.
import { after, before } from "node:test";
import { launchBrowser, serveDist } from "./browser.mjs";
import { startHost } from "./host.mjs";

/**
 * Registers a before and an after hook in the enclosing file or describe block. Before the
 * tests, `start(keep)` starts what they need, handing each server, browser or folder to `keep`
 * (`keep(value, close = () => value.close())` returns `value`), and resolves to the fields the
 * tests read. After them, everything kept is closed in the reverse order, also when `start`
 * failed halfway. Returns the object those fields are put in once the before hook has run.
 */
export function useFixtures(start) {
  const fixtures = {};
  const closers = [];
  const keep = (value, close = () => value.close()) => {
    closers.push(close);
    return value;
  };
  before(async () => {
    Object.assign(fixtures, await start(keep));
  });
  after(async () => {
    while (closers.length > 0) await closers.pop()();
  });
  return fixtures;
}

/**
 * The usual fixtures: `server`, dist/ served with the production CSP; `host`, when `host`
 * is given, examples/ served from another origin with `host(server.url)` as startHost's
 * options; and `browser`, headless Chromium.
 */
export function useSite({ host } = {}) {
  return useFixtures(async (keep) => {
    const server = keep(await serveDist());
    const fixtures = { server };
    if (host) fixtures.host = keep(await startHost(host(server.url)));
    fixtures.browser = keep(await launchBrowser());
    return fixtures;
  });
}
