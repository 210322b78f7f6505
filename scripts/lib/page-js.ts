// The JavaScript a built page loads, read from the built files (no browser): the page's
// <script src> and island URLs, followed through their imports. Shared by the benchmarks.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScripts } from '../../src/lib/site/security-headers.ts';

export interface JsFile {
  /** Path inside the built site, e.g. "_astro/client.Sbc1yI84.js". */
  file: string;
  bytes: number;
  /** gzip at the default level, as most hosts send it. */
  gzip: number;
}

export interface Bytes {
  bytes: number;
  gzip: number;
}

export interface PageJavaScript {
  /** What the islands add: component, renderer and before-hydration URLs and their static imports, less what the page's scripts load anyway. */
  island: JsFile[];
  /** Every other file loaded at start-up: <script src> and their static imports. */
  other: JsFile[];
  /** Files only fetched later, by dynamic imports with a fixed name (e.g. Starlight's search UI, when the browser is idle). */
  lazy: JsFile[];
  /** Inline <script> elements in the HTML. */
  inline: Bytes;
  /** Island props, serialised into the HTML. */
  props: Bytes;
}

// Minified output: `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`, `import(\`./x.js\`)`.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])([^"'`$]+\.m?js)\1\s*\)/g;

const measure = (dist: string, file: string): JsFile => {
  const content = readFileSync(file);
  return { file: relative(dist, file), bytes: content.length, gzip: gzipSync(content).length };
};

export const bytesOf = (text: string): Bytes => ({ bytes: Buffer.byteLength(text), gzip: text ? gzipSync(text).length : 0 });

export function sumOf(files: readonly JsFile[]): Bytes {
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

/** Every file reachable from `entries` by static imports (and dynamic ones with a fixed name, if asked). */
function closure(dist: string, entries: Iterable<string>, followDynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  const toFile = (specifier: string, from: string) => (specifier.startsWith('/') ? join(dist, specifier) : resolve(dirname(from), specifier));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(toFile(m[1]!, file));
    if (followDynamic) for (const m of code.matchAll(DYNAMIC_IMPORT)) queue.push(toFile(m[2]!, file));
  }
  return seen;
}

/**
 * The JavaScript of one built page. `page` is its HTML file inside `dist`. Island props and inline
 * scripts are measured from the HTML; everything else from the files it names.
 */
export function pageJavaScript(page: string, dist = 'dist'): PageJavaScript | undefined {
  if (!existsSync(page)) return undefined;
  const root = resolve(dist);
  const html = readFileSync(page, 'utf8');
  const toFile = (url: string) => join(root, url.replace(/^\//, '').replace(/[?#].*$/, ''));
  const islandEntries = [...html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => toFile(m[1]!));
  const scriptEntries = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => toFile(m[1]!));
  // A file the page's own scripts load as well (Starlight's search script, which carries Vite's
  // preload helper that Preact's island loader imports) is not the islands' cost.
  const scripts = closure(root, scriptEntries, false);
  const island = new Set([...closure(root, islandEntries, false)].filter((f) => !scripts.has(f)));
  const startup = new Set([...island, ...scripts]);
  const everything = closure(root, startup, true);
  const files = (set: Iterable<string>) => [...set].map((f) => measure(root, f)).sort((a, b) => b.gzip - a.gzip);
  const props = [...html.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)].map((m) => m[1]!).join('');
  return {
    island: files(island),
    other: files([...startup].filter((f) => !island.has(f))),
    lazy: files([...everything].filter((f) => !startup.has(f))),
    inline: bytesOf(inlineScripts(html).join('')),
    props: bytesOf(props),
  };
}

/** Files loaded at start-up, islands and others together. */
export const startupFiles = (js: PageJavaScript): JsFile[] => [...js.island, ...js.other];

/** What `page` loads at start-up that `base` does not (by file), e.g. a tool page's islands beyond a content page. */
export function beyond(page: PageJavaScript, base: PageJavaScript): JsFile[] {
  const known = new Set(startupFiles(base).map((f) => f.file));
  return startupFiles(page).filter((f) => !known.has(f.file));
}

/** Preact itself, its hooks and signals, and Astro's Preact client: shared by every island. */
export const isPreactRuntime = (f: JsFile): boolean => /(^|\/)(preact\.module|hooks\.module|signals\.module|client)\.[\w-]+\.js$/.test(f.file);

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Lines describing a tool page's island JavaScript, as bench:sla and bench:rota print them. */
export function islandReport(js: PageJavaScript, labels: { own: string; props: string }): string[] {
  const runtime = js.island.filter(isPreactRuntime);
  const own = js.island.filter((f) => !isPreactRuntime(f));
  const width = Math.max(labels.own.length, 'All island JavaScript'.length) + 1;
  const line = (label: string, text: string) => `  ${`${label}:`.padEnd(width + 1)}${text}`;
  return [
    ...js.island.map((f) => `  ${kb(f.gzip).padStart(8)}  ${f.file}${isPreactRuntime(f) ? '  [Preact runtime]' : ''}`),
    line(labels.own, `${kb(sumOf(own).gzip)} gzip (${kb(sumOf(own).bytes)} minified)`),
    line('Preact runtime', `${kb(sumOf(runtime).gzip)} gzip`),
    line('All island JavaScript', `${kb(sumOf(js.island).gzip)} gzip`),
    `  Island props in the HTML (${labels.props}): ${kb(js.props.gzip)} gzip (${kb(js.props.bytes)} raw)`,
    `  Starlight's own page scripts (not ours): ${kb(sumOf(js.other).gzip)} gzip`,
  ];
}
