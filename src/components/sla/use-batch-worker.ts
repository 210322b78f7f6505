import { useEffect, useRef } from 'preact/hooks';
import type { PublishedDivision } from '../../lib/calendar/bank-holidays.ts';
import type { SlaTerms } from '../../lib/sla/terms.ts';
import type { ZoneOffsets } from '../../lib/time/zoned-time.ts';
import type { WorkerReply, WorkerRequest } from './batch-messages.ts';

type Pending = (reply: WorkerReply) => void;
type Outgoing = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * A worker for the batch tools, started on first use. `send` resolves with the worker's reply;
 * a newer request of the same kind makes older replies stale, which the caller checks by id.
 */
export function useBatchWorker(setup: { terms: SlaTerms; holidays: PublishedDivision; offsets?: ZoneOffsets | undefined }) {
  const worker = useRef<Worker>();
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);

  useEffect(() => () => worker.current?.terminate(), []);

  function start(): Worker {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('./batch-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      const done = pending.current.get(event.data.id);
      pending.current.delete(event.data.id);
      done?.(event.data);
    };
    w.onerror = (event) => {
      for (const [id, done] of pending.current) done({ type: 'failed', id, message: event.message || 'the batch worker stopped' });
      pending.current.clear();
    };
    worker.current = w;
    w.postMessage({ type: 'init', id: 0, terms: setup.terms, holidays: setup.holidays, offsets: setup.offsets } satisfies WorkerRequest);
    return w;
  }

  function send(message: Outgoing): { id: number; reply: Promise<WorkerReply> } {
    const id = nextId.current++;
    const reply = new Promise<WorkerReply>((resolve) => pending.current.set(id, resolve));
    start().postMessage({ ...message, id } as WorkerRequest);
    return { id, reply };
  }

  return send;
}
