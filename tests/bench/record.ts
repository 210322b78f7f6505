// Records benchmark figures in content/benchmarks/engines.json, which the Performance page reads.
// Each bench file replaces the rows of the groups it measured and keeps the others, so
// `npm run bench:on-call` refreshes the on-call rows without losing the SLA ones.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { afterAll, test } from 'vitest';
import type { EngineResult, EngineRun } from '../../src/lib/site/bench-figures.ts';

const FILE = 'content/benchmarks/engines.json';
// Each case takes from a millisecond to a few seconds: a fixed number of runs, median-friendly.
const OPTIONS = { iterations: 7, time: 0, warmupIterations: 1, warmupTime: 0 };

export function recorder() {
  const results: EngineResult[] = [];
  afterAll(() => {
    if (!results.length) return;
    const date = new Date().toISOString();
    const groups = new Set(results.map((r) => r.group));
    const before: EngineRun | undefined = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : undefined;
    const kept = (before?.results ?? []).filter((r) => !groups.has(r.group)).map((r) => ({ date: before!.date, ...r }));
    const machine = { cpus: cpus().length, loadAverage: Number(loadavg()[0]!.toFixed(1)), node: process.version };
    writeFileSync(FILE, `${JSON.stringify({ date, machine, results: [...kept, ...results] }, null, 2)}\n`);
  });

  /** Figures measured another way (in a browser, in a child process): their mean and range. */
  function record(group: string, name: string, samplesMs: readonly number[], extra: Partial<EngineResult> = {}) {
    const meanMs = samplesMs.reduce((a, b) => a + b, 0) / samplesMs.length;
    const [minMs, maxMs] = [Math.min(...samplesMs), Math.max(...samplesMs)];
    results.push({ group, name, meanMs, minMs, maxMs, runs: samplesMs.length, date: new Date().toISOString(), ...extra });
  }

  /** `fn` as a Vitest benchmark (Tinybench), recorded under `group`. */
  function measure(group: string, name: string, fn: () => unknown, iterations = OPTIONS.iterations) {
    test(name, async ({ bench }) => {
      const { latency } = await bench(name, () => {
        fn();
      }).run({ ...OPTIONS, iterations });
      const { mean: meanMs, min: minMs, max: maxMs, samplesCount: runs } = latency;
      results.push({ group, name, meanMs, minMs, maxMs, runs, date: new Date().toISOString() });
    });
  }
  return { measure, record };
}
