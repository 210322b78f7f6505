// The batch triage and compliance report work here, off the page's main thread, so a paste of
// 20,000 rows never freezes the page. Glue only: the work is src/lib/sla/batch-view.ts.
import type { PublishedDivision } from '../../lib/calendar/bank-holidays.ts';
import { workingCalendarFromSla } from '../../lib/calendar/from-sla.ts';
import type { WorkingCalendar } from '../../lib/calendar/working-hours.ts';
import { openSession, sessionCsv, viewSession, type BatchRequest, type BatchSession } from '../../lib/sla/batch-view.ts';
import type { SlaTerms } from '../../lib/sla/terms.ts';
import { rememberZoneOffsets, type ZoneOffsets } from '../../lib/time/zoned-time.ts';
import type { WorkerReply, WorkerRequest } from './batch-messages.ts';

let terms: SlaTerms | undefined;
let calendar: WorkingCalendar | undefined;
let session: BatchSession | undefined;

function setUp(data: { terms: SlaTerms; holidays: PublishedDivision; offsets?: ZoneOffsets | undefined }) {
  if (data.offsets) rememberZoneOffsets(data.offsets);
  terms = data.terms;
  calendar = workingCalendarFromSla(data.terms, data.holidays);
}

function answer(message: WorkerRequest): WorkerReply {
  if (message.type === 'init') {
    setUp(message);
    return { type: 'ready', id: message.id };
  }
  if (!terms || !calendar) throw new Error('The batch worker was not set up');
  if (message.type === 'open') session = openSession(terms, calendar, message.request);
  if (!session) throw new Error('Nothing has been read yet');
  if (message.type === 'csv') return { type: 'csv', id: message.id, csv: sessionCsv(terms, calendar, session, message.which) };
  return { type: 'view', id: message.id, view: viewSession(terms, calendar, session, message.page, message.now) };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    reply = answer(event.data);
  } catch (error) {
    reply = { type: 'failed', id: event.data.id, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};

export type { BatchRequest };
