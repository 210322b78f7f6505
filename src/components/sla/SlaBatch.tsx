import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PublishedDivision } from '../../lib/calendar/bank-holidays.ts';
import type { BatchMode, BatchRequest, BatchView, ReadingView } from '../../lib/sla/batch-view.ts';
import { PAGE_SIZE } from '../../lib/sla/batch-page.ts';
import type { ComplianceGroup } from '../../lib/sla/compliance.ts';
import { formatRate, formatTime } from '../../lib/sla/format.ts';
import type { ColumnOverrides, ColumnRole } from '../../lib/sla/export-columns.ts';
import type { PlanId, SlaTerms } from '../../lib/sla/terms.ts';
import type { DateOrder } from '../../lib/time/wall-time-input.ts';
import type { ZoneOffsets } from '../../lib/time/zoned-time.ts';
import { ErrorSummary } from './form-parts.tsx';
import { useBatchWorker } from './use-batch-worker.ts';

interface Props {
  terms: SlaTerms;
  holidays: PublishedDivision;
  /** The zone's offsets around the build, so the worker's first answer needs no zone lookups. */
  offsets?: ZoneOffsets;
  /** Triage (deadlines and statuses) or the compliance report. */
  mode?: BatchMode;
}

/** Statuses refresh this often; the deadlines themselves never change. */
const REFRESH_MS = 30_000;

const COPY: Record<BatchMode, { form: string; label: string; button: string; prefix: string }> = {
  triage: { form: 'Batch triage', label: 'Rows from the helpdesk export', button: 'Triage the tickets', prefix: 'sla-batch' },
  report: { form: 'SLA compliance report', label: 'Export with received and reply times', button: 'Make the report', prefix: 'sla-report' },
};

