// Machinery for benchmarks that build this site and a bare Starlight site side by side: copies
// under /tmp with node_modules hard-linked (so nothing is downloaded), timed builds that alternate
// which site goes first, and HTML size statistics. Used by bench:runbooks and bench.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './timing.ts';

export const log = (message: string): void => console.log(`[bench] ${message}`);

/** A fresh folder under the system's temporary folder. */
export const workDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/** node_modules for a copy: hard links (instant, no extra space); symlinks would confuse Vite. */
export function linkNodeModules(project: string, dir: string): void {
  const result = spawnSync('cp', ['-al', join(project, 'node_modules'), join(dir, 'node_modules')]);
  if (result.status !== 0) {
    log('hard links not possible here; copying node_modules instead (slower)');
    cpSync(join(project, 'node_modules'), join(dir, 'node_modules'), { recursive: true });
  }
  // Caches belong to each site; removing the copy's links leaves the project's own caches alone.
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.vite'), { recursive: true, force: true });
}

const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results']);

/** A copy of the project (sources and content, no build output) at `dir`, ready to build. */
export function copyProject(project: string, dir: string): string {
  mkdirSync(dir);
  for (const entry of readdirSync(project)) {
    if (!SKIP.has(entry)) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  linkNodeModules(project, dir);
  return dir;
}

/**
 * Starlight as it comes, at `dir`: the same astro and @astrojs/starlight as the project, no sidebar
 * configured (so it lists every page), no plugins, a one-line home page. Add pages with writeFiles.
 */
export function makeBareStarlight(project: string, dir: string): string {
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  // Astro reads the dependency list to decide what to bundle, so name the same versions we use.
  const deps = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).dependencies as Record<string, string>;
  const dependencies = { astro: deps.astro, '@astrojs/starlight': deps['@astrojs/starlight'] };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight', type: 'module', private: true, dependencies }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
// Starlight as it comes: no sidebar configured, so it lists every page.
export default defineConfig({
  site: 'https://bare.example.gov.uk',
  trailingSlash: 'always',
  integrations: [starlight({ title: 'Bare Starlight' })],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Bare Starlight\n---\n\nHome.\n');
  linkNodeModules(project, dir);
  return dir;
}

/** Writes files (paths relative to `dir`), creating folders as needed. */
export function writeFiles(dir: string, files: Iterable<{ path: string; source: string }>): void {
  for (const { path, source } of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
}

export interface BuildTime {
  /** Seconds on the clock: what a person waits, and what a busy machine inflates. */
  wall: number;
  /** Seconds of CPU (user and system) used by the build and every process it started. */
  cpu: number;
}

/** "0m1.234s 0m0.056s", the children's line of bash's `times`, as seconds of user plus system time. */
export function childCpuSeconds(times: string): number {
  const line = times.trim().split('\n').at(-1) ?? '';
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (parts.length !== 2) throw new Error(`Could not read CPU time from "${line}"`);
  return parts[0]! + parts[1]!;
}

/** Builds the site at `dir` from clean (no dist, no content cache) and returns how long it took. */
export function buildSite(dir: string): BuildTime {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  const started = performance.now();
  // bash's `times` reports the CPU time of the finished build and all its children (Vite's
  // workers, Pagefind), which other work on a shared machine changes far less than time on the clock.
  const script = '"$@"; status=$?; echo "::cpu::" >&2; times >&2; exit $status';
  const result = spawnSync('bash', ['-c', script, 'build', process.execPath, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`Build failed in ${dir}`);
  }
  return { wall, cpu: childCpuSeconds(result.stderr.split('::cpu::').at(-1) ?? '') };
}

/**
 * Builds each site `runs` times and returns every time, by name. The order alternates from run to
 * run so that a machine that gets busier or quieter does not favour one side.
 */
export function timeBuilds<Name extends string>(sites: Record<Name, { dir: string; label: string } | undefined>, runs: number): Record<Name, BuildTime[]> {
  const all = Object.keys(sites) as Name[];
  const times = Object.fromEntries(all.map((n) => [n, [] as BuildTime[]])) as Record<Name, BuildTime[]>;
  // A site given as undefined is not built this time, and gets no times.
  const names = all.filter((n) => sites[n]);
  for (let run = 1; run <= runs; run++) {
    for (const name of run % 2 ? names : [...names].reverse()) {
      const time = buildSite(sites[name]!.dir);
      times[name].push(time);
      log(`run ${run}: ${sites[name]!.label} built in ${time.wall.toFixed(1)} s (${time.cpu.toFixed(1)} s of CPU)`);
    }
  }
  return times;
}

export interface SizeStats {
  pages: number;
  meanBytes: number;
  medianBytes: number;
  maxBytes: number;
  meanGzipBytes: number;
}

export function sizeStats(files: readonly string[]): SizeStats {
  const bytes = files.map((f) => readFileSync(f));
  const raw = bytes.map((b) => b.length).sort((a, b) => a - b);
  const gz = bytes.map((b) => gzipSync(b).length);
  const mean = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) / xs.length);
  return { pages: raw.length, meanBytes: mean(raw), medianBytes: median(raw), maxBytes: raw.at(-1)!, meanGzipBytes: mean(gz) };
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}
