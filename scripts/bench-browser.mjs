// `npm run bench:browser`: frame rates of the built game in Chromium beside a bare Phaser page,
// as figures to read. `npm run bench:memory` (this script with --memory): the JS heap across ten
// whole runs played in one tab.
//
// Builds nothing: run `npm run build` first (or point BENCH_DIST at another build folder). Serves
// the build and a bare Phaser 4 page from one small server (scripts/bench-serve.mjs, shared with
// bench-load.mjs); service workers are blocked, so precaching does not run during a measurement.
//
// Frame rates: for the title, the story view and each management screen, first the bare page
// (the same Phaser build, 1280 x 720 WebGL, FIT scale, MSAA off as the game has it in software
// WebGL, one scene drawing a text), then the game on that screen, in the same tab one after the
// other, so each ratio compares two measurements taken under the same machine load. Idle is
// requestAnimationFrame's rate while nothing happens; dragging, its rate while the mouse drags a
// slider (on the title and the story view, a drag across an empty part of the canvas; on the
// bare page, the same mouse path). No test asserts these numbers: a busy machine would decide
// whether a test passes, so speed lives here.
//
// Environment: BENCH_DIST (build folder, default dist), BENCH_MS (length of each measurement, default 2000), BENCH_ONLY
// (comma-separated screens), BENCH_PROFILE=1 (also a CPU profile of each screen, idle then
// dragging, into .tmp/profiles/, with its ten busiest functions printed; build with
// `--minify false` for readable names), BENCH_GL=1 (also WebGL calls per frame: draws, texture
// uploads and their pixels, buffer bytes), BENCH_RUNS (memory mode: runs to play, default 10).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { barePage, serveBench } from "./bench-serve.mjs";
import { CHROMIUM_ARGS, requireChromium } from "./chromium.mjs";

const DIST = resolve(process.env.BENCH_DIST ?? "dist");
const MS = Number(process.env.BENCH_MS ?? 2000);
const PROFILE = process.env.BENCH_PROFILE === "1";
const GL = process.env.BENCH_GL === "1";
const MEMORY = process.argv.includes("--memory");
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

/** A horizontal drag through empty canvas, in game pixels (left of the story panel). */
const FREE_DRAG = { y: 560, from: 40, to: 230 };
const TARGETS = [
  { screen: "title", drag: FREE_DRAG },
  { screen: "narrative", drag: FREE_DRAG },
  { screen: "fleet", slider: "fleet.training", to: 0.3 },
  { screen: "designer", slider: "designer.layers", to: 0.8 },
  { screen: "data", slider: "data.web.unique", to: 0.95 },
  { screen: "serving", slider: "serving.threshold", to: 0.5 },
];

// The build and the bare page, from one small server (scripts/bench-serve.mjs).
const server = await serveBench(DIST);
const GAME_URL = server.url;
const BARE_URL = `${server.url}${barePage}`;
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    serviceWorkers: "block",
  });
  if (GL) await context.addInitScript(countWebGL);
  const page = await context.newPage();
  // The page's own errors, said where they happen (a bench that stalls says why).
  page.on("pageerror", (err) => console.error(`page error: ${err.message}`));
  const cdp = await context.newCDPSession(page);
  if (MEMORY) await memoryBench(page, cdp);
  else await frameBench(page, cdp);
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------------------------------------
// Frame rates

