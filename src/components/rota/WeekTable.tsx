import { Component } from 'preact';
import type { CivilDate } from '../../lib/time/civil-date.ts';
import { formatDay, formatSpan, REASON_LABELS } from '../../lib/rota/format.ts';
import type { Rota } from '../../lib/rota/rota.ts';
import { cellInvolves, type WeekCellSummary, type WeekCover, type WeekSummary } from '../../lib/rota/weeks.ts';

interface Props {
  rota: Rota;
  rows: readonly WeekSummary[];
  caption: string;
  /** First day of the week to mark as this week. */
  currentWeek?: CivilDate | undefined;
  /** Show only this person's part of each week. */
  person?: string | undefined;
}

/** The rota as a table: a row per week (Wednesday to Tuesday), a column per rotation. */
export function WeekTable({ rota, rows, caption, currentWeek, person }: Props) {
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
              <th scope="col">
                Week
              </th>
              {rota.rotations.map((r) => (
                <th scope="col" key={r.id}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <WeekRowView key={row.start} rota={rota} row={row} current={row.start === currentWeek} person={person} />
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
}

/**
 * One week. Rows are worked out once and kept, so when the page comes alive and marks this week,
 * only that row is rendered again, not all thirteen: on a phone that second pass was a long task.
 */
class WeekRowView extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const { rota, row, current, person } = this.props;
    return next.rota !== rota || next.row !== row || next.current !== current || next.person !== person;
  }

  override render({ rota, row, current, person }: RowProps) {
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
              <Cell rota={rota} cell={cell} person={person} />
            </div>
          </td>
        ))}
      </tr>
    );
  }
}

function Cell({ rota, cell, person }: { rota: Rota; cell: WeekCellSummary; person?: string | undefined }) {
  if (person && !cellInvolves(cell, person)) return <NotOn />;
  const working = person ? cell.working.filter((p) => p === person) : cell.working;
  const covers = person ? cell.covers.filter((c) => c.person === person) : cell.covers;
  if (working.length === 0 && covers.length === 0) {
    return cell.scheduled.length ? <span>{cell.scheduled.map((p) => rota.nameOf(p)).join(', ')} (no shifts this week)</span> : <span class="rota-nobody">Nobody</span>;
  }
  return (
    <>
      {working.map((p) => (
        <span class="rota-person" key={p}>
          {rota.nameOf(p)}
        </span>
      ))}
      {covers.length > 0 && (
        <ul class="rota-covers">
          {covers.map((c) => (
            <li key={`${c.override.entry}-${c.start}`}>
              <Cover rota={rota} cover={c} />
            </li>
          ))}
        </ul>
      )}
    </>
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

function NotOn() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span class="sr-only">Not on</span>
    </>
  );
}
