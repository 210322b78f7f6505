import type { ComponentType } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RotaSettings } from '../../lib/rota/model.ts';
import type { BuilderProps } from './ChangeBuilder.tsx';
import type { RotaBundle } from '../../lib/rota/bundle.ts';
import { formatDay } from '../../lib/rota/format.ts';
import { cellInvolves, summariseWeeks, weekContaining, weekOfDate, weekRows, type WeekSummary } from '../../lib/rota/weeks.ts';
import { addDays, isCivilDate, type CivilDate } from '../../lib/time/civil-date.ts';
import { shorten } from '../../lib/site/shorten.ts';
import { PersonFeed } from '../feeds/PersonFeed.tsx';
import { NowPanel } from './OnSupportNow.tsx';
import { useNow, useRota } from './use-rota.ts';
import { WeekTable, type ArrangeRequest } from './WeekTable.tsx';

/** A person's turns can be weeks apart, so their filtered view looks further ahead. */
const PERSON_WEEKS = 26;
const STORAGE_KEY = 'support-handbook:rota-person';

interface Props {
  bundle: RotaBundle;
  /** When the site was built: without JavaScript, the table starts at this week. */
  builtAt: number;
  /** The table's weeks from the build's week, as built (the browser reuses them rather than work them out again). */
  builtWeeks?: WeekSummary[] | undefined;
  /** Weeks in the table: from the build's week in the built HTML, from this week once the page runs. */
  weeks: number;
  /** The site's published address: with it, choosing a person offers their calendar feed. */
  feedSite?: string | undefined;
  /** For the swap and cover builder: the build's strictness, the git host's editor and overrides.yaml as built. */
  builder?: { settings: RotaSettings; editTemplate: string; overridesUrl: string } | undefined;
}

