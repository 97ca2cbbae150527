/**
 * A plain static file server for the built game, for the tests that must serve it in a way
 * `vite preview` does not: under a nested folder (static.spec.ts), or with a file changed while a
 * page is open (update.spec.ts). It listens on a free port of 127.0.0.1.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wav": "audio/wav",
  ".ogg": "audio/ogg",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

export interface FileServer {
  /** "http://127.0.0.1:<port>". */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `dist/` at `prefix` (a path ending in "/"; anything outside it is a 404). `rewrite`
 * may change a file's body as it is served (`rel`: its path inside dist/).
 */
export async function serveDist(
  prefix = "/",
  rewrite: (rel: string, body: Buffer) => Buffer | string = (_, body) => body,
): Promise<FileServer> {
  const root = join(process.cwd(), "dist");
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(prefix.length) || "index.html").replace(/^(\.\.[/\\])+/, "");
    try {
      const body = rewrite(rel, await readFile(join(root, rel)));
      res
        .writeHead(200, {
          "content-type": TYPES[extname(rel)] ?? "application/octet-stream",
          // Looked at again on every load, as a host serving a new build would have it.
          "cache-control": "no-cache",
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
