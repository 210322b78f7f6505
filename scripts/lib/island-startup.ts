// How much main-thread time a page's Preact island takes to come alive in Chromium, measured from
// a CPU profile of real page loads with the CPU slowed down as Lighthouse's mobile preset assumes.
// Used by `npm run bench:rota`. A profile rather than long tasks: the island's work is picked out
// by where it runs, so other scripts on the page and the machine's noise count less.
import { chromium } from '@playwright/test';
import { median } from './timing.ts';

/** The parts of a V8 CPU profile (DevTools protocol) this reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  samples?: number[];
  /** Microseconds before each sample; a sample's own time is the next one's delta. */
  timeDeltas?: number[];
}

export interface IslandTimes {
  /** Preact hydrating the island over the built HTML: everything under the renderer's entry. */
  startup: number;
  /** Re-renders and effects Preact runs later in their own tasks (the first one shows the time). */
  later: number;
}

/** Astro's Preact renderer entry, which calls hydrate(). */
const RENDERER_ENTRY = /\/_astro\/client\.[\w-]+\.js$/;
/** Preact's own chunks: a task that starts in them is a scheduled re-render or effect. */
const PREACT_CHUNK = /\/_astro\/(?:preact|hooks)\.module\.[\w-]+\.js$/;

/** Milliseconds of the island's work in one profile. */
export function islandTimes(profile: CpuProfile): IslandTimes {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: IslandTimes = { startup: 0, later: 0 };
  samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)?.callFrame.url ?? '');
    // stack ends with the root; the frame below it is where the task's JavaScript started.
    if (stack.some((url) => RENDERER_ENTRY.test(url))) times.startup += ms;
    else if (PREACT_CHUNK.test(stack[stack.length - 2] ?? '')) times.later += ms;
  });
  return times;
}

/**
 * Loads `url` `loads` times, each in a fresh browser context and phone-sized, with the CPU slowed `slowdown`
 * times, and gives the median of each part with every load's figures.
 */
export async function measureIslandStartup(options: { chromePath: string; url: string; loads: number; slowdown: number }): Promise<IslandTimes & { runs: IslandTimes[] }> {
  const browser = await chromium.launch({ executablePath: options.chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  const runs: IslandTimes[] = [];
  try {
    for (let i = 0; i < options.loads; i++) {
      // A fresh context each time: nothing cached, no compiled code kept from the last load.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.slowdown });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(options.url, { waitUntil: 'load' });
      // Long enough for the first "now" render, well short of the island's 30-second tick.
      await page.waitForTimeout(1500);
      const { profile } = await cdp.send('Profiler.stop');
      await context.close();
      const times = islandTimes(profile);
      if (times.startup === 0) throw new Error(`No island start-up found in the profile of ${options.url}: has the page an island, or have Astro's chunk names changed?`);
      runs.push(times);
    }
  } finally {
    await browser.close();
  }
  return { startup: median(runs.map((r) => r.startup)), later: median(runs.map((r) => r.later)), runs };
}
