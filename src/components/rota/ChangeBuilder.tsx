import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  choiceBetween,
  choicesFor,
  coverOptions,
  planCover,
  planSwap,
  swapOptions,
  type PlanResult,
  type ShiftChoice,
} from '../../lib/rota/change-builder.ts';
import { checkChange, type ChangeCheck } from '../../lib/rota/change-check.ts';
import { formatSpan } from '../../lib/rota/format.ts';
import type { OverrideReason, RotaSettings } from '../../lib/rota/model.ts';
import { ROTA_FILES } from '../../lib/rota/problems.ts';
import type { Rota } from '../../lib/rota/rota.ts';
import { fileEditUrl } from '../../lib/site/edit-link.ts';
import type { ArrangeRequest } from './WeekTable.tsx';

/**
 * The swap and cover builder on /rota/, loaded only when someone opens it: the rota's schema and
 * checks come with it, so the page's first load stays small. Everything it decides comes from
 * src/lib/rota/change-builder.ts and change-check.ts.
 */
export interface BuilderProps {
  rota: Rota;
  now: number;
  settings: RotaSettings;
  /** The git host's editor address, with {path}, {message} and {value} (src/lib/site/edit-link.ts). */
  editTemplate: string;
  /** Where overrides.yaml as built can be fetched, so the editor can be given the whole new file. */
  overridesUrl: string;
  /** Whose shifts to start with, and a stretch chosen on the table. */
  person?: string | undefined;
  request?: ArrangeRequest | undefined;
}

type Mode = 'cover' | 'swap';
interface Outcome {
  result: PlanResult;
  check?: ChangeCheck | undefined;
  link?: string | undefined;
}

const REASONS: Array<[OverrideReason, string]> = [
  ['leave', 'Leave'],
  ['illness', 'Illness'],
  ['swap', 'A swap or favour'],
];

