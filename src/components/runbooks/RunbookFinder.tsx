import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  EMPTY_STATE,
  FACETS,
  chosenFilterCount,
  describeResults,
  finderQueryString,
  hasSelection,
  pagefindFilters,
  parseFinderQuery,
  unknownFilterValues,
  type Facet,
  type FinderState,
  type UnknownFilterValue,
} from '../../lib/runbooks/finder-query.ts';
import { PLATFORMS, SEVERITIES, labelOf } from '../../lib/runbooks/vocabulary.ts';
import { localCalendarDate } from '../../lib/runbooks/calendar-date.ts';
import { describeReviewStatus, reviewStatus } from '../../lib/runbooks/review-status.ts';
import { excerptParts } from '../../lib/runbooks/excerpt.ts';
import { shorten } from '../../lib/site/shorten.ts';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind-client.ts';

interface Props {
  /** The server-rendered list shown without JavaScript; hidden once live results are showing. */
  staticListId: string;
  howToHref: string;
  helpHref: string;
}

const PAGE_SIZE = 25;
const TYPING_DELAY_MS = 200;

export default function RunbookFinder({ staticListId, howToHref, helpHref }: Props) {
  // Nothing is rendered on the server: without JavaScript these controls could not work, and the
  // page's static list is the whole experience.
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<FinderState>(EMPTY_STATE);
  // The filters fold away so that, on a phone, the results follow the search box; a link that
  // chooses filters opens them, so the reader sees what narrowed the list.
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Filters a link asked for that do not exist: dropped, and said so until the reader changes something.
  const [ignored, setIgnored] = useState<UnknownFilterValue[]>([]);
  const [results, setResults] = useState<PagefindResult[] | null>(null);
  const [items, setItems] = useState<PagefindResultData[]>([]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [failed, setFailed] = useState(false);
  const cache = useRef(new Map<string, PagefindResultData>());
  const focusIndex = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const today = useMemo(() => localCalendarDate(), []);

  useEffect(() => {
    const linked = parseFinderQuery(window.location.search);
    setState(linked);
    setFiltersOpen(chosenFilterCount(linked) > 0);
    setIgnored(unknownFilterValues(window.location.search));
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const url = `${window.location.pathname}${finderQueryString(state)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);

    let cancelled = false;
    const timer = setTimeout(
      async () => {
        try {
          const pagefind = await loadPagefind(import.meta.env.BASE_URL);
          const term = state.q.trim() || null;
          // With no words to rank by, list critical first and then by title (see RunbookSummary).
          const response = await pagefind.search(term, {
            filters: pagefindFilters(state),
            ...(term ? {} : { sort: { order: 'asc' as const } }),
          });
          if (cancelled || !response) return;
          setResults(response.results);
          setLimit(PAGE_SIZE);
          setFailed(false);
          document.getElementById(staticListId)?.setAttribute('hidden', '');
        } catch {
          if (!cancelled) setFailed(true);
        }
      },
      state.q.trim() ? TYPING_DELAY_MS : 0,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [ready, state]);

  useEffect(() => {
    if (!results) return;
    let cancelled = false;
    const visible = results.slice(0, limit);
    Promise.all(
      visible.map(async (r) => {
        const known = cache.current.get(r.id);
        if (known) return known;
        const data = await r.data();
        cache.current.set(r.id, data);
        return data;
      }),
    ).then((loaded) => {
      if (cancelled) return;
      setItems(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [results, limit]);

  // After "Show more", move focus to the first newly shown runbook so keyboard users carry on there.
  useEffect(() => {
    if (focusIndex.current === null || items.length <= focusIndex.current) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('a.rb-result__title')[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [items]);

  if (!ready) return null;

  const update = (patch: Partial<FinderState>) => {
    setIgnored([]);
    setState((s) => ({ ...s, ...patch }));
  };
  const toggle = (facet: Facet, id: string, on: boolean) => {
    setIgnored([]);
    setState((s) => {
      const chosen = new Set(s[facet.key]);
      if (on) chosen.add(id);
      else chosen.delete(id);
      return { ...s, [facet.key]: facet.terms.map((t) => t.id).filter((t) => chosen.has(t)) };
    });
  };

  const total = results?.length ?? 0;
  const chosen = chosenFilterCount(state);
  const status = failed
    ? 'Search is not available right now. The full list of runbooks is below.'
    : results
      ? describeResults(total, state)
      : 'Loading runbooks…';

  return (
    <div class="rb-finder not-content">
      <form class="rb-finder__form" role="search" aria-label="Runbooks" onSubmit={(e) => e.preventDefault()}>
        <div class="rb-finder__query">
          <label for="rb-finder-q">Search runbooks</label>
          <input
            id="rb-finder-q"
            type="search"
            name="q"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="rb-finder-q-hint"
            value={state.q}
            onInput={(e) => update({ q: e.currentTarget.value, from: null })}
          />
          <p id="rb-finder-q-hint" class="rb-finder__hint">
            An alert name, a symptom or a service, for example <code>SiteUnreachable</code> or “disk full”.
          </p>
        </div>
        <details class="rb-finder__filters" open={filtersOpen} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
          <summary>
            Filter by severity, platform or service{chosen > 0 && <span class="rb-finder__chosen"> ({chosen} chosen)</span>}
          </summary>
          <div class="rb-finder__facets">
            {FACETS.map((facet) => (
              <fieldset class={`rb-facet rb-facet--${facet.key}`} key={facet.key}>
                <legend>{facet.legend}</legend>
                {facet.terms.map((term) => (
                  <label class="rb-facet__option" key={term.id}>
                    <input
                      type="checkbox"
                      name={facet.key}
                      value={term.id}
                      checked={state[facet.key].includes(term.id)}
                      onChange={(e) => toggle(facet, term.id, e.currentTarget.checked)}
                    />
                    <span>{term.label}</span>
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        </details>
        {hasSelection(state) && (
          <button
            type="button"
            class="rb-finder__clear"
            onClick={() => {
              setIgnored([]);
              setState(EMPTY_STATE);
            }}
          >
            Clear search and filters
          </button>
        )}
      </form>

      {state.from === 'unknown-alert' && state.q && (
        <div class="site-notice" role="note">
          <p>
            <strong>No runbook covers that alert.</strong> Any runbooks below only share words with its name, “{state.q}”: none of them was
            written for it, so check one fits before following it. If you are stuck, <a href={helpHref}>get help</a>.
          </p>
          <p>
            Once it is over, add the alert to the <code>alerts</code> list of the runbook that fits, or{' '}
            <a href={howToHref}>write a runbook for it</a>.
          </p>
        </div>
      )}
      {state.from === 'unknown-runbook' && state.q && (
        <div class="site-notice" role="note">
          <p>
            The link you followed is to a runbook that is not here: it may have been renamed or removed. These are the runbooks that match
            the words in its address, “{state.q}”.
          </p>
        </div>
      )}

      {ignored.length > 0 && (
        <div class="site-notice" role="note">
          <p>
            The link asks for {ignored.length === 1 ? 'a filter' : 'filters'} the finder does not have, so{' '}
            {ignored.length === 1 ? 'it was' : 'they were'} left out:{' '}
            {ignored.map(({ facet, value }, i) => (
              <Fragment key={`${facet.key}=${value}`}>
                {i > 0 && ', '}
                {facet.legend.toLowerCase()} <code>{shorten(value)}</code>
              </Fragment>
            ))}
            .
          </p>
        </div>
      )}

      <p class="rb-finder__status" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>

      {items.length > 0 && (
        <ol class="rb-results" ref={list} aria-label="Matching runbooks">
          {items.map((item) => (
            <ResultItem key={item.url} item={item} showExcerpt={Boolean(state.q.trim())} today={today} />
          ))}
        </ol>
      )}

      {results && total > limit && (
        <button
          type="button"
          class="rb-finder__more"
          onClick={() => {
            focusIndex.current = limit;
            setLimit((l) => l + PAGE_SIZE);
          }}
        >
          Show more runbooks ({Math.min(PAGE_SIZE, total - limit)} of {total - limit} remaining)
        </button>
      )}
    </div>
  );
}

function ResultItem({ item, showExcerpt, today }: { item: PagefindResultData; showExcerpt: boolean; today: string }) {
  const { meta } = item;
  const severity = meta.severity ?? '';
  const platforms = (meta.platforms ?? '').split(' ').filter(Boolean);
  const alerts = (meta.alerts ?? '').split(' ').filter(Boolean);
  const interval = Number(meta.reviewIntervalMonths);
  const review = meta.lastReviewed && Number.isInteger(interval) ? reviewStatus(meta.lastReviewed, interval, today) : undefined;

  return (
    <li class="rb-result">
      <a class="rb-result__title" href={item.url}>
        {meta.title}
      </a>
      <p class="rb-result__facts">
        <span class={`rb-severity rb-severity--${severity}`}>{labelOf(SEVERITIES, severity)}</span>{' '}
        {platforms.map((p) => labelOf(PLATFORMS, p)).join(' · ')}
        {review && review.state !== 'current' && (
          <>
            {' '}
            <strong class="rb-review__status" data-state={review.state}>
              {describeReviewStatus(review)}
            </strong>
          </>
        )}
      </p>
      {showExcerpt && item.excerpt ? (
        // Text and <mark> elements built from the excerpt, never its HTML (see excerpt.ts).
        <p class="rb-result__text">
          {excerptParts(item.excerpt).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
        </p>
      ) : (
        <p class="rb-result__text">{meta.description}</p>
      )}
      {alerts.length > 0 && (
        <p class="rb-result__alerts">
          {alerts.length === 1 ? 'Alert: ' : 'Alerts: '}
          {alerts.map((a, i) => (
            <>
              {i > 0 && ', '}
              <code>{a}</code>
            </>
          ))}
        </p>
      )}
    </li>
  );
}
