import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Story } from "inkjs";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { compileInk, InkCompileError, inkPlugin } from "../../scripts/vite-plugin-ink";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ink-plugin-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("the ink compiler plugin", () => {
  it("compiles a story with INCLUDEs into JSON the runtime plays", () => {
    const dir = project({
      "story/main.ink": "INCLUDE part.ink\nHello from main.\n-> part\n",
      "story/part.ink": "=== part ===\nAnd from the included file.\n-> END\n",
    });
    const result = compileInk(join(dir, "story/main.ink"), dir);
    expect(result.files).toHaveLength(2);
    const story = new Story(result.json);
    expect(story.ContinueMaximally()).toBe("Hello from main.\nAnd from the included file.\n");
  });

  it("reports a broken file with its path and line number", () => {
    const dir = project({
      "story/main.ink": "INCLUDE broken.ink\nFine line.\n-> broken\n",
      "story/broken.ink": "=== broken ===\nStill fine.\nThis {call( is broken.\n-> END\n",
    });
    let error: unknown;
    try {
      compileInk(join(dir, "story/main.ink"), dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InkCompileError);
    expect((error as InkCompileError).message).toMatch(/story\/broken\.ink:3: .*Expected/);
  });

  it("fails a Vite build that imports a broken story, naming file and line", async () => {
    const dir = project({
      "index.html": '<script type="module" src="./main.js"></script>',
      "main.js": 'import story from "./story/main.ink";\nconsole.log(story.length);\n',
      "story/main.ink": "Line one.\nLine two.\n-> nowhere_at_all\n",
    });
    await expect(
      build({
        root: dir,
        configFile: false,
        logLevel: "silent",
        plugins: [inkPlugin()],
        build: { outDir: join(dir, "dist"), write: false },
      }),
    ).rejects.toThrow(/main\.ink:3: .*nowhere_at_all/);
  });
});