async function frameBench(page, cdp) {
  const only = process.env.BENCH_ONLY?.split(",");
  const targets = TARGETS.filter((t) => !only || only.includes(t.screen));
  console.log(
    `frame rates on ${GAME_URL}, bare Phaser on ${BARE_URL} (software WebGL with --disable-gpu), ` +
      `${MS} ms each, ${DIST}`,
  );
  const rows = [];
  for (const target of targets) {
    // The bare page first, then the game on the screen: the two figures taken back to back.
    await page.goto(BARE_URL);
    await page.waitForFunction(() => window.bareReady === true, null, { timeout: 30_000 });
    await settle(page);
    const path = await dragPath(page, target, true);
    const bareIdle = await withCpu(() => rafRate(page, MS));
    const bareDrag = await withCpu(() => dragRate(page, path));
    const bare = { idle: bareIdle.fps, drag: bareDrag.fps };

    await openTarget(page, target.screen);
    await settle(page);
    const gamePath = await dragPath(page, target, false);
    if (PROFILE) await cdp.send("Profiler.enable");
    if (PROFILE) await cdp.send("Profiler.start");
    if (GL) await page.evaluate(() => window.glCounts.reset());
    const idleRun = await withCpu(() => rafRate(page, MS));
    const idle = idleRun.fps;
    const idleGl = GL ? await page.evaluate(() => window.glCounts.read()) : null;
    const idleProfile = PROFILE ? (await cdp.send("Profiler.stop")).profile : null;
    if (PROFILE) await cdp.send("Profiler.start");
    if (GL) await page.evaluate(() => window.glCounts.reset());
    const dragRun = await withCpu(() => dragRate(page, gamePath));
    const drag = dragRun.fps;
    const dragGl = GL ? await page.evaluate(() => window.glCounts.read()) : null;
    const dragProfile = PROFILE ? (await cdp.send("Profiler.stop")).profile : null;
    const row = { screen: target.screen, idle, drag, bare };
    rows.push(row);
    console.log(
      `  ${target.screen}: bare ${bare.idle.toFixed(1)} / ${bare.drag.toFixed(1)} fps, ` +
        `game ${idle.toFixed(1)} / ${drag.toFixed(1)} fps (idle / dragging)` +
        (idleRun.cpu === null
          ? ""
          : `; browser CPU per frame: bare ${cpuText(bareIdle)} / ${cpuText(bareDrag)}, ` +
            `game ${cpuText(idleRun)} / ${cpuText(dragRun)}`),
    );
    if (GL) {
      console.log(`    idle per frame: ${glLine(idleGl)}`);
      console.log(`    drag per frame: ${glLine(dragGl)}`);
    }
    if (PROFILE) {
      reportProfile(target.screen, "idle", idleProfile);
      reportProfile(target.screen, "drag", dragProfile);
    }
  }
  console.log("");
  for (const { screen, idle, drag, bare } of rows) {
    console.log(
      `${screen.padEnd(9)} idle ${idle.toFixed(1)} fps (${pct(idle, bare.idle)} of bare) · ` +
        `dragging ${drag.toFixed(1)} fps (${pct(drag, bare.drag)})`,
    );
  }
}

/** Loads the game and brings it to `screen` the way the hook documents (state, then action). */
async function openTarget(page, screen) {
  await page.goto(GAME_URL);
  await page.waitForFunction(
    () => window.andy?.screen === "title" && window.andy.loaded !== false,
    null,
    { timeout: 60_000 },
  );
  if (screen === "title") return;
  await actUntilOn(page, screen, () =>
    screen === "narrative"
      ? page.evaluate(() => window.andy.newGame(1))
      : page.evaluate((s) => window.andy.openScreen(s, 1), screen),
  );
}

/** Takes an action (`act`) and waits for the game to show `screen`; says where it is if not. */
async function actUntilOn(page, screen, act) {
  await act();
  try {
    await page.waitForFunction((s) => window.andy.screen === s, screen, { timeout: 30_000 });
  } catch (err) {
    const at = await page.evaluate(() => `${window.andy.screen} (${window.andy.status()})`);
    throw new Error(`${screen} did not open; the game is on ${at}`, { cause: err });
  }
}

/** Half a second for the scene's first frames (textures, layout) before anything is counted. */
async function settle(page) {
  await page.waitForTimeout(500);
  await rafRate(page, 200);
}

/**
 * The mouse path of a drag, in page pixels: along the slider from its thumb out to the far end
 * and back to `to`, or FREE_DRAG's row. On the bare page (`bare`) the same path as on the game's
 * screen, computed from the same 1280 x 720 viewport.
 */
async function dragPath(page, target, bare) {
  if (target.drag || bare) {
    const d = target.drag ?? FREE_DRAG;
    return { y: d.y, from: d.from, far: d.to, to: d.from };
  }
  const c = (await page.evaluate(() => window.andy.controls())).find((x) => x.id === target.slider);
  if (!c) throw new Error(`no control ${target.slider}`);
  const share = ((c.value ?? 0) - (c.min ?? 0)) / ((c.max ?? 1) - (c.min ?? 0));
  const y = c.bounds.y + c.bounds.height / 2;
  return {
    y,
    from: c.bounds.x + c.bounds.width * share,
    far: c.bounds.x + c.bounds.width * (target.to > share ? 0.98 : 0.02),
    to: c.bounds.x + c.bounds.width * target.to,
  };
}

/** Frames drawn per second over `ms` of requestAnimationFrame. */
function rafRate(page, ms) {
  return page.evaluate(
    (span) =>
      new Promise((resolve) => {
        const t = [];
        const loop = (now) => {
          t.push(now);
          if (now - t[0] < span) requestAnimationFrame(loop);
          else resolve((t.length - 1) / ((now - t[0]) / 1000));
        };
        requestAnimationFrame(loop);
      }),
    ms,
  );
}

