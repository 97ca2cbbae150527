import { expect, test } from "@playwright/test";
import { type FileServer, serveDist } from "./file-server";
import { waitForScreen, watchProblems } from "./helpers";

// The build must run from any folder of any static host: serve dist/ under a
// nested path with a plain file server and play from there.
const PREFIX = "/some/folder/andy/";

let server: FileServer;
let origin = "";

test.beforeAll(async () => {
  server = await serveDist(PREFIX);
  origin = server.origin;
});

test.afterAll(() => server.close());

test("the static build runs from a nested folder and fetches nothing from elsewhere", async ({
  page,
}) => {
  const problems = watchProblems(page);
  const requests: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  await page.goto(`${origin}${PREFIX}`);
  await waitForScreen(page, "title");
  await page.evaluate(() => window.andy.newGame(1));
  await waitForScreen(page, "narrative");
  await expect(page.locator("#story-panel")).toContainText("Chapter 1");
  // The service worker serves this folder only, wherever the folder is.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${origin}${PREFIX}`);
  // Built without SITE_URL (see README), link previews stay relative to the folder and name no
  // og:url; the image they name is there. (With SITE_URL: test/unit/site-url.test.ts.)
  const og = await page.evaluate(() => ({
    image: document.querySelector('meta[property="og:image"]')?.getAttribute("content"),
    twitter: document.querySelector('meta[name="twitter:image"]')?.getAttribute("content"),
    url: document.querySelector('meta[property="og:url"]'),
  }));
  expect(og).toEqual({ image: "./og-image.png", twitter: "./og-image.png", url: null });
  const image = await page.request.get(new URL(og.image ?? "", page.url()).href);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(requests.length).toBeGreaterThan(2);
  for (const url of requests) {
    if (url.startsWith("data:")) continue;
    expect(url.startsWith(`${origin}${PREFIX}`), url).toBe(true);
  }
  expect(problems).toEqual([]);
});