export default function SlaBatch({ terms, holidays, offsets, mode = 'triage' }: Props) {
  const copy = COPY[mode];
  const id = (part: string) => `${copy.prefix}-${part}`;
  const send = useBatchWorker({ terms, holidays, offsets });
  const textRef = useRef<HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [mounted, setMounted] = useState(false);
  const [empty, setEmpty] = useState(false);
  const [focusSummary, setFocusSummary] = useState(0);
  const [view, setView] = useState<BatchView>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [choices, setChoices] = useState<{ columns: ColumnOverrides; planForAll?: PlanId | undefined; dateOrder?: DateOrder | undefined }>({
    columns: {},
  });
  const latest = useRef(0);
  const [focusNeed, setFocusNeed] = useState(0);

  useLayoutEffect(() => setMounted(true), []);
  useLayoutEffect(() => {
    if (focusSummary) summaryRef.current?.focus();
  }, [focusSummary]);
  useLayoutEffect(() => {
    if (!focusNeed || !view) return;
    const need = view.reading.needs[0];
    if (need) document.getElementById(need.kind === 'column' ? id(`column-${need.role}`) : id(need.kind))?.focus();
  }, [focusNeed]);

  function ask(message: Parameters<typeof send>[0], after?: (view: BatchView) => void) {
    const { id: requestId, reply } = send(message);
    latest.current = requestId;
    setBusy(true);
    void reply.then((answer) => {
      if (requestId !== latest.current) return;
      setBusy(false);
      if (answer.type === 'failed') setFailure(answer.message);
      else if (answer.type === 'view') {
        setFailure(undefined);
        setView(answer.view);
        after?.(answer.view);
      }
    });
  }

  function read(next: typeof choices, page = 0) {
    const text = textRef.current?.value ?? '';
    const request: BatchRequest = {
      mode,
      text,
      now: Date.now(),
      columns: next.columns,
      ...(next.planForAll ? { planForAll: next.planForAll } : {}),
      ...(next.dateOrder ? { dateOrder: next.dateOrder } : {}),
    };
    ask({ type: 'open', request, page, now: request.now }, (v) => {
      if (v.reading.needs.length) setFocusNeed((n) => n + 1);
    });
  }

  // Statuses move on with the clock; the worker keeps the rows and recounts.
  useEffect(() => {
    if (!view || view.mode !== 'triage') return;
    const timer = setInterval(() => ask({ type: 'view', page: view.page.page, now: Date.now() }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [view]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    // Read the field itself: it is left uncontrolled, so nothing typed is ever lost or replaced.
    const text = textRef.current?.value ?? '';
    const isEmpty = text.trim() === '';
    setEmpty(isEmpty);
    if (isEmpty) {
      setView(undefined);
      setFocusSummary((n) => n + 1);
      return;
    }
    // A new paste may have other columns: the column choices start again, the plan stays.
    const next = { ...choices, columns: {}, dateOrder: undefined };
    setChoices(next);
    read(next);
  };

  const choose = (change: Partial<typeof choices>) => {
    const next = { ...choices, ...change, columns: { ...choices.columns, ...change.columns } };
    setChoices(next);
    read(next);
  };

  const goTo = (page: number) => ask({ type: 'view', page, now: view?.mode === 'triage' ? Date.now() : (view?.now ?? Date.now()) });

  const download = (which: 'tickets' | 'summary') => {
    const { reply } = send({ type: 'csv', which });
    void reply.then((answer) => {
      if (answer.type !== 'csv') return;
      const url = URL.createObjectURL(new Blob([answer.csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = which === 'tickets' ? 'sla-compliance-tickets.csv' : 'sla-compliance-summary.csv';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  };

  return (
    <div class="sla-tool">
      <form class="sla-form" noValidate onSubmit={onSubmit} aria-label={copy.form}>
        <ErrorSummary
          errors={empty ? [{ field: 'rows', message: 'Paste at least one row from the helpdesk export' }] : []}
          ids={{ rows: id('rows') }}
          summaryRef={summaryRef}
        />
        {/* In the server-rendered page, gone once the script runs: without JavaScript it stays. */}
        {!mounted && (
          <p class="sla-needs-js" data-testid="sla-needs-js">
            {mode === 'triage' ? 'Batch triage' : 'The compliance report'} needs JavaScript, so this form is switched off until it loads. If
            this message stays, JavaScript is off or blocked in this browser.
          </p>
        )}
        <fieldset class="sla-bare-fieldset" disabled={!mounted}>
          <div class={`sla-field${empty ? ' sla-field--error' : ''}`}>
            <label class="sla-label" for={id('rows')}>
              {copy.label}
            </label>
            <div class="sla-hint" id={id('hint')}>
              {mode === 'triage' ? (
                <p>
                  Paste a Zendesk, Jira Service Management or Freshdesk export, or rows of ticket id, priority, plan and received time (UK
                  time), separated by commas, semicolons or tabs. The page shows which column it reads for each and lets you change it. For
                  example:
                </p>
              ) : (
                <p>
                  Paste an export with each ticket’s received time and first reply time (Freshdesk’s Initial response time, Zendesk’s First
                  reply time in minutes, or a column of your own), plus later reply times for Low tickets, separated by semicolons in one
                  column.
                </p>
              )}
              {mode === 'triage' && <pre>4711,High,standard,2026-12-24T17:45{'\n'}4712,Normal,Managed Plus,24/12/2026 09:30</pre>}
              <p>Everything stays in your browser: nothing you paste is sent anywhere.</p>
            </div>
            {/* No name: nothing pasted can ever be submitted to a server. */}
            <textarea
              id={id('rows')}
              rows={8}
              spellcheck={false}
              ref={textRef}
              aria-describedby={id('hint')}
              aria-invalid={empty ? 'true' : undefined}
            />
          </div>
          <button type="submit" class="sla-button">
            {copy.button}
          </button>
        </fieldset>
      </form>

      <div role="status" aria-live="polite" class="sla-status" data-testid={`${copy.prefix}-status`}>
        {busy && !view && <p>Reading the rows…</p>}
        {failure && <p class="sla-error-message">The rows could not be read: {failure}</p>}
        {view && <Summary view={view} plans={terms.plans} />}
      </div>

      {view && <Reading reading={view.reading} id={id} plans={terms.plans} choices={choices} choose={choose} />}

      {view && view.errorCount > 0 && (
        <div class="sla-batch-errors" data-testid={`${copy.prefix}-errors`}>
          <h3>Rows that could not be read</h3>
          <ul>
            {view.errors.map((e) => (
              <li>
                Row {e.row}
                {e.id && ` (ticket ${e.id})`}: {e.problems.join('; ')}.
              </li>
            ))}
          </ul>
          {view.errorCount > view.errors.length && <p>…and {view.errorCount - view.errors.length} more.</p>}
        </div>
      )}

      {view?.mode === 'report' && view.overall.met + view.overall.breached + view.overall.open > 0 && (
        <ReportGroups view={view} id={id} download={download} />
      )}

      {view && view.page.total > 0 && (
        <>
          {view.mode === 'triage' ? (
            <TriageTable view={view} id={id} zone={terms.workingHours.timeZone} />
          ) : (
            <ReportTable view={view} id={id} />
          )}
          <Pager page={view.page} go={goTo} label={mode === 'triage' ? 'Pages of tickets' : 'Pages of the report'} />
        </>
      )}
    </div>
  );
}

function Summary({ view, plans }: { view: BatchView; plans: SlaTerms['plans'] }) {
  const { reading } = view;
  if (reading.refusal || reading.needs.length) {
    return (
      <div data-testid="sla-batch-needs">
        <p>
          <strong>No results yet.</strong> {reading.refusal ?? 'Settle these below first:'}
        </p>
        {reading.needs.length > 0 && (
          <ul>
            {reading.needs.map((need) => (
              <li>
                {need.kind === 'plan' && 'The export has no plan column: choose the plan for every row.'}
                {need.kind === 'date-order' &&
                  `Every date reads both ways (row ${need.example.row}: “${need.example.value}”): say whether they are day first or month first.`}
                {need.kind === 'column' &&
                  `Choose which column holds the ${reading.roles.find((r) => r.role === need.role)?.label.toLowerCase()}: ${need.candidates.map((i) => `“${reading.names[i]}”`).join(' or ')}.`}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const unread = view.errorCount > 0 ? ` ${plural(view.errorCount, 'row')} could not be read.` : '';
  if (view.mode === 'triage') {
    const c = view.counts;
    return (
      <p data-testid="sla-batch-summary">
        {plural(c.total, 'ticket')}: {c.breached} breached, {c['due-soon']} due within a working hour, {c['on-track']} on track.{unread}
        {c.defaulted > 0 && ` ${c.defaulted} had no priority and ${c.defaulted === 1 ? 'is' : 'are'} counted as Normal, as the SLA says.`}
        {reading.planForAll && ` Plan: ${plans.find((p) => p.id === reading.planForAll)?.name ?? reading.planForAll} for every row.`}
        {c.warned > 0 &&
          ` ${c.warned} ${c.warned === 1 ? 'has a received time' : 'have received times'} worth checking (marked in the table).`}
      </p>
    );
  }
  const o = view.overall;
  return (
    <p data-testid="sla-report-summary">
      Compliance {o.rate === undefined ? 'not yet known' : formatRate(o.rate)}: {o.met} of {o.met + o.breached} decided{' '}
      {o.met + o.breached === 1 ? 'ticket' : 'tickets'} met every reply target, {o.breached} breached (open tickets past their target count
      as breached){o.open ? `; ${o.open} not yet due` : ''}.{unread}
    </p>
  );
}

function Reading(props: {
  reading: ReadingView;
  id: (part: string) => string;
  plans: SlaTerms['plans'];
  choices: { columns: ColumnOverrides; planForAll?: PlanId | undefined; dateOrder?: DateOrder | undefined };
  choose: (change: { columns?: ColumnOverrides; planForAll?: PlanId | undefined; dateOrder?: DateOrder | undefined }) => void;
}) {
  const { reading, id, plans, choices, choose } = props;
  const planRole = reading.roles.find((r) => r.role === 'plan');
  const noPlanColumn = planRole?.index === undefined;
  const askOrder = reading.dateOrder.how === 'ask' || reading.dateOrder.how === 'preset' || reading.dateOrder.how === 'chosen';
  return (
    <section class="sla-reading" aria-labelledby={id('reading-title')} data-testid="sla-reading">
      <h3 id={id('reading-title')}>How the export was read</h3>
      <p>
        {reading.preset ? `The headers are those of a ${reading.preset} export. ` : ''}Values separated by {reading.separator}.
        {reading.hasHeader ? '' : ' No header row, so the columns are taken as ticket id, priority, plan and received time.'}
      </p>
      <div class="sla-mapping">
        {reading.roles.map((r) => (
          <div class="sla-field" data-role={r.role}>
            <label class="sla-label sla-label--small" for={id(`column-${r.role}`)}>
              {r.label}
            </label>
            <select
              id={id(`column-${r.role}`)}
              value={r.how === 'ask' ? '' : r.index === undefined ? 'none' : String(r.index)}
              aria-describedby={id(`column-${r.role}-hint`)}
              aria-invalid={r.how === 'ask' ? 'true' : undefined}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (value !== '')
                  choose({ columns: { [r.role]: value === 'none' ? null : Number(value) } as Partial<Record<ColumnRole, number | null>> });
              }}
            >
              {r.how === 'ask' && <option value="">Choose a column</option>}
              <option value="none">Not in the export</option>
              {reading.names.map((name, i) => (
                <option value={String(i)}>
                  {name}
                  {reading.samples[i] ? ` (e.g. ${truncate(reading.samples[i]!)})` : ''}
                </option>
              ))}
            </select>
            <p class="sla-hint" id={id(`column-${r.role}-hint`)}>
              {r.text}
            </p>
          </div>
        ))}
        {noPlanColumn && (
          <div class="sla-field">
            <label class="sla-label sla-label--small" for={id('plan')}>
              Plan for every row
            </label>
            <select
              id={id('plan')}
              value={choices.planForAll ?? ''}
              aria-describedby={id('plan-hint')}
              aria-invalid={reading.planForAll ? undefined : 'true'}
              onChange={(e) => e.currentTarget.value && choose({ planForAll: e.currentTarget.value as PlanId })}
            >
              {!choices.planForAll && <option value="">Choose a plan</option>}
              {plans.map((p) => (
                <option value={p.id}>{p.name}</option>
              ))}
            </select>
            <p class="sla-hint" id={id('plan-hint')}>
              The export has no plan column, so one plan applies to every ticket in it.
            </p>
          </div>
        )}
        {askOrder && (
          <div class="sla-field">
            <label class="sla-label sla-label--small" for={id('date-order')}>
              Dates like 03/04/2026 are
            </label>
            <select
              id={id('date-order')}
              value={reading.dateOrder.order ?? ''}
              aria-invalid={reading.dateOrder.order ? undefined : 'true'}
              onChange={(e) => e.currentTarget.value && choose({ dateOrder: e.currentTarget.value as DateOrder })}
            >
              {!reading.dateOrder.order && <option value="">Choose</option>}
              <option value="day-first">Day first (03/04 is 3 April)</option>
              <option value="month-first">Month first (03/04 is 4 March)</option>
            </select>
          </div>
        )}
      </div>
      {reading.dateOrder.text && <p data-testid="sla-date-order">{reading.dateOrder.text}</p>}
      {reading.notes.map((n) => (
        <p>{n}</p>
      ))}
    </section>
  );
}

function TriageTable({ view, id, zone }: { view: Extract<BatchView, { mode: 'triage' }>; id: (part: string) => string; zone: string }) {
  const { page } = view;
  return (
    <div class="sla-table-wrap" role="region" aria-labelledby={id('caption')} tabIndex={0}>
      <table class="sla-batch-table" data-testid="sla-batch-table">
        <caption id={id('caption')}>Tickets by deadline, breached and due soonest first (status at {formatTime(view.now, zone)})</caption>
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col">Status</th>
            <th scope="col">First reply due by</th>
            <th scope="col">Priority</th>
            <th scope="col">Plan</th>
            <th scope="col">Received</th>
            <th scope="col">Subject</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr data-status={r.status}>
              <th scope="row">{r.id || `Row ${r.row}`}</th>
              <td>
                <span class={`sla-badge sla-badge--${r.status}`}>{r.statusLabel}</span>
                <span class="sla-badge-detail">{r.left}</span>
              </td>
              <td>
                <time dateTime={r.dueIso}>{r.due}</time>
                {r.estimated && ' (uses an estimated bank holiday)'}
              </td>
              <td>
                {r.priority}
                {r.priorityDefaulted && <span class="sla-badge-detail">(blank, so Normal)</span>}
              </td>
              <td>{r.plan}</td>
              <td>
                {r.received}
                {r.warnings.map((w) => (
                  <span class="sla-row-warning" data-testid="sla-row-warning">
                    {w}
                  </span>
                ))}
              </td>
              <td>{r.subject}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReportTable({ view, id }: { view: Extract<BatchView, { mode: 'report' }>; id: (part: string) => string }) {
  return (
    <div class="sla-table-wrap" role="region" aria-labelledby={id('caption')} tabIndex={0}>
      <table class="sla-batch-table" data-testid="sla-report-table">
        <caption id={id('caption')}>Tickets, breached first, then those not yet due, then those met</caption>
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col">Outcome</th>
            <th scope="col">Why</th>
            <th scope="col">Priority</th>
            <th scope="col">Plan</th>
            <th scope="col">Received</th>
          </tr>
        </thead>
        <tbody>
          {view.page.rows.map((t) => (
            <tr data-outcome={t.outcome}>
              <th scope="row">{t.id || `Row ${t.row}`}</th>
              <td>
                {t.checks.map((c) => (
                  <span class="sla-badge-detail">
                    {c.label}:{' '}
                    <span
                      class={`sla-badge sla-badge--${c.outcomeKind === 'met' ? 'on-track' : c.outcomeKind === 'open' ? 'due-soon' : 'breached'}`}
                    >
                      {c.outcome}
                    </span>
                  </span>
                ))}
              </td>
              <td>
                {t.checks.map((c) => (
                  <p class="sla-why">{c.why}</p>
                ))}
              </td>
              <td>{t.priority}</td>
              <td>{t.plan}</td>
              <td>{t.received}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReportGroups({
  view,
  id,
  download,
}: {
  view: Extract<BatchView, { mode: 'report' }>;
  id: (part: string) => string;
  download: (which: 'tickets' | 'summary') => void;
}) {
  const groups: Array<[string, ComplianceGroup[]]> = [
    ['By plan', view.byPlan],
    ['By priority', view.byPriority],
    ['By month received', view.byMonth],
  ];
  return (
    <section aria-labelledby={id('groups-title')} class="sla-report-groups">
      <h3 id={id('groups-title')}>Compliance by plan, priority and month</h3>
      <figure class="sla-chart-figure">
        <div
          class="sla-chart"
          role="img"
          aria-label={`Compliance by month: ${view.byMonth.map((g) => `${g.label} ${formatRate(g.rate)}`).join('; ')}`}
        >
          {view.byMonth.map((g) => (
            <div class="sla-chart-row" aria-hidden="true">
              <span class="sla-chart-label">{g.label}</span>
              <span class="sla-chart-track">
                <span class="sla-chart-bar" style={{ width: `${Math.round((g.rate ?? 0) * 100)}%` }} />
              </span>
              <span class="sla-chart-value">{formatRate(g.rate)}</span>
            </div>
          ))}
        </div>
        <figcaption>Share of decided tickets that met every reply target, by month received. The table gives the counts.</figcaption>
      </figure>
      <div class="sla-table-wrap" role="region" aria-labelledby={id('groups-caption')} tabIndex={0}>
        <table class="sla-batch-table" data-testid="sla-report-groups">
          <caption id={id('groups-caption')}>Tickets met and breached, per plan, priority and month received</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Compliance</th>
              <th scope="col">Met</th>
              <th scope="col">Breached</th>
              <th scope="col">Not yet due</th>
            </tr>
          </thead>
          {groups.map(([title, list]) => (
            <tbody>
              <tr>
                <th scope="colgroup" colSpan={5} class="sla-group-heading">
                  {title}
                </th>
              </tr>
              {list.map((g) => (
                <tr>
                  <th scope="row">{g.label}</th>
                  <td>{formatRate(g.rate)}</td>
                  <td>{g.met}</td>
                  <td>{g.breached}</td>
                  <td>{g.open}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p class="sla-inline">
        <button type="button" class="sla-button sla-button--secondary" onClick={() => download('tickets')}>
          Download every reply target as CSV
        </button>
        <button type="button" class="sla-button sla-button--secondary" onClick={() => download('summary')}>
          Download the summary as CSV
        </button>
      </p>
    </section>
  );
}

function Pager({
  page,
  go,
  label,
}: {
  page: { page: number; pages: number; total: number; rows: unknown[] };
  go: (page: number) => void;
  label: string;
}) {
  const first = page.page * PAGE_SIZE + 1;
  const last = first + page.rows.length - 1;
  return (
    <nav class="sla-pager" aria-label={label}>
      <p data-testid="sla-pager-position">
        Rows {first.toLocaleString('en-GB')} to {last.toLocaleString('en-GB')} of {page.total.toLocaleString('en-GB')}
      </p>
      {page.pages > 1 && (
        <p class="sla-inline">
          <button type="button" class="sla-button sla-button--secondary" disabled={page.page === 0} onClick={() => go(page.page - 1)}>
            Previous {PAGE_SIZE}
          </button>
          <button
            type="button"
            class="sla-button sla-button--secondary"
            disabled={page.page >= page.pages - 1}
            onClick={() => go(page.page + 1)}
          >
            Next {PAGE_SIZE}
          </button>
        </p>
      )}
    </nav>
  );
}

function truncate(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}
