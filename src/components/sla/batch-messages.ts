import type { PublishedDivision } from '../../lib/calendar/bank-holidays.ts';
import type { BatchRequest, BatchView } from '../../lib/sla/batch-view.ts';
import type { SlaTerms } from '../../lib/sla/terms.ts';
import type { ZoneOffsets } from '../../lib/time/zoned-time.ts';

/** Messages between the batch islands and their worker (batch-worker.ts). */
export type WorkerRequest =
  | { type: 'init'; id: number; terms: SlaTerms; holidays: PublishedDivision; offsets?: ZoneOffsets | undefined }
  | { type: 'open'; id: number; request: BatchRequest; page: number; now: number }
  | { type: 'view'; id: number; page: number; now: number }
  | { type: 'csv'; id: number; which: 'tickets' | 'summary' };

export type WorkerReply =
  | { type: 'ready'; id: number }
  | { type: 'view'; id: number; view: BatchView }
  | { type: 'csv'; id: number; csv: string }
  | { type: 'failed'; id: number; message: string };
