import type { Shift } from '../../lib/rota/model.ts';
import type { RotaBundle } from '../../lib/rota/bundle.ts';
import { formatTime, formatWhen, REASON_LABELS } from '../../lib/rota/format.ts';
import { nextHandoff, statusAt, type RotationStatus } from '../../lib/rota/queries.ts';
import type { Rota, RotaRotation } from '../../lib/rota/rota.ts';
import { toZoned } from '../../lib/time/zoned-time.ts';
import { useNow, useRota } from './use-rota.ts';

interface PanelProps {
  rota: Rota;
  /** Null at build time and before hydration: the panel then says where to look instead. */
  now: number | null;
  /** Also list who hands over to whom at the next handoff. */
  detailed?: boolean;
  rotaHref?: string;
}

/** Who is on each rotation now and when the next handoff is. Used on the rota page and the home page. */
export function NowPanel({ rota, now, detailed = false, rotaHref = '/rota/' }: PanelProps) {
  const zone = rota.timeZone;
  return (
    <section class="rota-now" aria-labelledby="rota-now-heading">
      <h2 id="rota-now-heading">On support now</h2>
      {now === null ? (
        <Pending rota={rota} detailed={detailed} rotaHref={rotaHref} />
      ) : (
        <>
          <p class="rota-now__at">At {formatWhen(now, zone)} UK time.</p>
          <dl class="rota-now__list">
            {statusAt(rota, now).map((status) => (
              <div key={status.rotation.id}>
                <dt>{status.rotation.name}</dt>
                <dd>
                  <StatusText rota={rota} status={status} now={now} />
                </dd>
              </div>
            ))}
          </dl>
          <Handoff rota={rota} now={now} detailed={detailed} />
          {!detailed && (
            <p>
              <a href={rotaHref}>See the whole rota</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}

const COVERS: Record<RotaRotation['kind'], string> = {
  'first-line': 'Covers working hours.',
  'on-call': 'Covers the hours outside working hours.',
};

/**
 * What the panel shows before the browser has worked out now (and all it shows without JavaScript):
 * the same rows, one per rotation, with what each covers. Keeping the shape of the answer keeps the
 * page from jumping when the answer arrives (Lighthouse's Cumulative Layout Shift).
 */
function Pending({ rota, detailed, rotaHref }: { rota: Rota; detailed: boolean; rotaHref: string }) {
  const handoffs = new Set(rota.rotations.map(({ handoff }) => `${handoff.day}s at ${handoff.time}`));
  return (
    <>
      <p class="rota-now__pending">
        Who is on now is worked out in your browser, and needs JavaScript.{detailed ? ' The table below lists the weeks ahead.' : ''}
      </p>
      <dl class="rota-now__list">
        {rota.rotations.map((rotation) => (
          <div key={rotation.id}>
            <dt>{rotation.name}</dt>
            <dd>{COVERS[rotation.kind]}</dd>
          </div>
        ))}
      </dl>
      {handoffs.size === 1 && <p class="rota-now__handoff">Handoffs are on {[...handoffs][0]}.</p>}
      {detailed ? (
        <ul class="rota-now__changes">
          {rota.rotations.map(({ id, name, turnWeeks }) => (
            <li key={id}>
              {name}: {turnWeeks === 1 ? 'a new turn every week' : `a new turn every ${turnWeeks} weeks`}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <a href={rotaHref}>See the whole rota</a>
        </p>
      )}
    </>
  );
}

function StatusText({ rota, status, now }: { rota: Rota; status: RotationStatus; now: number }) {
  const zone = rota.timeZone;
  const { current, next, rotation } = status;
  if (current) {
    return (
      <>
        <strong class="rota-now__person">{rota.nameOf(current.person)}</strong> until {relative(current.end, now, zone)}
        <OverrideNote rota={rota} shift={current} />
      </>
    );
  }
  const why = rotation.kind === 'on-call' ? 'Working hours: first line is on.' : 'Outside working hours.';
  if (!next) return <>Nobody is on this rotation.</>;
  return (
    <>
      {why} Next: <strong class="rota-now__person">{rota.nameOf(next.person)}</strong> from {relative(next.start, now, zone)}
      <OverrideNote rota={rota} shift={next} />
    </>
  );
}

function OverrideNote({ rota, shift }: { rota: Rota; shift: Shift }) {
  const o = shift.override;
  if (!o) return null;
  return (
    <span class="rota-now__override">
      {' '}
      (<span class="rota-tag">{REASON_LABELS[o.reason]}</span>
      {o.instead ? ` for ${rota.nameOf(o.instead)}` : ''})
    </span>
  );
}

function Handoff({ rota, now, detailed }: { rota: Rota; now: number; detailed: boolean }) {
  const handoff = nextHandoff(rota, now);
  if (!handoff) return null;
  const when = relative(handoff.at, now, rota.timeZone);
  if (!detailed) return <p class="rota-now__handoff">Next handoff: {when}.</p>;
  return (
    <>
      <p class="rota-now__handoff">Next handoff: {when}.</p>
      <ul class="rota-now__changes">
        {handoff.changes.map(({ rotation, from, to }) => (
          <li key={rotation.id}>
            {rotation.name}: {from ? rota.nameOf(from.person) : 'nobody'} hands over to {to ? rota.nameOf(to.person) : 'nobody'}
            {to?.override ? ` (${REASON_LABELS[to.override.reason]})` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "18:00" today, "Tue 1 Dec, 10:00" on another day. */
function relative(instant: number, now: number, zone: string): string {
  const sameDay = toZoned(instant, zone).date === toZoned(now, zone).date;
  return sameDay ? formatTime(instant, zone) : formatWhen(instant, zone);
}

/** The island for the home page: the panel on its own. */
export default function OnSupportNow({ bundle, rotaHref }: { bundle: RotaBundle; rotaHref?: string }) {
  const rota = useRota(bundle);
  const now = useNow();
  return <NowPanel rota={rota} now={now} rotaHref={rotaHref ?? '/rota/'} />;
}
