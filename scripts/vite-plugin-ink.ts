// Compiles story/*.ink with inkjs's own compiler at build and test time.
// The browser only ever receives the compiled JSON and the small inkjs runtime;
// a compile error fails the build (and any test importing the story) with the
// file, the line and ink's message, like a TypeScript error would.
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { Compiler, CompilerOptions } from "inkjs/full";
import type { Plugin } from "vite";

export interface InkCompileResult {
  /** The compiled story, as the JSON string inkjs's runtime loads. */
  json: string;
  /** Every .ink file read while compiling (the root and its INCLUDEs). */
  files: string[];
  warnings: string[];
}

export class InkCompileError extends Error {
  constructor(
    readonly file: string,
    readonly errors: string[],
  ) {
    super(`Ink compile failed for ${file}:\n${errors.map((e) => `  ${e}`).join("\n")}`);
    this.name = "InkCompileError";
  }
}

/** ink reports "ERROR: 'b.ink' line 2: msg"; rewrite the path relative to the project. */
function withProjectPath(message: string, inkRoot: string, cwd: string): string {
  return message.replace(/'([^']+\.ink)' line (\d+)/, (_m, file: string, line: string) => {
    const shown = relative(cwd, resolve(inkRoot, file)) || file;
    return `${shown}:${line}`;
  });
}

export function compileInk(rootFile: string, cwd: string = process.cwd()): InkCompileResult {
  const absRoot = resolve(rootFile);
  const inkRoot = dirname(absRoot);
  const files = new Set<string>([absRoot]);
  const errors: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(inkRoot, name),
    LoadInkFileContents: (name: string) => {
      const path = resolve(inkRoot, name);
      files.add(path);
      return readFileSync(path, "utf8");
    },
  };
  const seen = new Set<string>();
  const onError = (message: string) => {
    // inkjs reports some errors more than once; keep each distinct message once.
    const shown = withProjectPath(message, inkRoot, cwd);
    if (!seen.has(shown)) {
      seen.add(shown);
      errors.push(shown);
    }
  };
  const options = new CompilerOptions(absRoot, [], true, onError, fileHandler);
  const compiler = new Compiler(readFileSync(absRoot, "utf8"), options);
  let json: string | undefined;
  try {
    json = compiler.Compile()?.ToJson() ?? undefined;
  } catch (err) {
    if (errors.length === 0) errors.push(err instanceof Error ? err.message : String(err));
  }
  const realErrors = errors.filter((e) => !/^WARNING/.test(e));
  const warnings = errors.filter((e) => /^WARNING/.test(e));
  if (realErrors.length > 0 || json === undefined) {
    throw new InkCompileError(relative(cwd, absRoot), realErrors.length ? realErrors : errors);
  }
  return { json, files: [...files], warnings };
}

/** `import story from "../story/main.ink"` yields the compiled story as a JSON string. */
export function inkPlugin(): Plugin {
  return {
    name: "ink",
    load(id) {
      const [path] = id.split("?");
      if (!path?.endsWith(".ink")) return null;
      const result = compileInk(path);
      for (const file of result.files) this.addWatchFile(file);
      for (const warning of result.warnings) this.warn(warning);
      return {
        code: `export default ${JSON.stringify(result.json)};`,
        map: null,
      };
    },
    handleHotUpdate(ctx) {
      // An INCLUDEd chapter changed: reload the page so the story restarts cleanly.
      if (ctx.file.endsWith(".ink")) {
        ctx.server.ws.send({ type: "full-reload" });
        return [];
      }
      return undefined;
    },
  };
}
