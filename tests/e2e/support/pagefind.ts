import { expect, type Page } from '@playwright/test';
import { SEARCH_RANKING } from '../../../src/lib/site/search-ranking.ts';

export interface IndexedPage {
  url: string;
  /** The text Pagefind indexed for the page. */
  content: string;
}

/**
 * Searches the built site's real Pagefind index from inside the page (which must already be on the
 * site) and returns, for each query in order, its results best first: up to `limit` of them.
 * Ranked as the header search and the runbook finder rank (src/lib/site/search-ranking.ts).
 */
export async function searchIndex(page: Page, queries: readonly string[], limit = Infinity): Promise<IndexedPage[][]> {
  return page.evaluate(
    async ({ queries, limit, ranking }) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.options({ ranking });
      await pagefind.init();
      const all: IndexedPage[][] = [];
      for (const query of queries) {
        const { results } = await pagefind.search(query);
        const top = results.slice(0, limit) as { data: () => Promise<IndexedPage> }[];
        all.push(
          await Promise.all(
            top.map(async (r) => {
              const { url, content } = await r.data();
              return { url, content };
            }),
          ),
        );
      }
      return all;
    },
    // Infinity does not survive the trip into the page.
    { queries, limit: Number.isFinite(limit) ? limit : Number.MAX_SAFE_INTEGER, ranking: SEARCH_RANKING },
  );
}

/** The URL of the first result for each query, or "nothing". */
export async function firstResults(page: Page, queries: readonly string[]): Promise<string[]> {
  return (await searchIndex(page, queries, 1)).map((results) => results[0]?.url ?? 'nothing');
}

/** Fails with every query whose first result is not its expected page. */
export async function expectFirstResults(page: Page, cases: readonly { query: string; url: string }[]): Promise<void> {
  const firsts = await firstResults(
    page,
    cases.map((c) => c.query),
  );
  const wrong = cases.flatMap((c, i) => (firsts[i] === c.url ? [] : [`${c.query} → ${firsts[i]}, expected ${c.url}`]));
  expect(wrong).toEqual([]);
}
