import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PublishedDivision } from '../../lib/calendar/bank-holidays.ts';
import type { WorkingCalendar } from '../../lib/calendar/working-hours.ts';
import {
  calculate,
  EMPTY_INPUT,
  readQuery,
  writeQuery,
  type CalculatorField,
  type CalculatorInput,
  type FieldError,
} from '../../lib/sla/calculator-state.ts';
import { hasLaterReplyTarget, type Deadline } from '../../lib/sla/deadline.ts';
import { explainDeadline } from '../../lib/sla/explain.ts';
import { formatDate, formatInstant, formatTarget } from '../../lib/sla/format.ts';
import { describeTimeLeft, timeLeft } from '../../lib/sla/status.ts';
import { planSummary } from '../../lib/sla/plan-copy.ts';
import type { SanityWarning } from '../../lib/sla/sanity.ts';
import { findPriority, type SlaTerms } from '../../lib/sla/terms.ts';
import type { WallTimeNote } from '../../lib/time/wall-time-input.ts';
import { formatWallTimeInput } from '../../lib/time/wall-time-input.ts';
import { formatIsoWithOffset, type ZoneOffsets } from '../../lib/time/zoned-time.ts';
import { ErrorSummary, FieldMessage } from './form-parts.tsx';
import { useSlaCalendar } from './use-sla-calendar.ts';

interface Props {
  terms: SlaTerms;
  holidays: PublishedDivision;
  /** The zone's offsets around the build (see useSlaCalendar). */
  offsets?: ZoneOffsets;
}

const IDS: Record<CalculatorField, string> = {
  plan: 'sla-plan',
  priority: 'sla-priority-urgent',
  received: 'sla-received',
  lastReply: 'sla-last-reply',
};

