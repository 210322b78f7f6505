import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PublishedDivision } from '../../lib/calendar/bank-holidays.ts';
import { readBatch, triage, type Batch } from '../../lib/sla/batch.ts';
import { formatShortInstant, formatTime } from '../../lib/sla/format.ts';
import { describeTimeLeft, STATUS_LABELS, type TriageStatus } from '../../lib/sla/status.ts';
import { findPlan, findPriority, type SlaTerms } from '../../lib/sla/terms.ts';
import { formatIsoWithOffset, type ZoneOffsets } from '../../lib/time/zoned-time.ts';
import { ErrorSummary } from './form-parts.tsx';
import { useSlaCalendar } from './use-sla-calendar.ts';

interface Props {
  terms: SlaTerms;
  holidays: PublishedDivision;
  /** The zone's offsets around the build (see useSlaCalendar). */
  offsets?: ZoneOffsets;
}

/** Statuses refresh this often; the deadlines themselves never change. */
const REFRESH_MS = 30_000;

export default function SlaBatch({ terms, holidays, offsets }: Props) {
  const calendar = useSlaCalendar(terms, holidays, offsets);
  const zone = terms.workingHours.timeZone;
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [batch, setBatch] = useState<Batch>();
  const [now, setNow] = useState(() => Date.now());
  const [empty, setEmpty] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  useLayoutEffect(() => {
    if (focusSummary) summaryRef.current?.focus();
  }, [focusSummary]);

  useEffect(() => {
    if (!batch) return;
    const timer = setInterval(() => setNow(Date.now()), REFRESH_MS);
    return () => clearInterval(timer);
  }, [batch]);

  const rows = useMemo(() => (batch ? triage(calendar, batch.tickets, now) : []), [batch, now]);
  const counts = rows.reduce<Record<TriageStatus, number>>((c, r) => ({ ...c, [r.status]: c[r.status] + 1 }), { breached: 0, 'due-soon': 0, 'on-track': 0 });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    // Read the field itself: it is left uncontrolled, so text pasted before hydration counts too.
    const text = textRef.current?.value ?? '';
    const isEmpty = text.trim() === '';
    setEmpty(isEmpty);
    if (isEmpty) {
      setBatch(undefined);
      setFocusSummary((n) => n + 1);
      return;
    }
    setNow(Date.now());
    setBatch(readBatch(terms, calendar, text));
  };

  const problems = batch?.errors.length ?? 0;
  return (
    <div class="sla-tool">
      <form class="sla-form" noValidate onSubmit={onSubmit} aria-label="Batch triage">
        <ErrorSummary errors={empty ? [{ field: 'rows', message: 'Paste at least one row from the helpdesk export' }] : []} ids={{ rows: 'sla-batch-rows' }} summaryRef={summaryRef} />
        <div class={`sla-field${empty ? ' sla-field--error' : ''}`}>
          <label class="sla-label" for="sla-batch-rows">
            Rows from the helpdesk export
          </label>
          <div class="sla-hint" id="sla-batch-hint">
            <p>
              One ticket a line, with the ticket id, priority, plan and received time (UK time), separated by commas or tabs. A header row
              naming the columns is fine, in any order. For example:
            </p>
            <pre>4711,High,standard,2026-12-24T17:45{'\n'}4712,Normal,Managed Plus,24/12/2026 09:30</pre>
            <p>Everything stays in your browser: nothing you paste is sent anywhere.</p>
          </div>
          {/* No name: submitted before the script has loaded (or without JavaScript), the form then
              sends nothing, so pasted tickets never reach a server, as the hint promises. */}
          <textarea
            id="sla-batch-rows"
            rows={8}
            spellcheck={false}
            ref={textRef}
            aria-describedby="sla-batch-hint"
            aria-invalid={empty ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="sla-button">
          Triage the tickets
        </button>
      </form>

      <div role="status" aria-live="polite" class="sla-status">
        {batch && (
          <p data-testid="sla-batch-summary">
            {plural(rows.length, 'ticket')}: {counts.breached} breached, {counts['due-soon']} due within a working hour, {counts['on-track']} on track.
            {problems > 0 && ` ${plural(problems, 'row')} could not be read.`}
          </p>
        )}
      </div>

      {batch && problems > 0 && (
        <div class="sla-batch-errors" data-testid="sla-batch-errors">
          <h3>Rows that could not be read</h3>
          <ul>
            {batch.errors.map((e) => (
              <li>
                Row {e.row}
                {e.id && ` (ticket ${e.id})`}: {e.problems.join('; ')}.
              </li>
            ))}
          </ul>
        </div>
      )}

      {rows.length > 0 && (
        <div class="sla-table-wrap" role="region" aria-labelledby="sla-batch-caption" tabIndex={0}>
          <table class="sla-batch-table" data-testid="sla-batch-table">
            <caption id="sla-batch-caption">
              Tickets by deadline, earliest first (status at {formatTime(now, zone)})
            </caption>
            <thead>
              <tr>
                <th scope="col">Ticket</th>
                <th scope="col">Priority</th>
                <th scope="col">Plan</th>
                <th scope="col">Received</th>
                <th scope="col">First reply due by</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr data-status={r.status}>
                  <th scope="row">{r.id}</th>
                  <td>{findPriority(terms, r.priority).name}</td>
                  <td>{findPlan(terms, r.plan).name}</td>
                  <td>{formatShortInstant(r.received, zone)}</td>
                  <td>
                    <time dateTime={formatIsoWithOffset(r.result.deadline, zone)}>{formatShortInstant(r.result.deadline, zone)}</time>
                    {r.result.estimatedHolidays.length > 0 && ' (uses an estimated bank holiday)'}
                  </td>
                  <td>
                    <span class={`sla-badge sla-badge--${r.status}`}>{STATUS_LABELS[r.status]}</span>
                    <span class="sla-badge-detail">{describeTimeLeft(r.left, r.result.clock)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
