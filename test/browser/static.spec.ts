import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { expect, test } from "@playwright/test";
import { waitForScreen, watchProblems } from "./helpers";

// The build must run from any folder of any static host: serve dist/ under a
// nested path with a plain file server and play from there.
const PREFIX = "/some/folder/andy/";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wav": "audio/wav",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

let server: Server;
let origin = "";

test.beforeAll(async () => {
  const root = join(process.cwd(), "dist");
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(PREFIX)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(url.pathname.slice(PREFIX.length) || "index.html").replace(
      /^(\.\.[/\\])+/,
      "",
    );
    try {
      const body = await readFile(join(root, rel));
      res
        .writeHead(200, { "content-type": TYPES[extname(rel)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

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