export default function SlaCalculator({ terms, holidays, offsets }: Props) {
  const calendar = useSlaCalendar(terms, holidays, offsets);
  const zone = terms.workingHours.timeZone;
  // Server render and first client render match (empty); the address is read once mounted.
  const [input, setInput] = useState<CalculatorInput>(EMPTY_INPUT);
  const [linkErrors, setLinkErrors] = useState<FieldError[]>([]);
  const [mounted, setMounted] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  // Layout effects run straight after rendering, with no wait for a frame or timer.
  useLayoutEffect(() => {
    if (focusSummary) summaryRef.current?.focus();
  }, [focusSummary]);

  useLayoutEffect(() => {
    const link = readQuery(location.search, terms, calendar);
    const invalid = new Set(link.errors.map((e) => e.field));
    // Anything the link leaves out gets the everyday default: a Normal ticket, received now.
    setInput({
      plan: link.input.plan || (invalid.has('plan') ? '' : 'standard'),
      priority: link.input.priority || (invalid.has('priority') ? '' : 'normal'),
      received: link.input.received || (invalid.has('received') ? '' : formatWallTimeInput(Date.now(), zone)),
      lastReply: link.input.lastReply,
    });
    setLinkErrors(link.errors);
    setMounted(true);
  }, []);

  const outcome = useMemo(() => (mounted ? calculate(terms, calendar, input) : undefined), [mounted, input]);

  // Keep the address in step once the person has changed something, so it can be shared.
  useEffect(() => {
    if (touched && outcome?.ok) history.replaceState(null, '', writeQuery(input, terms) || location.pathname);
  }, [touched, outcome]);

  const errors: FieldError[] = [...linkErrors];
  if (outcome && !outcome.ok && (submitted || linkErrors.length)) {
    for (const e of outcome.errors) if (!errors.some((l) => l.field === e.field)) errors.push(e);
  }
  const errorFor = (field: CalculatorField) => errors.find((e) => e.field === field)?.message;

  const update = (field: CalculatorField, value: string) => {
    setInput((prev) => ({ ...prev, [field]: value }));
    setLinkErrors((prev) => prev.filter((e) => e.field !== field));
    setTouched(true);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    setTouched(true);
    const check = calculate(terms, calendar, input);
    if (!check.ok || linkErrors.length) setFocusSummary((n) => n + 1);
  };

  const laterAllowed = input.priority !== '' && hasLaterReplyTarget(terms, input.priority);
  const priorityForHint = input.priority ? findPriority(terms, input.priority) : undefined;
  const result = outcome?.ok ? (outcome.later ?? outcome.first) : undefined;

  return (
    <div class="sla-tool">
      <form class="sla-form" method="get" noValidate onSubmit={onSubmit} aria-label="SLA deadline calculator">
        <ErrorSummary errors={errors} ids={IDS} summaryRef={summaryRef} />
        {/* Disabled until the script runs: without JavaScript the form would take input and do nothing. */}
        {!mounted && (
          <p class="sla-needs-js" data-testid="sla-needs-js">
            The calculator needs JavaScript, so this form is switched off until it loads. If this message stays, JavaScript is off or
            blocked in this browser; the <a href="/sla/">SLA terms</a> explain how to count by hand.
          </p>
        )}
        <fieldset class="sla-bare-fieldset" disabled={!mounted}>
          <div class={`sla-field${errorFor('plan') ? ' sla-field--error' : ''}`}>
            <label class="sla-label" for="sla-plan">
              Client’s plan
            </label>
            <p class="sla-hint" id="sla-plan-hint">
              {terms.plans.map((p) => planSummary(terms, p.id)).join(' ')}
            </p>
            <FieldMessage id="sla-plan-error" message={errorFor('plan')} />
            <select
              id="sla-plan"
              name="plan"
              value={input.plan}
              aria-describedby={`sla-plan-hint${errorFor('plan') ? ' sla-plan-error' : ''}`}
              aria-invalid={errorFor('plan') ? 'true' : undefined}
              onChange={(e) => update('plan', e.currentTarget.value)}
            >
              {input.plan === '' && <option value="">Choose a plan</option>}
              {terms.plans.map((p) => (
                <option value={p.id}>{p.name}</option>
              ))}
            </select>
          </div>

          <fieldset
            class={`sla-field${errorFor('priority') ? ' sla-field--error' : ''}`}
            aria-describedby={errorFor('priority') ? 'sla-priority-error' : undefined}
          >
            <legend class="sla-label">Priority</legend>
            <FieldMessage id="sla-priority-error" message={errorFor('priority')} />
            {terms.priorities.map((p) => (
              <div class="sla-radio">
                <input
                  type="radio"
                  id={`sla-priority-${p.id}`}
                  name="priority"
                  value={p.id}
                  checked={input.priority === p.id}
                  aria-describedby={`sla-priority-${p.id}-hint`}
                  onChange={() => update('priority', p.id)}
                />
                <label for={`sla-priority-${p.id}`}>{p.name}</label>
                <p class="sla-hint" id={`sla-priority-${p.id}-hint`}>
                  {p.summary}
                </p>
              </div>
            ))}
          </fieldset>

          <div class={`sla-field${errorFor('received') ? ' sla-field--error' : ''}`}>
            <label class="sla-label" for="sla-received">
              When the ticket was received
            </label>
            <p class="sla-hint" id="sla-received-hint">
              Date and time in UK time, as the helpdesk shows it.
            </p>
            <FieldMessage id="sla-received-error" message={errorFor('received')} />
            <div class="sla-inline">
              <input
                type="datetime-local"
                id="sla-received"
                name="received"
                step={60}
                value={input.received}
                aria-describedby={`sla-received-hint${errorFor('received') ? ' sla-received-error' : ''}`}
                aria-invalid={errorFor('received') ? 'true' : undefined}
                onInput={(e) => update('received', e.currentTarget.value)}
              />
              <button
                type="button"
                class="sla-button sla-button--secondary"
                onClick={() => update('received', formatWallTimeInput(Date.now(), zone))}
              >
                Use the time now
              </button>
            </div>
          </div>

          {laterAllowed && priorityForHint?.laterReplies && (
            <div class={`sla-field${errorFor('lastReply') ? ' sla-field--error' : ''}`}>
              <label class="sla-label" for="sla-last-reply">
                Last reply to the client (optional)
              </label>
              <p class="sla-hint" id="sla-last-reply-hint">
                {priorityForHint.name} tickets need each later reply within{' '}
                {formatTarget(priorityForHint.laterReplies, priorityForHint.clock)} of the one before. Fill this in for the next reply’s
                deadline; leave it empty for the first reply.
              </p>
              <FieldMessage id="sla-last-reply-error" message={errorFor('lastReply')} />
              <input
                type="datetime-local"
                id="sla-last-reply"
                name="lastReply"
                step={60}
                value={input.lastReply}
                aria-describedby={`sla-last-reply-hint${errorFor('lastReply') ? ' sla-last-reply-error' : ''}`}
                aria-invalid={errorFor('lastReply') ? 'true' : undefined}
                onInput={(e) => update('lastReply', e.currentTarget.value)}
              />
            </div>
          )}

          <button type="submit" class="sla-button">
            Work out the deadline
          </button>
        </fieldset>
      </form>

      <section class="sla-result" aria-labelledby="sla-result-title">
        <h2 id="sla-result-title">Deadline</h2>
        {/* Present from the first render so screen readers hear each new deadline once. */}
        <div role="status" aria-live="polite" aria-atomic="true" class="sla-status">
          {result && <DeadlineLine terms={terms} result={result} />}
          {mounted && !result && (
            <p>{errors.length ? 'No deadline yet: correct the problems listed above.' : 'Fill in the form to see the deadline.'}</p>
          )}
        </div>
        {result && outcome?.ok && (
          <ResultDetails
            terms={terms}
            calendar={calendar}
            result={result}
            first={outcome.later ? outcome.first : undefined}
            notes={outcome.notes}
            warnings={outcome.warnings}
          />
        )}
      </section>
    </div>
  );
}