/** Drags along `path` (out to `far`, back to `to`) for MS milliseconds; frames per second meanwhile. */
async function dragRate(page, { y, from, far, to }) {
  await page.mouse.move(from, y);
  await page.mouse.down();
  const rate = rafRate(page, MS);
  const start = Date.now();
  while (Date.now() - start < MS) {
    const t = (Date.now() - start) / MS;
    const x = t < 0.5 ? from + (far - from) * (t * 2) : far + (to - far) * ((t - 0.5) * 2);
    await page.mouse.move(x, y);
  }
  const fps = await rate;
  await page.mouse.up();
  return fps;
}

/**
 * Runs a measurement (which resolves frames per second) and adds the CPU time the browser's
 * processes (renderer, GPU process with SwiftShader, browser) spent per frame meanwhile, from
 * /proc (Linux; null elsewhere). Frame rates on a shared machine follow its load; the CPU a
 * frame takes follows what the page draws, so it tells a change apart from a busy neighbour.
 */
async function withCpu(measure) {
  const before = browserCpuMs();
  const start = Date.now();
  const fps = await measure();
  const after = browserCpuMs();
  const frames = (fps * (Date.now() - start)) / 1000;
  const cpu = before === null || after === null || frames <= 0 ? null : (after - before) / frames;
  return { fps, cpu };
}

function cpuText(run) {
  return run.cpu === null ? "?" : `${run.cpu.toFixed(1)} ms`;
}

/**
 * User + system CPU milliseconds of every process under this script (Playwright starts the
 * browser as its child, and the browser its renderer and GPU processes), or null.
 */
function browserCpuMs() {
  const root = process.pid;
  if (!existsSync("/proc/self/stat")) return null;
  const stats = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command may hold spaces and parentheses: fields start after the last ")".
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(name), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // gone meanwhile
    }
  }
  const inTree = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; hops++) {
      if (p === root) return true;
      p = stats.get(p)?.ppid ?? 0;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, s] of stats) if (pid !== root && inTree(pid)) ticks += s.ticks;
  // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ).
  return ticks * 10;
}

function pct(value, bare) {
  return `${Math.round((100 * value) / bare)}%`;
}

/**
 * Runs in the page before its scripts (BENCH_GL=1): counts the WebGL calls that cost a software
 * rasteriser, per requestAnimationFrame frame.
 */
