import { expect, test } from "@playwright/test";
import { type FileServer, serveDist } from "./file-server";
import { poll, waitForScreen, watchProblems } from "./helpers";

// A new build arriving while the game is open (src/pwa.ts): the build is served by a plain file
// server of this file's own, so that "deploying" a new service worker here (a changed sw.js)
// reaches no other test's page.
let server: FileServer;
let origin = "";
/** What the served sw.js ends with: a new value is a new build's worker (a byte changed). */
let build = "1";

test.beforeAll(async () => {
  server = await serveDist("/", (rel, body) =>
    rel === "sw.js" ? `${body}\n// build ${build}\n` : body,
  );
  origin = server.origin;
});

test.afterAll(() => server.close());

test("a new version installed while the game is open is announced, and Reload now loads it", async ({
  page,
}) => {
  const problems = watchProblems(page);
  build = "1";
  await page.goto(`${origin}/`);
  await waitForScreen(page, "title");
  // The first worker installs and takes the page: the game as it is, nothing to announce.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? "none")).toBe(
    "activated",
  );
  expect(await page.evaluate(() => window.andy.status())).not.toContain("new version");

  // A new build is deployed; the page looks for it (as it does when the player comes back to the
  // tab). Its worker installs and takes over, and the player is told, not reloaded under.
  build = "2";
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  const status = page.locator("#status");
  await expect(status).toContainText(
    "A new version of the game is installed: it starts the next time you open or reload the page.",
  );
  expect(await page.evaluate(() => window.andy.screen)).toBe("title");
  const reload = status.getByRole("button", { name: "Reload now" });
  await expect(reload).toBeVisible();

  expect(problems).toEqual([]);

  // Reload now: the page loads again, under the new worker, and says nothing more of it. (The
  // press is the page's first gesture, so its sounds start loading, and the reload cuts those
  // requests off: that is the reload's doing, not a problem of the new page.)
  const navigated = page.waitForEvent("framenavigated");
  await reload.click();
  await navigated;
  await waitForScreen(page, "title");
  await poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? "none")).toBe(
    "activated",
  );
  expect(await page.evaluate(() => window.andy.status())).not.toContain("new version");
  expect(problems.filter((p) => !p.endsWith("(net::ERR_ABORTED)"))).toEqual([]);
});
