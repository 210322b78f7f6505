import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRota } from '../../../../src/lib/data-files/rota-files.ts';
import { readPreviousFeedsFromDir } from '../../../../src/lib/feeds/previous-feeds.ts';
import { writeFeeds } from '../../../../src/lib/feeds/write-feeds.ts';
import { parseFeed } from '../../../support/ical.ts';

const NOW = Date.parse('2026-11-30T05:15:00Z');
const rota = readRota({ now: NOW }).rota;

describe('feeds left by an earlier build that cannot be read', { timeout: 60_000 }, () => {
  it('are reported and replaced, never a crash', () => {
    const dist = mkdtempSync(join(tmpdir(), 'previous-feeds-'));
    mkdirSync(join(dist, 'feeds/people'), { recursive: true });
    writeFileSync(join(dist, 'feeds/support.ics'), 'this is not a calendar\n');
    writeFileSync(join(dist, 'feeds/on-call.ics'), '');
    // Written by a build whose time zone was a bare offset: the TZID names no zone.
    writeFileSync(
      join(dist, 'feeds/people/wei-li.ics'),
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@y\r\nDTSTART;TZID=+01:00:20261204T180000\r\nDTEND;TZID=+01:00:20261207T100000\r\nSEQUENCE:not-a-number\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    const previous = readPreviousFeedsFromDir(dist);
    expect(previous.size).toBe(3);
    const result = writeFeeds({ outDir: dist, site: 'https://support.example.gov.uk', now: NOW, previous, rota });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^feeds\/support\.ics: the previous version is unreadable \(.+\); replaced, without its history$/),
        expect.stringMatching(
          /^feeds\/on-call\.ics: the previous version is unreadable \(the file is empty or could not be read\); replaced/,
        ),
      ]),
    );
    for (const path of ['feeds/support.ics', 'feeds/on-call.ics', 'feeds/people/wei-li.ics']) {
      expect(parseFeed(readFileSync(join(dist, path), 'utf8')).events.length, path).toBeGreaterThan(0);
    }
  });
});