export function ChangeBuilder({ rota, now, settings, editTemplate, overridesUrl, person: initialPerson, request }: BuilderProps) {
  // A week already under way offers what is left of it; one that is over stays whole, so choosing it says so.
  const chosen = useMemo(
    () =>
      request
        ? choiceBetween(
            rota,
            request.rotation,
            request.person,
            request.end > now ? Math.max(request.start, now) : request.start,
            request.end,
          )
        : undefined,
    [rota, request, now],
  );
  const [person, setPerson] = useState(request?.person ?? initialPerson ?? '');
  const choices = useMemo(() => {
    const list = person ? choicesFor(rota, person, now) : [];
    // A stretch chosen on the table is offered even when it cannot be changed, so choosing it says why.
    if (chosen && chosen.person === person && !list.some((c) => sameChoice(c, chosen))) list.unshift(chosen);
    return list;
  }, [rota, person, now, chosen]);
  const [choiceIndex, setChoiceIndex] = useState(0);
  const choice = choices[choiceIndex] ?? choices[0];
  const [mode, setMode] = useState<Mode>('cover');
  const [other, setOther] = useState('');
  const [reason, setReason] = useState<OverrideReason>('leave');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [copied, setCopied] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const future = choice ? choice.start > now : false;
  const cover = useMemo(() => (choice && future ? coverOptions(rota, choice) : undefined), [rota, choice, future]);
  const swaps = useMemo(
    () => (choice && future && mode === 'swap' ? swapOptions(rota, choice, now) : []),
    [rota, choice, future, mode, now],
  );
  const options =
    mode === 'cover'
      ? (cover?.eligible ?? []).map((c) => ({ id: c.person.id, label: `${c.person.name} (${c.load.text})` }))
      : swaps.map((s) => ({
          id: s.candidate.person.id,
          label: `${s.candidate.person.name} (${s.candidate.load.text}); you take theirs, ${formatSpan(s.theirs.start, s.theirs.end, rota.timeZone)}`,
        }));

  // A new choice starts again: whoever was chosen may not be eligible for it.
  useEffect(() => {
    setOther('');
    setOutcome(null);
  }, [person, choiceIndex, mode]);
  // Start at the stretch chosen on the table, when it is this person's.
  useEffect(() => setChoiceIndex(Math.max(0, chosen ? choices.findIndex((c) => sameChoice(c, chosen)) : 0)), [person]);
  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setCopied(false);
    if (!choice) return;
    const chosenOther = other || (future ? (options[0]?.id ?? '') : '');
    const trimmed = note.trim() || undefined;
    const result =
      mode === 'cover'
        ? planCover(rota, choice, chosenOther, {
            now,
            reason,
            note:
              trimmed ??
              `${firstName(rota.nameOf(choice.person))} ${reason === 'illness' ? 'unwell' : reason === 'leave' ? 'on leave' : 'swapped out'}`,
          })
        : planSwap(rota, choice, chosenOther, { now, note: trimmed });
    if (!result.ok) {
      setOutcome({ result });
      return;
    }
    const check = checkChange(rota.data, result.plan.overrides, { calendar: rota.calendar, settings, now, files: ROTA_FILES });
    let link: string | undefined;
    if (check.errors.length === 0) {
      const current = await fetch(overridesUrl).then(
        (r) => (r.ok ? r.text() : undefined),
        () => undefined,
      );
      const value = current === undefined ? undefined : `${current.replace(/\s*$/, '')}\n\n${check.yaml}`;
      link = fileEditUrl(editTemplate, { path: ROTA_FILES.overrides, message: result.plan.message, value });
    }
    setOutcome({ result, check, link });
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const problems = outcome && !outcome.result.ok ? outcome.result.problems : (outcome?.check?.errors ?? []);
  const plan = outcome?.result.ok && outcome.check && outcome.check.errors.length === 0 ? outcome.result.plan : undefined;

  return (
    <div class="rota-builder">
      <form onSubmit={submit} class="rota-builder__form">
        <div class="rota-builder__field">
          <label for="builder-person">Whose shifts</label>
          <select id="builder-person" value={person} onChange={(e) => setPerson(e.currentTarget.value)}>
            <option value="">Choose someone</option>
            {[...rota.people.values()].map((p) => (
              <option value={p.id} key={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {person && (
          <div class="rota-builder__field">
            <label for="builder-shift">Which shifts</label>
            {choices.length ? (
              <select id="builder-shift" value={String(choiceIndex)} onChange={(e) => setChoiceIndex(Number(e.currentTarget.value))}>
                {choices.map((c, i) => (
                  <option value={String(i)} key={`${c.rotation}-${c.start}-${c.end}`}>
                    {describeChoice(rota, c)}
                  </option>
                ))}
              </select>
            ) : (
              <p id="builder-shift">{rota.nameOf(person)} has no shifts in the next 13 weeks.</p>
            )}
          </div>
        )}
        {choice && (
          <>
            <fieldset class="rota-builder__field">
              <legend>Change</legend>
              <label>
                <input type="radio" name="builder-mode" value="cover" checked={mode === 'cover'} onChange={() => setMode('cover')} /> Cover
                by someone else
              </label>
              <label>
                <input type="radio" name="builder-mode" value="swap" checked={mode === 'swap'} onChange={() => setMode('swap')} /> Swap with
                someone
              </label>
            </fieldset>
            {future && (
              <div class="rota-builder__field">
                <label for="builder-other">{mode === 'cover' ? 'Cover by' : 'Swap with'}</label>
                {options.length ? (
                  <select id="builder-other" value={other || options[0]!.id} onChange={(e) => setOther(e.currentTarget.value)}>
                    {options.map((o) => (
                      <option value={o.id} key={o.id}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <p id="builder-other">
                    {mode === 'cover'
                      ? 'Nobody is free to cover these shifts.'
                      : 'Nobody can swap these shifts: everyone else would be on twice running, on another rotation, away, or not eligible.'}
                  </p>
                )}
                <p class="rota-builder__hint">Least loaded first. Only people who could take the shifts are listed.</p>
                {cover && (
                  <details class="rota-builder__why">
                    <summary>Why is someone not listed?</summary>
                    <ul>
                      {mode === 'swap' &&
                        cover.eligible
                          .filter((c) => !swaps.some((s) => s.candidate.person.id === c.person.id))
                          .map((c) => (
                            <li key={c.person.id}>
                              {c.person.name} could cover, but has no shifts of their own on this rotation, in the 26 weeks either side,
                              that {rota.nameOf(choice.person)} could take in return.
                            </li>
                          ))}
                      {cover.ineligible
                        .filter((i) => i.person.id !== choice.person)
                        .map((i) => (
                          <li key={i.person.id}>
                            {i.person.name} {i.reasons.map((r) => r.reason).join(', and ')}.
                          </li>
                        ))}
                    </ul>
                  </details>
                )}
              </div>
            )}
            {mode === 'cover' && (
              <div class="rota-builder__field">
                <label for="builder-reason">Reason</label>
                <select id="builder-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value as OverrideReason)}>
                  {REASONS.map(([value, label]) => (
                    <option value={value} key={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div class="rota-builder__field">
              <label for="builder-note">Note for the rota page (optional)</label>
              <input
                id="builder-note"
                type="text"
                maxLength={80}
                value={note}
                onInput={(e) => setNote(e.currentTarget.value)}
                aria-describedby="builder-note-hint"
              />
              <p id="builder-note-hint" class="rota-builder__hint">
                Shown on the site: nothing personal, such as the nature of an illness.
              </p>
            </div>
            <button type="submit" class="rota-builder__submit">
              Check the change
            </button>
          </>
        )}
      </form>
      <div ref={resultRef} tabIndex={-1} class="rota-builder__result" aria-live="polite">
        {problems.length > 0 && (
          <div class="rota-builder__problems" role="alert">
            <p>
              <strong>Nothing was produced.</strong>
            </p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {plan && outcome?.check && (
          <>
            <h3>The change</h3>
            {plan.summary.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {outcome.check.cleared.length > 0 && (
              <p>
                It clears {outcome.check.cleared.length === 1 ? 'a warning' : `${outcome.check.cleared.length} warnings`} the build gives
                today: {outcome.check.cleared.join(' ')}
              </p>
            )}
            {outcome.check.warnings.length > 0 && (
              <div class="rota-builder__warnings">
                <p>The build will warn about this change:</p>
                <ul>
                  {outcome.check.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            )}
            <p>Checked by the build’s own rules: add this at the end of {ROTA_FILES.overrides}.</p>
            <pre class="rota-builder__yaml" tabIndex={0} aria-label="The entry for overrides.yaml">
              <code>{outcome.check.yaml}</code>
            </pre>
            <p class="rota-builder__actions">
              {outcome.link && (
                <a href={outcome.link} target="_blank" rel="noopener">
                  Open overrides.yaml in the editor, with the entry added<span class="sr-only"> (opens in a new tab)</span>
                </a>
              )}
              <button type="button" onClick={() => copy(outcome.check!.yaml)}>
                Copy the entry
              </button>
              <span aria-live="polite">{copied ? 'Copied.' : ''}</span>
            </p>
            <p>
              Commit message: <code class="rota-builder__message">{plan.message}</code>
            </p>
          </>
        )}
      </div>
    </div>
  );
}

function sameChoice(a: ShiftChoice, b: ShiftChoice): boolean {
  return a.rotation === b.rotation && a.person === b.person && a.start === b.start && a.end === b.end;
}

function describeChoice(rota: Rota, choice: ShiftChoice): string {
  const name = rota.rotation(choice.rotation)?.name ?? choice.rotation;
  const span = formatSpan(choice.start, choice.end, rota.timeZone);
  return choice.shifts > 1 ? `${name}: ${span} (${choice.shifts} shifts)` : `${name}: ${span}`;
}

function firstName(name: string): string {
  const bracket = /\(([^)]+)\)/.exec(name);
  return (bracket?.[1] ?? name).split(' ')[0] ?? name;
}