export default function RotaViewer({ bundle, builtAt, builtWeeks, weeks, feedSite, builder }: Props) {
  const rota = useRota(bundle);
  const now = useNow();
  const [person, setPerson] = useState('');
  const [week, setWeek] = useState<CivilDate | null>(null);
  // What was wrong with the link, said once; cleared when the reader chooses something.
  const [linkProblems, setLinkProblems] = useState<string[]>([]);

  // The URL wins over what this device remembers, so shared links show what the sender saw.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const problems: string[] = [];
    const fromUrl = params.get('person');
    const chosen = fromUrl ?? readStored();
    if (chosen && rota.people.has(chosen)) {
      setPerson(chosen);
      if (!fromUrl) updateUrl('person', chosen);
    } else if (fromUrl) {
      problems.push(`The link asks for the shifts of “${shorten(fromUrl)}”, who is not on the rota, so everyone’s shifts are shown.`);
      updateUrl('person', '');
    }
    const w = params.get('week');
    if (w && isCivilDate(w)) setWeek(weekOfDate(rota, w));
    else if (w) {
      problems.push(`The link asks for the week of “${shorten(w)}”, which is not a date like 2026-12-02, so this week is shown.`);
      updateUrl('week', '');
    }
    setLinkProblems(problems);
  }, [rota]);

  // Null until the page has come alive in a browser: the built HTML shows the build's weeks.
  const thisWeek = now === null ? null : weekContaining(rota, now);
  const builtWeek = useMemo(() => weekContaining(rota, builtAt), [rota, builtAt]);
  const first = thisWeek === null ? builtWeek : (week ?? thisWeek);
  const count = person ? PERSON_WEEKS : weeks;
  const allRows = useMemo(
    () => (builtWeeks && first === builtWeek && count === weeks ? builtWeeks : summariseWeeks(weekRows(rota, first, count))),
    [rota, builtWeeks, builtWeek, first, count, weeks],
  );
  const rows = person ? allRows.filter((row) => row.cells.some((c) => cellInvolves(c, person))) : allRows;
  const name = person ? rota.nameOf(person) : '';
  const range = `${count} weeks from ${formatDay(first, true)}`;

  const choosePerson = (id: string) => {
    setLinkProblems([]);
    setPerson(id);
    updateUrl('person', id);
    try {
      if (id) localStorage.setItem(STORAGE_KEY, id);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage can be blocked; the URL still carries the choice.
    }
  };
  // The builder's code (and the rota's schema it checks with) loads only when someone opens it.
  const [Builder, setBuilder] = useState<ComponentType<BuilderProps> | null>(null);
  const [builderOpen, setBuilderOpen] = useState(false);
  const [chosen, setChosen] = useState<ArrangeRequest | undefined>(undefined);
  const [builderKey, setBuilderKey] = useState(0);
  const builderHeading = useRef<HTMLHeadingElement>(null);
  const openBuilder = useCallback((request?: ArrangeRequest) => {
    setBuilderOpen(true);
    setChosen(request);
    setBuilderKey((k) => k + 1);
    import('./ChangeBuilder.tsx').then(
      (m) => setBuilder(() => m.ChangeBuilder),
      () => setBuilder(null),
    );
  }, []);
  useEffect(() => {
    if (builderOpen && Builder) builderHeading.current?.focus();
  }, [builderOpen, Builder, builderKey]);

  const goTo = (start: CivilDate) => {
    if (thisWeek === null) return;
    setLinkProblems([]);
    setWeek(start === thisWeek ? null : start);
    updateUrl('week', start === thisWeek ? '' : start);
  };

  return (
    <div class="rota-viewer">
      <NowPanel rota={rota} now={now} detailed />
      <section aria-labelledby="rota-weeks-heading">
        <h2 id="rota-weeks-heading">Week by week</h2>
        {linkProblems.length > 0 && (
          <div class="site-notice" role="note">
            {linkProblems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        )}
        {/* In the built HTML too, hidden until the page comes alive (without JavaScript they would do
            nothing): coming alive then only shows them. Creating a date field is slow on a phone.
            Left out of the search index, so results for a name show the rota, not a list of options. */}
        <div class="rota-controls" hidden={thisWeek === null} data-pagefind-ignore="all">
          <div class="rota-control">
            <label for="rota-person">Show only the shifts of</label>
            <select id="rota-person" value={person} onChange={(e) => choosePerson(e.currentTarget.value)}>
              <option value="">Everyone</option>
              {[...rota.people.values()].map((p) => (
                <option value={p.id} key={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div class="rota-control" role="group" aria-label="Move between weeks">
            <button type="button" onClick={() => goTo(addDays(first, -7))}>
              Previous week
            </button>
            {/* aria-disabled rather than disabled, so focus stays on the button after using it. */}
            <button type="button" onClick={() => thisWeek && goTo(thisWeek)} aria-disabled={first === thisWeek ? 'true' : undefined}>
              This week
            </button>
            <button type="button" onClick={() => goTo(addDays(first, 7))}>
              Next week
            </button>
          </div>
          <div class="rota-control">
            <label for="rota-date">Go to the week of</label>
            <input
              id="rota-date"
              type="date"
              value={first}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (isCivilDate(value)) goTo(weekOfDate(rota, value));
              }}
            />
          </div>
        </div>
        {person && feedSite ? <PersonFeed site={feedSite} personId={person} name={name} /> : null}
        {thisWeek !== null && (
          <p class="sr-only" aria-live="polite">
            {person ? `Showing ${name}’s shifts in the ${range}.` : `Showing the ${range}.`}
          </p>
        )}
        {rows.length === 0 ? (
          <p class="rota-empty">
            {name} has no shifts in the {range}.
          </p>
        ) : (
          <WeekTable
            rota={rota}
            rows={rows}
            currentWeek={thisWeek ?? undefined}
            person={person || undefined}
            onArrange={builder && thisWeek !== null ? openBuilder : undefined}
            caption={
              thisWeek === null
                ? `The rota for the ${range}, as of the last site update. Times are UK time.`
                : person
                  ? `${name}’s shifts in the ${range}. Times are UK time.`
                  : `The rota for the ${range}. Times are UK time.`
            }
          />
        )}
      </section>
      {builder && (
        <section aria-labelledby="rota-builder-heading" class="rota-builder-section" hidden={thisWeek === null} data-pagefind-ignore="all">
          <h2 id="rota-builder-heading" ref={builderHeading} tabIndex={-1}>
            Swap or cover a shift
          </h2>
          <p>
            Choose someone’s shifts and who takes them: only people who could are offered, least loaded first. The change is checked here by
            the build’s own rules and comes out ready for {'content/rota/overrides.yaml'}.
          </p>
          {!builderOpen ? (
            <button type="button" class="rota-builder__open" onClick={() => openBuilder()}>
              Arrange a swap or cover
            </button>
          ) : Builder && now !== null ? (
            <Builder
              key={builderKey}
              rota={rota}
              now={now}
              settings={builder.settings}
              editTemplate={builder.editTemplate}
              overridesUrl={builder.overridesUrl}
              person={person || undefined}
              request={chosen}
            />
          ) : (
            <p role="status">Loading the builder…</p>
          )}
        </section>
      )}
    </div>
  );
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function updateUrl(key: string, value: string): void {
  const url = new URL(location.href);
  if (value) url.searchParams.set(key, value);
  else url.searchParams.delete(key);
  history.replaceState(history.state, '', url);
}