function DeadlineLine({ terms, result }: { terms: SlaTerms; result: Deadline }) {
  const zone = terms.workingHours.timeZone;
  return (
    <p class="sla-deadline" data-testid="sla-deadline">
      {result.reply === 'first' ? 'First reply' : 'Next reply'} due by{' '}
      <time dateTime={formatIsoWithOffset(result.deadline, zone)}>{formatInstant(result.deadline, zone)}</time>
    </p>
  );
}

function ResultDetails(props: {
  terms: SlaTerms;
  calendar: WorkingCalendar;
  result: Deadline;
  first: Deadline | undefined;
  notes: WallTimeNote[];
  warnings: SanityWarning[];
}) {
  const { terms, calendar, result, first, notes, warnings } = props;
  const zone = terms.workingHours.timeZone;
  const steps = explainDeadline(terms, result);
  return (
    <>
      {warnings.length > 0 && (
        <div class="sla-warning" data-testid="sla-sanity-warning">
          {warnings.map((w) => (
            <p>
              <strong>Check the received time.</strong> {w.text}
            </p>
          ))}
        </div>
      )}
      <TimeLeftLine calendar={calendar} result={result} />
      {first && <p>The first reply was due by {formatInstant(first.deadline, zone)}.</p>}
      {notes.map((note) => (
        <p class="sla-note">{describeNote(note, zone)}</p>
      ))}
      <HolidayWarning calendar={calendar} result={result} />
      <h3>How it was worked out</h3>
      <ol class="sla-steps">
        {steps.map((s) => (
          <li>{s.text}</li>
        ))}
      </ol>
    </>
  );
}

/** Time left, kept live. Outside the live region so the ticking is never announced. */
function TimeLeftLine({ calendar, result }: { calendar: WorkingCalendar; result: Deadline }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [result]);
  const left = timeLeft(calendar, result, now);
  return (
    <p class={`sla-left${left.overdue ? ' sla-left--overdue' : ''}`} data-testid="sla-time-left">
      {describeTimeLeft(left, result.clock)}
    </p>
  );
}

function HolidayWarning({ calendar, result }: { calendar: WorkingCalendar; result: Deadline }) {
  if (!result.estimatedHolidays.length && !result.beyondPublishedData) return null;
  const until = formatDate(calendar.holidays.publishedUntil);
  return (
    <div class="sla-warning" data-testid="sla-estimate-warning">
      <p>
        <strong>Check this deadline nearer the time.</strong>{' '}
        {result.estimatedHolidays.length > 0
          ? `It skips ${result.estimatedHolidays.map((h) => `${h.title} (${formatDate(h.date)})`).join(', ')}, worked out from the usual rules because gov.uk has not published bank holidays that far ahead.`
          : `gov.uk has published bank holidays only up to ${until}, and this count goes beyond that.`}{' '}
        A bank holiday announced later could move it.
      </p>
    </div>
  );
}

function describeNote(note: WallTimeNote, zone: string): string {
  const [date, time] = note.typed.split(' ') as [string, string];
  const day = formatDate(date);
  if (note.kind === 'skipped') {
    return `${time} on ${day} did not happen in the UK: the clocks went forward an hour. It is read as ${formatInstant(note.readAs, zone)}.`;
  }
  return `${time} on ${day} happened twice in the UK: the clocks went back an hour. The earlier one is used, ${formatInstant(note.readAs, zone)}, so the deadline is never later than it should be.`;
}
