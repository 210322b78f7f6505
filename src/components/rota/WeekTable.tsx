import { Component } from 'preact';
import type { CivilDate } from '../../lib/time/civil-date.ts';
import { formatDay, formatSpan, REASON_LABELS } from '../../lib/rota/format.ts';
import type { Rota } from '../../lib/rota/rota.ts';
import { cellInvolves, type WeekAway, type WeekCellSummary, type WeekCover, type WeekSummary } from '../../lib/rota/weeks.ts';
import { clashCover } from '../../lib/rota/absence-checks.ts';
import { weekBoundary } from '../../lib/rota/weeks.ts';
import { wallInstant } from '../../lib/rota/rota.ts';
import { addDays } from '../../lib/time/civil-date.ts';

/** What a "find cover" or "swap or cover" button asks the builder for: someone's shifts on a rotation within [start, end). */
export interface ArrangeRequest {
  rotation: string;
  person: string;
  start: number;
  end: number;
}

interface Props {
  rota: Rota;
  rows: readonly WeekSummary[];
  caption: string;
  /** First day of the week to mark as this week. */
  currentWeek?: CivilDate | undefined;
  /** Show only this person's part of each week. */
  person?: string | undefined;
  /** Offers a button to swap or cover a person's shifts (once the page runs); opens the builder. */
  onArrange?: ((request: ArrangeRequest) => void) | undefined;
}