function countWebGL() {
  const counts = { frames: 0, draws: 0, uploads: 0, uploadPixels: 0, bufferBytes: 0, programs: 0 };
  const wrap = (proto, name, count) => {
    const original = proto[name];
    if (!original) return;
    proto[name] = function (...args) {
      count(args);
      return original.apply(this, args);
    };
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    wrap(proto, "drawElements", () => counts.draws++);
    wrap(proto, "drawArrays", () => counts.draws++);
    wrap(proto, "useProgram", () => counts.programs++);
    wrap(proto, "texImage2D", (a) => {
      counts.uploads++;
      const source = a[a.length - 1];
      if (source && typeof source.width === "number")
        counts.uploadPixels += source.width * source.height;
      else if (typeof a[3] === "number" && typeof a[4] === "number")
        counts.uploadPixels += a[3] * a[4];
    });
    wrap(proto, "texSubImage2D", () => counts.uploads++);
    wrap(proto, "bufferSubData", (a) => {
      counts.bufferBytes += a[2]?.byteLength ?? 0;
    });
    wrap(proto, "bufferData", (a) => {
      counts.bufferBytes += a[1]?.byteLength ?? 0;
    });
  }
  const tick = () => {
    counts.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.glCounts = {
    reset: () => {
      for (const k of Object.keys(counts)) counts[k] = 0;
    },
    read: () => ({ ...counts }),
  };
}

function glLine(c) {
  const f = Math.max(1, c.frames);
  return (
    `${(c.draws / f).toFixed(1)} draws, ${(c.programs / f).toFixed(1)} programs, ` +
    `${(c.uploads / f).toFixed(2)} texture uploads (${Math.round(c.uploadPixels / f)} px), ` +
    `${Math.round(c.bufferBytes / f / 1024)} KB of buffers`
  );
}

/** Saves a CPU profile and prints its ten busiest functions by self time. */
function reportProfile(screen, phase, profile) {
  const dir = resolve(".tmp/profiles");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${screen}-${phase}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
    const ms = (dt[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + ms);
    total += ms;
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 10);
  console.log(`    ${phase} profile (${file}), self time of ${total.toFixed(0)} ms:`);
  for (const [key, ms] of top) console.log(`      ${ms.toFixed(0).padStart(5)} ms  ${key}`);
}

// ---------------------------------------------------------------------------------------------
// Memory

/**
 * Plays RUNS whole runs in one tab through the hook (first choice, Continue, each screen
 * committed as it opens), forcing a garbage collection after each and reading the JS heap in
 * use. Flat within 10% from the first run to the last is the goal; growth means something
 * every run leaves behind (a listener, a subscription, a texture).
 *
 * A heap snapshot after each run also says how much of the heap is V8's compiled code (its
 * "code" nodes: machine code, bytecode, feedback). That part grows for the whole session as the
 * engine optimises more of the game's functions (about 1 MB over ten runs, December 2026: nearly
 * all of a run's growth), is bounded by the game's source and is not something a run leaves
 * behind; the goal is read on the rest, the objects the game holds.
 */
async function memoryBench(page, cdp) {
  await cdp.send("HeapProfiler.enable");
  await page.goto(GAME_URL);
  await page.waitForFunction(
    () => window.andy?.screen === "title" && window.andy.loaded !== false,
    null,
    { timeout: 60_000 },
  );
  console.log(`JS heap after each of ${RUNS} runs in one tab (${GAME_URL}, ${DIST})`);
  const heaps = [];
  const objects = [];
  for (let run = 1; run <= RUNS; run++) {
    const start = Date.now();
    const steps = await playRun(page, run);
    const used = await heapUsed(cdp);
    const code = await compiledCode(cdp);
    heaps.push(used);
    objects.push(used - code);
    const nodes = await cdp.send("Memory.getDOMCounters").catch(() => null);
    console.log(
      `  run ${String(run).padStart(2)} (seed ${run}, ${steps} steps, ` +
        `${((Date.now() - start) / 1000).toFixed(0)} s): ${mb(used)}, ` +
        `${mb(used - code)} without compiled code` +
        (nodes
          ? `, ${nodes.nodes} DOM nodes, ${nodes.jsEventListeners} listeners, ${nodes.documents} documents`
          : ""),
    );
  }
  console.log("");
  console.log(`heap: ${change(heaps)}`);
  console.log(`heap without compiled code: ${change(objects)} (goal: within 10%)`);
}

/** First and last of a series and the change between them, as a line to print. */
function change(series) {
  const first = series[0];
  const last = series[series.length - 1];
  const percent = (100 * (last - first)) / first;
  return `first ${mb(first)}, last ${mb(last)}, change ${percent >= 0 ? "+" : ""}${percent.toFixed(1)}%`;
}

/** Bytes of V8's compiled code (the snapshot's "code" nodes) in the heap, from a heap snapshot. */
async function compiledCode(cdp) {
  const chunks = [];
  const collect = (event) => chunks.push(event.chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", collect);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(""));
  const fields = snapshot.meta.node_fields;
  const codeType = snapshot.meta.node_types[0].indexOf("code");
  const type = fields.indexOf("type");
  const selfSize = fields.indexOf("self_size");
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (nodes[i + type] === codeType) bytes += nodes[i + selfSize];
  }
  return bytes;
}

/** One whole run from newGame(seed) to its ending; returns the number of steps it took. */
async function playRun(page, seed) {
  await actUntilOn(page, "narrative", () => page.evaluate((s) => window.andy.newGame(s), seed));
  for (let step = 1; step < 2000; step++) {
    const state = await page.evaluate(() => ({
      waiting: window.andy.waitingFor(),
      screen: window.andy.screen,
    }));
    if (state.waiting === "ending") return step;
    if (state.waiting === "choice") {
      await page.evaluate(() => window.andy.choose(0));
    } else if (state.waiting === "page") {
      await page.evaluate(() => window.andy.continue());
    } else if (state.waiting === "screen") {
      // Continue opens the screen the story waits for; once it shows, Commit hands it back.
      if (state.screen === "narrative") {
        await page.evaluate(() => window.andy.continue());
        await page.waitForFunction(() => window.andy.screen !== "narrative", null, {
          timeout: 30_000,
        });
      }
      const screen = await page.evaluate(() => window.andy.screen);
      await page.evaluate(() => window.andy.commit());
      await page.waitForFunction((s) => window.andy.screen !== s, screen, { timeout: 30_000 });
    }
    // The scene the action started gets a frame before the next question.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  throw new Error(`run ${seed} did not reach an ending in 2000 steps`);
}

/** JS heap in use after a forced full collection (twice: the first frees what finalisers hold). */
async function heapUsed(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
