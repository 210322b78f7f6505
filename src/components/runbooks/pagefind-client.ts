import { SEARCH_RANKING } from '../../lib/site/search-ranking.ts';

/**
 * The parts of Pagefind's browser API the runbook finder uses. /pagefind/pagefind.js only exists
 * after the build has run Pagefind, so it is loaded at run time from a URL, never bundled.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The header search ranks with the same weights (astro.config.mjs), so both agree.
    await pagefind.options({ baseUrl: base.replace(/\/?$/, '/'), ranking: SEARCH_RANKING });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (e.g. the dev server, which has no index) may be retried later.
  loading.catch(() => (loading = undefined));
  return loading;
}