/** The rota as a table: a row per week (Wednesday to Tuesday), a column per rotation. */
export function WeekTable({ rota, rows, caption, currentWeek, person, onArrange }: Props) {
  // Where it is too narrow for a column per rotation (a phone), each week is shown as a block with
  // a line per rotation (.stack-table in site.css, which the explicit roles are for). In between,
  // the table scrolls sideways inside a focusable, labelled region (so keyboard users can scroll it
  // too). The caption is repeated visibly above the region so it stays in view; the copy is hidden
  // from screen readers and search, which have the caption itself.
  return (
    <>
      <p class="rota-table-title" aria-hidden="true" data-pagefind-ignore="all">
        {caption}
      </p>
      <div class="rota-table-wrap stack-table-wrap" role="region" aria-labelledby="rota-table-caption" tabIndex={0}>
        <table class="rota-table stack-table">
          <caption id="rota-table-caption" class="sr-only">
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              {rota.rotations.map((r) => (
                <th scope="col" key={r.id}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <WeekRowView
                key={row.start}
                rota={rota}
                row={row}
                current={row.start === currentWeek}
                person={person}
                onArrange={onArrange}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface RowProps {
  rota: Rota;
  row: WeekSummary;
  current: boolean;
  person?: string | undefined;
  onArrange?: ((request: ArrangeRequest) => void) | undefined;
}

/**
 * One week. Rows are worked out once and kept, so when the page comes alive and marks this week,
 * only that row is rendered again, not all thirteen: on a phone that second pass was a long task.
 */
class WeekRowView extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const { rota, row, current, person, onArrange } = this.props;
    return next.rota !== rota || next.row !== row || next.current !== current || next.person !== person || next.onArrange !== onArrange;
  }

  override render({ rota, row, current, person, onArrange }: RowProps) {
    const { minutes } = weekBoundary(rota);
    const week = {
      from: wallInstant({ date: row.start, minutes }, rota.timeZone),
      to: wallInstant({ date: addDays(row.start, 7), minutes }, rota.timeZone),
    };
    return (
      <tr class={current ? 'is-current' : undefined} aria-current={current ? 'date' : undefined}>
        <th scope="row">
          {formatDay(row.start)} to {formatDay(row.end, true)}
          {current && <strong class="rota-this-week">This week</strong>}
        </th>
        {row.cells.map((cell) => (
          <td key={cell.rotation}>
            <span class="stack-table__label" aria-hidden="true" data-pagefind-ignore>
              {rota.rotation(cell.rotation)?.name ?? cell.rotation}
            </span>
            <div class="stack-table__value">
              <Cell rota={rota} cell={cell} person={person} week={week} onArrange={onArrange} />
            </div>
          </td>
        ))}
      </tr>
    );
  }
}

interface CellProps {
  rota: Rota;
  cell: WeekCellSummary;
  person?: string | undefined;
  week: { from: number; to: number };
  onArrange?: ((request: ArrangeRequest) => void) | undefined;
}

/**
 * One rotation's week. Filtered to one person, a week they are in shows everyone in it (whom they
 * are paired with, every override touching their shifts), their own name picked out; a rotation
 * they are not on that week says so and still names who is.
 */
function Cell({ rota, cell, person, week, onArrange }: CellProps) {
  if (person && !cellInvolves(cell, person)) return <NotOn rota={rota} cell={cell} />;
  const { working, covers } = cell;
  if (working.length === 0 && covers.length === 0) {
    return cell.scheduled.length ? (
      <span>{cell.scheduled.map((p) => rota.nameOf(p)).join(', ')} (no shifts this week)</span>
    ) : (
      <span class="rota-nobody">Nobody</span>
    );
  }
  const holdsShifts = person !== undefined && cell.people.includes(person);
  return (
    <>
      {working.map((p) => (
        <span class={p === person ? 'rota-person rota-person--chosen' : 'rota-person'} key={p}>
          {rota.nameOf(p)}
        </span>
      ))}
      {covers.length > 0 && (
        <ul class="rota-covers">
          {covers.map((c) => (
            <li
              key={`${c.override.entry}-${c.start}`}
              class={person && (c.person === person || c.override.instead === person) ? 'rota-covers__chosen' : undefined}
            >
              <Cover rota={rota} cover={c} />
            </li>
          ))}
        </ul>
      )}
      {cell.away && <Away rota={rota} rotation={cell.rotation} away={cell.away} onArrange={onArrange} />}
      {onArrange && holdsShifts && person && (
        <button
          type="button"
          class="rota-arrange"
          onClick={() => onArrange({ rotation: cell.rotation, person, start: week.from, end: week.to })}
        >
          Swap or cover
          <span class="sr-only">
            {' '}
            {rota.nameOf(person)}’s {rota.rotation(cell.rotation)?.name ?? cell.rotation} shifts this week
          </span>
        </button>
      )}
    </>
  );
}

/** Shifts someone holds while away: marked in words, with who could take them. */
function Away({
  rota,
  rotation,
  away,
  onArrange,
}: {
  rota: Rota;
  rotation: string;
  away: readonly WeekAway[];
  onArrange?: ((request: ArrangeRequest) => void) | undefined;
}) {
  if (away.length === 0) return null;
  return (
    <ul class="rota-away">
      {away.map((a) => {
        const names = clashCover(rota, { ...a, rotation })
          .eligible.slice(0, 3)
          .map((c) => c.person.name);
        return (
          <li key={`${a.person}-${a.start}`}>
            <span class="rota-tag rota-tag--away">Away</span> {rota.nameOf(a.person)} is away, {formatSpan(a.start, a.end, rota.timeZone)}:
            needs cover.
            {names.length ? ` Could cover: ${names.join(', ')}.` : ' Nobody else is free.'}
            {onArrange && (
              <>
                {' '}
                <button
                  type="button"
                  class="rota-arrange"
                  onClick={() => onArrange({ rotation, person: a.person, start: a.start, end: a.end })}
                >
                  Find cover<span class="sr-only"> for {rota.nameOf(a.person)}</span>
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Cover({ rota, cover }: { rota: Rota; cover: WeekCover }) {
  const { override } = cover;
  return (
    <>
      <span class="rota-tag">{REASON_LABELS[override.reason]}</span> <span class="rota-person">{rota.nameOf(cover.person)}</span>
      {override.instead ? ` for ${rota.nameOf(override.instead)}` : ''}, {formatSpan(cover.start, cover.end, rota.timeZone)}
      {override.note ? <span class="rota-note">. {override.note}</span> : null}
    </>
  );
}

function NotOn({ rota, cell }: { rota: Rota; cell: WeekCellSummary }) {
  return (
    <>
      <span class="rota-not-on">Not on</span>
      {cell.people.length > 0 && (
        <span class="rota-context">
          <span class="sr-only">; on it that week: </span>
          {cell.people.map((p) => rota.nameOf(p)).join(', ')}
        </span>
      )}
    </>
  );
}
